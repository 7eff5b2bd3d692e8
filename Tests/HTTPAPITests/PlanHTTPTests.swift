import CatalogueImport
import Domain
import Foundation
import HTTPAPI
import Hummingbird
import HummingbirdTesting
import Storage
import Testing
import WorkforcePlanning

// MARK: - Workforce plans over HTTP

@Suite("Workforce plans over HTTP")
struct PlanHTTPTests {
    func withApp(_ body: @Sendable (any TestClientProtocol, AccountsFixture) async throws -> Void) async throws {
        let fixture = try await AccountsFixture.make()
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in try await body(client, fixture) }
    }

    static func json(_ plan: WorkforcePlan) throws -> ByteBuffer { ByteBuffer(bytes: try PlanFixtures.body(plan)) }

    @Test("an employer creates a plan from a template, saves versions, compares them, projects, reports and exports")
    func lifecycle() async throws {
        try await withApp { client, fixture in
            let headers = fixture.headers("employer")
            let created = try await client.execute(uri: "/plans?template=engineering-workshop&asOf=2026-04-01", method: .post, headers: headers) { response in
                #expect(response.status == .created)
                return try decodeBody(PlanEnvelope.self, response)
            }
            #expect(created.version == 1 && created.content.headcount == 7)
            #expect(created.content.organisation.name == "Acme Engineering")
            let id = created.plan.id

            // Edit: one more welder. The body names version 1 as the one it was edited from.
            var edited = created.content
            let welderIndex = try #require(edited.roles.firstIndex { $0.id == "welder-fabricator" })
            edited.roles[welderIndex].headcount += 1
            edited.roles[welderIndex].fte += 1
            edited.roles[welderIndex].people.append(Person(label: "Person H", ageBand: .from25to34, tenureBand: .under1, skills: ["welding": 2]))
            edited.version.note = "hired a welder"
            let saved = try await client.execute(uri: "/plans/\(id)", method: .put, headers: headers, body: try Self.json(edited)) { response in
                #expect(response.status == .ok)
                return try decodeBody(PlanEnvelope.self, response)
            }
            #expect(saved.version == 2 && saved.content.version.parent == 1 && saved.content.headcount == 8)
            // A second editor still working from version 1 is refused; nothing is saved.
            try await client.execute(uri: "/plans/\(id)", method: .put, headers: headers, body: try Self.json(edited)) { response in
                #expect(response.status == .conflict)
                let code = try decodeBody(ErrorEnvelope.self, response).error.code
                #expect(code == "version-conflict")
            }
            try await client.execute(uri: "/plans/\(id)/versions", method: .get, headers: headers) { response in
                let text = String(buffer: response.body)
                #expect(text.contains(#""number":1"#) && text.contains(#""number":2"#) && !text.contains(#""number":3"#))
                #expect(text.contains("hired a welder"))
            }
            try await client.execute(uri: "/plans/\(id)?version=1", method: .get, headers: headers) { response in
                let first = try decodeBody(PlanEnvelope.self, response)
                #expect(first.content.headcount == 7)
            }
            try await client.execute(uri: "/plans/\(id)/compare?from=1&to=2", method: .get, headers: headers) { response in
                let comparison = try decodeBody(PlanComparison.self, response)
                let welder = try #require(comparison.roles.first { $0.role == "welder-fabricator" })
                #expect(welder.after == (welder.before ?? 0) + 1)
            }
            try await client.execute(uri: "/plans", method: .get, headers: headers) { response in
                #expect(String(buffer: response.body).contains(#""latestVersion":2"#))
            }

            // Projection under a named and a custom scenario.
            try await client.execute(
                uri: "/plans/\(id)/projection", method: .post, headers: headers, body: ByteBuffer(string: #"{"scenario":"growth","runs":200}"#)
            ) { response in
                #expect(response.status == .ok)
                let body = String(buffer: response.body)
                #expect(body.contains(#""scenario":"growth""#) && body.contains(#""runs":200"#))
            }
            let custom = #"{"scenario":{"name":"double","kind":"custom","isPreferred":false,"annualChange":0,"multipliers":[2,2,2,2,2],"hireToDemand":true},"runs":50}"#
            try await client.execute(uri: "/plans/\(id)/projection", method: .post, headers: headers, body: ByteBuffer(string: custom)) { response in
                #expect(response.status == .ok)
                struct Body: Decodable { struct P: Decodable { var scenario: String; var expansionDemand: Double }; var projection: P }
                let projection = try decodeBody(Body.self, response).projection
                #expect(projection.scenario == "double" && projection.expansionDemand >= 8)
            }
            try await client.execute(
                uri: "/plans/\(id)/projection", method: .post, headers: headers, body: ByteBuffer(string: #"{"scenario":"boom"}"#)
            ) { #expect($0.status == .unprocessableContent) }
            // Simulation work is bounded: at most 5,000 runs a request.
            try await client.execute(
                uri: "/plans/\(id)/projection", method: .post, headers: headers, body: ByteBuffer(string: #"{"runs":100000}"#)
            ) { #expect($0.status == .badRequest) }

            try await client.execute(uri: "/plans/\(id)/report.html", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(String(buffer: response.body).contains("Acme Engineering — workforce plan v2"))
            }
            try await client.execute(uri: "/plans/\(id)/export.csv?scenario=growth", method: .get, headers: headers) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/csv") == true)
                let lines = String(buffer: response.body).split(separator: "\r\n")
                #expect(lines.first == Substring(PlanReport.csvHeader.joined(separator: ",")))
                // Five roles over a five-year horizon, then the actions.
                #expect(lines.filter { $0.hasPrefix("projection,") }.count == 5 * created.content.horizonYears)
            }
            try await client.execute(uri: "/plans/\(id)/consent", method: .put, headers: headers, body: ByteBuffer(string: #"{"shareDemand":true}"#)) { response in
                #expect(String(buffer: response.body).contains(#""shareDemand":true"#))
            }
            // The plan, with both versions, is part of the employer's own data export.
            try await client.execute(uri: "/me/export", method: .get, headers: headers) { response in
                let text = String(buffer: response.body)
                #expect(text.contains(#""workforce-plans""#) && text.contains("hired a welder"))
            }
            try await client.execute(uri: "/plans/\(id)", method: .delete, headers: headers) { #expect($0.status == .ok) }
            try await client.execute(uri: "/plans/\(id)", method: .get, headers: headers) { #expect($0.status == .notFound) }
        }
    }

    @Test("another organisation's plan answers byte-identical to a missing one, on every plan route, and stays unchanged")
    func otherOrganisation() async throws {
        try await withApp { client, fixture in
            let second = try await SecondEmployer.add(to: fixture)
            let mine = try await fixture.database.planStore(for: AccountsFixture.organisations["employer"]!.id).createPlan(
                try PlanFixtures.input(try PlanFixtures.workshop()))
            let missing = mine.id + 1000
            let attempts: [(HTTPRequest.Method, String, ByteBuffer)] = [
                (.get, "", ByteBuffer()), (.put, "", try Self.json(try PlanFixtures.workshop(name: "Hijacked"))), (.delete, "", ByteBuffer()),
                (.get, "/versions", ByteBuffer()), (.get, "/compare", ByteBuffer()), (.put, "/consent", ByteBuffer(string: #"{"shareDemand":true}"#)),
                (.post, "/projection", ByteBuffer(string: "{}")), (.get, "/report.html", ByteBuffer()), (.get, "/export.csv", ByteBuffer()),
                (.get, "/training", ByteBuffer()),
            ]
            for (method, suffix, body) in attempts {
                func fetch(_ id: Int64) async throws -> (HTTPResponse.Status, String, [String]) {
                    try await client.execute(uri: "/plans/\(id)\(suffix)", method: method, headers: second.headers, body: body) { response in
                        (response.status, String(buffer: response.body), response.headers.map { "\($0.name)=\($0.value)" }.filter { !$0.hasPrefix("Date") }.sorted())
                    }
                }
                let theirs = try await fetch(mine.id)
                let nothing = try await fetch(missing)
                #expect(theirs.0 == .notFound, "\(method) \(suffix)")
                #expect(theirs.1 == nothing.1 && theirs.2 == nothing.2, "\(method) \(suffix)")
            }
            // The second employer's list does not show it; the plan is untouched.
            try await client.execute(uri: "/plans", method: .get, headers: second.headers) { #expect(String(buffer: $0.body) == #"{"plans":[]}"#) }
            #expect(try await fixture.database.planStore(for: AccountsFixture.organisations["employer"]!.id).plan(id: mine.id) == mine)
        }
    }

    @Test("a plan with personal data or broken rules is refused with every problem located, and nothing is stored")
    func invalidPlans() async throws {
        try await withApp { client, fixture in
            let headers = fixture.headers("employer")
            var tree = try #require(try JSONSerialization.jsonObject(with: PlanFixtures.body(try PlanFixtures.workshop())) as? [String: Any])
            var roles = try #require(tree["roles"] as? [[String: Any]])
            roles[0]["people"] = [["label": "Person A", "dateOfBirth": "1961-03-02"]]
            tree["roles"] = roles
            try await client.execute(uri: "/plans", method: .post, headers: headers, body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: tree))) { response in
                #expect(response.status == .unprocessableContent)
                let text = String(buffer: response.body)
                #expect(text.contains("invalid-plan") && text.contains("roles[0].people[0].dateOfBirth"))
            }
            var broken = try PlanFixtures.workshop()
            broken.horizonYears = 9
            try await client.execute(uri: "/plans", method: .post, headers: headers, body: try Self.json(broken)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("horizonYears"))
            }
            try await client.execute(uri: "/plans?template=submarine-yard", method: .post, headers: headers) { #expect($0.status == .badRequest) }
            #expect(try await fixture.database.planStore(for: AccountsFixture.organisations["employer"]!.id).plans().isEmpty)
        }
    }

    @Test("role titles without an occupation are resolved through the taxonomy when saved")
    func resolvesTitles() async throws {
        try await withApp { client, fixture in
            var plan = try PlanFixtures.workshop()
            for index in plan.roles.indices { plan.roles[index].occupation = nil }
            let created = try await client.execute(uri: "/plans", method: .post, headers: fixture.headers("employer"), body: try Self.json(plan)) { response in
                #expect(response.status == .created)
                return try decodeBody(PlanEnvelope.self, response)
            }
            let machinist = try #require(created.content.role("cnc-machinist")?.occupation)
            #expect(machinist.soc2020Unit.hasPrefix("52"))
            let welder = try #require(created.content.role("welder-fabricator")?.occupation)
            #expect(welder.soc2020Unit == "5213")
            #expect((created.unresolvedRoles ?? []).count < plan.roles.count)
        }
    }
}

// MARK: - Aggregated demand over HTTP

@Suite("Aggregated demand over HTTP")
struct DemandHTTPTests {
    @Test("four consenting employers publish nothing; five do; a non-consenting plan never counts; employers cannot read demand")
    func suppression() async throws {
        let fixture = try await AccountsFixture.make()
        try await PlanFixtures.consentingEmployers(fixture.database, count: 4) { _ in PlanFixtures.weldingFirm(welders: 3) }
        // A big employer that has not consented.
        let quiet = try await fixture.database.planStore(for: AccountsFixture.organisations["employer"]!.id).createPlan(
            try PlanFixtures.input(PlanFixtures.weldingFirm(welders: 9)))
        #expect(!quiet.shareDemand)
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            try await client.execute(uri: "/demand/skills", method: .get, headers: fixture.headers("partner")) { response in
                #expect(response.status == .ok)
                let table = try decodeBody(DemandTable.self, response)
                #expect(table.cells.isEmpty && table.suppressedGroups > 0)
                #expect(table.byRoute.isEmpty && table.suppressedRouteGroups > 0)
            }
            for caller in ["employer"] {
                try await client.execute(uri: "/demand/skills", method: .get, headers: fixture.headers(caller)) { #expect($0.status == .notFound) }
            }
            try await client.execute(uri: "/demand/skills", method: .get) { #expect($0.status == .unauthorized) }
        }
        _ = try await fixture.database.createOrganisation(Organisation(id: OrganisationID(rawValue: "firm-x")!, name: "X", kind: .employer))
        let store = fixture.database.planStore(for: OrganisationID(rawValue: "firm-x")!)
        let fifth = try await store.createPlan(try PlanFixtures.input(PlanFixtures.weldingFirm(welders: 3)))
        _ = try await store.setShareDemand(planID: fifth.id, true)
        try await app.test(.router) { client in
            for caller in ["partner", "provider-a", "admin"] {
                try await client.execute(uri: "/demand/skills", method: .get, headers: fixture.headers(caller)) { response in
                    #expect(response.status == .ok)
                    let table = try decodeBody(DemandTable.self, response)
                    let welding = try #require(table.cells.first { $0.skill == "welding" && $0.signal == .upskill })
                    // Five firms of three: 15 people, from five employers, none over half; the quiet firm's nine are not there.
                    #expect(welding.people == 15 && welding.employersBand == "5-9" && welding.geography == "worcester")
                    // Welders (SOC 5213) sit in engineering and manufacturing; the route's upskill figure sums the
                    // two skill gaps of each welder: 5 firms × 3 welders × 2 skills.
                    let route = try #require(table.byRoute.first { $0.route == .engineeringAndManufacturing && $0.signal == .upskill })
                    #expect(route.people == 30 && route.employersBand == "5-9" && route.horizon == .upTo1y)
                    #expect(!String(buffer: response.body).contains("firm-"))
                }
            }
        }
        let reads = try await fixture.database.auditEvents(AuditQuery(outcome: .success)).events.filter { $0.action == "GET /demand/skills" }
        // Every successful read is audited: the partner's first one and the three above.
        #expect(reads.count == 4)
    }

    @Test("demanded skills are classified Deploy (local course in the wanted format), Adapt (not in the wanted format) or Develop (no course)")
    func classification() async throws {
        let fixture = try await AccountsFixture.make()
        let imported = try await CatalogueImporter(store: fixture.database).importFeed(
            Data(sampleFeed(title: "Welding Basics", provider: "Malvern Digital").utf8), provider: ProviderID(rawValue: "malvern-digital")!,
            options: ImportOptions())
        #expect(imported.applied)
        try await PlanFixtures.consentingEmployers(fixture.database, count: 5) { _ in PlanFixtures.weldingFirm(welders: 3) }
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            try await client.execute(uri: "/demand/gaps", method: .get, headers: fixture.headers("partner")) { response in
                #expect(response.status == .ok)
                let table = try decodeBody(ProvisionGapTable.self, response)
                let welding = try #require(table.skills.first { $0.skill == "welding" })
                #expect(welding.classification == .deploy, "\(welding.reason)")
                #expect(welding.courses.contains { $0.title == "Welding Basics" })
                let mortar = try #require(table.skills.first { $0.skill == "heritage-lime-mortar" })
                #expect(mortar.classification == .develop)
                #expect(table.skills.first?.classification == .develop)
            }
        }
        // The same demand from employers who mostly want evening classes: the online course does not fit.
        let evening = try await AccountsFixture.make()
        _ = try await CatalogueImporter(store: evening.database).importFeed(
            Data(sampleFeed(title: "Welding Basics", provider: "Malvern Digital").utf8), provider: ProviderID(rawValue: "malvern-digital")!,
            options: ImportOptions())
        try await PlanFixtures.consentingEmployers(evening.database, count: 5) { index in
            PlanFixtures.weldingFirm(welders: 3, preferences: TrainingPreferences(evening: index < 3))
        }
        try await buildApplication(configuration: testConfiguration(), store: evening.database).test(.router) { client in
            try await client.execute(uri: "/demand/gaps", method: .get, headers: evening.headers("admin")) { response in
                let welding = try #require(try decodeBody(ProvisionGapTable.self, response).skills.first { $0.skill == "welding" })
                #expect(welding.classification == .adapt, "\(welding.reason)")
                #expect(welding.wantedFormat == ["evening"])
            }
        }
    }
}

// MARK: - Training for skill gaps over HTTP

@Suite("Plan training over HTTP")
struct PlanTrainingHTTPTests {
    /// An evening welding course in Kidderminster (Wyre Forest) and a daytime one in Worcester.
    static let feed = """
        <catalog xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:mlo="http://purl.org/net/mlo">
        <provider><dc:title>Alpha College</dc:title>
         <course><dc:identifier>W1</dc:identifier><dc:title>Welding for Beginners</dc:title>
           <dc:description>Arc and MIG welding techniques in our workshop.</dc:description>
           <presentation><dc:identifier>W1-a</dc:identifier><mlo:start dtf="2027-03-01">1 March 2027</mlo:start>
             <studyMode identifier="PT"/><attendanceMode identifier="CM"/><attendancePattern identifier="EV"/><mlo:cost>£300</mlo:cost>
             <venue><provider><dc:title>Kidderminster Workshop</dc:title><mlo:location><mlo:postcode>DY10 1AB</mlo:postcode></mlo:location></provider></venue>
           </presentation></course>
         <course><dc:identifier>W2</dc:identifier><dc:title>Welding Skills Day Course</dc:title>
           <dc:description>MIG and TIG welding for industry.</dc:description>
           <presentation><dc:identifier>W2-a</dc:identifier><mlo:start dtf="2027-04-01">1 April 2027</mlo:start>
             <studyMode identifier="FT"/><attendanceMode identifier="CM"/><attendancePattern identifier="DT"/><mlo:cost>£200</mlo:cost>
             <venue><provider><dc:title>Worcester Campus</dc:title><mlo:location><mlo:postcode>WR1 2JF</mlo:postcode></mlo:location></provider></venue>
           </presentation></course>
        </provider></catalog>
        """

    @Test("each skill gap lists real catalogue courses that fit the plan's delivery preferences, evening first when asked")
    func training() async throws {
        let fixture = try await AccountsFixture.make()
        let report = try await CatalogueImporter(store: fixture.database).importFeed(Data(Self.feed.utf8), provider: ProviderID(rawValue: "alpha")!)
        #expect(report.applied)
        let employer = AccountsFixture.organisations["employer"]!.id
        let plan = PlanFixtures.weldingFirm(welders: 2, district: .wyreForest, preferences: TrainingPreferences(evening: true, districts: [.wyreForest, .worcester]))
        let stored = try await fixture.database.planStore(for: employer).createPlan(try PlanFixtures.input(plan))
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        try await app.test(.router) { client in
            try await client.execute(uri: "/plans/\(stored.id)/training", method: .get, headers: fixture.headers("employer")) { response in
                #expect(response.status == .ok)
                struct Body: Decodable { var gaps: [GapTraining] }
                let gaps = try decodeBody(Body.self, response).gaps
                let welding = try #require(gaps.first { $0.skill == "welding" })
                #expect(welding.people == 2 && welding.targetLevel == 3)
                #expect(welding.courses.map(\.title) == ["Welding for Beginners", "Welding Skills Day Course"])
                #expect(welding.courses.first?.reason.contains("evening") == true)
                let mortar = try #require(gaps.first { $0.skill == "heritage-lime-mortar" })
                #expect(mortar.courses.isEmpty)
            }
            try await client.execute(uri: "/plans/\(stored.id)/report.html", method: .get, headers: fixture.headers("employer")) { response in
                #expect(String(buffer: response.body).contains("Welding for Beginners — Alpha College"))
            }
        }
    }
}

// MARK: - Large employers

@Suite("Plan size limits over HTTP")
struct PlanSizeHTTPTests {
    /// A plan for a 240-person employer listing everyone, with skill levels: well over the 64 KiB JSON limit.
    static func largePlan() -> WorkforcePlan {
        let bands = AgeBand.allCases
        let people = (0..<240).map { index in
            Person(
                label: "Person \(index + 1)", ageBand: bands[index % 6], tenureBand: TenureBand.allCases[index % 5], fte: 1,
                retirementIntention: index % 17 == 0 ? .in1to3y : .noneKnown, leaveRisk: .unknown, skills: ["welding": index % 5, "first-aid": (index + 2) % 5])
        }
        let skills = [
            SkillRequirement(skill: "welding", label: "Welding", importance: .critical, required: 3),
            SkillRequirement(skill: "first-aid", label: "First aid", importance: .important, required: 2),
        ]
        return WorkforcePlan(
            organisation: OrganisationProfile(name: "Big Works Ltd", sector: "C", sizeBand: .medium, district: .redditch), baselineDate: PlanFixtures.asOf,
            horizonYears: 3, version: PlanVersion(number: 1, savedOn: PlanFixtures.asOf),
            roles: [Role(id: "operative", title: "Welder", occupation: OccupationCode(soc2020Unit: "5213"), headcount: 240, people: people, skills: skills)])
    }

    @Test("a 240-person plan listing everyone is accepted on create and on save; beyond 512 KiB is refused with 413")
    func largePlans() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try buildApplication(configuration: testConfiguration(), store: fixture.database)
        let body = try PlanFixtures.body(Self.largePlan())
        #expect(body.count > 64 * 1024)
        try await app.test(.router) { client in
            let created = try await client.execute(uri: "/plans", method: .post, headers: fixture.headers("employer"), body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .created)
                return try decodeBody(PlanEnvelope.self, response)
            }
            #expect(created.content.headcount == 240)
            try await client.execute(
                uri: "/plans/\(created.plan.id)", method: .put, headers: fixture.headers("employer"), body: ByteBuffer(bytes: body)
            ) { #expect($0.status == .ok) }
            let huge = ByteBuffer(bytes: Data(count: 600 * 1024))
            try await client.execute(uri: "/plans", method: .post, headers: fixture.headers("employer"), body: huge) { #expect($0.status == .contentTooLarge) }
        }
    }
}
