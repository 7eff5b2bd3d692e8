import Foundation

// MARK: - Located problems in a plan file

/// One problem found in a plan: where (file and JSON path to the element and field) and why.
public struct PlanIssue: Codable, Sendable, Equatable, CustomStringConvertible {
    /// The file, when the plan came from one.
    public var file: String?
    /// JSON path to the offending field, e.g. `roles[1].people[0].dateOfBirth`.
    public var path: String
    /// What is wrong.
    public var reason: String

    /// Creates an issue.
    public init(file: String? = nil, path: String, reason: String) {
        self.file = file
        self.path = path
        self.reason = reason
    }

    /// `plan.json: roles[1].people[0].dateOfBirth: …`
    public var description: String { "\(file.map { "\($0): " } ?? "")\(path.isEmpty ? "(top level)" : path): \(reason)" }
}

/// A plan that cannot be used, with every problem found. Nothing is saved or projected from it.
public struct PlanValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in document order.
    public var issues: [PlanIssue]

    /// Creates the error.
    public init(issues: [PlanIssue]) { self.issues = issues }

    public var description: String {
        "the plan has \(issues.count) problem\(issues.count == 1 ? "" : "s"):\n" + issues.map { "  \($0)" }.joined(separator: "\n")
    }
}
