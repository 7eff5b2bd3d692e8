import Careers
import Domain
import Taxonomy
import Testing

// MARK: - The learner's current job, read as an adviser would (careers data round 4)

/// Review 3 defect 4: placements an adviser would not accept. Each case fails before the round.
@Suite("Current occupation reading")
struct CurrentOccupationReadingTests {
    static func titles(_ diagnostic: Diagnostic, _ scheme: OccupationScheme) -> [String] {
        diagnostic.currentOccupations.filter { $0.occupation.scheme == scheme }.map(\.occupation.title)
    }

    @Test("a standard sharing only a post word with the job title is not the learner's job", arguments: [
        ("Bar manager", "Bar manager, cellar management, staff rotas, cashing up, personal licence holder.", "Information manager"),
        ("Receptionist", "Receptionist at a GP surgery, answering phones, booking appointments on EMIS, scanning letters.",
         "Housing and property management assistant"),
    ])
    func postWordOnly(_ title: String, _ text: String, _ wrong: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: title))
        #expect(!Self.titles(diagnostic, .ifate).contains(wrong), "\(Self.titles(diagnostic, .ifate))")
    }

    @Test("a commis chef is not a senior chef; a chef whose words say head chef may be")
    func seniority() async throws {
        let commis = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Kitchen porter and then commis chef at a pub for 2 yrs, prep, washing up, food hygiene level 2.", currentTitle: "Commis chef"))
        let standards = Self.titles(commis, .ifate)
        #expect(!standards.isEmpty && !standards.contains { OccupationSeniority.isSenior($0) }, "\(standards)")
        let advisor = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Customer advisor in a call centre for a bank, handling complaints and mortgage queries.", currentTitle: "Customer service advisor"))
        #expect(!Self.titles(advisor, .soc2020).contains("Customer service managers"), "\(Self.titles(advisor, .soc2020))")
        let head = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Chef for ten years, the last four as head chef of a gastro pub. Menu planning, costing dishes, running the kitchen team.",
            currentTitle: "Chef"))
        #expect(Self.titles(head, .ifate).first.map(OccupationSeniority.isSenior) == true, "\(Self.titles(head, .ifate))")
    }

    @Test("a text that opens with a job is placed by that job, not by what its other clauses resemble")
    func openingJobPlacesTheText() async throws {
        let cleaner = try await TestCatalogue.diagnose(LearnerProfile(
            text: "office cleaner on the evening shift, i use the floor buffer, done COSHH training, sometimes lock up the building"))
        #expect(Self.titles(cleaner, .soc2020).first == "Cleaners and domestics", "\(Self.titles(cleaner, .soc2020))")
        #expect(!Self.titles(cleaner, .ifate).contains("Material cutter"))
        let picker = try await TestCatalogue.diagnose(LearnerProfile(text: "Picker packer at Amazon, using the RF scanner, forklift licence, done some goods in."))
        #expect(Self.titles(picker, .soc2020).contains("Packers, bottlers, canners and fillers"), "\(Self.titles(picker, .soc2020))")
        let forklift = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Forklift driver, good with Excel, I always work safely, reliable and punctual, recycling and energy saving champion."))
        #expect(Self.titles(forklift, .soc2020).first == "Fork-lift truck drivers", "\(Self.titles(forklift, .soc2020))")
    }

    @Test("a school leaver whose text names no job is placed in no occupation")
    func schoolLeaverHasNoPlacement() async throws {
        let leaver = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I just left school with GCSEs in maths english and science, I like fixing bikes and gaming. dunno what to do."))
        #expect(leaver.currentOccupations.isEmpty, "\(leaver.currentOccupations.map(\.occupation.title))")
    }

    @Test("a title coded to several unit groups places the learner in its own, and keeps the standard for the job")
    func titleOwnGroup() async throws {
        let butcher = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Butcher at a farm shop for 10 years. Cutting and boning, making sausages, serving on the counter.", currentTitle: "Butcher"))
        #expect(Self.titles(butcher, .soc2020).first == "Butchers", "\(Self.titles(butcher, .soc2020))")
        let assistant = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Teaching assistant in a year 2 class, running phonics groups, supporting a child with autism, hearing readers.",
            currentTitle: "Teaching assistant"))
        #expect(Self.titles(assistant, .soc2020).first == "Teaching assistants", "\(Self.titles(assistant, .soc2020))")
        #expect(Self.titles(assistant, .ifate).contains("Teaching assistant"), "\(Self.titles(assistant, .ifate))")
        #expect(!heldSkillIDs(assistant).contains("hgv-driving"))
    }

    @Test("a bricklayer's pointing is bricklaying, not a typo for printing")
    func tradeWordsAreNotTypos() async throws {
        let bricklayer = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Bricklayer for fifteen years on housing sites, setting out, reading drawings, blockwork and pointing.", currentTitle: "Bricklayer"))
        #expect(!heldSkillIDs(bricklayer).contains("printing"), "\(heldSkillIDs(bricklayer))")
        #expect(heldSkillIDs(bricklayer).contains("bricklaying"))
    }
}
