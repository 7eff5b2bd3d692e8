import Dispatch
import Domain
import Foundation

// MARK: - Rows read, before grouping

/// The valid rows of one stretch of a course file, in file order, with the issues found reading them.
///
/// Rows are read (split into fields, validated, turned into runs) in batches, possibly two at once on
/// two threads, then grouped into courses in file order. Replaying each batch's issues up to the row
/// being grouped keeps the report's warnings and errors in exactly the order a single pass gives.
struct CSVRowBatch {
    struct Entry {
        var row: CSVCourseRow
        var line: Int
        var record: Int
        /// How many of the batch's warnings and errors came before this row was grouped.
        var warnings: Int
        var errors: Int
    }

    var entries: [Entry] = []
    /// Every issue of the batch (no limit; the feed's collector applies it when replaying).
    var issues = IssueCollector(limit: .max)
    /// Keys of once-per-feed warnings, by their index in `issues.warnings`.
    var onceKeys: [Int: String] = [:]
    /// Rows that were not blank.
    var rows = 0

    /// Adds this batch's rows to `grouping` and its issues to `feed`, in file order.
    func group(into grouping: inout CourseGrouping, issues feed: inout IssueCollector) {
        replay(issues: &feed) { entry, feed in grouping.add(entry.row, line: entry.line, row: entry.record, issues: &feed) }
    }

    /// Hands each row to `body` and adds the batch's issues to `feed`, in file order: the issues found
    /// reading a row come before it, so `body` may add its own (e.g. duplicate runs) in their place.
    func replay(issues feed: inout IssueCollector, _ body: (Entry, inout IssueCollector) throws -> Void) rethrows {
        var warnings = 0
        var errors = 0
        func replay(upTo warningMark: Int, _ errorMark: Int) {
            for index in warnings..<warningMark {
                let issue = issues.warnings[index]
                if let key = onceKeys[index] {
                    feed.warnOnce(key: key, issue.code, at: issue.location, field: issue.field, issue.message)
                } else {
                    feed.add(issue)
                }
            }
            for index in errors..<errorMark { feed.add(issues.errors[index]) }
            (warnings, errors) = (warningMark, errorMark)
        }
        // By index: the entry is lent to `body` from the array, not copied out of it (a copy retains
        // and releases every string of the row and its run).
        for index in entries.indices {
            replay(upTo: entries[index].warnings, entries[index].errors)
            try body(entries[index], &feed)
        }
        replay(upTo: issues.warnings.count, issues.errors.count)
    }
}

// MARK: - Reading rows in batches

extension DfECSVParser {
    /// Reads the course rows that follow the header: in one batch, or, for a large file on a machine
    /// with two or more cores, in two halves split at a record boundary, the second on its own thread.
    func readRows(after reader: CSVReader, header: CSVHeaderMap) throws -> [CSVRowBatch] {
        var first = reader
        guard ProcessInfo.processInfo.activeProcessorCount > 1, first.limit >= parallelFrom else {
            return [try readBatch(&first, header: header)]
        }
        // Find the first record boundary past the middle: splitting fields only, no values made.
        var second = reader
        var record = second.makeRecord()
        let middle = first.position + (first.limit - first.position) / 2
        while second.position < middle, try second.next(into: &record) {}
        first.limit = second.position

        let other = OtherHalf()
        let work = HandedOver((parser: self, reader: second, header: header))
        other.started.enter()
        startParserThread {
            var reader = work.value.reader
            other.result = Result { try work.value.parser.readBatch(&reader, header: work.value.header) }
            other.started.leave()
        }
        let firstResult = Result { try readBatch(&first, header: header) }
        // The other thread reads the caller's bytes: always wait for it, even after an error here.
        other.started.wait()
        return [try firstResult.get(), try other.result!.get()]
    }

    /// Reads and validates every record up to the reader's limit, or until `maxRows` rows that are
    /// not blank have been read (the reader then stands at the next record).
    func readBatch(_ reader: inout CSVReader, header: CSVHeaderMap, maxRows: Int = .max) throws -> CSVRowBatch {
        var batch = CSVRowBatch()
        var record = reader.makeRecord()
        var memo = DescriptionMemo()
        while batch.rows < maxRows, try reader.next(into: &record) {
            if record.isBlank { continue }
            batch.rows += 1
            guard record.count == header.count else {
                batch.issues.error("wrong-field-count", at: SourceLocation(line: record.line, row: record.row),
                                   "The row has \(record.count) fields but the header has \(header.count); the row is skipped (check for an unquoted comma).")
                continue
            }
            let warningsBefore = batch.issues.warnings.count
            let row = readRow(record, header: header, memo: &memo, issues: &batch.issues)
            for index in warningsBefore..<batch.issues.warnings.count where batch.issues.warnings[index].code == Self.unknownVenueCode {
                batch.onceKeys[index] = Self.unknownVenueKey(name: header.value("VENUE_NAME", in: record), reference: header.value("YOUR_VENUE_REFERENCE", in: record))
            }
            if var row {
                // Rows of one course repeat its descriptions: share the previous row's strings rather
                // than keep a copy per row until grouping (the whole batch is held in memory).
                // (Read through the index: `entries.last?.row` would copy the whole previous row, run
                // included, retaining and releasing each of its strings.)
                if let last = batch.entries.indices.last {
                    if row.descriptions == batch.entries[last].row.descriptions { row.descriptions = batch.entries[last].row.descriptions }
                    if row.groupKey == batch.entries[last].row.groupKey { row.groupKey = batch.entries[last].row.groupKey }
                }
                batch.entries.append(CSVRowBatch.Entry(row: row, line: record.line, record: record.row,
                                                       warnings: batch.issues.warnings.count, errors: batch.issues.errors.count))
            }
        }
        return batch
    }
}

/// The second half's outcome, written by its thread before it leaves `started`.
private final class OtherHalf: @unchecked Sendable {
    let started = DispatchGroup()
    var result: Result<CSVRowBatch, any Error>?
}
