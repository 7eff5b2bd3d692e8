// MARK: - Charter assessments per organisation

/// An employer's entry in the public list of charter employers: the latest submitted assessment of an
/// organisation that opted in.
public struct CharterListing: Sendable, Hashable, Codable {
    public var organisationID: OrganisationID
    public var frameworkID: String
    public var frameworkVersion: String
    /// The tier the latest submitted assessment reached, nil when it reached none.
    public var tierReached: String?
    /// The as-of date of that assessment (`yyyy-MM-dd`).
    public var asOf: String

    public init(organisationID: OrganisationID, frameworkID: String, frameworkVersion: String, tierReached: String?, asOf: String) {
        self.organisationID = organisationID
        self.frameworkID = frameworkID
        self.frameworkVersion = frameworkVersion
        self.tierReached = tierReached
        self.asOf = asOf
    }
}

/// Charter assessments held per organisation (repository scoping): a handler only ever gets a store
/// that sees one organisation's rows, so a mistake elsewhere cannot reach another employer's answers.
public protocol CharterAssessmentRepository: Sendable {
    /// A store that reads and writes only `organisation`'s assessments; an id belonging to anyone else
    /// is treated as missing.
    func store(for organisation: OrganisationID) -> any CharterAssessmentStore
    /// The organisation that owns an assessment, or nil when there is none. For access control only.
    func owner(ofAssessment id: Int64) async throws -> OrganisationID?
    /// Records whether an employer appears in the public list of charter employers.
    func setListed(_ listed: Bool, organisation: OrganisationID) async throws
    /// Whether an employer has opted in to the public list.
    func isListed(organisation: OrganisationID) async throws -> Bool
    /// The opted-in organisations that have a submitted assessment, each with its latest one, by organisation id.
    func listedEmployers() async throws -> [CharterListing]
}
