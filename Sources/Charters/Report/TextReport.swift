// MARK: - Plain-text reports

/// Plain-text renderings for the command line.
public enum TextReport {
    /// An assessment result: tier, pillar scores, blockers per tier, action plan, issues.
    public static func result(_ result: AssessmentResult) -> String {
        var lines: [String] = []
        let reached = result.tierReached.flatMap { code in result.tier(code)?.label } ?? "no tier yet"
        lines.append("\(result.employer.name) — \(result.framework.name) v\(result.framework.version), as of \(result.asOf)")
        lines.append(
            "\(result.employer.headcount) staff (\(result.headcountBand.label)); \(result.status.rawValue)\(result.accepted ? "" : ", with rejected answers")"
        )
        if let newer = result.framework.newerVersion {
            lines.append("Note: version \(newer) exists; this assessment stays on the version it pinned.")
        }
        let applicable = result.criteria.filter(\.state.applicable)
        let open = applicable.filter { $0.state == .unanswered || $0.state == .rejected }.count
        lines.append("\(applicable.count - open) of \(applicable.count) applicable criteria answered" + (open > 0 ? " (\(open) still open)" : ""))
        lines.append("")
        lines.append("Tier reached: \(reached)   Overall score: \(percent(result.overall))")
        if let award = result.award {
            lines.append(
                "Award: \(award.label) from \(award.awardedOn), expires \(award.expiresOn), next check-in \(award.nextCheckIn) (\(award.validation.rawValue) validation)"
            )
        }
        lines.append("")
        lines.append("Pillars:")
        for pillar in result.pillars {
            lines.append("  \(pad(pillar.name, 28)) \(pad(pillar.score.map(percent) ?? "n/a", 5))  \(pillar.met)/\(pillar.applicable) met")
        }
        lines.append("")
        for tier in result.tiers {
            lines.append("\(tier.label): \(tier.reached ? "reached" : "not reached")")
            for blocker in tier.blockers { lines.append("  - \(blocker)") }
        }
        if !result.actionPlan.isEmpty {
            lines.append("")
            lines.append("Action plan (\(result.actionPlan.count) items):")
            for item in result.actionPlan {
                lines.append("  [\(item.due)] \(priorityLabel(item.priority)) · \(item.criterion): \(item.action)")
                for resource in item.resources { lines.append("      resource: \(resource)") }
                for course in item.courses {
                    lines.append("      course [\(course.id)]: \(course.title) — \(course.provider)\(course.detail.map { " (\($0))" } ?? "")")
                }
            }
        }
        let lapsed = result.accreditations.filter { !$0.valid }
        if !lapsed.isEmpty {
            lines.append("")
            for accreditation in lapsed {
                lines.append(
                    "Lapsed: \(accreditation.schemeName) (\(accreditation.level)) expired \(accreditation.validUntil); no longer counts for \(accreditation.criteria.joined(separator: ", "))."
                )
            }
        }
        if !result.issues.isEmpty {
            lines.append("")
            lines.append("Answer issues:")
            for issue in result.issues { lines.append("  - \(issue)") }
        }
        return lines.joined(separator: "\n")
    }

    /// Every criterion with its state and explanation.
    public static func criteria(_ result: AssessmentResult) -> String {
        result.criteria.map { "  \(pad($0.id, 11)) \(pad(stateLabel($0.state), 17)) \($0.explanation)" }.joined(separator: "\n")
    }

    /// A framework version: pillars, criteria and tiers.
    public static func framework(_ framework: CharterFramework, library: CharterLibrary) -> String {
        var lines = [
            "\(framework.name) (\(framework.key), \(framework.status.rawValue), effective \(framework.effectiveFrom))", framework.summary, "",
        ]
        lines.append("Tiers:")
        for tier in framework.tiers {
            lines.append(
                "  \(tier.label) [\(tier.code)] — \(tier.summary) (\(tier.validation.rawValue) validation, valid \(tier.validityMonths) months, check-in every \(tier.checkInMonths))"
            )
        }
        for pillar in framework.pillars {
            lines.append("")
            lines.append("\(pillar.name) [\(pillar.code)] — \(pillar.criteria.count) criteria")
            for criterion in pillar.criteria {
                var tags = [criterion.kind.name.rawValue]
                if criterion.mandatory, let tier = criterion.tier { tags.append("mandatory for \(framework.tier(tier)?.label ?? tier)") }
                if criterion.applies != SizeBand() { tags.append(criterion.applies.label) }
                if let floor = criterion.statutoryFloorFrom {
                    tags.append("legal minimum from \(floor)" + (criterion.stretchCriterionId.map { ", stretch: \($0)" } ?? ""))
                }
                if let from = criterion.applicableFrom { tags.append("applies from \(from)") }
                if !criterion.allowCommitment { tags.append("no commitments") }
                lines.append("  \(pad(criterion.id, 11)) \(criterion.text) [\(tags.joined(separator: "; "))]")
            }
        }
        if !framework.equivalences.isEmpty {
            lines.append("")
            lines.append("Equivalences:")
            for equivalence in framework.equivalences {
                let scheme = library.scheme(equivalence.scheme)
                lines.append(
                    "  \(scheme?.name ?? equivalence.scheme) \(scheme?.label(of: equivalence.minLevel) ?? equivalence.minLevel) or above → \(equivalence.criteria.joined(separator: ", "))"
                )
            }
        }
        return lines.joined(separator: "\n")
    }

    /// What changed between two assessments.
    public static func comparison(_ comparison: AssessmentComparison, tierLabel: (String?) -> String) -> String {
        var lines: [String] = []
        lines.append(
            "\(comparison.framework): \(comparison.previousAsOf) (v\(comparison.previousVersion)) → \(comparison.currentAsOf) (v\(comparison.currentVersion))"
        )
        lines.append("Tier: \(tierLabel(comparison.previousTier)) → \(tierLabel(comparison.currentTier)) (\(comparison.tierChange.rawValue))")
        let sign = comparison.overallChange >= 0 ? "+" : "−"
        lines.append("Overall: \(sign)\(Int((abs(comparison.overallChange) * 100).rounded())) points")
        for pillar in comparison.pillars {
            lines.append("  \(pad(pillar.name, 28)) \(pillar.before.map(percent) ?? "n/a") → \(pillar.after.map(percent) ?? "n/a")")
        }
        func list(_ title: String, _ changes: [AssessmentComparison.CriterionChange]) {
            guard !changes.isEmpty else { return }
            lines.append("")
            lines.append("\(title) (\(changes.count)):")
            for change in changes { lines.append("  \(change.id): \(stateLabel(change.before)) → \(stateLabel(change.after)). \(change.detail)") }
        }
        list("Improved", comparison.improved)
        list("Lapsed", comparison.lapsed)
        list("Missed commitments", comparison.missedCommitments)
        if !comparison.lapsedAccreditations.isEmpty {
            lines.append("")
            lines.append("Accreditations lapsed: " + comparison.lapsedAccreditations.joined(separator: "; "))
        }
        if !comparison.added.isEmpty { lines.append("New criteria in this version: " + comparison.added.joined(separator: ", ")) }
        if !comparison.removed.isEmpty { lines.append("Criteria no longer asked: " + comparison.removed.joined(separator: ", ")) }
        if let award = comparison.previousAward, let standing = comparison.previousAwardStanding {
            let words =
                switch standing {
                case .current: "still current"
                case .checkInOverdue: "check-in overdue (due \(award.nextCheckIn))"
                case .expired: "expired on \(award.expiresOn)"
                }
            lines.append("Earlier award (\(award.label), \(award.awardedOn)): \(words), as of \(comparison.currentAsOf).")
        }
        return lines.joined(separator: "\n")
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
