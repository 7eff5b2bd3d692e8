// MARK: - An employer's answers

/// An employer's answers to one framework version: what an answers file holds, and what a store saves
/// as a draft. Answers are keyed by criterion id, so they can be given in any order.
public struct AssessmentAnswers: Sendable, Codable, Hashable {
    /// Framework id, e.g. `hw-gec`.
    public var framework: String
    /// The pinned version; when absent the engine pins the version in force on `asOf`.
    public var version: String?
    public var status: Status
    /// The date the assessment speaks for; rates, legal floors and expiry are resolved on it.
    public var asOf: CharterDate?
    public var employer: Employer
    /// Declarations the tier rules ask for, e.g. `signedCommitment`.
    public var declarations: [String: Bool]
    /// External accreditations held.
    public var accreditations: [Accreditation]
    public var answers: [String: Answer]

    /// Draft answers may be incomplete; submitted answers must cover every applicable criterion.
    public enum Status: String, Sendable, Codable, Hashable {
        case draft, submitted
    }

    enum CodingKeys: String, CodingKey { case framework, version, status, asOf, employer, declarations, accreditations, answers }

    public init(
        framework: String, version: String? = nil, status: Status = .draft, asOf: CharterDate? = nil, employer: Employer,
        declarations: [String: Bool] = [:], accreditations: [Accreditation] = [], answers: [String: Answer] = [:]
    ) {
        self.framework = framework
        self.version = version
        self.status = status
        self.asOf = asOf
        self.employer = employer
        self.declarations = declarations
        self.accreditations = accreditations
        self.answers = answers
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        framework = try c.decode(String.self, forKey: .framework)
        version = try c.decodeIfPresent(String.self, forKey: .version)
        status = try c.decodeIfPresent(Status.self, forKey: .status) ?? .draft
        asOf = try c.decodeIfPresent(CharterDate.self, forKey: .asOf)
        employer = try c.decode(Employer.self, forKey: .employer)
        declarations = try c.decodeIfPresent([String: Bool].self, forKey: .declarations) ?? [:]
        accreditations = try c.decodeIfPresent([Accreditation].self, forKey: .accreditations) ?? []
        answers = try c.decodeIfPresent([String: Answer].self, forKey: .answers) ?? [:]
    }

    // MARK: Editing

    /// Sets (or replaces) the answer to one criterion.
    public mutating func set(_ id: String, _ answer: Answer) { answers[id] = answer }

    /// Attaches an evidence reference to a criterion's answer (creating an empty answer if needed).
    public mutating func attach(_ evidence: EvidenceRef, to id: String) {
        answers[id, default: Answer()].evidence.append(evidence)
    }
}

/// Who is being assessed.
public struct Employer: Sendable, Codable, Hashable {
    public var name: String
    /// Staff in post (all workers the employer directly employs).
    public var headcount: Int
    /// True when the workplace is in London (the London Real Living Wage applies).
    public var london: Bool
    public var sector: String?

    public init(name: String, headcount: Int, london: Bool = false, sector: String? = nil) {
        self.name = name
        self.headcount = headcount
        self.london = london
        self.sector = sector
    }

    enum CodingKeys: String, CodingKey { case name, headcount, london, sector }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        headcount = try c.decode(Int.self, forKey: .headcount)
        london = try c.decodeIfPresent(Bool.self, forKey: .london) ?? false
        sector = try c.decodeIfPresent(String.self, forKey: .sector)
    }
}

/// An external accreditation the employer holds.
public struct Accreditation: Sendable, Codable, Hashable {
    public var scheme: String
    public var level: String
    /// The last day the accreditation is valid.
    public var validUntil: CharterDate
    /// Certificate number or link.
    public var reference: String?

    public init(scheme: String, level: String, validUntil: CharterDate, reference: String? = nil) {
        self.scheme = scheme
        self.level = level
        self.validUntil = validUntil
        self.reference = reference
    }
}

// MARK: - Answers

/// The answer to one criterion.
public struct Answer: Sendable, Codable, Hashable {
    /// What kind of answer this is; `answered` (the default) means `value` holds the answer.
    public var state: State
    /// The value: true/false, a level 0–4, a number, or picked option ids.
    public var value: AnswerValue?
    /// For a commitment: the date by which it will be met.
    public var due: CharterDate?
    /// For a metric: when the value was observed (end of the measured period).
    public var observedOn: CharterDate?
    /// Why the criterion does not apply (for `notApplicable`).
    public var reason: String?
    public var note: String?
    public var evidence: [EvidenceRef]

    public enum State: String, Sendable, Codable, Hashable {
        case answered, committed, notApplicable
    }

    enum CodingKeys: String, CodingKey { case state, value, due, observedOn, reason, note, evidence }

    public init(
        state: State = .answered, value: AnswerValue? = nil, due: CharterDate? = nil, observedOn: CharterDate? = nil,
        reason: String? = nil, note: String? = nil, evidence: [EvidenceRef] = []
    ) {
        self.state = state
        self.value = value
        self.due = due
        self.observedOn = observedOn
        self.reason = reason
        self.note = note
        self.evidence = evidence
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        state = try c.decodeIfPresent(State.self, forKey: .state) ?? .answered
        value = try c.decodeIfPresent(AnswerValue.self, forKey: .value)
        due = try c.decodeIfPresent(CharterDate.self, forKey: .due)
        observedOn = try c.decodeIfPresent(CharterDate.self, forKey: .observedOn)
        reason = try c.decodeIfPresent(String.self, forKey: .reason)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        evidence = try c.decodeIfPresent([EvidenceRef].self, forKey: .evidence) ?? []
    }

    /// A met/not-met answer.
    public static func yes(_ met: Bool, evidence: [EvidenceRef] = []) -> Answer { Answer(value: .bool(met), evidence: evidence) }
    /// A number (also used for scale levels).
    public static func number(_ value: Double, evidence: [EvidenceRef] = []) -> Answer { Answer(value: .number(value), evidence: evidence) }
    /// Picked options.
    public static func picks(_ ids: [String], evidence: [EvidenceRef] = []) -> Answer { Answer(value: .options(ids), evidence: evidence) }
    /// "We will by …".
    public static func committed(by due: CharterDate, note: String? = nil) -> Answer { Answer(state: .committed, due: due, note: note) }
    /// Not applicable, with the reason.
    public static func notApplicable(_ reason: String) -> Answer { Answer(state: .notApplicable, reason: reason) }
}

/// An answer's value as written in JSON: a boolean, a number, or a list of option ids.
public enum AnswerValue: Sendable, Hashable, Codable {
    case bool(Bool)
    case number(Double)
    case options([String])
    case text(String)

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let value = try? c.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? c.decode(Double.self) {
            self = .number(value)
        } else if let value = try? c.decode([String].self) {
            self = .options(value)
        } else if let value = try? c.decode(String.self) {
            self = .text(value)
        } else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "an answer value is true/false, a number or a list of option ids")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .bool(let value): try c.encode(value)
        case .number(let value): try c.encode(value)
        case .options(let value): try c.encode(value)
        case .text(let value): try c.encode(value)
        }
    }

    /// How the value reads in an explanation.
    public var display: String {
        switch self {
        case .bool(let value): value ? "yes" : "no"
        case .number(let value): formatNumber(value)
        case .options(let value): value.isEmpty ? "none" : value.joined(separator: ", ")
        case .text(let value): "\"\(value)\""
        }
    }
}

/// A reference to evidence: a description, a link, or both.
public struct EvidenceRef: Sendable, Codable, Hashable {
    public var text: String?
    public var url: String?
    /// Evidence type, e.g. `policy`, `payroll_extract`, `certificate`.
    public var type: String?

    public init(text: String? = nil, url: String? = nil, type: String? = nil) {
        self.text = text
        self.url = url
        self.type = type
    }
}

/// A number without a trailing `.0`, at most two decimals.
func formatNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e12 { return String(Int(value)) }
    let hundredths = (value * 100).rounded()
    let whole = Int(hundredths) / 100
    let fraction = abs(Int(hundredths)) % 100
    let sign = value < 0 && whole == 0 ? "-" : ""
    return fraction % 10 == 0 ? "\(sign)\(whole).\(fraction / 10)" : "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
}
