import Testing
@testable import Taxonomy

// MARK: - Review 13: words read in the sense the learner means

/// Review 13's learners (development data): a place or firm named by a skill word, a staffing pool,
/// a light fitting and someone else's job are no skills of the learner's.
@Suite("Review 13 word senses")
struct Review13WordSenseTests {
    static func ids(_ text: String) -> Set<String> {
        Set(bundled.extract(text).skillIDs)
    }

    @Test("a mill named by what it makes is a workplace, not milling on a machine; milling on a lathe still is")
    func millIsAPlace() {
        let cider = Self.ids("Production operative at a cider mill near Pershore for 5 years - pressing, fermentation tanks, bottling and kegging.")
        #expect(!cider.contains("machining"), "\(cider)")
        #expect(!Self.ids("Packer at a paper mill for ten years.").contains("machining"))
        #expect(Self.ids("Setter operator, milling and turning on manual machines.").contains("machining"))
    }

    @Test("bank shifts and bank staff are a staffing pool, not banking; banking still is")
    func bankIsAStaffPool() {
        let hca = Self.ids("healthcare assistant on an elderly care ward 2005 to 2014, obs, washing and dressing, bank shifts at the end.")
        #expect(!hca.contains("financial-services"), "\(hca)")
        #expect(Self.ids("Cashier in banking for six years, opening accounts.").contains("financial-services"))
    }

    @Test("St John Ambulance is a charity named, not ambulance work; ambulance work still is")
    func charityName() {
        let cadet = Self.ids("Did St John Ambulance cadets for 3 years, first aid.")
        #expect(!cadet.contains("ambulance-and-emergency-care"), "\(cadet)")
        #expect(cadet.contains("first-aid"))
        #expect(Self.ids("Ambulance care assistant for 4 years.").contains("ambulance-and-emergency-care"))
    }

    @Test("changing light fittings and fluorescent tubes is no scaffolding; tube and fitting scaffolding still is")
    func lightFittings() {
        let caretaker = Self.ids("small repairs, changing light fittings and fluorescent tubes, painting, grit the paths in winter")
        #expect(!caretaker.contains("scaffolding"), "\(caretaker)")
        #expect(Self.ids("Scaffolder, tube and fitting and system scaff, CISRS card.").contains("scaffolding"))
    }

    @Test("a porter at a removals firm carries furniture, not patients; a hospital porter still moves patients")
    func removalsPorter() {
        let removals = Self.ids("Removals driver and porter for a family removals firm in Droitwich, 7 years.")
        #expect(!removals.contains("patient-transport"), "\(removals)")
        #expect(Self.ids("Porter at the hospital for 5 years, taking patients to x-ray.").contains("patient-transport"))
    }

    @Test("a gamekeeper's feeders and water lines are no food production line; rearing birds and predator control are his skills")
    func gamekeeper() {
        let keeper = Self.ids(
            "beat keeper on a shooting estate 14 years. rearing pheasants and partridge from day olds, release pens, feeders and water lines, predator control and traps")
        #expect(!keeper.contains("food-production"), "\(keeper)")
        #expect(keeper.isSuperset(of: ["animal-care", "pest-control"]), "\(keeper)")
        #expect(Self.ids("Line feeder on the salad and veg lines at a food factory.").contains("food-production"))
    }

    @Test("a hearing care assistant is not a care assistant: the longer title is the job")
    func hearingCareAssistant() {
        let hearing = Self.ids("i was a hearing care assistant at an independent hearing centre, booking appointments, retubing and cleaning hearing aids")
        #expect(!hearing.contains("personal-care") && !hearing.contains("moving-and-handling"), "\(hearing)")
        #expect(hearing.contains("hearing-and-sight-loss-support"), "\(hearing)")
        #expect(Self.ids("Care assistant at a nursing home for 6 years.").contains("personal-care"))
    }

    @Test("a licence the learner says was taken away is not held, though their job once implied it; one never lost still is")
    func licenceTaken() {
        let courier = bundled.extract("multi drop courier van driver 8 years. I was diagnosed with epilepsy and the DVLA have taken my licence.")
        #expect(!courier.skillIDs.contains("driving-licence"), "\(courier.skillIDs)")
        #expect(courier.negated.contains { $0.skillID == "driving-licence" })
        #expect(Self.ids("Courier for 5 years. I have never lost my licence.").contains("driving-licence"))
    }
}

// MARK: - Other people's jobs

@Suite("Review 13: clauses about other people")
struct Review13OthersClausesTests {
    @Test("a person named without 'my' is still someone else: 'Husband is in the army'")
    func barePerson() {
        let text = "School office administrator 2011-2018. Husband is in the army and we were posted to Germany then Cyprus."
        let blanked = OthersClauses.blanked(text)
        #expect(!blanked.contains("army"), "\(blanked)")
        #expect(blanked.contains("we were posted") && blanked.contains("School office administrator"))
        // "Manager of a pizza takeaway" is the learner's own job: no verb follows the person word.
        #expect(OthersClauses.blanked("Manager of a pizza takeaway in Redditch.") == "Manager of a pizza takeaway in Redditch.")
    }

    @Test("'the carers that came in' are other people; 'the patients who I cared for' are the learner's work")
    func groupOfOthers() {
        let text = "I looked after my nan till she died last year and the carers that came in were brilliant, i want to do that"
        let blanked = OthersClauses.blanked(text)
        #expect(!blanked.contains("carers"), "\(blanked)")
        #expect(blanked.contains("i want to do that"))
        let own = "Nurse for 10 years and the patients who I cared for loved me."
        #expect(OthersClauses.blanked(own).contains("patients"))
    }
}
