import Testing
@testable import Taxonomy

// MARK: - Words read in the sense their neighbours give them

/// Everyday wording that shares a word (or a stem) with a skill but means something else: the
/// vocabulary's exclusions, plain and contextual (`!chippy ~ fish chips frying`), read it as no skill.
@Suite("Word sense from the neighbouring words")
struct WordSenseReadingTests {
    static func ids(_ text: String) -> Set<String> {
        Set(bundled.extract(text).skillIDs)
    }

    @Test("tax codes and dress codes are payroll and uniform, not programming; coding still is")
    func codes() {
        let payroll = Self.ids("Payroll clerk at a care company: I run the monthly payroll on Sage and sort out staff tax codes and pensions.")
        #expect(payroll.contains("payroll"))
        #expect(!payroll.contains("programming"), "\(payroll)")
        #expect(!Self.ids("Smart dress code at the hotel reception, and I kept to the code of conduct.").contains("programming"))
        #expect(!Self.ids("Machine operator at a food factory, checking weights and doing the paperwork for the batch codes.").contains("programming"))
        #expect(Self.ids("I taught myself coding in my spare time.").contains("programming"))
    }

    @Test("turning out horses, and how things turned out, are not machining; turning on a lathe is")
    func turningOut() {
        let groom = Self.ids("Groom at a livery yard: mucking out, turning out the horses in the morning and bringing them in.")
        #expect(groom.contains("equine-care"))
        #expect(!groom.contains("machining"), "\(groom)")
        #expect(!Self.ids("It turned out I was good with customers.").contains("machining"))
        #expect(Self.ids("Setter operator, turning on a manual lathe.").contains("machining"))
    }

    @Test("maternity leave and maternity pay are a returner's own time off, not maternity care; a maternity support worker's is")
    func maternity() {
        let returner = Self.ids("Office administrator for eight years. I've been on maternity leave and my maternity pay runs out in March.")
        #expect(!returner.contains("maternity-support"), "\(returner)")
        #expect(!Self.ids("I did maternity cover as a receptionist at a GP surgery.").contains("maternity-support"))
        #expect(Self.ids("Maternity support worker on a labour ward.").contains("maternity-support"))
    }

    @Test("holiday pay and the school holidays are time off, not tourism; booking holidays is")
    func holidays() {
        #expect(!Self.ids("I process holiday pay and sick pay for 200 staff.").contains("tourism-and-travel"))
        #expect(!Self.ids("I helped my uncle on his market stall in the school holidays.").contains("tourism-and-travel"))
        #expect(Self.ids("Travel consultant booking holidays for families.").contains("tourism-and-travel"))
    }

    @Test("a chippy that fries fish is a chip shop, not a carpenter; a chippy on site is a carpenter")
    func chippy() {
        let shop = Self.ids("I've worked in my uncle's chippy since I left school, frying fish and chips and serving on the counter.")
        #expect(!shop.contains("carpentry-and-joinery"), "\(shop)")
        #expect(Self.ids("Chippy on building sites for ten years, first fix and second fix.").contains("carpentry-and-joinery"))
        // The occupation matcher does not expand the chip shop's "chippy" into carpenter and joiner either.
        let matched = bundled.matchOccupations(
            "I've worked in my uncle's chippy since I left school, frying fish and chips and serving on the counter.", scheme: .soc2020, top: 3)
        #expect(!matched.results.contains { $0.code == "5316" }, "\(matched.results.map(\.title))")
    }

    @Test("work in a day nursery is early years, not nursery work with plants")
    func dayNursery() {
        let nursery = Self.ids("I work in a day nursery with the toddlers, nappy changes and planning activities.")
        #expect(nursery.contains("early-years-education"))
        #expect(!nursery.contains("horticulture"), "\(nursery)")
    }

    @Test("a contextual exclusion holds only in a sentence with one of its words")
    func contextualExclusion() throws {
        let pattern = try #require(PhrasePattern(skillIndex: 0, form: "chippy ~ fish frying"))
        #expect(pattern.form == "chippy" && pattern.context == Set(["fish", "fri"]))
        var blocking = pattern
        blocking.blocks = true
        let index = PhraseIndex(patterns: [blocking])
        #expect(index.scan(PhraseTokenizer.tokens("The chippy. We fried fish.")).isEmpty)
        #expect(index.scan(PhraseTokenizer.tokens("The chippy, frying fish.")).count == 1)
    }
}
