public import Domain
import Foundation

// MARK: - Courses for a skill gap, ranked by the employer's delivery preferences

/// Finds training for a skill gap from the catalogue's provision, keeping the courses an employer can
/// use (in an acceptable district, or online when online is acceptable) and ranking those that match
/// more of the stated preferences first. An apprenticeship whose standard fits the role's occupation
/// comes first when the employer wants on-the-job training.
public struct PreferenceTrainingFinder: TrainingCourseFinding {
    let provision: any SkillProvisionFinding
    let limit: Int

    /// - Parameters:
    ///   - provision: what the catalogue offers for a skill.
    ///   - limit: the most courses to suggest for one gap.
    public init(provision: any SkillProvisionFinding, limit: Int = 3) {
        self.provision = provision
        self.limit = limit
    }

    public func courses(
        forSkill skill: String, targetLevel: Int, occupation: OccupationMatch?, preferences: TrainingPreferences
    ) async throws -> [TrainingSuggestion] {
        let label = skill.replacingOccurrences(of: "-", with: " ")
        return try await suggestions(forSkill: skill, label: label, occupation: occupation, preferences: preferences)
    }

    public func courses(
        forSkill skill: String, label: String, targetLevel: Int, occupation: OccupationMatch?, preferences: TrainingPreferences
    ) async throws -> [TrainingSuggestion] {
        try await suggestions(forSkill: skill, label: label, occupation: occupation, preferences: preferences)
    }

    /// Suggestions for a skill with its readable label.
    public func suggestions(
        forSkill skill: String, label: String, occupation: OccupationMatch?, preferences: TrainingPreferences
    ) async throws -> [TrainingSuggestion] {
        let offers = try await provision.provision(forSkill: skill, label: label, occupation: occupation)
        let usable = offers.filter { Self.isReachable($0, preferences) }
        let ranked = usable.enumerated().sorted { lhs, rhs in
            let left = Self.score(lhs.element, preferences, occupation), right = Self.score(rhs.element, preferences, occupation)
            return left != right ? left > right : lhs.offset < rhs.offset
        }
        return ranked.prefix(limit).map { _, offer in
            TrainingSuggestion(
                courseID: offer.courseID, title: offer.title, providerName: offer.providerName, standardReference: offer.standardReference,
                reason: Self.reason(offer, preferences, occupation))
        }
    }

    /// Whether the employer can use the course at all: taught in one of its districts (any district
    /// when it named none), or online when online is acceptable, or on the job.
    static func isReachable(_ offer: ProvisionOffer, _ preferences: TrainingPreferences) -> Bool {
        if preferences.online && offer.deliveryModes.contains(.online) { return true }
        if preferences.onTheJob && offer.onTheJob { return true }
        if preferences.districts.isEmpty { return offer.isLocal || offer.districts.isEmpty }
        return offer.districts.contains { preferences.districts.contains($0) }
    }

    /// How many stated preferences the course meets, plus its relevance and a fitting standard.
    static func score(_ offer: ProvisionOffer, _ preferences: TrainingPreferences, _ occupation: OccupationMatch?) -> Double {
        var score = offer.relevance
        for (wanted, offered) in met(offer, preferences) where wanted && offered { score += 1 }
        if let standard = occupation?.standardReference, offer.standardReference == standard { score += preferences.onTheJob ? 3 : 1 }
        return score
    }

    private static func met(_ offer: ProvisionOffer, _ preferences: TrainingPreferences) -> [(Bool, Bool)] {
        [
            (preferences.short, offer.short), (preferences.modular, offer.modular), (preferences.onTheJob, offer.onTheJob),
            (preferences.evening, offer.evening), (preferences.online, offer.deliveryModes.contains(.online)),
            (!preferences.districts.isEmpty, offer.districts.contains { preferences.districts.contains($0) }),
        ]
    }

    static func reason(_ offer: ProvisionOffer, _ preferences: TrainingPreferences, _ occupation: OccupationMatch?) -> String {
        var parts: [String] = []
        if let standard = offer.standardReference {
            parts.append(standard == occupation?.standardReference ? "the apprenticeship standard for this role (\(standard))" : "apprenticeship \(standard)")
        }
        if preferences.short && offer.short { parts.append("short") }
        if preferences.modular && offer.modular { parts.append("part-time or modular") }
        if preferences.onTheJob && offer.onTheJob && offer.standardReference == nil { parts.append("on the job") }
        if preferences.evening && offer.evening { parts.append("evening") }
        if offer.deliveryModes.contains(.online) && preferences.online { parts.append("online") }
        let places = offer.districts.filter { $0 != .outsideCounty }.map(\.name)
        if !places.isEmpty { parts.append("in " + places.joined(separator: ", ")) }
        return parts.isEmpty ? "teaches the skill" : "teaches the skill: " + parts.joined(separator: ", ")
    }
}
