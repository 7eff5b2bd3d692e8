import Domain
import Foundation
import GRDB
@testable import Storage
import Testing

// MARK: - A provision begun with no courses

/// What the first test's transaction reports.
private struct Outcome: Sendable {
    var kinds: [ChangeKind]
    var secondRuns: ChangeCounts
    var removed: Int
}

/// `GRDBProvisionWriter` inserts without a lookup while the provider had no courses when the import
/// began; these check that the shortcut keeps the plain path's results.
@Suite("Provision writer, empty start")
struct ProvisionWriterStartTests {
    static func course(_ id: String, title: String, runs: [String]) -> Course {
        Course(sourceID: id, title: title, description: "About \(title).", runs: runs.map { CourseRun(sourceID: $0, title: "\(title) \($0)") })
    }

    @Test("a course named twice in one import of a new provider is stored once, the second put updating it")
    func courseNamedTwice() async throws {
        let database = try AppDatabase.inMemory()
        let provider = ProviderID(rawValue: "twice")!
        let outcome = try await database.withProvision(of: provider) { writer in
            let first = try writer.put(Self.course("C1", title: "Bricklaying", runs: ["R1", "R2"]))
            let other = try writer.put(Self.course("C2", title: "Plastering", runs: ["R1"]))
            let second = try writer.put(Self.course("C1", title: "Bricklaying Level 2", runs: ["R2", "R3"]))
            let removed = try writer.removeCoursesNotPut()
            return (result: Outcome(kinds: [first.course, other.course, second.course], secondRuns: second.runs, removed: removed.courses), commit: true)
        }
        #expect(outcome.kinds == [.created, .created, .updated])
        // R2 kept (title changed with the course's), R3 new, R1 gone.
        #expect(outcome.secondRuns == ChangeCounts(created: 1, updated: 1, removed: 1))
        #expect(outcome.removed == 0)
        let found = try await database.searchCourses(CourseSearchQuery(providers: [provider], limit: 10))
        #expect(found.total == 2)
        let bricklaying = try await database.searchCourses(CourseSearchQuery(text: "bricklaying", providers: [provider], limit: 10))
        #expect(bricklaying.total == 1)
        #expect(bricklaying.results.first?.title == "Bricklaying Level 2")
    }

    @Test("a provider that already has courses still loses the ones an import does not put")
    func existingCoursesRemoved() async throws {
        let database = try AppDatabase.inMemory()
        let provider = ProviderID(rawValue: "existing")!
        _ = try await database.withProvision(of: provider) { writer in
            _ = try writer.put(Self.course("C1", title: "Welding", runs: ["R1"]))
            _ = try writer.put(Self.course("C2", title: "Joinery", runs: ["R1", "R2"]))
            return (result: 0, commit: true)
        }
        let removed = try await database.withProvision(of: provider) { writer in
            let kept = try writer.put(Self.course("C2", title: "Joinery", runs: ["R1", "R2"]))
            let added = try writer.put(Self.course("C3", title: "Roofing", runs: ["R1"]))
            let removed = try writer.removeCoursesNotPut()
            return (result: [kept.course == .unchanged, added.course == .created, removed.courses == 1, removed.runs == 1], commit: true)
        }
        #expect(removed == [true, true, true, true])
        #expect(try await database.searchCourses(CourseSearchQuery(text: "welding", providers: [provider], limit: 10)).total == 0)
        #expect(try await database.searchCourses(CourseSearchQuery(providers: [provider], limit: 10)).total == 2)
    }

    /// A new empty folder in the temporary directory, for a database file of the test's own.
    static func scratchFolder(_ prefix: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("after a provision and its queued checkpoint, the database file alone holds it and auto-checkpointing is back on")
    func checkpointedAfterProvision() async throws {
        let folder = try Self.scratchFolder("provision-checkpoint")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("catalogue.sqlite").path
        let database = try AppDatabase.open(path: path)
        let provider = ProviderID(rawValue: "checkpointed")!
        _ = try await database.withProvision(of: provider) { writer in
            for index in 1...40 {
                _ = try writer.put(Self.course("C\(index)", title: "Carpentry \(index)", runs: ["R1", "R2"]))
            }
            return (result: 0, commit: true)
        }
        try await database.waitForPendingWrites()
        let autocheckpoint = try await database.dbWriter.write { try Int.fetchOne($0, sql: "PRAGMA wal_autocheckpoint") }
        #expect(autocheckpoint == AppDatabase.defaultAutocheckpoint)
        // A copy of the main file without its WAL: only what the checkpoint copied is in it.
        let copy = folder.appendingPathComponent("copy.sqlite").path
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let copied = try AppDatabase.open(path: copy)
        #expect(try await copied.searchCourses(CourseSearchQuery(providers: [provider], limit: 100)).total == 40)
    }

    @Test("a provision that fails part-way stores nothing and leaves the page cache and auto-checkpointing as they were")
    func settingsRestoredAfterFailure() async throws {
        let folder = try Self.scratchFolder("provision-fails")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase.open(path: folder.appendingPathComponent("catalogue.sqlite").path)
        let provider = ProviderID(rawValue: "fails-part-way")!
        struct Rejected: Error {}
        await #expect(throws: Rejected.self) {
            _ = try await database.withProvision(of: provider) { writer -> (result: Int, commit: Bool) in
                _ = try writer.put(Self.course("C1", title: "Bricklaying", runs: ["R1"]))
                throw Rejected()
            }
        }
        let (autocheckpoint, cacheSize) = try await database.dbWriter.write {
            (try Int.fetchOne($0, sql: "PRAGMA wal_autocheckpoint"), try Int.fetchOne($0, sql: "PRAGMA cache_size"))
        }
        #expect(autocheckpoint == AppDatabase.defaultAutocheckpoint)
        #expect(cacheSize == AppDatabase.defaultCacheSize)
        #expect(try await database.searchCourses(CourseSearchQuery(providers: [provider], limit: 10)).total == 0)
    }
}
