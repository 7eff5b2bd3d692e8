import Careers
import Domain
import Testing

// MARK: - Reskill paths for everyday jobs from the taxonomy data

/// Everyday jobs whose standards word their skills too formally got no reskill path, or an absurd
/// one, until the careers-data round gave those standards their core skills from their own K/S/B
/// statements. Each test fails on the data before that round.
@Suite("Everyday job paths from the data")
struct EverydayJobDataPathTests {
    @Test("a chef or cook reads as cooking and food hygiene and is offered food manufacturing work built on food safety", arguments: [
        "I've been a chef for seven years in a hotel restaurant: food prep, food hygiene and HACCP, menu planning and stock rotation.",
        "Cook at a primary school for four years: food prep, allergens, menu planning and keeping the kitchen clean.",
    ])
    func kitchenWorkerGetsFoodPath(_ text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let held = heldSkillIDs(diagnostic)
        #expect(held.isSuperset(of: ["cooking", "food-safety"]), "\(held.sorted())")
        let titles = diagnostic.reskill.map(\.occupation.title)
        let food = diagnostic.reskill.first { path in
            path.occupation.route != Route.cateringAndHospitality.rawValue && path.sharedSkills.contains { $0.id == "food-safety" }
        }
        #expect(food != nil, "\(titles)")
        #expect(food?.why.summary.contains("built on") == true, "\(food?.why.summary ?? "")")
        for absurd in ["Fishmonger", "Abattoir"] { #expect(!titles.contains { $0.contains(absurd) }, "\(titles)") }
    }

    @Test("a security guard is offered a move built on first aid or security work, not installing alarm systems")
    func securityGuardGetsPath() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Security guard at a shopping centre for five years: SIA licence, patrols, CCTV monitoring, dealing with conflict and first aid.
            """))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.isEmpty, "notices: \(diagnostic.notices)")
        for path in diagnostic.reskill {
            #expect(path.occupation.route != Route.constructionAndTheBuiltEnvironment.rawValue, "\(path.occupation.title)")
            #expect(path.sharedSkills.contains { ["first-aid", "security-operations"].contains($0.id) }, "\(path.occupation.title): \(path.why.shared)")
        }
    }

    @Test("a beauty therapist's hygiene work is shared with the move offered, not only the treatments")
    func beautyTherapistSharesInfectionControl() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Beauty therapist for eight years: facials, waxing, nails and massage, sterilising equipment and taking bookings.
            """))
        checkPathInvariants(diagnostic)
        #expect(heldSkillIDs(diagnostic).isSuperset(of: ["beauty-therapy", "infection-prevention-and-control", "diary-management"]))
        #expect(!diagnostic.reskill.isEmpty, "notices: \(diagnostic.notices)")
        #expect(diagnostic.reskill.contains { $0.sharedSkills.contains { $0.id == "infection-prevention-and-control" } },
                "\(diagnostic.reskill.map { "\($0.occupation.title): \($0.why.shared)" })")
    }

    @Test("a hotel housekeeper is not sent to a water works or a zoo, whose standards' 'housekeeping' is a tidy work area")
    func housekeeperNotSentToTidyWorkAreas() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Housekeeping supervisor at a hotel for five years: checking rooms, making beds, training new room attendants and \
            ordering cleaning products.
            """))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.isEmpty, "notices: \(diagnostic.notices)")
        for path in diagnostic.reskill {
            #expect(![Route.engineeringAndManufacturing.rawValue, Route.agricultureEnvironmentalAndAnimalCare.rawValue].contains(path.occupation.route ?? ""),
                    "\(path.occupation.title)")
        }
    }
}
