// MARK: - Import issues

/// Where in a feed something was found: line and column for XML, row and column for CSV.
public struct SourceLocation: Codable, Sendable, Hashable, CustomStringConvertible {
    /// 1-based physical line in the file.
    public var line: Int?
    /// 1-based column (characters) in that line (XML), or the column's 1-based position (CSV).
    public var column: Int?
    /// 1-based CSV record number, counting the header as row 1.
    public var row: Int?
    /// The XML element path (e.g. `catalog/provider/course[3]/presentation[1]/mlo:start`) or CSV header.
    public var element: String?

    public init(line: Int? = nil, column: Int? = nil, row: Int? = nil, element: String? = nil) {
        self.line = line
        self.column = column
        self.row = row
        self.element = element
    }

    public var description: String {
        var parts: [String] = []
        if let row { parts.append("row \(row)") }
        if let line { parts.append("line \(line)") }
        if let column { parts.append(row != nil ? "column \(column)" : "column \(column)") }
        if let element { parts.append(row != nil ? "(\(element))" : "<\(element)>") }
        return parts.joined(separator: " ")
    }
}

/// A problem found in a feed, located and explained in plain English.
public struct ImportIssue: Codable, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Codable, Sendable { case warning, error }

    public var severity: Severity
    /// A stable machine-readable code, e.g. `missing-title`, `bad-date`, `not-well-formed`.
    public var code: String
    public var location: SourceLocation
    /// The feed field concerned (e.g. `START_DATE`, `mlo:start`).
    public var field: String?
    public var message: String

    public init(_ severity: Severity, code: String, at location: SourceLocation, field: String? = nil, _ message: String) {
        self.severity = severity
        self.code = code
        self.location = location
        self.field = field
        self.message = message
    }

    public var description: String {
        let place = location.description
        let fieldText = field.map { " [\($0)]" } ?? ""
        return "\(severity): \(place.isEmpty ? "" : place + ": ")\(message)\(fieldText)"
    }
}

// MARK: - Import report

/// How many records an import created, updated, left unchanged and removed.
public struct ChangeCounts: Codable, Sendable, Hashable {
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    public var removed = 0

    public init(created: Int = 0, updated: Int = 0, unchanged: Int = 0, removed: Int = 0) {
        self.created = created
        self.updated = updated
        self.unchanged = unchanged
        self.removed = removed
    }

    public static func + (lhs: ChangeCounts, rhs: ChangeCounts) -> ChangeCounts {
        ChangeCounts(
            created: lhs.created + rhs.created, updated: lhs.updated + rhs.updated,
            unchanged: lhs.unchanged + rhs.unchanged, removed: lhs.removed + rhs.removed)
    }
}

/// The source format of a feed.
public enum FeedFormat: String, Codable, Sendable, CaseIterable {
    case xcriCap12 = "xcri-cap-1.2"
    case xcriCap11 = "xcri-cap-1.1"
    /// XML whose namespaces Skillway could not recognise, read by element names.
    case xcriUnknown = "xcri-cap-unknown"
    case dfeCourseCSV = "dfe-course-csv"
    case dfeLegacyCourseCSV = "dfe-course-csv-2020"
    case dfeNonLarsCSV = "dfe-non-lars-csv"
    case dfeVenueCSV = "dfe-venue-csv"
}

/// What an import did (or, in a dry run or a rejected feed, would have done).
public struct ImportReport: Codable, Sendable, Hashable {
    public var provider: ProviderID
    /// The file name or label the feed came from.
    public var source: String?
    public var format: FeedFormat?
    /// True when the feed was readable and, in strict mode, free of errors: it was applied, or (in a
    /// dry run) would have been.
    public var accepted: Bool
    /// True when the feed's records are now the provider's provision.
    public var applied: Bool
    public var dryRun: Bool
    public var strict: Bool
    /// Courses read from the feed (valid ones).
    public var courses: Int
    /// Runs read from the feed (valid ones).
    public var runs: Int
    /// Venues read (venue files only).
    public var venues: Int
    public var created: Int
    public var updated: Int
    public var unchanged: Int
    public var removed: Int
    /// The same counts for runs.
    public var runChanges: ChangeCounts
    /// The same counts for venues (venue files only).
    public var venueChanges: ChangeCounts?
    public var warnings: [ImportIssue]
    public var errors: [ImportIssue]
    /// Wall time of the import in milliseconds.
    public var durationMilliseconds: Int

    public init(provider: ProviderID, dryRun: Bool, strict: Bool) {
        self.provider = provider
        self.source = nil
        self.venueChanges = nil
        self.format = nil
        self.accepted = false
        self.applied = false
        self.dryRun = dryRun
        self.strict = strict
        self.courses = 0
        self.runs = 0
        self.venues = 0
        self.created = 0
        self.updated = 0
        self.unchanged = 0
        self.removed = 0
        self.runChanges = ChangeCounts()
        self.warnings = []
        self.errors = []
        self.durationMilliseconds = 0
    }

    /// The course counts as one value.
    public var courseChanges: ChangeCounts {
        get { ChangeCounts(created: created, updated: updated, unchanged: unchanged, removed: removed) }
        set {
            created = newValue.created
            updated = newValue.updated
            unchanged = newValue.unchanged
            removed = newValue.removed
        }
    }
}
