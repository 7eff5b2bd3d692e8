@testable import CatalogueImport
import Domain
import Foundation
import Testing

// MARK: - Rows that repeat their course's descriptions

@Suite("CSV rows repeating descriptions")
struct CSVRepeatedRowsTests {
    static let header = "LARS_QAN,WHO_THIS_COURSE_IS_FOR,ENTRY_REQUIREMENTS,WHAT_YOU_WILL_LEARN,HOW_YOU_WILL_LEARN,WHAT_YOU_WILL_NEED_TO_BRING,HOW_YOU_WILL_BE_ASSESSED,WHERE_NEXT,COURSE_NAME,YOUR_REFERENCE,DELIVERY_MODE,START_DATE,FLEXIBLE_START_DATE,VENUE_NAME,YOUR_VENUE_REFERENCE,NATIONAL_DELIVERY,SUB_REGION,COURSE_WEBPAGE,COST,COST_DESCRIPTION,DURATION,DURATION_UNIT,STUDY_MODE,ATTENDANCE_PATTERN"

    /// One online row of course `lars` with the seven description fields as written (already quoted
    /// where they need it).
    static func row(_ lars: String, _ descriptions: [String], reference: String, cost: String = "295.00") -> String {
        "\(lars),\(descriptions.joined(separator: ",")),Level 2 Welding,\(reference),Online,07/09/2027,No,,,,,https://example.ac.uk/w,\(cost),,10,Weeks,,"
    }

    static let plain = ["\"Adults new to welding.\"", "None", "\"Safe use of MIG, TIG and arc sets.\"", "Workshop practice",
                        "Boots", "Practical test", "Level 3 fabrication"]

    static func parse(_ text: String) throws -> (courses: [Course], issues: IssueCollector) {
        var issues = IssueCollector()
        let bytes = Array(text.utf8)
        let parser = DfECSVParser(today: "2027-01-01", knownVenues: [], parallelFrom: .max)
        let content = try bytes.withUnsafeBufferPointer { try parser.parse($0, issues: &issues) }
        guard case .courses(let courses) = content.1 else { throw CSVTestFailure() }
        return (courses, issues)
    }

    struct CSVTestFailure: Error {}

    @Test("rows with the same description bytes are one course; each row's own warnings are still reported where they are")
    func repeatedDescriptions() throws {
        var withMarkup = Self.plain
        withMarkup[3] = "\"<p>Workshop <b>practice</b></p>\""
        var escaped = Self.plain
        escaped[2] = "\"Safe use of \"\"MIG\"\" sets.\""
        let text = ([Self.header]
            + (1...3).map { Self.row("60312345", Self.plain, reference: "A\($0)") }
            + (1...3).map { Self.row("60398765", withMarkup, reference: "B\($0)") }
            + (1...2).map { Self.row("6031111", escaped, reference: "C\($0)") }
            + [Self.row("60312345", Self.plain.map { $0 == "Boots" ? "Gloves" : $0 }, reference: "D1")]).joined(separator: "\r\n") + "\r\n"
        let (courses, issues) = try Self.parse(text)

        #expect(courses.map(\.runs.count) == [3, 3, 2, 1])
        #expect(courses[0].whatYouWillLearn == "Safe use of MIG, TIG and arc sets.")
        #expect(courses[0].whatYouWillNeedToBring == "Boots")
        #expect(courses[3].whatYouWillNeedToBring == "Gloves")
        #expect(courses[1].howYouWillLearn == "Workshop practice")
        #expect(courses[2].whatYouWillLearn == "Safe use of \"MIG\" sets.")
        // The markup warning belongs to every row that has markup, not only the first of its course.
        let markup = issues.warnings.filter { $0.code == "html-in-text" }
        #expect(markup.map(\.location.row) == [5, 6, 7])
        #expect(markup.allSatisfy { $0.field == "HOW_YOU_WILL_LEARN" })
        // Likewise the short LARS code of both rows of the third course.
        #expect(issues.warnings.filter { $0.code == "lars-padded" }.map(\.location.row) == [8, 9])
    }

    @Test("the remembered text is only reused for identical bytes", arguments: [
        ("\"Adults new to welding.\"", "\"Adults new to welding!\""),
        ("\"Adults new to welding.\"", "\"Adults new to welding. \""),
        ("\"Adults new to welding.\"", ""),
        ("", "\"Adults new to welding.\""),
    ])
    func differentBytes(first: String, second: String) throws {
        var a = Self.plain
        a[0] = first
        var b = Self.plain
        b[0] = second
        let text = [Self.header, Self.row("60312345", a, reference: "A1"), Self.row("60312345", b, reference: "A2")].joined(separator: "\n")
        let (courses, _) = try Self.parse(text)
        let trimmedFirst = first.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        let trimmedSecond = second.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        if trimmedFirst == trimmedSecond {
            #expect(courses.count == 1)
        } else {
            #expect(courses.map(\.summary) == [trimmedFirst.isEmpty ? nil : trimmedFirst, trimmedSecond.isEmpty ? nil : trimmedSecond])
        }
    }

    // MARK: Column look-up

    @Test("the column table finds every column the dictionary has, and nothing else")
    func columnLookup() {
        let names = CSVTemplate.allCases.flatMap(\.columns) + Array(CSVTemplate.aliases.keys) + ["SECTOR", "A", "AB", "ABC", ""]
        var dictionary: [String: Int] = [:]
        for (position, name) in Set(names).sorted().enumerated() where !name.isEmpty && !name.hasPrefix("A") { dictionary[name] = position }
        let lookup = ColumnLookup(dictionary)
        for name in Set(names) {
            #expect(lookup.index(name) == dictionary[name], "\(name)")
        }
        #expect(lookup.index("COURSE_NAMEX") == nil)
        #expect(lookup.index("course_name") == nil)
    }

    // MARK: Byte fast paths give the general path's answers

    @Test("costs: plain decimals read on bytes agree with the general rules")
    func costs() {
        #expect(CostParsing.decimalPence("295.00") == 29_500)
        #expect(CostParsing.decimalPence("295") == 29_500)
        #expect(CostParsing.decimalPence("295.") == 29_500)
        #expect(CostParsing.decimalPence("295.5") == 29_550)
        #expect(CostParsing.decimalPence("295.120") == 29_512)
        #expect(CostParsing.decimalPence("295.1200") == 29_512)
        #expect(CostParsing.decimalPence("295.123") == nil)
        #expect(CostParsing.decimalPence("295.12000") == nil)
        #expect(CostParsing.decimalPence("0295.05") == 29_505)
        #expect(CostParsing.decimalPence("9999999.99") == 999_999_999)
        #expect(CostParsing.decimalPence("10000000") == nil)
        #expect(CostParsing.decimalPence(".50") == nil)
        #expect(CostParsing.decimalPence("1,295.00") == 129_500)
        #expect(CostParsing.decimalPence("£295") == 29_500)
        #expect(CostParsing.decimalPence("295.0a") == nil)
    }

    @Test("dates: d/M/yyyy digits read on bytes agree with the general rules")
    func dates() {
        #expect(DateParsing.parseUK("07/09/2027")?.iso == "2027-09-07")
        #expect(DateParsing.parseUK("7/9/2027")?.iso == "2027-09-07")
        #expect(DateParsing.parseUK(" 7/9/2027 ")?.iso == "2027-09-07")
        #expect(DateParsing.parseUK("31/02/2027") == nil)
        #expect(DateParsing.parseUK("07/09/27") == nil)
        #expect(DateParsing.parseUK("007/09/2027") == nil)
        #expect(DateParsing.parseUK("07/09/2027/1") == nil)
        #expect(DateParsing.parseUK("07-09-2027") == nil)
        #expect(DateParsing.parseUK("//2027") == nil)
    }

    @Test("web addresses: ASCII ones checked on bytes agree with the general rules")
    func addresses() {
        #expect(TextCleaning.normaliseURL("https://example.ac.uk/c1")! == ("https://example.ac.uk/c1", false))
        #expect(TextCleaning.normaliseURL("HTTP://Example.ac.uk")! == ("HTTP://Example.ac.uk", false))
        #expect(TextCleaning.normaliseURL("www.example.ac.uk")! == ("https://www.example.ac.uk", true))
        #expect(TextCleaning.normaliseURL("https://example.ac.uk/a b") == nil)
        #expect(TextCleaning.normaliseURL("enquiries@example.ac.uk") == nil)
        #expect(TextCleaning.normaliseURL("see website") == nil)
        #expect(TextCleaning.normaliseURL("https://exämple.ac.uk")! == ("https://exämple.ac.uk", false))
        #expect(TextCleaning.normaliseURL("https") == nil)
    }
}
