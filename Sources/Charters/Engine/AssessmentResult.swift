// MARK: - Assessment results

/// The outcome of assessing one set of answers: per-criterion results, pillar and overall scores,
/// every tier with what blocks it, the action plan, and any provisional award. Deterministic for the
/// same answers, framework version and as-of date.
public struct AssessmentResult: Sendable, Codable, Hashable {
    /// Always `charter-result`; tells result files apart from answers files.
    public var kind: String = "charter-result"
    public var framework: FrameworkPin
    public var asOf: CharterDate
    public var employer: Employer
    public var headcountBand: HeadcountBand
    public var status: AssessmentAnswers.Status
    /// False when any answer was rejected (the issues say why).
    public var accepted: Bool
    public var issues: [AnswerIssue]
    public var criteria: [CriterionResult]
    public var pillars: [PillarScore]
    /// Weighted mean of the pillar scores (0–1); advisory, tiers are decided by rules.
    public var overall: Double
    /// The highest tier reached, or nil.
    public var tierReached: String?
    public var tiers: [TierResult]
    public var accreditations: [AccreditationStatus]
    /// Rates the answers were checked against.
    public var rates: [ResolvedRate]
    public var actionPlan: [ActionItem]
    /// The award a submitted, accepted assessment earns (provisional until validated as the tier says).
    public var award: Award?
    /// The answers the result was computed from, so a result file can be compared later.
    public var answers: AssessmentAnswers

    /// The result of one criterion.
    public func criterion(_ id: String) -> CriterionResult? { criteria.first { $0.id == id } }
    /// The result of one tier.
    public func tier(_ code: String) -> TierResult? { tiers.first { $0.code == code } }
    /// The score of one pillar.
    public func pillar(_ code: String) -> PillarScore? { pillars.first { $0.code == code } }
}

/// The exact framework version an assessment was taken against.
public struct FrameworkPin: Sendable, Codable, Hashable {
    public var id: String
    public var version: String
    public var name: String
    /// SHA-256 of the framework file.
    public var digest: String?
    /// A newer version exists (it is not used: the assessment stays on its pinned version).
    public var newerVersion: String?
}

/// A problem with one answer. Errors reject the answer; warnings explain how it was read.
public struct AnswerIssue: Sendable, Codable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Hashable { case error, warning }

    public var severity: Severity
    /// The criterion, or nil for the employer, declarations or accreditations.
    public var criterion: String?
    /// The field, e.g. `value`, `due`, `evidence[1].url`.
    public var field: String
    public var reason: String

    public init(_ severity: Severity, criterion: String?, field: String, _ reason: String) {
        self.severity = severity
        self.criterion = criterion
        self.field = field
        self.reason = reason
    }

    public var description: String {
        "\(severity.rawValue): " + (criterion.map { "\($0) " } ?? "") + "\(field): \(reason)"
    }
}

/// How one criterion came out.
public struct CriterionResult: Sendable, Codable, Hashable {
    public enum State: String, Sendable, Codable, Hashable {
        case met, partial, committed, notMet, notApplicable, unanswered, rejected
        /// Outside the criterion's size band.
        case outOfScope
        /// Not in force yet on the as-of date.
        case notYetInForce

        /// True when the criterion counts in scores and tier rules.
        public var applicable: Bool { ![.notApplicable, .outOfScope, .notYetInForce].contains(self) }
    }

    public var id: String
    public var pillar: String
    public var text: String
    public var kind: CriterionKind.Name
    public var state: State
    /// 0–1; nil when the criterion does not count.
    public var score: Double?
    public var weight: Double
    /// The tier this criterion gates on the as-of date, when mandatory.
    public var gatesTier: String?
    /// True when the criterion is a legal minimum on the as-of date (part of the entry gate).
    public var legalMinimum: Bool
    /// Why it came out this way, in words.
    public var explanation: String
    public var evidenceCount: Int
    /// The accreditation that satisfied it, e.g. "Living Wage Foundation: accredited employer (valid until 2027-03-31)".
    public var satisfiedBy: String?
    /// For a commitment: when it falls due.
    public var commitmentDue: CharterDate?
    /// True for measured outcomes.
    public var outcome: Bool
    /// An announced rise the current value will not meet.
    public var upcomingShortfall: UpcomingRate? = nil
}

/// A pillar's score.
public struct PillarScore: Sendable, Codable, Hashable {
    public var code: String
    public var name: String
    /// 0–1, or nil when nothing in the pillar applies.
    public var score: Double?
    public var weight: Double
    public var met: Int
    public var applicable: Int
}

/// One tier: reached or not, and exactly what blocks it.
public struct TierResult: Sendable, Codable, Hashable {
    public var code: String
    public var label: String
    public var reached: Bool
    public var blockers: [Blocker]
}

/// Something that stops a tier being reached.
public struct Blocker: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The criterion at fault, when there is one.
    public var criterion: String?
    /// The pillar at fault, when there is one.
    public var pillar: String?
    public var reason: String

    public var description: String { (criterion ?? pillar).map { "\($0): \(reason)" } ?? reason }
}

/// An accreditation as the engine read it on the as-of date.
public struct AccreditationStatus: Sendable, Codable, Hashable {
    public var scheme: String
    public var schemeName: String
    public var level: String
    public var validUntil: CharterDate
    public var valid: Bool
    /// Criteria the accreditation covers (satisfied while valid; lapsed once expired).
    public var criteria: [String]
}

/// A provisional award and its dates.
public struct Award: Sendable, Codable, Hashable {
    public var tier: String
    public var label: String
    public var awardedOn: CharterDate
    public var expiresOn: CharterDate
    /// The next yearly check-in.
    public var nextCheckIn: CharterDate
    public var validation: Tier.Validation

    /// Where the award stands on a date.
    public func standing(on date: CharterDate) -> Standing {
        if date > expiresOn { return .expired }
        if date > nextCheckIn { return .checkInOverdue }
        return .current
    }

    public enum Standing: String, Sendable, Codable, Hashable {
        case current, checkInOverdue, expired
    }
}
