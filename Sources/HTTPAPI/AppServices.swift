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

    public init(
        catalogue: any CatalogueStore, accounts: any AccountStore, audit: any AuditLog, dataHolders: [any OrganisationDataHolder],
        charters: (any CharterAssessmentRepository)? = nil, charterLibrary: CharterLibrary? = nil,
        plans: (any WorkforcePlanRepository)? = nil
    ) {
        self.catalogue = catalogue
        self.accounts = accounts
        self.audit = audit
        self.dataHolders = dataHolders
        self.charters = charters
        self.charterLibrary = charterLibrary
        self.plans = plans
    }

    /// Everything over one Skillway database.
    public init(database: AppDatabase) {
        self.init(
            catalogue: database, accounts: database, audit: database,
            dataHolders: [CatalogueDataHolder(database: database), CharterDataHolder(database: database), WorkforcePlanDataHolder(database: database)],
            charters: database, plans: database)
    }

    /// Export and erasure across the data holders.
    public var organisationData: OrganisationDataService {
        OrganisationDataService(accounts: accounts, audit: audit, holders: dataHolders)
    }
}
