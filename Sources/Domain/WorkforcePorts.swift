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

// MARK: - The IfATE route of an occupation

/// Tells which IfATE occupational route a resolved occupation belongs to, for route-level demand figures.
///
/// The taxonomy module implements this; workforce planning only calls it.
public protocol OccupationRouting: Sendable {
    /// The route of an occupation: the standard's route when one is given, otherwise the route the unit
    /// group's standards share; nil when neither settles it.
    func route(soc2020Unit: String, standardReference: String?) -> Route?
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

    /// Decodes preferences; a missing flag is off and missing districts mean anywhere.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            short: try c.decodeIfPresent(Bool.self, forKey: .short) ?? false, modular: try c.decodeIfPresent(Bool.self, forKey: .modular) ?? false,
            onTheJob: try c.decodeIfPresent(Bool.self, forKey: .onTheJob) ?? false, evening: try c.decodeIfPresent(Bool.self, forKey: .evening) ?? false,
            online: try c.decodeIfPresent(Bool.self, forKey: .online) ?? false,
            districts: try c.decodeIfPresent([District].self, forKey: .districts) ?? [])
    }

    private enum CodingKeys: String, CodingKey { case short, modular, onTheJob, evening, online, districts }
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

    /// The same, with the skill's readable label for searching (the plan's skill ids are not always
    /// taxonomy ids). Defaults to the call without the label.
    func courses(
        forSkill skill: String, label: String, targetLevel: Int, occupation: OccupationMatch?, preferences: TrainingPreferences
    ) async throws -> [TrainingSuggestion]
}

extension TrainingCourseFinding {
    public func courses(
        forSkill skill: String, label: String, targetLevel: Int, occupation: OccupationMatch?, preferences: TrainingPreferences
    ) async throws -> [TrainingSuggestion] {
        try await courses(forSkill: skill, targetLevel: targetLevel, occupation: occupation, preferences: preferences)
    }
}

// MARK: - What the catalogue offers for a skill

/// One course that teaches a skill, described by how and where it is delivered, for matching an
/// employer's delivery preferences and for the Deploy / Adapt / Import / Develop classification.
public struct ProvisionOffer: Codable, Sendable, Equatable {
    /// The catalogue course id.
    public var courseID: String
    /// The course title.
    public var title: String
    /// The provider's name.
    public var providerName: String
    /// The Worcestershire districts its runs take place in (`outside-county` for runs elsewhere).
    public var districts: [District]
    /// How its runs are delivered.
    public var deliveryModes: [DeliveryMode]
    /// Some run is taught in the evening or at twilight.
    public var evening: Bool
    /// Some run lasts a week or less.
    public var short: Bool
    /// Some run is part-time or flexible (taken in parts alongside work).
    public var modular: Bool
    /// The IfATE standard reference when the course is an apprenticeship.
    public var standardReference: String?
    /// How well the course matches the skill, 0 to 1.
    public var relevance: Double

    /// Creates an offer.
    public init(
        courseID: String, title: String, providerName: String, districts: [District], deliveryModes: [DeliveryMode], evening: Bool = false,
        short: Bool = false, modular: Bool = false, standardReference: String? = nil, relevance: Double = 1
    ) {
        self.courseID = courseID
        self.title = title
        self.providerName = providerName
        self.districts = districts
        self.deliveryModes = deliveryModes
        self.evening = evening
        self.short = short
        self.modular = modular
        self.standardReference = standardReference
        self.relevance = relevance
    }

    /// Taught in Worcestershire: a run in a county district, or online from the catalogue's county providers.
    public var isLocal: Bool {
        districts.contains { $0 != .outsideCounty } || (districts.isEmpty && deliveryModes.contains(.online))
    }

    /// Taught on the job (work-based runs, apprenticeships).
    public var onTheJob: Bool { deliveryModes.contains(.workBased) || standardReference != nil }
}

/// Finds the catalogue's provision for a skill. The taxonomy module implements it over the catalogue
/// (skill tags and text search); workforce planning only calls it.
public protocol SkillProvisionFinding: Sendable {
    /// Courses that teach a skill, most relevant first.
    /// - Parameters:
    ///   - skill: the skill's id as the plan holds it (a taxonomy id where one fits).
    ///   - label: the skill's readable label, for searching when the id is the plan's own.
    ///   - occupation: the role's occupation, when known, to prefer the matching apprenticeship standard.
    func provision(forSkill skill: String, label: String, occupation: OccupationMatch?) async throws -> [ProvisionOffer]
}
