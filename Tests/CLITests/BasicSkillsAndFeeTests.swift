@testable import Careers
import Domain
import Testing

// MARK: - Entry-level courses and unpublished fees over the default catalogue (review 9, p03 p04 p15 p20)

@Suite("Basic-skills courses and unpublished fees, over the default catalogue")
struct BasicSkillsAndFeeTests {
    /// Every course listed, with its path.
    static func listed(_ diagnostic: Diagnostic) -> [(path: CareerPath, course: CourseOption)] {
        diagnostic.paths.flatMap { path in path.courses.map { (path, $0) } }
    }

    @Test("a tradesman no standard places, who reads drawings and ran a gang, is offered no entry-level course", arguments: [
        ("Scaffolder", """
            Scaffolder 12 years, tube and fitting and system scaffolding on housing sites round Worcester. Back injury, had an op, told no \
            heavy lifting or climbing any more. I read drawings, ran a gang of 3 and did the handover paperwork. What else could I do?
            """),
        ("Roofer", """
            Roofer for 18 years, slate and tile, lead work, I priced jobs and ran the lads on site. My knees have gone so no more ladders \
            or roofs. Looking for something in an office.
            """),
    ])
    func noEntryLevelForTradesmen(title: String, text: String) async throws {
        let diagnostic = try await DefaultCatalogueCourseTests.diagnose(LearnerProfile(text: text, currentTitle: title))
        let listed = Self.listed(diagnostic)
        #expect(!listed.isEmpty)
        for item in listed {
            #expect(item.course.level?.rank != 0 && !item.course.title.contains("Entry"), "\(item.course.title) for \(item.path.occupation.title)")
        }
    }

    @Test("a learner who says they need basic skills may still be offered an entry-level course")
    func basicNeedRead() {
        #expect(CareerDiagnostician.asksForBasicSkills("I left school with no GCSEs and I struggle with reading"))
        #expect(CareerDiagnostician.asksForBasicSkills("my maths isnt great"))
        #expect(!CareerDiagnostician.asksForBasicSkills("I run the reading club at my son's school and have a degree in history"))
        #expect(!CareerDiagnostician.asksForBasicSkills("got maths and english gcse grade 4"))
    }

    @Test("someone who fixes laptops and wants IT support is offered no essential digital skills course")
    func noDigitalBasicsForItPeople() async throws {
        let diagnostic = try await DefaultCatalogueCourseTests.diagnose(LearnerProfile(text: """
            Delivery driver for Amazon 5 years. I built my own gaming PC, fix everyones laptops and phones and set up the wifi for my mum's \
            shop. Want to get into IT support or a helpdesk job.
            """))
        let listed = Self.listed(diagnostic)
        #expect(listed.contains { $0.path.occupation.route == "digital" }, "\(listed.map(\.path.occupation.title))")
        for item in listed {
            #expect(!item.course.title.contains("Essential Digital Skills") && !item.course.title.contains("IT User Skills"),
                    "\(item.course.title) for \(item.path.occupation.title)")
        }
    }

    @Test("for an adult, a course free only for 16-18s says the adult fee is not published, and ranks below an equal course free for them")
    func unpublishedAdultFee() async throws {
        let diagnostic = try await DefaultCatalogueCourseTests.diagnose(LearnerProfile(text: """
            I'm 38, been a kitchen porter and done a bit of prep at a pub in Worcester for 6 years, washing up, veg prep, cleaning down. \
            I want to train properly as a chef.
            """))
        var unpublished = 0
        for path in diagnostic.paths {
            for (position, course) in path.courses.enumerated() where course.costToLearner == .charged && course.costPence == nil {
                unpublished += 1
                #expect(course.costSummary == "adult fee not published")
                #expect(course.costCondition == CostWording.youthOnlyNote)
                // No course after it covers the same gap skills and is free or funded for them.
                let covered = Set(course.coversSkills.map(\.id))
                for later in path.courses[(position + 1)...] where later.costToLearner == .free || later.costToLearner == .ifEligible {
                    #expect(Set(later.coversSkills.map(\.id)) != covered, "\(later.title) after \(course.title) on \(path.occupation.title)")
                }
            }
        }
        #expect(diagnostic.paths.contains { !$0.courses.isEmpty })
        print("unpublished adult fees listed: \(unpublished)")
    }
}
