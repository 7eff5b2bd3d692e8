import CatalogueImport
import Domain
import Foundation
import HTTPAPI
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

// MARK: - HTTP API

@Suite("HTTP API")
struct HTTPAPITests {
    static let feed = sampleFeed()

    /// Runs `body` against an application over a fresh in-memory database with the test organisations.
    func withApp(
        maxFeedBytes: Int = ImportOptions.defaultMaxBytes, _ body: @Sendable (any TestClientProtocol, AppDatabase, AccountsFixture) async throws -> Void
    ) async throws {
        let fixture = try await AccountsFixture.make()
        let app = try buildApplication(configuration: testConfiguration(maxFeedBytes: maxFeedBytes), store: fixture.database)
        try await app.test(.router) { client in try await body(client, fixture.database, fixture) }
    }

    func decode<T: Decodable>(_ type: T.Type, _ response: TestResponse) throws -> T {
        try decodeBody(type, response)
    }

    @Test("upload a feed, then find it through search, course detail and the provider routes")
    func uploadAndRead() async throws {
        try await withApp { client, _, accounts in
            let report = try await client.execute(
                uri: "/providers/malvern-digital/feeds", method: .post, headers: accounts.headers("provider-a", [.contentType: "application/xml"]),
                body: ByteBuffer(string: Self.feed)
            ) { response in
                #expect(response.status == .ok)
                return try decode(ImportReport.self, response)
            }
            #expect(report.applied)
            #expect(report.created == 1)

            let page = try await client.execute(uri: "/courses?q=cyber&delivery=online&funded=true", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                return try decode(CourseSearchPage.self, response)
            }
            #expect(page.total == 1)
            let id = try #require(page.results.first?.id)

            let course = try await client.execute(uri: "/courses/\(id)", method: .get) { try decode(CatalogueCourse.self, $0) }
            #expect(course.course.title == "Cyber Security Essentials")
            #expect(course.provider.name == "Malvern Digital")

            try await client.execute(uri: "/providers/malvern-digital/courses?limit=5", method: .get) { response in
                let page = try decode(CourseSearchPage.self, response)
                #expect(page.results.map(\.id) == [id])
            }
            try await client.execute(uri: "/providers/malvern-digital", method: .get) { response in
                let summary = try decode(ProviderSummary.self, response)
                #expect(summary.courseCount == 1)
            }
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"courses\":1"))
            }
        }
    }

    @Test("errors are JSON with a code and message, and leak no internals", arguments: [
        ("/courses?route=astrology", HTTPResponse.Status.badRequest, "invalid-parameter"),
        ("/courses?limit=5000", .badRequest, "invalid-parameter"),
        ("/courses?startFrom=tomorrow", .badRequest, "invalid-parameter"),
        ("/courses/999", .notFound, "not-found"),
        ("/courses/abc", .badRequest, "invalid-parameter"),
        ("/providers/UPPER", .badRequest, "invalid-parameter"),
        ("/providers/nobody/courses", .notFound, "not-found"),
        ("/no/such/route", .notFound, "not-found"),
    ])
    func errors(uri: String, status: HTTPResponse.Status, code: String) async throws {
        try await withApp { client, _, accounts in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == status)
                let envelope = try decode(ErrorEnvelope.self, response)
                #expect(envelope.error.code == code)
                #expect(!envelope.error.message.contains("SQL"))
                #expect(!envelope.error.message.contains("/work/"))
            }
        }
    }

    @Test("a rejected feed answers 422 with the report in details, and changes nothing")
    func rejectedFeed() async throws {
        try await withApp { client, database, accounts in
            try await client.execute(uri: "/providers/malvern-digital/feeds", method: .post, headers: accounts.headers("provider-a"), body: ByteBuffer(string: "<catalog><provider>")) { response in
                #expect(response.status == .unprocessableContent)
                let body = String(buffer: response.body)
                #expect(body.contains("\"code\":\"feed-rejected\""))
                #expect(body.contains("\"not-well-formed\""))
            }
            #expect(try await database.isCatalogueEmpty())
        }
    }

    @Test("strict and dry-run flags are honoured")
    func flags() async throws {
        try await withApp { client, database, accounts in
            try await client.execute(uri: "/providers/malvern-digital/feeds?dryRun=true", method: .post, headers: accounts.headers("provider-a"), body: ByteBuffer(string: Self.feed)) { response in
                #expect(response.status == .ok)
                let report = try decode(ImportReport.self, response)
                #expect(report.accepted && !report.applied && report.created == 1)
            }
            #expect(try await database.isCatalogueEmpty())
            let withError = Self.feed.replacingOccurrences(of: "</provider>", with: "<course><dc:identifier>X</dc:identifier></course></provider>")
            try await client.execute(uri: "/providers/malvern-digital/feeds?strict=true", method: .post, headers: accounts.headers("provider-a"), body: ByteBuffer(string: withError)) { response in
                #expect(response.status == .unprocessableContent)
            }
            try await client.execute(uri: "/providers/malvern-digital/feeds?strict=maybe", method: .post, headers: accounts.headers("provider-a"), body: ByteBuffer(string: Self.feed)) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test("a CSV upload is recognised by content type or content")
    func csvUpload() async throws {
        let csv = """
            LARS_QAN,WHO_THIS_COURSE_IS_FOR,ENTRY_REQUIREMENTS,WHAT_YOU_WILL_LEARN,HOW_YOU_WILL_LEARN,WHAT_YOU_WILL_NEED_TO_BRING,HOW_YOU_WILL_BE_ASSESSED,WHERE_NEXT,COURSE_NAME,YOUR_REFERENCE,DELIVERY_MODE,START_DATE,FLEXIBLE_START_DATE,VENUE_NAME,YOUR_VENUE_REFERENCE,NATIONAL_DELIVERY,SUB_REGION,COURSE_WEBPAGE,COST,COST_DESCRIPTION,DURATION,DURATION_UNIT,STUDY_MODE,ATTENDANCE_PATTERN
            60312345,Beginners,,Spreadsheets,,,,,Excel Level 1,X1,Online,01/03/2027,No,,,,,https://example.org,50.00,,6,Weeks,,

            """
        try await withApp { client, _, accounts in
            try await client.execute(uri: "/providers/malvern-digital/feeds", method: .post, headers: accounts.headers("provider-a", [.contentType: "text/csv"]), body: ByteBuffer(string: csv)) { response in
                #expect(response.status == .ok)
                let report = try decode(ImportReport.self, response)
                #expect(report.format == .dfeCourseCSV)
            }
        }
    }

    @Test("a feed over the upload limit is refused with 413")
    func tooLarge() async throws {
        try await withApp(maxFeedBytes: 100) { client, _, accounts in
            try await client.execute(uri: "/providers/malvern-digital/feeds", method: .post, headers: accounts.headers("provider-a"), body: ByteBuffer(string: Self.feed)) { response in
                #expect(response.status == .contentTooLarge)
                let envelope = try decode(ErrorEnvelope.self, response)
                #expect(envelope.error.code == "feed-too-large")
            }
        }
    }

    @Test("/openapi.json describes exactly the routes the router serves")
    func openAPIMatchesRoutes() async throws {
        let router = try buildRouter(store: try AppDatabase.inMemory(), configuration: AppConfiguration())
        let served = Set(router.routes.map { route -> String in
            let path = route.path.description.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
            return "\(route.method.rawValue.lowercased()) /" + path.joined(separator: "/")
        })
        try await withApp { client, _, accounts in
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                let document = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                let paths = try #require(document["paths"] as? [String: [String: Any]])
                let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0) \(path)" } })
                #expect(documented == served)
            }
        }
    }
}
