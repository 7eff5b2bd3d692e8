public import Domain
import Foundation

// MARK: - Assessments over a store

/// The use cases the HTTP routes will call: start a pinned draft, save drafts, submit, and compare
/// with the previous assessment. Storage goes through `Domain.CharterAssessmentStore`.
public struct CharterAssessments: Sendable {
    public let engine: CharterEngine
    public let store: any CharterAssessmentStore

    public init(engine: CharterEngine, store: any CharterAssessmentStore) {
        self.engine = engine
        self.store = store
    }

    /// A submission was refused; nothing was stored. `issues` explains every rejected answer.
    public struct Rejected: Error, Sendable {
        public var issues: [AnswerIssue]
    }

    /// Starts a draft pinned to the version of `framework` in force on `asOf`.
    public func start(employerID: String, framework: String, employer: Employer, asOf: CharterDate) async throws -> CharterAssessmentRecord {
        let answers = try engine.start(framework: framework, employer: employer, asOf: asOf)
        let key = "\(framework)@\(answers.version ?? "")"
        return try await store.createAssessment(
            CharterAssessmentRecord(
                employerID: employerID, frameworkID: framework, frameworkVersion: answers.version ?? "", frameworkDigest: engine.library.digests[key],
                asOf: asOf.description, answersJSON: try Self.encoder.encode(answers)))
    }

    /// Saves draft answers (any order, incomplete is fine) and returns their current result.
    public func saveDraft(id: Int64, answers: AssessmentAnswers, asOf: CharterDate) async throws -> AssessmentResult {
        var draft = try await pinned(id, answers)
        draft.status = .draft
        let result = try engine.assess(draft, asOf: asOf)
        try await store.saveDraft(id: id, answersJSON: try Self.encoder.encode(draft), resultJSON: try Self.encoder.encode(result))
        return result
    }

    /// Submits the answers. Throws `Rejected` (and stores nothing) when any answer is rejected.
    public func submit(id: Int64, answers: AssessmentAnswers, asOf: CharterDate) async throws -> AssessmentResult {
        var final = try await pinned(id, answers)
        final.status = .submitted
        let result = try engine.assess(final, asOf: asOf)
        guard result.accepted else { throw Rejected(issues: result.issues.filter { $0.severity == .error }) }
        try await store.submit(
            id: id, answersJSON: try Self.encoder.encode(final), resultJSON: try Self.encoder.encode(result), tierReached: result.tierReached)
        return result
    }

    /// What changed since the employer's previous submitted assessment of the same framework, if any.
    public func compareWithPrevious(id: Int64) async throws -> AssessmentComparison? {
        guard let row = try await store.assessment(id: id), let data = row.resultJSON else { return nil }
        let current = try JSONDecoder().decode(AssessmentResult.self, from: data)
        let earlier = try await store.assessments(employerID: row.employerID, frameworkID: row.frameworkID)
            .filter { $0.id != id && $0.status != .draft && $0.asOf < row.asOf && $0.resultJSON != nil }
        guard let previousRow = earlier.first, let previousData = previousRow.resultJSON else { return nil }
        let previous = try JSONDecoder().decode(AssessmentResult.self, from: previousData)
        let tiers = engine.library.framework(current.framework.id, version: current.framework.version)?.tiers.map(\.code) ?? []
        return try AssessmentComparison.compare(
            previous, current, tierOrder: tiers,
            replacements: engine.library.replacements(in: current.framework.id, version: current.framework.version))
    }

    /// The stored row's answers must be for the same framework and pinned version.
    private func pinned(_ id: Int64, _ answers: AssessmentAnswers) async throws -> AssessmentAnswers {
        guard let row = try await store.assessment(id: id) else { throw CharterStoreError.notFound(id) }
        guard row.status == .draft else { throw CharterStoreError.notDraft(id: id, status: row.status) }
        guard answers.framework == row.frameworkID else {
            throw CharterEngine.Failure.frameworkMismatch(answers: answers.framework, requested: row.frameworkID)
        }
        if let given = answers.version, given != row.frameworkVersion {
            throw CharterStoreError.versionChanged(id: id, pinned: row.frameworkVersion, given: given)
        }
        var pinned = answers
        pinned.version = row.frameworkVersion
        return pinned
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
}
