public import Domain
import Foundation

// MARK: - Learner profile

/// What a learner tells the diagnostic: their story, optionally their job title and aspiration, and
/// the constraints courses must meet.
///
/// `{"text": "..."}` alone is a valid profile; every other field is optional in JSON.
public struct LearnerProfile: Codable, Sendable, Hashable {
    /// Free text: skills, jobs held, volunteering, qualifications (a sentence, a list or a pasted CV).
    public var text: String
    /// The current or last job title.
    public var currentTitle: String?
    /// What the learner would like to do, in their own words ("work with animals", "an office job").
    public var aspiration: String?
    /// A route the learner is aiming for.
    public var targetRoute: Route?
    /// An occupation the learner is aiming for: `ST0116`, `ifate:ST0116`, `soc2020:5213` or `5213`.
    public var targetOccupation: String?
    /// Which courses may be offered.
    public var constraints: LearnerConstraints

    /// Creates a profile.
    public init(
        text: String, currentTitle: String? = nil, aspiration: String? = nil, targetRoute: Route? = nil,
        targetOccupation: String? = nil, constraints: LearnerConstraints = LearnerConstraints()
    ) {
        self.text = text
        self.currentTitle = currentTitle
        self.aspiration = aspiration
        self.targetRoute = targetRoute
        self.targetOccupation = targetOccupation
        self.constraints = constraints
    }

    private enum CodingKeys: String, CodingKey { case text, currentTitle, aspiration, targetRoute, targetOccupation, constraints }

    /// Decodes a profile; only `text` is required. A route may be given by slug, number or name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        currentTitle = try container.decodeIfPresent(String.self, forKey: .currentTitle)
        aspiration = try container.decodeIfPresent(String.self, forKey: .aspiration)
        if let routeText = try container.decodeIfPresent(String.self, forKey: .targetRoute) {
            guard let route = Route(matching: routeText) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .targetRoute, in: container, debugDescription: "'\(routeText)' is not a route (slug, number 1–15 or name)")
            }
            targetRoute = route
        }
        targetOccupation = try container.decodeIfPresent(String.self, forKey: .targetOccupation)
        constraints = try container.decodeIfPresent(LearnerConstraints.self, forKey: .constraints) ?? LearnerConstraints()
    }
}

// MARK: - Constraints

/// Which courses a learner can take. Empty lists mean "any".
public struct LearnerConstraints: Codable, Sendable, Hashable {
    /// Districts where classroom or blended runs may be; empty means anywhere. Online runs are never
    /// excluded by district.
    public var districts: [District]
    /// Acceptable delivery modes; empty means any.
    public var deliveryModes: [DeliveryMode]
    /// Acceptable study modes; empty means any.
    public var studyModes: [StudyMode]
    /// The most a run may cost, in pence.
    public var maxCostPence: Int?
    /// Only runs that are free or funded for some learners.
    public var fundedOnly: Bool
    public var minLevel: Level?
    public var maxLevel: Level?
    /// Earliest start, `yyyy-MM-dd`.
    public var startFrom: String?
    /// Latest start, `yyyy-MM-dd`.
    public var startTo: String?
    /// Provider-scoped view: the same career paths, courses only from this provider.
    public var provider: ProviderID?

    /// Creates constraints; no constraint by default.
    public init(
        districts: [District] = [], deliveryModes: [DeliveryMode] = [], studyModes: [StudyMode] = [], maxCostPence: Int? = nil,
        fundedOnly: Bool = false, minLevel: Level? = nil, maxLevel: Level? = nil, startFrom: String? = nil, startTo: String? = nil,
        provider: ProviderID? = nil
    ) {
        self.districts = districts
        self.deliveryModes = deliveryModes
        self.studyModes = studyModes
        self.maxCostPence = maxCostPence
        self.fundedOnly = fundedOnly
        self.minLevel = minLevel
        self.maxLevel = maxLevel
        self.startFrom = startFrom
        self.startTo = startTo
        self.provider = provider
    }

    private enum CodingKeys: String, CodingKey {
        case districts, deliveryModes, studyModes, maxCostPence, fundedOnly, minLevel, maxLevel, startFrom, startTo, provider
    }

    /// Decodes constraints; every field is optional. Districts may be slugs or names, and
    /// `"anywhere"` (alone or in the list) means no district constraint.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var districts: [District] = []
        var anywhere = false
        for name in try container.decodeIfPresent([String].self, forKey: .districts) ?? [] {
            if name.trimmingCharacters(in: .whitespaces).lowercased() == "anywhere" { anywhere = true; continue }
            guard let district = District(named: name) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .districts, in: container,
                    debugDescription: "'\(name)' is not a Worcestershire district (\(District.allCases.map(\.rawValue).joined(separator: ", ")) or anywhere)")
            }
            districts.append(district)
        }
        self.districts = anywhere ? [] : districts
        deliveryModes = try container.decodeIfPresent([DeliveryMode].self, forKey: .deliveryModes) ?? []
        studyModes = try container.decodeIfPresent([StudyMode].self, forKey: .studyModes) ?? []
        maxCostPence = try container.decodeIfPresent(Int.self, forKey: .maxCostPence)
        if let cost = maxCostPence, cost < 0 {
            throw DecodingError.dataCorruptedError(forKey: .maxCostPence, in: container, debugDescription: "must be 0 or more pence")
        }
        fundedOnly = try container.decodeIfPresent(Bool.self, forKey: .fundedOnly) ?? false
        minLevel = try container.decodeIfPresent(Level.self, forKey: .minLevel)
        maxLevel = try container.decodeIfPresent(Level.self, forKey: .maxLevel)
        startFrom = try Self.day(container, .startFrom)
        startTo = try Self.day(container, .startTo)
        provider = try container.decodeIfPresent(ProviderID.self, forKey: .provider)
    }

    private static func day(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> String? {
        guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "'\(text)' is not a date (yyyy-MM-dd)")
        }
        return date.description
    }
}

// MARK: - District names

extension District {
    /// A district from its slug or its name ("wyre-forest", "Wyre Forest", "malvern"), or nil.
    public init?(named text: String) {
        let key = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let district = District(rawValue: key) ?? District(rawValue: key.replacingOccurrences(of: " ", with: "-"))
            ?? District.allCases.first(where: { $0.name.lowercased() == key }) ?? District.forTown(key)
        {
            self = district
        } else {
            return nil
        }
    }
}
