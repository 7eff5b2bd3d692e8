import CatalogueImport
import Charters
import Domain
import Foundation
import GRDB
import HTTPAPI
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

// MARK: - Charter assessments over HTTP

@Suite("Charter over HTTP")
struct CharterHTTPTests {
    @Test("an employer completes the shipped charter over HTTP: tier, pillar scores, blockers and action plan as the engine computes them")
    func completeOverHTTP() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        let example = try CharterExample.answers()
        var expectedAnswers = example
        expectedAnswers.employer.name = "Severn Vale <Care> & Co"
        let expected = try CharterEngine(library: CharterLibrary.bundled()).assess(expectedAnswers, asOf: try #require(example.asOf))
        try await app.test(.router) { client in
            try await client.execute(uri: "/charters", method: .get) { response in
                #expect(response.status == .ok)
                let body = String(buffer: response.body)
                #expect(body.contains("\"hw-gec\"") && body.contains("\"wm-gwc\""))
            }
            try await client.execute(uri: "/charters/hw-gec/versions/1.0.0", method: .get) { response in
                let framework = try decodeBody(CharterFramework.self, response)
                #expect(framework.pillars.count == 7 && framework.criteria.count >= 50)
            }
            try await client.execute(uri: "/charters/hw-gec/versions/9.9.9", method: .get) { #expect($0.status == .notFound) }

            let id = try await client.startExample(fixture.headers("employer"), name: "Severn Vale <Care> & Co")
            try await client.answerExample(id, fixture.headers("employer"))
            let submitted = try await client.execute(uri: "/assessments/\(id)/submit", method: .post, headers: fixture.headers("employer")) { response in
                #expect(response.status == .ok)
                return try decodeBody(ResultEnvelope.self, response)
            }
            #expect(submitted.assessment.status == "submitted")
            #expect(submitted.assessment.version == "1.0.0")
            let result = submitted.result
            #expect(result.tierReached == expected.tierReached && result.tierReached != nil)
            #expect(result.pillars == expected.pillars && result.pillars.count == 7)
            #expect(result.overall == expected.overall)
            #expect(result.tiers.map(\.blockers) == expected.tiers.map(\.blockers))
            #expect(result.tiers.filter { !$0.reached }.allSatisfy { !$0.blockers.isEmpty })
            #expect(result.actionPlan == expected.actionPlan && !result.actionPlan.isEmpty)
            #expect(result.award?.tier == expected.tierReached)

            try await client.execute(uri: "/assessments/\(id)/result", method: .get, headers: fixture.headers("employer")) { response in
                let stored = try decodeBody(ResultEnvelope.self, response)
                #expect(stored.result == result)
            }
            try await client.execute(uri: "/assessments/\(id)/report.html", method: .get, headers: fixture.headers("employer")) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                let page = String(buffer: response.body)
                #expect(page.contains("Severn Vale &lt;Care&gt; &amp; Co"))
                #expect(!page.contains("<Care>"))
            }
            // A submitted assessment is locked.
            try await client.execute(
                uri: "/assessments/\(id)/answers/HW.PAY.01", method: .put, headers: fixture.headers("employer"), body: ByteBuffer(string: #"{"value":20}"#)
            ) { response in
                #expect(response.status == .conflict)
                let error = try decodeBody(ErrorEnvelope.self, response).error
                #expect(error.code == "not-draft")
            }
            try await client.execute(uri: "/assessments/\(id)/submit", method: .post, headers: fixture.headers("employer")) { #expect($0.status == .conflict) }
        }
    }

    @Test("action items about skills list catalogue courses that match them, over HTTP as on the CLI")
    func actionPlanCourses() async throws {
        let fixture = try await AccountsFixture.make()
        let example = try CharterExample.answers()
        let expected = try CharterEngine(library: CharterLibrary.bundled()).assess(example, asOf: try #require(example.asOf))
        // A course for the first skills-related action the engine plans, named after its first keyword.
        let item = try #require(expected.actionPlan.first { !$0.courseKeywords.isEmpty })
        let keyword = try #require(item.courseKeywords.first)
        let title = keyword.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ") + " for Managers"
        let imported = try await CatalogueImporter(store: fixture.database).importFeed(
            Data(sampleFeed(title: title, provider: "Worcester College").utf8), provider: ProviderID(rawValue: "worcester-college")!,
            options: ImportOptions())
        #expect(imported.applied)
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            let id = try await client.startExample(fixture.headers("employer"), name: "Severn Vale Care")
            try await client.answerExample(id, fixture.headers("employer"))
            try await client.execute(uri: "/assessments/\(id)/submit", method: .post, headers: fixture.headers("employer")) { #expect($0.status == .ok) }
            let result = try await client.execute(uri: "/assessments/\(id)/result", method: .get, headers: fixture.headers("employer")) { response in
                try decodeBody(ResultEnvelope.self, response).result
            }
            let planned = try #require(result.actionPlan.first { $0.criterion == item.criterion })
            #expect(planned.courses.map(\.title) == [title])
            #expect(planned.courses.first?.provider == "Worcester College")
            // Items with no course keywords get no courses.
            #expect(result.actionPlan.filter { $0.courseKeywords.isEmpty }.allSatisfy { $0.courses.isEmpty })
        }
    }

    @Test("another employer, a provider, a partner and an admin get 404 on every assessment route, anonymous 401; nothing changes")
    func assessmentsArePrivate() async throws {
        let fixture = try await AccountsFixture.make()
        let other = try await SecondEmployer.add(to: fixture)
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            let id = try await client.startExample(fixture.headers("employer"))
            try await client.execute(
                uri: "/assessments/\(id)/answers/HW.SEC.01", method: .put, headers: fixture.headers("employer"), body: ByteBuffer(string: #"{"value":true}"#)
            ) { #expect($0.status == .ok) }
            let routes: [(HTTPRequest.Method, String, String)] = [
                (.put, "answers/HW.SEC.01", #"{"value":false}"#), (.put, "answers/HW.PAY.01", #"{"value":20}"#), (.post, "submit", ""),
                (.get, "result", ""), (.get, "report.html", ""),
            ]
            for (method, suffix, body) in routes {
                let missing = try await client.execute(uri: "/assessments/987654/\(suffix)", method: method, headers: fixture.headers("employer"), body: ByteBuffer(string: body)) {
                    ($0.status, String(buffer: $0.body))
                }
                #expect(missing.0 == .notFound)
                for headers in [other.headers, fixture.headers("provider-a"), fixture.headers("partner"), fixture.headers("admin")] {
                    try await client.execute(uri: "/assessments/\(id)/\(suffix)", method: method, headers: headers, body: ByteBuffer(string: body)) { response in
                        #expect(response.status == .notFound, "\(method) \(suffix)")
                        #expect(String(buffer: response.body) == missing.1)
                    }
                }
                try await client.execute(uri: "/assessments/\(id)/\(suffix)", method: method, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .unauthorized)
                }
            }
            // Starting an assessment is for employers only.
            for caller in ["provider-a", "partner", "admin"] {
                try await client.execute(uri: "/assessments", method: .post, headers: fixture.headers(caller), body: try CharterExample.startBody()) {
                    #expect($0.status == .notFound)
                }
            }
            try await client.execute(uri: "/assessments/\(id)/result", method: .get, headers: fixture.headers("employer")) { response in
                let stored = try decodeBody(ResultEnvelope.self, response)
                #expect(stored.assessment.status == "draft")
                #expect(stored.result.answers.answers.keys.sorted() == ["HW.SEC.01"])
                #expect(stored.result.answers.answers["HW.SEC.01"]?.value == .bool(true))
            }
        }
        let denials = try await fixture.database.auditEvents(AuditQuery(outcome: .denied, limit: AuditQuery.maxLimit)).events
        let severn = denials.filter { $0.organisationID == SecondEmployer.organisation.id && $0.action.hasPrefix("PUT /assessments") }
        #expect(severn.count == 2)
        #expect(severn.allSatisfy { $0.status == 404 && $0.resource?.hasPrefix("/assessments/") == true })
        // Each refusal joins the owning employer's audit trail.
        #expect(severn.allSatisfy { $0.subjectOrganisationID == AccountsFixture.organisations["employer"]!.id })
        // The other employer's store does not see the row even when asked directly.
        #expect(try await fixture.database.store(for: SecondEmployer.organisation.id).assessment(id: 1) == nil)
    }

    @Test("drafts survive a restart and answers can come in any order and be replaced")
    func draftsSurvive() async throws {
        let fixture = try await AccountsFixture.make()
        let id = try await Application(router: try buildRouter(store: fixture.database, configuration: testConfiguration())).test(.router) { client in
            let id = try await client.startExample(fixture.headers("employer"))
            for (criterion, body) in [("HW.PAY.01", #"{"value":12.5}"#), ("HW.SEC.01", #"{"value":true}"#), ("HW.PAY.01", #"{"value":14.1}"#)] {
                try await client.execute(uri: "/assessments/\(id)/answers/\(criterion)", method: .put, headers: fixture.headers("employer"), body: ByteBuffer(string: body)) {
                    #expect($0.status == .ok)
                }
            }
            return id
        }
        // A new application over the same database.
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            try await client.execute(uri: "/assessments/\(id)/result", method: .get, headers: fixture.headers("employer")) { response in
                let stored = try decodeBody(ResultEnvelope.self, response)
                #expect(stored.assessment.status == "draft")
                #expect(stored.result.answers.answers.keys.sorted() == ["HW.PAY.01", "HW.SEC.01"])
                #expect(stored.result.answers.answers["HW.PAY.01"]?.value == .number(14.1))
                #expect(stored.result.criterion("HW.PAY.01")?.state == .met)
            }
        }
    }

    @Test("rejected answers and submissions are explained, located, and change nothing")
    func validation() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            let id = try await client.startExample(fixture.headers("employer"))
            try await client.execute(
                uri: "/assessments/\(id)/answers/HW.PAY.01", method: .put, headers: fixture.headers("employer"),
                body: ByteBuffer(string: #"{"value":"thirteen pounds"}"#)
            ) { response in
                #expect(response.status == .unprocessableContent)
                let error = try decodeBody(IssuesEnvelope.self, response).error
                #expect(error.code == "answer-rejected")
                #expect(!error.details.issues.isEmpty)
                #expect(error.details.issues.allSatisfy { $0.criterion == "HW.PAY.01" && !$0.field.isEmpty && !$0.reason.isEmpty })
            }
            try await client.execute(
                uri: "/assessments/\(id)/answers/HW.NOPE.99", method: .put, headers: fixture.headers("employer"), body: ByteBuffer(string: #"{"value":true}"#)
            ) { response in
                #expect(response.status == .unprocessableContent)
                let error = try decodeBody(ErrorEnvelope.self, response).error
                #expect(error.code == "unknown-criterion")
            }
            try await client.execute(
                uri: "/assessments/\(id)/answers/HW.PAY.01", method: .put, headers: fixture.headers("employer"), body: ByteBuffer(string: #"{"value":"#)
            ) { #expect($0.status == .badRequest) }
            // Only one answer given: the submission lists every problem, each with its criterion and field.
            try await client.execute(
                uri: "/assessments/\(id)/answers/HW.SEC.01", method: .put, headers: fixture.headers("employer"), body: ByteBuffer(string: #"{"value":true}"#)
            ) { #expect($0.status == .ok) }
            try await client.execute(uri: "/assessments/\(id)/submit", method: .post, headers: fixture.headers("employer")) { response in
                #expect(response.status == .unprocessableContent)
                let error = try decodeBody(IssuesEnvelope.self, response).error
                #expect(error.code == "assessment-rejected")
                #expect(error.details.issues.count > 10)
                #expect(error.details.issues.allSatisfy { $0.severity == .error && !$0.field.isEmpty })
                #expect(error.details.issues.contains { $0.criterion == "HW.PAY.01" })
                #expect(!error.details.issues.contains { $0.criterion == "HW.SEC.01" })
            }
            try await client.execute(uri: "/assessments/\(id)/result", method: .get, headers: fixture.headers("employer")) { response in
                let stored = try decodeBody(ResultEnvelope.self, response)
                #expect(stored.assessment.status == "draft")
                #expect(stored.result.answers.answers.keys.sorted() == ["HW.SEC.01"])
            }
            // A bad start is located too.
            try await client.execute(
                uri: "/assessments", method: .post, headers: fixture.headers("employer"),
                body: ByteBuffer(string: #"{"framework":"hw-gec","asOf":"2026-06-01","employer":{"headcount":0}}"#)
            ) { response in
                #expect(response.status == .badRequest)
                let error = try decodeBody(ErrorEnvelope.self, response).error
                #expect(error.message.hasPrefix("$.employer.headcount"))
            }
            try await client.execute(
                uri: "/assessments", method: .post, headers: fixture.headers("employer"),
                body: ByteBuffer(string: #"{"framework":"hw-gec","version":"7.0.0","asOf":"2026-06-01","employer":{"headcount":40}}"#)
            ) { response in
                #expect(response.status == .unprocessableContent)
                let error = try decodeBody(ErrorEnvelope.self, response).error
                #expect(error.message.contains("7.0.0"))
            }
        }
        let rows = try await fixture.database.reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM charter_assessment") }
        #expect(rows == 1)
    }

    @Test("the public list shows only opted-in employers with a submitted assessment: names and tiers")
    func publicList() async throws {
        let fixture = try await AccountsFixture.make()
        let other = try await SecondEmployer.add(to: fixture)
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            func listed() async throws -> [String] {
                try await client.execute(uri: "/charter-employers", method: .get) { response in
                    #expect(response.status == .ok)
                    let body = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: [[String: String]]])
                    return try #require(body["employers"]).map { "\($0["name"] ?? "")|\($0["tierLabel"] ?? "")" }
                }
            }
            let acme = try await client.completeExample(fixture.headers("employer"), name: "Self-declared name")
            _ = try await client.completeExample(other.headers)
            let tier = try await client.execute(uri: "/assessments/\(acme)/result", method: .get, headers: fixture.headers("employer")) { response in
                let result = try decodeBody(ResultEnvelope.self, response).result
                let reached = try #require(result.tierReached)
                return try #require(result.tier(reached)?.label)
            }
            #expect(try await listed().isEmpty)
            try await client.execute(
                uri: "/charter-employers/severn-vale-care", method: .put, headers: other.headers, body: ByteBuffer(string: #"{"listed":true}"#)
            ) { #expect($0.status == .ok) }
            #expect(try await listed() == ["Severn Vale Care Ltd|\(tier)"])
            // Nobody opts in for someone else.
            try await client.execute(
                uri: "/charter-employers/severn-vale-care", method: .put, headers: fixture.headers("employer"), body: ByteBuffer(string: #"{"listed":false}"#)
            ) { #expect($0.status == .notFound) }
            try await client.execute(
                uri: "/charter-employers/acme-engineering", method: .put, headers: fixture.headers("employer"), body: ByteBuffer(string: #"{"listed":true}"#)
            ) { #expect($0.status == .ok) }
            // The organisation's registered name is shown, never the self-declared one.
            #expect(try await listed() == ["Acme Engineering|\(tier)", "Severn Vale Care Ltd|\(tier)"])
            try await client.execute(
                uri: "/charter-employers/severn-vale-care", method: .put, headers: other.headers, body: ByteBuffer(string: #"{"listed":false}"#)
            ) { #expect($0.status == .ok) }
            #expect(try await listed() == ["Acme Engineering|\(tier)"])
            // An award whose validity has run out is not listed, even when opted in.
            let teme = Organisation(id: OrganisationID(rawValue: "teme-valley-foods")!, name: "Teme Valley Foods", kind: .employer)
            _ = try await fixture.database.createOrganisation(teme)
            let store = fixture.database.store(for: teme.id)
            let old = try await store.createAssessment(
                CharterAssessmentRecord(
                    employerID: teme.id.rawValue, frameworkID: "hw-gec", frameworkVersion: "1.0.0", asOf: "2022-01-10", answersJSON: Data("{}".utf8)))
            try await store.submit(id: try #require(old.id), answersJSON: Data("{}".utf8), resultJSON: Data("{}".utf8), tierReached: "committed")
            try await fixture.database.setListed(true, organisation: teme.id)
            #expect(try await fixture.database.listedEmployers().map(\.organisationID).contains(teme.id))
            #expect(try await listed() == ["Acme Engineering|\(tier)"])
        }
    }

    @Test("an employer's export includes its assessments; deleting it removes them and leaves others'")
    func exportAndErase() async throws {
        let fixture = try await AccountsFixture.make()
        let other = try await SecondEmployer.add(to: fixture)
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            let id = try await client.completeExample(fixture.headers("employer"))
            _ = try await client.startExample(other.headers)
            try await client.execute(
                uri: "/charter-employers/acme-engineering", method: .put, headers: fixture.headers("employer"), body: ByteBuffer(string: #"{"listed":true}"#)
            ) { #expect($0.status == .ok) }
            try await client.execute(uri: "/me/export", method: .get, headers: fixture.headers("employer")) { response in
                let export = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                let charters = try #require((export["modules"] as? [String: Any])?["charters"] as? [String: Any])
                #expect(charters["listed"] as? Bool == true)
                let assessments = try #require(charters["assessments"] as? [[String: Any]])
                #expect(assessments.count == 1)
                #expect((assessments.first?["id"] as? Int).map(Int64.init) == id)
                #expect(((assessments.first?["answers"] as? [String: Any])?["answers"] as? [String: Any])?.count == 57)
                #expect((assessments.first?["result"] as? [String: Any])?["tierReached"] != nil)
            }
            try await client.execute(uri: "/me/export", method: .get, headers: fixture.headers("partner")) { response in
                let export = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                #expect((export["modules"] as? [String: Any])?["charters"] == nil)
            }
            try await client.execute(uri: "/admin/organisations/acme-engineering", method: .delete, headers: fixture.headers("admin")) { #expect($0.status == .ok) }
            try await client.execute(uri: "/charter-employers", method: .get) { response in
                #expect(!String(buffer: response.body).contains("Acme"))
            }
        }
        let counts = try await fixture.database.reader.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM charter_assessment WHERE organisation_id = 'acme-engineering'"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM charter_listing WHERE organisation_id = 'acme-engineering'"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM charter_assessment WHERE organisation_id = 'severn-vale-care'")
            )
        }
        #expect(counts.0 == 0 && counts.1 == 0 && counts.2 == 1)
    }

    @Test("the employerResource rule: only an employer that owns the resource; a missing resource is refused like another's",
          arguments: AccountsFixture.members)
    func ownershipRule(caller: String) {
        let organisation = AccountsFixture.organisations[caller]!
        let who = Caller(organisation: organisation, tokenID: "tok_x", tokenName: "t")
        let rule = Access.employerResource(.charterAssessment, parameter: "id")
        let own = AccessPolicy.decide(rule, caller: who, owner: organisation.id) { _ in "7" }
        #expect(own == (caller == "employer" ? .allow(AccessScope(caller: who, employer: organisation.id)) : .deny))
        #expect(AccessPolicy.decide(rule, caller: who, owner: SecondEmployer.organisation.id) { _ in "7" } == .deny)
        #expect(AccessPolicy.decide(rule, caller: who, owner: nil) { _ in "7" } == .deny)
        #expect(AccessPolicy.decide(rule, caller: nil, owner: organisation.id) { _ in "7" } == .unauthenticated)
        let start = AccessPolicy.decide(.anyEmployer, caller: who) { _ in nil }
        #expect(start == (caller == "employer" ? .allow(AccessScope(caller: who, employer: organisation.id)) : .deny))
    }
}
