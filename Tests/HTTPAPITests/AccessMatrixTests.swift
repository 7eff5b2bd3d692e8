import Careers
import CatalogueImport
import Domain
import Foundation
import GRDB
import HTTPAPI
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

// MARK: - Every route against every caller

@Suite("Access control")
struct AccessMatrixTests {
    /// A concrete request for every route the router serves, aimed at `provider-b`'s resources and at
    /// an assessment of an employer none of the callers belongs to.
    static func requests(
        _ router: Router<AppRequestContext>, fixture: AccountsFixture, assessment: Int64, plan: Int64 = 1, diagnostic: String
    ) -> [(method: HTTPRequest.Method, template: String, uri: String)] {
        router.routes.map { route in
            let template = route.path.description
            let uri = "/" + template.split(separator: "/").map { segment -> String in
                switch segment {
                case "{id}" where template.hasPrefix("/courses"): "1"
                case "{id}" where template.hasPrefix("/assessments"): String(assessment)
                case "{id}" where template.hasPrefix("/plans"): String(plan)
                case "{id}" where template.hasPrefix("/charters"): "hw-gec"
                // Open taxonomy routes get ids that exist, so a 404 there would be a wrong refusal.
                case "{id}" where template.hasPrefix("/routes"): "engineering-and-manufacturing"
                case "{id}" where template.hasPrefix("/skills"): "welding"
                case "{id}" where template.hasPrefix("/occupations"): "ifate:ST0852"
                // A saved diagnostic is open to anyone holding its id.
                case "{id}" where template.hasPrefix("/diagnostics"): diagnostic
                case "{id}.html" where template.hasPrefix("/diagnostics"): diagnostic + ".html"
                case "{id}": "worcester-college"
                case "{v}": "1.0.0"
                case "{criterionId}": "HW.PAY.01"
                case "{org}": "worcester-college"
                case "{token}": fixture.tokenIDs["provider-b"]!
                default: String(segment)
                }
            }.joined(separator: "/")
            return (route.method, template, uri)
        }.sorted { lhs, rhs in
            // Deletions last, and a token before its organisation, so each request finds what it aims at.
            if (lhs.method == .delete) != (rhs.method == .delete) { return rhs.method == .delete }
            return lhs.method == .delete ? lhs.template > rhs.template : lhs.template < rhs.template
        }
    }

    static func body(for template: String) -> ByteBuffer {
        if template.hasSuffix("/feeds") { return ByteBuffer(string: sampleFeed()) }
        if template == "/diagnostics" { return ByteBuffer(string: #"{"text":"I weld and drive a forklift."}"#) }
        if template == "/skills/extract" { return ByteBuffer(string: #"{"text":"I weld and drive a forklift."}"#) }
        if template.hasSuffix("/tokens") { return ByteBuffer(string: #"{"name":"intruder"}"#) }
        if template == "/assessments" { return (try? CharterExample.startBody()) ?? ByteBuffer() }
        if template.contains("/answers/") { return ByteBuffer(string: #"{"value":20}"#) }
        if template.hasPrefix("/charter-employers/") { return ByteBuffer(string: #"{"listed":true}"#) }
        if template == "/plans" || template == "/plans/{id}" { return ByteBuffer(bytes: (try? PlanFixtures.body(PlanFixtures.workshop())) ?? Data()) }
        if template.hasSuffix("/consent") { return ByteBuffer(string: #"{"shareDemand":true}"#) }
        if template.hasSuffix("/projection") { return ByteBuffer(string: #"{"scenario":"growth","runs":50}"#) }
        if template == "/admin/organisations" { return ByteBuffer(string: #"{"id":"intruder","name":"Intruder","kind":"admin"}"#) }
        return ByteBuffer()
    }

    @Test("anonymous, bad-token and wrong-organisation callers get 401 or 404 on every route, never 5xx, each refusal audited once")
    func matrix() async throws {
        let fixture = try await AccountsFixture.make()
        let existing = try await CatalogueImporter(store: fixture.database).importFeed(
            Data(sampleFeed(title: "Welding Basics", provider: "Worcester College").utf8), provider: ProviderID(rawValue: "worcester-college")!,
            options: ImportOptions())
        #expect(existing.applied)
        let theirs = try await Self.foreignAssessment(fixture.database)
        let router = try buildRouter(store: fixture.database, configuration: testConfiguration())
        let app = Application(router: router)
        let rules = Self.rules(router)
        let theirPlan = try await PlanFixtures.foreignPlan(fixture.database)
        let diagnostic = try await Self.savedDiagnostic(fixture.database)
        let requests = Self.requests(router, fixture: fixture, assessment: theirs.id!, plan: theirPlan.id, diagnostic: diagnostic)
        try await app.test(.router) { client in
            // The unusable tokens say why.
            for (caller, code) in [("expired", "token-expired"), ("revoked", "token-revoked"), ("made-up", "invalid-token")] {
                try await client.execute(uri: "/courses", method: .get, headers: fixture.headers(caller)) { response in
                    #expect(response.status == .unauthorized)
                    let errorCode = try decodeBody(ErrorEnvelope.self, response).error.code
                    #expect(errorCode == code)
                }
            }
            for caller in ["anonymous"] + AccountsFixture.unusable + ["provider-a", "employer", "partner", "provider-b", "admin"] {
                for (method, template, uri) in requests {
                    let access = try #require(rules["\(method.rawValue) \(template)"], "\(method) \(template) has no access rule")
                    let expected = Self.expectedStatus(caller: caller, access: access)
                    let before = try await fixture.auditCount([.denied, .unauthenticated])
                    let status = try await client.execute(uri: uri, method: method, headers: fixture.headers(caller), body: Self.body(for: template)) { response in
                        #expect(response.status.code < 500, "\(caller) \(method) \(uri)")
                        if let expected {
                            #expect(response.status.code == expected, "\(caller) \(method) \(uri) answered \(response.status.code)")
                            let envelope = try decodeBody(ErrorEnvelope.self, response)
                            #expect(!envelope.error.code.isEmpty)
                        } else {
                            #expect(![401, 404].contains(response.status.code), "\(caller) \(method) \(uri) answered \(response.status.code)")
                        }
                        if response.status == .unauthorized { #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true) }
                        return response.status.code
                    }
                    let refusals = try await fixture.auditCount([.denied, .unauthenticated]) - before
                    // Deleting provider-b also erases the refusals recorded against its bad tokens.
                    if caller == "admin", method == .delete, template == "/admin/organisations/{org}" { continue }
                    #expect(refusals == (expected == nil ? 0 : 1), "\(caller) \(method) \(uri): \(refusals) refusal events, status \(status)")
                }
            }
        }
        // Only the admin's requests changed anything: it created "intruder", revoked provider-b's token and
        // deleted provider-b; every refused request changed nothing.
        let remaining = try await fixture.database.organisations().map(\.id.rawValue)
        #expect(
            Set(remaining)
                == Set(AccountsFixture.organisations.values.map(\.id.rawValue)).subtracting(["worcester-college"]).union(["intruder", "severn-vale-care"]))
        // The other employer's assessment is untouched.
        #expect(try await fixture.database.store(for: SecondEmployer.organisation.id).assessment(id: theirs.id!) == theirs)
        // So is its plan: no new version, no consent, not deleted.
        #expect(try await fixture.database.planStore(for: SecondEmployer.organisation.id).plan(id: theirPlan.id) == theirPlan)
    }

    /// The id of a saved diagnostic (a real one, so that its HTML page renders).
    static func savedDiagnostic(_ database: AppDatabase) async throws -> String {
        let diagnostic = try await sharedEmptyCatalogueEngine.diagnostician().diagnose(LearnerProfile(text: "Forklift driver and warehouse operative, stock control."))
        return try await database.saveDiagnostic(report: try JSONEncoder().encode(diagnostic), at: Date()).id
    }

    /// A draft assessment of an employer that none of the matrix's callers belongs to.
    static func foreignAssessment(_ database: AppDatabase) async throws -> CharterAssessmentRecord {
        _ = try await database.createOrganisation(SecondEmployer.organisation)
        return try await database.store(for: SecondEmployer.organisation.id).createAssessment(
            CharterAssessmentRecord(
                employerID: SecondEmployer.organisation.id.rawValue, frameworkID: "hw-gec", frameworkVersion: "1.0.0", asOf: "2026-06-01",
                answersJSON: Data(#"{"framework":"hw-gec","version":"1.0.0","status":"draft","employer":{"name":"Severn Vale Care Ltd","headcount":120},"answers":{}}"#.utf8)))
    }

    /// nil when the caller should be let through (answered anything but 401/404).
    static func expectedStatus(caller: String, access: Access) -> Int? {
        if AccountsFixture.unusable.contains(caller) { return 401 }
        let kind = AccountsFixture.organisations[caller]?.kind
        switch access {
        case .open: return nil
        case .member: return caller == "anonymous" ? 401 : nil
        case .provider: return caller == "anonymous" ? 401 : (caller == "provider-b" ? nil : 404)
        case .employer, .employerResource: return caller == "anonymous" ? 401 : 404
        case .anyEmployer: return caller == "anonymous" ? 401 : (kind == .employer ? nil : 404)
        case .partner: return caller == "anonymous" ? 401 : (kind == .partner ? nil : 404)
        case .admin: return caller == "anonymous" ? 401 : (kind == .admin ? nil : 404)
        case .kinds(let kinds): return caller == "anonymous" ? 401 : (kind.map(kinds.contains) == true ? nil : 404)
        // The matrix names no provider, so providers read their own view.
        case .demandInsights: return caller == "anonymous" ? 401 : (kind == .employer ? 404 : nil)
        }
    }

    /// The rule each route should have, stated here independently of the code under test.
    static func rules(_ router: Router<AppRequestContext>) -> [String: Access] {
        var result: [String: Access] = [:]
        for route in router.routes {
            let template = route.path.description
            let access: Access
            if template.hasPrefix("/admin") {
                access = .admin
            } else if template.hasPrefix("/me") {
                access = .member
            } else if template.hasSuffix("/feeds") {
                access = .provider(parameter: "id")
            } else if template == "/assessments" {
                access = .anyEmployer
            } else if template.hasPrefix("/assessments/") {
                access = .employerResource(.charterAssessment, parameter: "id")
            } else if template.hasPrefix("/insights") {
                access = .demandInsights(query: "provider")
            } else if template.hasPrefix("/charter-employers/") {
                access = .employer(parameter: "org")
            } else if template == "/plans" {
                access = .anyEmployer
            } else if template.hasPrefix("/plans/") {
                access = .employerResource(.plan, parameter: "id")
            } else if template.hasPrefix("/demand") {
                access = .kinds([.partner, .provider, .admin])
            } else {
                access = .open
            }
            result["\(route.method.rawValue) \(template)"] = access
        }
        return result
    }

    @Test("a refusal is byte-identical to a missing resource")
    func refusalLooksMissing() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            func fetch(_ uri: String, _ caller: String, _ method: HTTPRequest.Method = .get) async throws -> (HTTPResponse.Status, String, [String]) {
                try await client.execute(uri: uri, method: method, headers: fixture.headers(caller)) { response in
                    (response.status, String(buffer: response.body), response.headers.map { "\($0.name)=\($0.value)" }.filter { !$0.hasPrefix("Date") }.sorted())
                }
            }
            let denied = try await fetch("/admin/organisations/worcester-college", "provider-a")
            let missing = try await fetch("/admin/organisations/no-such-organisation", "admin")
            #expect(denied.0 == .notFound)
            #expect(denied.1 == missing.1)
            #expect(denied.2 == missing.2)
            let deniedExport = try await fetch("/admin/organisations/worcester-college/export", "employer")
            let missingExport = try await fetch("/admin/organisations/nobody/export", "admin")
            #expect(deniedExport.1 == missingExport.1)
            let deniedRevoke = try await fetch("/admin/tokens/\(fixture.tokenIDs["admin"]!)", "partner", .delete)
            let missingRevoke = try await fetch("/admin/tokens/tok_0000000000000000", "admin", .delete)
            #expect(deniedRevoke.1 == missingRevoke.1)
            #expect(try await fixture.database.token(id: fixture.tokenIDs["admin"]!)?.revokedAt == nil)
        }
        let denials = try await fixture.database.auditEvents(AuditQuery(outcome: .denied)).events
        #expect(denials.count == 3)
        #expect(denials.contains { $0.organisationID?.rawValue == "malvern-digital" && $0.tokenName == "provider-a test token" && $0.status == 404 })
    }

    @Test("a provider uploads only its own provision; the upload is audited")
    func providerScope() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            try await client.execute(uri: "/providers/malvern-digital/feeds", method: .post, headers: fixture.headers("provider-a"), body: ByteBuffer(string: sampleFeed())) {
                #expect($0.status == .ok)
            }
            try await client.execute(
                uri: "/providers/worcester-college/feeds", method: .post, headers: fixture.headers("provider-a"),
                body: ByteBuffer(string: sampleFeed(title: "Hijacked"))
            ) { #expect($0.status == .notFound) }
        }
        #expect(try await fixture.database.provider(id: ProviderID(rawValue: "worcester-college")!) == nil)
        let page = try await fixture.database.searchCourses(CourseSearchQuery(text: "hijacked"))
        #expect(page.total == 0)
        let writes = try await fixture.database.auditEvents(AuditQuery(outcome: .success)).events
        let upload = try #require(writes.first { $0.action == "POST /providers/{id}/feeds" })
        #expect(upload.organisationID?.rawValue == "malvern-digital")
        #expect(upload.subjectOrganisationID?.rawValue == "malvern-digital")
        #expect(upload.status == 200)
        #expect(upload.resource == "/providers/malvern-digital/feeds")
        // The refused upload is part of worcester-college's audit trail (its target), not only the caller's.
        let aboutB = try await fixture.database.auditEvents(AuditQuery(organisationID: OrganisationID(rawValue: "worcester-college")!)).events
        #expect(aboutB.contains { $0.outcome == .denied && $0.organisationID?.rawValue == "malvern-digital" })
    }

    @Test("a route added without an access rule is closed: admin only")
    func unregisteredRouteIsClosed() async throws {
        let fixture = try await AccountsFixture.make()
        let router = try buildRouter(store: fixture.database, configuration: testConfiguration())
        router.get("/later-module/secrets") { _, _ in "secret" }
        try await Application(router: router).test(.router) { client in
            try await client.execute(uri: "/later-module/secrets", method: .get) { #expect($0.status == .unauthorized) }
            for caller in ["provider-a", "employer", "partner"] {
                try await client.execute(uri: "/later-module/secrets", method: .get, headers: fixture.headers(caller)) { #expect($0.status == .notFound) }
            }
            try await client.execute(uri: "/later-module/secrets", method: .get, headers: fixture.headers("admin")) { #expect($0.status == .ok) }
        }
    }

    @Test("employer and partner rules: only the employer itself, only partners", arguments: AccountsFixture.members)
    func laterModuleRules(caller: String) {
        let organisation = AccountsFixture.organisations[caller]!
        let who = Caller(organisation: organisation, tokenID: "tok_x", tokenName: "t")
        let employerDecision = AccessPolicy.decide(.employer(parameter: "employer"), caller: who) { _ in "acme-engineering" }
        if caller == "employer" {
            #expect(employerDecision == .allow(AccessScope(caller: who, employer: organisation.id)))
        } else {
            #expect(employerDecision == .deny)
        }
        let otherEmployer = AccessPolicy.decide(.employer(parameter: "employer"), caller: who) { _ in "another-employer" }
        #expect(otherEmployer == .deny)
        let partnerDecision = AccessPolicy.decide(.partner, caller: who) { _ in nil }
        #expect(partnerDecision == (caller == "partner" ? .allow(AccessScope(caller: who)) : .deny))
        #expect(AccessPolicy.decide(.partner, caller: nil) { _ in nil } == .unauthenticated)
        #expect(AccessPolicy.decide(.open, caller: nil) { _ in nil } == .allow(AccessScope()))
    }

    @Test("admin manages organisations and tokens over HTTP; /me tells a caller who it is")
    func adminFlow() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            let created = try await client.execute(
                uri: "/admin/organisations", method: .post, headers: fixture.headers("admin"),
                body: ByteBuffer(string: #"{"id":"kidderminster-college","name":"Kidderminster College","kind":"provider","ukprn":"10003676"}"#)
            ) { response in
                #expect(response.status == .created)
                return try decodeBody(Organisation.self, response)
            }
            #expect(created.providerID?.rawValue == "kidderminster-college")
            try await client.execute(
                uri: "/admin/organisations", method: .post, headers: fixture.headers("admin"),
                body: ByteBuffer(string: #"{"id":"kidderminster-college","name":"Again","kind":"employer"}"#)
            ) { #expect($0.status == .conflict) }
            let issued = try await client.execute(
                uri: "/admin/organisations/kidderminster-college/tokens", method: .post, headers: fixture.headers("admin"),
                body: ByteBuffer(string: #"{"name":"feed robot","expiresInDays":30}"#)
            ) { response in
                #expect(response.status == .created)
                return try decodeBody(IssuedToken.self, response)
            }
            #expect(issued.secret.hasPrefix("sw_") && issued.secret.count == 67)
            let auth: HTTPFields = [.authorization: "Bearer \(issued.secret)"]
            try await client.execute(uri: "/me", method: .get, headers: auth) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"kidderminster-college\""))
            }
            try await client.execute(uri: "/admin/organisations/kidderminster-college/tokens", method: .get, headers: fixture.headers("admin")) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("feed robot"))
                #expect(!body.contains(issued.secret))
            }
            try await client.execute(uri: "/admin/tokens/\(issued.token.id)", method: .delete, headers: fixture.headers("admin")) { #expect($0.status == .ok) }
            try await client.execute(uri: "/me", method: .get, headers: auth) { response in
                #expect(response.status == .unauthorized)
                let errorCode = try decodeBody(ErrorEnvelope.self, response).error.code
                #expect(errorCode == "token-revoked")
            }
            try await client.execute(uri: "/admin/audit?organisation=kidderminster-college&limit=10", method: .get, headers: fixture.headers("admin")) { response in
                let page = try decodeBody(AuditPage.self, response)
                let actions = page.events.map(\.action)
                #expect(actions.contains("POST /admin/organisations"))
                #expect(actions.contains("POST /admin/organisations/{org}/tokens"))
                #expect(actions.contains("DELETE /admin/tokens/{token}"))
                #expect(page.events.allSatisfy { $0.at.count >= 20 })
            }
        }
        // Only the hash is stored.
        let hashes = try await fixture.database.reader.read { db in try String.fetchAll(db, sql: "SELECT secret_hash FROM api_token") }
        #expect(hashes.allSatisfy { $0.count == 64 && !$0.hasPrefix("sw_") })
    }
}
