// MARK: - Per-organisation data

/// A module that keeps data belonging to organisations (a provider's provision, an employer's plans).
///
/// Every such module registers a holder, so that an organisation's export contains all its data and
/// its deletion leaves none behind.
public protocol OrganisationDataHolder: Sendable {
    /// The module's name, the key of its section in an export (e.g. `catalogue`).
    var module: String { get }
    /// Everything the module holds for `organisation`, as JSON-encodable data; nil when it holds nothing.
    func exportData(of organisation: Organisation) async throws -> (any Encodable & Sendable)?
    /// Deletes everything the module holds for `organisation` in one transaction; returns how many
    /// top-level records were removed.
    func deleteData(of organisation: Organisation) async throws -> Int
}

/// An organisation's data, as exported.
public struct OrganisationExport: Encodable, Sendable {
    public var organisation: Organisation
    public var tokens: [APITokenInfo]
    public var audit: [AuditEvent]
    public var modules: [String: ModuleData]
    public var exportedAt: String

    /// One module's section.
    public struct ModuleData: Encodable, Sendable {
        public var value: any Encodable & Sendable
        public func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }

    public init(organisation: Organisation, tokens: [APITokenInfo], audit: [AuditEvent], modules: [String: ModuleData], exportedAt: String) {
        self.organisation = organisation
        self.tokens = tokens
        self.audit = audit
        self.modules = modules
        self.exportedAt = exportedAt
    }
}
