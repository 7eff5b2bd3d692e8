// MARK: - Re-assessment history

/// What changed between an earlier assessment and a later one: tier, scores, criteria that improved
/// or lapsed, missed commitments, lapsed accreditations, and where the earlier award stands.
public struct AssessmentComparison: Sendable, Codable, Hashable {
    public var framework: String
    public var previousVersion: String
    public var currentVersion: String
    public var previousAsOf: CharterDate
    public var currentAsOf: CharterDate
    public var previousTier: String?
    public var currentTier: String?
    public var tierChange: Change
    public var overallChange: Double
    public var pillars: [PillarChange]
    public var improved: [CriterionChange]
    public var lapsed: [CriterionChange]
    /// Commitments from the earlier assessment that fell due and are still not met.
    public var missedCommitments: [CriterionChange]
    /// Criteria only one of the two versions has.
    public var added: [String]
    public var removed: [String]
    /// Accreditations valid before and expired now.
    public var lapsedAccreditations: [String]
    /// The earlier award on the later date.
    public var previousAward: Award?
    public var previousAwardStanding: Award.Standing?

    public enum Change: String, Sendable, Codable, Hashable { case up, same, down }

    public struct PillarChange: Sendable, Codable, Hashable {
        public var code: String
        public var name: String
        public var before: Double?
        public var after: Double?
    }

    public struct CriterionChange: Sendable, Codable, Hashable {
        public var id: String
        public var text: String
        public var before: CriterionResult.State
        public var after: CriterionResult.State
        public var detail: String
    }

    /// Compares two results of the same framework; the earlier as-of date is treated as the previous one.
    /// - Parameters:
    ///   - tierOrder: the framework's tier codes, entry tier first.
    ///   - replacements: criterion ids of the later version mapped to the earlier ids they replace
    ///     (`replacesCriterionId`), so a renamed criterion is compared with its predecessor.
    /// - Throws: `CharterEngine.Failure.frameworkMismatch` when the results are for different frameworks.
    public static func compare(
        _ first: AssessmentResult, _ second: AssessmentResult, tierOrder: [String], replacements: [String: String] = [:]
    ) throws -> AssessmentComparison {
        guard first.framework.id == second.framework.id else {
            throw CharterEngine.Failure.frameworkMismatch(answers: second.framework.id, requested: first.framework.id)
        }
        let (previous, current) = second.asOf < first.asOf ? (second, first) : (first, second)
        func rank(_ tier: String?) -> Int { tier.flatMap { tierOrder.firstIndex(of: $0) } ?? -1 }
        let tierChange: Change =
            rank(current.tierReached) > rank(previous.tierReached) ? .up : (rank(current.tierReached) < rank(previous.tierReached) ? .down : .same)

        var improved: [CriterionChange] = []
        var lapsed: [CriterionChange] = []
        var missed: [CriterionChange] = []
        for after in current.criteria {
            guard let before = previous.criterion(after.id) ?? replacements[after.id].flatMap(previous.criterion),
                before.state.applicable || after.state.applicable
            else { continue }
            let change = CriterionChange(id: after.id, text: after.text, before: before.state, after: after.state, detail: after.explanation)
            if before.state == .committed, let due = before.commitmentDue, due <= current.asOf, after.state != .met {
                missed.append(
                    CriterionChange(
                        id: after.id, text: after.text, before: before.state, after: after.state,
                        detail: "committed for \(due), still \(after.state.rawValue): \(after.explanation)"))
            }
            if before.state == .met, after.state.applicable, after.state != .met {
                lapsed.append(change)
            } else if (after.score ?? 0) > (before.score ?? 0) + 1e-9 || (after.state == .met && before.state != .met) {
                improved.append(change)
            } else if (after.score ?? 0) + 1e-9 < (before.score ?? 0), after.state.applicable {
                lapsed.append(change)
            }
        }
        let previousIDs = Set(previous.criteria.map(\.id))
        let currentIDs = Set(current.criteria.map(\.id)).union(replacements.filter { previousIDs.contains($0.value) }.map(\.value))
        let lapsedAccreditations = previous.accreditations.filter { old in
            old.valid && !current.accreditations.contains { $0.scheme == old.scheme && $0.valid }
        }.map { old in
            let now = current.accreditations.first { $0.scheme == old.scheme }
            return "\(old.schemeName) (\(old.level)), " + (now.map { "expired on \($0.validUntil)" } ?? "no longer listed")
        }

        return AssessmentComparison(
            framework: current.framework.id, previousVersion: previous.framework.version, currentVersion: current.framework.version,
            previousAsOf: previous.asOf, currentAsOf: current.asOf, previousTier: previous.tierReached, currentTier: current.tierReached,
            tierChange: tierChange, overallChange: roundScore(current.overall - previous.overall),
            pillars: current.pillars.map { pillar in
                PillarChange(code: pillar.code, name: pillar.name, before: previous.pillar(pillar.code)?.score, after: pillar.score)
            },
            improved: improved, lapsed: lapsed, missedCommitments: missed,
            added: current.criteria.map(\.id).filter { !previousIDs.contains($0) && !previousIDs.contains(replacements[$0] ?? "") },
            removed: previous.criteria.map(\.id).filter { !currentIDs.contains($0) },
            lapsedAccreditations: lapsedAccreditations, previousAward: previous.award,
            previousAwardStanding: previous.award?.standing(on: current.asOf))
    }
}
