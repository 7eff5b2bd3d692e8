@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Wishes and age read from the learner's own words

@Suite("Wish scope and stated age")
struct WishScopeAndAgeReadingTests {
    @Test("'looking for office based work' is a wish: office work is not held")
    func lookingForWork() async throws {
        let text = """
            I was a field sales rep selling building products across the West Midlands, managing accounts, CRM on Salesforce. \
            Looking for office based work in Worcester.
            """
        #expect(CareerDiagnostician.splitAspirations(text).wishes.contains { $0.contains("office based work") })
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        #expect(!heldSkillIDs(diagnostic).contains("administration"), "\(heldSkillIDs(diagnostic))")
        // Looking for faults is work done, not a wish.
        #expect(CareerDiagnostician.splitAspirations("Quality inspector, looking for faults on the line and signing off batches.").wishes.isEmpty)
    }

    @Test("'quite fancy tree surgery' is a wish: tree surgery is not held")
    func fancyIsAWish() async throws {
        let text = "I'm 19, I like being outside and cut hedges for neighbours. Quite fancy tree surgery or something outdoors."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        #expect(!heldSkillIDs(diagnostic).contains("arboriculture-and-forestry"), "\(heldSkillIDs(diagnostic))")
        #expect(!CareerDiagnostician.splitAspirations("Worked as a waitress in a fancy restaurant for 3 years.").wishes.contains { !$0.isEmpty })
    }

    @Test("the reason before 'so I want' is where the learner stands, not what they wish for")
    func reasonBeforeTheWish() {
        let (history, wishes) = CareerDiagnostician.splitAspirations(
            "Kids are at school now so I want to get back to work, school hours ideally.")
        #expect(history.contains("Kids are at school now"), "history: \(history)")
        #expect(!wishes.contains { $0.lowercased().contains("kids") }, "wishes: \(wishes)")
        #expect(CareerDiagnostician.wishRoutes(wishes.joined(separator: " ")).isEmpty || !wishes.joined().contains("Kids"))
    }

    @Test("a stated age of 16 to 18, or a sixth-form stage, makes the learner 16-18; an adult age does not")
    func statedAge() {
        func band(_ text: String, title: String? = nil) -> AgeBand? {
            LearnerProfile(text: text, currentTitle: title).resolvingAgeBand().constraints.ageBand
        }
        #expect(band("17, left college after a few months, it wasnt for me. I help my grandad with his allotment.") == .youth)
        #expect(band("I'm 17 and work weekends at Tesco on the tills.", title: "Checkout assistant") == .youth)
        #expect(band("In year 12, I do a Saturday job at a cafe.") == .youth)
        #expect(band("Doing my A levels in maths and physics, I like CAD.") == .youth)
        #expect(band("Welder for 17 years, MIG and TIG, I'm 45 and my back is going.") == .adult)
        #expect(band("I worked 16 years as a cleaner at the hospital.") == .adult)
        #expect(band("I'm 34 and I did my A levels years ago, then worked in retail.") == .adult)
    }

    @Test("words about someone else before the learner's 'I want' are the reason, not the wish: the kids' school is no wished field")
    func otherSubjectBeforeTheWish() async throws {
        let split = CareerDiagnostician.splitAspirations(
            "I worked on the tills at Boots in Kidderminster for 8 years until my son was born, now hes at school I want to get back to work.")
        #expect(split.wishes == ["I want to get back to work."], "\(split.wishes)")
        #expect(split.history.contains("now hes at school"))
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I was a library assistant with the county council for 9 years until I had my twins, now theyre at school I want to get back \
            out there. Issuing books, running rhymetime sessions for toddlers, helping people use the computers and doing displays.
            """))
        checkPathInvariants(diagnostic)
        let claimed = (diagnostic.upskill + diagnostic.reskill).filter { $0.why.summary.contains("matches what you said") }.map(\.occupation.title)
        #expect(claimed.isEmpty, "\(claimed)")
        // A wish after the break still names its field.
        let nursery = CareerDiagnostician.splitAspirations("Now the kids are at school I'd like to work in a nursery.")
        #expect(nursery.wishes.contains { $0.contains("work in a nursery") }, "\(nursery.wishes)")
    }
}
