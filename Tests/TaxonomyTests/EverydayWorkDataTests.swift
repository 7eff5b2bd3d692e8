import Testing
@testable import Taxonomy

// MARK: - Everyday work in the taxonomy data

/// The careers-data round: everyday wording in `skills.txt` and `job-titles.txt`, and the core skills
/// `occupation-skills.txt` gives everyday standards from their own K/S/B statements. Each case fails
/// on the data before that round.
@Suite("Everyday work data")
struct EverydayWorkDataTests {
    typealias Phrase = EverydayJobsExtractionTests.Case

    static let phrases: [Phrase] = [
        Phrase(job: "beauty therapist", text: "Beauty therapist in a spa: facials and waxing, sterilising equipment between clients and taking bookings.",
               expected: ["beauty-therapy": "Beauty therapist", "infection-prevention-and-control": "sterilising equipment",
                          "diary-management": "taking bookings", "customer-service": "Beauty therapist"]),
        Phrase(job: "school cook", text: "Cook at a primary school: food prep, allergens and menu planning for the week.",
               expected: ["cooking": "Cook", "food-safety": "allergens", "menu-and-recipe-development": "menu planning"]),
        Phrase(job: "room attendant", text: "Room attendant at a hotel in Malvern: making beds and greeting guests when reception was busy.",
               expected: ["housekeeping": "Room attendant", "reception": "greeting guests"]),
        Phrase(job: "waitress", text: "Waitress in a cafe: handling money, sorting out customer complaints and cleaning down tables.",
               expected: ["cash-handling": "handling money", "complaint-handling": "customer complaints"]),
        Phrase(job: "beautician wanting a steady wage", text: "Self employed has been hard so I want something steadier with a regular wage.",
               expected: [:], absent: ["payroll"]),
    ]

    @Test("everyday wording yields the skill it names, quoting the learner's words", arguments: phrases)
    func everydayWording(_ item: Phrase) {
        EverydayJobsExtractionTests.check(item)
    }

    // MARK: Core skills of everyday standards

    /// The evidence weight a bundled standard keeps for a skill, nil when it does not keep the skill.
    func evidence(_ reference: String, _ skill: String) -> Double? {
        guard let standard = bundled.data.standards.first(where: { $0.reference == reference }),
            let offset = standard.skillIDs.firstIndex(of: skill)
        else { return nil }
        return standard.skillWeight(at: offset)
    }

    @Test("an everyday standard keeps as core the skills its own statements are about", arguments: [
        // K3, K14, S4 (searching), K10, S3, B3 (defusing conflict)
        ("ST0386", "security-operations"), ("ST0386", "conflict-resolution"),
        // K15, S15 (basic life support, defibrillation), K17 (calming people who are angry or aggressive)
        ("ST0627", "first-aid"), ("ST0627", "conflict-resolution"),
        // K10, S8 (lifeguard duties, life-saving), K3, K8 (matching services to customers' needs)
        ("ST0390", "first-aid"), ("ST0390", "customer-service"),
        // K1, K3, S1 (HACCP, food hygiene), K5, K14, S6, S12 (sensory evaluation, product development, trials)
        ("ST0198", "food-safety"), ("ST0198", "menu-and-recipe-development"), ("ST0198", "food-production"),
        // K7, K10, K11, S9, S13 (clients' needs and feedback), K16, S15 (event budgets)
        ("ST0168", "customer-service"), ("ST0168", "budgeting"),
        // K1, S1 (cross-infection, disinfection, sterilisation)
        ("ST0630", "infection-prevention-and-control"),
    ])
    func coreSkill(_ reference: String, _ skill: String) throws {
        let weight = try #require(evidence(reference, skill), "\(reference) does not keep \(skill)")
        #expect(weight >= 0.6, "\(reference): \(skill) only in passing (\(weight))")
    }

    @Test("a word read in the wrong sense is not a skill of the standard", arguments: [
        // "good housekeeping" of a plant, workshop, vessel or tank is a tidy work area, not hotel housekeeping
        ("ST0876", "housekeeping"), ("ST1305", "housekeeping"), ("ST0789", "housekeeping"), ("ST0621", "housekeeping"),
        // a hire controller's standard never names vehicle checks or securing loads
        ("ST0269", "vehicle-inspection"), ("ST0269", "load-securing"),
        // "sensory analysis" of drinking water is not recipe development
        ("ST0876", "menu-and-recipe-development"),
    ])
    func misreadingDropped(_ reference: String, _ skill: String) {
        #expect(evidence(reference, skill) == nil, "\(reference) still keeps \(skill)")
    }

    @Test("hotel and hospital housekeeping keep their housekeeping skill")
    func realHousekeepingKept() {
        #expect(evidence("ST0229", "housekeeping") != nil)
        #expect(evidence("ST0843", "housekeeping") != nil)
    }
}
