import CatalogueImport
import Domain
import Foundation
import Storage
import Testing

// MARK: - Bad XML input

@Suite("XCRI-CAP bad input")
struct XMLBadInputTests {
    @Test("a feed that is not well-formed is rejected with its line and column, and changes nothing")
    func notWellFormed() async throws {
        let catalogue = try TestCatalogue()
        _ = try await catalogue.importFixture("xcri11-basic.xml")
        let before = try await catalogue.courses()
        let report = try await catalogue.importFixture("xcri12-not-well-formed.xml")
        #expect(!report.applied)
        #expect(!report.accepted)
        let error = try #require(report.errors.first)
        #expect(error.code == "not-well-formed")
        #expect(error.location.line == 4)
        #expect(error.location.column != nil)
        #expect(try await catalogue.courses() == before)
    }

    @Test("an XML document that is not XCRI-CAP is rejected")
    func notXCRI() async throws {
        let report = try await TestCatalogue().importFixture("not-xcri-rss.xml")
        #expect(!report.applied)
        #expect(report.errorCodes == ["not-xcri"])
        #expect(report.errors[0].message.contains("<rss>"))
    }

    @Test("undeclared HTML entities and a blank line before the XML are repaired, with warnings")
    func htmlEntities() async throws {
        let catalogue = try TestCatalogue()
        let report = try await catalogue.importFixture("xcri12-html-entities.xml")
        #expect(report.applied)
        #expect(report.warningCodes.filter { $0 == "repaired" }.count == 2)
        #expect(try await catalogue.courses().first?.course.title == "Café Skills – Level 1")
    }

    @Test("Latin-1 bytes declared as UTF-8 are read as Latin-1, with a warning")
    func latin1() async throws {
        let catalogue = try TestCatalogue()
        let report = try await catalogue.importFixture("xcri12-latin1.xml")
        #expect(report.applied)
        #expect(report.warnings.contains { $0.code == "repaired" && $0.message.contains("ISO-8859-1") })
        #expect(try await catalogue.courses().first?.course.title == "Café Management £200")
    }

    @Test("entities are never expanded and external entities never loaded")
    func entityAttack() async throws {
        let catalogue = try TestCatalogue()
        let report = try await catalogue.importFixture("xcri12-entities-attack.xml")
        #expect(report.applied)
        let title = try #require(try await catalogue.courses().first).course.title
        #expect(title == "Safe")
        #expect(!title.contains("lol"))
        #expect(!title.contains("root:"))
        #expect(report.warnings.filter { $0.message.contains("not expanded") }.count == 2)
    }

    @Test("a feed over the size limit is rejected before it is read")
    func oversize() async throws {
        let catalogue = try TestCatalogue()
        let report = try await catalogue.importFixture("xcri11-basic.xml", options: ImportOptions(maxBytes: 200))
        #expect(!report.applied)
        #expect(report.errorCodes == ["too-large"])
        #expect(report.errors[0].message.contains("limit"))
    }

    @Test("in strict mode one bad record rejects the whole feed; lenient mode imports the rest")
    func strictMode() async throws {
        let catalogue = try TestCatalogue()
        let strict = try await catalogue.importFixture("xcri12-variants.xml", options: ImportOptions(strict: true))
        #expect(!strict.applied)
        #expect(!strict.accepted)
        #expect(strict.errors.count == 2)
        #expect(try await catalogue.courses().isEmpty)
        let lenient = try await catalogue.importFixture("xcri12-variants.xml")
        #expect(lenient.applied)
        #expect(try await catalogue.courses().count == 2)
    }

    @Test("a feed with no courses is refused unless withdrawing everything is asked for")
    func emptyFeed() async throws {
        let catalogue = try TestCatalogue()
        _ = try await catalogue.importFixture("xcri11-basic.xml")
        let empty = #"<catalog xmlns="http://xcri.org/profiles/1.2/catalog"><provider/></catalog>"#
        let refused = try await catalogue.importText(empty)
        #expect(refused.errorCodes == ["no-courses"])
        #expect(try await catalogue.courses().count == 1)
        let withdrawn = try await catalogue.importText(empty, options: ImportOptions(allowEmpty: true))
        #expect(withdrawn.applied)
        #expect(withdrawn.removed == 1)
        #expect(try await catalogue.courses().isEmpty)
    }
}
