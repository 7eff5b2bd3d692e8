@testable import CatalogueImport
import Domain
import Foundation
import Testing

// MARK: - Reading rows on two threads

@Suite("CSV rows read in two halves")
struct CSVTwoHalvesTests {
    /// A course file of `rows` rows with problems spread through it: unknown venues named in both
    /// halves, references repeated within a course, ragged and invalid rows, blank lines, quoted line breaks.
    static func feed(rows: Int) -> String {
        var lines = ["LARS_QAN,WHO_THIS_COURSE_IS_FOR,ENTRY_REQUIREMENTS,WHAT_YOU_WILL_LEARN,HOW_YOU_WILL_LEARN,WHAT_YOU_WILL_NEED_TO_BRING,"
            + "HOW_YOU_WILL_BE_ASSESSED,WHERE_NEXT,COURSE_NAME,YOUR_REFERENCE,DELIVERY_MODE,START_DATE,FLEXIBLE_START_DATE,VENUE_NAME,"
            + "YOUR_VENUE_REFERENCE,NATIONAL_DELIVERY,SUB_REGION,COURSE_WEBPAGE,COST,COST_DESCRIPTION,DURATION,DURATION_UNIT,STUDY_MODE,ATTENDANCE_PATTERN"]
        for row in 0..<rows {
            let course = row / 3
            let reference = row % 6 == 5 ? "R\(row - 1)" : "R\(row)"  // some runs of a course share a reference
            let venue = ["Annexe \(row % 5)", "", "Main Site"][row % 3]
            let date = row % 97 == 0 ? "31/02/2027" : "07/09/2027"  // an invalid date now and then
            var line = "\(60_000_000 + course),\"For adults, \"\"returners\"\"\nand others \(course)\",Entry \(course),Learn,How,Bring,Assessed,Next,"
                + "Course \(course),\(reference),\(venue.isEmpty ? "Online" : "Classroom based"),\(date),No,\(venue),,,,example.ac.uk/\(course),"
                + "\(row % 50).00,,\(row % 20 + 1),Weeks,\(venue.isEmpty ? "" : "Part time"),\(venue.isEmpty ? "" : "Evening")"
            if row % 211 == 0 { line += ",extra" }  // ragged
            lines.append(line)
            if row % 503 == 0 { lines.append("") }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func parse(_ text: String, parallelFrom: Int) throws -> (courses: [Course], warnings: [ImportIssue], errors: [ImportIssue]) {
        var parser = DfECSVParser(today: "2026-11-21", knownVenues: [Venue(reference: "MS", name: "Main Site")])
        parser.parallelFrom = parallelFrom
        var issues = IssueCollector()
        let (_, content) = try Array(text.utf8).withUnsafeBufferPointer { try parser.parse($0, issues: &issues) }
        guard case .courses(let courses) = content else { throw FixtureMissing(name: "courses") }
        let (warnings, errors) = issues.finished()
        return (courses, warnings, errors)
    }

    @Test("two halves give the same courses, runs, warnings and errors, in the same order, as one pass")
    func sameAsOnePass() throws {
        let text = Self.feed(rows: 3_000)
        let onePass = try Self.parse(text, parallelFrom: .max)
        let halves = try Self.parse(text, parallelFrom: 0)
        #expect(onePass.courses.count > 900)
        #expect(Set(onePass.warnings.map(\.code)).isSuperset(of: ["unknown-venue", "duplicate-run", "url-scheme"]))
        #expect(Set(onePass.errors.map(\.code)) == ["wrong-field-count", "bad-date"])
        #expect(onePass.warnings.filter { $0.code == "unknown-venue" }.count == 5)  // once per venue, across both halves
        #expect(halves.courses == onePass.courses)
        #expect(halves.warnings == onePass.warnings)
        #expect(halves.errors == onePass.errors)
    }

    @Test("an unclosed quote in the second half rejects the file the same way")
    func unterminatedInSecondHalf() throws {
        let text = Self.feed(rows: 600) + "60000001,\"never closed,\r\n"
        for parallelFrom in [0, Int.max] {
            #expect {
                _ = try Self.parse(text, parallelFrom: parallelFrom)
            } throws: { error in
                (error as? FeedRejection)?.issues.first?.code == "unterminated-quote"
            }
        }
    }
}
