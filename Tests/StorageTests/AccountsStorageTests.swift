import CatalogueImport
import Domain
import Foundation
import GRDB
import Storage
import Testing

// MARK: - Accounts, audit log, backup and restore

@Suite("Accounts storage")
struct AccountsStorageTests {
    static let provider = Organisation(
        id: OrganisationID(rawValue: "kidderminster-college")!, name: "Kidderminster College", kind: .provider, ukprn: "10003676",
        providerID: ProviderID(rawValue: "kidderminster-college")!)

    static func feed(_ courses: Int, prefix: String) -> Data {
        var text = #"<catalog xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/"><provider><dc:title>Kidderminster College</dc:title>"#
        for index in 0..<courses {
            text += "<course><dc:identifier>\(prefix)-\(index)</dc:identifier><dc:title>\(prefix) course \(index)</dc:title></course>"
        }
        return Data((text + "</provider></catalog>").utf8)
    }

    func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("skillway-\(UUID().uuidString)-\(name)")
    }

    @Test("tokens: secret shown once, only its hash stored; expiry and revocation are enforced")
    func tokens() async throws {
        let database = try AppDatabase.inMemory()
        _ = try await database.createOrganisation(Self.provider)
        let issued = try await database.issueToken(for: Self.provider.id, name: "feed robot", lifetimeDays: 7)
        #expect(issued.secret.hasPrefix("sw_") && issued.secret.count == 67)
        let stored = try database.reader.read { db in try Row.fetchAll(db, sql: "SELECT * FROM api_token") }
        #expect(stored.count == 1)
        #expect(!stored.description.contains(issued.secret))
        guard case .valid(let caller) = try await database.checkToken(issued.secret, at: Date()) else { Issue.record("token not valid"); return }
        #expect(caller.organisation.id == Self.provider.id && caller.tokenName == "feed robot")
        guard case .expired = try await database.checkToken(issued.secret, at: Date().addingTimeInterval(8 * 86_400)) else {
            Issue.record("token not expired after 8 days"); return
        }
        let altered = String(issued.secret.dropLast()) + (issued.secret.hasSuffix("0") ? "1" : "0")
        #expect(try await database.checkToken(altered, at: Date()) == .unknown)
        #expect(try await database.checkToken("sw_' OR 1=1 --", at: Date()) == .unknown)
        #expect(try await database.revokeToken(id: issued.token.id))
        guard case .revoked = try await database.checkToken(issued.secret, at: Date()) else { Issue.record("token not revoked"); return }
        #expect(!(try await database.revokeToken(id: "tok_nothing")))
        await #expect(throws: AccountError.self) { try await database.issueToken(for: Self.provider.id, name: "too long", lifetimeDays: 367) }
        await #expect(throws: AccountError.self) { try await database.createOrganisation(Self.provider) }
    }

    @Test("the audit log refuses UPDATE and DELETE, even from another connection")
    func appendOnly() async throws {
        let path = temporaryFile("audit.sqlite")
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path.path + suffix) } }
        let database = try AppDatabase.open(path: path.path)
        try await database.record(AuditEvent(actor: "cli", action: "backup", outcome: .success))
        let raw = try DatabaseQueue(path: path.path)
        #expect(throws: DatabaseError.self) { try raw.write { db in try db.execute(sql: "UPDATE audit_event SET outcome = 'failure'") } }
        #expect(throws: DatabaseError.self) { try raw.write { db in try db.execute(sql: "DELETE FROM audit_event") } }
        try raw.close()
        #expect(try await database.auditEvents(AuditQuery()).events.map(\.outcome) == [.success])
    }

    @Test("a backup taken while another task writes restores to a consistent database")
    func backupWhileWriting() async throws {
        let path = temporaryFile("live.sqlite")
        let backup = temporaryFile("backup.sqlite")
        defer {
            for url in [path, backup] { try? FileManager.default.removeItem(at: url) }
            try? FileManager.default.removeItem(atPath: path.path + "-wal")
            try? FileManager.default.removeItem(atPath: path.path + "-shm")
        }
        let database = try AppDatabase.open(path: path.path)
        _ = try await database.createOrganisation(Self.provider)
        let importer = CatalogueImporter(store: database)
        let first = try await importer.importFeed(Self.feed(200, prefix: "First"), provider: Self.provider.providerID!, options: ImportOptions())
        #expect(first.applied)
        // Keep writing (imports and audit events) while the backup runs.
        let writer = Task {
            for round in 0..<20 {
                _ = try await importer.importFeed(Self.feed(200, prefix: "Round\(round)"), provider: ProviderID(rawValue: "other-\(round % 3)")!, options: ImportOptions())
                try await database.record(AuditEvent(actor: "cli", action: "test.write", outcome: .success, detail: "\(round)"))
            }
        }
        let size = try database.backup(to: backup)
        try await writer.value
        #expect(size > 0)
        try AppDatabase.validateBackup(at: backup)

        // Restore into a fresh database: every provider has whole feeds, never part of one.
        let restoredPath = temporaryFile("restored.sqlite")
        defer { try? FileManager.default.removeItem(at: restoredPath) }
        let restored = try AppDatabase.open(path: restoredPath.path)
        try restored.restore(from: backup)
        let summaries = try await restored.providers()
        #expect(summaries.contains { $0.provider.id == Self.provider.providerID && $0.courseCount == 200 })
        #expect(summaries.allSatisfy { $0.courseCount == 200 })
        #expect(try await restored.organisation(id: Self.provider.id)?.name == "Kidderminster College")
        let check = try await restored.reader.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"])
        let fts = try await restored.searchCourses(CourseSearchQuery(text: "first"))
        #expect(fts.total == 200)
    }

    @Test("restore refuses a text file, a foreign SQLite database and one from a newer version")
    func restoreRefusals() async throws {
        let text = temporaryFile("notes.sqlite")
        try "not a database".write(to: text, atomically: true, encoding: .utf8)
        let foreign = temporaryFile("foreign.sqlite")
        try await DatabaseQueue(path: foreign.path).write { db in try db.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)") }
        let newer = temporaryFile("newer.sqlite")
        let newerCopy = temporaryFile("newer-copy.sqlite")
        try AppDatabase.open(path: newer.path).backup(to: newerCopy)
        try await DatabaseQueue(path: newerCopy.path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        defer { for url in [text, foreign, newer, newerCopy] { try? FileManager.default.removeItem(at: url) } }

        for (file, words) in [(text, "not an SQLite"), (foreign, "not a Skillway"), (newerCopy, "newer version")] {
            do {
                try AppDatabase.validateBackup(at: file)
                Issue.record("\(file.lastPathComponent) was accepted")
            } catch let error as RestoreError {
                #expect(error.description.contains(words), "\(error.description)")
            }
        }
        // A refused restore leaves the target untouched.
        let target = try AppDatabase.inMemory()
        _ = try await target.createOrganisation(Self.provider)
        #expect(throws: RestoreError.self) { try target.restore(from: foreign) }
        #expect(try await target.organisations().count == 1)
    }
}

