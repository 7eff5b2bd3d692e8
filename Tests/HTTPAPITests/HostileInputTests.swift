import Domain
import Foundation
import HTTPAPI
import Hummingbird
import HummingbirdTesting
import Storage
import Synchronization
import Testing

// MARK: - Hostile bodies, parameters and rates

@Suite("Hostile input")
struct HostileInputTests {
    static let deep = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
    static let longName = #"{"id":"x1","name":""# + String(repeating: "a", count: 20_000) + #"","kind":"employer"}"#
    static let longList = #"{"id":"x2","name":"N","kind":"employer","extra":["# + Array(repeating: "1", count: 1_500).joined(separator: ",") + "]}"
    static let big = #"{"id":"x3","name":"N","kind":"employer","pad":""# + String(repeating: "b", count: 8_000) + #"","more":[""# +
        Array(repeating: String(repeating: "c", count: 7_000), count: 9).joined(separator: #"",""#) + #""]}"#

    @Test("hostile JSON bodies are refused with a located code; the server keeps serving", arguments: [
        (deep, 400, "json-too-deep", "$[0][0][0][0]"),
        (longName, 400, "json-string-too-long", "$.name"),
        (longList, 400, "json-too-many-entries", "$.extra"),
        (#"{"id":"x4","name":"N","kind":"employer""#, 400, "malformed-json", "$"),
        (#"{"id":"x5","name":"N","kind":"employer"} trailing"#, 400, "malformed-json", "$"),
        (#"{"id":"x6","name":"N\u0001","kind":"employer"}"#, 400, "invalid-body", ""),
        (#"{"id":"x7","name":42,"kind":"employer"}"#, 400, "invalid-body", "$.name"),
        (#"{"id":"x8","name":"N","kind":"wizard"}"#, 400, "invalid-body", "$.kind"),
        (#"{"id":"x9","kind":"employer"}"#, 400, "invalid-body", "$.name"),
        (#"["not","an","object"]"#, 400, "invalid-body", "$"),
        (big, 413, "body-too-large", ""),
    ])
    func hostileJSON(body: String, status: Int, code: String, path: String) async throws {
        let fixture = try await AccountsFixture.make()
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            try await client.execute(uri: "/admin/organisations", method: .post, headers: fixture.headers("admin"), body: ByteBuffer(string: body)) { response in
                #expect(response.status.code == status)
                let envelope = try decodeBody(ErrorEnvelope.self, response)
                #expect(envelope.error.code == code)
                #expect(envelope.error.message.hasPrefix(path))
                #expect(!envelope.error.message.contains("Swift") && !envelope.error.message.contains("/work/"))
                #expect(envelope.error.message.count < 300)
            }
            try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
        }
        #expect(try await fixture.database.organisations().count == AccountsFixture.organisations.count)
        let failures = try await fixture.database.auditEvents(AuditQuery(outcome: .failure)).events
        #expect(failures.count == 1)
        #expect(failures.first?.status == status)
    }

    @Test("the 70 KB body is refused from its Content-Length before it is read")
    func declaredTooLarge() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            let body = ByteBuffer(repeating: UInt8(ascii: " "), count: 70 * 1024)
            try await client.execute(
                uri: "/admin/organisations", method: .post, headers: fixture.headers("admin", [.contentLength: "\(body.readableBytes)"]), body: body
            ) { #expect($0.status == .contentTooLarge) }
        }
    }

    static let metacharacters = [
        #"Robert'); DROP TABLE organisation;--"#, #"" OR "1"="1"#, "50% off_all \\ courses; --", "x' UNION SELECT secret_hash FROM api_token --",
        "*/ ATTACH DATABASE '/tmp/x' AS y; /*",
    ]

    @Test("SQL metacharacters in every text field and parameter are stored and searched verbatim")
    func sqlMetacharacters() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            for (index, text) in Self.metacharacters.enumerated() {
                let escaped = String(decoding: try JSONEncoder().encode(text), as: UTF8.self)
                try await client.execute(
                    uri: "/admin/organisations", method: .post, headers: fixture.headers("admin"),
                    body: ByteBuffer(string: #"{"id":"org-\#(index)","name":\#(escaped),"kind":"employer"}"#)
                ) { #expect($0.status == .created) }
                let issued = try await client.execute(
                    uri: "/admin/organisations/org-\(index)/tokens", method: .post, headers: fixture.headers("admin"),
                    body: ByteBuffer(string: #"{"name":\#(escaped)}"#)
                ) { try decodeBody(IssuedToken.self, $0) }
                #expect(issued.token.name == text)
                let xmlText = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                try await client.execute(
                    uri: "/providers/malvern-digital/feeds", method: .post, headers: fixture.headers("provider-a"),
                    body: ByteBuffer(string: sampleFeed(title: "Course \(xmlText)", provider: xmlText))
                ) { #expect($0.status == .ok) }
                let query = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                try await client.execute(uri: "/courses?q=\(query)", method: .get) { #expect($0.status == .ok) }
                for uri in ["/courses/\(query)", "/providers/\(query)", "/providers/\(query)/courses", "/admin/organisations/\(query)",
                            "/admin/audit?action=\(query)&organisation=\(query)", "/courses?route=\(query)&provider=\(query)&sort=\(query)"] {
                    try await client.execute(uri: uri, method: .get, headers: fixture.headers("admin")) { response in
                        #expect(response.status.code < 500, "\(uri)")
                        let body = String(buffer: response.body)
                        #expect(!body.contains("SQLite") && !body.contains("syntax error") && !body.contains("sw_"), "\(uri)")
                    }
                }
            }
        }
        for (index, text) in Self.metacharacters.enumerated() {
            #expect(try await fixture.database.organisation(id: OrganisationID(rawValue: "org-\(index)")!)?.name == text)
        }
        let provider = try #require(try await fixture.database.provider(id: ProviderID(rawValue: "malvern-digital")!))
        #expect(provider.name == Self.metacharacters.last)
        #expect(try await fixture.database.organisations().count == AccountsFixture.organisations.count + Self.metacharacters.count)
    }

    @Test("over-long lists and pages in query parameters are refused, not run")
    func queryListLimits() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        let many = (0..<2_000).map { "p\($0)" }.joined(separator: ",")
        let repeated = (0..<60).map { _ in "district=worcester" }.joined(separator: "&")
        try await app.test(.router) { client in
            for uri in ["/courses?provider=\(many)", "/courses?\(repeated)", "/courses?limit=100000", "/courses?offset=999999999", "/admin/audit?limit=100000"] {
                try await client.execute(uri: uri, method: .get, headers: fixture.headers("admin")) { response in
                    #expect(response.status == .badRequest, "\(uri.prefix(60))")
                    let errorCode = try decodeBody(ErrorEnvelope.self, response).error.code
                    #expect(errorCode == "invalid-parameter")
                }
            }
        }
    }

    @Test("rate limits per address and per token answer 429 with Retry-After, then recover")
    func rateLimits() async throws {
        let fixture = try await AccountsFixture.make()
        let clock = TestClock()
        var configuration = testConfiguration()
        configuration.addressRate = .init(burst: 5, perSecond: 1)
        configuration.tokenRate = .init(burst: 2, perSecond: 0.5)
        configuration.rateClock = { clock.seconds }
        let app = try buildApplication(configuration: configuration, store: fixture.database)
        try await app.test(.router) { client in
            for _ in 0..<2 {
                try await client.execute(uri: "/me", method: .get, headers: fixture.headers("employer")) { #expect($0.status == .ok) }
            }
            try await client.execute(uri: "/me", method: .get, headers: fixture.headers("employer")) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "2")
                let errorCode = try decodeBody(ErrorEnvelope.self, response).error.code
                #expect(errorCode == "rate-limited")
            }
            // Another token from the same address still gets through until the address bucket is empty.
            try await client.execute(uri: "/me", method: .get, headers: fixture.headers("partner")) { #expect($0.status == .ok) }
            try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "1")
            }
            clock.advance(by: 3)
            try await client.execute(uri: "/me", method: .get, headers: fixture.headers("employer")) { #expect($0.status == .ok) }
        }
    }

    @Test("the limiter's memory is bounded")
    func limiterMemory() {
        let clock = TestClock()
        let limiter = RateLimiter(rate: .init(burst: 1, perSecond: 1), capacity: 100, now: { clock.seconds })
        for index in 0..<1_000 {
            clock.advance(by: 0.001)
            #expect(limiter.acquire("address:\(index)") == nil)
        }
        #expect(limiter.trackedKeys == 100)
    }
}

/// A clock the test moves by hand.
final class TestClock: Sendable {
    private let value = Mutex(0.0)
    var seconds: Double { value.withLock { $0 } }
    func advance(by seconds: Double) { value.withLock { $0 += seconds } }
}
