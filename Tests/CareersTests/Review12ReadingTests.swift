@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 12: limits named in the learner's sense, returners heard, adults kept adult

/// Review 12's learners (development data): what a learner says is read in the sense they mean it.
@Suite("Review 12 reading: limits, returners and age")
struct Review12ReadingTests {
    static func limits(_ text: String) -> [String] { WorkLimitReadingTests.limits(text) }

    @Test("leaving a workplace ('cant do the pool anymore') is no skin condition; a skin complaint still is")
    func poolIsNoSkinCondition() {
        let text = "swimming teacher 7 years at a leisure centre. I got long term ME/chronic fatigue after a virus and I cant do the pool anymore"
        #expect(!Self.limits(text).contains("wet work or chemicals"), "\(Self.limits(text))")
        #expect(Self.limits(text).contains("physically demanding or long-hours work"))
        let chlorine = "Lifeguard for 5 years. My skin has got really bad from the chlorine and I need to get out of pools."
        #expect(Self.limits(chlorine).contains("wet work or chemicals"))
    }

    @Test("a pupil not wanting to sit in a classroom rules out studying there, not teaching; a teacher leaving the classroom still does")
    func classroomSense() {
        let pupil = "im 16 and in year 11. i love being outside and dont want to sit in a classroom. want to be a groundsman"
        #expect(!Self.limits(pupil).contains("classroom teaching"), "\(Self.limits(pupil))")
        let teacher = "Secondary teacher 12 years, I cant face the classroom any more, burnt out."
        #expect(Self.limits(teacher).contains("classroom teaching"))
    }

    @Test("someone back from time away caring for family or children hears the returner note", arguments: [
        "I did alterations for a dry cleaners in Malvern for 11 years. Finished 2018 to look after my mum who had dementia, she passed last year.",
        "Housing officer 2006-2015, tenancy management. Left when my son was born (he has cerebral palsy). Want to go back, part time",
        "visitor services assistant at a museum 2012-2019, tickets, shop, tours. been home with twins since. love history.",
    ])
    func returnerHeard(_ text: String) {
        #expect(ReturnerNotice.notice(in: text) != nil)
        // The diagnostic reads the text with someone else's clauses blanked ("my son was born").
        #expect(ReturnerNotice.notice(in: OthersClauses.blanked(text)) != nil, "\(OthersClauses.blanked(text))")
    }

    @Test("a working parent changing hours to look after children is not told it", arguments: [
        "Chef, I stopped doing nights to look after the kids in the day, still on lunches.",
        "Receptionist, I left early on fridays to look after my son.",
    ])
    func notReturner(_ text: String) {
        #expect(ReturnerNotice.notice(in: text) == nil)
    }

    @Test("an adult leading a line, team or shift is not a school leaver because they name a GCSE")
    func leaderIsAdult() {
        let text = "I work on the bottling line, line operative then line leader for the last 3 years, training new starters. "
            + "I'd like to be a food technologist, I've got GCSE science grade 5"
        #expect(!CareerDiagnostician.isEarlyCareer(text))
        #expect(CareerDiagnostician.isEarlyCareer("I'm 16 doing my GCSEs, I help at my uncle's garage on saturdays."))
    }

    // MARK: Wishes

    static func wishes(_ text: String) -> (history: String, wishes: String) {
        let split = CareerDiagnostician.splitAspirations(text)
        return (split.history.lowercased(), split.wishes.joined(separator: " | ").lowercased())
    }

    @Test("what the learner lacks or is good at, said after a wish, is where they stand, not a wish")
    func lackAndStrengthAfterWish() {
        let sewing = Self.wishes("Im 57. Would like to get back to sewing, maybe from home, or a job in a shop, not sure where to start, no computer skills")
        #expect(!sewing.wishes.contains("computer"), "\(sewing)")
        #expect(sewing.wishes.contains("sewing"))
        let organising = Self.wishes("looking for something I can do from home part time, i'm good at organising")
        #expect(!organising.wishes.contains("organising") && organising.history.contains("organising"), "\(organising)")
        // A field the learner likes still names their wish.
        let animals = Self.wishes("I want to work outdoors, i'm good with animals")
        #expect(animals.wishes.contains("animals"), "\(animals)")
    }

    @Test("a wish opened by 'fancy' or 'want something', and a question whether they hold a ticket, are not held skills")
    func wishOpeners() {
        let aircon = Self.wishes("Sick of being out in the rain. Fancy air conditioning and refrigeration engineer, fitting and servicing aircon units. have F gas? no not yet")
        #expect(aircon.wishes.contains("air conditioning") && aircon.wishes.contains("f gas"), "\(aircon)")
        #expect(!aircon.history.contains("f gas") && !aircon.history.contains("refrigeration"), "\(aircon)")
        let van = Self.wishes("had a heart attack in the summer. want something steady, maybe office or driving a van locally")
        #expect(van.wishes.contains("driving a van") && !van.history.contains("driving a van"), "\(van)")
    }

    // MARK: Conditions that deserve a word, and limits named as the learner gave them

    @Test("a stammer and a heart condition of the learner's own get a plain word; someone else's do not")
    func healthNotes() {
        let welder = "Welder fabricator, 8 yrs. I have a bad stammer, its worse on the phone and in interviews."
        #expect(WorkLimit.healthNotes(in: welder).contains { $0.contains("stammer") && $0.contains("Access to Work") })
        let driver = "traffic management operative 11 years. had a heart attack in the summer age 56, stent fitted."
        #expect(WorkLimit.healthNotes(in: driver).contains { $0.contains("DVLA") && $0.contains("plant") })
        #expect(WorkLimit.healthNotes(in: "Speech therapy assistant helping children with a stammer. My dad had a heart attack.").isEmpty)
    }

    @Test("a tiler who can no longer kneel is told the physical limit covers kneeling, not only lifting or climbing")
    func kneelingNamed() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "self employed wall and floor tiler 22 years, bathrooms kitchens, wet rooms, pricing jobs, ordering materials, dealing "
                + "with customers. I'm 52 and both knees are done, surgeon says no more kneeling.",
            currentTitle: "Wall and floor tiler"))
        let whys = diagnostic.reskill.map(\.why.summary).joined(separator: " ")
        #expect(!whys.contains("(lifting or climbing)"), "\(whys)")
        #expect(whys.contains("(physical work such as heavy lifting, kneeling or climbing)"), "\(whys)")
    }
}
