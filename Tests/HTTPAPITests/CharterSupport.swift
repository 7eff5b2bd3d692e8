import Charters
import Domain
import Foundation
import HTTPAPI
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

// MARK: - Charter test support

/// A second employer with its own token, for attempts from another organisation.
struct SecondEmployer {
    static let organisation = Organisation(id: OrganisationID(rawValue: "severn-vale-care")!, name: "Severn Vale Care Ltd", kind: .employer)

    let headers: HTTPFields

    static func add(to fixture: AccountsFixture) async throws -> SecondEmployer {
        _ = try await fixture.database.createOrganisation(organisation)
        let issued = try await fixture.database.issueToken(for: organisation.id, name: "severn test token", lifetimeDays: 30)
        return SecondEmployer(headers: [.authorization: "Bearer \(issued.secret)"])
    }
}

/// The documented answers file, the complete example of the shipped charter.
enum CharterExample {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/charter-answers-example.json")

    static func object() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    static func answers() throws -> AssessmentAnswers {
        try JSONDecoder().decode(AssessmentAnswers.self, from: Data(contentsOf: url))
    }

    /// The `POST /assessments` body for the example (its profile, declarations and accreditations).
    static func startBody(name: String? = nil) throws -> ByteBuffer {
        let example = try object()
        var employer = try #require(example["employer"] as? [String: Any])
        if let name { employer["name"] = name }
        let body: [String: Any] = [
            "framework": example["framework"]!, "asOf": example["asOf"]!, "employer": employer,
            "declarations": example["declarations"]!, "accreditations": example["accreditations"]!,
        ]
        return ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body))
    }

    /// Each criterion id with its answer's JSON body.
    static func answerBodies() throws -> [(String, ByteBuffer)] {
        let answers = try #require(try object()["answers"] as? [String: Any])
        return try answers.keys.sorted().map { key in (key, ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: answers[key]!))) }
    }
}

/// What the charter routes answer, decoded loosely enough to read.
struct ResultEnvelope: Decodable {
    struct Info: Decodable {
        var id: Int64
        var status: String
        var version: String
        var tierReached: String?
    }
    var assessment: Info
    var result: AssessmentResult
    var comparison: AssessmentComparison?
}

struct IssuesEnvelope: Decodable {
    struct Inner: Decodable {
        struct Details: Decodable {
            var issues: [AnswerIssue]
        }
        var code: String
        var message: String
        var details: Details
    }
    var error: Inner
}

extension TestClientProtocol {
    /// Starts the example assessment as `headers`' employer and returns its id.
    func startExample(_ headers: HTTPFields, name: String? = nil) async throws -> Int64 {
        try await execute(uri: "/assessments", method: .post, headers: headers, body: try CharterExample.startBody(name: name)) { response in
            #expect(response.status == .created, "\(String(buffer: response.body))")
            return try decodeBody(ResultEnvelope.self, response).assessment.id
        }
    }

    /// Answers every criterion of the example, one request each.
    func answerExample(_ id: Int64, _ headers: HTTPFields) async throws {
        for (criterion, body) in try CharterExample.answerBodies() {
            try await execute(uri: "/assessments/\(id)/answers/\(criterion)", method: .put, headers: headers, body: body) { response in
                #expect(response.status == .ok, "\(criterion): \(String(buffer: response.body))")
            }
        }
    }

    /// Starts, answers and submits the example; returns the id.
    func completeExample(_ headers: HTTPFields, name: String? = nil) async throws -> Int64 {
        let id = try await startExample(headers, name: name)
        try await answerExample(id, headers)
        try await execute(uri: "/assessments/\(id)/submit", method: .post, headers: headers) { response in
            #expect(response.status == .ok, "\(String(buffer: response.body))")
        }
        return id
    }
}
