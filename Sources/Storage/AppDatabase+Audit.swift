public import Domain
import GRDB

// MARK: - Audit log

extension AppDatabase: AuditLog {
    // MARK: Database access: writes

    public func record(_ event: AuditEvent) async throws {
        try await dbWriter.write { db in try Self.insert(event, in: db) }
    }

    static func insert(_ event: AuditEvent, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO audit_event (at, organisation_id, token_name, token_id, actor, action, resource, subject_organisation_id,
                    outcome, status, address, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                event.at.isEmpty ? PayloadCoding.timestamp() : event.at, event.organisationID?.rawValue, event.tokenName, event.tokenID,
                event.actor, event.action, event.resource, event.subjectOrganisationID?.rawValue, event.outcome.rawValue, event.status,
                event.address, event.detail,
            ])
    }

    // MARK: Database access: reads

    public func auditEvents(_ query: AuditQuery) async throws -> AuditPage {
        let limit = max(1, min(query.limit, AuditQuery.maxLimit))
        return try await dbWriter.read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let organisation = query.organisationID {
                conditions.append("(organisation_id = ? OR subject_organisation_id = ?)")
                arguments += [organisation.rawValue, organisation.rawValue]
            }
            if let outcome = query.outcome {
                conditions.append("outcome = ?")
                arguments += [outcome.rawValue]
            }
            if let prefix = query.actionPrefix {
                conditions.append("substr(action, 1, ?) = ?")
                arguments += [prefix.count, prefix]
            }
            if let since = query.since {
                conditions.append("at >= ?")
                arguments += [since]
            }
            if let until = query.until {
                conditions.append("at <= ?")
                arguments += [until]
            }
            if let before = query.before {
                conditions.append("id < ?")
                arguments += [before]
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM audit_event \(whereClause) ORDER BY id DESC LIMIT ?", arguments: arguments + [limit + 1])
            let events = try rows.prefix(limit).map(Self.auditEvent(from:))
            return AuditPage(events: events, nextBefore: rows.count > limit ? events.last?.id : nil)
        }
    }

    static func auditEvent(from row: Row) throws -> AuditEvent {
        let outcomeText: String = row["outcome"]
        let organisationText: String? = row["organisation_id"]
        let subjectText: String? = row["subject_organisation_id"]
        return AuditEvent(
            id: row["id"], at: row["at"], organisationID: organisationText.flatMap(OrganisationID.init(rawValue:)), tokenName: row["token_name"],
            tokenID: row["token_id"], actor: row["actor"], action: row["action"], resource: row["resource"],
            subjectOrganisationID: subjectText.flatMap(OrganisationID.init(rawValue:)), outcome: AuditOutcome(rawValue: outcomeText) ?? .failure,
            status: row["status"], address: row["address"], detail: row["detail"])
    }
}
