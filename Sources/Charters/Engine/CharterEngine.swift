public import Domain
// MARK: - The assessment engine

/// Assesses answers against a pinned framework version on an explicit date. Pure: no clock, no I/O.
public struct CharterEngine: Sendable {
    public var library: CharterLibrary

    public init(library: CharterLibrary) { self.library = library }

    /// Why an assessment could not be taken at all (individual answers never throw: they are reported).
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case unknownFramework(String)
        case unknownVersion(framework: String, version: String, known: [String])
        case noVersionInForce(framework: String, on: CharterDate)
        case notYetEffective(key: String, from: CharterDate, asOf: CharterDate)
        case frameworkMismatch(answers: String, requested: String)
        case badHeadcount(Int)

        public var description: String {
            switch self {
            case .unknownFramework(let id): "There is no charter framework \"\(id)\"."
            case .unknownVersion(let id, let version, let known):
                "\(id) has no version \(version) (versions: \(known.joined(separator: ", ")))."
            case .noVersionInForce(let id, let date): "No published version of \(id) is in force on \(date)."
            case .notYetEffective(let key, let from, let asOf): "\(key) takes effect on \(from), after the assessment date \(asOf)."
            case .frameworkMismatch(let answers, let requested): "The answers are for \(answers), not \(requested)."
            case .badHeadcount(let count): "employer.headcount: \(count) is not a headcount (it must be at least 1)."
            }
        }
    }

    /// Pins the framework version for a set of answers: the version they name, or else the version in
    /// force on `asOf`.
    public func pin(_ answers: AssessmentAnswers, asOf: CharterDate) throws -> CharterFramework {
        let versions = library.versions(of: answers.framework)
        guard !versions.isEmpty else { throw Failure.unknownFramework(answers.framework) }
        if let version = answers.version {
            guard let framework = library.framework(answers.framework, version: version) else {
                throw Failure.unknownVersion(framework: answers.framework, version: version, known: versions.map(\.version))
            }
            guard framework.effectiveFrom <= asOf else {
                throw Failure.notYetEffective(key: framework.key, from: framework.effectiveFrom, asOf: asOf)
            }
            return framework
        }
        guard let framework = library.current(answers.framework, on: asOf) else {
            throw Failure.noVersionInForce(framework: answers.framework, on: asOf)
        }
        return framework
    }

    /// Starts a draft assessment pinned to the version of `framework` in force on `asOf`.
    /// - Parameters:
    ///   - framework: framework id, e.g. `hw-gec`.
    ///   - employer: who is assessed.
    ///   - asOf: the start date; it picks the version, and later saves keep that version.
    public func start(framework: String, employer: Employer, asOf: CharterDate) throws -> AssessmentAnswers {
        guard employer.headcount >= 1 else { throw Failure.badHeadcount(employer.headcount) }
        let draft = AssessmentAnswers(framework: framework, status: .draft, asOf: asOf, employer: employer)
        let pinned = try pin(draft, asOf: asOf)
        var answers = draft
        answers.version = pinned.version
        return answers
    }

    /// Assesses `answers` on `asOf`.
    /// - Parameters:
    ///   - answers: the employer's answers (draft or submitted).
    ///   - asOf: the date rates, legal floors, commitments and accreditations are judged on.
    /// - Returns: the full, explained result (with an action plan but no course suggestions yet).
    public func assess(_ answers: AssessmentAnswers, asOf: CharterDate) throws -> AssessmentResult {
        guard answers.employer.headcount >= 1 else { throw Failure.badHeadcount(answers.employer.headcount) }
        let framework = try pin(answers, asOf: asOf)
        var pinned = answers
        pinned.version = framework.version
        pinned.asOf = asOf

        var context = Context(framework: framework, answers: pinned, asOf: asOf, rates: library.rates, schemes: library.schemes)
        context.readAccreditations()
        context.checkUnknownAnswers()
        let criteria = framework.criteria.map { context.evaluate($0.criterion, pillar: $0.pillar) }
        let pillars = Self.pillarScores(framework, criteria)
        let overall = Self.overall(pillars)
        let tiers = TierEvaluator(framework: framework, answers: pinned, criteria: criteria, pillars: pillars, overall: overall).evaluate()
        let reached = tiers.last(where: \.reached)?.code
        let accepted = !context.issues.contains { $0.severity == .error }
        var award: Award?
        if pinned.status == .submitted, accepted, let code = reached, let tier = framework.tier(code) {
            award = Award(
                tier: code, label: tier.label, awardedOn: asOf, expiresOn: asOf.adding(months: tier.validityMonths),
                nextCheckIn: asOf.adding(months: tier.checkInMonths), validation: tier.validation)
        }
        let newest = library.versions(of: framework.id).last { $0.status == .published }
        var result = AssessmentResult(
            framework: FrameworkPin(
                id: framework.id, version: framework.version, name: framework.name, digest: library.digests[framework.key],
                newerVersion: newest.flatMap { SemanticVersion($0.version) > SemanticVersion(framework.version) ? $0.version : nil }),
            asOf: asOf, employer: pinned.employer, headcountBand: HeadcountBand(headcount: pinned.employer.headcount), status: pinned.status,
            accepted: accepted, issues: context.issues, criteria: criteria, pillars: pillars, overall: overall, tierReached: reached,
            tiers: tiers, accreditations: context.accreditationStatuses, rates: context.ratesUsed.values.sorted { $0.key < $1.key },
            actionPlan: [], award: award, answers: pinned)
        result.actionPlan = ActionPlanner.plan(for: result, framework: framework)
        return result
    }

    // MARK: Scores

    static func pillarScores(_ framework: CharterFramework, _ criteria: [CriterionResult]) -> [PillarScore] {
        framework.pillars.map { pillar in
            let counted = criteria.filter { $0.pillar == pillar.code && $0.state.applicable }
            let weights = counted.reduce(0) { $0 + $1.weight }
            let score = weights > 0 ? counted.reduce(0) { $0 + $1.weight * ($1.score ?? 0) } / weights : nil
            return PillarScore(
                code: pillar.code, name: pillar.name, score: score.map(roundScore), weight: pillar.weight,
                met: counted.filter { $0.state == .met }.count, applicable: counted.count)
        }
    }

    static func overall(_ pillars: [PillarScore]) -> Double {
        let scored = pillars.filter { $0.score != nil }
        let weights = scored.reduce(0) { $0 + $1.weight }
        guard weights > 0 else { return 0 }
        return roundScore(scored.reduce(0) { $0 + $1.weight * ($1.score ?? 0) } / weights)
    }
}

/// Scores are kept to four decimals so results compare and print stably.
func roundScore(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
