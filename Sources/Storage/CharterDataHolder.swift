public import Domain
import Foundation
import GRDB

// MARK: - An employer's charter data

/// Exports and erases an employer organisation's charter assessments and its public-list opt-in.
public struct CharterDataHolder: OrganisationDataHolder {
    let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    public var module: String { "charters" }

    /// What the charter module holds for one organisation. Answers and results are exported as the
    /// JSON they were stored as.
    public struct CharterData: Encodable, Sendable {
        public var listed: Bool
        public var assessments: [Assessment]
    }

    /// One exported assessment.
    public struct Assessment: Encodable, Sendable {
        public var id: Int64
        public var framework: String
        public var version: String
        public var status: String
        public var asOf: String
        public var tierReached: String?
        public var updatedAt: String?
        public var answers: RawJSON
        public var result: RawJSON?
    }

    public func exportData(of organisation: Organisation) async throws -> (any Encodable & Sendable)? {
        let rows = try await database.store(for: organisation.id).assessments(employerID: organisation.id.rawValue, frameworkID: nil)
        let listed = try await database.isListed(organisation: organisation.id)
        guard !rows.isEmpty || listed else { return nil }
        return CharterData(
            listed: listed,
            assessments: rows.sorted { ($0.id ?? 0) < ($1.id ?? 0) }.map { row in
                Assessment(
                    id: row.id ?? 0, framework: row.frameworkID, version: row.frameworkVersion, status: row.status.rawValue, asOf: row.asOf,
                    tierReached: row.tierReached, updatedAt: row.updatedAt, answers: RawJSON(row.answersJSON), result: row.resultJSON.map(RawJSON.init))
            })
    }

    public func deleteData(of organisation: Organisation) async throws -> Int {
        try await database.dbWriter.write { db in
            try db.execute(sql: "DELETE FROM charter_listing WHERE organisation_id = ?", arguments: [organisation.id.rawValue])
            try db.execute(sql: "DELETE FROM charter_assessment WHERE organisation_id = ?", arguments: [organisation.id.rawValue])
            return db.changesCount
        }
    }
}

/// Stored JSON, encoded as itself rather than as a base64 string.
public struct RawJSON: Encodable, Sendable {
    let data: Data

    init(_ data: Data) { self.data = data }

    public func encode(to encoder: any Encoder) throws {
        let value = try JSONDecoder().decode(AnyJSON.self, from: data)
        try value.encode(to: encoder)
    }
}

/// Any JSON value, decoded and re-encoded unchanged in meaning.
enum AnyJSON: Codable, Sendable {
    case null, bool(Bool), number(Double), string(String), array([AnyJSON]), object([String: AnyJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([AnyJSON].self) { self = .array(value) }
        else { self = .object(try container.decode([String: AnyJSON].self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
