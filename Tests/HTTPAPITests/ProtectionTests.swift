import Domain
import Foundation
import HTTPAPI
import Hummingbird
import HummingbirdTesting
import Logging
import Storage
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

// MARK: - Uploads, logs, timeouts, export and deletion

@Suite("Data protection")
struct ProtectionTests {
    @Test("XML bombs and external entities uploaded over HTTP are inert, and the server keeps serving")
    func xmlBombUpload() async throws {
        let fixture = try await AccountsFixture.make()
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("skillway-http-marker-\(UUID().uuidString).txt")
        try "MARKER-SECRET-http".write(to: marker, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: marker) }
        var entities = #"<!ENTITY l0 "lol">"#
        for level in 1...10 { entities += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">" }
        let bombs = [
            "<?xml version=\"1.0\"?>\n<!DOCTYPE catalog [\(entities)]>\n" + sampleFeed(title: "Safe &l10;"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE catalog [<!ENTITY xxe SYSTEM \"\(marker.absoluteString)\">]>\n" + sampleFeed(title: "Safe &xxe;"),
        ]
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            for bomb in bombs {
                try await client.execute(
                    uri: "/providers/malvern-digital/feeds", method: .post, headers: fixture.headers("provider-a", [.contentType: "application/xml"]),
                    body: ByteBuffer(string: bomb)
                ) { response in
                    #expect(response.status.code < 500)
                    #expect(!String(buffer: response.body).contains("MARKER"))
                }
                try await client.execute(uri: "/courses?q=safe", method: .get) { response in
                    let body = String(buffer: response.body)
                    #expect(!body.contains("MARKER") && !body.contains("lollol"))
                    #expect(body.count < 20_000)
                }
            }
            try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
        }
    }

    @Test("request logs hold only method, route, status and time: no query, body, token or learner text")
    func requestLogs() async throws {
        let fixture = try await AccountsFixture.make()
        let recorder = LogRecorder()
        let logger = Logger(label: "test") { _ in RecordingLogHandler(recorder: recorder) }
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database, logger: logger)
        let learnerWords = "I was made redundant from the carpet factory"
        try await app.test(.router) { client in
            let query = learnerWords.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            try await client.execute(uri: "/courses?q=\(query)", method: .get, headers: fixture.headers("provider-a")) { #expect($0.status == .ok) }
            try await client.execute(
                uri: "/providers/malvern-digital/feeds", method: .post, headers: fixture.headers("provider-a"), body: ByteBuffer(string: sampleFeed(title: "Secret Title"))
            ) { #expect($0.status == .ok) }
            try await client.execute(uri: "/courses", method: .get, headers: fixture.headers("made-up")) { #expect($0.status == .unauthorized) }
        }
        let lines = recorder.lines
        #expect(lines.contains { $0.contains("route=/courses") && $0.contains("status=200") })
        #expect(lines.contains { $0.contains("route=/providers/{id}/feeds") })
        for line in lines {
            #expect(!line.contains("carpet") && !line.contains("redundant"), "\(line)")
            #expect(!line.contains("Secret Title") && !line.contains("sw_"), "\(line)")
            #expect(!line.contains("q="), "\(line)")
        }
        // Nor is learner text written to the database.
        let audit = try await fixture.database.auditEvents(AuditQuery(limit: 500)).events
        #expect(!audit.contains { "\($0)".contains("carpet") })
    }

    @Test("an organisation's export holds its data only; deletion leaves nothing but the fact of a deletion")
    func exportAndDelete() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            for (caller, provider, title) in [("provider-a", "malvern-digital", "Cyber Security"), ("provider-b", "worcester-college", "Welding Basics")] {
                try await client.execute(
                    uri: "/providers/\(provider)/feeds", method: .post, headers: fixture.headers(caller),
                    body: ByteBuffer(string: sampleFeed(title: title, provider: caller == "provider-a" ? "Malvern Digital" : "Worcester College"))
                ) { #expect($0.status == .ok) }
            }
            try await client.execute(uri: "/admin/organisations/malvern-digital", method: .get, headers: fixture.headers("provider-b")) {
                #expect($0.status == .notFound)
            }
            try await client.execute(
                uri: "/providers/worcester-college/feeds", method: .post, headers: fixture.headers("provider-a"), body: ByteBuffer(string: sampleFeed())
            ) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/me/export", method: .get, headers: fixture.headers("provider-b")) { response in
                #expect(response.status == .ok)
                let body = String(buffer: response.body)
                #expect(body.contains("Welding Basics"))
                #expect(body.contains("\"catalogue\""))
                #expect(!body.contains("Cyber Security") && !body.contains("Malvern Digital") && !body.contains("provider-a test token"))
                #expect(!body.contains("secret") && !body.contains("sw_"))
                // The refused attempt on its provision is listed, without saying who made it.
                #expect(body.contains("\"outcome\":\"denied\""))
                #expect(!body.contains("provider-a test token"))
            }
            try await client.execute(uri: "/me/export", method: .get, headers: fixture.headers("provider-a")) { #expect($0.status == .ok) }
            try await client.execute(uri: "/admin/organisations/worcester-college", method: .delete, headers: fixture.headers("admin")) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/me", method: .get, headers: fixture.headers("provider-b")) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/courses?q=welding", method: .get) { response in
                let total = try decodeBody(CourseSearchPage.self, response).total
                #expect(total == 0)
            }
            try await client.execute(uri: "/courses?q=cyber", method: .get) { response in
                let total = try decodeBody(CourseSearchPage.self, response).total
                #expect(total == 1)
            }
        }
        #expect(try await fixture.database.organisation(id: OrganisationID(rawValue: "worcester-college")!) == nil)
        #expect(try await fixture.database.provider(id: ProviderID(rawValue: "worcester-college")!) == nil)
        let events = try await fixture.database.auditEvents(AuditQuery(limit: 500)).events
        for event in events {
            let text = "\(event)"
            #expect(!text.contains("worcester-college"), "\(text)")
        }
        #expect(events.contains { $0.action == "organisation.delete" && $0.detail == "an organisation of kind provider was deleted" })
        // The export was audited too, but as an event about worcester-college it went with the deletion.
        #expect(events.filter { $0.action == "GET /me/export" }.map(\.organisationID?.rawValue) == ["malvern-digital"])
        #expect(events.contains { $0.action == "DELETE /admin/organisations/{org}" && $0.outcome == .success })
    }

    @Test("a stalled client is cut off at the idle timeout while others are still served")
    func stalledClient() async throws {
        let fixture = try await AccountsFixture.make()
        var configuration = testConfiguration()
        configuration.idleTimeout = .milliseconds(800)
        let app = try buildApplication(configuration: configuration, store: fixture.database)
        // A control server with a long idle timeout: a connection to it, opened first, must outlive the stalled one.
        // This tells the configured 800 ms apart from any other limit (the 30 s default would cut the control
        // connection first) without a wall-clock bound that a machine starved by other builds could overrun.
        var controlConfiguration = testConfiguration()
        controlConfiguration.idleTimeout = .seconds(600)
        let control = try buildApplication(configuration: controlConfiguration, store: fixture.database)
        try await control.test(.live) { controlClient in
            let controlPort = try #require(controlClient.port)
            let idleControl = try StalledClient(port: controlPort)
            try await app.test(.live) { client in
                let port = try #require(client.port)
                let started = ContinuousClock.now
                // Send half a request and stop; a background thread waits for the server to close the socket.
                let socket = try StalledClient(port: port)
                socket.send("POST /providers/malvern-digital/feeds HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n<catalog>")
                async let closed: String = socket.waitForClose()
                // Others are served meanwhile, on a connection of their own opened just before use (the test
                // client's pooled connection could itself sit idle past 800 ms on a loaded machine and be cut).
                let other = try StalledClient(port: port)
                other.send("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                #expect(await other.waitForClose().hasPrefix("HTTP/1.1 200"))
                let received = await closed
                #expect(ContinuousClock.now - started >= .milliseconds(700))
                #expect(!received.contains("200 OK"))
                // The control connection, idle for longer than the stalled one, is still open and served.
                idleControl.send("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                #expect(await idleControl.waitForClose().hasPrefix("HTTP/1.1 200"))
                // A new client is still served after the stalled one was cut off.
                let fresh = try StalledClient(port: port)
                fresh.send("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                let answer = await fresh.waitForClose()
                #expect(answer.hasPrefix("HTTP/1.1 200"))
            }
        }
        #expect(try await fixture.database.provider(id: ProviderID(rawValue: "malvern-digital")!) == nil)
    }

    @Test("an upload whose body does not arrive in time is answered 408 and changes nothing")
    func slowBody() async throws {
        let fixture = try await AccountsFixture.make()
        var configuration = testConfiguration()
        // The idle timeout is far longer than the body deadline, so only the deadline can answer; the
        // bound below is loose because a machine busy with other tests may starve the server for seconds.
        configuration.idleTimeout = .seconds(300)
        configuration.bodyDeadline = .milliseconds(300)
        let app = try buildApplication(configuration: configuration, store: fixture.database)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let started = ContinuousClock.now
            let socket = try StalledClient(port: port)
            socket.send(
                "POST /providers/malvern-digital/feeds HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(fixture.secrets["provider-a"]!)\r\n"
                    + "Content-Length: 100000\r\nConnection: close\r\n\r\n<catalog>")
            let received = await socket.waitForClose()
            #expect(received.hasPrefix("HTTP/1.1 408"))
            #expect(received.contains("body-timeout"))
            #expect(ContinuousClock.now - started < .seconds(120))
        }
        #expect(try await fixture.database.provider(id: ProviderID(rawValue: "malvern-digital")!) == nil)
        let failures = try await fixture.database.auditEvents(AuditQuery(outcome: .failure)).events
        #expect(failures.map(\.status) == [408])
    }
}

// MARK: - Recording logs

final class LogRecorder: Sendable {
    private let storage = Mutex<[String]>([])
    var lines: [String] { storage.withLock { $0 } }
    func append(_ line: String) { storage.withLock { $0.append(line) } }
}

struct RecordingLogHandler: LogHandler {
    let recorder: LogRecorder
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        recorder.append("\(event.level) \(event.message) " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
    }
}

// MARK: - A client that stalls

/// A raw TCP client that sends part of a request, then reads until the server closes the connection.
final class StalledClient: Sendable {
    private let socket: Int32

    init(port: Int) throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw ConnectFailed()
        }
        socket = fd
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
    }

    /// Reads until end of stream (the server closed the connection); returns what was received.
    func waitForClose() async -> String {
        let socket = self.socket
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                var received: [UInt8] = []
                var buffer = [UInt8](repeating: 0, count: 4096)
                while true {
                    let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
                    if count <= 0 { break }
                    received += buffer[0..<count]
                }
                continuation.resume(returning: String(decoding: received, as: UTF8.self))
            }
        }
    }

    deinit { close(socket) }

    struct ConnectFailed: Error {}
}
