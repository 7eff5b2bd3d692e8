public import Domain
public import Foundation
import GRDB

// MARK: - Accounts

extension AppDatabase: AccountStore {
    // MARK: Database access: writes

    public func createOrganisation(_ organisation: Organisation) async throws -> Organisation {
        if let problem = organisation.validationProblem() { throw AccountError.invalid(problem) }
        return try await dbWriter.write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM organisation WHERE id = ?)", arguments: [organisation.id.rawValue]) == true {
                throw AccountError.conflict("There is already an organisation \(organisation.id).")
            }
            if let providerID = organisation.providerID,
                try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM organisation WHERE provider_id = ?)", arguments: [providerID.rawValue]) == true
            {
                throw AccountError.conflict("The provision of \(providerID) already belongs to another organisation.")
            }
            var stored = organisation
            stored.createdAt = PayloadCoding.timestamp()
            try db.execute(
                sql: "INSERT INTO organisation (id, name, kind, ukprn, provider_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [stored.id.rawValue, stored.name, stored.kind.rawValue, stored.ukprn, stored.providerID?.rawValue, stored.createdAt])
            return stored
        }
    }

    public func issueToken(for organisation: OrganisationID, name: String, lifetimeDays: Int) async throws -> IssuedToken {
        if let problem = APITokenInfo.nameProblem(name) { throw AccountError.invalid(problem) }
        guard (1...APITokenInfo.maxLifetimeDays).contains(lifetimeDays) else {
            throw AccountError.invalid("A token lasts from 1 to \(APITokenInfo.maxLifetimeDays) days; \(lifetimeDays) was asked for.")
        }
        let secret = TokenSecret.make()
        let now = Date()
        let formatter = ISO8601DateFormatter()
        let info = APITokenInfo(
            id: TokenSecret.makeID(), organisationID: organisation, name: name, createdAt: formatter.string(from: now),
            expiresAt: formatter.string(from: now.addingTimeInterval(Double(lifetimeDays) * 86_400)))
        try await dbWriter.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM organisation WHERE id = ?)", arguments: [organisation.rawValue]) == true else {
                throw AccountError.notFound("There is no organisation \(organisation).")
            }
            try db.execute(
                sql: "INSERT INTO api_token (id, organisation_id, name, secret_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [info.id, organisation.rawValue, info.name, TokenSecret.hash(secret), info.createdAt, info.expiresAt])
        }
        return IssuedToken(token: info, secret: secret)
    }

    public func revokeToken(id: String) async throws -> Bool {
        try await dbWriter.write { db in
            try db.execute(
                sql: "UPDATE api_token SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?", arguments: [PayloadCoding.timestamp(), id])
            return db.changesCount > 0
        }
    }

    public func eraseOrganisation(id: OrganisationID) async throws -> Bool {
        try await dbWriter.write { db in
            guard let kind = try String.fetchOne(db, sql: "SELECT kind FROM organisation WHERE id = ?", arguments: [id.rawValue]) else { return false }
            try db.execute(sql: "INSERT OR IGNORE INTO audit_erasure (organisation_id) VALUES (?)", arguments: [id.rawValue])
            try db.execute(
                sql: "DELETE FROM audit_event WHERE organisation_id = ? OR subject_organisation_id = ?", arguments: [id.rawValue, id.rawValue])
            try db.execute(sql: "DELETE FROM audit_erasure WHERE organisation_id = ?", arguments: [id.rawValue])
            try db.execute(sql: "DELETE FROM organisation WHERE id = ?", arguments: [id.rawValue])
            try Self.insert(
                AuditEvent(actor: "system", action: "organisation.delete", outcome: .success, detail: "an organisation of kind \(kind) was deleted"),
                in: db)
            return true
        }
    }

    // MARK: Database access: reads

    public func organisations() async throws -> [Organisation] {
        try await dbWriter.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM organisation ORDER BY id").map(Self.organisation(from:))
        }
    }

    public func organisation(id: OrganisationID) async throws -> Organisation? {
        try await dbWriter.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM organisation WHERE id = ?", arguments: [id.rawValue]).map(Self.organisation(from:))
        }
    }

    public func organisation(owningProvider provider: ProviderID) async throws -> Organisation? {
        try await dbWriter.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM organisation WHERE provider_id = ?", arguments: [provider.rawValue]).map(Self.organisation(from:))
        }
    }

    public func tokens(of organisation: OrganisationID) async throws -> [APITokenInfo] {
        try await dbWriter.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM api_token WHERE organisation_id = ? ORDER BY created_at DESC, id", arguments: [organisation.rawValue])
                .map(Self.token(from:))
        }
    }

    public func token(id: String) async throws -> APITokenInfo? {
        try await dbWriter.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM api_token WHERE id = ?", arguments: [id]).map(Self.token(from:))
        }
    }

    public func checkToken(_ secret: String, at now: Date) async throws -> TokenCheck {
        guard TokenSecret.isWellFormed(secret) else { return .unknown }
        let hash = TokenSecret.hash(secret)
        return try await dbWriter.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM api_token WHERE secret_hash = ?", arguments: [hash]) else { return .unknown }
            let token = try Self.token(from: row)
            guard let organisationRow = try Row.fetchOne(db, sql: "SELECT * FROM organisation WHERE id = ?", arguments: [token.organisationID.rawValue])
            else { return .unknown }
            let caller = Caller(organisation: try Self.organisation(from: organisationRow), tokenID: token.id, tokenName: token.name)
            if token.revokedAt != nil { return .revoked(caller) }
            return token.isUsable(at: now) ? .valid(caller) : .expired(caller)
        }
    }

    // MARK: Rows

    static func organisation(from row: Row) throws -> Organisation {
        let idText: String = row["id"]
        let kindText: String = row["kind"]
        guard let id = OrganisationID(rawValue: idText), let kind = OrganisationKind(rawValue: kindText) else {
            throw DatabaseError(message: "invalid organisation row \(idText)")
        }
        let providerText: String? = row["provider_id"]
        return Organisation(
            id: id, name: row["name"], kind: kind, ukprn: row["ukprn"], providerID: providerText.flatMap(ProviderID.init(rawValue:)),
            createdAt: row["created_at"])
    }

    static func token(from row: Row) throws -> APITokenInfo {
        let organisationText: String = row["organisation_id"]
        guard let organisation = OrganisationID(rawValue: organisationText) else { throw DatabaseError(message: "invalid token row") }
        return APITokenInfo(
            id: row["id"], organisationID: organisation, name: row["name"], createdAt: row["created_at"], expiresAt: row["expires_at"],
            revokedAt: row["revoked_at"])
    }
}
