public import Domain
public import Foundation

// MARK: - Options

/// How an import behaves.
public struct ImportOptions: Sendable {
    /// Reject the whole feed when any record has an error (default: import the valid records).
    public var strict: Bool
    /// Check and report, but change nothing.
    public var dryRun: Bool
    /// The largest feed accepted, in bytes (default 5 MB, as the DfE course directory allows).
    public var maxBytes: Int
    /// The feed's format when the caller knows it; otherwise it is sniffed from the content.
    public var format: FeedFormatHint?
    /// The file name or label used in messages.
    public var sourceName: String?
    /// Today's date (`yyyy-MM-dd`), for warnings about start dates in the past.
    public var today: String?
    /// Allow a feed with no courses, which withdraws all of the provider's provision.
    public var allowEmpty: Bool

    /// 5 MB.
    public static let defaultMaxBytes = 5 * 1024 * 1024

    public init(
        strict: Bool = false, dryRun: Bool = false, maxBytes: Int = ImportOptions.defaultMaxBytes,
        format: FeedFormatHint? = nil, sourceName: String? = nil, today: String? = nil, allowEmpty: Bool = false
    ) {
        self.strict = strict
        self.dryRun = dryRun
        self.maxBytes = maxBytes
        self.format = format
        self.sourceName = sourceName
        self.today = today
        self.allowEmpty = allowEmpty
    }
}

/// What the caller says a feed is, from a file extension or content type.
public enum FeedFormatHint: String, Sendable, CaseIterable {
    case xml, csv

    /// From a MIME type such as `application/xml`, `text/xml; charset=utf-8`, `text/csv`.
    public init?(contentType: String) {
        let lower = contentType.lowercased()
        if lower.contains("xml") {
            self = .xml
        } else if lower.contains("csv") || lower.contains("comma-separated") {
            self = .csv
        } else {
            return nil
        }
    }

    /// From a file name's extension.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".xml") {
            self = .xml
        } else if lower.hasSuffix(".csv") {
            self = .csv
        } else {
            return nil
        }
    }
}

// MARK: - Sources

/// Where a feed's bytes come from: memory (an upload) or a file (streamed, for large feeds).
public enum FeedSource: Sendable {
    case data(Data)
    case file(URL)

    /// All the bytes (files are memory-mapped, not copied).
    func bytes() throws -> Data {
        switch self {
        case .data(let data): data
        case .file(let url): try Data(contentsOf: url, options: .alwaysMapped)
        }
    }
}

// MARK: - Issues

/// Collects a feed's warnings and errors, keeping at most `limit` of each so a broken 100k-row file
/// cannot flood a report; the rest are counted in a final summary issue.
struct IssueCollector {
    private(set) var warnings: [ImportIssue] = []
    private(set) var errors: [ImportIssue] = []
    private(set) var droppedWarnings = 0
    private(set) var droppedErrors = 0
    private var onceKeys: Set<String> = []
    let limit: Int

    init(limit: Int = 500) { self.limit = limit }

    mutating func add(_ issue: ImportIssue) {
        switch issue.severity {
        case .warning:
            if warnings.count < limit { warnings.append(issue) } else { droppedWarnings += 1 }
        case .error:
            if errors.count < limit { errors.append(issue) } else { droppedErrors += 1 }
        }
    }

    mutating func warn(_ code: String, at location: SourceLocation, field: String? = nil, _ message: String) {
        add(ImportIssue(.warning, code: code, at: location, field: field, message))
    }

    /// Adds the warning only the first time `key` is seen in this feed.
    mutating func warnOnce(key: String, _ code: String, at location: SourceLocation, field: String? = nil, _ message: String) {
        guard onceKeys.insert(key).inserted else { return }
        warn(code, at: location, field: field, message)
    }

    mutating func error(_ code: String, at location: SourceLocation, field: String? = nil, _ message: String) {
        add(ImportIssue(.error, code: code, at: location, field: field, message))
    }

    var errorCount: Int { errors.count + droppedErrors }
    var warningCount: Int { warnings.count + droppedWarnings }

    /// The issues with a closing note for any that were left out.
    func finished() -> (warnings: [ImportIssue], errors: [ImportIssue]) {
        var warnings = warnings
        var errors = errors
        if droppedWarnings > 0 {
            warnings.append(ImportIssue(.warning, code: "more-warnings", at: SourceLocation(), "\(droppedWarnings) more warnings not listed"))
        }
        if droppedErrors > 0 {
            errors.append(ImportIssue(.error, code: "more-errors", at: SourceLocation(), "\(droppedErrors) more errors not listed"))
        }
        return (warnings, errors)
    }
}

/// A feed that cannot be imported at all: nothing was changed.
public struct FeedRejection: Error, Sendable, CustomStringConvertible {
    public var issues: [ImportIssue]
    public var format: FeedFormat?

    public init(_ issues: [ImportIssue], format: FeedFormat? = nil) {
        self.issues = issues
        self.format = format
    }

    init(code: String, at location: SourceLocation = SourceLocation(), field: String? = nil, _ message: String, format: FeedFormat? = nil) {
        self.init([ImportIssue(.error, code: code, at: location, field: field, message)], format: format)
    }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
