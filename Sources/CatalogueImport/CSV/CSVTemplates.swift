import Domain
import Foundation

// MARK: - DfE course-directory templates

/// The DfE "Publish to the course directory" CSV templates Skillway reads, by their header names.
enum CSVTemplate: CaseIterable {
    /// The current LARS course template (24 columns).
    case course
    /// The pre-2021 course template (26 columns).
    case legacyCourse
    /// The non-LARS (Skills Bootcamp) template (27 columns).
    case nonLars
    /// The venue template (10 columns).
    case venue

    var format: FeedFormat {
        switch self {
        case .course: .dfeCourseCSV
        case .legacyCourse: .dfeLegacyCourseCSV
        case .nonLars: .dfeNonLarsCSV
        case .venue: .dfeVenueCSV
        }
    }

    static let descriptionColumns = [
        "WHO_THIS_COURSE_IS_FOR", "ENTRY_REQUIREMENTS", "WHAT_YOU_WILL_LEARN", "HOW_YOU_WILL_LEARN",
        "WHAT_YOU_WILL_NEED_TO_BRING", "HOW_YOU_WILL_BE_ASSESSED", "WHERE_NEXT",
    ]

    private static let runColumns = [
        "COURSE_NAME", "YOUR_REFERENCE", "DELIVERY_MODE", "START_DATE", "FLEXIBLE_START_DATE", "VENUE_NAME",
        "YOUR_VENUE_REFERENCE", "NATIONAL_DELIVERY", "SUB_REGION", "COURSE_WEBPAGE", "COST", "COST_DESCRIPTION",
        "DURATION", "DURATION_UNIT", "STUDY_MODE", "ATTENDANCE_PATTERN",
    ]

    /// The template's columns under their current names.
    var columns: [String] {
        switch self {
        case .course:
            ["LARS_QAN"] + Self.descriptionColumns + Self.runColumns
        case .legacyCourse:
            ["LARS_QAN"] + Self.descriptionColumns + ["ADVANCED_LEARNER_OPTION", "ADULT_EDUCATION_BUDGET"]
                + Self.runColumns.filter { $0 != "YOUR_VENUE_REFERENCE" } + ["REGION"]
        case .nonLars:
            ["COURSE_TYPE", "SECTOR", "EDUCATION_LEVEL", "AWARDING_BODY"] + Self.descriptionColumns + Self.runColumns
        case .venue:
            ["YOUR_VENUE_REFERENCE", "VENUE_NAME", "ADDRESS_LINE_1", "ADDRESS_LINE_2", "TOWN_OR_CITY", "COUNTY",
             "POSTCODE", "EMAIL", "PHONE", "WEBSITE"]
        }
    }

    /// Columns a file may have beyond the template: Skillway's optional SECTOR (the route).
    var optionalColumns: Set<String> {
        switch self {
        case .course, .legacyCourse: ["SECTOR", "YOUR_VENUE_REFERENCE"]
        case .nonLars, .venue: []
        }
    }

    /// Older or alternative header names, mapped to the current ones.
    static let aliases: [String: String] = [
        "WHO_IS_THIS_COURSE_FOR": "WHO_THIS_COURSE_IS_FOR", "ID": "YOUR_REFERENCE", "VENUE": "VENUE_NAME",
        "URL": "COURSE_WEBPAGE", "TOWN_CITY": "TOWN_OR_CITY",
    ]

    /// Picks the template a header row belongs to.
    static func detect(_ headers: Set<String>) -> CSVTemplate {
        if headers.contains("ADDRESS_LINE_1") || (headers.contains("POSTCODE") && !headers.contains("COURSE_NAME")) { return .venue }
        if headers.contains("COURSE_TYPE") || headers.contains("EDUCATION_LEVEL") || headers.contains("AWARDING_BODY") { return .nonLars }
        let legacyMarkers: Set<String> = ["WHO_IS_THIS_COURSE_FOR", "ADVANCED_LEARNER_OPTION", "ADULT_EDUCATION_BUDGET", "REGION", "ID", "VENUE", "URL"]
        return headers.isDisjoint(with: legacyMarkers) ? .course : .legacyCourse
    }
}

// MARK: - Header map

/// Where each known column sits in a file, after checking the header row.
struct CSVHeaderMap {
    let template: CSVTemplate
    let count: Int
    /// Header names as they appeared, by position.
    let original: [String]

    /// Checks a header row: every template column present (in any order, under current or older names),
    /// no duplicates. Unknown columns are reported as warnings and ignored.
    static func make(_ record: CSVRecord, issues: inout IssueCollector) throws -> CSVHeaderMap {
        let original = record.fields.indices.map { record.string($0).trimmingCharacters(in: .whitespaces) }
        let normalised = original.map { name -> String in
            let upper = name.uppercased().replacingOccurrences(of: " ", with: "_")
            return CSVTemplate.aliases[upper] ?? upper
        }
        let legacyNames = Set(original.map { $0.uppercased() })
        let template = CSVTemplate.detect(legacyNames.union(normalised))
        var indexByName: [String: Int] = [:]
        for (index, name) in normalised.enumerated() where !name.isEmpty {
            if indexByName[name] != nil {
                throw FeedRejection(code: "duplicate-header", at: SourceLocation(line: 1, column: index + 1, row: 1, element: original[index]),
                                    "The column \(original[index]) appears twice in the header row.", format: template.format)
            }
            indexByName[name] = index
        }
        let known = Set(template.columns).union(template.optionalColumns)
        let missing = template.columns.filter { indexByName[$0] == nil && !template.optionalColumns.contains($0) }
        let unknown = normalised.enumerated().filter { !known.contains($0.element) && !$0.element.isEmpty }
        if !missing.isEmpty {
            let problems = missing.map { name -> ImportIssue in
                let suggestion = unknown.min { editDistance($0.element, name) < editDistance($1.element, name) }
                if let suggestion, editDistance(suggestion.element, name) <= 3 {
                    return ImportIssue(.error, code: "misspelt-header",
                                       at: SourceLocation(line: 1, column: suggestion.offset + 1, row: 1, element: original[suggestion.offset]),
                                       field: name, "The required column \(name) is missing; the header \(original[suggestion.offset]) looks like a misspelling of it (did you mean \(name)?).")
                }
                return ImportIssue(.error, code: "missing-header", at: SourceLocation(line: 1, row: 1), field: name,
                                   "The required column \(name) is missing from the header row.")
            }
            throw FeedRejection(problems, format: template.format)
        }
        for (index, _) in unknown {
            issues.warn("unknown-column", at: SourceLocation(line: 1, column: index + 1, row: 1, element: original[index]),
                        "The column \(original[index]) is not part of the \(template.format.rawValue) template; it is ignored.")
        }
        return CSVHeaderMap(template: template, indexByName: indexByName, count: original.count, original: original)
    }

    private init(template: CSVTemplate, indexByName: [String: Int], count: Int, original: [String]) {
        self.template = template
        self.count = count
        self.original = original
        lookup = ColumnLookup(indexByName)
        resolved = ResolvedColumns(lookup)
    }

    /// Column positions by current name, read without `Hasher` (about 35 look-ups per row).
    private let lookup: ColumnLookup

    /// The positions of the columns every course row reads, resolved when the header was read.
    let resolved: ResolvedColumns

    /// The trimmed value of the column at `index` (a resolved position) in a record; nil when empty or absent.
    @inline(__always)
    func value(at index: Int?, in record: CSVRecord) -> String? {
        guard let index, index < record.count else { return nil }
        return record.trimmed(index)
    }

    /// The 0-based position of a column, by its current name.
    func index(_ name: String) -> Int? { lookup.index(name) }

    /// The trimmed value of a column in a record; nil when empty or absent.
    func value(_ name: String, in record: CSVRecord) -> String? {
        guard let index = lookup.index(name), index < record.count else { return nil }
        return record.trimmed(index)
    }

    /// The location of a column in a record, for issues.
    func location(_ name: String, in record: CSVRecord) -> SourceLocation {
        location(name, line: record.line, row: record.row)
    }

    /// The location of a column in the record at `line` (record number `row`), for issues.
    func location(_ name: String, line: Int, row: Int) -> SourceLocation {
        let index = lookup.index(name)
        return SourceLocation(line: line, column: index.map { $0 + 1 }, row: row, element: index.map { original[$0] } ?? name)
    }

    /// Levenshtein distance, for suggesting the header a misspelling meant.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

// MARK: - Column positions resolved once per file

/// The positions of the columns a course row is read from, looked up once per file from the header
/// (nil for a column the file does not have), so a row's ~35 reads index the record directly.
struct ResolvedColumns {
    let larsQan: Int?
    let courseName: Int?
    let sector: Int?
    let courseType: Int?
    let educationLevel: Int?
    let awardingBody: Int?
    let yourReference: Int?
    let deliveryMode: Int?
    let flexibleStartDate: Int?
    let startDate: Int?
    let venueName: Int?
    let yourVenueReference: Int?
    let nationalDelivery: Int?
    let region: Int?
    let subRegion: Int?
    let courseWebpage: Int?
    let costDescription: Int?
    let cost: Int?
    let duration: Int?
    let durationUnit: Int?
    let studyMode: Int?
    let attendancePattern: Int?
    let adultEducationBudget: Int?
    let advancedLearnerOption: Int?
    /// The seven description columns, in `CSVTemplate.descriptionColumns` order.
    let descriptions: [Int?]

    init(_ lookup: ColumnLookup) {
        larsQan = lookup.index("LARS_QAN")
        courseName = lookup.index("COURSE_NAME")
        sector = lookup.index("SECTOR")
        courseType = lookup.index("COURSE_TYPE")
        educationLevel = lookup.index("EDUCATION_LEVEL")
        awardingBody = lookup.index("AWARDING_BODY")
        yourReference = lookup.index("YOUR_REFERENCE")
        deliveryMode = lookup.index("DELIVERY_MODE")
        flexibleStartDate = lookup.index("FLEXIBLE_START_DATE")
        startDate = lookup.index("START_DATE")
        venueName = lookup.index("VENUE_NAME")
        yourVenueReference = lookup.index("YOUR_VENUE_REFERENCE")
        nationalDelivery = lookup.index("NATIONAL_DELIVERY")
        region = lookup.index("REGION")
        subRegion = lookup.index("SUB_REGION")
        courseWebpage = lookup.index("COURSE_WEBPAGE")
        costDescription = lookup.index("COST_DESCRIPTION")
        cost = lookup.index("COST")
        duration = lookup.index("DURATION")
        durationUnit = lookup.index("DURATION_UNIT")
        studyMode = lookup.index("STUDY_MODE")
        attendancePattern = lookup.index("ATTENDANCE_PATTERN")
        adultEducationBudget = lookup.index("ADULT_EDUCATION_BUDGET")
        advancedLearnerOption = lookup.index("ADVANCED_LEARNER_OPTION")
        descriptions = CSVTemplate.descriptionColumns.map { lookup.index($0) }
    }
}

// MARK: - Column look-up without hashing

/// Column positions by name in a small open-addressed table keyed by a cheap hash of the name's
/// bytes (length, first and last bytes and a few in between), compared byte for byte. Gives the
/// same answers as the dictionary it is built from; a row reads about 35 columns by name, and
/// `Dictionary`'s seeded `Hasher` cost more than reading the values.
struct ColumnLookup {
    private var names: [[UInt8]?]
    private var positions: [Int]
    private let mask: Int

    init(_ indexByName: [String: Int]) {
        var size = 64
        while size < indexByName.count * 4 { size *= 2 }
        mask = size - 1
        names = Array(repeating: nil, count: size)
        positions = Array(repeating: 0, count: size)
        for (name, position) in indexByName {
            let bytes = Array(name.utf8)
            var slot = bytes.withUnsafeBufferPointer { Self.hash($0) } & mask
            while names[slot] != nil { slot = (slot + 1) & mask }
            names[slot] = bytes
            positions[slot] = position
        }
    }

    func index(_ name: String) -> Int? {
        var name = name
        return name.withUTF8 { bytes in
            var slot = Self.hash(bytes) & mask
            while let stored = names[slot] {
                if stored.count == bytes.count, stored.withUnsafeBufferPointer({ $0.elementsEqual(bytes) }) { return positions[slot] }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash = bytes.count &* 31
        var index = 0
        while index < bytes.count {
            hash = (hash &* 131) &+ Int(bytes[index])
            index += 3
        }
        if let last = bytes.last { hash = (hash &* 131) &+ Int(last) }
        return hash ^ (hash >> 7)
    }
}
