import Testing
@testable import Taxonomy

// MARK: - Careers data round 3: reading what everyday learners write

/// The third careers-data round: the adviser profiles' misreadings (audited over all 79 texts) and the
/// everyday work of shops, kitchens, factories, trades, security, driving and care that an adviser reads
/// at once. Each case fails on the data before that round.
@Suite("Everyday work data, round 3")
struct EverydayWorkRound3Tests {
    typealias Phrase = EverydayJobsExtractionTests.Case

    static let misreadings: [Phrase] = [
        Phrase(job: "supermarket baker", text: "Baking off bread and rolls, decorating cakes, date codes and labelling, food hygiene.",
               expected: ["baking": "Baking off", "stock-control": "date codes and labelling"], absent: ["programming", "painting-and-decorating"]),
        Phrase(job: "factory packer", text: "Packing, checking weights, labels and date codes, metal detector checks.",
               expected: ["quality-control": "checking weights", "stock-control": "labels and date codes"], absent: ["programming"]),
        Phrase(job: "tyre fitter", text: "Tyres, puncture repairs, wheel balancing and tracking, plus exhausts, brake pads and batterys.",
               expected: ["motor-vehicle-maintenance": "puncture repairs"], absent: ["property-maintenance", "battery-technology"]),
        Phrase(job: "milkman", text: "Out at 3 in the morning on the electric float, about 450 drops.",
               expected: ["van-driving": "electric float"], absent: ["electrical-engineering"]),
        Phrase(job: "hospital porter", text: "Taking patients down to x-ray and theatres and running samples to the lab.",
               expected: ["patient-transport": "Taking patients"], absent: ["live-events-and-theatre"]),
        Phrase(job: "estate agent", text: "Viewings, valuations with the branch manager, chasing buyers and solicitors, listings on Rightmove.",
               expected: ["property-and-lettings": "Viewings"], absent: ["procurement"]),
        Phrase(job: "driving instructor", text: "Self employed for 8 years, I do all my own accounts.",
               expected: ["bookkeeping": "my own accounts"], absent: ["accountancy"]),
        Phrase(job: "roofer", text: "Felt and batten, leadwork, fascias and soffits.", expected: ["roofing": "Felt and batten"]),
    ]

    @Test("a word read in the wrong sense no longer yields that skill", arguments: misreadings)
    func misreading(_ item: Phrase) {
        EverydayJobsExtractionTests.check(item)
    }

    static let everyday: [Phrase] = [
        Phrase(job: "butcher", text: "Cutting and boning, making sausages and burgers, serving on the counter, ordering from the farms.",
               expected: ["butchery": "Cutting and boning", "customer-service": "serving on the counter", "stock-control": "ordering from the farms"]),
        Phrase(job: "traffic warden", text: "Issuing tickets on the handheld, wearing a body cam, dealing with angry drivers, writing up notes when people appeal.",
               expected: ["everyday-digital-skills": "on the handheld", "security-operations": "body cam", "conflict-resolution": "dealing with angry",
                          "record-keeping": "writing up notes"]),
        Phrase(job: "bookies cashier", text: "Taking bets and paying out, cashing up and balancing the safe, dealing with drunk or aggressive customers.",
               expected: ["cash-handling": "paying out", "conflict-resolution": "dealing with drunk"]),
        Phrase(job: "shop supervisor", text: "Rotas, training new starters and ordering for my departments.",
               expected: ["training-delivery": "training new starters", "stock-control": "ordering for my departments"]),
        Phrase(job: "kitchen porter", text: "Washing up and pots and pans, veg prep and helping the chefs plate up.",
               expected: ["cleaning": "Washing up", "cooking": "veg prep"]),
        Phrase(job: "plasterer", text: "Plasterboarding, skim coat and float and set on the old houses.", expected: ["plastering": "Plasterboarding"]),
        Phrase(job: "hotel receptionist", text: "Checking guests in and out, bookings on the system and the night audit.",
               expected: ["reception": "Checking guests in", "diary-management": "bookings on the system", "bookkeeping": "night audit"],
               absent: ["auditing"]),
        Phrase(job: "joiner", text: "Hanging doors, fitting kitchens and making staircases; I've had an apprentice for 3 years.",
               expected: ["carpentry-and-joinery": "Hanging doors", "coaching-and-mentoring": "had an apprentice"]),
        Phrase(job: "dinner lady", text: "Serving lunches, playground duty and sorting out fall outs.",
               expected: ["food-and-beverage-service": "Serving lunches", "childcare": "playground duty", "conflict-resolution": "sorting out fall outs"]),
        Phrase(job: "bar manager", text: "Cellar management and cleaning the lines, stock takes and ordering.",
               expected: ["food-and-beverage-service": "Cellar management"]),
    ]

    @Test("everyday work yields the skill an adviser would name, quoting the learner's words", arguments: everyday)
    func everydayWork(_ item: Phrase) {
        EverydayJobsExtractionTests.check(item)
    }

    // MARK: Standards

    /// Whether the bundled standard keeps the skill.
    func keeps(_ reference: String, _ skill: String) -> Bool {
        bundled.data.standards.first { $0.reference == reference }?.skillIDs.contains(skill) ?? false
    }

    @Test("a standard's PPE, yacht rigging and vehicle repairs are not infection control, theatre or property maintenance", arguments: [
        ("ST0264", "infection-prevention-and-control"), ("ST0096", "infection-prevention-and-control"), ("ST0395", "infection-prevention-and-control"),
        ("ST0592", "live-events-and-theatre"), ("ST0031", "property-maintenance"), ("ST0447", "property-maintenance"),
        ("ST0403", "property-maintenance"), ("ST0747", "security-operations"),
    ])
    func standardMisreadingDropped(_ reference: String, _ skill: String) {
        #expect(!keeps(reference, skill), "\(reference) still keeps \(skill)")
    }

    @Test("care, health and beauty standards keep infection control; the abattoir worker is a meat job")
    func standardsKeepTheirSkills() {
        for reference in ["ST0005", "ST0843", "ST0630"] { #expect(keeps(reference, "infection-prevention-and-control"), "\(reference)") }
        #expect(keeps("ST0418", "butchery"))
        #expect(keeps("ST0498", "motor-vehicle-maintenance"))
    }
}
