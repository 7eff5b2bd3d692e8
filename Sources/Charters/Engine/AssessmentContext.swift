import Domain
// MARK: - Evaluating answers

extension CharterEngine {
    /// The working state of one assessment: the answers, what was found wrong with them, and the
    /// accreditations and rates read so far.
    struct Context {
        let framework: CharterFramework
        let answers: AssessmentAnswers
        let asOf: CharterDate
        let rates: RateTable
        let schemes: [AccreditationScheme]
        var issues: [AnswerIssue] = []
        var accreditationStatuses: [AccreditationStatus] = []
        /// Valid accreditations by the criterion they satisfy.
        var satisfiers: [String: String] = [:]
        /// Expired accreditations by the criterion they used to satisfy.
        var lapsed: [String: String] = [:]
        var ratesUsed: [String: ResolvedRate] = [:]

        init(framework: CharterFramework, answers: AssessmentAnswers, asOf: CharterDate, rates: RateTable, schemes: [AccreditationScheme]) {
            self.framework = framework
            self.answers = answers
            self.asOf = asOf
            self.rates = rates
            self.schemes = schemes
        }

        mutating func error(_ criterion: String?, _ field: String, _ reason: String) {
            issues.append(AnswerIssue(.error, criterion: criterion, field: field, reason))
        }

        mutating func warning(_ criterion: String?, _ field: String, _ reason: String) {
            issues.append(AnswerIssue(.warning, criterion: criterion, field: field, reason))
        }

        // MARK: Accreditations (equivalences)

        /// Reads the accreditations: valid ones satisfy the criteria the framework maps them to; expired
        /// ones are reported as lapsed.
        mutating func readAccreditations() {
            for (index, accreditation) in answers.accreditations.enumerated() {
                let field = "accreditations[\(index)]"
                guard let scheme = schemes.first(where: { $0.code == accreditation.scheme }) else {
                    error(
                        nil, "\(field).scheme",
                        "unknown accreditation scheme \"\(accreditation.scheme)\" (known: \(schemes.map(\.code).joined(separator: ", ")))")
                    continue
                }
                guard let rank = scheme.rank(of: accreditation.level) else {
                    error(
                        nil, "\(field).level",
                        "\(scheme.name) has no level \"\(accreditation.level)\" (levels: \(scheme.levels.map(\.code).joined(separator: ", ")))")
                    continue
                }
                let valid = asOf <= accreditation.validUntil
                let covered = framework.equivalences.filter { $0.scheme == scheme.code && rank >= (scheme.rank(of: $0.minLevel) ?? Int.max) }
                    .flatMap(\.criteria)
                let criteria = covered.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                accreditationStatuses.append(
                    AccreditationStatus(
                        scheme: scheme.code, schemeName: scheme.name, level: accreditation.level, validUntil: accreditation.validUntil,
                        valid: valid, criteria: criteria))
                let label = "\(scheme.name): \(scheme.label(of: accreditation.level))"
                if valid {
                    for id in criteria where satisfiers[id] == nil { satisfiers[id] = "\(label) (valid until \(accreditation.validUntil))" }
                } else {
                    warning(
                        nil, "\(field).validUntil",
                        "\(label) expired on \(accreditation.validUntil); it no longer counts toward \(criteria.isEmpty ? "any criterion" : criteria.joined(separator: ", "))"
                    )
                    for id in criteria where lapsed[id] == nil { lapsed[id] = "\(label) expired on \(accreditation.validUntil)" }
                }
            }
        }

        /// Answers to criteria the version does not have are rejected (a typo, or an answer meant for another version).
        mutating func checkUnknownAnswers() {
            let known = Set(framework.criteria.map(\.criterion.id))
            for id in answers.answers.keys.sorted() where !known.contains(id) {
                let replacement = framework.criteria.first { $0.criterion.replacesCriterionId == id }?.criterion.id
                error(id, "answers", "\(framework.key) has no criterion \(id)" + (replacement.map { "; it was replaced by \($0)" } ?? ""))
            }
        }

        // MARK: One criterion

        /// Applies the criterion's dated and size rules, then scores the answer.
        mutating func evaluate(_ criterion: Criterion, pillar: Pillar) -> CriterionResult {
            let legal = criterion.statutoryFloorFrom.map { $0 <= asOf } ?? false
            let mandatory = criterion.mandatory && (criterion.mandatoryFromHeadcount.map { answers.employer.headcount >= $0 } ?? true)
            let gate: String? = legal ? framework.tiers.first?.code : (mandatory ? criterion.tier : nil)
            let answer = answers.answers[criterion.id]
            var result = CriterionResult(
                id: criterion.id, pillar: pillar.code, text: criterion.text, kind: criterion.kind.name, state: .unanswered, score: 0,
                weight: criterion.weight, gatesTier: gate, legalMinimum: legal, explanation: "", evidenceCount: answer?.evidence.count ?? 0,
                satisfiedBy: nil, commitmentDue: nil, outcome: criterion.isOutcome)

            func excluded(_ state: CriterionResult.State, _ why: String) -> CriterionResult {
                result.state = state
                result.score = nil
                result.gatesTier = nil
                result.explanation = why
                return result
            }
            if let from = criterion.applicableFrom, asOf < from {
                if answer != nil { warning(criterion.id, "answers", "this criterion only applies from \(from); the answer is kept but not counted") }
                return excluded(.notYetInForce, "Applies from \(from).")
            }
            if !criterion.applies.contains(answers.employer.headcount) {
                return excluded(.outOfScope, "Applies to \(criterion.applies.label); this employer has \(answers.employer.headcount).")
            }
            if let by = satisfiers[criterion.id] {
                result.state = .met
                result.score = 1
                result.satisfiedBy = by
                result.explanation = "Met through \(by)."
                return result
            }
            let lapsedNote = lapsed[criterion.id].map { " (\($0), so it no longer covers this)" } ?? ""
            guard let answer else {
                result.explanation = "Not answered" + lapsedNote + "."
                if answers.status == .submitted { error(criterion.id, "answers", "a submitted assessment must answer every applicable criterion") }
                return result
            }
            guard validateEvidence(answer, criterion: criterion) else {
                result.state = .rejected
                result.explanation = "Answer rejected (see the issues)."
                return result
            }
            if answer.state == .answered, answer.value == nil, criterion.kind.name != .evidenceOnly {
                // An empty slot (a template line, or evidence attached before the answer) is not an answer yet.
                result.explanation = "Not answered" + lapsedNote + "."
                if answers.status == .submitted { error(criterion.id, "value", "a submitted assessment must answer every applicable criterion") }
                return result
            }
            switch answer.state {
            case .notApplicable:
                guard criterion.allowNotApplicable else {
                    error(criterion.id, "state", "this criterion cannot be answered \"not applicable\"; answer it, or commit to a date if allowed")
                    result.state = .rejected
                    result.explanation = "Answer rejected (see the issues)."
                    return result
                }
                guard let reason = answer.reason, !reason.trimmed.isEmpty else {
                    error(criterion.id, "reason", "\"not applicable\" needs a reason")
                    result.state = .rejected
                    result.explanation = "Answer rejected (see the issues)."
                    return result
                }
                return excluded(.notApplicable, "Not applicable: \(reason)")
            case .committed:
                return commitment(answer, criterion: criterion, legal: legal, result: result)
            case .answered:
                return score(answer, criterion: criterion, result: result, lapsedNote: lapsedNote)
            }
        }

        mutating func validateEvidence(_ answer: Answer, criterion: Criterion) -> Bool {
            var ok = true
            for (index, evidence) in answer.evidence.enumerated() {
                let text = evidence.text?.trimmed ?? ""
                let url = evidence.url?.trimmed ?? ""
                if text.isEmpty && url.isEmpty {
                    error(criterion.id, "evidence[\(index)]", "an evidence reference needs a description (text) or a link (url)")
                    ok = false
                }
                if !url.isEmpty, !(url.lowercased().hasPrefix("https://") || url.lowercased().hasPrefix("http://")) || url.contains(" ") {
                    error(criterion.id, "evidence[\(index)].url", "\"\(url)\" is not a web link (http:// or https://)")
                    ok = false
                }
            }
            return ok
        }

        mutating func commitment(_ answer: Answer, criterion: Criterion, legal: Bool, result: CriterionResult) -> CriterionResult {
            var result = result
            result.state = .rejected
            result.explanation = "Answer rejected (see the issues)."
            if legal {
                error(
                    criterion.id, "state",
                    "this has been a legal minimum since \(criterion.statutoryFloorFrom!); it must already be met, so a commitment cannot be accepted"
                )
                return result
            }
            guard criterion.allowCommitment else {
                error(criterion.id, "state", "this criterion does not accept a commitment (\"we will by …\"); answer whether it is met")
                return result
            }
            guard let due = answer.due else {
                error(criterion.id, "due", "a commitment needs the date it will be met by (yyyy-MM-dd)")
                return result
            }
            guard due > asOf else {
                error(criterion.id, "due", "the commitment date \(due) is not after the assessment date \(asOf); answer whether it is now met")
                return result
            }
            let latest = asOf.adding(months: criterion.maxCommitmentMonths)
            guard due <= latest else {
                error(criterion.id, "due", "the commitment date \(due) is more than \(criterion.maxCommitmentMonths) months away (latest \(latest))")
                return result
            }
            result.state = .committed
            result.score = 0
            result.commitmentDue = due
            result.explanation = "Committed to meet by \(due)" + (answer.note.map { ": \($0)" } ?? ".")
            return result
        }
    }
}
