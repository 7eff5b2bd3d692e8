public import Domain
import Foundation
import Matching

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

    private enum CodingKeys: String, CodingKey, CaseIterable { case text, currentTitle, aspiration, targetRoute, targetOccupation, constraints }

    /// The JSON field names of a profile.
    public static let fieldNames = CodingKeys.allCases.map(\.rawValue)

    /// Decodes a profile; only `text` is required. A route may be given by slug, number or name. An
    /// unknown field is refused (`ProfileFieldError`, naming the closest known field).
    public init(from decoder: any Decoder) throws {
        try self.init(from: decoder, alsoAllowing: [])
    }

    /// Decodes a profile from an object that may also hold the service's own `fields` (e.g. `consent`).
    public init(from decoder: any Decoder, alsoAllowing fields: [String]) throws {
        try ProfileFieldError.refuseUnknownFields(decoder, known: Self.fieldNames + fields)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let field = ProfileFieldReader(container: container)
        guard container.contains(.text) else {
            throw ProfileFieldError(code: "invalid-value", path: field.path(.text), reason: "this field is required (the learner's own words)")
        }
        text = try field.read(.text, expected: "a string") { try container.decode(String.self, forKey: .text) } ?? ""
        currentTitle = try field.read(.currentTitle, expected: "a string") { try container.decodeIfPresent(String.self, forKey: .currentTitle) }
        aspiration = try field.read(.aspiration, expected: "a string") { try container.decodeIfPresent(String.self, forKey: .aspiration) }
        if let routeText = try field.read(.targetRoute, expected: "a route slug, number 1–15 or name", {
            try container.decodeIfPresent(String.self, forKey: .targetRoute)
        }) {
            guard let route = Route(matching: routeText) else {
                throw field.invalid(.targetRoute, "'\(routeText.prefix(64))' is not a route (slug, number 1–15 or name)", allowed: Route.allCases.map(\.rawValue))
            }
            targetRoute = route
        }
        targetOccupation = try field.read(.targetOccupation, expected: "a string") {
            try container.decodeIfPresent(String.self, forKey: .targetOccupation)
        }
        constraints = try field.read(.constraints, expected: "an object of constraints") {
            try container.decodeIfPresent(LearnerConstraints.self, forKey: .constraints)
        } ?? LearnerConstraints()
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
    /// The most a run may cost this learner, in pence.
    public var maxCostPence: Int?
    /// Only runs that cost this learner nothing, or that are free or funded if they meet a stated
    /// condition (income, employment, age 19–23); each course then says which (`CourseOption.costToLearner`).
    public var fundedOnly: Bool
    public var minLevel: Level?
    public var maxLevel: Level?
    /// Earliest start, `yyyy-MM-dd`.
    public var startFrom: String?
    /// Latest start, `yyyy-MM-dd`.
    public var startTo: String?
    /// Provider-scoped view: the same career paths, courses only from this provider.
    public var provider: ProviderID?
    /// The learner's age band, which decides what "free" means for them and whether 16–19 study
    /// programmes (T Levels, "for 16 to 18 year olds") are offered. Nil means not said: an adult (19+),
    /// unless the profile text reads as a school leaver's (`LearnerProfile.resolvingAgeBand()`).
    public var ageBand: AgeBand?
    /// Study modes whose courses are listed first, without excluding others: part-time and flexible
    /// for a learner who wants part-time work (`Circumstances`). Not part of the JSON form.
    public var preferredStudyModes: [StudyMode] = []
    /// Delivery modes whose courses are listed first, without excluding others: online for a learner
    /// who wants to work from home (`Circumstances`). Not part of the JSON form.
    public var preferredDeliveryModes: [DeliveryMode] = []

    /// Creates constraints; no constraint by default.
    public init(
        districts: [District] = [], deliveryModes: [DeliveryMode] = [], studyModes: [StudyMode] = [], maxCostPence: Int? = nil,
        fundedOnly: Bool = false, minLevel: Level? = nil, maxLevel: Level? = nil, startFrom: String? = nil, startTo: String? = nil,
        provider: ProviderID? = nil, ageBand: AgeBand? = nil
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
        self.ageBand = ageBand
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case districts, deliveryModes, studyModes, maxCostPence, fundedOnly, minLevel, maxLevel, startFrom, startTo, provider, ageBand
    }

    /// The JSON field names of constraints.
    public static let fieldNames = CodingKeys.allCases.map(\.rawValue)

    /// Decodes constraints; every field is optional, an unknown field is refused (naming the closest
    /// known one), and so are contradictory bounds. Districts may be slugs or names, and `"anywhere"`
    /// (alone or in the list) means no district constraint. Errors are `ProfileFieldError`s located
    /// by their JSON path.
    public init(from decoder: any Decoder) throws {
        try ProfileFieldError.refuseUnknownFields(decoder, known: Self.fieldNames)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let field = ProfileFieldReader(container: container)
        let districtList = "a list of Worcestershire districts (\(District.allCases.map(\.rawValue).joined(separator: ", ")) or anywhere)"
        var districts: [District] = []
        var anywhere = false
        let names = try field.read(.districts, expected: districtList) { try container.decodeIfPresent([String].self, forKey: .districts) } ?? []
        for (position, name) in names.enumerated() {
            if name.trimmingCharacters(in: .whitespaces).lowercased() == "anywhere" { anywhere = true; continue }
            guard let district = District(named: name) else {
                throw field.invalid(.districts, index: position, "'\(name)' is not a Worcestershire district",
                    allowed: District.allCases.map(\.rawValue) + ["anywhere"])
            }
            districts.append(district)
        }
        self.districts = anywhere ? [] : districts
        deliveryModes = try field.values(.deliveryModes, of: DeliveryMode.self, kind: "delivery mode")
        studyModes = try field.values(.studyModes, of: StudyMode.self, kind: "study mode")
        maxCostPence = try field.read(.maxCostPence, expected: "a whole number of pence, 0 or more (e.g. 50000 for £500)") {
            try container.decodeIfPresent(Int.self, forKey: .maxCostPence)
        }
        if let cost = maxCostPence, cost < 0 {
            throw field.invalid(.maxCostPence, "\(cost) is negative; expected a whole number of pence, 0 or more")
        }
        fundedOnly = try field.read(.fundedOnly, expected: "true or false") { try container.decodeIfPresent(Bool.self, forKey: .fundedOnly) } ?? false
        minLevel = try field.level(.minLevel)
        maxLevel = try field.level(.maxLevel)
        startFrom = try field.day(.startFrom)
        startTo = try field.day(.startTo)
        provider = try field.read(.provider, expected: "a provider id such as kidderminster-college") {
            guard let text = try container.decodeIfPresent(String.self, forKey: .provider) else { return nil }
            guard let id = ProviderID(rawValue: text) else {
                throw field.invalid(.provider, "'\(text.prefix(64))' is not a provider id (lower-case letters, digits and hyphens)")
            }
            return id
        }
        ageBand = try field.read(.ageBand, expected: "one of \(AgeBand.allCases.map(\.rawValue).joined(separator: ", "))") {
            guard let text = try container.decodeIfPresent(String.self, forKey: .ageBand) else { return nil }
            guard let band = AgeBand(named: text) else {
                throw field.invalid(.ageBand, "'\(text.prefix(32))' is not an age band", allowed: AgeBand.allCases.map(\.rawValue))
            }
            return band
        }
        if let contradiction = contradiction() {
            throw ProfileFieldError(
                code: "contradictory-constraints", path: ProfileFieldError.render(container.codingPath) + "." + contradiction.field,
                reason: contradiction.reason)
        }
    }

    /// The first pair of bounds that no course could meet (`minLevel` above `maxLevel`, `startFrom`
    /// after `startTo`): the later field's name and why, or nil.
    public func contradiction() -> (field: String, reason: String)? {
        if let minimum = minLevel, let maximum = maxLevel, minimum > maximum {
            return ("maxLevel", "\(maximum.code) is below minLevel \(minimum.code), so no course could meet both")
        }
        if let from = startFrom, let to = startTo, from > to {
            return ("startTo", "\(to) is before startFrom \(from), so no course could start in between")
        }
        return nil
    }
}

// MARK: - Age band

/// How old the learner is, as far as course funding cares: 16–18 (free study programmes, T Levels)
/// or 19 and over (adult fees, Adult Skills Fund, Advanced Learner Loans).
public enum AgeBand: String, Codable, Sendable, CaseIterable, Hashable {
    case youth = "16-18"
    case adult = "19+"

    /// The band from its API form or a plain wording ("16-18", "16 to 18", "19+", "adult").
    public init?(named text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "–", with: "-")
        switch key {
        case "16-18", "16 to 18", "16-19", "youth", "young": self = .youth
        case "19+", "19 or over", "adult", "adults": self = .adult
        default: return nil
        }
    }

    /// "aged 16 to 18" or "aged 19 or over".
    public var wording: String { self == .youth ? "aged 16 to 18" : "aged 19 or over" }
}

extension LearnerProfile {
    /// The profile with its age band decided: as given, or 16–18 when the text states an age from 16 to
    /// 18 or a stage of post-16 education (`Circumstances.statesYouth`: "17, left college", "doing my A
    /// levels"), or reads as a school leaver's (and no job title is given); otherwise adult (19+). A
    /// stated age of 19 or over is adult whatever else the text says.
    public func resolvingAgeBand() -> LearnerProfile {
        guard constraints.ageBand == nil else { return self }
        var profile = self
        let title = currentTitle?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let cleaned = CareerDiagnostician.clean(text)
        let stated = Circumstances.statedAge(cleaned)
        let schoolLeaver = stated.map { $0 < 19 }
            ?? (Circumstances.statesYouth(cleaned) || (title.isEmpty && CareerDiagnostician.isEarlyCareer(cleaned)))
        profile.constraints.ageBand = schoolLeaver ? .youth : .adult
        return profile
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
