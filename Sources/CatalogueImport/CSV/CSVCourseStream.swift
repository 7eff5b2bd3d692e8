import Domain
import Foundation

// MARK: - Courses handed on while the file is still being read

/// A row of the file belongs to a course whose rows ended earlier (its runs are not next to each
/// other): that course has already been handed on, so the streamed import cannot be used.
struct ScatteredCourseRows: Error {
    /// The 1-based record number of the row that came back to the earlier course.
    var row: Int
}

/// Groups rows into courses in file order, handing each course on as soon as a row of another
/// course follows it. Gives the same courses, runs, warnings and order as `CourseGrouping` when every
/// course's rows are next to each other; a row of a course already handed on throws
/// `ScatteredCourseRows` (the caller then groups the whole file first).
struct CourseStream {
    let header: CSVHeaderMap
    /// The course whose rows are being read, with its run identifiers so far.
    private var openKey: String?
    private var open: (course: Course, runIDs: Set<String>) = (Course(sourceID: "", title: ""), [])
    /// Keys of the courses already handed on.
    private var closedKeys: Set<String> = []
    private var lastKey: (prefix: String, parts: [String], key: String)?

    init(header: CSVHeaderMap) { self.header = header }

    /// Adds one row; returns the course it closes, if any.
    mutating func add(_ row: CSVCourseRow, line: Int, row recordRow: Int, issues: inout IssueCollector) throws(ScatteredCourseRows) -> Course? {
        let key = CourseGrouping.key(of: row, recordRow: recordRow, last: &lastKey)
        var closed: Course?
        if openKey != key {
            if closedKeys.contains(key) { throw ScatteredCourseRows(row: recordRow) }
            // The open course is swapped out, not copied (a copy retains every string and run).
            var previousCourse = (course: CourseGrouping.newCourse(key: key, from: row), runIDs: Set<String>())
            swap(&open, &previousCourse)
            if let previous = openKey {
                closedKeys.insert(previous)
                closed = previousCourse.course
            }
            openKey = key
        }
        CourseGrouping.addRun(of: row, line: line, row: recordRow, to: &open, key: key, header: header, issues: &issues)
        return closed
    }

    /// The last course, once every row has been added.
    mutating func finish() -> Course? {
        guard openKey != nil else { return nil }
        openKey = nil
        return open.course
    }
}

// MARK: - Streaming a course file

extension DfECSVParser {
    /// Rows read and validated at a time before they are grouped.
    static let streamBatchRows = 128

    /// Reads the course rows after the header a few at a time, groups them in file order and hands
    /// each course to `onCourse` as soon as it is complete, so the caller can store it while later
    /// rows are still being read. Issues go to `issues` in the order `parse` gives them.
    ///
    /// Throws `ScatteredCourseRows` when a course's rows are not next to each other (courses before
    /// it have been handed on already) or, before each batch, when `scattered` gives a row (a
    /// look-ahead such as `CSVScatterWatch` found one); `FeedRejection` for a file with no rows or an
    /// unclosed quote; and whatever `onCourse` throws.
    func streamCourses(
        after reader: CSVReader, header: CSVHeaderMap, issues: inout IssueCollector, scattered: () -> Int? = { nil },
        onCourse: (Course) throws -> Void
    ) throws -> Int {
        var reader = reader
        var stream = CourseStream(header: header)
        var rows = 0
        do {
            while reader.position < reader.limit {
                if let row = scattered() { throw ScatteredCourseRows(row: row) }
                let batch = try readBatch(&reader, header: header, maxRows: Self.streamBatchRows)
                rows += batch.rows
                try batch.replay(issues: &issues) { entry, issues in
                    if let course = try stream.add(entry.row, line: entry.line, row: entry.record, issues: &issues) {
                        try onCourse(course)
                    }
                }
            }
        } catch let unterminated as CSVReader.UnterminatedQuote {
            throw Self.rejection(unterminated)
        }
        if rows == 0 { throw Self.noRows(header) }
        if let last = stream.finish() { try onCourse(last) }
        return rows
    }
}
