import Foundation

// MARK: - Resolving a role title to an occupation

/// An occupation a job title was resolved to: a SOC 2020 unit group and, where one fits, an IfATE
/// apprenticeship standard.
public struct OccupationMatch: Codable, Sendable, Equatable {
    /// The four-digit SOC 2020 unit group code, e.g. `"5223"`.
    public var soc2020Unit: String
    /// The unit group's title.
    public var title: String
    /// The IfATE standard reference (e.g. `"ST0457"`) where an apprenticeship standard fits.
    public var standardReference: String?
    /// How sure the resolver is, 0 to 1.
    public var confidence: Double

    /// Creates a match.
    public init(soc2020Unit: String, title: String, standardReference: String? = nil, confidence: Double) {
        self.soc2020Unit = soc2020Unit
        self.title = title
        self.standardReference = standardReference
        self.confidence = confidence
    }
}

/// Resolves an employer's own job title ("CNC setter", "senior carer") to an occupation.
///
/// The taxonomy module implements this; workforce planning only calls it.
public protocol OccupationResolving: Sendable {
    /// The best occupation for a job title, or nil when nothing fits well enough.
    /// - Parameters:
    ///   - title: the title as the employer wrote it.
    ///   - sectorHint: the employer's SIC 2007 section letter, if known, to break ties.
    func resolveOccupation(title: String, sectorHint: String?) async throws -> OccupationMatch?
}

// MARK: - Finding training for a skill gap

/// How an employer would like training delivered.
public struct TrainingPreferences: Codable, Sendable, Equatable {
    /// Short courses (a few days at most) preferred.
    public var short: Bool
    /// Modular courses taken in parts preferred.
    public var modular: Bool
    /// Training on the job (apprenticeships, workplace assessment) preferred.
    public var onTheJob: Bool
    /// Evening delivery preferred.
    public var evening: Bool
    /// Online delivery acceptable.
    public var online: Bool
    /// The districts where classroom delivery is acceptable; empty means anywhere.
    public var districts: [District]

    /// Creates a set of preferences; all off by default.
    public init(
        short: Bool = false, modular: Bool = false, onTheJob: Bool = false, evening: Bool = false, online: Bool = false,
        districts: [District] = []
    ) {
        self.short = short
        self.modular = modular
        self.onTheJob = onTheJob
        self.evening = evening
        self.online = online
        self.districts = districts
    }
}

/// One course suggested for a skill gap.
public struct TrainingSuggestion: Codable, Sendable, Equatable {
    /// The catalogue course id.
    public var courseID: String
    /// The course title.
    public var title: String
    /// The provider's name.
    public var providerName: String
    /// The IfATE standard reference when the course is an apprenticeship.
    public var standardReference: String?
    /// Why it was suggested, in plain words.
    public var reason: String

    /// Creates a suggestion.
    public init(courseID: String, title: String, providerName: String, standardReference: String? = nil, reason: String) {
        self.courseID = courseID
        self.title = title
        self.providerName = providerName
        self.standardReference = standardReference
        self.reason = reason
    }
}

/// Finds catalogue courses that would close a skill gap, honouring the employer's delivery preferences.
///
/// The catalogue and matching modules implement this; workforce planning only calls it.
public protocol TrainingCourseFinding: Sendable {
    /// Courses that would take someone in an occupation to `targetLevel` (0–4) in a skill.
    /// - Parameters:
    ///   - skill: the skill's code or label as the plan holds it.
    ///   - targetLevel: the level needed (0 none … 4 expert).
    ///   - occupation: the role's occupation, when resolved.
    ///   - preferences: the employer's delivery preferences.
    func courses(
        forSkill skill: String, targetLevel: Int, occupation: OccupationMatch?, preferences: TrainingPreferences
    ) async throws -> [TrainingSuggestion]
}
