import Careers
import CatalogueImport
import Domain
import Foundation
import GRDB
import HTTPAPI
import Hummingbird
import HummingbirdTesting
import Logging
import Storage
import Synchronization
import Taxonomy
import Testing

// MARK: - POST /diagnostics, saved reports

@Suite("Career diagnostic over HTTP", .serialized)
struct DiagnosticHTTPTests {
    /// The saved-report part of a response.
    struct Saved: Decodable {
        var id: String
        var savedAt: String
        var expiresAt: String
        var json: String
        var html: String
    }

    /// The parts of a diagnostic response the tests look at.
    struct Body: Decodable {
        var skills: [SkillGroup]
        var upskill: [CareerPath]
        var reskill: [CareerPath]
        var notices: [String]
        var demandSignal: DemandSignal
        var saved: Saved?
        var demandRecorded: Bool?
        var providerScope: ProviderRef?
    }

    func post(
        _ client: some TestClientProtocol, _ body: String, query: String = "", headers: HTTPFields = [:]
    ) async throws -> (HTTPResponse.Status, Body?, String) {
        try await client.execute(uri: "/diagnostics" + query, method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
            let text = String(buffer: response.body)
            return (response.status, response.status.code < 300 ? try decodeBody(Body.self, response) : nil, text)
        }
    }

    @Test("save, read as JSON and HTML, then 404 once 30 days have passed (injected clock)")
    func saveReadExpire() async throws {
        let fixture = try await AccountsFixture.make()
        let clock = WallClock(Date())
        let app = try diagnosticApp(configuration: testConfiguration(clock: clock), database: fixture.database)
        try await app.test(.router) { client in
            let (status, posted, _) = try await post(client, Profiles.body(Profiles.careAssistant), query: "?save=true")
            #expect(status == .created)
            let body = try #require(posted)
            let saved = try #require(body.saved)
            #expect(SavedDiagnosticID.isWellFormed(saved.id))
            #expect(saved.json == "/diagnostics/\(saved.id)" && saved.html == "/diagnostics/\(saved.id).html")
            let savedAt = try #require(ISO8601DateFormatter().date(from: saved.savedAt))
            let expiresAt = try #require(ISO8601DateFormatter().date(from: saved.expiresAt))
            #expect(expiresAt.timeIntervalSince(savedAt) == 30 * 86_400)
            #expect(body.skills.flatMap(\.skills).contains { $0.id == "safeguarding" || $0.id == "personal-care" || $0.id == "moving-and-handling" })
            #expect(!(body.upskill + body.reskill).isEmpty)

            // What is stored is the report the learner was shown, not the profile they typed.
            let stored = try #require(try await fixture.database.reader.read { db in try Data.fetchOne(db, sql: "SELECT report FROM saved_diagnostic") })
            #expect(!String(decoding: stored, as: UTF8.self).contains(Profiles.careAssistant))
            let storedDiagnostic = try JSONDecoder().decode(Diagnostic.self, from: stored)
            #expect(storedDiagnostic.skills == body.skills && storedDiagnostic.upskill == body.upskill && storedDiagnostic.reskill == body.reskill)

            clock.advance(days: 29)
            let read = try await client.execute(uri: saved.json, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.cacheControl] == "no-store")
                return try decodeBody(Body.self, response)
            }
            #expect(read.skills == body.skills)
            #expect(read.upskill == body.upskill && read.reskill == body.reskill)
            #expect(read.saved?.id == saved.id && read.saved?.expiresAt == saved.expiresAt)
            try await client.execute(uri: saved.html, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let page = String(buffer: response.body)
                #expect(page.hasPrefix("<!DOCTYPE html>"))
                #expect(page.contains(body.upskill.first?.occupation.title ?? body.reskill[0].occupation.title))
                // The page quotes the report's evidence, never the whole profile.
                #expect(!page.contains(Profiles.careAssistant))
            }

            clock.advance(days: 1)
            // An expired report answers exactly as one that never existed: JSON for the JSON address, the
            // same HTML page for the page's.
            let never = "/diagnostics/dg_" + String(repeating: "b", count: 26)
            for (uri, unknown) in [(saved.json, never), (saved.html, never + ".html")] {
                let missing = try await client.execute(uri: unknown, method: .get) { String(buffer: $0.body) }
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound)
                    #expect(String(buffer: response.body) == missing)
                }
            }
        }
        #expect(try await fixture.database.reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM saved_diagnostic") } == 0)
    }

    @Test("nothing is saved without save=true; ids differ, are never listed, and a near miss is a plain 404")
    func idsAndListing() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try diagnosticApp(configuration: testConfiguration(), database: fixture.database)
        try await app.test(.router) { client in
            let (plain, unsaved, _) = try await post(client, Profiles.body("Forklift driver, stock control, first aid at work."))
            #expect(plain == .ok)
            #expect(unsaved?.saved == nil)
            #expect(try await fixture.database.reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM saved_diagnostic") } == 0)
            let first = try #require(try await post(client, Profiles.body("Forklift driver."), query: "?save=true").1?.saved?.id)
            let second = try #require(try await post(client, Profiles.body("Forklift driver."), query: "?save=1").1?.saved?.id)
            #expect(first != second)
            let neighbour = String(first.dropLast()) + (first.hasSuffix("a") ? "b" : "a")
            for uri in ["/diagnostics/\(neighbour)", "/diagnostics/\(first.uppercased())", "/diagnostics/\(first)x", "/diagnostics/1", "/diagnostics/%2e%2e"] {
                try await client.execute(uri: uri, method: .get) { #expect($0.status == .notFound, "\(uri)") }
            }
            try await client.execute(uri: "/diagnostics", method: .get) { #expect($0.status.code >= 400) }
            try await client.execute(uri: "/diagnostics/\(first)", method: .get) { #expect($0.status == .ok) }
            // A refused read of a saved report (bad token) is audited under the route template, not the id.
            try await client.execute(uri: "/diagnostics/\(first).html", method: .get, headers: fixture.headers("made-up")) {
                #expect($0.status == .unauthorized)
            }
        }
        let events = try await fixture.database.auditEvents(AuditQuery(limit: AuditQuery.maxLimit)).events
        #expect(events.contains { $0.resource == "/diagnostics/{id}.html" })
        #expect(!events.contains { ($0.resource ?? "").contains("dg_") })
        // Anonymous diagnoses themselves leave no audit rows (no learner addresses kept).
        #expect(!events.contains { $0.action == "POST /diagnostics" })
    }

    @Test("without consent nothing is recorded; with consent the record holds ids only, never the learner's words")
    func consent() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try diagnosticApp(configuration: testConfiguration(), database: fixture.database)
        let text = Profiles.careAssistant
        try await app.test(.router) { client in
            let (_, declined, _) = try await post(client, Profiles.body(text, extra: #","consent":false,"constraints":{"districts":["wyre-forest"]}"#))
            #expect(declined?.demandRecorded == false)
            let (_, silent, _) = try await post(client, Profiles.body(text))
            #expect(silent?.demandRecorded == false)
            #expect(try await Self.demandRows(fixture.database).isEmpty)

            let (status, agreed, _) = try await post(
                client, Profiles.body(text, extra: #","consent":true,"aspiration":"team leader in adult care","constraints":{"districts":["wyre-forest"]}"#),
                query: "?provider=worcester-college")
            #expect(status == .ok)
            let body = try #require(agreed)
            #expect(body.demandRecorded == true)
            let rows = try await Self.demandRows(fixture.database)
            #expect(rows.count == 1)
            let row = try #require(rows.first)
            for word in Profiles.personalWords + ["residents", "starters", "six years"] {
                #expect(!row.localizedCaseInsensitiveContains(word), "the demand record holds \(word)")
            }
            for evidence in body.skills.flatMap(\.skills).flatMap(\.evidence) where evidence.count > 20 {
                #expect(!row.contains(evidence))
            }
            let records = try await fixture.database.demandRecords(LearnerDemandFilter(provider: nil, from: "2000-01-01", to: "2100-01-01"))
            let record = try #require(records.first)
            #expect(record.routes.map(\.id) == body.demandSignal.routes)
            #expect(record.occupations.map(\.id) == body.demandSignal.occupations)
            #expect(record.gapSkills.map(\.id) == body.demandSignal.gapSkills)
            #expect(record.uncoveredSkills.map(\.id) == body.demandSignal.uncoveredSkills)
            #expect(record.district == "wyre-forest")
            #expect(record.provider?.rawValue == "worcester-college")
            #expect(body.providerScope?.id.rawValue == "worcester-college")
            #expect(record.occupations.allSatisfy { $0.label != $0.id })
            // Demand is about no organisation: the provider whose view was used does not get it in its export.
            let export = try await client.execute(uri: "/admin/organisations/worcester-college/export", method: .get, headers: fixture.headers("admin")) {
                response in
                #expect(response.status == .ok)
                return String(buffer: response.body)
            }
            #expect(!record.occupations.isEmpty)
            for occupation in record.occupations { #expect(!export.contains(occupation.id)) }
        }
    }

    @Test("consenting learners' demand reaches insights, suppressed under 10 (9 hidden, 10 shown)")
    func demandEndToEnd() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try diagnosticApp(configuration: testConfiguration(), database: fixture.database)
        try await app.test(.router) { client in
            let profile = Profiles.body(Profiles.careAssistant, extra: #","consent":true,"targetRoute":"care-services""#)
            var routes: [String] = []
            for _ in 0..<9 { routes = try #require(try await post(client, profile).1?.demandSignal.routes) }
            let route = try #require(routes.first)
            func insights() async throws -> LearnerDemandSummary {
                try await client.execute(uri: "/insights/demand", method: .get, headers: fixture.headers("partner")) { try decodeBody(LearnerDemandSummary.self, $0) }
            }
            let nine = try await insights()
            #expect(nine.learners == nil)
            #expect(nine.byRoute.counts.isEmpty && nine.byRoute.hiddenGroups == routes.count)
            _ = try await post(client, profile)
            let ten = try await insights()
            #expect(ten.learners == 10)
            #expect(ten.byRoute.counts.first { $0.id == route }?.learners == 10)
        }
    }

    @Test("the course index follows feed uploads: a new provider's course appears in the paths")
    func refreshAfterUpload() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            let profile = Profiles.body(Profiles.careAssistant, extra: #","targetRoute":"care-services""#)
            let before = try #require(try await post(client, profile).1)
            #expect((before.upskill + before.reskill).allSatisfy { $0.courses.isEmpty })
            try await client.execute(
                uri: "/providers/malvern-digital/feeds", method: .post, headers: fixture.headers("provider-a"), body: ByteBuffer(string: careFeed())
            ) { #expect($0.status == .ok) }
            let after = try #require(try await post(client, profile).1)
            let titles = (after.upskill + after.reskill).flatMap(\.courses).map(\.title)
            #expect(titles.contains("Lead Adult Care Worker Level 3 Diploma"))
            // The provider-scoped view of another provider lists no courses, with the same paths.
            let scoped = try #require(try await post(client, profile, query: "?provider=worcester-college").1)
            #expect((scoped.upskill + scoped.reskill).allSatisfy { $0.courses.isEmpty })
            #expect(scoped.upskill.map(\.occupation) == after.upskill.map(\.occupation))
        }
    }

    @Test("bad bodies and parameters give located 400s; oversized bodies 413; long texts are cut with a notice")
    func badInput() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try diagnosticApp(configuration: testConfiguration(), database: fixture.database)
        try await app.test(.router) { client in
            let cases: [(String, String, String)] = [
                ("I am a welder", "malformed-json", "$"),
                (#"{"text": "I weld""#, "malformed-json", "$"),
                ("[]", "invalid-body", "$"),
                (#"{"currentTitle":"Welder"}"#, "invalid-body", "$.text"),
                (#"{"text":42}"#, "invalid-body", "$.text"),
                (#"{"text":"I weld","consent":"yes"}"#, "invalid-body", "$.consent"),
                (#"{"text":"I weld","constraints":{"districts":["atlantis"]}}"#, "invalid-body", "$.constraints.districts[0]"),
                (#"{"text":"I weld","constraints":{"maxCostPence":"cheap"}}"#, "invalid-body", "$.constraints.maxCostPence"),
                (#"{"text":"I weld","targetRoute":"astronautics"}"#, "invalid-body", "$.targetRoute"),
                (#"{"text":"   "}"#, "invalid-profile", "$.text"),
                ("", "empty-body", ""),
            ]
            for (body, code, path) in cases {
                let (status, _, text) = try await post(client, body)
                #expect(status == .badRequest, "\(body): \(text)")
                let envelope = try JSONDecoder().decode(ErrorEnvelope.self, from: Data(text.utf8))
                #expect(envelope.error.code == code, "\(body): \(text)")
                if !path.isEmpty { #expect(text.contains(#""path":"\#(path)""#), "\(body): \(text)") }
            }
            for query in ["?save=maybe", "?provider=Not%20A%20Provider"] {
                #expect(try await post(client, Profiles.body("I weld"), query: query).0 == .badRequest)
            }
            // Review 4, defect 17: an unknown query parameter, a provider that conflicts with the body's,
            // and a slip for currentTitle are each a located 400.
            let colour = try await post(client, Profiles.body("I weld"), query: "?colour=blue")
            #expect(colour.0 == .badRequest && colour.2.contains("unknown-parameter") && colour.2.contains("\"save\""), "\(colour.2)")
            let conflict = try await post(
                client, #"{"text":"I weld","constraints":{"provider":"malvern-digital"}}"#, query: "?provider=worcester-college")
            #expect(conflict.0 == .badRequest && conflict.2.contains("conflicting-provider"), "\(conflict.2)")
            let same = try await post(client, #"{"text":"I weld","constraints":{"provider":"worcester-college"}}"#, query: "?provider=worcester-college")
            #expect(same.0 == .ok, "\(same.2)")
            let title = try await post(client, #"{"text":"I weld","title":"Welder"}"#)
            #expect(title.0 == .badRequest && title.2.contains(#""didYouMean":"currentTitle""#), "\(title.2)")
            let tooLarge = try await post(client, Profiles.body(String(repeating: "I weld steel frames. ", count: 4_000)))
            #expect(tooLarge.0 == .contentTooLarge)
            let long = String(repeating: "I weld steel frames and read engineering drawings. ", count: 400)
            let (status, cut, _) = try await post(client, Profiles.body(long))
            #expect(status == .ok)
            #expect(cut?.notices.contains { $0.contains("\(CareerDiagnostician.maxTextCharacters)") } == true)
        }
        #expect(try await Self.demandRows(fixture.database).isEmpty)
    }

    @Test("the profile text never reaches the logs")
    func nothingLogged() async throws {
        let lines = LogLines()
        var logger = Logger(label: "skillway-test") { _ in CapturingLogHandler(lines: lines) }
        logger.logLevel = .trace
        let fixture = try await AccountsFixture.make()
        let app = try diagnosticApp(configuration: testConfiguration(), database: fixture.database, logger: logger)
        try await app.test(.router) { client in
            _ = try await post(client, Profiles.body(Profiles.careAssistant, extra: #","consent":true"#), query: "?save=true")
            _ = try await post(client, Profiles.body(Profiles.careAssistant + " \u{0}"))
            _ = try await post(client, #"{"text": "Priya Zelinski"#)
        }
        #expect(lines.all.contains { $0.contains("/diagnostics") })
        for line in lines.all {
            for word in Profiles.personalWords { #expect(!line.contains(word), "logged: \(line)") }
            #expect(!line.contains("dg_"), "logged a saved report id: \(line)")
        }
    }

    @Test("diagnostics are written with the streaming encoder: the same JSON as JSONEncoder's, read back exactly")
    func streamingEncoder() async throws {
        let database = try AppDatabase.inMemory()
        _ = try await CatalogueImporter(store: database).importFeed(
            Data(careFeed().utf8), provider: ProviderID(rawValue: "malvern-digital")!, options: ImportOptions())
        let engine = CareerEngine(catalogue: database)
        let diagnostic = try await engine.diagnostician().diagnose(
            LearnerProfile(text: Profiles.careAssistant, aspiration: "team leader \u{201C}adult care\u{201D}\n\t\\ \"quoted\""))
        #expect(diagnostic.paths.contains { $0.score > 0 && $0.score < 1 })
        let streamed = Data(try StreamingJSONEncoder().encodeBytes(diagnostic))
        #expect(try JSONDecoder().decode(Diagnostic.self, from: streamed) == diagnostic)
        let reference = try JSONEncoder().encode(diagnostic)
        let lhs = try JSONSerialization.jsonObject(with: streamed) as? NSDictionary
        let rhs = try JSONSerialization.jsonObject(with: reference) as? NSDictionary
        #expect(lhs != nil && lhs == rhs)
        #expect(throws: StreamingJSONEncoder.Unsupported.self) { try StreamingJSONEncoder().encodeBytes([Double.nan]) }
    }

    @Test("the engine is built once however many requests arrive together; a failed build is retried")
    func engineBuiltOnce() async throws {
        let database = try AppDatabase.inMemory()
        let builds = Mutex(0)
        let failFirst = Mutex(true)
        let engine = CareerEngine {
            builds.withLock { $0 += 1 }
            if failFirst.withLock({ let fail = $0; $0 = false; return fail }) { throw BuildFailure() }
            return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: database)
        }
        await #expect(throws: BuildFailure.self) { _ = try await engine.diagnostician() }
        let instances = try await withThrowingTaskGroup(of: ObjectIdentifier.self) { group in
            for _ in 0..<8 { group.addTask { ObjectIdentifier(try await engine.diagnostician()) } }
            return try await group.reduce(into: Set<ObjectIdentifier>()) { $0.insert($1) }
        }
        #expect(instances.count == 1)
        #expect(builds.withLock { $0 } == 2)
        try await engine.refresh()
        #expect(builds.withLock { $0 } == 2)
    }

    struct BuildFailure: Error {}

    static func demandRows(_ database: AppDatabase) async throws -> [String] {
        try await database.reader.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM learner_demand").map { row in
                row.columnNames.map { "\($0)=\(row[$0] as DatabaseValue)" }.joined(separator: " ")
            }
        }
    }
}
