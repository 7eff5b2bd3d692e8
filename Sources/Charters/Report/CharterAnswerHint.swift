// MARK: - How to answer a criterion

/// One line telling an employer how to answer a criterion in an answers file.
public enum CharterAnswerHint {
    /// E.g. `value: a number (GBP/hour), at least the Real Living Wage` or `value: 0–4 (3 = …)`.
    public static func hint(for criterion: Criterion) -> String {
        var text: String
        switch criterion.kind {
        case .yesNo:
            text = "value: true or false"
        case .scale(let config):
            text = "value: a level 0–4 (" + config.levels.enumerated().map { "\($0.offset) \($0.element)" }.joined(separator: "; ") + ")"
        case .numeric(let config):
            text = "value: a number (\(config.unit)), \(config.comparator == .atLeast ? "at least" : "at most") \(describe(config.threshold))"
        case .multiSelect(let config):
            text = "value: a list of option ids, at least \(config.minCount) of: " + config.options.map(\.id).joined(separator: ", ")
        case .evidenceOnly(let config):
            text =
                "evidence: at least \(config.minItems) reference(s)" + (config.types.isEmpty ? "" : " of type " + config.types.joined(separator: "/"))
        case .metric(let config):
            text =
                "value: the measured \(config.unit) and observedOn (yyyy-MM-dd, within \(config.maxAgeMonths) months), "
                + "\(config.comparator == .atLeast ? "at least" : "at most") \(describe(config.threshold))"
        }
        if criterion.allowCommitment { text += "; or state committed with a due date" }
        if criterion.allowNotApplicable { text += "; or state notApplicable with a reason" }
        return "\(criterion.text) — \(text). Evidence: \(criterion.evidenceHint)"
    }

    static func describe(_ threshold: Threshold) -> String {
        if let value = threshold.value { return formatNumber(value) }
        return "the dated rate \(threshold.parameter ?? "")" + (threshold.londonParameter.map { " (\($0) in London)" } ?? "")
    }
}
