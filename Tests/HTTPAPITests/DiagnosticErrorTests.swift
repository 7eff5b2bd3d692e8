import Foundation
import GRDB
import HTTPAPI
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

// MARK: - Diagnostic errors as the review found them (review 3, defects 9–12, suggestion 8)

@Suite("Diagnostic error bodies", .serialized)
struct DiagnosticErrorTests {
    /// An error body with every detail these routes give.
    struct Envelope: Decodable {
        struct Details: Decodable {
            var path: String?
            var didYouMean: String?
            var allowed: [String]?
            var limitBytes: Int?
            var parameter: String?
            var header: String?
            var reason: String?
        }
        struct Inner: Decodable {
            var code: String
            var message: String
            var details: Details
        }
        var error: Inner
    }

    func post(_ client: some TestClientProtocol, _ body: String, query: String = "") async throws -> (HTTPResponse, Envelope?) {
        try await client.execute(uri: "/diagnostics" + query, method: .post, body: ByteBuffer(string: body)) { response in
            (response.head, response.status.code >= 400 ? try decodeBody(Envelope.self, response) : nil)
        }
    }

    /// A message for people: located, no Swift wording, one full stop.
    func checkWording(_ message: String, _ body: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for leak in ["Cannot initialize", "DeliveryMode", "StudyMode", "not valid JSON", "Swift", "..", "another type"] {
            #expect(!message.contains(leak), "\(body): \(message)", sourceLocation: sourceLocation)
        }
    }

    @Test("an unknown field is refused at its path, with the known field it is probably a slip for")
    func unknownFields() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try diagnosticApp(configuration: testConfiguration(), database: fixture.database)
        try await app.test(.router) { client in
            for (body, path, suggestion) in [
                (#"{"text":"carer","constraints":{"maxCost":"cheap"}}"#, "$.constraints.maxCost", "maxCostPence"),
                (#"{"text":"carer","txet":"x"}"#, "$.txet", "text"),
                (#"{"text":"carer","constraints":{"fundedonly":true}}"#, "$.constraints.fundedonly", "fundedOnly"),
            ] {
                let (head, envelope) = try await post(client, body)
                #expect(head.status == .badRequest, "\(body)")
                let error = try #require(envelope?.error)
                #expect(error.code == "unknown-field")
                #expect(error.details.path == path && error.details.didYouMean == suggestion, "\(body): \(error)")
                #expect(error.message.contains("did you mean \(suggestion)?"), "\(error.message)")
                checkWording(error.message, body)
            }
            // Far from any field: the known ones are listed instead.
            let error = try #require(try await post(client, #"{"text":"carer","zzzzzzzz":1}"#).1?.error)
            #expect(error.details.didYouMean == nil && error.details.allowed?.contains("constraints") == true)
            // The service's own field is not unknown.
            #expect(try await post(client, #"{"text":"carer","consent":false}"#).0.status == .ok)
        }
    }

    @Test("contradictory bounds are a 400 naming the later field")
    func contradictions() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try diagnosticApp(configuration: testConfiguration(), database: fixture.database)
        try await app.test(.router) { client in
            for (body, path) in [
                (#"{"text":"carer","constraints":{"minLevel":"4","maxLevel":"2"}}"#, "$.constraints.maxLevel"),
                (#"{"text":"carer","constraints":{"startFrom":"2027-09-01","startTo":"2027-01-01"}}"#, "$.constraints.startTo"),
            ] {
                let (head, envelope) = try await post(client, body)
                #expect(head.status == .badRequest, "\(body)")
                #expect(envelope?.error.code == "contradictory-constraints")
                #expect(envelope?.error.details.path == path)
                #expect(envelope?.error.message.hasPrefix(path + ":") == true, "\(envelope?.error.message ?? "")")
            }
            #expect(try await post(client, #"{"text":"carer","constraints":{"minLevel":"2","maxLevel":"2"}}"#).0.status == .ok)
        }
    }

    @Test("wrong types and values are located, list the allowed values, and read as plain English")
    func wrongValues() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try diagnosticApp(configuration: testConfiguration(), database: fixture.database)
        try await app.test(.router) { client in
            for (body, path, allowed) in [
                (#"{"text":"carer","constraints":{"maxCostPence":12.5}}"#, "$.constraints.maxCostPence", nil),
                (#"{"text":"carer","constraints":{"deliveryModes":["classroom","telepathy"]}}"#, "$.constraints.deliveryModes[1]", "classroom"),
                (#"{"text":"carer","constraints":{"studyModes":["sometimes"]}}"#, "$.constraints.studyModes[0]", "part-time"),
                (#"{"text":"carer","constraints":{"districts":"wyre-forest"}}"#, "$.constraints.districts", nil),
                (#"{"text":"carer","constraints":{"ageBand":"teen"}}"#, "$.constraints.ageBand", "19+"),
                (#"{"text":"carer","constraints":{"minLevel":"nine"}}"#, "$.constraints.minLevel", nil),
                (#"{"text":"carer","constraints":[1]}"#, "$.constraints", nil),
            ] as [(String, String, String?)] {
                let (head, envelope) = try await post(client, body)
                #expect(head.status == .badRequest, "\(body)")
                let error = try #require(envelope?.error, "\(body)")
                #expect(error.code == "invalid-body")
                #expect(error.details.path == path, "\(body): \(error)")
                if let allowed { #expect(error.details.allowed?.contains(allowed) == true, "\(body): \(error)") }
                checkWording(error.message, body)
            }
            let districts = try #require(try await post(client, #"{"text":"carer","constraints":{"districts":"wyre-forest"}}"#).1?.error)
            #expect(districts.message.contains("list of Worcestershire districts"))
            let cost = try #require(try await post(client, #"{"text":"carer","constraints":{"maxCostPence":12.5}}"#).1?.error)
            #expect(cost.message.contains("whole number of pence"))
            #expect(try await post(client, #"{"text":"carer","constraints":{"ageBand":"16-18","minLevel":3}}"#).0.status == .ok)
        }
    }

    @Test("401, 404 and 413 carry details; 413 says the limit; an unknown saved report's page is an HTML 404")
    func detailsEverywhere() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try diagnosticApp(configuration: testConfiguration(), database: fixture.database)
        try await app.test(.router) { client in
            let missing = "dg_" + String(repeating: "a", count: 26)
            try await client.execute(uri: "/diagnostics/\(missing)", method: .get) { response in
                #expect(response.status == .notFound)
                let envelope = try decodeBody(Envelope.self, response)
                #expect(envelope.error.details.reason != nil)
            }
            try await client.execute(uri: "/insights/demand", method: .get) { response in
                #expect(response.status == .unauthorized)
                let envelope = try decodeBody(Envelope.self, response)
                #expect(envelope.error.details.header == "Authorization")
            }
            let (head, envelope) = try await post(client, Profiles.body(String(repeating: "I weld steel frames. ", count: 4_000)))
            #expect(head.status == .contentTooLarge)
            let limit = try #require(envelope?.error.details.limitBytes)
            #expect(limit == testConfiguration().maxJSONBytes)
            #expect(envelope?.error.message.contains("\(limit) bytes") == true)
            try await client.execute(uri: "/diagnostics/\(missing).html", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(response.headers[.cacheControl] == "no-store")
                let page = String(buffer: response.body)
                #expect(page.contains("<!DOCTYPE html>") && page.contains("expired") && !page.contains("<script"))
            }
        }
    }

    @Test("an unknown provider is refused, by query or in the constraints, and nothing is recorded under it")
    func unknownProvider() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try diagnosticApp(configuration: testConfiguration(), database: fixture.database)
        try await app.test(.router) { client in
            let consenting = #"{"text":"Care assistant: personal care, medication rounds","consent":true}"#
            let (head, envelope) = try await post(client, consenting, query: "?provider=nope")
            #expect(head.status == .badRequest)
            #expect(envelope?.error.code == "unknown-provider" && envelope?.error.details.parameter == "provider")
            #expect(envelope?.error.details.allowed?.contains("malvern-digital") == true)
            let inBody = try await post(client, #"{"text":"carer","consent":true,"constraints":{"provider":"nope"}}"#)
            #expect(inBody.0.status == .badRequest && inBody.1?.error.details.path == "$.constraints.provider")
            #expect(try await post(client, consenting, query: "?provider=malvern-digital").0.status == .ok)
        }
        let rows = try await DiagnosticHTTPTests.demandRows(fixture.database)
        #expect(rows.count == 1 && !rows.contains { $0.contains("nope") })
    }

    @Test("a saved report's 201 gives its Location and is not cached")
    func createdHeaders() async throws {
        let fixture = try await AccountsFixture.make()
        let app = try diagnosticApp(configuration: testConfiguration(), database: fixture.database)
        try await app.test(.router) { client in
            try await client.execute(uri: "/diagnostics?save=true", method: .post, body: ByteBuffer(string: Profiles.body("Forklift driver."))) { response in
                #expect(response.status == .created)
                let location = try #require(response.headers[.location])
                #expect(location.hasPrefix("/diagnostics/dg_"))
                #expect(response.headers[.cacheControl] == "no-store")
            }
            try await client.execute(uri: "/diagnostics", method: .post, body: ByteBuffer(string: Profiles.body("Forklift driver."))) { response in
                #expect(response.status == .ok && response.headers[.location] == nil)
            }
        }
    }
}
