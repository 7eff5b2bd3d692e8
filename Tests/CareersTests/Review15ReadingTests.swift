@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 15: everyday words read in their sense, trade words read, conditions read for what they close

/// Review 15's learners (development data): a word is read in the sense its sentence gives it, a trade's
/// own word is never "corrected" into another, someone else's job is not the learner's skill, and a
/// condition closes what it actually limits.
@Suite("Review 15 reading: words in their sense, conditions for what they close")
struct Review15ReadingTests {
    // MARK: Spelling

    @Test("a word made of a prefix and a real word ('resoling') and a word written in mixed case ('iPads', 'PCBs') are never 'corrected'")
    func tradeWordsNotCorrected() async throws {
        let cobbler = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Ive run a shoe repair and cobblers kiosk for 11 years, resoling, heels, stretching boots, leather work. I help residents with their iPads."))
        let read = cobbler.notices.filter { $0.hasPrefix("Read ") }
        #expect(read.isEmpty, "\(read)")
        #expect(TypoCorrector.isMixedCase("iPads") && TypoCorrector.isMixedCase("PCBs") && !TypoCorrector.isMixedCase("HACCP"))
        #expect(!TypoCorrector.isMixedCase("Custmer"))
    }

    // MARK: Words in their sense

    @Test("everyday words are not skills: a coach firm, my meds, a fall off a ladder, 'be good in', AI among cows, a guillotine for sheet metal")
    func everydayWordsInTheirSense() async throws {
        let cases: [(text: String, notHeld: String)] = [
            ("Coach driver 16 years for a family coach firm in evesham, school contracts and day trips.", "coaching-and-mentoring"),
            ("packer at a fulfilment warehouse. I have bipolar disorder, its under control with meds.", "medication-administration"),
            ("Receptionist at a hotel 9 years. I have bipolar, I take my meds every morning.", "medication-administration"),
            ("chauffeur 9 years, airport runs. fell off a ladder at home 2 years ago, spinal cord injury.", "working-at-height"),
            ("Milkman for 20 years. I think id be good in a care home.", "warehouse-operations"),
            ("Herdsman on a dairy farm, milking, calving, foot trimming, AI (DIY AI course), heat detection.", "artificial-intelligence"),
            ("sheet metal worker at a firm 12 years, guillotine, press brake, folding, MIG welding, reading drawings.", "printing"),
            ("self employed locksmith 9 years, lockouts, upvc door mechanisms, changing euro cylinders.", "motor-vehicle-maintenance"),
        ]
        for (text, notHeld) in cases {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            #expect(!heldSkillIDs(diagnostic).contains(notHeld), "\(text): \(heldSkillIDs(diagnostic).sorted())")
        }
        // The same words in their skill's sense are still read.
        let carer = try await TestCatalogue.diagnose(LearnerProfile(text: "Senior carer in a nursing home, doing the meds round and care plans."))
        #expect(heldSkillIDs(carer).contains("medication-administration"), "\(heldSkillIDs(carer).sorted())")
        let printer = try await TestCatalogue.diagnose(LearnerProfile(text: "Print finisher 8 years, guillotine operator, folding machines, litho press."))
        #expect(heldSkillIDs(printer).contains("printing"), "\(heldSkillIDs(printer).sorted())")
    }

    @Test("a trade's own words are read: locks and cylinders, multimeter and PCBs, press brake, kayaking and DofE, orthopaedic shoe work")
    func tradeWordsRead() async throws {
        let cases: [(text: String, held: String)] = [
            ("self employed locksmith 9 years, lockouts, changing euro cylinders, safe opening, master key suites for a school.", "locksmithing"),
            ("appliance repair engineer, fault finding with a multimeter, replacing PCBs, updating firmware.", "electronics"),
            ("sheet metal worker 12 years, guillotine, press brake, folding, cabinets and enclosures.", "metal-fabrication"),
            ("16 year old, i go kayaking on the severn with the scouts and ive done my bronze dofe.", "outdoor-activities"),
            ("cobbler 11 years, resoling, leather work, orthopaedic adjustments to shoes for customers with one leg shorter.", "orthotics"),
        ]
        for (text, held) in cases {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            #expect(heldSkillIDs(diagnostic).contains(held), "\(text): \(heldSkillIDs(diagnostic).sorted())")
        }
    }

    @Test("an acquaintance's job is theirs: 'a mate of mine is a lift engineer', 'one of my friends is a nurse'")
    func acquaintanceJob() {
        let text = "self employed locksmith 9 years. A mate of mine is a lift engineer and earns twice what I do, I want a change."
        let blanked = OthersClauses.blanked(text)
        #expect(!blanked.contains("lift engineer"), "\(blanked)")
        #expect(blanked.contains("I want a change"), "\(blanked)")
        #expect(!OthersClauses.blanked("Retail 5 years. One of my friends is a nurse.").contains("nurse"))
        // The learner's own words after an article are theirs: "a family firm" is no acquaintance.
        #expect(OthersClauses.blanked("A family firm took me on as a plumber.").contains("plumber"))
    }

    // MARK: Conditions

    @Test("vertigo (Ménière's) closes heights, driving and machinery, not lifting or care; a surrendered licence closes driving")
    func vertigoReadForWhatItLimits() {
        let text = "Milkman for 20 years. last year I got diagnosed with Menieres disease, I get vertigo attacks out of nowhere and I've lost "
            + "some hearing in my left ear, I have had to surrender my licence for now. I think id be good in a care home."
        let limits = WorkLimitReadingTests.limits(text)
        #expect(limits.contains("work at height, driving or operating machinery"), "\(limits)")
        #expect(limits.contains("driving"), "\(limits)")
        #expect(!limits.contains("lifting or climbing"), "\(limits)")
        #expect(CareerDiagnostician.limitNotice(WorkLimit.vertigo).contains("does not rule out lifting or caring"))
    }

    @Test("a lost leg and 'cant climb' are a physical limit; a wheelchair user is not sent to drive for a living")
    func limbAndWheelchair() {
        let amputee = "demolition operative 11 years. i lost my right leg below the knee in a car crash, im walking on a prosthetic now but "
            + "i cant climb or do rough ground."
        #expect(WorkLimitReadingTests.limits(amputee).contains("lifting or climbing"), "\(WorkLimitReadingTests.limits(amputee))")
        #expect(WorkLimitReadingTests.limits("Roofer 20 years, i cant climb any more.").contains("lifting or climbing"))
        let chauffeur = "chauffeur 9 years. fell off a ladder 2 years ago, spinal cord injury, im a wheelchair user now, paraplegic."
        let limits = WorkLimitReadingTests.limits(chauffeur)
        #expect(limits.contains("driving for a living") && limits.contains("lifting or climbing"), "\(limits)")
    }

    @Test("hours said to make the learner ill are a night-work limit; 'my back and the hours are killing me' is a bad back")
    func hoursAndBack() {
        let packer = "packer at a warehouse. I have bipolar disorder, its under control with meds but night shifts and overtime make me unwell."
        #expect(WorkLimitReadingTests.limits(packer).contains("night or shift work"), "\(WorkLimitReadingTests.limits(packer))")
        let driver = "Coach driver 16 years. Im 52 and my back and the hours are killing me."
        #expect(WorkLimitReadingTests.limits(driver).contains("lifting or climbing"), "\(WorkLimitReadingTests.limits(driver))")
        // Not a complaint: the back is fine.
        #expect(!WorkLimitReadingTests.limits("Coach driver 16 years. My back and the knees are fine.").contains("lifting or climbing"))
    }
}
