@testable import Careers
import Domain
import Matching
import Taxonomy
import Testing

// MARK: - Courses checked against what the learner brings (review 20, theme T5)

/// Principles from review 20's course findings: a course's entry requirements are read and checked against the learner
/// (a chainsaw award that asks to be "physically fit" is no course for a waller whose knees and back are going; a heat pump
/// bootcamp asking for a plumbing qualification is no cellar technician's course unless it leads to the job, and then it says
/// what it asks; a dental nursing diploma that asks for employment as a trainee dental nurse is no way into prosthetics), and
/// a course for a qualification the learner already holds is not offered again (the level 3 certificate in supporting
/// teaching and learning for a learning mentor who has it; a level 2 hair apprenticeship for someone with NVQ level 3
/// hairdressing; the level 3 adult care diploma for someone with a level 3 in health and social care).
@Suite("Review 20: courses checked against what the learner brings")
struct Review20CourseTests {
    // MARK: Qualifications a learner holds

    @Test("a held qualification is read with its subject; wanted, studied or asked-about ones are not")
    func heldQualifications() {
        let mentor = CareerDiagnostician.heldQualifications(
            "pastoral support at a middle school for 5 years, one to ones and the nurture group. level 3 in supporting teaching and learning. "
                + "could i train as a teacher?")
        #expect(mentor.count == 1)
        #expect(mentor.first?.level == 3)
        #expect(mentor.first?.subject == "supporting teaching and learning")
        let stylist = CareerDiagnostician.heldQualifications("Session stylist for theatre wigs. NVQ level 2 hairdressing before that, at college.")
        #expect(stylist.map(\.subject) == ["hairdressing"])
        #expect(stylist.map(\.level) == [2])
        let carer = CareerDiagnostician.heldQualifications("Night support worker in supported housing, Level 3 Diploma in Health and Social Care.")
        #expect(carer.map(\.subject) == ["health and social care"])
        #expect(CareerDiagnostician.heldQualifications("I'd like to do my level 3 in childcare next year.").isEmpty)
        #expect(CareerDiagnostician.heldQualifications("im doing a level 2 in plumbing at college").isEmpty)
        #expect(CareerDiagnostician.heldQualifications("do I need a level 3 in health and social care?").isEmpty)
    }

    @Test("a course is a held qualification when its subject is all within the one held, at or below its level")
    func heldQualificationTitles() {
        let analyzer = TextAnalyzer()
        func held(_ title: String, _ subject: String) -> Bool {
            CourseIndex.isHeldQualification(
                titleTerms: Array(Set(analyzer.terms(title))), heldTerms: CourseIndex.subjectTerms(Set(analyzer.terms(subject))))
        }
        #expect(held("Level 3 Certificate in Supporting Teaching and Learning", "supporting teaching and learning"))
        #expect(held("Supporting Teaching and Learning (Level 2)", "supporting teaching and learning"))
        #expect(held("Hair Professional Apprenticeship (Level 2)", "hairdressing"))
        #expect(held("Level 2 Diploma in Women's and Men's Hairdressing", "hairdressing"))
        // The adult care diplomas replaced those in health and social care.
        #expect(held("Level 3 Diploma in Adult Care", "health and social care"))
        // Another subject is not held: mental health, dementia, counselling, teaching adults.
        #expect(!held("Level 2 Certificate in Understanding Mental Health", "health and social care"))
        #expect(!held("Principles of Dementia Care (Level 2)", "health and social care"))
        #expect(!held("Level 3 Award in Education and Training", "supporting teaching and learning"))
        #expect(!held("Hairdressing and Barbering Level 2 Diploma", "hairdressing"))
        #expect(!held("FdA Learning Support", "supporting teaching and learning"))
    }

    @Test("a learner who says they do not want university is read so; a uniform or a question about degrees is not")
    func noUniversity() {
        #expect(CareerDiagnostician.saysNoUniversity(
            "Just finished my A levels. I don't want to go to university and end up in debt, I want to be an accountant."))
        #expect(CareerDiagnostician.saysNoUniversity("uni isnt for me, i want to earn while i learn"))
        #expect(!CareerDiagnostician.saysNoUniversity("I wear no uniform at work and I'd like to go to uni one day."))
        #expect(!CareerDiagnostician.saysNoUniversity("Do I need a degree to be a solicitor?"))
    }

    // MARK: Entry requirements

    @Test("physical fitness asked for in entry requirements is read; requirements that ask none are not")
    func physicalDemand() {
        #expect(CourseIndex.physicalDemand(entryRequirements: "Aged 16 or over and physically fit. No previous chainsaw experience is needed.")
            == "Aged 16 or over and physically fit")
        #expect(CourseIndex.physicalDemand(
            entryRequirements: "You must be able to do moderate physical work outdoors, including kneeling, digging and lifting. No qualifications are required.")
            != nil)
        #expect(CourseIndex.physicalDemand(
            entryRequirements: "None, although you should be comfortable writing short answers and simple explanations in English.") == nil)
        #expect(CourseIndex.physicalDemand(entryRequirements: nil) == nil)
    }

    // MARK: In the engine

    static let pershoreVenue = Venue(name: "Pershore College", address: Address(town: "Pershore", postcode: "WR10 3JP"))

    /// The shared test catalogue plus courses worded as the default catalogue words them, entry requirements included: a chainsaw
    /// award asking for physical fitness, a heat pump bootcamp asking for a plumbing qualification and the level 3 certificate in
    /// supporting teaching and learning.
    static let catalogue: Task<CareerDiagnostician, any Error> = Task {
        var courses = TestCatalogue.courses()
        let extra: [(ProviderRef, Course)] = [
            (TestCatalogue.worcester, Course(
                sourceID: "chainsaw", title: "Level 2 Award in Chainsaw Maintenance and Cross-cutting",
                summary: "For people starting out in arboriculture, forestry, estate work or landscaping.",
                whatYouWillLearn: "Chainsaw components and safety features, daily and weekly maintenance, sharpening the chain, safe starting "
                    + "techniques, cross-cutting timber of different sizes including timber under tension, stacking, and emergency procedures.",
                entryRequirements: "Aged 16 or over and physically fit. No previous chainsaw experience is needed.",
                level: Level(rank: 2), route: .agricultureEnvironmentalAndAnimalCare,
                runs: [TestCatalogue.run("2027-03-08", .classroom, Self.pershoreVenue, pence: 62_000, study: .fullTime)])),
            (TestCatalogue.kidderminster, Course(
                sourceID: "heat-pump", title: "Heat Pump Installation Skills Bootcamp",
                summary: "A free bootcamp for heating engineers moving into low-carbon heating.",
                whatYouWillLearn: "Heat pump principles, system design and sizing, installing and commissioning air source heat pumps, "
                    + "refrigerant handling awareness and handover to customers.",
                entryRequirements: "A Level 2 or 3 qualification in plumbing and heating, or at least two years' experience installing wet "
                    + "heating systems. Gas Safe registration is helpful but not essential.",
                level: Level(rank: 3), route: .constructionAndTheBuiltEnvironment,
                runs: [TestCatalogue.run("2027-02-01", .classroom, TestCatalogue.kidderminsterVenue, pence: 0, funding: "Fully funded Skills Bootcamp")])),
            (TestCatalogue.worcester, Course(
                sourceID: "stl3", title: "Level 3 Certificate in Supporting Teaching and Learning",
                summary: "For teaching assistants who support pupils' learning in the classroom.",
                whatYouWillLearn: "Supporting teaching and learning in the classroom, safeguarding children, supporting pupils' literacy and "
                    + "numeracy, behaviour support and working with teachers.",
                entryRequirements: "Working or volunteering in a school for at least 50 hours during the course, and an enhanced DBS check.",
                level: Level(rank: 3), route: .educationAndEarlyYears,
                runs: [TestCatalogue.run("2027-09-15", .classroom, TestCatalogue.worcesterVenue, pence: 0, funding: "Free with the Adult Skills Fund")])),
        ]
        for (offset, item) in extra.enumerated() {
            courses.append(TaggedCourse(
                entry: CatalogueCourse(id: Int64(2000 + offset), provider: item.0, course: item.1, updatedAt: "2026-11-01T00:00:00Z"), tags: []))
        }
        return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
    }

    @Test("entry requirements asking for physical fitness or a trade are read into the index; an apprenticeship's post is not")
    func requirementsIndexed() async throws {
        let diagnostician = try await Self.catalogue.value
        let index = diagnostician.currentIndex
        let chainsaw = try #require(index.entries.first { $0.title.hasPrefix("Level 2 Award in Chainsaw") })
        #expect(chainsaw.physicalDemand == "Aged 16 or over and physically fit")
        #expect(chainsaw.prerequisite == nil)
        let heatPump = try #require(index.entries.first { $0.title == "Heat Pump Installation Skills Bootcamp" })
        let need = try #require(heatPump.prerequisite)
        #expect(need.sentence.hasPrefix("A Level 2 or 3 qualification in plumbing and heating"))
        let plumbing = try #require(diagnostician.model.skillPosition["plumbing"])
        #expect(need.skills.contains(plumbing), "\(need.skills.map { diagnostician.model.skills[$0].label })")
    }

    /// The courses a path towards standard `code` lists for a learner who holds `held` skills, whose body limits heavy work
    /// (`physical`) and who holds `qualifications`: what `courses(for:)` gives with a scratch set up as a diagnosis sets it.
    func listed(
        _ diagnostician: CareerDiagnostician, _ code: String, held: [String] = [], physical: Bool = false,
        qualifications: [(level: Int, subject: String)] = []
    ) throws -> [String] {
        let model = diagnostician.model
        let position = try #require(model.targetPosition[code])
        let index = diagnostician.currentIndex
        let scratch = CourseScratch(courses: index.entries.count, skills: model.skills.count, terms: index.termIDs.count)
        scratch.learner(jobSkills: [], level: nil)
        scratch.costReading(age: 45, held: nil, qualifications: qualifications)
        scratch.limits(closed: [], ruledOut: [], physical: physical)
        var has = Array(repeating: false, count: model.skills.count)
        for id in held { has[try #require(model.skillPosition[id])] = true }
        let gap = model.targets[position].skills.filter { !has[$0.skill] }.map { (skill: $0.skill, weight: $0.weight) }
        return diagnostician.courses(
            for: position, gap: gap, held: has, index: index, constraints: LearnerConstraints(), today: TestCatalogue.today.description,
            scratch: scratch
        ).courses.map(\.title)
    }

    @Test("a course asking for physical fitness is not listed for a learner whose body limits heavy work")
    func physicalFitnessChecked() async throws {
        let diagnostician = try await Self.catalogue.value
        let fit = try listed(diagnostician, "ST0223")
        #expect(fit.contains { $0.hasPrefix("Level 2 Award in Chainsaw") }, "\(fit)")
        let knees = try listed(diagnostician, "ST0223", physical: true)
        #expect(!knees.contains { $0.hasPrefix("Level 2 Award in Chainsaw") }, "\(knees)")
    }

    @Test("a course asking for a trade the learner lacks is left out unless it leads to the job; with the trade it is listed plainly")
    func tradeRequirementChecked() async throws {
        let diagnostician = try await Self.catalogue.value
        let model = diagnostician.model
        let position = try #require(model.targetPosition["ST0322"])
        let index = diagnostician.currentIndex
        func bootcamp(held: [String]) throws -> CourseOption? {
            let scratch = CourseScratch(courses: index.entries.count, skills: model.skills.count, terms: index.termIDs.count)
            scratch.learner(jobSkills: [], level: nil)
            var has = Array(repeating: false, count: model.skills.count)
            for id in held { has[try #require(model.skillPosition[id])] = true }
            let gap = model.targets[position].skills.filter { !has[$0.skill] }.map { (skill: $0.skill, weight: $0.weight) }
            return diagnostician.courses(
                for: position, gap: gap, held: has, index: index, constraints: LearnerConstraints(), today: TestCatalogue.today.description,
                scratch: scratch
            ).courses.first { $0.title == "Heat Pump Installation Skills Bootcamp" }
        }
        let plumber = try #require(try bootcamp(held: ["plumbing"]))
        #expect(!plumber.why.summary.contains("entry requirements"), "\(plumber.why.summary)")
        // A cellar technician without plumbing is not offered it: it does not lead to the job, it teaches plumbers heat pumps.
        #expect(try bootcamp(held: []) == nil)
        // A course that leads to the job stays, and says what it asks.
        let note = CareerDiagnostician.entryNote("Employment as a trainee dental nurse in a GDC-registered practice", physical: false)
        #expect(note.hasPrefix("Its entry requirements ask for \u{201C}Employment as a trainee dental nurse"), "\(note)")
        #expect(CareerDiagnostician.entryNote("Aged 16 or over and physically fit", physical: true).contains("your health"))
    }

    @Test("a qualification the learner holds is not offered again; without it, it is")
    func heldQualificationNotOffered() async throws {
        let diagnostician = try await Self.catalogue.value
        let stl = "Level 3 Certificate in Supporting Teaching and Learning"
        let fresh = try listed(diagnostician, "ST0454")
        #expect(fresh.contains(stl), "\(fresh)")
        let holder = try listed(diagnostician, "ST0454", qualifications: [(3, "supporting teaching and learning")])
        #expect(!holder.contains(stl), "\(holder)")
        // A level 2 in the subject does not make the level 3 held.
        let lower = try listed(diagnostician, "ST0454", qualifications: [(2, "supporting teaching and learning")])
        #expect(lower.contains(stl), "\(lower)")
    }
}
