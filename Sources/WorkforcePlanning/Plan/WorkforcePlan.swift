public import Domain
import Foundation

// MARK: - The plan

/// An employer's 3–5 year workforce plan: one saved version of it.
///
/// Plans are plain values: every saved change is a new ``PlanVersion`` (the caller stores each version),
/// and ``PlanComparison`` compares two of them. Nothing here reads the clock or a random source; the
/// baseline date and the simulation seed are part of the plan.
public struct WorkforcePlan: Codable, Sendable, Equatable {
    /// The version of this JSON format; currently 1.
    public var format: Int
    /// Who the plan is for.
    public var organisation: OrganisationProfile
    /// The date the current workforce figures describe ("as of").
    public var baselineDate: PlanDate
    /// How far ahead the plan looks, 3 to 5 years.
    public var horizonYears: Int
    /// Which saved version this is.
    public var version: PlanVersion
    /// Roles (job families) with their people and skills.
    public var roles: [Role]
    /// Leaver and retirement rate assumptions.
    public var rates: RateAssumptions
    /// Internal moves between roles.
    public var transitions: [Transition]
    /// Demand scenarios; one is preferred.
    public var scenarios: [Scenario]
    /// Planned actions.
    public var actions: [PlanAction]
    /// Seed for the simulated ranges, so the same plan always gives the same figures.
    public var seed: UInt64
    /// How the employer would like training delivered (short, modular, on the job, evening, online,
    /// districts); nil when not stated. Used for course suggestions and the provision gap classification.
    public var trainingPreferences: TrainingPreferences?

    /// The current JSON format number.
    public static let currentFormat = 1

    /// Creates a plan.
    public init(
        format: Int = WorkforcePlan.currentFormat, organisation: OrganisationProfile, baselineDate: PlanDate, horizonYears: Int,
        version: PlanVersion, roles: [Role], rates: RateAssumptions = RateAssumptions(), transitions: [Transition] = [],
        scenarios: [Scenario] = Scenario.standardSet(), actions: [PlanAction] = [], seed: UInt64 = 1,
        trainingPreferences: TrainingPreferences? = nil
    ) {
        self.format = format
        self.organisation = organisation
        self.baselineDate = baselineDate
        self.horizonYears = horizonYears
        self.version = version
        self.roles = roles
        self.rates = rates
        self.transitions = transitions
        self.scenarios = scenarios
        self.actions = actions
        self.seed = seed
        self.trainingPreferences = trainingPreferences
    }

    /// The role with an id.
    public func role(_ id: String) -> Role? { roles.first { $0.id == id } }

    /// The scenario with a name, or the preferred one (else the first) when `name` is nil.
    public func scenario(named name: String?) -> Scenario? {
        if let name { return scenarios.first { $0.name == name } }
        return scenarios.first { $0.isPreferred } ?? scenarios.first
    }

    /// Total headcount across roles.
    public var headcount: Int { roles.reduce(0) { $0 + $1.headcount } }
}

// MARK: - Organisation

/// The employer, described coarsely enough to aggregate safely.
public struct OrganisationProfile: Codable, Sendable, Equatable {
    /// The business's name (kept private to the employer; never aggregated).
    public var name: String
    /// SIC 2007 section letter, e.g. `"C"` manufacturing, `"Q"` health and social work.
    public var sector: String
    /// Size band by headcount.
    public var sizeBand: SizeBand
    /// The Worcestershire district the workplace is in.
    public var district: District
    /// Standard full-time weekly hours, for FTE.
    public var standardWeeklyHours: Double

    /// Creates a profile.
    public init(name: String, sector: String, sizeBand: SizeBand, district: District, standardWeeklyHours: Double = 37.5) {
        self.name = name
        self.sector = sector
        self.sizeBand = sizeBand
        self.district = district
        self.standardWeeklyHours = standardWeeklyHours
    }
}

// MARK: - Versions

/// Which saved version a plan is: every saved change gets the next number.
public struct PlanVersion: Codable, Sendable, Equatable {
    /// 1 for the first save, then 2, 3…
    public var number: Int
    /// The version this one was edited from; nil for the first.
    public var parent: Int?
    /// The date the version was saved (given by the caller, never read from a clock).
    public var savedOn: PlanDate
    /// A short note on what changed.
    public var note: String?

    /// Creates a version record.
    public init(number: Int, parent: Int? = nil, savedOn: PlanDate, note: String? = nil) {
        self.number = number
        self.parent = parent
        self.savedOn = savedOn
        self.note = note
    }
}

extension WorkforcePlan {
    /// The plan as the next saved version: same content, version number one higher, parent set.
    /// - Parameters:
    ///   - savedOn: the date of the save.
    ///   - note: what changed.
    public func nextVersion(savedOn: PlanDate, note: String?) -> WorkforcePlan {
        var copy = self
        copy.version = PlanVersion(number: version.number + 1, parent: version.number, savedOn: savedOn, note: note)
        return copy
    }
}
