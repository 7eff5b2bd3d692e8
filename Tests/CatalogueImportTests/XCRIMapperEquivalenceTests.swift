@testable import CatalogueImport
import Domain
import Foundation
import Testing

// MARK: - The streaming mapper against the tree mapper it replaced

/// Runs the production parser and the old tree-based one (`LegacyXML/`, kept as an oracle) over every
/// XCRI-CAP feed in the repository and a set of awkward hand-written ones, and requires the same
/// providers, courses, warnings and errors (with lines and columns), formats and failures.
@Suite("XCRI-CAP streaming mapper matches the tree mapper")
struct XCRIMapperEquivalenceTests {
    /// What one parser made of one feed.
    struct Outcome: Equatable, CustomStringConvertible {
        var format: FeedFormat?
        var providers: [ProviderDetails] = []
        var courses: [Course] = []
        var issues: [ImportIssue] = []
        var failure: String?

        var description: String {
            "format \(String(describing: format)), \(providers.count) providers, \(courses.count) courses, \(issues.count) issues, failure \(failure ?? "none")"
        }
    }

    // MARK: Feeds

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every `.xml` file in the bundled fixtures, `Catalogue/feeds/` and (when present beside the
    /// package, as on the team's machines) `../shared/data/feeds/`.
    static func feedFiles() -> [URL] {
        var folders = [packageRoot.appendingPathComponent("Catalogue/feeds"), packageRoot.appendingPathComponent("../shared/data/feeds")]
        if let fixtures = Bundle.module.resourceURL?.appendingPathComponent("Fixtures") { folders.append(fixtures) }
        var files: [URL] = []
        for folder in folders {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension.lowercased() == "xml" { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test("the repository's feeds and fixtures are all found")
    func feedsFound() {
        let names = Set(Self.feedFiles().map(\.lastPathComponent))
        #expect(names.isSuperset(of: ["heart-of-worcestershire-college.xml", "university-of-worcester.xml", "xcri12-variants.xml",
                                      "synthetic-poppleton-pg-generic-2015.xml", "xcri12-one-line.xml", "xcri11-basic.xml"]))
        #expect(names.count >= 18)
    }

    @Test("same outcome for every feed file", arguments: feedFiles())
    func sameForFile(_ url: URL) throws {
        let data = try Data(contentsOf: url)
        try compare(data, name: url.lastPathComponent)
    }

    @Test("same outcome for awkward hand-written feeds", arguments: Array(EquivalenceFeeds.all.indices))
    func sameForHandWritten(_ index: Int) throws {
        try compare(Data(EquivalenceFeeds.all[index].utf8), name: "awkward-\(index).xml")
    }

    // MARK: Running both

    private func compare(_ data: Data, name: String) throws {
        let new = Self.run(data, name: name) { source, encoding in
            let parser = XCRIParser(source: source, sourceName: name, encoding: encoding, today: "2026-11-21")
            return (parser.parse, { parser.format }, parser.resolvedIssues)
        }
        let old = Self.run(data, name: name) { source, encoding in
            let parser = LegacyXCRIParser(source: source, sourceName: name, encoding: encoding, today: "2026-11-21")
            return (parser.parse, { parser.format }, parser.resolvedIssues)
        }
        #expect(new.failure == old.failure, "\(name)")
        #expect(new.format == old.format, "\(name)")
        #expect(new.providers == old.providers, "\(name)")
        #expect(new.courses.count == old.courses.count, "\(name)")
        for (mine, theirs) in zip(new.courses, old.courses) where mine != theirs {
            Issue.record("\(name): course \(theirs.sourceID) differs:\nnew \(mine)\nold \(theirs)")
        }
        #expect(new.issues == old.issues, "\(name)")
        // A feed that yields nothing would make the comparison empty: the repository's feeds all say something.
        #expect(!old.courses.isEmpty || !old.providers.isEmpty || !old.issues.isEmpty || old.failure != nil, "\(name)")
    }

    typealias Parse = (_ onProvider: (ProviderDetails) throws -> Void, _ onCourse: (Course) throws -> Void) throws -> Void

    /// Parses like the importer does: strict first, then the same repairs one at a time.
    private static func run(_ data: Data, name: String, make: (FeedSource, String?) -> (Parse, () -> FeedFormat, () -> [ImportIssue])) -> Outcome {
        var repairs: [XMLRepair] = []
        var bytes = data
        while true {
            var outcome = Outcome()
            let (parse, format, issues) = make(.data(bytes), repairs.contains(.latin1) ? "ISO-8859-1" : nil)
            do {
                try parse({ outcome.providers.append($0) }, { outcome.courses.append($0) })
                outcome.format = format()
                outcome.issues = issues()
                outcome.failure = repairs.isEmpty ? nil : "repaired: \(repairs)"
                return outcome
            } catch let failure as XMLReadFailure {
                if let primary = failure.primary, repairs.count < 4, let repair = XMLRepair.repair(for: primary, alreadyTried: repairs) {
                    repairs.append(repair)
                    bytes = repair.apply(to: bytes)
                    continue
                }
                outcome.failure = failure.primary.map { "not well-formed at \($0.line):\($0.column): \($0.message)" } ?? "unreadable"
                return outcome
            } catch {
                outcome.failure = "\(error)"
                outcome.issues = issues()
                return outcome
            }
        }
    }
}
