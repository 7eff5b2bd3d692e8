import Foundation
import HTTPAPI
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

// MARK: - Taxonomy routes

@Suite("HTTP API: routes, skills and occupations")
struct TaxonomyAPITests {
    func withApp(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = try buildApplication(configuration: AppConfiguration(port: 0), store: try AppDatabase.inMemory())
        try await app.test(.router) { client in try await body(client) }
    }

    func json(_ response: TestResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
    }

    @Test("GET /routes lists the 15 routes; GET /routes/4 has its pathways, standards and top skills")
    func routes() async throws {
        try await withApp { client in
            try await client.execute(uri: "/routes", method: .get) { response in
                #expect(response.status == .ok)
                let routes = try #require(try json(response) as? [[String: Any]])
                #expect(routes.count == 15)
                #expect(routes.contains { $0["slug"] as? String == "education-and-early-years" && $0["name"] as? String == "Education and early years" })
            }
            try await client.execute(uri: "/routes/digital", method: .get) { response in
                let route = try #require(try json(response) as? [String: Any])
                #expect((route["pathways"] as? [Any])?.count == 3)
                #expect(((route["standards"] as? [[String: Any]]) ?? []).contains { $0["reference"] as? String == "ST0116" })
                #expect(!((route["topSkills"] as? [Any]) ?? []).isEmpty)
                #expect(route["courseCount"] as? Int == 0)
            }
            try await client.execute(uri: "/routes/99", method: .get) { response in #expect(response.status == .notFound) }
        }
    }

    @Test("GET /skills?q= searches labels and aliases; GET /skills/{id} shows aliases, routes and standards")
    func skills() async throws {
        try await withApp { client in
            try await client.execute(uri: "/skills?q=chippy", method: .get) { response in
                let view = try #require(try json(response) as? [String: Any])
                let first = try #require((view["results"] as? [[String: Any]])?.first)
                #expect(first["id"] as? String == "carpentry-and-joinery")
            }
            try await client.execute(uri: "/skills/welding", method: .get) { response in
                let skill = try #require(try json(response) as? [String: Any])
                #expect((skill["employerAliases"] as? [String])?.contains("welder") == true)
                #expect((skill["routes"] as? [String])?.contains("engineering-and-manufacturing") == true)
                #expect(!((skill["standards"] as? [Any]) ?? []).isEmpty)
            }
            try await client.execute(uri: "/skills/no-such-skill", method: .get) { response in #expect(response.status == .notFound) }
        }
    }

    @Test("POST /skills/extract returns spans and reasons, and rejects a body that is not {\"text\"}")
    func extract() async throws {
        try await withApp { client in
            let body = ByteBuffer(string: #"{"text": "Qualified electrician with no experience of solar PV."}"#)
            try await client.execute(uri: "/skills/extract", method: .post, body: body) { response in
                #expect(response.status == .ok)
                let result = try #require(try json(response) as? [String: Any])
                #expect(result["outcome"] as? String == "skillsFound")
                let skills = try #require(result["skills"] as? [[String: Any]])
                #expect(skills.first?["skillID"] as? String == "electrical-installation")
                #expect(skills.first?["start"] as? Int == 10 && skills.first?["end"] as? Int == 21)
                #expect((result["negated"] as? [[String: Any]])?.first?["skillID"] as? String == "renewable-energy")
            }
            try await client.execute(uri: "/skills/extract", method: .post, body: ByteBuffer(string: "not json")) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test("GET /occupations ranks standards and SOC unit groups with a why; GET /occupations/{id} shows one")
    func occupations() async throws {
        try await withApp { client in
            try await client.execute(uri: "/occupations?q=chippy&top=3", method: .get) { response in
                let matches = try #require(try json(response) as? [String: Any])
                #expect(matches["query"] as? String == "chippy")
                let first = try #require((matches["results"] as? [[String: Any]])?.first)
                #expect(first["code"] as? String == "ST0264" && !(first["why"] as? String ?? "").isEmpty)
            }
            try await client.execute(uri: "/occupations?q=HGV%20driver&scheme=soc2020&top=3", method: .get) { response in
                let matches = try #require(try json(response) as? [String: Any])
                #expect(((matches["results"] as? [[String: Any]]) ?? []).contains { $0["code"] as? String == "8211" })
            }
            try await client.execute(uri: "/occupations?q=chippy&scheme=esco", method: .get) { response in #expect(response.status == .badRequest) }
            try await client.execute(uri: "/occupations/ST0264", method: .get) { response in
                let detail = try #require(try json(response) as? [String: Any])
                #expect(detail["id"] as? String == "ifate:ST0264")
                #expect(((detail["standard"] as? [String: Any])?["skillIDs"] as? [String])?.contains("carpentry-and-joinery") == true)
            }
            try await client.execute(uri: "/occupations/soc2020:5316", method: .get) { response in
                let detail = try #require(try json(response) as? [String: Any])
                #expect((detail["socUnitGroup"] as? [String: Any])?["title"] as? String == "Carpenters and joiners")
            }
        }
    }

    @Test("an uploaded feed's courses are tagged; GET /courses/{id} shows the tags with reasons")
    func courseTags() async throws {
        let feed = """
            <catalog xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:mlo="http://purl.org/net/mlo">
            <provider><dc:title>Malvern Digital</dc:title>
             <course><dc:identifier>MD-2</dc:identifier><dc:title>Site Carpentry Level 2</dc:title>
               <dc:description>Cut roof timbers, hang doors and work safely at height on a building site.</dc:description>
               <presentation><dc:identifier>MD-2-A</dc:identifier><mlo:start dtf="2027-02-01">1 February 2027</mlo:start></presentation></course>
            </provider></catalog>
            """
        let accounts = try await AccountsFixture.make()
        let app = try buildApplication(configuration: testConfiguration(), store: accounts.database)
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/providers/malvern-digital/feeds", method: .post, headers: accounts.headers("provider-a"), body: ByteBuffer(string: feed)
            ) { response in
                #expect(response.status == .ok || response.status == .created)
            }
            try await client.execute(uri: "/courses/1", method: .get) { response in
                let course = try #require(try json(response) as? [String: Any])
                let tags = try #require(course["tags"] as? [[String: Any]])
                let route = try #require(tags.first { $0["kind"] as? String == "route" })
                #expect(route["value"] as? String == "construction-and-the-built-environment" && route["source"] as? String == "classified")
                #expect(tags.contains { $0["value"] as? String == "working-at-height" && !($0["reason"] as? String ?? "").isEmpty })
            }
            try await client.execute(uri: "/skills/working-at-height", method: .get) { response in
                let skill = try #require(try json(response) as? [String: Any])
                #expect((skill["courses"] as? [[String: Any]])?.first?["title"] as? String == "Site Carpentry Level 2")
            }
        }
    }
}
