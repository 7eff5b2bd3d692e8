@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 14, round two: a partner's posting, limits that close the right work, words in their sense

/// Following a partner's posting is time away from paid work; a physical limit closes the outdoor manual
/// trades whose standards name no manual handling; a wish to get out of the cold closes chilled work as
/// well as outdoor work; and everyday words of a trade or a small online shop are read in their sense.
@Suite("Review 14 reading, round two: postings, physical and cold limits, trade words")
struct Review14ReadingRoundTwoTests {
    // MARK: Following a partner's posting

    @Test("following a partner's posting or move abroad is time away from paid work, quoted back", arguments: [
        ("I was a school receptionist 2010 to 2016. Then my husband was posted to Cyprus with the RAF and we all went. Back in Worcester now.",
         "Then my husband was posted to Cyprus"),
        ("Payroll clerk for 8 years, then I followed my wife to Dubai when her job moved out there. We came home last year.",
         "then I followed my wife to Dubai"),
    ])
    func followedPartner(_ text: String, _ quote: String) throws {
        let note = try #require(ReturnerNotice.notice(in: text), "\(text)")
        #expect(note.contains("(\"\(quote)"), "\(note)")
    }

    @Test("through the diagnostic, where the partner's own clause is read as theirs, the going with them is still the break")
    func followedPartnerDiagnostic() async throws {
        let text = "I was a registrar of births, deaths and marriages for the county council from 2009 to 2017, admin and customer service. "
            + "Then my husband was posted to Germany with the army and I went with him and the children. Were back in Malvern now for good."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        let note = try #require(ReturnerNoticeTests.returnerNote(diagnostic), "\(diagnostic.notices)")
        #expect(note.contains("went with him"), "\(note)")
    }

    @Test("the learner's own posting, or a partner's move while the learner works, is no break", arguments: [
        "I was posted to Germany with the army for 4 years as a vehicle mechanic, then came out and joined a dealership.",
        "My husband was posted to Catterick so we moved up north, and I work as a receptionist at the GP surgery there now.",
    ])
    func notFollowedPartner(_ text: String) {
        #expect(ReturnerNotice.notice(in: text) == nil, "\(text)")
    }

    // MARK: A physical limit closes the outdoor manual trades

    @Test("no heavy lifting or kneeling keeps greenkeeping, sports turf, forestry and landscape operative work off the moves")
    func physicalLimitClosesGroundsWork() async throws {
        let text = "driveway and block paving layer 15 yrs, resin, tarmac, patios, sub base, whacker plate and mini digger, marking out, "
            + "laser level. Had 2 prolapsed discs and sciatica, had surgery in the summer, surgeon says no more heavy lifting or kneeling ever."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let titles = (diagnostic.upskill + diagnostic.reskill).map(\.occupation.title)
        #expect(!titles.contains { title in
            ["greenkeeper", "Sports turf", "Forest operative", "Forest craftsperson", "landscape operative"].contains { title.contains($0) }
        }, "\(titles)")
    }

    // MARK: The cold is not only the weather

    @Test("wanting out of the cold closes chilled work (abattoir, butchery, fish), as well as outdoor work")
    func coldClosesChilledWork() async throws {
        let text = "Ive worked at the abattoir near evesham 9 years, on the line then boning and trimming lamb, knife skills, HACCP, level 2 "
            + "food safety. Im 35. I want to get out of the blood and the cold."
        #expect(WorkLimit.stated(in: CareerDiagnostician.padded(text), wishes: "").contains(WorkLimit.cold))
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let titles = (diagnostic.upskill + diagnostic.reskill).map(\.occupation.title)
        #expect(!titles.contains { ["Abattoir", "Butcher", "butcher", "Fishmonger"].contains(where: $0.contains) }, "\(titles)")
        #expect(diagnostic.notices.contains { $0.contains("out of the cold") }, "\(diagnostic.notices)")
    }

    @Test("a cold day mentioned in passing, or cold calling, is no cold limit", arguments: [
        "Ive worked at the abattoir 9 years, boning lamb. Id like to be a meat hygiene inspector.",
        "Telesales 5 years, I'm sick of cold calling. Want something in marketing.",
    ])
    func noColdLimit(_ text: String) {
        #expect(!WorkLimit.stated(in: CareerDiagnostician.padded(text), wishes: "").contains(WorkLimit.cold), "\(text)")
    }

    // MARK: Words in their sense

    @Test("packing and posting a small online shop's orders is selling online, not packaging-line work")
    func packingAndPosting() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "For the last 4 years Ive run a little etsy shop selling candles I make, product photos, listings, packing and posting, about 600 sales."))
        let held = heldSkillIDs(diagnostic)
        #expect(held.contains("e-commerce") && !held.contains("packaging-operations"), "\(held)")
    }
}
