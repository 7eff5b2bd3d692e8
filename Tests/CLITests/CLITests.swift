import ArgumentParser
@testable import CLI
import Domain
import Foundation
import Testing

// MARK: - Command line

@Suite("Command line")
struct CLITests {
    @Test("import parses its options")
    func importOptions() throws {
        let command = try #require(try Skillway.parseAsRoot(["import", "feed.xml", "--provider", "kidderminster-college", "--strict", "--dry-run", "--json", "--max-size", "10MB", "--db", "/tmp/x.sqlite"]) as? Skillway.Import)
        #expect(command.file == "feed.xml")
        #expect(command.provider.rawValue == "kidderminster-college")
        #expect(command.strict && command.dryRun && command.json)
        #expect(command.maxSize.bytes == 10 * 1_048_576)
        #expect(command.database.resolvedPath == "/tmp/x.sqlite")
    }

    @Test("a provider id that is not a slug is refused at parse time")
    func badProvider() {
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["import", "feed.xml", "--provider", "Not A Slug"]) }
    }

    @Test("serve defaults to port 8080 and validates the port")
    func serve() throws {
        let command = try #require(try Skillway.parseAsRoot(["serve"]) as? Skillway.Serve)
        #expect(command.port == 8080)
        #expect(command.maxFeedSize.bytes == 5 * 1_048_576)
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["serve", "--port", "70000"]) }
    }

    @Test("course search parses filters and rejects bad dates")
    func search() throws {
        let command = try #require(try Skillway.parseAsRoot(["courses", "search", "welding", "--route", "ENGMAN", "--district", "wyre-forest", "--min-level", "entry", "--max-level", "3", "--sort", "start"]) as? Skillway.Courses.Search)
        #expect(command.route == [.engineeringAndManufacturing])
        #expect(command.district == [.wyreForest])
        #expect(command.minLevel == .entry)
        #expect(command.maxLevel == Level(rank: 3))
        #expect(command.sort == .startDate)
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["courses", "search", "--start-from", "next week"]) }
    }

    @Test("sizes read as bytes", arguments: [("5MB", 5_242_880), ("500KB", 512_000), ("2.5 MB", 2_621_440), ("1048576", 1_048_576)])
    func sizes(text: String, bytes: Int) {
        #expect(ByteSize(argument: text)?.bytes == bytes)
    }

    @Test("an import report reads plainly, errors first")
    func reportText() {
        var report = ImportReport(provider: ProviderID(rawValue: "wcg")!, dryRun: false, strict: false)
        report.source = "courses.csv"
        report.format = .dfeCourseCSV
        report.accepted = true
        report.applied = true
        report.courses = 2
        report.runs = 3
        report.created = 2
        report.errors = [ImportIssue(.error, code: "bad-date", at: SourceLocation(line: 7, column: 12, row: 5, element: "START_DATE"), field: "START_DATE", "\"31/02/2027\" is not a date.")]
        let text = ReportText.render(report)
        #expect(text.hasPrefix("Import of courses.csv for wcg (dfe-course-csv): applied"))
        #expect(text.contains("courses 2 read: 2 created, 0 updated, 0 unchanged, 0 removed"))
        #expect(text.contains("error: row 5 line 7 column 12 (START_DATE): \"31/02/2027\" is not a date. [START_DATE]"))
    }
}

// MARK: - Admin, backup and restore commands

@Suite("Admin command line")
struct AdminCommandTests {
    @Test("admin commands parse their arguments and refuse bad ids, kinds and lifetimes")
    func parsing() throws {
        let create = try #require(try Skillway.parseAsRoot(["admin", "org", "create", "wcg", "--name", "WCG", "--kind", "provider", "--ukprn", "10007459"]) as? Skillway.Admin.Org.Create)
        #expect(create.id.rawValue == "wcg" && create.kind == .provider && create.ukprn == "10007459")
        let issue = try #require(try Skillway.parseAsRoot(["admin", "token", "issue", "wcg", "--name", "feeds", "--days", "30"]) as? Skillway.Admin.Token.Issue)
        #expect(issue.days == 30)
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["admin", "token", "issue", "wcg", "--name", "feeds", "--days", "400"]) }
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["admin", "org", "create", "Not Slug", "--name", "X", "--kind", "provider"]) }
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["admin", "org", "create", "x", "--name", "X", "--kind", "wizard"]) }
        let audit = try #require(try Skillway.parseAsRoot(["admin", "audit", "--outcome", "denied", "--limit", "10"]) as? Skillway.Admin.Audit)
        #expect(audit.outcome == .denied)
        #expect(try Skillway.parseAsRoot(["backup", "out.sqlite"]) is Skillway.Backup)
        let restore = try #require(try Skillway.parseAsRoot(["restore", "in.sqlite", "--yes"]) as? Skillway.Restore)
        #expect(restore.yes)
    }
}
