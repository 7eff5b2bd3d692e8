import Charters
import Domain

// MARK: - Charter wire types

/// The JSON bodies the charter routes take and answer with.
enum CharterWire {
    /// One framework in `GET /charters`.
    struct FrameworkSummary: Encodable, Sendable {
        var id: String
        var name: String
        var owner: String
        var summary: String
        /// The newest published version.
        var latest: String?
        var versions: [Version]
    }

    struct Version: Encodable, Sendable {
        var version: String
        var status: String
        var effectiveFrom: String
        var effectiveTo: String?
        var criteria: Int
        var tiers: [String]
    }

    struct FrameworkList: Encodable, Sendable { var charters: [FrameworkSummary] }

    /// `POST /assessments`.
    struct NewAssessment: Decodable {
        var framework: String
        /// A published version; default: the version in force on `asOf`.
        var version: String?
        /// `yyyy-MM-dd`; default: today.
        var asOf: String?
        var employer: EmployerProfile
        var declarations: [String: Bool]?
        var accreditations: [Accreditation]?
    }

    /// The employer being assessed. The name defaults to the organisation's.
    struct EmployerProfile: Decodable {
        var name: String?
        var headcount: Int
        var london: Bool?
        var sector: String?
    }

    /// A stored assessment, without its answers.
    struct AssessmentInfo: Encodable, Sendable {
        var id: Int64
        var framework: String
        var version: String
        var status: String
        var asOf: String
        var tierReached: String?
        var updatedAt: String?
    }

    /// `PUT /assessments/{id}/answers/{criterionId}` answers with the criterion as now assessed.
    struct SavedAnswer: Encodable, Sendable {
        var assessment: AssessmentInfo
        var criterion: CriterionResult
        /// Warnings about this answer (errors are refused instead).
        var warnings: [AnswerIssue]
        var answered: Int
        var criteria: Int
    }

    /// `GET /assessments/{id}/result` and a successful submission.
    struct ResultBody: Encodable, Sendable {
        var assessment: AssessmentInfo
        var result: AssessmentResult
        /// Against the employer's previous submitted assessment of the framework, when there is one.
        var comparison: AssessmentComparison?
    }

    /// `PUT /charter-employers/{org}`.
    struct Publication: Codable, Sendable { var listed: Bool }

    /// One employer in the public list.
    struct ListedEmployer: Encodable, Sendable {
        var name: String
        var framework: String
        var frameworkName: String
        var tier: String
        var tierLabel: String
        var asOf: String
    }

    struct EmployerList: Encodable, Sendable { var employers: [ListedEmployer] }
}

extension CharterWire.AssessmentInfo {
    init(_ record: CharterAssessmentRecord) {
        self.init(
            id: record.id ?? 0, framework: record.frameworkID, version: record.frameworkVersion, status: record.status.rawValue, asOf: record.asOf,
            tierReached: record.tierReached, updatedAt: record.updatedAt)
    }
}
