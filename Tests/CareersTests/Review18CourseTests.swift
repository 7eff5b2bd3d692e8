@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Which courses a path lists and what its gap leads with (review 18, theme G5)

/// Principles from review 18's course findings: a path's gap leads with the work of the job's own field, not with another
/// route's skill its standard names in passing or in another sense (a carpenter's "nails" read as Beauty therapy, a farrier's
/// foot care plan as Care planning, a military engineering technician's Agricultural machinery before its bricklaying); and a
/// degree at a yearly fee is not offered as the only way into a job whose standard is an apprenticeship without saying so, while
/// an apprenticeship that leads to the job comes before the degree for an adult (p20: the LLB at £9,535 a year for a would-be
/// solicitor who skipped university for the money).
@Suite("Review 18: a path's gap and its courses")
struct Review18CourseTests {
    // MARK: The gap leads with the job's own field

    @Test("a far route's skill counts a share of its weight in a job's gap, and the gap is ordered by what each counts")
    func farSkillsCountLess() async throws {
        let diagnostician = try await TestCatalogue.shared.value
        let model = diagnostician.model
        var moved = 0
        for position in model.targets.indices {
            let skills = model.targets[position].skills
            let ordered = diagnostician.fieldFirst(skills, of: position)
            #expect(ordered.map(\.skill).sorted() == skills.map(\.skill).sorted())
            #expect(ordered.map(\.weight) == ordered.map(\.weight).sorted(by: >))
            let route = model.targets[position].standard.route
            let original = Dictionary(uniqueKeysWithValues: skills.map { ($0.skill, $0.weight) })
            for entry in ordered {
                let far = OccupationSkillModel.isSpecific(model.skills[entry.skill].kind)
                    && diagnostician.tagger.homes.isFar(skill: model.skills[entry.skill].id, from: route)
                let expected = (original[entry.skill] ?? 0) * (far ? CareerDiagnostician.farGapShare : 1)
                #expect(abs(entry.weight - expected) < 1e-9)
            }
            if ordered.map(\.skill) != skills.map(\.skill) { moved += 1 }
        }
        #expect(moved > 0)
    }

    @Test("a carpenter's path tells its own trade's gap first: the beauty therapy its standard reads in \"nails\" comes after, not among its courses' gap")
    func carpentryGapLeadsWithTrade() async throws {
        let diagnostician = try await TestCatalogue.shared.value
        let model = diagnostician.model
        let position = try #require(model.targetPosition["ST0264"])
        let beauty = try #require(model.skillPosition["beauty-therapy"])
        let carpentry = try #require(model.skillPosition["carpentry-and-joinery"])
        let skills = model.targets[position].skills
        let before = try #require(skills.firstIndex { $0.skill == beauty })
        #expect(before < CareerDiagnostician.gapSkillsForCourses, "beauty therapy ranks \(before) by weight")
        let ordered = diagnostician.fieldFirst(skills, of: position)
        #expect(!ordered.prefix(CareerDiagnostician.gapSkillsForCourses).contains { $0.skill == beauty })
        #expect(ordered.first?.skill == carpentry || ordered.prefix(3).contains { $0.skill == carpentry })
        // As a bricklayer's path shows it: the main gap names no beauty therapy.
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Bricklayer for 12 years on new build estates, setting out, cavity walls, blockwork and pointing. My knees are fine and I "
                + "want to learn another trade, maybe carpentry and joinery, first and second fix."))
        let path = try #require(diagnostic.paths.first { $0.occupation.code == "ST0264" }, "\(diagnostic.paths.map(\.occupation.title))")
        #expect(!path.missingSkills.prefix(6).contains { $0.id == "beauty-therapy" }, "\(path.missingSkills.map(\.label))")
        #expect(path.missingSkills.contains { $0.id == "beauty-therapy" })
    }

    // MARK: Words in another trade's sense

    @Test("a farrier's foot care plan is no care planning, nor lymphatic drainage groundworks; a nail technician's nails are beauty therapy")
    func otherSensesInStandards() throws {
        let taxonomy = try SkillsTaxonomy.bundled()
        let found = { (text: String) in Set(taxonomy.extract(text).skills.map(\.skillID)) }
        #expect(!found("Preparing a foot care plan for each horse and trimming the hoof").contains("care-planning"))
        #expect(!found("Massage with lymphatic drainage equipment").contains("groundworks"))
        #expect(found("I do nails, lashes and brows from home").contains("beauty-therapy"))
        #expect(found("writing care plans for the residents").contains("care-planning"))
        #expect(found("laying drainage on the new estate").contains("groundworks"))
        let farrier = try #require(taxonomy.standard(reference: "ST0172"))
        #expect(farrier.skillIDs.contains("equine-care"), "\(farrier.skillIDs)")
        #expect(!farrier.skillIDs.contains("care-planning"), "\(farrier.skillIDs)")
        let beauty = try #require(taxonomy.standard(reference: "ST0211"))
        #expect(!beauty.skillIDs.contains("groundworks"), "\(beauty.skillIDs)")
    }

    // MARK: A degree where an apprenticeship would do

    @Test("an adult's solicitor path with only the LLB at a yearly fee says no solicitor apprenticeship is listed and that one exists")
    func degreeSaysNoApprenticeship() async throws {
        let diagnostician = try await Self.catalogue(withApprenticeship: false)
        let courses = try diagnostician.pathCourses("ST0246", level: 3, held: ["retail-operations"], constraints: LearnerConstraints(ageBand: .adult))
        let degree = try #require(courses.first { $0.id == Self.degree }, "\(courses.map(\.title))")
        #expect(degree.why.summary.contains("No solicitor apprenticeship is listed here"), "\(degree.why.summary)")
        #expect(degree.why.summary.contains("degree apprenticeship standard"), "\(degree.why.summary)")
    }

    @Test("when a solicitor apprenticeship is listed, an adult hears of it before the LLB, and the LLB makes no such note")
    func apprenticeshipBeforeDegree() async throws {
        let diagnostician = try await Self.catalogue(withApprenticeship: true)
        let courses = try diagnostician.pathCourses("ST0246", level: 3, held: ["retail-operations"], constraints: LearnerConstraints(ageBand: .adult))
        let ids = courses.map(\.id)
        let apprenticeship = try #require(ids.firstIndex(of: Self.apprenticeship), "\(courses.map(\.title))")
        let degree = try #require(ids.firstIndex(of: Self.degree), "\(courses.map(\.title))")
        #expect(apprenticeship < degree)
        #expect(!courses[degree].why.summary.contains("No solicitor apprenticeship"), "\(courses[degree].why.summary)")
    }

    @Test("the order and the note are an adult's: a free degree, or none at all, is left as it is")
    func orderRule() {
        func option(_ id: Int64, _ title: String, _ cost: CostToLearner, _ mode: DeliveryMode) -> CourseOption {
            CourseOption(
                id: id, title: title, provider: TestCatalogue.worcester, level: nil, nextStart: nil, flexibleStart: false, deliveryMode: mode,
                studyMode: nil, costPence: nil, costText: nil, funded: cost == .free, costToLearner: cost, district: nil, url: nil, coversSkills: [],
                matchScore: 0.5, why: Explanation(summary: "", matchedTerms: [], shared: [], missing: []))
        }
        let llb = option(1, "LLB (Hons) Law", .charged, .classroom)
        let apprenticeship = option(2, "Solicitor Apprenticeship (Level 7)", .free, .workBased)
        let other = option(3, "Paralegal Award", .charged, .classroom)
        let ordered = CareerDiagnostician.apprenticeshipsFirst([llb, other, apprenticeship], leading: [1, 2])
        #expect(ordered.map(\.id) == [3, 2, 1])
        // An apprenticeship that does not lead to the job moves nothing.
        #expect(CareerDiagnostician.apprenticeshipsFirst([llb, apprenticeship], leading: [1]).map(\.id) == [1, 2])
        #expect(!CareerDiagnostician.isFeeDegree(option(4, "BSc (Hons) Nursing (Degree Apprenticeship)", .charged, .workBased), leading: [4]))
        #expect(!CareerDiagnostician.isFeeDegree(option(5, "BA (Hons) Primary Education", .free, .classroom), leading: [5]))
        #expect(CareerDiagnostician.apprenticeshipInstead(title: "Police constable (integrated degree)", level: 6)
            .hasPrefix("No police constable apprenticeship is listed here, but Police constable is a degree apprenticeship standard"))
    }

    // MARK: A school leaver's college course

    @Test("a 16-year-old in Redditch on an early years path hears of the T Level in Worcester beside the apprenticeship in Redditch")
    func collegeProgrammeFurtherAway() async throws {
        var courses = TestCatalogue.courses()
        courses.append(TestCatalogue.extra(
            id: Self.tLevel, sourceID: "review18-tlevel", title: "T Level in Education and Early Years",
            summary: "Two-year T Level with 750 hours in nurseries and schools, qualifying you as a Level 3 Early Years Educator.",
            learn: "You will study child development, safeguarding, the Early Years Foundation Stage, supporting speech, language and "
                + "communication, and inclusive practice, and spend 750 hours on placement in nurseries, pre-schools and primary classrooms.",
            next: "Nursery practitioner or room leader roles, the FdA Early Years, or a degree in primary education or early childhood.",
            level: 3, route: .educationAndEarlyYears,
            runs: [TestCatalogue.run("2027-09-06", .classroom, TestCatalogue.worcesterVenue, pence: 0, costText: "Free for 16-18 year olds", study: .fullTime)]))
        courses.append(TestCatalogue.extra(
            id: Self.tLevel + 1, sourceID: "review18-eyp", title: "Early Years Practitioner Apprenticeship",
            summary: "Work in a nursery while you train as an early years practitioner.",
            learn: "Child development, safeguarding children, the Early Years Foundation Stage, play and learning, and working with parents.",
            level: 2, route: .educationAndEarlyYears,
            runs: [TestCatalogue.run("2027-02-22", .classroom, TestCatalogue.redditchVenue, pence: 0, costText: "Free")]))
        let diagnostician = try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
        let youth = try diagnostician.pathCourses("ST0888", held: ["childcare"], constraints: LearnerConstraints(districts: [.redditch], ageBand: .youth))
        #expect(youth.contains { $0.id == Self.tLevel + 1 }, "\(youth.map(\.title))")
        let programme = try #require(youth.first { $0.id == Self.tLevel }, "\(youth.map(\.title))")
        #expect(programme.district == .worcester)
        #expect(programme.why.summary.contains("It does not run in Redditch, where you asked for courses; this one is in Worcester."))
        // An adult is not offered a 16–19 programme, from any district.
        let adult = try diagnostician.pathCourses("ST0888", held: ["childcare"], constraints: LearnerConstraints(districts: [.redditch], ageBand: .adult))
        #expect(!adult.contains { $0.id == Self.tLevel }, "\(adult.map(\.title))")
    }

    // MARK: A GCSE below a pass

    @Test("a learner whose maths GCSE was a 3, or who must resit it, asks for basic skills; A level maths does not")
    func gcseBelowPass() {
        #expect(CareerDiagnostician.asksForBasicSkills("I have GCSEs but maths was a 3. Can I do a nursing apprenticeship or do I need to resit maths first?"))
        #expect(CareerDiagnostician.asksForBasicSkills("I got a 3 in English so I need to retake my English"))
        #expect(!CareerDiagnostician.asksForBasicSkills("17, doing A levels in maths, geography and business, predicted BBB"))
        #expect(!CareerDiagnostician.asksForBasicSkills("my gcses should be 4s and 5s"))
    }

    // MARK: Fixtures

    static let degree: Int64 = 3180 + 1
    static let apprenticeship: Int64 = 3180 + 2
    static let tLevel: Int64 = 3180 + 3

    /// The test catalogue plus the LLB worded as the University of Worcester feed words it, and, if asked, a solicitor apprenticeship.
    static func catalogue(withApprenticeship: Bool) async throws -> CareerDiagnostician {
        var courses = TestCatalogue.courses()
        var year = TestCatalogue.run("2027-09-20", .classroom, TestCatalogue.worcesterVenue, pence: 953_500, costText: "£9,535 per year")
        year.studyMode = .init(raw: nil, value: nil)
        courses.append(TestCatalogue.extra(
            id: degree, sourceID: "review18-llb", title: "LLB (Hons) Law",
            summary: "LLB covering the core legal subjects, with a supervised law clinic and preparation for the SQE.",
            learn: "An LLB covering the foundations of legal knowledge - contract, tort, criminal, public, land, equity and trusts. Through the "
                + "student law clinic you can help members of the public with real legal problems under supervision, and the course is designed "
                + "to prepare you for the Solicitors Qualifying Examination or the Bar course.",
            next: "SQE preparation for solicitors, Bar training, paralegal roles, or careers in policy, compliance and the public sector.",
            level: 6, route: .legalFinanceAndAccounting, runs: [year]))
        if withApprenticeship {
            courses.append(TestCatalogue.extra(
                id: apprenticeship, sourceID: "review18-solicitor", title: "Solicitor Apprenticeship (Level 7)",
                summary: "Train as a solicitor while you work at a law firm, with the degree and the SQE paid for by your employer.",
                learn: "Legal research, drafting, advocacy, client care and the law of contract, tort, property and crime, through the Solicitors "
                    + "Qualifying Examination.",
                level: 7, route: .legalFinanceAndAccounting,
                runs: [TestCatalogue.run(nil, .workBased, pence: 0, costText: "Free: paid for by your employer", flexible: true)]))
        }
        return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
    }
}
