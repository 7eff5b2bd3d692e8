import Foundation

// MARK: - Export and erasure

/// Exports and erases an organisation's data across every module that holds some.
public struct OrganisationDataService: Sendable {
    public let accounts: any AccountStore
    public let audit: any AuditLog
    public let holders: [any OrganisationDataHolder]

    public init(accounts: any AccountStore, audit: any AuditLog, holders: [any OrganisationDataHolder]) {
        self.accounts = accounts
        self.audit = audit
        self.holders = holders
    }

    /// All of an organisation's data: the organisation, its tokens (never secrets or hashes), the
    /// audit events by or about it (those by others without who did them), and each module's section. Nil when there is no such organisation.
    public func export(_ id: OrganisationID) async throws -> OrganisationExport? {
        guard let organisation = try await accounts.organisation(id: id) else { return nil }
        var events: [AuditEvent] = []
        var before: Int64?
        repeat {
            let page = try await audit.auditEvents(AuditQuery(organisationID: id, before: before, limit: AuditQuery.maxLimit))
            // Events about this organisation by others keep what was done, not who did it.
            events += page.events.map { event in
                guard event.organisationID != id else { return event }
                var redacted = event
                redacted.organisationID = nil
                redacted.tokenName = nil
                redacted.tokenID = nil
                redacted.address = nil
                return redacted
            }
            before = page.nextBefore
        } while before != nil
        var modules: [String: OrganisationExport.ModuleData] = [:]
        for holder in holders {
            if let data = try await holder.exportData(of: organisation) { modules[holder.module] = .init(value: data) }
        }
        return OrganisationExport(
            organisation: organisation, tokens: try await accounts.tokens(of: id), audit: events, modules: modules,
            exportedAt: ISO8601DateFormatter().string(from: Date()))
    }

    /// Deletes the organisation's data in every module, then the organisation, its tokens and its audit
    /// trail, leaving one event that an organisation of its kind was deleted. Safe to repeat if
    /// interrupted. Returns false when there is no such organisation.
    public func erase(_ id: OrganisationID) async throws -> Bool {
        guard let organisation = try await accounts.organisation(id: id) else { return false }
        for holder in holders { _ = try await holder.deleteData(of: organisation) }
        return try await accounts.eraseOrganisation(id: id)
    }
}
