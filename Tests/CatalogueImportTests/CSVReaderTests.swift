@testable import CatalogueImport
import Domain
import Foundation
import Testing

// MARK: - The byte-range CSV reader

@Suite("CSV reader")
struct CSVReaderTests {
    /// Every record of `text` as (line, row, field values).
    static func read(_ text: String) throws -> [(line: Int, row: Int, fields: [String])] {
        try read(Array(text.utf8))
    }

    static func read(_ bytes: [UInt8]) throws -> [(line: Int, row: Int, fields: [String])] {
        try bytes.withUnsafeBufferPointer { buffer in
            var reader = CSVReader(bytes: buffer)
            var record = reader.makeRecord()
            var records: [(line: Int, row: Int, fields: [String])] = []
            while try reader.next(into: &record) {
                records.append((record.line, record.row, record.fields.indices.map { record.string($0) }))
            }
            return records
        }
    }

    @Test("quoted commas, doubled quotes and text after a closing quote")
    func quoting() throws {
        let records = try Self.read("a,\"b, c\",\"say \"\"hi\"\"\",\"x\"y,\"\"\"\"\n")
        #expect(records.count == 1)
        #expect(records[0].fields == ["a", "b, c", "say \"hi\"", "xy", "\""])
    }

    @Test("line breaks inside quotes stay in the field and count towards the next record's line")
    func lineBreaksInQuotes() throws {
        let records = try Self.read("h1,h2\r\n\"one\r\ntwo\nthree\",x\r\nlast,row\r\n")
        #expect(records.map(\.fields) == [["h1", "h2"], ["one\r\ntwo\nthree", "x"], ["last", "row"]])
        #expect(records.map(\.line) == [1, 2, 5])  // the quoted field spans lines 2–4
        #expect(records.map(\.row) == [1, 2, 3])
    }

    @Test("a byte-order mark is skipped; CR, LF and CRLF all end records; no record after the last line end")
    func bomAndLineEnds() throws {
        let records = try Self.read([0xEF, 0xBB, 0xBF] + Array("a,b\rc,d\ne,f\r\n".utf8))
        #expect(records.map(\.fields) == [["a", "b"], ["c", "d"], ["e", "f"]])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test("empty fields, including trailing ones and one at the very end of the file, are kept")
    func emptyFields() throws {
        let records = try Self.read("a,,\r\n,,\r\nx,\"\",")
        #expect(records.map(\.fields) == [["a", "", ""], ["", "", ""], ["x", "", ""]])
    }

    @Test("an unclosed quote is reported at the record it starts in")
    func unterminated() throws {
        #expect(throws: CSVReader.UnterminatedQuote.self) { try Self.read("a,b\r\nc,\"never\nclosed\n") }
        do {
            _ = try Self.read("a,b\r\nc,\"never\nclosed\n")
        } catch let error as CSVReader.UnterminatedQuote {
            #expect((error.line, error.row) == (2, 2))
        }
    }

    @Test("values are trimmed of spaces, tabs, line breaks and no-break spaces; blank rows are recognised")
    func trimmingAndBlankRows() throws {
        let text = " \u{A0}padded\t ,\"\r\n\",é\u{A0}, \t\n\u{3000},,\r\n"
        try Array(text.utf8).withUnsafeBufferPointer { (buffer) throws in
            var reader = CSVReader(bytes: buffer)
            var record = reader.makeRecord()
            #expect(try reader.next(into: &record))
            #expect(record.trimmed(0) == "padded")
            #expect(record.trimmed(1) == nil)
            #expect(record.trimmed(2) == "é")
            #expect(!record.isBlank)
            #expect(try reader.next(into: &record))
            #expect(record.count == 3)
            #expect(record.isBlank)  // an ideographic space is white space too
            #expect(try !reader.next(into: &record))
        }
    }

    @Test("long quoted fields: line breaks and doubled quotes far into the text are found, and lines counted")
    func longQuotedFields() throws {
        let long = String(repeating: "word ", count: 400)
        let text = "h1,h2\n\"\(long)\n\(long)\r\n\(long)\",x\n\"\(long)\"\"quoted\"\"\(long)\",\"\(long)\"\nlast,\"\(long)\"\n"
        let records = try Self.read(text)
        #expect(records.map(\.fields) == [["h1", "h2"], ["\(long)\n\(long)\r\n\(long)", "x"], ["\(long)\"quoted\"\(long)", long], ["last", long]])
        #expect(records.map(\.line) == [1, 2, 5, 6])  // the second record's first field spans lines 2–4
        let unterminated = "a,b\nc,\"\(long)\n\(long)\n"
        #expect(throws: CSVReader.UnterminatedQuote.self) { try Self.read(unterminated) }
    }

    @Test("column positions resolved once per file agree with look-ups by name, in every course template")
    func resolvedColumns() throws {
        let headers = [
            CSVTemplate.course.columns + ["SECTOR"],
            CSVTemplate.course.columns.filter { $0 != "YOUR_VENUE_REFERENCE" }.reversed(),
            CSVTemplate.legacyCourse.columns,
            CSVTemplate.nonLars.columns.shuffled(),
        ]
        let names = ["LARS_QAN", "COURSE_NAME", "SECTOR", "COURSE_TYPE", "EDUCATION_LEVEL", "AWARDING_BODY", "YOUR_REFERENCE",
                     "DELIVERY_MODE", "FLEXIBLE_START_DATE", "START_DATE", "VENUE_NAME", "YOUR_VENUE_REFERENCE", "NATIONAL_DELIVERY",
                     "REGION", "SUB_REGION", "COURSE_WEBPAGE", "COST_DESCRIPTION", "COST", "DURATION", "DURATION_UNIT", "STUDY_MODE",
                     "ATTENDANCE_PATTERN", "ADULT_EDUCATION_BUDGET", "ADVANCED_LEARNER_OPTION"]
        for columns in headers {
            let line = columns.joined(separator: ",") + "\n"
            try Array(line.utf8).withUnsafeBufferPointer { (bytes) throws in
                var reader = CSVReader(bytes: bytes)
                var record = reader.makeRecord()
                #expect(try reader.next(into: &record))
                var issues = IssueCollector()
                let header = try CSVHeaderMap.make(record, issues: &issues)
                let resolved = header.resolved
                let positions = [resolved.larsQan, resolved.courseName, resolved.sector, resolved.courseType, resolved.educationLevel,
                                 resolved.awardingBody, resolved.yourReference, resolved.deliveryMode, resolved.flexibleStartDate,
                                 resolved.startDate, resolved.venueName, resolved.yourVenueReference, resolved.nationalDelivery,
                                 resolved.region, resolved.subRegion, resolved.courseWebpage, resolved.costDescription, resolved.cost,
                                 resolved.duration, resolved.durationUnit, resolved.studyMode, resolved.attendancePattern,
                                 resolved.adultEducationBudget, resolved.advancedLearnerOption]
                #expect(positions == names.map(header.index))
                #expect(resolved.descriptions == CSVTemplate.descriptionColumns.map(header.index))
                #expect(positions.compactMap { $0 }.count > 15)
            }
        }
    }

    @Test("invalid UTF-8 is read with replacement characters rather than dropped")
    func invalidUTF8() throws {
        let records = try Self.read(Array("a,".utf8) + [0xFF, 0x41] + Array("\n".utf8))
        #expect(records[0].fields == ["a", "\u{FFFD}A"])
    }

    @Test("through the importer: ragged rows are located errors, quoted commas and line breaks import")
    func raggedRowsThroughImporter() async throws {
        let catalogue = try TestCatalogue()
        let header = "LARS_QAN,WHO_THIS_COURSE_IS_FOR,ENTRY_REQUIREMENTS,WHAT_YOU_WILL_LEARN,HOW_YOU_WILL_LEARN,WHAT_YOU_WILL_NEED_TO_BRING,"
            + "HOW_YOU_WILL_BE_ASSESSED,WHERE_NEXT,COURSE_NAME,YOUR_REFERENCE,DELIVERY_MODE,START_DATE,FLEXIBLE_START_DATE,VENUE_NAME,"
            + "YOUR_VENUE_REFERENCE,NATIONAL_DELIVERY,SUB_REGION,COURSE_WEBPAGE,COST,COST_DESCRIPTION,DURATION,DURATION_UNIT,STUDY_MODE,ATTENDANCE_PATTERN"
        let good = "60312345,\"Adults, returning \"\"to\"\" work\",\"Line one\r\nLine two\",Learn,How,Bring,Assessed,Next,"
            + "\"Bookkeeping, Level 2\",R1,Online,07/09/2027,No,,,,,,295.00,,10,Weeks,,"
        let short = "60312345,Who,Entry,Learn,How,Bring,Assessed,Next,Short row,R2,Online"
        let long = good.replacingOccurrences(of: ",R1,", with: ",R3,") + ",extra"
        let report = try await catalogue.importText([header, good, "", short, long].joined(separator: "\r\n") + "\r\n")
        #expect(report.applied)
        #expect((report.courses, report.runs) == (1, 1))
        #expect(report.errorCodes == ["wrong-field-count", "wrong-field-count"])
        // the good row spans lines 2–3; a blank line 4; the short row is line 5, row 4 (the blank record is row 3)
        #expect(report.errors.map(\.location.line) == [5, 6])
        #expect(report.errors.map(\.location.row) == [4, 5])
        let course = try #require(try await catalogue.courses().first).course
        #expect(course.title == "Bookkeeping, Level 2")
        #expect(course.summary == "Adults, returning \"to\" work")
        #expect(course.entryRequirements == "Line one\nLine two")
    }
}
