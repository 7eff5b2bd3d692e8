import Domain
import Foundation
import GRDB
import Storage
import Testing

#if canImport(Glibc)
import Glibc
#endif

// MARK: - kill -9 of the real binary

/// Runs the built `skillway` binary and kills it with SIGKILL at the worst moments.
@Suite("Crash safety", .serialized)
struct CrashTests {
    /// The `skillway` executable next to the test bundle.
    static var binary: URL {
        let products = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
        for candidate in [products, products.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("skillway")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/skillway")
    }

    /// An XCRI-CAP feed with `courses` courses of two presentations each.
    static func writeFeed(courses: Int, prefix: String, to url: URL) throws {
        var text = #"<catalog xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:mlo="http://purl.org/net/mlo"><provider><dc:title>\#(prefix) Provider</dc:title>"#
        text.reserveCapacity(courses * 700)
        for index in 0..<courses {
            text += "<course><dc:identifier>\(prefix)-\(index)</dc:identifier><dc:title>\(prefix) course number \(index) in welding and fabrication</dc:title>"
            text += "<dc:description>A practical course for people who want to learn about topic \(index) in depth, with workshops.</dc:description>"
            for run in 0..<2 {
                text += "<presentation><dc:identifier>\(prefix)-\(index)-\(run)</dc:identifier><mlo:start dtf=\"2027-0\(run + 1)-15\">January</mlo:start>"
                text += "<attendanceMode identifier=\"CM\"/><mlo:cost>£\(100 + index % 50)</mlo:cost></presentation>"
            }
            text += "</course>"
        }
        try (text + "</provider></catalog>").write(to: url, atomically: true, encoding: .utf8)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("skillway-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `skillway` to completion; returns its exit status and standard output.
    @discardableResult
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Waits (polling every 20 ms, up to `limit`) for a condition.
    static func wait(upTo limit: Swift.Duration, until condition: () -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }

    /// Starts `skillway serve` on `database` at `port`, without the default catalogue, its output discarded.
    static func startServer(database: URL, port: Int) throws -> Process {
        let server = Process()
        server.executableURL = binary
        server.arguments = ["serve", "--db", database.path, "--port", "\(port)", "--no-default-catalogue"]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        return server
    }

    /// Whether `GET /health` on `port` answered 200 within `limit`.
    static func waitUntilServing(port: Int, upTo limit: Swift.Duration) async throws -> Bool {
        try await wait(upTo: limit) {
            (try? httpRequest(port: port, "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))?.hasPrefix("HTTP/1.1 200") == true
        }
    }

    static func check(_ path: URL) throws -> (providers: [String: Int], integrity: [String]) {
        let queue = try DatabaseQueue(path: path.path)
        defer { try? queue.close() }
        return try queue.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT provider.id, (SELECT COUNT(*) FROM course WHERE provider_id = provider.id) AS n FROM provider")
            let providers = Dictionary(uniqueKeysWithValues: rows.map { (row: Row) -> (String, Int) in (row["id"], row["n"]) })
            return (providers, try String.fetchAll(db, sql: "PRAGMA integrity_check"))
        }
    }

    @Test("kill -9 during a large import: the earlier acknowledged import survives, the killed one leaves nothing")
    func killDuringImport() async throws {
        let folder = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("skillway.sqlite")
        let small = folder.appendingPathComponent("small.xml")
        let large = folder.appendingPathComponent("large.xml")
        try Self.writeFeed(courses: 5, prefix: "Alpha", to: small)
        try Self.writeFeed(courses: 40_000, prefix: "Beta", to: large)

        let acknowledged = try Self.run(["import", small.path, "--provider", "alpha", "--db", database.path])
        #expect(acknowledged.status == 0)

        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["import", large.path, "--provider", "beta", "--db", database.path, "--max-size", "200MB", "--no-tagging"]
        // The fail point makes the import wait once the whole feed is written inside its transaction,
        // so the kill lands at a known point before the commit, whatever the machine's speed.
        let marker = folder.appendingPathComponent("about-to-commit")
        var environment = ProcessInfo.processInfo.environment
        environment["SKILLWAY_CRASH_TEST_PAUSE_BEFORE_COMMIT"] = marker.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let paused = try await Self.wait(upTo: .seconds(300)) {
            FileManager.default.fileExists(atPath: marker.path) || !process.isRunning
        }
        #expect(paused)
        #expect(process.isRunning, "the import ended before reaching its commit")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let state = try Self.check(database)
        #expect(state.integrity == ["ok"])
        #expect(state.providers["alpha"] == 5)
        #expect(state.providers["beta"] == nil)
        // The database still works for the next import.
        #expect(try Self.run(["import", small.path, "--provider", "gamma", "--db", database.path, "--no-tagging"]).status == 0)
    }

    @Test("kill -9 right after an acknowledged upload loses nothing")
    func killAfterUpload() async throws {
        let folder = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("skillway.sqlite")
        #expect(try Self.run(["admin", "org", "create", "alpha", "--name", "Alpha College", "--kind", "provider", "--db", database.path]).status == 0)
        let issued = try Self.run(["admin", "token", "issue", "alpha", "--name", "crash test", "--db", database.path])
        #expect(issued.status == 0)
        let secret = issued.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.hasPrefix("sw_"))

        let port = try freePort()
        let server = try Self.startServer(database: database, port: port)
        defer { if server.isRunning { kill(server.processIdentifier, SIGKILL) } }
        #expect(try await Self.waitUntilServing(port: port, upTo: .seconds(30)))

        let feed = folder.appendingPathComponent("feed.xml")
        try Self.writeFeed(courses: 50, prefix: "Alpha", to: feed)
        let body = try Data(contentsOf: feed)
        let response = try httpRequest(
            port: port,
            "POST /providers/alpha/feeds HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(secret)\r\nContent-Type: application/xml\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n",
            body: body)
        #expect(response.hasPrefix("HTTP/1.1 200"))
        kill(server.processIdentifier, SIGKILL)
        server.waitUntilExit()

        let state = try Self.check(database)
        #expect(state.integrity == ["ok"])
        #expect(state.providers["alpha"] == 50)
        let audit = try await DatabaseQueue(path: database.path).read { db in
            try String.fetchAll(db, sql: "SELECT action FROM audit_event WHERE outcome = 'success'")
        }
        #expect(audit.contains("POST /providers/{id}/feeds"))
    }

    @Test("admin org export and delete through the binary: the export holds the provision, the deletion leaves only its fact")
    func exportAndDeleteCommands() throws {
        let folder = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("skillway.sqlite").path
        let feed = folder.appendingPathComponent("feed.xml")
        try Self.writeFeed(courses: 3, prefix: "Alpha", to: feed)
        #expect(try Self.run(["admin", "org", "create", "alpha", "--name", "Alpha College", "--kind", "provider", "--db", database]).status == 0)
        #expect(try Self.run(["admin", "org", "create", "alpha", "--name", "Again", "--kind", "employer", "--db", database]).status != 0)
        #expect(try Self.run(["admin", "token", "issue", "alpha", "--name", "robot", "--db", database]).status == 0)
        #expect(try Self.run(["import", feed.path, "--provider", "alpha", "--db", database]).status == 0)
        let export = try Self.run(["admin", "org", "export", "alpha", "--db", database])
        #expect(export.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [String: Any])
        let modules = try #require(document["modules"] as? [String: Any])
        let catalogue = try #require(modules["catalogue"] as? [String: Any])
        #expect((catalogue["courses"] as? [Any])?.count == 3)
        #expect(!export.output.contains("sw_"))
        let actions = ((document["audit"] as? [[String: Any]]) ?? []).compactMap { $0["action"] as? String }
        #expect(actions.contains("feed.import") && actions.contains("token.issue") && actions.contains("organisation.create"))

        #expect(try Self.run(["admin", "org", "delete", "alpha", "--db", database]).status != 0)
        #expect(try Self.run(["admin", "org", "delete", "alpha", "--yes", "--db", database]).status == 0)
        let state = try Self.check(folder.appendingPathComponent("skillway.sqlite"))
        #expect(state.providers.isEmpty)
        let audit = try Self.run(["admin", "audit", "--json", "--db", database])
        #expect(!audit.output.contains("alpha") && !audit.output.contains("Alpha"))
        #expect(audit.output.contains("an organisation of kind provider was deleted"))
    }
}

// MARK: - Raw HTTP

/// A port nothing listens on right now.
func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
    guard bound == 0 else { throw SocketError() }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// Sends one request over a new connection and reads until the server closes it.
func httpRequest(port: Int, _ head: String, body: Data = Data()) throws -> String {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = UInt16(port).bigEndian
    let connected = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
    guard connected == 0 else { throw SocketError() }
    let bytes = Array(head.utf8) + Array(body)
    var sent = 0
    while sent < bytes.count {
        let count = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { throw SocketError() }
        sent += count
    }
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 8192)
    while true {
        let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if count <= 0 { break }
        received += buffer[0..<count]
    }
    return String(decoding: received, as: UTF8.self)
}

struct SocketError: Error {}
