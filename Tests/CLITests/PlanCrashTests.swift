import Domain
import Foundation
import GRDB
import Storage
import Testing

#if canImport(Glibc)
import Glibc
#endif

// MARK: - kill -9 during a plan save

@Suite("Crash safety: workforce plans", .serialized)
struct PlanCrashTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/examples/engineering-workshop.plan.json")

    /// The stored versions of plan 1 (number and note) and the database's integrity check.
    static func state(_ database: URL) throws -> (latest: Int?, versions: [Int], notes: [String?], integrity: [String]) {
        let queue = try DatabaseQueue(path: database.path)
        defer { try? queue.close() }
        return try queue.read { db in
            let latest = try Int.fetchOne(db, sql: "SELECT latest_version FROM workforce_plan WHERE id = 1")
            let rows = try Row.fetchAll(db, sql: "SELECT version, note, length(content) AS size FROM workforce_plan_version WHERE plan_id = 1 ORDER BY version")
            #expect(rows.allSatisfy { ($0["size"] as Int) > 1000 })
            return (latest, rows.map { $0["version"] }, rows.map { $0["note"] }, try String.fetchAll(db, sql: "PRAGMA integrity_check"))
        }
    }

    @Test("kill -9 inside a plan save: the acknowledged versions survive, the killed one leaves nothing, the next save works")
    func killDuringSave() async throws {
        let folder = try CrashTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("skillway.sqlite")
        #expect(try CrashTests.run(["admin", "org", "create", "acme", "--name", "Acme Engineering", "--kind", "employer", "--db", database.path]).status == 0)
        let first = try CrashTests.run(["plan", "import", Self.example.path, "--org", "acme", "--no-resolve", "--note", "first", "--db", database.path])
        #expect(first.status == 0 && first.output == "plan 1 version 1\n")
        let second = try CrashTests.run(["plan", "import", Self.example.path, "--org", "acme", "--plan", "1", "--no-resolve", "--note", "second", "--db", database.path])
        #expect(second.output == "plan 1 version 2\n")

        let process = Process()
        process.executableURL = CrashTests.binary
        process.arguments = ["plan", "import", Self.example.path, "--org", "acme", "--plan", "1", "--no-resolve", "--note", "killed", "--db", database.path]
        // The fail point holds the save once the version row and the plan update are written, before the commit.
        let marker = folder.appendingPathComponent("about-to-commit")
        var environment = ProcessInfo.processInfo.environment
        environment["SKILLWAY_CRASH_TEST_PAUSE_BEFORE_COMMIT"] = marker.path
        process.environment = environment
        // Its messages go to a file, so a save that ends early says why.
        let log = folder.appendingPathComponent("killed-save.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: log)
        defer { try? logHandle.close() }
        process.standardOutput = logHandle
        process.standardError = logHandle
        try process.run()
        let paused = try await CrashTests.wait(upTo: .seconds(120)) { FileManager.default.fileExists(atPath: marker.path) || !process.isRunning }
        #expect(paused)
        #expect(process.isRunning, "the save ended before reaching its commit: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let after = try Self.state(database)
        #expect(after.integrity == ["ok"])
        #expect(after.latest == 2)
        #expect(after.versions == [1, 2])
        #expect(after.notes == ["first", "second"])
        // The stored plan still loads and projects, and the next save becomes version 3.
        #expect(try CrashTests.run(["plan", "project", "1", "--runs", "50", "--db", database.path]).status == 0)
        let next = try CrashTests.run(["plan", "import", Self.example.path, "--org", "acme", "--plan", "1", "--no-resolve", "--db", database.path])
        #expect(next.output == "plan 1 version 3\n")
    }

    @Test("kill -9 right after a plan save over HTTP is acknowledged loses nothing")
    func killAfterHTTPSave() async throws {
        let folder = try CrashTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("skillway.sqlite")
        #expect(try CrashTests.run(["admin", "org", "create", "acme", "--name", "Acme Engineering", "--kind", "employer", "--db", database.path]).status == 0)
        let secret = try CrashTests.run(["admin", "token", "issue", "acme", "--name", "crash test", "--db", database.path]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.hasPrefix("sw_"))
        let port = try freePort()
        let server = try CrashTests.startServer(database: database, port: port)
        defer { if server.isRunning { kill(server.processIdentifier, SIGKILL) } }
        #expect(try await CrashTests.waitUntilServing(port: port, upTo: .seconds(60)))
        let body = try Data(contentsOf: Self.example)
        let response = try httpRequest(
            port: port,
            "POST /plans HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(secret)\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n",
            body: body)
        #expect(response.hasPrefix("HTTP/1.1 201"))
        kill(server.processIdentifier, SIGKILL)
        server.waitUntilExit()

        let after = try Self.state(database)
        #expect(after.integrity == ["ok"])
        #expect(after.latest == 1 && after.versions == [1])
    }
}
