// MARK: - Located framework errors

/// A problem in a framework or reference file, located by file, criterion and field.
public struct FrameworkIssue: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    /// The criterion the problem is in, when it is inside one.
    public var criterion: String?
    /// The field path, e.g. `pillars[2].criteria[0].config.threshold`.
    public var field: String
    public var reason: String

    public init(file: String, criterion: String? = nil, field: String, reason: String) {
        self.file = file
        self.criterion = criterion
        self.field = field
        self.reason = reason
    }

    public var description: String {
        "\(file): " + (criterion.map { "criterion \($0), " } ?? "") + "\(field.isEmpty ? "(top level)" : field): \(reason)"
    }
}

/// Loading failed; every issue found is listed and nothing was loaded.
public struct CharterLoadError: Error, Sendable, CustomStringConvertible {
    public var issues: [FrameworkIssue]

    public init(issues: [FrameworkIssue]) { self.issues = issues }

    public var description: String {
        "The charter files have \(issues.count) problem\(issues.count == 1 ? "" : "s"):\n" + issues.map { "  - \($0)" }.joined(separator: "\n")
    }
}
