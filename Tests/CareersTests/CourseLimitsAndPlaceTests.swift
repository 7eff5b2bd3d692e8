@testable import Careers
import Domain
import Foundation
import Taxonomy
import Testing

// MARK: - Courses that fit the learner's limits, age and district (review 13: p06 p10 p11 p12 p15 p16 p17)

/// Principles: a course that trains for work the learner says they cannot do is no course for them (an HGV bootcamp for a
/// courier whose licence was revoked); a course made for adults is an adult's way into new work, not a step back; a
/// district with no course for a path is said plainly, with the nearest course elsewhere; a learner who cannot drive sees
/// first the courses they need not travel to; a learner who says their computer skills need work is offered a digital
/// skills course.
@Suite("Courses that fit the learner's limits, age and district")
struct CourseLimitsAndPlaceTests {
    // MARK: Principle: no course for work the learner cannot do

    @Test("a courier whose licence was revoked for epilepsy is offered no driving or forklift course on any path")
    func noDrivingCourseAfterLicenceLost() async throws {
        let diagnostician = try await Self.catalogue.value
        let text = "multi drop courier van driver 8 years, 120 drops a day, scanner, route planning, loading the van, warehouse and goods in at "
            + "the depot, stock checks. I was diagnosed with epilepsy in january and the DVLA have taken my licence. I cant drive for work "
            + "anymore. I know the area really well and im good with customers. what job can i do without driving, maybe supervising in the warehouse"
        let diagnostic = try diagnostician.diagnose(LearnerProfile(text: text), today: TestCatalogue.today)
        checkPathInvariants(diagnostic)
        let titles = allCourses(diagnostic).map(\.title)
        #expect(!titles.contains { $0.contains("HGV") || $0.contains("Forklift") }, "\(titles)")
    }

    @Test("a course whose title names a closed skill, or whose every named job is ruled out, trains for closed work")
    func closedWork() {
        let tags = [CourseIndex.Tag(skill: 1, confidence: 1, field: 0.5, titleNamed: true), CourseIndex.Tag(skill: 2, confidence: 1, field: 0.5, titleNamed: false)]
        #expect(CareerDiagnostician.trainsForClosedWork(tags, own: [], closedSkill: [false, true, false], ruledOut: [false, false]))
        #expect(!CareerDiagnostician.trainsForClosedWork(tags, own: [], closedSkill: [false, false, true], ruledOut: [false, false]))
        #expect(CareerDiagnostician.trainsForClosedWork(tags, own: [0, 1], closedSkill: [], ruledOut: [true, true]))
        #expect(!CareerDiagnostician.trainsForClosedWork(tags, own: [0, 1], closedSkill: [], ruledOut: [true, false]))
    }

    // MARK: Principle: a course made for adults is no step back for a working adult

    @Test("a working adult moving into customer service is offered the adults' level 1 customer service course")
    func adultsCourseNotAStepBack() async throws {
        let diagnostician = try await Self.catalogue.value
        let working = try CourseStepBackTests.titles(diagnostician, "ST0072", level: 2)
        #expect(working.contains(Self.customerServiceForWork), "\(working)")
        // The school leaver's level 1 taster stays out for an adult working at level 3.
        let trades = try CourseStepBackTests.titles(diagnostician, "ST0095", level: 3)
        #expect(!trades.contains(CourseStepBackTests.multiTrade), "\(trades)")
    }

    // MARK: Principle: a district with no course is said plainly

    @Test("a path with no course in the learner's district lists the nearest course elsewhere and says so")
    func nearestOutsideDistrict() async throws {
        let diagnostician = try await Self.catalogue.value
        let courses = try diagnostician.pathCourses("ST0095", constraints: LearnerConstraints(districts: [.malvernHills], ageBand: .adult))
        #expect(!courses.isEmpty)
        #expect(courses.count <= CareerDiagnostician.nearestOutsideCount)
        #expect(courses.allSatisfy { $0.why.summary.contains("No course for this runs in Malvern Hills") }, "\(courses.map(\.why.summary))")
        #expect(courses.first?.district == .worcester, "\(courses.map(\.district))")
    }

    @Test("courses in a district next to the learner's come first")
    func neighboursFirst() {
        func course(_ id: Int64, _ district: District) -> CourseOption {
            CourseOption(
                id: id, title: "C\(id)", provider: TestCatalogue.worcester, level: nil, nextStart: nil, flexibleStart: false, deliveryMode: .classroom,
                studyMode: .partTime, costPence: nil, costText: nil, funded: true, costToLearner: .free, fundingCondition: nil, district: district,
                url: nil, coversSkills: [], matchScore: 0.5, why: Explanation(summary: "Covers X.", matchedTerms: [], shared: [], missing: []))
        }
        let near = CareerDiagnostician.nearestOutside([course(1, .bromsgrove), course(2, .wychavon)], districts: [.malvernHills])
        #expect(near.map(\.id) == [2, 1])
        #expect(near[0].why.summary.hasSuffix("No course for this runs in Malvern Hills, where you asked for courses; this one is in Wychavon."))
    }

    // MARK: Principle: a learner who cannot drive sees first what they need not travel to

    @Test("a learner who cannot drive sees online, work-based and part-time courses before full-time classroom ones")
    func reachableFirst() async throws {
        let diagnostician = try await Self.catalogue.value
        let text = "Trade counter assistant at a builders merchant in Worcester for 6 years, serving tradesmen, picking orders, stock, "
            + "click and collect. I have retinitis pigmentosa, my sight is getting worse and I cant drive. Want a job in customer service "
            + "on the phones, dealing with customer complaints"
        let diagnostic = try diagnostician.diagnose(LearnerProfile(text: text), today: TestCatalogue.today)
        checkPathInvariants(diagnostic)
        for path in diagnostic.upskill + diagnostic.reskill {
            let classroom = path.courses.map { $0.deliveryMode == .classroom && $0.studyMode == .fullTime }
            #expect(classroom == classroom.sorted { !$0 && $1 }, "\(path.occupation.title): \(path.courses.map { ($0.title, $0.deliveryMode) })")
        }
        #expect(allCourses(diagnostic).map(\.title).contains(Self.customerServiceForWork))
    }

    @Test("full-time classroom courses move after the rest, each group keeping its order")
    func reachableOrder() {
        let free = CourseIndex.Charge(cost: .free, pence: 0, condition: nil)
        let items: [(String, DeliveryMode, StudyMode)] = [
            ("sales, full-time classroom", .classroom, .fullTime), ("online", .online, .flexible), ("evening class", .classroom, .partTime),
            ("apprenticeship", .workBased, .fullTime),
        ]
        let ordered = CareerDiagnostician.reachableFirst(items) { item in
            CourseIndex.Run(
                start: nil, flexibleStart: true, deliveryMode: item.1, studyMode: item.2, costPence: 0, costText: nil, funded: true, youth: free,
                adult: free, district: nil, nationalDelivery: false)
        }
        #expect(ordered.map(\.0) == ["online", "evening class", "apprenticeship", "sales, full-time classroom"])
    }

    // MARK: Principle: computer skills that need work get a digital skills course

    @Test("'my IT is out of date', 'all computers now' and 'never used a computer' ask for digital skills; fixing computers does not")
    func readsDigitalNeed() {
        #expect(CareerDiagnostician.asksForDigitalSkills("back into archives, part time, but my IT is probably out of date"))
        #expect(CareerDiagnostician.asksForDigitalSkills("scared of how much has changed, all computers now"))
        #expect(CareerDiagnostician.asksForDigitalSkills("I have never used a computer at work"))
        #expect(!CareerDiagnostician.asksForDigitalSkills("im the one everyone asks to fix their laptop, I build PCs"))
    }

    @Test("a returner who is not confident with computers is offered a digital skills course, online first")
    func digitalCourseOffered() async throws {
        let diagnostician = try await Self.catalogue.value
        let text = "I was a receptionist at a dental practice in Worcester from 2008 to 2016, booking appointments, answering the phone, "
            + "taking payments. Been at home with the children since. Want to go back to reception work part time but Im not confident "
            + "with computers anymore"
        let diagnostic = try diagnostician.diagnose(LearnerProfile(text: text), today: TestCatalogue.today)
        #expect(diagnostic.notices.contains { $0.contains(Self.digitalForWork) }, "\(diagnostic.notices)")
        let plain = try diagnostician.diagnose(LearnerProfile(text: "receptionist at a dental practice, booking appointments"), today: TestCatalogue.today)
        #expect(!plain.notices.contains { $0.contains(Self.digitalForWork) })
    }

    // MARK: Fixtures

    static let customerServiceForWork = "Customer Service Skills for Work"
    static let digitalForWork = "Digital Skills for Work (Online)"

    /// The step-back test catalogue plus an adults' customer service course and two digital skills courses, worded as the feeds word them.
    static let catalogue: Task<CareerDiagnostician, any Error> = Task {
        var courses = CourseStepBackTests.stepCourses()
        func add(_ id: Int64, _ title: String, _ level: Int, _ route: Route, summary: String, learn: String, entry: String?, runs: [CourseRun]) {
            courses.append(TestCatalogue.extra(
                id: 990 + id, sourceID: "fit-\(id)", provider: TestCatalogue.kidderminster, title: title, summary: summary, learn: learn, entry: entry,
                level: level, route: route, runs: runs))
        }
        add(
            1, customerServiceForWork, 1, .salesMarketingAndProcurement,
            summary: "Two-week customer service course for job seekers, with CV help and talks from local retailers.",
            learn: "Explain the importance of customer service; communicate effectively in person and by phone; deal with difficult situations and complaints.",
            entry: "Aged 19 or over and looking for work.",
            runs: [TestCatalogue.run("2027-01-25", .classroom, TestCatalogue.kidderminsterVenue, pence: 0, costText: "Free")])
        add(
            2, digitalForWork, 1, .digital,
            summary: "Build the everyday digital skills employers expect, online at your own pace.",
            learn: "Essential digital skills: using devices, email, online forms, documents, staying safe online.",
            entry: nil, runs: [TestCatalogue.run(nil, .online, pence: 0, costText: "Free", flexible: true)])
        add(
            3, "Computers for Absolute Beginners", 0, .digital,
            summary: "A gentle start with computers for adults who have never used one.",
            learn: "Essential digital skills: using a mouse and keyboard, email and the internet.",
            entry: nil, runs: [TestCatalogue.run("2027-01-18", .classroom, TestCatalogue.worcesterVenue, pence: 0, costText: "Free")])
        return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
    }
}
