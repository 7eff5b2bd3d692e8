import Domain
// MARK: - Scoring one answer by criterion kind

extension CharterEngine.Context {
    mutating func score(_ answer: Answer, criterion: Criterion, result: CriterionResult, lapsedNote: String) -> CriterionResult {
        var result = result
        func reject(_ field: String, _ reason: String) -> CriterionResult {
            error(criterion.id, field, reason)
            result.state = .rejected
            result.score = 0
            result.explanation = "Answer rejected (see the issues)."
            return result
        }
        func settle(_ state: CriterionResult.State, _ score: Double, _ why: String) -> CriterionResult {
            result.state = state
            result.score = roundScore(score)
            result.explanation = why + (state == .met ? "" : lapsedNote)
            return result
        }

        switch criterion.kind {
        case .yesNo:
            guard case .bool(let met)? = answer.value else { return reject("value", expected("true or false", answer.value)) }
            return settle(met ? .met : .notMet, met ? 1 : 0, met ? "Answered yes." : "Answered no.")

        case .scale(let config):
            guard case .number(let number)? = answer.value, number == number.rounded(), (0...4).contains(number) else {
                return reject("value", expected("a whole level from 0 to 4", answer.value))
            }
            let level = Int(number)
            let why = "Level \(level) (\(config.levels[level])); met from level \(config.passLevel) (\(config.levels[config.passLevel]))."
            let state: CriterionResult.State = level >= config.passLevel ? .met : (level > 0 ? .partial : .notMet)
            return settle(state, Double(level) / 4, why)

        case .numeric(let config):
            guard case .number(let value)? = answer.value, value.isFinite, value >= 0 else {
                return reject("value", expected("a number of at least 0 (\(config.unit))", answer.value))
            }
            guard let threshold = resolve(config.threshold, criterion: criterion) else {
                return reject("value", "the threshold has no value in force on \(asOf)")
            }
            let passes = config.comparator.passes(value, threshold.value)
            var why = "\(show(value, config.unit)) against \(config.comparator.symbol) \(show(threshold.value, config.unit))\(threshold.label)."
            var state: CriterionResult.State = passes ? .met : .notMet
            var score: Double = passes ? 1 : 0
            if !passes, let band = config.partialWithin, config.comparator.passes(value, partialBoundary(threshold.value, band, config.comparator)) {
                state = .partial
                score = 0.5
                why += " Within \(formatNumber(band * 100))% of the threshold, so half credit."
            }
            if passes, let upcoming = threshold.upcoming, !config.comparator.passes(value, upcoming.value) {
                why += " It rises to \(show(upcoming.value, config.unit)) from \(upcoming.owedFrom), which this does not meet."
                result.upcomingShortfall = upcoming
            }
            return settle(state, score, why)

        case .multiSelect(let config):
            guard case .options(let picked)? = answer.value else { return reject("value", expected("a list of option ids", answer.value)) }
            let known = config.options.map(\.id)
            let unknown = picked.filter { !known.contains($0) }
            guard unknown.isEmpty else {
                return reject(
                    "value",
                    "unknown option\(unknown.count == 1 ? "" : "s") \(unknown.map { "\"\($0)\"" }.joined(separator: ", ")) (options: \(known.joined(separator: ", ")))"
                )
            }
            let distinct = known.filter(picked.contains)
            if distinct.count != picked.count { warning(criterion.id, "value", "an option was picked more than once; it counts once") }
            let requirement = config.requirement(headcount: answers.employer.headcount)
            let missing = requirement.required.filter { !distinct.contains($0) }
            var score = min(1, Double(distinct.count) / Double(requirement.minCount))
            if !missing.isEmpty { score = min(score, 0.5) }
            let labels = distinct.map { id in config.options.first { $0.id == id }?.label ?? id }
            var why = "\(distinct.count) picked (\(labels.isEmpty ? "none" : labels.joined(separator: "; "))); \(requirement.minCount) needed"
            if !requirement.required.isEmpty { why += ", including \(requirement.required.joined(separator: ", ")) at this size" }
            why += "."
            if !missing.isEmpty { why += " Missing required: \(missing.joined(separator: ", "))." }
            let met = missing.isEmpty && distinct.count >= requirement.minCount
            return settle(met ? .met : (distinct.isEmpty ? .notMet : .partial), score, why)

        case .evidenceOnly(let config):
            var counted = answer.evidence
            if !config.types.isEmpty {
                counted = answer.evidence.filter { $0.type.map(config.types.contains) ?? true }
                if counted.count < answer.evidence.count {
                    warning(criterion.id, "evidence", "evidence of other types does not count here (counts: \(config.types.joined(separator: ", ")))")
                }
            }
            let met = counted.count >= config.minItems
            let why =
                "\(counted.count) evidence reference\(counted.count == 1 ? "" : "s") attached; \(config.minItems) needed"
                + (met ? ", pending review." : ".")
            return settle(met ? .met : .notMet, met ? 1 : 0, why)

        case .metric(let config):
            guard case .number(let value)? = answer.value, value.isFinite else {
                return reject("value", expected("a measured number (\(config.unit))", answer.value))
            }
            guard let observed = answer.observedOn else {
                return reject("observedOn", "a measured outcome needs the date it was observed (yyyy-MM-dd)")
            }
            guard observed <= asOf else { return reject("observedOn", "\(observed) is after the assessment date \(asOf)") }
            guard let threshold = resolve(config.threshold, criterion: criterion) else {
                return reject("value", "the threshold has no value in force on \(asOf)")
            }
            let oldest = asOf.adding(months: -config.maxAgeMonths)
            if observed < oldest {
                warning(
                    criterion.id, "observedOn", "observed on \(observed), more than \(config.maxAgeMonths) months before \(asOf); measure it again")
                return settle(
                    .notMet, 0, "\(show(value, config.unit)) observed on \(observed) is out of date (older than \(config.maxAgeMonths) months).")
            }
            let passes = config.comparator.passes(value, threshold.value)
            return settle(
                passes ? .met : .notMet, passes ? 1 : 0,
                "\(show(value, config.unit)) observed on \(observed) against \(config.comparator.symbol) \(show(threshold.value, config.unit))\(threshold.label)."
            )
        }
    }

    // MARK: Thresholds

    struct ResolvedThreshold {
        var value: Double
        var label: String
        var upcoming: UpcomingRate?
    }

    /// A fixed threshold, or the parameter (London variant for London employers) owed on the as-of date.
    mutating func resolve(_ threshold: Threshold, criterion: Criterion) -> ResolvedThreshold? {
        if let value = threshold.value { return ResolvedThreshold(value: value, label: "", upcoming: nil) }
        guard let base = threshold.parameter else { return nil }
        let key = answers.employer.london ? (threshold.londonParameter ?? base) : base
        guard let rate = rates.resolve(key, at: asOf) else { return nil }
        ratesUsed[key] = rate
        return ResolvedThreshold(value: rate.value, label: " (\(rate.label), owed since \(rate.inForceFrom))", upcoming: rate.upcoming)
    }

    func partialBoundary(_ threshold: Double, _ band: Double, _ comparator: Comparator) -> Double {
        comparator == .atLeast ? threshold * (1 - band) : threshold * (1 + band)
    }

    func show(_ value: Double, _ unit: String) -> String {
        switch unit {
        case "GBP/hour": "£\(money(value))/hour"
        case "GBP": "£\(money(value))"
        case "percent": "\(formatNumber(value))%"
        case "ratio": formatNumber(value)
        default: "\(formatNumber(value)) \(unit)"
        }
    }

    func money(_ value: Double) -> String {
        let pence = Int((value * 100).rounded())
        let fraction = pence % 100
        return "\(pence / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    func expected(_ what: String, _ value: AnswerValue?) -> String {
        "expected \(what), got \(value?.display ?? "no value")"
    }
}
