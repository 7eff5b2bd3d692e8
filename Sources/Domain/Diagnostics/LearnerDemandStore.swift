import Foundation

// MARK: - Anonymous learner demand

/// Something a learner's diagnostic pointed at: a route, an occupation or a skill, by taxonomy id
/// with its label at the time.
public struct DemandItem: Sendable, Hashable, Codable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

/// What one consenting learner's diagnostic said about demand, with nothing that could identify
/// them: no profile text, no evidence words, no time of day, no address — only the day, the district
/// they asked about and taxonomy ids.
///
/// Demand records belong to no organisation and appear in no organisation export; a provider id only
/// says which college's hosted view (`?provider=`) the learner used.
public struct LearnerDemandRecord: Sendable, Hashable, Codable {
    /// The day of the diagnostic, `yyyy-MM-dd` (UTC).
    public var day: String
    /// The provider-scoped view the learner used; nil for the neutral view.
    public var provider: ProviderID?
    /// The district the learner wanted to study in (a `District` slug), nil for anywhere.
    public var district: String?
    /// Routes the learner aspires to (stated, or those of the paths they were shown).
    public var routes: [DemandItem]
    /// Occupations the learner aspires to.
    public var occupations: [DemandItem]
    /// Skills the learner lacks for those occupations, most important first.
    public var gapSkills: [DemandItem]
    /// Gap skills that no course meeting the learner's constraints covers (unmet provision).
    public var uncoveredSkills: [DemandItem]

    public init(
        day: String, provider: ProviderID?, district: String?, routes: [DemandItem], occupations: [DemandItem], gapSkills: [DemandItem],
        uncoveredSkills: [DemandItem] = []
    ) {
        self.day = day
        self.provider = provider
        self.district = district
        self.routes = routes
        self.occupations = occupations
        self.gapSkills = gapSkills
        self.uncoveredSkills = uncoveredSkills
    }
}

/// Which demand records to read.
public struct LearnerDemandFilter: Sendable, Hashable {
    /// Only records made in this provider's view; nil for all records (every view, neutral included).
    public var provider: ProviderID?
    /// First and last day, inclusive (`yyyy-MM-dd`).
    public var from: String
    public var to: String
    /// Only records for this district.
    public var district: String?

    public init(provider: ProviderID?, from: String, to: String, district: String? = nil) {
        self.provider = provider
        self.from = from
        self.to = to
        self.district = district
    }
}

/// Storage for anonymous demand records. Append-only; each call is one transaction.
public protocol LearnerDemandStore: Sendable {
    /// Appends one record.
    func recordDemand(_ record: LearnerDemandRecord) async throws
    /// The records matching `filter`, oldest first.
    func demandRecords(_ filter: LearnerDemandFilter) async throws -> [LearnerDemandRecord]
}
