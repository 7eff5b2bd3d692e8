public import Domain
public import Foundation

// MARK: - In-memory assessment store

/// Why a store refused a change.
public enum CharterStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(Int64)
    case notDraft(id: Int64, status: CharterAssessmentRecord.Status)
    case notSubmitted(id: Int64, status: CharterAssessmentRecord.Status)
    case versionChanged(id: Int64, pinned: String, given: String)

    public var description: String {
        switch self {
        case .notFound(let id): "There is no assessment \(id)."
        case .notDraft(let id, let status): "Assessment \(id) is \(status.rawValue); only drafts can change."
        case .notSubmitted(let id, let status): "Assessment \(id) is \(status.rawValue), not submitted for review."
        case .versionChanged(let id, let pinned, let given): "Assessment \(id) is pinned to version \(pinned), not \(given)."
        }
    }
}

/// A `CharterAssessmentStore` in memory, with the same rules a database store must keep: drafts only
/// change while they are drafts, and the pinned version never changes. For tests and single-run tools.
public actor InMemoryCharterAssessmentStore: CharterAssessmentStore {
    private var rows: [Int64: CharterAssessmentRecord] = [:]
    private var nextID: Int64 = 1

    public init() {}

    public func createAssessment(_ record: CharterAssessmentRecord) async throws -> CharterAssessmentRecord {
        var stored = record
        stored.id = nextID
        stored.status = .draft
        nextID += 1
        rows[stored.id!] = stored
        return stored
    }

    public func saveDraft(id: Int64, answersJSON: Data, resultJSON: Data?) async throws {
        var row = try draft(id)
        row.answersJSON = answersJSON
        row.resultJSON = resultJSON
        rows[id] = row
    }

    public func submit(id: Int64, answersJSON: Data, resultJSON: Data, tierReached: String?) async throws {
        var row = try draft(id)
        row.answersJSON = answersJSON
        row.resultJSON = resultJSON
        row.tierReached = tierReached
        row.status = .submitted
        rows[id] = row
    }

    public func setStatus(id: Int64, _ status: CharterAssessmentRecord.Status) async throws {
        guard var row = rows[id] else { throw CharterStoreError.notFound(id) }
        guard row.status != .draft || status == .draft else { throw CharterStoreError.notSubmitted(id: id, status: row.status) }
        row.status = status
        rows[id] = row
    }

    public func assessment(id: Int64) async throws -> CharterAssessmentRecord? { rows[id] }

    public func assessments(employerID: String, frameworkID: String?) async throws -> [CharterAssessmentRecord] {
        rows.values.filter { row in row.employerID == employerID && (frameworkID.map { row.frameworkID == $0 } ?? true) }
            .sorted { ($0.asOf, $0.id ?? 0) > ($1.asOf, $1.id ?? 0) }
    }

    private func draft(_ id: Int64) throws -> CharterAssessmentRecord {
        guard let row = rows[id] else { throw CharterStoreError.notFound(id) }
        guard row.status == .draft else { throw CharterStoreError.notDraft(id: id, status: row.status) }
        return row
    }
}
