import Testing
@testable import Taxonomy

// MARK: - The words learners use for skills the vocabulary already has

/// Learners name lab work, school subjects, art, assistive technology, fraud checks and PC building
/// in their own words; the vocabulary reads those words as the skills they are, and reads property
/// inventories as lettings work, not stock control.
@Suite("Learners' own words for their skills")
struct LearnerVocabularyTests {
    static func ids(_ text: String) -> Set<String> {
        Set(bundled.extract(text).skillIDs)
    }

    @Test("a lab technician's samples, pH, titrations, microbiology and LIMS are laboratory skills")
    func labWork() {
        let lab = Self.ids("Lab technician at a water company for three years, testing samples, checking pH and doing titrations, then logging the results on LIMS.")
        #expect(lab.contains("laboratory-skills"), "\(lab)")
        #expect(Self.ids("I did microbiology at a food factory, plating up swabs.").contains("laboratory-skills"))
        #expect(Self.ids("I tested samples and sent the lab results to the QA manager.").contains("laboratory-skills"))
    }

    @Test("A levels, GCSEs and BTECs name the subjects learned: science, art, sport")
    func schoolSubjects() {
        let leaver = Self.ids("School leaver, I've got A levels in biology and chemistry and a btec sport, and I helped with the animals at a city farm.")
        #expect(leaver.contains("science"), "\(leaver)")
        #expect(leaver.contains("sports-coaching"), "\(leaver)")
        #expect(leaver.contains("animal-care"), "\(leaver)")
        #expect(Self.ids("I got a 7 in GCSE art and I'm doing A level physics.").isSuperset(of: ["creativity", "science"]))
        #expect(!Self.ids("I studied computer science at college.").contains("science"))
    }

    @Test("art and drawing are creativity; drawing up rotas and construction drawings are not")
    func artAndDrawing() {
        let artist = Self.ids("I love art and drawing, mostly portraits, and I sell some illustrations online.")
        #expect(artist.contains("creativity"), "\(artist)")
        #expect(!Self.ids("Shift manager, drawing up rotas and drawing on my experience in retail.").contains("creativity"))
        #expect(!Self.ids("Site joiner working from the drawings on building sites, setting out to the plans.").contains("creativity"))
        #expect(!Self.ids("I've done kickboxing and martial arts for years.").contains("creativity"))
    }

    @Test("screen readers, JAWS and magnifiers are digital accessibility")
    func assistiveTechnology() {
        let user = Self.ids("I'm registered blind and I use a screen reader every day, JAWS at work and magnifiers for paper letters.")
        #expect(user.contains("digital-accessibility"), "\(user)")
        #expect(Self.ids("I set up screen magnifiers and NVDA for students at the college.").contains("digital-accessibility"))
    }

    @Test("fraud checks are compliance work; building a gaming PC is computer hardware")
    func fraudAndHardware() {
        #expect(Self.ids("Bank customer adviser, I did fraud checks and ID checks on new accounts.").contains("compliance"))
        #expect(Self.ids("I'm really into gaming and I built my own PC and upgraded the graphics cards.").contains("computer-hardware"))
    }

    @Test("lettings inventories are property work, not stock control; a warehouse inventory still is stock control")
    func lettingsInventories() {
        let clerk = Self.ids("Inventory clerk for a lettings agency, doing check-in and check-out inventories for tenants and landlords.")
        #expect(clerk.contains("property-and-lettings"), "\(clerk)")
        #expect(!clerk.contains("stock-control"), "\(clerk)")
        #expect(!clerk.contains("reception"), "\(clerk)")
        #expect(Self.ids("Warehouse team leader, I did the inventory counts every month.").contains("stock-control"))
    }
}

// MARK: - Addition lines in the vocabulary

@Suite("Vocabulary addition lines")
struct VocabularyAdditionLineTests {
    @Test("a + line adds wording to the skill of that label wherever it sits; one for no skill is an error")
    func additionLines() throws {
        let text = """
        @ kind=technical group=-
        Laboratory skills | lab work | laboratory techniques
        + Laboratory skills | testing samples; !lab coat | analytical testing
        """
        let skills = try VocabularyParser.parseSkills(text)
        #expect(skills.count == 1)
        #expect(skills[0].employerAliases.contains("testing samples"))
        #expect(skills[0].providerAliases.contains("analytical testing"))
        #expect(skills[0].exclusions.contains("lab coat"))
        #expect(throws: VocabularyErrors.self) { try VocabularyParser.parseSkills(text + "\n+ Bricklaying | laying bricks | ") }
        #expect(throws: VocabularyErrors.self) { try VocabularyParser.parseSkills(text + "\n+ Laboratory skills | pipetting") }
    }
}
