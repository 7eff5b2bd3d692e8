@testable import Careers
import Testing

// MARK: - Limits read in their sense: leaving a kind of work is no hand condition; conditions said plainly are read

@Suite("Limits: leaving a kind of work is a limit on that work, and conditions said in everyday words are read")
struct LimitReadingSenseTests {
    static func limits(_ text: String, wishes: String = "") -> [String] { WorkLimitReadingTests.limits(text, wishes: wishes) }

    @Test("wanting off the tools, or a doctor's 'no more cutting stone', is no condition of the hands", arguments: [
        "Groundworker 12 yrs on housing sites. Want to get off the tools and into site management or a site engineer job",
        "Stonemason for 16 years. Ive got COPD now from the dust and the doc says no more cutting stone.",
        "Bricklayer for twenty years, I'm sick of the tools and want to run jobs instead.",
    ])
    func noHandCondition(_ text: String) {
        #expect(!Self.limits(text).contains("work with the hands"), "\(Self.limits(text))")
    }

    @Test("'no more cutting stone' from a doctor is a limit on dusty work")
    func cuttingStoneIsDust() {
        #expect(Self.limits("Stonemason for 16 years. The doc says no more cutting stone.").contains("dusty work or fumes"))
    }

    @Test("a stated hand condition is still read")
    func handConditionStillRead() {
        #expect(Self.limits("I can't use hand tools any more with my arthritis in my hands.").contains("work with the hands"))
        #expect(Self.limits("I cant do knife work all day anymore.").contains("work with the hands"))
    }

    @Test("multiple sclerosis by its initials, with the physical side and sleep-ins ruled out, is a physical and a night-work limit")
    func multipleSclerosis() {
        let read = Self.limits(
            "Senior support worker in supported living for 9 years. I was diagnosed with MS last year and I cant do the physical side or sleep ins anymore.")
        #expect(read.contains("lifting or climbing"), "\(read)")
        #expect(read.contains("physically demanding or long-hours work"), "\(read)")
        #expect(read.contains("night or shift work"), "\(read)")
    }

    @Test("'Ms' as a title is no condition")
    func msAsTitle() {
        #expect(Self.limits("I was PA to Ms Jones, the head teacher, for six years.").isEmpty)
    }

    @Test("a wheelchair user, or needing work done sitting down, has the physical limit", arguments: [
        "Farrier for 20 years. Had a motorbike accident and I'm a wheelchair user now.",
        "Need to find something I can do sitting down.",
    ])
    func wheelchair(_ text: String) {
        #expect(Self.limits(text).contains("lifting or climbing"), "\(Self.limits(text))")
    }

    @Test("helping wheelchair users is not the learner's own limit")
    func othersWheelchairs() {
        #expect(Self.limits("Bus driver for ten years, helping wheelchair users and people with prams on board.").isEmpty)
    }

    @Test("hours that are killing the learner, named as night hours, are the night-work limit")
    func nightHoursComplained() {
        let read = Self.limits("Run the fryer at a chip shop for 9 years. hours are killing me, every friday and saturday night. I love dogs.")
        #expect(read.contains("night or shift work"), "\(read)")
    }

    @Test("someone else's night hours, or hours that are fine, are no limit", arguments: [
        "My husband works nights and it's killing him.",
        "Chip shop fryer, friday and saturday nights, and I don't mind it, the money is killing me though.",
    ])
    func nightHoursNotOwn(_ text: String) {
        #expect(!Self.limits(text).contains("night or shift work"), "\(Self.limits(text))")
    }
}

extension LimitReadingSenseTests {
    @Test("'MS' before a Microsoft product is no condition")
    func microsoftOffice() {
        #expect(Self.limits("Admin assistant, I have MS Office and typing skills.").isEmpty)
    }
}

extension LimitReadingSenseTests {
    @Test("a wish to get off the tools and into site management is no condition of the hands")
    func offTheToolsWish() {
        let read = Self.limits("Groundworker 12 yrs on housing sites.", wishes: "Want to get off the tools and into site management or a site engineer job")
        #expect(!read.contains("work with the hands"), "\(read)")
    }
}
