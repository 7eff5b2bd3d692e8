@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 14: everyday words in their sense, conditions and circumstances read, adults kept adult

/// Review 14's learners (development data): words about other people's jobs are theirs, a trade's own
/// words are read, a condition, a record or a ceiling on hours is heard, and an adult who names a school
/// qualification is still an adult.
@Suite("Review 14 reading: words, conditions, circumstances and stage")
struct Review14ReadingTests {
    // MARK: Adults not put back at school

    @Test("any adult sign outranks a school qualification word, even beside a stated adult age", arguments: [
        "Ive worked at the abattoir near evesham 9 years, boning and trimming lamb, knife skills, HACCP. Im 35. I got 5s in my science GCSEs",
        "ice cream van driver, its my own van, 7 summers round malvern, running the business, accounts. I'm 31, I did a BTEC in sport years ago.",
        "Marquee erector for an events company, 6 seasons. I did a BTEC at college.",
    ])
    func adultNotStartingOut(_ text: String) {
        #expect(!CareerDiagnostician.isEarlyCareer(text), "\(text)")
        #expect(LearnerProfile(text: text).resolvingAgeBand().constraints.ageBand == .adult)
    }

    @Test("a learner who states an age under 19 stays young, whatever years they name")
    func youngStaysYoung() {
        let text = "im 17 doing a BTEC in engineering at college, ive been in the sea cadets for 5 years"
        #expect(CareerDiagnostician.isEarlyCareer(text))
        #expect(LearnerProfile(text: text).resolvingAgeBand().constraints.ageBand == .youth)
    }

    // MARK: A ceiling on hours is a part-time wish

    @Test("'cant do full time', '20 hrs max' and 'no more than 16 hours' are part-time wishes wherever they are said", arguments: [
        "I have fibromyalgia, some weeks I cant get out of bed. I cant do full time, 20 hrs max.",
        "Catering assistant 6 years. 20hrs max because of my health.",
        "Retail for 10 years. No more than 16 hours a week with my condition.",
        "Shop work, up to 25 hours a week is all I can manage.",
    ])
    func hourCeiling(_ text: String) {
        #expect(Circumstances.read(wishes: "", text: text).partTime, "\(text)")
    }

    @Test("hours worked or a floor on hours are no part-time wish", arguments: [
        "I work 40 hours a week in a warehouse.",
        "I want more than 20 hours a week, my contract is only 16.",
        "Full time is fine, I can do 45 hours.",
    ])
    func hoursNoCeiling(_ text: String) {
        #expect(!Circumstances.limitsHours(text), "\(text)")
    }

    // MARK: Conditions and a record

    @Test("Tourette's is heard, with adjustments, Access to Work and Tourettes Action")
    func tourettes() {
        let notes = WorkLimit.healthNotes(in: CareerDiagnostician.padded(
            "Household recycling centre operative 4 yrs. I have Tourettes, my tics get much worse when im stressed."))
        #expect(notes.contains { $0.contains("Tourette") && $0.contains("Access to Work") }, "\(notes)")
        #expect(WorkLimit.healthNotes(in: " my son has tourettes so i work school hours ").isEmpty)
    }

    @Test("a health condition of the learner's own gets one line naming Access to Work", arguments: [
        "self employed handyman 20 years. I was diagnosed with MS 2 years ago, my hands go numb.",
        "block paving layer 15 yrs. Had 2 prolapsed discs and sciatica, had surgery in the summer.",
        "Catering assistant. I have endometriosis and fibromyalgia, chronic pain and bad fatigue.",
    ])
    func accessToWork(_ text: String) {
        let notes = WorkLimit.healthNotes(in: text.lowercased())
        #expect(notes.filter { $0.contains("Access to Work") }.count == 1, "\(notes)")
    }

    @Test("no condition, a denied one or someone else's gets no Access to Work line", arguments: [
        "Warehouse operative 5 years, forklift licence, no back problems.",
        "Care assistant, I look after residents with arthritis and diabetes.",
        "my mum has MS and I want an office job",
    ])
    func noAccessToWork(_ text: String) {
        #expect(!WorkLimit.healthNotes(in: CareerDiagnostician.padded(text)).contains { $0.contains("Access to Work") }, "\(text)")
    }

    @Test("prison, a licence or a record gets the note on disclosure (Unlock, Nacro) and is heard as time away")
    func record() {
        let text = "released from prison in march after 2 and a half years, on licence til next year. before that i was a shopfitter 10 years. "
            + "want to get back into construction, i know i can do the work but who will take me on with a record"
        let note = ConvictionNote.notice(in: text)
        #expect(note?.contains("Unlock") == true && note?.contains("Nacro") == true && note?.contains("spent") == true)
        #expect(ReturnerNotice.notice(in: OthersClauses.blanked(text)) != nil)
    }

    @Test("a prison officer's job, a clean record or a record of something else is no record", arguments: [
        "prison officer for 8 years at HMP Hewell, I want a change.",
        "I have no criminal record and a full driving licence.",
        "Bar manager, I kept my record of sales every week and held the premises licence.",
    ])
    func noRecord(_ text: String) {
        #expect(ConvictionNote.notice(in: text) == nil, "\(text)")
    }

    // MARK: Other people's roles

    @Test("a worker the learner works beside or for is not their own job", arguments: [
        "Loft insulation installer 4 years. Also fitted a few solar panels with the sparky we sub to. im not an electrician.",
        "I was labouring for a plumber for a year and now work in a shop.",
    ])
    func besideWorker(_ text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        let held = heldSkillIDs(diagnostic)
        #expect(held.isDisjoint(with: ["electrical-installation", "plumbing"]), "\(held)")
    }

    @Test("my teacher's word is the teacher's, and a foster or family carer's caring is not paid care work")
    func teacherAndFamilyCarer() async throws {
        let yoga = try await TestCatalogue.diagnose(LearnerProfile(
            text: "chimney sweep 15 years, sweeping, smoke tests, fitting cowls. Ive done yoga for 10 years and my teacher says I should train."))
        #expect(!heldSkillIDs(yoga).contains("teaching"), "\(heldSkillIDs(yoga))")
        let mother = try await TestCatalogue.diagnose(LearnerProfile(
            text: "medical laboratory assistant 2007 to 2016, specimen reception, centrifuging. Ive been his full time carer for 8 years."))
        #expect(heldSkillIDs(mother).isDisjoint(with: ["moving-and-handling", "personal-care"]), "\(heldSkillIDs(mother))")
    }

    // MARK: Trade words

    @Test("a trade's own words are read as its skills, and everyday words are not misread")
    func tradeWords() async throws {
        let paver = try await TestCatalogue.diagnose(LearnerProfile(
            text: "driveway and block paving layer 15 yrs, resin, tarmac, patios, sub base, whacker plate and mini digger, marking out, laser level."))
        let paving = heldSkillIDs(paver)
        #expect(paving.isSuperset(of: ["landscaping", "plant-operation"]), "\(paving)")
        let fitter = try await TestCatalogue.diagnose(LearnerProfile(
            text: "shopfitter 10 years for a firm in droitwich, stud walls, MDF units, suspended ceilings, counters, reading drawings."))
        #expect(heldSkillIDs(fitter).isSuperset(of: ["carpentry-and-joinery", "plastering"]), "\(heldSkillIDs(fitter))")
        let crew = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Marquee erector for an events hire company, 6 seasons, running the power and festoon lighting, hiring in generators."))
        #expect(!heldSkillIDs(crew).contains("recruitment"), "\(heldSkillIDs(crew))")
        let sweep = try await TestCatalogue.diagnose(LearnerProfile(
            text: "chimney sweep 15 years, sweeping, CCTV chimney surveys, smoke tests, fitting cowls and bird guards."))
        #expect(!heldSkillIDs(sweep).contains("fire-and-security-systems"), "\(heldSkillIDs(sweep))")
        let tip = try await TestCatalogue.diagnose(LearnerProfile(
            text: "recycling centre operative 4 yrs. Ive always fixed cars with my uncle, wiring faults and diagnostics on the laptop."))
        #expect(!heldSkillIDs(tip).contains("electrical-installation"), "\(heldSkillIDs(tip))")
        #expect(heldSkillIDs(tip).contains("motor-vehicle-maintenance"), "\(heldSkillIDs(tip))")
    }
}
