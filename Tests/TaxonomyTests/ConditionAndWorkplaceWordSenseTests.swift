import Testing
@testable import Taxonomy

// MARK: - Words of a condition, a workplace or a customer read in their own sense

/// A condition ("type 1 diabetic"), a report a social worker writes for court, the factory's shop floor
/// and a sales rep's customer accounts share a word with a skill (typing, journalism, retail, accountancy)
/// but are not it.
@Suite("Condition, court, shop-floor and account words in their own sense")
struct ConditionAndWorkplaceWordSenseTests {
    static func ids(_ text: String) -> Set<String> { Set(bundled.extract(text).skillIDs) }

    @Test("'type 1 diabetic' is a condition, not typing; audio typing still is typing")
    func diabetesIsNotTyping() {
        let officer = Self.ids("Prison officer for 9 years. I'm type 1 diabetic and the night shifts make it hard to manage.")
        #expect(!officer.contains("typing"), "\(officer)")
        #expect(!Self.ids("I have type 2 diabetes so I need regular breaks.").contains("typing"))
        #expect(Self.ids("Medical secretary: audio typing of clinic letters.").contains("typing"))
    }

    @Test("court reports are a social worker's writing, not journalism; a reporter's news writing still is")
    func courtReportsAreNotJournalism() {
        let social = Self.ids("I did child protection and court reports in Worcestershire.")
        #expect(!social.contains("journalism"), "\(social)")
        #expect(Self.ids("Reporter on the local paper, news writing and interviews.").contains("journalism"))
    }

    @Test("the factory's shop floor is no retail; a supermarket still is")
    func shopFloorIsNotRetail() {
        let setter = Self.ids("I set up coiling machines at a spring factory. Communication on the shop floor is hard.")
        #expect(!setter.contains("retail-operations"), "\(setter)")
        #expect(Self.ids("Supervisor at a big supermarket, on the shop floor and the tills.").contains("retail-operations"))
    }

    @Test("a sales rep's managing accounts is account management, not accountancy")
    func managingAccountsIsAccountManagement() {
        let rep = Self.ids("Field sales rep selling building products, managing accounts, hitting targets, CRM on Salesforce.")
        #expect(rep.contains("account-management"), "\(rep)")
        #expect(!rep.contains("accountancy"), "\(rep)")
        #expect(Self.ids("I did the company accounts and year end accounts for a small firm.").contains("accountancy"))
    }

    @Test("a deaf learner's own deafness and BSL are sign language, not a care skill")
    func ownDeafnessIsNotCare() {
        let setter = Self.ids("Im deaf and use BSL, lip read a bit. I work as a machine operator at a spring factory.")
        #expect(setter.contains("sign-language"), "\(setter)")
        #expect(!setter.contains("hearing-and-sight-loss-support"), "\(setter)")
        #expect(Self.ids("Care assistant supporting residents with deafness and sight loss.").contains("hearing-and-sight-loss-support"))
    }
}

// MARK: - Everyday trade words

/// Trade words learners use for their daily work, each read as the skill it is.
@Suite("Everyday trade words with their skills")
struct EverydayTradeWordsTests {
    static func ids(_ text: String) -> Set<String> { Set(bundled.extract(text).skillIDs) }

    @Test("trade words name their skills", arguments: [
        ("Fitness instructor at a leisure centre: gym inductions, PT sessions, spin classes.", "fitness-instruction"),
        ("Worked the gym floor doing gym inductions and spin classes.", "fitness-instruction"),
        ("Ran my own shop: wedding bouquets, funeral wreaths, buying from the flower wholesaler.", "floristry"),
        ("Quality inspector: first article inspection and non-conformance reports.", "quality-control"),
        ("Inspector at an aerospace parts firm, measuring on the CMM.", "precision-measurement"),
        ("Groom at a livery yard: lunging young horses, clipping horses, turnout.", "equine-care"),
        ("Production line at a food factory, doing the HACCP checks.", "food-safety"),
    ])
    func tradeWords(_ text: String, _ skill: String) {
        let found = Self.ids(text)
        #expect(found.contains(skill), "\(text): \(found)")
    }
}
