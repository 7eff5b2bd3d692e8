import CatalogueImport
import Domain
import Foundation
import GRDB
import Storage
import Testing

// MARK: - Restoring across page sizes

@Suite("Restore across page sizes")
struct RestorePageSizeTests {
    static let provider = ProviderID(rawValue: "redditch-adult-learning")!

    /// A small XCRI-CAP feed whose courses all mention `word`.
    static func feed(_ courses: Int, word: String) -> Data {
        var text = #"<catalog xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/"><provider><dc:title>Redditch Adult Learning</dc:title>"#
        for index in 0..<courses {
            text += "<course><dc:identifier>c-\(index)</dc:identifier><dc:title>\(word) skills \(index)</dc:title>"
            text += "<dc:description>Practical \(word) for beginners, part \(index).</dc:description></course>"
        }
        return Data((text + "</provider></catalog>").utf8)
    }

    /// A database file at `path` whose pages are `pageSize` bytes: the page size is fixed on an
    /// empty file before Skillway opens and migrates it.
    static func open(_ path: URL, pageSize: Int) throws -> AppDatabase {
        let queue = try DatabaseQueue(path: path.path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA page_size = \(pageSize)")
            try db.execute(sql: "CREATE TABLE page_size_marker (id INTEGER); DROP TABLE page_size_marker")
        }
        try queue.close()
        return try AppDatabase.open(path: path.path)
    }

    static func pageSize(_ database: AppDatabase) throws -> Int {
        try database.reader.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0 }
    }

    static func scratch(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("skillway-\(UUID().uuidString)-\(name)")
    }

    static func remove(_ urls: [URL]) {
        for url in urls {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
        }
    }

    @Test("a new database has 8 KiB pages; one created with 4 KiB pages keeps them")
    func newDatabasePageSize() throws {
        let fresh = Self.scratch("fresh.sqlite")
        let old = Self.scratch("old.sqlite")
        defer { Self.remove([fresh, old]) }
        #expect(try Self.pageSize(AppDatabase.open(path: fresh.path)) == 8192)
        _ = try Self.open(old, pageSize: 4096)
        #expect(try Self.pageSize(AppDatabase.open(path: old.path)) == 4096)
    }

    @Test("a backup restores into a database with the other page size, both ways", arguments: [(4096, 8192), (8192, 4096)])
    func restoreAcrossPageSizes(from sourcePageSize: Int, into targetPageSize: Int) async throws {
        let livePath = Self.scratch("live.sqlite")
        let backup = Self.scratch("backup.sqlite")
        // The target sits in a folder of its own: the restore's working copy is made beside it.
        let targetFolder = Self.scratch("target")
        try FileManager.default.createDirectory(at: targetFolder, withIntermediateDirectories: true)
        let targetPath = targetFolder.appendingPathComponent("target.sqlite")
        defer {
            Self.remove([livePath, backup])
            try? FileManager.default.removeItem(at: targetFolder)
        }

        let live = try Self.open(livePath, pageSize: sourcePageSize)
        let imported = try await CatalogueImporter(store: live).importFeed(Self.feed(120, word: "welding"), provider: Self.provider)
        #expect(imported.applied && imported.courses == 120)
        try live.backup(to: backup)
        let backupBytes = try Data(contentsOf: backup)

        // The target already holds another provider's courses; a restore replaces them all.
        let target = try Self.open(targetPath, pageSize: targetPageSize)
        _ = try await CatalogueImporter(store: target).importFeed(Self.feed(30, word: "plumbing"), provider: ProviderID(rawValue: "other")!)
        #expect(try Self.pageSize(target) == targetPageSize)
        try target.restore(from: backup)

        #expect(try Self.pageSize(target) == targetPageSize)
        #expect(try Data(contentsOf: backup) == backupBytes)
        // No working copy (or its journal) is left beside the database.
        let left = try FileManager.default.contentsOfDirectory(atPath: targetFolder.path)
        #expect(!left.contains { $0.hasPrefix(".skillway-restore-") }, "left behind: \(left)")
        let check = try await target.reader.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"])
        let providers = try await target.providers()
        #expect(providers.map(\.provider.id) == [Self.provider])
        #expect(providers.first?.courseCount == 120)
        let original = try await live.searchCourses(CourseSearchQuery(text: "welding beginners"))
        let restored = try await target.searchCourses(CourseSearchQuery(text: "welding beginners"))
        #expect(restored.total == 120)
        #expect(restored.results.map(\.title) == original.results.map(\.title))
        #expect(restored.results.map(\.summary) == original.results.map(\.summary))
        #expect(try await target.searchCourses(CourseSearchQuery(text: "plumbing")).total == 0)

        // The restored database takes new imports as usual.
        let again = try await CatalogueImporter(store: target).importFeed(Self.feed(120, word: "welding"), provider: Self.provider)
        #expect(again.applied && again.unchanged == 120)
    }
}
