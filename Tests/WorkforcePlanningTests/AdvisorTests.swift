import Domain
import Foundation
import Testing
@testable import WorkforcePlanning

// MARK: - Ports to the taxonomy and the catalogue

/// A resolver that knows one title.
struct OneTitleResolver: OccupationResolving {
    func resolveOccupation(title: String, sectorHint: String?) async throws -> OccupationMatch? {
        title == "Barista" ? OccupationMatch(soc2020Unit: "9264", title: "Waiters and waitresses", confidence: 0.8) : nil
    }
}

/// A course finder that offers one course per skill and records the preferences it was given.
struct EchoCourses: TrainingCourseFinding {
    func courses(forSkill skill: String, targetLevel: Int, occupation: OccupationMatch?, preferences: TrainingPreferences) async throws -> [TrainingSuggestion] {
        [TrainingSuggestion(courseID: "c-\(skill)", title: "\(skill) to level \(targetLevel)", providerName: "Test College",
                            reason: preferences.evening ? "evening" : "any time")]
    }
}

@Suite("Plan advisor")
struct AdvisorTests {
    @Test("role titles without an occupation are resolved through the port; the rest are listed")
    func resolve() async throws {
        let plan = makePlan([Role(id: "barista", title: "Barista", headcount: 1), Role(id: "odd", title: "Chief vibes officer", headcount: 1)])
        let (updated, unresolved) = try await PlanAdvisor(resolver: OneTitleResolver(), courses: nil).resolveOccupations(in: plan)
        #expect(updated.roles[0].occupation?.soc2020Unit == "9264")
        #expect(unresolved == ["odd"])
    }

    @Test("every horizon skill gap gets course suggestions, highest priority first, with the employer's preferences")
    func training() async throws {
        let plan = PlanTemplates.make("engineering-workshop", asOf: baseline)!
        let gaps = try await PlanAdvisor(resolver: nil, courses: EchoCourses()).trainingForGaps(in: plan, preferences: TrainingPreferences(evening: true))
        #expect(gaps.map(\.skill) == ["cnc-programming", "cad-cam"])  // critical 3 levels short (9) before important 3 short (6)
        #expect(gaps.first?.people == 2 && gaps.first?.targetLevel == 3)
        #expect(gaps.allSatisfy { $0.courses.first?.reason == "evening" })
        let none = try await PlanAdvisor(resolver: nil, courses: nil).trainingForGaps(in: plan, preferences: TrainingPreferences())
        #expect(none.count == gaps.count && none.allSatisfy(\.courses.isEmpty))
    }
}
