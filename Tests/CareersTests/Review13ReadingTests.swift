@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 13: returners heard, workers not; adults kept adult; trade words kept

/// Review 13's learners (development data): what a learner says about work, age and their trade's own
/// words is read in the sense they mean it.
@Suite("Review 13 reading: returners, age and trade words")
struct Review13ReadingTests {
    @Test("a break said plainly is heard: stopping after children, having to stop to care, returning", arguments: [
        "healthcare assistant on an elderly care ward 2005 to 2014, obs, washing and dressing. had 3 kids and stopped. theyre all at secondary now.",
        "i was a hearing care assistant in malvern 2013 to 2019. Had to stop to look after my dad who had a stroke, hes in a home now.",
        "Bookkeeper for a builders merchant. I've been out of work since 2019 with my back.",
        "Shop manager. I'm returning after looking after my family.",
    ])
    func returnerHeard(_ text: String) {
        #expect(ReturnerNotice.notice(in: OthersClauses.blanked(text)) != nil, "\(OthersClauses.blanked(text))")
    }

    @Test("someone who must keep working while they train is in work, not returning, whatever family care they mention")
    func workerIsNoReturner() {
        let text = "in store baker at tesco on nights for 6 years. I looked after my nan till she died last year and the carers that came in "
            + "were brilliant, i want to be a carer. Can i do it without qualifications? need to keep working while i train"
        #expect(ReturnerNotice.notice(in: OthersClauses.blanked(text)) == nil)
        #expect(ReturnerNotice.notice(in: "I looked after my nan till she died last year, I want to be a carer.") != nil)
    }

    @Test("an adult sign outranks a bare school word: 'A level years ago', six years of work, 'my kids'", arguments: [
        "street cleansing operative for the council in worcester, 6 years, litter picking. I got B in chemistry at A level years ago. I want to be a pharmacist",
        "I did my A levels and then had my kids, now I want to work in an office.",
    ])
    func adultKeptAdult(_ text: String) {
        #expect(LearnerProfile(text: text).resolvingAgeBand().constraints.ageBand == .adult)
        #expect(!CareerDiagnostician.isEarlyCareer(text))
    }

    @Test("a school leaver is still one: an age under 19, or A levels now with a future in years")
    func leaverStaysYoung() {
        for text in [
            "Im 18, doing A levels in geography, maths and business. Weekend job at B&Q for 2 years.",
            "doing my A levels, in 5 years I want my own salon",
            // Years of a pastime from a pupil at school now are no adult's years of work.
            "Im in year 11 doing my GCSEs, I have played football for 6 years and help coach the under 9s on saturdays",
        ] {
            #expect(LearnerProfile(text: text).resolvingAgeBand().constraints.ageBand == .youth, "\(text)")
        }
    }

    @Test("a weak arm and hand after a stroke, and poor balance, are limits of the body: lifting and climbing, and work with the hands")
    func strokeLimits() {
        let text = "glazier 20 yrs. I had a stroke last year at 54, my left arm and hand are weak now and balance isnt great."
        let limits = WorkLimitReadingTests.limits(text)
        #expect(limits.contains("lifting or climbing"), "\(limits)")
        #expect(limits.contains("work with the hands"), "\(limits)")
        #expect(!WorkLimitReadingTests.limits("My left arm is fine, I just want a change from glazing.").contains("lifting or climbing"))
    }

    @Test("'I dont like phones' keeps phone-heavy jobs off the list; retinitis pigmentosa and tunnel vision are sight loss")
    func phonesAndSight() {
        let stacker = "Im 23 and autistic. I work nights shelf stacking at Lidl. I dont like phones or crowds."
        #expect(WorkLimitReadingTests.limits(stacker).contains("phone work"), "\(WorkLimitReadingTests.limits(stacker))")
        let counter = "Trade counter assistant for 6 years. I have retinitis pigmentosa, my sight is getting worse, tunnel vision."
        #expect(WorkLimitReadingTests.limits(counter).contains("work that needs good eyesight"), "\(WorkLimitReadingTests.limits(counter))")
    }

    @Test("a learner's own autism gets a plain note on adjustments; working with autistic children does not")
    func autismNote() {
        #expect(WorkLimit.healthNotes(in: "Im 23 and autistic. I work nights shelf stacking.").contains { $0.contains("autism") })
        #expect(WorkLimit.healthNotes(in: "Teaching assistant, supporting children with autism for 6 years.").isEmpty)
    }

    @Test("computer skills out of date, or work gone over to computers, ask for basic digital skills")
    func digitalGap() {
        #expect(CareerDiagnostician.asksForBasicSkills("Id love to get back into archives, part time, but my IT is probably out of date"))
        #expect(CareerDiagnostician.asksForBasicSkills("scared of how much has changed, all computers now"))
    }

    @Test("'be a carer going into peoples homes' wishes for care work, once the carers who came in are no longer the learner's skills")
    func carerWish() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "in store baker at tesco on nights for 6 years, bread, hot counter, food hygiene level 2. I looked after my nan till she died "
                + "last year and the carers that came in were brilliant, i want to do that, be a carer going into peoples homes."))
        #expect(!heldSkillIDs(diagnostic).contains("personal-care"), "\(heldSkillIDs(diagnostic))")
        let reskills = diagnostic.paths.filter { $0.kind == .reskill }.map(\.occupation.title)
        #expect(reskills.contains { $0.lowercased().contains("care") }, "\(reskills)")
    }

    @Test("a three-letter stem inflected with its consonant doubled is a trade word, not a typo of a vowel away")
    func shortStemKept() {
        #expect(TypoCorrector.isShortStemVowelChange("dagging", "digging"))
        #expect(!TypoCorrector.isShortStemVowelChange("stok", "stock"))
        #expect(!TypoCorrector.isShortStemVowelChange("diging", "digging"))
    }

    @Test("'dagging' on a sheep farm is not read as 'digging'")
    func daggingNotDigging() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "im 16 i live on our family sheep farm. i do the lambing every year, tagging, dagging, foot trimming, drenching."))
        #expect(!diagnostic.notices.contains { $0.contains("\"dagging\"") }, "\(diagnostic.notices)")
        #expect(!heldSkillIDs(diagnostic).contains("groundworks"))
    }
}
