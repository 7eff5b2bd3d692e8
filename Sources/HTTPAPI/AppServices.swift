public import Charters
public import Domain
public import Storage

// MARK: - What the API works on

/// The stores and modules the HTTP API is built over.
public struct AppServices: Sendable {
    public var catalogue: any CatalogueStore
    public var accounts: any AccountStore
    public var audit: any AuditLog
    /// Every module holding per-organisation data, for export and deletion.
    public var dataHolders: [any OrganisationDataHolder]
    /// Employers' charter assessments and the public-list opt-ins; nil serves no assessments.
    public var charters: (any CharterAssessmentRepository)?
    /// The charter frameworks; nil loads the bundled ones when the router is built.
    public var charterLibrary: CharterLibrary?
    /// Employers' workforce plans; nil serves no plans and no demand.
    public var plans: (any WorkforcePlanRepository)?
    /// Diagnostics learners chose to save; nil saves none (`?save=true` is refused).
    public var diagnostics: (any DiagnosticStore)?
    /// Anonymous demand from consenting learners; nil records none and reports empty insights.
    /// Demand records belong to no organisation, so they are in no data holder's export.
    public var demand: (any LearnerDemandStore)?
    /// The career diagnostic engine, built once and shared; nil serves no diagnostics.
    public var careers: CareerEngine?

    public init(
        catalogue: any CatalogueStore, accounts: any AccountStore, audit: any AuditLog, dataHolders: [any OrganisationDataHolder],
        charters: (any CharterAssessmentRepository)? = nil, charterLibrary: CharterLibrary? = nil,
        plans: (any WorkforcePlanRepository)? = nil,
        diagnostics: (any DiagnosticStore)? = nil, demand: (any LearnerDemandStore)? = nil, careers: CareerEngine? = nil
    ) {
        self.catalogue = catalogue
        self.accounts = accounts
        self.audit = audit
        self.dataHolders = dataHolders
        self.charters = charters
        self.charterLibrary = charterLibrary
        self.plans = plans
        self.diagnostics = diagnostics
        self.demand = demand
        self.careers = careers
    }

    /// Everything over one Skillway database.
    public init(database: AppDatabase) {
        self.init(
            catalogue: database, accounts: database, audit: database,
            dataHolders: [CatalogueDataHolder(database: database), CharterDataHolder(database: database), WorkforcePlanDataHolder(database: database)],
            charters: database, plans: database,
            diagnostics: database, demand: database, careers: CareerEngine(catalogue: database))
    }

    /// Export and erasure across the data holders.
    public var organisationData: OrganisationDataService {
        OrganisationDataService(accounts: accounts, audit: audit, holders: dataHolders)
    }
}
