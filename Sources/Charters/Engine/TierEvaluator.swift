// MARK: - Tier rules

/// Decides every tier from its rules and lists exactly what blocks each one not reached.
struct TierEvaluator {
    let framework: CharterFramework
    let answers: AssessmentAnswers
    let criteria: [CriterionResult]
    let pillars: [PillarScore]
    let overall: Double

    func evaluate() -> [TierResult] {
        var results: [TierResult] = []
        for (rank, tier) in framework.tiers.enumerated() {
            var blockers: [Blocker] = []
            if let previous = results.last, !previous.reached {
                blockers.append(
                    Blocker(
                        criterion: nil, pillar: nil,
                        reason:
                            "\(previous.label) must be reached first (\(previous.blockers.count) blocker\(previous.blockers.count == 1 ? "" : "s"))"))
            }
            for rule in tier.rules { blockers += check(rule, rank: rank) }
            results.append(TierResult(code: tier.code, label: tier.label, reached: blockers.isEmpty, blockers: blockers))
        }
        return results
    }

    /// Applicable criteria that gate a tier at `rank` or below.
    func gated(upTo rank: Int) -> [CriterionResult] {
        criteria.filter { result in
            guard result.state.applicable, let gate = result.gatesTier, let gateRank = framework.tierRank(gate) else { return false }
            return gateRank <= rank
        }
    }

    func check(_ rule: TierRule, rank: Int) -> [Blocker] {
        switch rule {
        case .mandatoryMet(let commitmentsCount):
            return gated(upTo: rank).compactMap { result in
                if result.state == .met { return nil }
                if commitmentsCount, result.state == .committed { return nil }
                let prefix = result.legalMinimum ? "legal minimum not met" : "mandatory criterion \(describe(result.state))"
                let hint = result.state == .committed ? " (commitments count only at \(framework.tiers.first?.label ?? "entry"))" : ""
                return Blocker(criterion: result.id, pillar: result.pillar, reason: "\(prefix)\(hint): \(result.explanation)")
            }
        case .allAnswered:
            let missing = criteria.filter { $0.state == .unanswered || $0.state == .rejected }
            return missing.map { Blocker(criterion: $0.id, pillar: $0.pillar, reason: "the baseline needs an answer (\(describe($0.state)))") }
        case .pillarScoreMin(let min):
            return pillars.compactMap { pillar in
                guard let score = pillar.score, score + 1e-9 < min else { return nil }
                return Blocker(
                    criterion: nil, pillar: pillar.code,
                    reason: "\(pillar.name) scores \(percent(score)); every pillar needs at least \(percent(min))")
            }
        case .pillarsAtLeast(let count, let min):
            let scored = pillars.filter { $0.score != nil }
            let passing = scored.filter { ($0.score ?? 0) + 1e-9 >= min }
            guard passing.count < Swift.min(count, scored.count) else { return [] }
            let below = scored.filter { ($0.score ?? 0) + 1e-9 < min }.map { "\($0.name) \(percent($0.score ?? 0))" }
            return [
                Blocker(
                    criterion: nil, pillar: nil,
                    reason:
                        "\(passing.count) of \(scored.count) pillars score at least \(percent(min)); \(count) needed (below: \(below.joined(separator: ", ")))"
                )
            ]
        case .overallScoreMin(let min):
            return overall + 1e-9 >= min
                ? [] : [Blocker(criterion: nil, pillar: nil, reason: "the overall score is \(percent(overall)); at least \(percent(min)) needed")]
        case .declaration(let key, let label):
            return answers.declarations[key] == true
                ? [] : [Blocker(criterion: nil, pillar: nil, reason: "declaration missing: \(label) (declarations.\(key))")]
        case .outcomesMet(let count):
            let met = criteria.filter { $0.outcome && $0.state == .met }.count
            let short = criteria.filter { $0.outcome && $0.state.applicable && $0.state != .met }.map(\.id)
            return met >= count
                ? []
                : [
                    Blocker(
                        criterion: nil, pillar: nil,
                        reason: "\(met) measured outcome\(met == 1 ? "" : "s") meet their thresholds; \(count) needed"
                            + (short.isEmpty ? "" : " (not yet: \(short.joined(separator: ", ")))"))
                ]
        case .evidenceForMandatory:
            return gated(upTo: rank).filter { $0.state == .met && $0.evidenceCount == 0 && $0.satisfiedBy == nil }.map {
                Blocker(
                    criterion: $0.id, pillar: $0.pillar, reason: "met, but no evidence is attached; mandatory criteria need evidence at this tier")
            }
        }
    }

    func describe(_ state: CriterionResult.State) -> String {
        switch state {
        case .met: "met"
        case .partial: "only partly met"
        case .committed: "committed, not yet met"
        case .notMet: "not met"
        case .unanswered: "not answered"
        case .rejected: "answer rejected"
        case .notApplicable: "not applicable"
        case .outOfScope: "out of scope"
        case .notYetInForce: "not yet in force"
        }
    }
}

/// A 0–1 score as a whole percentage.
func percent(_ score: Double) -> String { "\(Int((score * 100).rounded()))%" }
