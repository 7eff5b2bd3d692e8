public import Foundation

// MARK: - Charter assessment storage port

/// A stored charter self-assessment. The answers and the computed result are kept as the JSON the
/// Charters module writes (`AssessmentAnswers`, `AssessmentResult`), so storage never depends on the
/// charter engine and the pinned framework version travels with every row.
public struct CharterAssessmentRecord: Sendable, Hashable, Codable {
    /// Lifecycle of an assessment.
    public enum Status: String, Sendable, Codable, CaseIterable {
        case draft, submitted
        case inReview = "in_review"
        case queried, awarded, rejected, expired
    }

    /// Store-assigned id; nil before the first save.
    public var id: Int64?
    /// The employer (account) the assessment belongs to.
    public var employerID: String
    /// Framework id, e.g. `hw-gec`.
    public var frameworkID: String
    /// The pinned framework version; never changes after creation.
    public var frameworkVersion: String
    /// SHA-256 of the pinned framework file.
    public var frameworkDigest: String?
    public var status: Status
    /// The as-of date (`yyyy-MM-dd`).
    public var asOf: String
    /// `AssessmentAnswers` as JSON.
    public var answersJSON: Data
    /// `AssessmentResult` as JSON, once computed.
    public var resultJSON: Data?
    /// The tier reached, copied out of the result for listing.
    public var tierReached: String?
    /// When the row last changed (ISO 8601).
    public var updatedAt: String?

    public init(
        id: Int64? = nil, employerID: String, frameworkID: String, frameworkVersion: String, frameworkDigest: String? = nil,
        status: Status = .draft, asOf: String, answersJSON: Data, resultJSON: Data? = nil, tierReached: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.employerID = employerID
        self.frameworkID = frameworkID
        self.frameworkVersion = frameworkVersion
        self.frameworkDigest = frameworkDigest
        self.status = status
        self.asOf = asOf
        self.answersJSON = answersJSON
        self.resultJSON = resultJSON
        self.tierReached = tierReached
        self.updatedAt = updatedAt
    }
}

/// Storage for charter assessments. Implementations save each call in one transaction and refuse to
/// change the pinned framework version or anything about a submitted assessment.
public protocol CharterAssessmentStore: Sendable {
    /// Creates a draft and returns it with its id.
    func createAssessment(_ record: CharterAssessmentRecord) async throws -> CharterAssessmentRecord
    /// Replaces a draft's answers (and result); fails unless the stored row is a draft of the same version.
    func saveDraft(id: Int64, answersJSON: Data, resultJSON: Data?) async throws
    /// Marks a draft submitted with its final answers and result.
    func submit(id: Int64, answersJSON: Data, resultJSON: Data, tierReached: String?) async throws
    /// Moves a submitted assessment through review (`in_review`, `queried`, `awarded`, `rejected`, `expired`).
    func setStatus(id: Int64, _ status: CharterAssessmentRecord.Status) async throws
    /// One assessment, or nil.
    func assessment(id: Int64) async throws -> CharterAssessmentRecord?
    /// An employer's assessments of a framework, newest as-of date first.
    func assessments(employerID: String, frameworkID: String?) async throws -> [CharterAssessmentRecord]
}
