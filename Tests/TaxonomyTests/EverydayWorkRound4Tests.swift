import Testing
@testable import Taxonomy

// MARK: - Careers data round 4: reading skills and current jobs right

/// The fourth careers-data round (issue 6, review 3 defects 4 and 5): words read in another sense, phrases
/// read across a comma, everyday work the vocabulary missed, and job titles placed in the wrong SOC 2020
/// unit group. Each case fails on the data and rules before that round.
@Suite("Everyday work data, round 4")
struct EverydayWorkRound4Tests {
    typealias Phrase = EverydayJobsExtractionTests.Case

    // MARK: Misreadings

    static let misreadings: [Phrase] = [
        Phrase(job: "office cleaner", text: "Office cleaner on the evening shift, I use the floor buffer and mop the floors.",
               expected: ["cleaning": "cleaner"], absent: ["flooring"]),
        Phrase(job: "retail team leader's CV", text: "2019 - present Team Leader, B&M Bargains. Cashing up and banking, reach truck and counterbalance licensed.",
               expected: ["people-management": "Team Leader", "cash-handling": "Cashing up and banking", "forklift-operation": "reach truck"],
               absent: ["presentation-skills", "financial-services", "licensing"]),
        Phrase(job: "kitchen porter", text: "Kitchen porter at a hotel: washing up, pots and pans.", expected: ["cleaning": "washing up"],
               absent: ["patient-transport"]),
        Phrase(job: "removals porter", text: "Removals porter for six years, packing and wrapping furniture.", expected: [:], absent: ["patient-transport"]),
        Phrase(job: "highways operative", text: "Filling potholes, setting out traffic management and clearing gullys.",
               expected: ["highways-maintenance": "setting out traffic management"], absent: ["land-surveying", "management"]),
        Phrase(job: "window cleaner", text: "Ladders and water fed pole, gutter clearing, fascias and conservatory roofs.",
               expected: ["working-at-height": "Ladders"], absent: ["roofing"]),
        Phrase(job: "hospital porter", text: "Taking patients down to x-ray, and the nurses keep telling me I should go for the HCA job.",
               expected: ["patient-transport": "Taking patients"], absent: ["nursing-care"]),
        Phrase(job: "school caretaker", text: "Opening and locking up, small repairs, fire alarm tests and gritting.",
               expected: ["property-maintenance": "small repairs"], absent: ["landscaping"]),
    ]

    @Test("a word read in the wrong sense no longer yields that skill", arguments: misreadings)
    func misreading(_ item: Phrase) {
        EverydayJobsExtractionTests.check(item)
    }

    @Test("a phrase is not read across a comma, and a number in a form is not matched by other words")
    func clauseBreaksAndNumbers() {
        // "deliveries, driver" is not a delivery driver (whose job implies transport planning).
        let hgv = bundled.extract("HGV class 1 driver, tachograph, multi drop deliveries, driver CPC up to date.")
        #expect(!hgv.skillIDs.contains("transport-planning"))
        #expect(!hgv.skills.contains { $0.text == "deliveries, driver" })
        // "year 2 class" shares the words of "class 2" (HGV driving) only through the engine fallback.
        let assistant = bundled.extract("Teaching assistant in a year 2 class, running phonics groups, hearing readers.")
        #expect(!assistant.skillIDs.contains("hgv-driving"))
        #expect(bundled.extract("I drive class 2 for a builders merchant.").skillIDs.contains("hgv-driving"))
        // A form written with a comma still reads the same list ("equality, diversity, and inclusion").
        #expect(bundled.extract("We follow health, safety and environmental rules.").skillIDs.contains("health-and-safety"))
    }

    // MARK: Everyday work

    static let everyday: [Phrase] = [
        Phrase(job: "GP receptionist", text: "Booking appointments on EMIS, scanning letters and dealing with upset patients.",
               expected: ["health-records": "EMIS", "record-digitalisation": "scanning letters", "patience": "upset patients"]),
        Phrase(job: "dairy farm worker", text: "Milking, calving, tractor driving and fencing, I have my pesticide PA1 and PA2.",
               expected: ["herd-management": "Milking", "landscaping": "fencing"]),
        Phrase(job: "nursery worker", text: "Changing nappies, doing observations and learning journals.", expected: ["early-years-education": "learning journals"]),
        Phrase(job: "nurse", text: "Good with people and computers.", expected: ["interpersonal-skills": "Good with people"]),
        Phrase(job: "floor layer", text: "Laying floors and carpet fitting for 10 years.", expected: ["flooring": "Laying floors"]),
    ]

    @Test("everyday work yields the skill an adviser would name, quoting the learner's words", arguments: everyday)
    func everydayWork(_ item: Phrase) {
        EverydayJobsExtractionTests.check(item)
    }

    // MARK: Standards

    func keeps(_ reference: String, _ skill: String) -> Bool {
        bundled.data.standards.first { $0.reference == reference }?.skillIDs.contains(skill) ?? false
    }

    @Test("a floorlayer's vinyl welding, a radio technician's user feedback and heritage structures are not welding, UX design or museum work", arguments: [
        ("ST0504", "welding"), ("ST0757", "user-experience-design"), ("ST0767", "museum-and-heritage"), ("ST0010", "supply-chain-management"),
    ])
    func standardMisreadingDropped(_ reference: String, _ skill: String) {
        #expect(!keeps(reference, skill), "\(reference) still keeps \(skill)")
    }

    @Test("standards keep the skills their own words name")
    func standardsKeepTheirSkills() {
        #expect(keeps("ST0767", "heritage-building-skills"))
        #expect(keeps("ST0053", "highways-maintenance"))
        #expect(keeps("ST0163", "health-and-safety"))  // "health, safety and environmental standards"
        #expect(keeps("ST0504", "flooring"))
    }

    // MARK: Job titles to SOC 2020 unit groups

    func topUnitGroup(_ title: String) -> String? {
        bundled.matchOccupations(title, scheme: .soc2020, top: 3).results.first?.code
    }

    @Test("a job title coded to several unit groups goes to the one its own name is", arguments: [
        ("Butcher", "5431"), ("Joiner", "5316"), ("Teaching assistant", "6112"), ("Hairdresser", "6221"), ("Healthcare assistant", "6131"),
        ("care assistant", "6135"), ("office cleaner", "9223"),
    ])
    func titleToItsOwnGroup(_ title: String, _ code: String) {
        #expect(topUnitGroup(title) == code, "\(title) → \(topUnitGroup(title) ?? "none")")
    }

    @Test("a title is not placed among more senior posts its words only resemble")
    func seniorTitles() {
        #expect(topUnitGroup("Customer service advisor") != "4143")
        #expect(OccupationSeniority.isSenior("Customer service managers") && !OccupationSeniority.isSenior("Customer service advisor"))
        // A senior title keeps its senior groups.
        #expect(topUnitGroup("Bar manager") == "5436")
    }

    @Test("equal means equal as written: an office is not an officer")
    func equalAsWritten() {
        let office = bundled.matchOccupations("office", scheme: .soc2020, top: 1).results
        #expect(!(office.first?.equalsJobTitle ?? false))
        #expect(bundled.matchOccupations("Butcher", scheme: .soc2020, top: 1).results.first?.equalsJobTitle == true)
    }
}
