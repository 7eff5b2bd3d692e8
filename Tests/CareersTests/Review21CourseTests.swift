@testable import Careers
import Domain
import Matching
import Taxonomy
import Testing

// MARK: - The courses that close the gap (review 21, theme T5)

/// Principles from review 21's course findings: the course a learner asks about by its body's acronym and level is named
/// ("Is CIPD level 3 worth doing first and can I do it online?"); a body's qualification the learner holds is not offered again
/// at or below its level, and meets an entry requirement that names it ("AAT Level 2 or equivalent experience" for an AAT level 3
/// holder); a learner who cannot take on a degree's debt or go without wages is not offered a £9,535-a-year degree; a level 3
/// Access to HE diploma whose where-next names physiotherapy leads to a physiotherapist's degree; the apprenticeship for the job's
/// own standard is named across the county when the learner's district lists nothing that leads to the job; a full-time course
/// "for 16-18s" is not an adult's.
@Suite("Review 21: the courses that close the gap")
struct Review21CourseTests {
    static let howVenue = TestCatalogue.worcesterVenue

    /// The shared test catalogue plus courses worded as the default catalogue words them.
    static let catalogue: Task<CareerDiagnostician, any Error> = Task {
        var courses = TestCatalogue.courses()
        courses += [
            TestCatalogue.extra(
                id: 2101, sourceID: "cipd5", title: "CIPD Level 5 Associate Diploma in People Management",
                summary: "For HR practitioners moving into a generalist or advisory role.",
                learn: "Human resources, employment law, people management, reward, employee relations and organisational development.",
                level: 5, route: .businessAndAdministration, runs: [TestCatalogue.run("2027-04-14", .blended, howVenue, pence: 399_500)]),
            TestCatalogue.extra(
                id: 2102, sourceID: "aat2", title: "AAT Level 2 Certificate in Bookkeeping",
                summary: "Bookkeeping from scratch for anyone starting out in finance.",
                learn: "Double-entry bookkeeping, sales and purchase ledgers, bank reconciliation, VAT basics and using accounting software.",
                level: 2, route: .legalFinanceAndAccounting, runs: [TestCatalogue.run("2027-01-11", .classroom, howVenue, pence: 64_000)]),
            TestCatalogue.extra(
                id: 2103, sourceID: "aat3", title: "AAT Level 3 Diploma in Accounting",
                summary: "The AAT's advanced diploma for accounts assistants and school leavers with A levels.",
                learn: "Financial accounting, management accounting, tax processes for businesses, spreadsheets for accounting and ethics.",
                level: 3, route: .legalFinanceAndAccounting, runs: [TestCatalogue.run("2027-09-14", .classroom, howVenue, pence: 169_500)]),
            TestCatalogue.extra(
                id: 2104, sourceID: "software-bootcamp", provider: TestCatalogue.online, title: "Accountancy Software Skills Bootcamp",
                summary: "Free online bootcamp in cloud accounting software for people in or returning to finance roles.",
                learn: "Cloud accounting software, bank feeds, payroll, VAT returns, management reports and spreadsheets.",
                entry: "Knowledge of basic bookkeeping, for example AAT Level 2 or equivalent experience.",
                level: 3, route: .legalFinanceAndAccounting,
                runs: [TestCatalogue.run(nil, .online, pence: 0, funding: "Fully funded Skills Bootcamp", flexible: true)]),
            TestCatalogue.extra(
                id: 2105, sourceID: "access-health", title: "Access to HE Diploma (Health Science Professions)",
                summary: "One-year Access to HE Diploma for adults aiming for nursing, midwifery, paramedic science and other health degrees.",
                learn: "Human biology, including anatomy and physiology, chemistry and physics for health, psychology of health and academic writing.",
                entry: "Aged 19+ with GCSE English and maths at grade 4 (C) or above, or Functional Skills Level 2.",
                next: "Degrees in nursing, midwifery, paramedic science, physiotherapy, radiography, occupational therapy and biomedical science.",
                level: 3, route: .healthAndScience,
                runs: [TestCatalogue.run("2027-09-08", .classroom, howVenue, pence: 327_000, costText: "£3,270 (Advanced Learner Loan available)")]),
            TestCatalogue.extra(
                id: 2106, sourceID: "plumbing-apprenticeship", title: "Plumbing and Domestic Heating Technician Apprenticeship (Level 3)",
                summary: "Four-year Level 3 apprenticeship for employed trainee plumbers, with a gas or oil pathway and low-carbon heating content.",
                learn: "Plumbing, domestic heating systems, hot and cold water systems, sanitation, pipework and unvented hot water.",
                entry: "Employment as a trainee plumber or heating engineer.",
                level: 3, route: .constructionAndTheBuiltEnvironment,
                runs: [TestCatalogue.run(
                    "2027-09-13", .workBased, howVenue, costText: "No tuition fee - funded apprenticeship", funding: "Funded apprenticeship",
                    study: .partTime)]),
            TestCatalogue.extra(
                id: 2107, sourceID: "pgce-secondary", title: "PGCE Secondary",
                summary: "One-year secondary teacher training in maths, sciences, computing, English and more, leading to QTS.",
                learn: "Plan and teach your subject to secondary pupils, assess their progress, behaviour management and adapting teaching.",
                entry: "A degree with at least half of its content relevant to your teaching subject, GCSE English and maths at grade 4.",
                next: "Early career teacher posts in secondary schools and academies across the region.",
                level: 7, route: .educationAndEarlyYears, runs: [TestCatalogue.run("2027-09-06", .classroom, howVenue, pence: 953_500)]),
            TestCatalogue.extra(
                id: 2108, sourceID: "ba-primary", title: "BA (Hons) Primary Initial Teacher Education (QTS)",
                summary: "Three-year degree leading to qualified teacher status for the primary age range.",
                learn: "Teaching, behaviour management, assessment and feedback, child development and the primary curriculum.",
                next: "Early career teacher posts in primary schools.",
                level: 6, route: .educationAndEarlyYears,
                runs: [TestCatalogue.run("2027-09-20", .classroom, howVenue, pence: 953_500, study: .fullTime)]),
            TestCatalogue.extra(
                id: 2109, sourceID: "rehab-online", provider: TestCatalogue.online, title: "Injury Rehabilitation and Anatomy (Level 3, online)",
                summary: "An online course in anatomy, physiology and injury rehabilitation for sports and health workers.",
                learn: "Anatomy and physiology, musculoskeletal injuries, rehabilitation exercise programmes and physiotherapy techniques.",
                level: 3, route: .healthAndScience,
                runs: [TestCatalogue.run(nil, .online, pence: 0, funding: "Free with the Adult Skills Fund", flexible: true)]),
        ]
        return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
    }

    // MARK: Reading the learner

    @Test("not wanting a degree's debt, or being unable to go without wages, reads as no fee-paying degree; other money talk does not")
    func noFeeDegree() {
        #expect(CareerDiagnostician.saysNoUniversity(
            "Everyone in my year is going to uni but I don't want the debt. I want to be an accountant, chartered eventually."))
        #expect(CareerDiagnostician.saysNoUniversity(
            "I want to be a social worker with children. Is there a way to train while earning, because I can't go without wages for two years?"))
        #expect(CareerDiagnostician.saysNoUniversity("honestly i cant afford to stop working, ive got a mortgage"))
        #expect(!CareerDiagnostician.saysNoUniversity("I paid off all my debt last year and I'd like to do a degree in nursing."))
        #expect(!CareerDiagnostician.saysNoUniversity("How much does the degree cost and can I get a student loan?"))
    }

    @Test("a body's acronym in a course title is read; acronyms naming only a kind of qualification are not")
    func courseAcronyms() {
        #expect(CareerDiagnostician.courseAcronyms(of: "CIPD Level 3 Foundation Certificate in People Practice") == ["cipd"])
        #expect(CareerDiagnostician.courseAcronyms(of: "CITB Site Management Safety Training Scheme (SMSTS)") == ["citb", "smsts"])
        #expect(CareerDiagnostician.courseAcronyms(of: "BTEC Level 3 National Extended Diploma in Uniformed Protective Services").isEmpty)
        #expect(CareerDiagnostician.courseAcronyms(of: "HNC in Construction Management").isEmpty)
        #expect(CareerDiagnostician.courseAcronyms(of: "Level 2 Diploma in Plumbing Foundation").isEmpty)
    }

    @Test("a body's qualification is read as held with the acronym as its subject; one never finished or asked about is not")
    func heldBodyQualification() {
        let held = CareerDiagnostician.heldQualifications(
            "Accounts payable supervisor from 2009 to 2019. I did AAT level 3 but never finished level 4. Should I finish AAT level 4?")
        #expect(held.contains { $0.level == 3 && $0.subject == "aat" }, "\(held)")
        #expect(!held.contains { $0.level == 4 }, "\(held)")
        #expect(CareerDiagnostician.heldQualifications("Is CIPD level 3 worth doing first and can I do it online?").isEmpty)
    }

    @Test("an entry requirement naming a body's qualification and level is read with it")
    func namedQualificationsInRequirements() {
        let named = CourseIndex.namedQualifications("Knowledge of basic bookkeeping, for example AAT Level 2 or equivalent experience")
        #expect(named.count == 1)
        #expect(named.first?.level == 2)
        #expect(CourseIndex.namedQualifications("Four GCSEs at grade 3 or above, or a Level 1 construction qualification").isEmpty)
    }

    @Test("a full-time course its summary says is for 16-18s is a school leaver's programme; an adults' evening course is not")
    func youthProgrammeWording() {
        #expect(CostWording.isYouthProgramme(
            title: "Level 2 Technical Certificate in Uniformed Protection Services",
            summary: "Full-time uniformed services course for 16-18s with fitness training, expeditions, drill and visits from emergency services.",
            description: nil))
        #expect(!CostWording.isYouthProgramme(
            title: "Level 2 Diploma in Plumbing Foundation",
            summary: "Domestic plumbing from scratch: hot and cold water, heating, drainage and pipework skills in a dedicated workshop.",
            description: "Adults study two evenings a week over two years."))
    }

    // MARK: In the engine

    /// Every course title the diagnostic's paths list, and its notices.
    func shown(_ diagnostic: Diagnostic) -> (courses: [String], notices: [String]) {
        ((diagnostic.upskill + diagnostic.reskill).flatMap { $0.courses.map(\.title) }, diagnostic.notices)
    }

    @Test("the CIPD course a learner asks about by acronym and level is shown: on a path, or named in a notice; not the level 5")
    func askedByAcronym() async throws {
        let diagnostician = try await Self.catalogue.value
        let diagnostic = try diagnostician.diagnose(LearnerProfile(text: """
            Beauty counter manager for a skincare brand in a department store in Worcester, 9 years. Skin consultations, training the new \
            consultants, doing the rota for 4 of us, stock counts. I sorted out two disciplinaries and a grievance with the store HR. I'm 35. \
            I liked the people side. Is CIPD level 3 worth doing first and can I do it online?
            """), today: TestCatalogue.today)
        let (courses, notices) = shown(diagnostic)
        let named = notices.first { $0.hasPrefix("You asked about the CIPD level 3") }
        #expect(courses.contains("CIPD Level 3 Foundation Certificate in People Practice")
            || named?.contains("CIPD Level 3 Foundation Certificate in People Practice") == true, "\(courses) \(notices)")
        #expect(named?.contains("Level 5") != true, "\(notices)")
    }

    @Test("a school leaver with A levels who asks about AAT hears of the level 3 diploma; a learner who holds AAT level 3 is not offered it")
    func aatAskedAndHeld() async throws {
        let diagnostician = try await Self.catalogue.value
        let leaver = try diagnostician.diagnose(LearnerProfile(text: """
            I'm 18 and just finished A levels, maths, business and geography. I've worked at a toy shop for two years, tills, ordering stock, \
            and the owner lets me do the cashing up and help with the VAT spreadsheet. I don't want the debt. I want to be an accountant. \
            Which is better, AAT or the level 7 apprenticeship?
            """), today: TestCatalogue.today)
        let (leaverCourses, leaverNotices) = shown(leaver)
        #expect(leaverCourses.contains("AAT Level 3 Diploma in Accounting")
            || leaverNotices.contains { $0.hasPrefix("You asked about the AAT") && $0.contains("AAT Level 3 Diploma in Accounting") },
            "\(leaverCourses) \(leaverNotices)")
        let supervisor = try diagnostician.diagnose(LearnerProfile(text: """
            Accounts payable supervisor at a haulage company in Worcester from 2009 to 2019. Purchase invoices, supplier statements, payment \
            runs on Sage 200, month end accruals, a team of 3. I did AAT level 3 but never finished level 4. I'd like to go back into finance, \
            part time, maybe bookkeeping. Should I finish AAT level 4?
            """), today: TestCatalogue.today)
        let (heldCourses, heldNotices) = shown(supervisor)
        #expect(!heldCourses.contains("AAT Level 3 Diploma in Accounting"), "\(heldCourses)")
        #expect(!heldCourses.contains("AAT Level 2 Certificate in Bookkeeping"), "\(heldCourses)")
        #expect(!heldNotices.contains { $0.contains("AAT Level 3 Diploma") || $0.contains("AAT Level 2 Certificate") }, "\(heldNotices)")
    }

    @Test("an entry requirement naming AAT level 2 is met by an AAT level 3 holder, not by a learner without it")
    func requirementMetByHeldQualification() async throws {
        let diagnostician = try await Self.catalogue.value
        let index = diagnostician.currentIndex
        let model = diagnostician.model
        let position = try #require(index.entries.firstIndex { $0.title == "Accountancy Software Skills Bootcamp" })
        #expect(index.entries[position].prerequisite?.qualifications.isEmpty == false)
        func unmet(_ qualifications: [(level: Int, subject: String)]) -> String? {
            let scratch = CourseScratch(courses: index.entries.count, skills: model.skills.count, terms: index.termIDs.count)
            scratch.learner(jobSkills: [], level: nil)
            scratch.costReading(age: 47, held: nil, qualifications: qualifications)
            let flags = scratch.unmetRequirements(index, held: Array(repeating: false, count: model.skills.count))
            return flags.isEmpty ? nil : flags[position]
        }
        #expect(unmet([]) != nil)
        #expect(unmet([(level: 3, subject: "aat")]) == nil)
        #expect(unmet([(level: 1, subject: "aat")]) != nil)
    }

    @Test("a level 3 Access to HE diploma whose where-next names physiotherapy leads to the physiotherapist's degree")
    func accessLeadsToDegreeJob() async throws {
        let diagnostician = try await Self.catalogue.value
        let index = diagnostician.currentIndex
        let physio = try #require(diagnostician.model.targetPosition["ST0519"])
        let access = try #require(index.entries.firstIndex { $0.title == "Access to HE Diploma (Health Science Professions)" })
        #expect(index.leadsTo[physio].contains { Int($0.course) == access })
        // Its where-next names no plumbing or accountancy: it leads to neither.
        let plumber = try #require(diagnostician.model.targetPosition["ST0303"])
        #expect(!index.leadsTo[plumber].contains { Int($0.course) == access })
    }

    /// The courses a path towards standard `code` lists for an adult in `districts` who holds `held` (a level and its words).
    func pathCourses(
        _ diagnostician: CareerDiagnostician, _ code: String, districts: [District] = [], held: (level: Int, words: String)? = nil
    ) throws -> [CourseOption] {
        let model = diagnostician.model
        let index = diagnostician.currentIndex
        let position = try #require(model.targetPosition[code])
        let scratch = CourseScratch(courses: index.entries.count, skills: model.skills.count, terms: index.termIDs.count)
        scratch.learner(jobSkills: [], level: nil)
        scratch.costReading(age: 35, held: held)
        let gap = model.targets[position].skills.map { (skill: $0.skill, weight: $0.weight) }
        return diagnostician.courses(
            for: position, gap: gap, held: Array(repeating: false, count: model.skills.count), index: index,
            constraints: LearnerConstraints(districts: districts), today: TestCatalogue.today.description, scratch: scratch
        ).courses
    }

    @Test("a graduate on a teacher path is offered the PGCE, not a bachelor's degree in teaching; a learner without a degree may be")
    func graduateNotOfferedSecondDegree() async throws {
        let diagnostician = try await Self.catalogue.value
        let graduate = try pathCourses(diagnostician, "ST0490", held: (6, "degree")).map(\.title)
        #expect(graduate.contains("PGCE Secondary"), "\(graduate)")
        #expect(!graduate.contains("BA (Hons) Primary Initial Teacher Education (QTS)"), "\(graduate)")
        let leaver = try pathCourses(diagnostician, "ST0490", held: (3, "A levels")).map(\.title)
        #expect(leaver.contains("BA (Hons) Primary Initial Teacher Education (QTS)"), "\(leaver)")
    }

    @Test("an adult without a level 3 in Malvern Hills on a physiotherapy path hears of the Access to HE diploma next door")
    func preparationCourseNextDoor() async throws {
        let diagnostician = try await Self.catalogue.value
        let access = "Access to HE Diploma (Health Science Professions)"
        let courses = try pathCourses(diagnostician, "ST0519", districts: [.malvernHills])
        let listed = try #require(courses.first { $0.title == access }, "\(courses.map(\.title))")
        #expect(listed.why.summary.contains("this one is in Worcester, next to it"), "\(listed.why.summary)")
        // With A levels, the preparation course is not theirs to add.
        let qualified = try pathCourses(diagnostician, "ST0519", districts: [.malvernHills], held: (3, "A levels")).map(\.title)
        #expect(!qualified.contains(access), "\(qualified)")
    }

    @Test("a Wyre Forest learner on a plumbing path hears of the plumbing apprenticeship whose college days are in Worcester")
    func ownApprenticeshipAcrossTheCounty() async throws {
        let diagnostician = try await Self.catalogue.value
        let model = diagnostician.model
        let index = diagnostician.currentIndex
        let position = try #require(model.targetPosition["ST0303"])
        let scratch = CourseScratch(courses: index.entries.count, skills: model.skills.count, terms: index.termIDs.count)
        scratch.learner(jobSkills: [], level: nil)
        scratch.costReading(age: 27, held: nil)
        let gap = model.targets[position].skills.map { (skill: $0.skill, weight: $0.weight) }
        let courses = diagnostician.courses(
            for: position, gap: gap, held: Array(repeating: false, count: model.skills.count), index: index,
            constraints: LearnerConstraints(districts: [.wyreForest]), today: TestCatalogue.today.description, scratch: scratch
        ).courses
        let apprenticeship = try #require(courses.first { $0.title == "Plumbing and Domestic Heating Technician Apprenticeship (Level 3)" },
            "\(courses.map(\.title))")
        #expect(apprenticeship.why.summary.contains("this one is in Worcester"), "\(apprenticeship.why.summary)")
    }
}
