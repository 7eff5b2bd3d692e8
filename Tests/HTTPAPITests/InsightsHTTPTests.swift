import Domain
import Foundation
import HTTPAPI
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

// MARK: - GET /insights/demand

@Suite("Demand insights over HTTP")
struct InsightsHTTPTests {
    static let worcester = ProviderID(rawValue: "worcester-college")!
    static let malvern = ProviderID(rawValue: "malvern-digital")!
    static let care = DemandItem(id: "care-services", label: "Care services")
    static let digital = DemandItem(id: "digital", label: "Digital")
    static let nursing = DemandItem(id: "ifate:ST0781", label: "Nursing associate")

    /// 12 care learners in Worcester College's view, 9 digital learners in Malvern Digital's, 10 care
    /// learners in the neutral view and 11 outside November.
    static func seed(_ database: AppDatabase) async throws {
        func add(_ count: Int, day: String, provider: ProviderID?, routes: [DemandItem], occupations: [DemandItem] = []) async throws {
            for _ in 0..<count {
                try await database.recordDemand(
                    LearnerDemandRecord(day: day, provider: provider, district: "worcester", routes: routes, occupations: occupations, gapSkills: []))
            }
        }
        try await add(12, day: "2026-11-03", provider: worcester, routes: [care], occupations: [nursing])
        try await add(9, day: "2026-11-20", provider: malvern, routes: [digital])
        try await add(10, day: "2026-11-30", provider: nil, routes: [care])
        try await add(11, day: "2026-12-01", provider: malvern, routes: [digital])
    }

    func summary(_ client: some TestClientProtocol, _ fixture: AccountsFixture, _ caller: String, _ query: String) async throws -> (Int, LearnerDemandSummary?) {
        try await client.execute(uri: "/insights/demand?" + query, method: .get, headers: fixture.headers(caller)) { response in
            (Int(response.status.code), response.status == .ok ? try decodeBody(LearnerDemandSummary.self, response) : nil)
        }
    }

    @Test("partners see every view or one; counts under 10 are hidden and only counted")
    func partnerView() async throws {
        let fixture = try await AccountsFixture.make()
        try await Self.seed(fixture.database)
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            let (status, all) = try await summary(client, fixture, "partner", "from=2026-11-01&to=2026-11-30")
            #expect(status == 200)
            let everything = try #require(all)
            #expect(everything.learners == 31)
            // Digital (9) is hidden, and so is care (22), or 31 − 22 would give the 9 away (review 4, defect 14).
            #expect(everything.byRoute.counts.isEmpty)
            #expect(everything.byRoute.hiddenGroups == 2)
            // One occupation over 10 and none hidden: nothing to protect.
            #expect(everything.byOccupation.counts.map(\.learners) == [12] && everything.byOccupation.hiddenGroups == 0)
            let body = try await client.execute(uri: "/insights/demand?from=2026-11-01&to=2026-11-30", method: .get, headers: fixture.headers("admin")) {
                String(buffer: $0.body)
            }
            // The 9 digital learners are neither named nor counted.
            #expect(!body.contains("\"digital\"") && !body.contains(": 9"))
            let (_, malvernOnly) = try await summary(client, fixture, "admin", "provider=malvern-digital&from=2026-11-01&to=2026-12-31")
            #expect(malvernOnly?.byRoute.counts == [DemandCount(id: "digital", label: "Digital", learners: 20)])
            #expect(malvernOnly?.provider == "malvern-digital")
            let (_, november) = try await summary(client, fixture, "admin", "provider=malvern-digital&from=2026-11-01&to=2026-11-30")
            #expect(november?.byRoute.counts.isEmpty == true)
            #expect(november?.byRoute.hiddenGroups == 1)
            #expect(november?.learners == nil)
        }
    }

    @Test("a provider sees only its own view; another provider's, employers and anonymous callers are refused")
    func providerScope() async throws {
        let fixture = try await AccountsFixture.make()
        try await Self.seed(fixture.database)
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            // provider-b is Worcester College.
            let (status, own) = try await summary(client, fixture, "provider-b", "from=2026-11-01&to=2026-11-30")
            #expect(status == 200)
            #expect(own?.provider == "worcester-college")
            #expect(own?.learners == 12)
            #expect(own?.byRoute.counts.map(\.learners) == [12])
            let (explicit, same) = try await summary(client, fixture, "provider-b", "provider=worcester-college&from=2026-11-01&to=2026-11-30")
            #expect(explicit == 200 && same == own)
            #expect(try await summary(client, fixture, "provider-b", "provider=malvern-digital&from=2026-11-01&to=2026-11-30").0 == 404)
            #expect(try await summary(client, fixture, "employer", "from=2026-11-01&to=2026-11-30").0 == 404)
            #expect(try await summary(client, fixture, "anonymous", "from=2026-11-01&to=2026-11-30").0 == 401)
            #expect(try await summary(client, fixture, "expired", "").0 == 401)
        }
        let denied = try await fixture.database.auditEvents(AuditQuery(outcome: .denied)).events
        #expect(denied.filter { $0.action == "GET /insights/demand" }.count == 2)
    }

    @Test("bad parameters give located 400s")
    func badParameters() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            for (query, parameter) in [
                ("from=2026-13-01", "from"), ("to=yesterday", "to"), ("from=2026-12-01&to=2026-11-01", "from"),
                ("district=atlantis", "district"), ("provider=Not%20An%20Id", "provider"), ("provider=nope", "provider"),
                ("colour=blue", "colour"), ("form=2026-11-01", "form"),
            ] {
                try await client.execute(uri: "/insights/demand?" + query, method: .get, headers: fixture.headers("partner")) { response in
                    #expect(response.status == .badRequest, "\(query)")
                    let body = String(buffer: response.body)
                    #expect(body.contains("\"parameter\":\"\(parameter)\"") || body.contains("\"parameter\" : \"\(parameter)\""), "\(query): \(body)")
                }
            }
            // An unknown provider is refused as POST /diagnostics refuses it, with the known ids; an
            // unknown parameter lists the allowed ones (review 4, defect 17).
            try await client.execute(uri: "/insights/demand?provider=nope", method: .get, headers: fixture.headers("admin")) { response in
                let body = String(buffer: response.body)
                #expect(response.status == .badRequest && body.contains("unknown-provider") && body.contains("worcester-college"), "\(body)")
            }
            try await client.execute(uri: "/insights/demand?form=2026-11-01", method: .get, headers: fixture.headers("admin")) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("unknown-parameter") && body.contains("\"district\"") && body.contains("did you mean from?"), "\(body)")
            }
        }
    }
}
