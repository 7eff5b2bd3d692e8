import Foundation

// MARK: - Role

/// A role (job family) in the plan, with its stock of people.
public struct Role: Codable, Sendable, Equatable {
    /// A short id unique in the plan, e.g. `"cnc-machinist"`.
    public var id: String
    /// The employer's own title for the role.
    public var title: String
    /// The occupation the title resolves to, once resolved (SOC 2020 unit group, IfATE standard).
    public var occupation: OccupationCode?
    /// Whether the business depends on this role (key, hard to fill, long lead time…).
    public var isCritical: Bool
    /// People in post.
    public var headcount: Int
    /// Full-time equivalent of the people in post.
    public var fte: Double
    /// Unfilled posts today.
    public var vacancies: Int
    /// Headcount by age band (may cover only part of the headcount).
    public var ageBands: [AgeBand: Int]
    /// Headcount by length of service (may cover only part of the headcount).
    public var tenureBands: [TenureBand: Int]
    /// Optional pseudonymous people ("Person A"); when given, one per person in post.
    public var people: [Person]
    /// Skills the role needs, with the levels held today.
    public var skills: [SkillRequirement]
    /// Leavers in recent years, for the firm's own leaver rate.
    public var history: [FlowYear]
    /// The owner's own annual leaver rate for this role, overriding history and benchmark.
    public var leaverRateOverride: Double?
    /// Months for a new starter to become fully proficient.
    public var timeToCompetenceMonths: Int?

    /// Creates a role.
    public init(
        id: String, title: String, occupation: OccupationCode? = nil, isCritical: Bool = false, headcount: Int, fte: Double? = nil,
        vacancies: Int = 0, ageBands: [AgeBand: Int] = [:], tenureBands: [TenureBand: Int] = [:], people: [Person] = [],
        skills: [SkillRequirement] = [], history: [FlowYear] = [], leaverRateOverride: Double? = nil, timeToCompetenceMonths: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.occupation = occupation
        self.isCritical = isCritical
        self.headcount = headcount
        self.fte = fte ?? Double(headcount)
        self.vacancies = vacancies
        self.ageBands = ageBands
        self.tenureBands = tenureBands
        self.people = people
        self.skills = skills
        self.history = history
        self.leaverRateOverride = leaverRateOverride
        self.timeToCompetenceMonths = timeToCompetenceMonths
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, occupation, isCritical, headcount, fte, vacancies, ageBands, tenureBands, people, skills, history
        case leaverRateOverride, timeToCompetenceMonths
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let headcount = try c.decode(Int.self, forKey: .headcount)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            title: try c.decode(String.self, forKey: .title),
            occupation: try c.decodeIfPresent(OccupationCode.self, forKey: .occupation),
            isCritical: try c.decodeIfPresent(Bool.self, forKey: .isCritical) ?? false,
            headcount: headcount,
            fte: try c.decodeIfPresent(Double.self, forKey: .fte),
            vacancies: try c.decodeIfPresent(Int.self, forKey: .vacancies) ?? 0,
            ageBands: try c.decodeIfPresent([AgeBand: Int].self, forKey: .ageBands) ?? [:],
            tenureBands: try c.decodeIfPresent([TenureBand: Int].self, forKey: .tenureBands) ?? [:],
            people: try c.decodeIfPresent([Person].self, forKey: .people) ?? [],
            skills: try c.decodeIfPresent([SkillRequirement].self, forKey: .skills) ?? [],
            history: try c.decodeIfPresent([FlowYear].self, forKey: .history) ?? [],
            leaverRateOverride: try c.decodeIfPresent(Double.self, forKey: .leaverRateOverride),
            timeToCompetenceMonths: try c.decodeIfPresent(Int.self, forKey: .timeToCompetenceMonths)
        )
    }
}

/// The occupation codes a role title resolved to.
public struct OccupationCode: Codable, Sendable, Equatable {
    /// SOC 2020 unit group (4 digits).
    public var soc2020Unit: String
    /// IfATE standard reference, e.g. `"ST0457"`.
    public var standardReference: String?

    /// Creates a code pair.
    public init(soc2020Unit: String, standardReference: String? = nil) {
        self.soc2020Unit = soc2020Unit
        self.standardReference = standardReference
    }
}

// MARK: - Pseudonymous people

/// One person in post, recorded only by a pseudonymous label and bands — never a name, a date of birth,
/// health data or individual pay.
public struct Person: Codable, Sendable, Equatable {
    /// A label such as `"Person A"`.
    public var label: String
    /// Age band.
    public var ageBand: AgeBand?
    /// Length-of-service band.
    public var tenureBand: TenureBand?
    /// Full-time equivalent, 0–1.
    public var fte: Double?
    /// Retirement intention the person has stated (owner's record, for planning only).
    public var retirementIntention: StatedIntention?
    /// Leaving intention the person has stated.
    public var leavingIntention: StatedIntention?
    /// The owner's judgement of leave risk (planning only; never used to rank people).
    public var leaveRisk: LeaveRisk?
    /// Whether the person is an apprentice.
    public var isApprentice: Bool?
    /// Skill levels held (skill id → 0–4).
    public var skills: [String: Int]?

    /// Creates a person.
    public init(
        label: String, ageBand: AgeBand? = nil, tenureBand: TenureBand? = nil, fte: Double? = nil,
        retirementIntention: StatedIntention? = nil, leavingIntention: StatedIntention? = nil, leaveRisk: LeaveRisk? = nil,
        isApprentice: Bool? = nil, skills: [String: Int]? = nil
    ) {
        self.label = label
        self.ageBand = ageBand
        self.tenureBand = tenureBand
        self.fte = fte
        self.retirementIntention = retirementIntention
        self.leavingIntention = leavingIntention
        self.leaveRisk = leaveRisk
        self.isApprentice = isApprentice
        self.skills = skills
    }
}

// MARK: - Skills

/// A skill a role needs, with required level on the 0–4 scale (0 none, 1 awareness, 2 works with
/// supervision, 3 fully proficient, 4 expert / can train others).
public struct SkillRequirement: Codable, Sendable, Equatable {
    /// The skill's id in the plan (a taxonomy code once resolved), e.g. `"cnc-programming"`.
    public var skill: String
    /// A readable label.
    public var label: String
    /// How much the role depends on it.
    public var importance: SkillImportance
    /// Level needed now, 0–4.
    public var required: Int
    /// Levels needed in later plan years where they change (`"3"` → level), e.g. a new technology.
    public var requiredByYear: [String: Int]?
    /// Levels held by the people in post when no pseudonymous people are listed, one entry a person.
    public var currentLevels: [Int]?

    /// Creates a requirement.
    public init(
        skill: String, label: String, importance: SkillImportance, required: Int, requiredByYear: [String: Int]? = nil,
        currentLevels: [Int]? = nil
    ) {
        self.skill = skill
        self.label = label
        self.importance = importance
        self.required = required
        self.requiredByYear = requiredByYear
        self.currentLevels = currentLevels
    }

    /// The level required in plan year `year` (0 = baseline): the latest change at or before it.
    public func required(inYear year: Int) -> Int {
        let changes = (requiredByYear ?? [:]).compactMap { key, level in Int(key).map { ($0, level) } }.filter { $0.0 <= year }
        return changes.max { $0.0 < $1.0 }?.1 ?? required
    }
}

// MARK: - Flow history

/// What happened in a role in one past year, for the firm's own leaver rate.
public struct FlowYear: Codable, Sendable, Equatable {
    /// The calendar year.
    public var year: Int
    /// Average headcount over the year ((start + end) ÷ 2).
    public var averageHeadcount: Double
    /// Leavers of all kinds except retirement.
    public var leavers: Int
    /// Retirements.
    public var retirements: Int?

    /// Creates a year of history.
    public init(year: Int, averageHeadcount: Double, leavers: Int, retirements: Int? = nil) {
        self.year = year
        self.averageHeadcount = averageHeadcount
        self.leavers = leavers
        self.retirements = retirements
    }
}

// MARK: - Internal moves

/// An internal move path: each year a share of one role moves to another (e.g. apprentice → technician).
public struct Transition: Codable, Sendable, Equatable {
    /// The role people move from.
    public var from: String
    /// The role people move to.
    public var to: String
    /// The annual probability of moving, 0–1.
    public var annualProbability: Double
    /// The first plan year the move can happen (e.g. 3 for "after three years"); 1 if nil.
    public var earliestYear: Int?

    /// Creates a move path.
    public init(from: String, to: String, annualProbability: Double, earliestYear: Int? = nil) {
        self.from = from
        self.to = to
        self.annualProbability = annualProbability
        self.earliestYear = earliestYear
    }
}
