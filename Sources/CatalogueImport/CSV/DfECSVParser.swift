import Domain
import Foundation

// MARK: - DfE course-directory CSV

/// What a DfE CSV file holds once read: courses (runs grouped into courses) or venues.
enum CSVContent {
    case courses([Course])
    case venues([Venue])
}

/// Reads DfE course-directory CSV files: the current and older course templates, the non-LARS
/// (Skills Bootcamp) template and the venue template, by header name in any column order.
///
/// File-level problems (not text, not CSV, missing or misspelt headers, no rows) throw
/// `FeedRejection`; row-level problems are reported and the row is skipped.
struct DfECSVParser {
    let today: String?
    /// The provider's stored venues, for resolving VENUE_NAME / YOUR_VENUE_REFERENCE.
    let knownVenues: [Venue]
    /// Course files at least this large (bytes) have their rows read in two halves on two threads.
    var parallelFrom = 1 << 20

    // MARK: File checks

    /// Checks that the bytes look like a text CSV file, as the DfE's own upload does.
    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let body = UnsafeBufferPointer(rebasing: bytes[start...])
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw FeedRejection(code: "empty-file", "The file is empty.")
        }
        let probe = body.prefix(8192)
        if probe.contains(0) {
            throw FeedRejection(code: "not-text", "The file is not a text CSV file: it contains binary data (is it a spreadsheet saved as .xlsx rather than CSV?).")
        }
        let firstLine = body.prefix(while: { $0 != 0x0A && $0 != 0x0D })
        if let bad = firstLine.firstIndex(where: { $0 > 127 }) {
            throw FeedRejection(code: "not-csv-header", at: SourceLocation(line: 1, column: bad - firstLine.startIndex + 1, row: 1),
                                "The first line has non-ASCII characters, so it is not a course-directory header row.")
        }
        if !firstLine.contains(0x2C) {
            throw FeedRejection(code: "not-csv", at: SourceLocation(line: 1, row: 1),
                                "The first line has no commas, so this is not a comma-separated course-directory file.")
        }
    }

    // MARK: Parsing

    /// Reads the whole file: venues, or course rows grouped into courses (all held in memory).
    func parse(_ bytes: UnsafeBufferPointer<UInt8>, issues: inout IssueCollector) throws -> (CSVTemplate, CSVContent) {
        var (reader, header) = try readHeader(bytes, issues: &issues)
        do {
            if header.template == .venue {
                return (.venue, .venues(try parseVenues(&reader, header: header, issues: &issues)))
            }
            let batches = try readRows(after: reader, header: header)
            let rows = batches.reduce(0) { $0 + $1.rows }
            if rows == 0 { throw Self.noRows(header) }
            var grouping = CourseGrouping(header: header)
            for batch in batches { batch.group(into: &grouping, issues: &issues) }
            return (header.template, .courses(grouping.courses))
        } catch let unterminated as CSVReader.UnterminatedQuote {
            throw Self.rejection(unterminated)
        }
    }

    /// Checks the file and reads its header row; returns the reader standing at the first data row.
    func readHeader(_ bytes: UnsafeBufferPointer<UInt8>, issues: inout IssueCollector) throws -> (reader: CSVReader, header: CSVHeaderMap) {
        try Self.sniff(bytes)
        var reader = CSVReader(bytes: bytes)
        do {
            var record = reader.makeRecord()
            guard try reader.next(into: &record) else { throw FeedRejection(code: "empty-file", "The file is empty.") }
            return (reader, try CSVHeaderMap.make(record, issues: &issues))
        } catch let unterminated as CSVReader.UnterminatedQuote {
            throw Self.rejection(unterminated)
        }
    }

    /// The rejection of a course file with a header row and nothing else.
    static func noRows(_ header: CSVHeaderMap) -> FeedRejection {
        FeedRejection(code: "no-rows", at: SourceLocation(line: 1, row: 1), "The file has a header row but no course rows.", format: header.template.format)
    }

    /// The rejection of a file in which a quoted field never closes.
    static func rejection(_ unterminated: CSVReader.UnterminatedQuote) -> FeedRejection {
        FeedRejection(code: "unterminated-quote", at: SourceLocation(line: unterminated.line, row: unterminated.row),
                      "A quoted field starting in this row never closes; the rest of the file cannot be read.")
    }

    // MARK: Venues

    private func parseVenues(_ reader: inout CSVReader, header: CSVHeaderMap, issues: inout IssueCollector) throws -> [Venue] {
        var venues: [Venue] = []
        var references: Set<String> = []
        var names: Set<String> = []
        var record = reader.makeRecord()
        while try reader.next(into: &record) {
            if record.isBlank { continue }
            guard record.count == header.count else {
                issues.error("wrong-field-count", at: SourceLocation(line: record.line, row: record.row),
                             "The row has \(record.count) fields but the header has \(header.count); the row is skipped.")
                continue
            }
            let value = { (name: String) in header.value(name, in: record) }
            var missing = false
            for required in ["YOUR_VENUE_REFERENCE", "VENUE_NAME", "POSTCODE"] where value(required) == nil {
                issues.error("missing-value", at: header.location(required, in: record), field: required, "\(required) is required; the venue is skipped.")
                missing = true
            }
            guard !missing, let reference = value("YOUR_VENUE_REFERENCE"), let name = value("VENUE_NAME") else { continue }
            guard references.insert(reference.lowercased()).inserted, names.insert(name.lowercased()).inserted else {
                issues.error("duplicate-venue", at: header.location("YOUR_VENUE_REFERENCE", in: record), field: "YOUR_VENUE_REFERENCE",
                             "The venue \(reference) (\(name)) appears twice; the second is skipped.")
                continue
            }
            let postcode = value("POSTCODE")
            if let postcode, District.forPostcode(postcode) == nil {
                issues.warn("bad-postcode", at: header.location("POSTCODE", in: record), field: "POSTCODE", "\"\(postcode)\" is not a UK postcode.")
            }
            var phone = value("PHONE")
            if let digits = phone?.filter({ !$0.isWhitespace }), digits.count == 10, digits.allSatisfy(\.isNumber), digits.first != "0" {
                phone = "0" + digits  // Excel drops the leading zero.
            }
            let address = Address(lines: [value("ADDRESS_LINE_1"), value("ADDRESS_LINE_2")].compactMap { $0 },
                                  town: value("TOWN_OR_CITY"), county: value("COUNTY"), postcode: postcode)
            venues.append(Venue(reference: reference, name: name, address: address, email: value("EMAIL"), phone: phone,
                                website: TextCleaning.normaliseURL(value("WEBSITE"))?.url))
        }
        if venues.isEmpty, issues.errorCount == 0 {
            throw FeedRejection(code: "no-rows", at: SourceLocation(line: 1, row: 1), "The file has a header row but no venue rows.", format: .dfeVenueCSV)
        }
        return venues
    }
}
