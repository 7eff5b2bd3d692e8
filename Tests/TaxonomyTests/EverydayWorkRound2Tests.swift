import Testing
@testable import Taxonomy

// MARK: - Careers data round 2: misreadings and everyday work

/// The second careers-data round: words the vocabulary read in the wrong sense, and everyday work
/// an adviser would name at once. Each case fails on the data before that round.
@Suite("Everyday work data, round 2")
struct EverydayWorkRound2Tests {
    typealias Phrase = EverydayJobsExtractionTests.Case

    static let misreadings: [Phrase] = [
        Phrase(job: "car valeter", text: "Valeter at a dealership: cleaning and prepping cars, machine polishing and doing interiors.",
               expected: ["cleaning": "Valeter", "vehicle-body-repair": "machine polishing"],
               absent: ["machining", "foreign-languages", "interior-design"]),
        Phrase(job: "machine operator", text: "Setting up and running injection moulding machines, tool changes and checking parts.",
               expected: ["plastics-and-polymer-processing": "injection moulding"], absent: ["machining"]),
        Phrase(job: "school leaver", text: "I'm 16 and just finished my GCSEs, mostly 4s and 5s and a 6 in biology.",
               expected: [:], absent: ["lean-manufacturing"]),
        Phrase(job: "farm worker", text: "Dairy farm: milking twice a day, calving, feeding, and mucking out the calves.",
               expected: ["herd-management": "milking"], absent: ["nutrition-and-hydration"]),
        Phrase(job: "taxi driver", text: "Private hire driver in Worcester, airport runs and school contracts.",
               expected: ["passenger-transport": "Private hire driver"], absent: ["recruitment", "aviation-operations"]),
        Phrase(job: "bookkeeper", text: "Sales and purchase ledgers, bank reconciliations and VAT returns.",
               expected: ["bookkeeping": "Sales and purchase ledgers", "vat-and-tax": "VAT returns"], absent: ["sales", "financial-services"]),
        Phrase(job: "roofer", text: "Fifteen years of tiling and slating on houses round Worcester.",
               expected: ["roofing": "tiling and slating"], absent: ["wall-and-floor-tiling"]),
        Phrase(job: "sewing machinist", text: "I was a sewing machinist making up curtains on industrial machines.",
               expected: ["fashion-and-textiles": "sewing machinist"], absent: ["machining"]),
    ]

    @Test("a word read in the wrong sense no longer yields that skill", arguments: misreadings)
    func misreading(_ item: Phrase) {
        EverydayJobsExtractionTests.check(item)
    }

    static let everyday: [Phrase] = [
        Phrase(job: "night replenishment", text: "Nights on replen, filling the shelves off the cages, doing gaps and putting deliveries away.",
               expected: ["stock-control": "replen", "retail-operations": "filling the shelves"]),
        Phrase(job: "shop supervisor", text: "Key holder: opening and closing up, taking card payments at the tills.",
               expected: ["taking-responsibility": "Key holder", "cash-handling": "taking card payments"]),
        Phrase(job: "groundsperson", text: "Grounds maintenance: mowing, strimming and marking out pitches.",
               expected: ["landscaping": "Grounds maintenance"], absent: ["assessment-and-feedback"]),
        Phrase(job: "library volunteer", text: "I've volunteered at the library every Saturday, shelving and running the summer reading challenge.",
               expected: ["library-services": "library"]),
        Phrase(job: "activities coordinator", text: "Activities coordinator at a care home, planning activities with the residents.",
               expected: ["person-centred-care": "Activities coordinator", "planning-and-organisation": "planning activities"]),
        Phrase(job: "dental nurse", text: "Dental nurse: chairside assisting and covering reception.",
               expected: ["dental-nursing": "Dental nurse", "reception": "reception"]),
        Phrase(job: "scaffolder", text: "Nine years with my CISRS part 2 card: tube and fitting and system scaff.",
               expected: ["scaffolding": "CISRS"]),
        Phrase(job: "car salesman", text: "Five years in car sales at a Ford dealership.", expected: ["sales": "car sales"]),
        Phrase(job: "phone shop", text: "Setting up new phones and moving data across, stats in excel.",
               expected: ["it-support": "Setting up new phones", "spreadsheets": "in excel"]),
    ]

    @Test("everyday work yields the skill an adviser would name, quoting the learner's words", arguments: everyday)
    func everydayWork(_ item: Phrase) {
        EverydayJobsExtractionTests.check(item)
    }

    @Test("a taxi driver's and a bookkeeper's job titles imply their everyday skills")
    func jobTitlesImplySkills() {
        let taxi = Set(bundled.extract("Taxi driver for eleven years.").skills.map(\.skillID))
        #expect(taxi.isSuperset(of: ["passenger-transport", "driving-licence", "customer-service"]), "\(taxi)")
        let bookkeeper = Set(bundled.extract("Previously a bookkeeper for a builders merchant.").skills.map(\.skillID))
        #expect(bookkeeper.isSuperset(of: ["bookkeeping", "record-keeping", "data-entry"]), "\(bookkeeper)")
    }

    /// Whether the bundled standard keeps the skill.
    func keeps(_ reference: String, _ skill: String) -> Bool {
        bundled.data.standards.first { $0.reference == reference }?.skillIDs.contains(skill) ?? false
    }

    @Test("library services is a skill of the library and archives standards, not of a bid or software library")
    func libraryServices() {
        #expect(keeps("ST0664", "library-services"))
        #expect(keeps("ST0904", "library-services"))
        for reference in ["ST0056", "ST0944", "ST0949", "ST1021"] { #expect(!keeps(reference, "library-services"), "\(reference)") }
    }

    @Test("a furniture maker's polish is not a foreign language, a midwife's or a groom's feeding not care nutrition", arguments: [
        ("ST0203", "foreign-languages"), ("ST0639", "foreign-languages"), ("ST0166", "nutrition-and-hydration"), ("ST0389", "nutrition-and-hydration"),
        ("ST0549", "machining"), ("ST0442", "interior-design"), ("ST0439", "vehicle-body-repair"),
    ])
    func standardMisreadingDropped(_ reference: String, _ skill: String) {
        #expect(!keeps(reference, skill), "\(reference) still keeps \(skill)")
    }
}
