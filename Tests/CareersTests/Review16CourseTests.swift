@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Which courses a path lists (review 16, theme G5)

/// Principles from review 16's course findings: a field's own certificate that runs only in a district next to the learner's is
/// still named on its path, saying where (p16: NEBOSH in Kidderminster for a steel erector in Bromsgrove); "Training" in a course
/// title is the course's word for itself, not the "train" of a train driver or train manager (p11: SMSTS and Driver CPC as courses
/// "for Passenger transport driver itself" and "for Train driver itself"); a postgraduate course is no course for a step two or more
/// levels below it (p15: PGCE Primary on a further-education teacher path); a 16–18-year-old is not asked to pay for a short course
/// while a free one serves the path (p10: a £520 nail certificate beside free diplomas); a course in another district is named only when
/// it is worth the journey for the job's work (p06: a social media course for a funeral team member; p07: an IT diploma for a game
/// programmer's networking).
@Suite("Review 16: which courses a path lists")
struct Review16CourseTests {
    // MARK: The field's certificate next door

    @Test("a Bromsgrove learner's health and safety path names the NEBOSH certificate in Kidderminster beside the online IOSH course")
    func fieldCertificateNextDoor() async throws {
        let diagnostician = try await Self.catalogue.value
        let bromsgrove = LearnerConstraints(districts: [.bromsgrove], ageBand: .adult)
        let courses = try diagnostician.pathCourses("ST0550", level: 2, held: ["construction-site-safety"], constraints: bromsgrove)
        let titles = courses.map(\.title)
        #expect(titles.contains(Self.managingSafely), "\(titles)")
        let nebosh = try #require(courses.first { $0.title == Self.nebosh }, "\(titles)")
        #expect(nebosh.district == .wyreForest)
        #expect(nebosh.why.summary.contains("does not run in Bromsgrove") && nebosh.why.summary.contains("Wyre Forest, next to it"), "\(nebosh.why.summary)")
        // Worcester does not border Wyre Forest: no certificate from two districts away.
        let worcester = LearnerConstraints(districts: [.worcester], ageBand: .adult)
        let far = try diagnostician.pathCourses("ST0550", level: 2, held: ["construction-site-safety"], constraints: worcester).map(\.title)
        #expect(!far.contains(Self.nebosh), "\(far)")
    }

    // MARK: "Training" names no train

    @Test("Driver CPC Periodic Training and the SMSTS scheme lead to no train driver or bus driver job; a train driver course does")
    func trainingIsNoTrain() async throws {
        let diagnostician = try await Self.catalogue.value
        let index = diagnostician.currentIndex
        let model = diagnostician.model
        func leads(_ title: String, to code: String) throws -> Bool {
            let course = try #require(index.entries.firstIndex { $0.title == title }, "\(title) is indexed")
            let target = try #require(model.targetPosition[code], "\(code) is a target")
            return index.leadsTo[target].contains { Int($0.course) == course && $0.strength >= CourseIndex.Lead.title }
        }
        #expect(try !leads(Self.driverCPC, to: "ST0645"))
        #expect(try !leads(Self.smsts, to: "ST0338"))
        #expect(try !leads(Self.smsts, to: "ST0645"))
        #expect(try leads(Self.trainDriver, to: "ST0645"))
        let trainDriver = try diagnostician.pathCourses("ST0645", constraints: LearnerConstraints(ageBand: .adult)).map(\.title)
        #expect(!trainDriver.contains(Self.driverCPC), "\(trainDriver)")
        let busDriver = try diagnostician.pathCourses("ST0338", constraints: LearnerConstraints(ageBand: .adult)).map(\.title)
        #expect(!busDriver.contains(Self.smsts), "\(busDriver)")
    }

    // MARK: A postgraduate course is for a higher job

    @Test("a PGCE is no course for a level 5 further-education teacher; the Award in Education and Training is")
    func postgraduateIsFarAbove() async throws {
        let diagnostician = try await Self.catalogue.value
        let titles = try diagnostician.pathCourses("ST0149", level: 3, held: ["personal-care"], constraints: LearnerConstraints(ageBand: .adult))
            .map(\.title)
        #expect(titles.contains(Self.award), "\(titles)")
        #expect(!titles.contains(Self.pgce), "\(titles)")
        #expect(CourseRank.farAbove(course: 7, step: 5))
        #expect(!CourseRank.farAbove(course: 6, step: 5))
        #expect(!CourseRank.farAbove(course: 7, step: 6))
    }

    // MARK: Free first for a school leaver

    @Test("a 16-year-old's nail path drops the £520 certificate when a free diploma serves it, and keeps it when nothing else does")
    func freeFirstForYouth() {
        let paid = CourseIndex.Charge(cost: .charged, pence: 52_000, condition: CostWording.adultConditionsNote)
        let free = CourseIndex.Charge(cost: .free, pence: 0, condition: nil)
        let courses: [(title: String, charge: CourseIndex.Charge, level: Int?)] = [
            ("Level 2 Certificate in Nail Technology", paid, 2), ("Level 1 Diploma in Hair and Beauty Studies", free, 1),
            ("Beauty Therapy Level 2 Diploma", free, 2),
        ]
        let kept = CareerDiagnostician.freeFirstForYouth(courses, charge: \.charge, level: \.level).map(\.title)
        #expect(kept == ["Level 1 Diploma in Hair and Beauty Studies", "Beauty Therapy Level 2 Diploma"])
        let alone = CareerDiagnostician.freeFirstForYouth(Array(courses.prefix(1)), charge: \.charge, level: \.level).map(\.title)
        #expect(alone == ["Level 2 Certificate in Nail Technology"])
        // A loan-funded higher course is theirs to weigh up: an HNC at £2,950 stays beside free courses.
        let hnc: [(title: String, charge: CourseIndex.Charge, level: Int?)] = [
            ("HNC in Engineering", CourseIndex.Charge(cost: .charged, pence: 295_000, condition: nil), 4), ("T Level in Engineering", free, 3),
        ]
        #expect(CareerDiagnostician.freeFirstForYouth(hnc, charge: \.charge, level: \.level).count == 2)
    }

    // MARK: A course in another district is worth the journey for the job's work

    @Test("a Redditch learner's funeral path lists no social media course from Wyre Forest; a baker's lists the pastry course there")
    func worthTheJourney() async throws {
        let diagnostician = try await Self.catalogue.value
        let redditch = LearnerConstraints(districts: [.redditch], ageBand: .adult)
        let funeral = try diagnostician.pathCourses("ST0594", level: 2, held: ["cleaning"], constraints: redditch).map(\.title)
        #expect(!funeral.contains(Self.socialMedia), "\(funeral)")
        let baker = try diagnostician.pathCourses("ST0191", level: 2, held: ["cleaning"], constraints: redditch).map(\.title)
        #expect(baker.contains(Self.patisserie), "\(baker)")
        #expect(!CareerDiagnostician.worthTravel(covers: 1, leads: false, defining: false))
        #expect(CareerDiagnostician.worthTravel(covers: 1, leads: false, defining: true))
        #expect(CareerDiagnostician.worthTravel(covers: 2, leads: false, defining: false))
        #expect(CareerDiagnostician.worthTravel(covers: 0, leads: true, defining: false))
    }

    // MARK: Fixtures

    static let nebosh = "NEBOSH National General Certificate in Occupational Health and Safety"
    static let managingSafely = "IOSH Managing Safely"
    static let driverCPC = "Driver CPC Periodic Training (35 hours)"
    static let smsts = "CITB Site Management Safety Training Scheme (SMSTS)"
    static let trainDriver = "Trainee Train Driver Programme"
    static let pgce = "PGCE Primary"
    static let award = "Level 3 Award in Education and Training"
    static let socialMedia = "Social Media for Business"
    static let patisserie = "Advanced Professional Cookery: Patisserie and Confectionery"

    /// The test catalogue plus courses worded as the chamber's, the college's, the training partnership's and the university's feeds word them.
    static let catalogue: Task<CareerDiagnostician, any Error> = Task {
        var courses = TestCatalogue.courses()
        func add(_ id: Int64, _ title: String, _ level: Int?, _ route: Route, summary: String, learn: String, next: String, run: CourseRun) {
            courses.append(TestCatalogue.extra(
                id: 3160 + id, sourceID: "review16-\(id)", title: title, summary: summary, learn: learn, next: next, level: level, route: route,
                runs: [run]))
        }
        add(
            1, nebosh, nil, .protectiveServices,
            summary: "For managers, supervisors and people starting a career in health and safety who need a broad, widely recognised qualification. "
                + "It is often a requirement for health and safety adviser roles.",
            learn: "Managing health and safety, including leadership, risk assessment and managing change; and controlling hazards such as fire, work "
                + "equipment, musculoskeletal risks, chemical and biological agents, physical and psychological health, electricity and workplace transport.",
            next: "The NEBOSH National Diploma, Tech IOSH membership, or a role as a health and safety adviser.",
            run: TestCatalogue.run(
                "2027-09-13", .blended, TestCatalogue.kidderminsterVenue, pence: 119_500, costText: "Plus VAT; includes NEBOSH registration and exam fees"))
        add(
            2, managingSafely, nil, .protectiveServices,
            summary: "For managers and supervisors in any sector who are responsible for people, processes or premises and need to understand how to "
                + "manage health and safety in their area.",
            learn: "Why managing safely matters, assessing risks, controlling risks using the hierarchy of control, understanding your legal "
                + "responsibilities, identifying common hazards, investigating incidents, and measuring performance.",
            next: "The NEBOSH National General Certificate, or IOSH Leading Safely for senior managers.",
            run: TestCatalogue.run("2027-10-11", .online, pence: 69_500, costText: "£695 + VAT for non-members", study: .fullTime))
        add(
            3, driverCPC, nil, .transportAndLogistics,
            summary: "The 35 hours of periodic training every bus, coach and lorry driver needs every five years to keep their Driver CPC.",
            learn: "Safe and fuel-efficient driving, drivers' hours and tachograph rules, vehicle checks, first aid and customer care for passengers.",
            next: "Renewal of your driver qualification card.",
            run: TestCatalogue.run("2027-03-06", .classroom, TestCatalogue.worcesterVenue, pence: 37_500, costText: "£375"))
        add(
            4, smsts, 3, .constructionAndTheBuiltEnvironment,
            summary: "Five-day CITB course for site managers covering CDM 2015, risk assessment and site safety law.",
            learn: "Put health, safety and welfare arrangements in place on site in line with the law and CDM 2015, and lead toolbox talks and inspections.",
            next: "The Construction Site Supervisor apprenticeship, or the NEBOSH Construction Certificate.",
            run: TestCatalogue.run("2027-02-15", .classroom, TestCatalogue.worcesterVenue, pence: 59_500, costText: "£595", study: .fullTime))
        add(
            5, trainDriver, 3, .transportAndLogistics,
            summary: "A year's trainee programme with a train operating company for new passenger train drivers.",
            learn: "Route knowledge, train handling, signals and the rule book, and dealing with incidents on the railway.",
            next: "Qualified train driver.",
            run: TestCatalogue.run("2027-04-05", .workBased, nil, pence: 0, costText: "Paid trainee post", study: .fullTime))
        add(
            6, pgce, 7, .educationAndEarlyYears,
            summary: "A one-year postgraduate course leading to qualified teacher status for primary schools.",
            learn: "Teaching, assessment and feedback, planning lessons, behaviour management and the primary curriculum, with school placements.",
            next: "A primary school teaching post as an early career teacher.",
            run: TestCatalogue.run("2027-09-06", .classroom, TestCatalogue.worcesterVenue, pence: 953_500, costText: "£9,535", study: .fullTime))
        add(
            7, award, 3, .educationAndEarlyYears,
            summary: "The starting qualification for teaching or training adults in further education, training providers or the workplace.",
            learn: "Teaching, inclusive learning, planning sessions, assessment and feedback, and the roles and responsibilities of a teacher.",
            next: "The Level 5 Diploma in Education and Training.",
            run: TestCatalogue.run("2027-02-01", .classroom, TestCatalogue.worcesterVenue, pence: 49_500, costText: "£495"))
        add(
            8, socialMedia, nil, .salesMarketingAndProcurement,
            summary: "For people responsible for their organisation's social media who want to move beyond posting and hoping for the best.",
            learn: "Choosing the right platforms for your audience (LinkedIn, Instagram, Facebook and TikTok), planning a content calendar, writing "
                + "posts that get engagement, shooting short-form video on a smartphone, using Canva for graphics, paid social advertising on a small "
                + "budget, and handling negative comments.",
            next: "Digital Marketing Essentials, or a Digital Marketing Skills Bootcamp.",
            run: TestCatalogue.run("2027-06-08", .classroom, TestCatalogue.kidderminsterVenue, pence: 22_500, costText: "£225 + VAT", study: .fullTime))
        add(
            9, patisserie, 3, .cateringAndHospitality,
            summary: "One day a week, Level 3 pastry course: laminated doughs, entremets, chocolate, sugar work and plated desserts.",
            learn: "Produce complex pastry and confectionery items to a high standard; bake laminated doughs and breads; temper chocolate and work "
                + "with sugar; plan and cost a dessert menu; supervise junior staff in a section.",
            next: "Work as a pastry chef de partie, or a Level 4 kitchen management course.",
            run: TestCatalogue.run("2027-09-08", .classroom, TestCatalogue.kidderminsterVenue, pence: 148_000, costText: "£1,480, or free if eligible"))
        return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
    }
}
