import Domain
import Foundation
import GRDB
import Storage
import Testing

// MARK: - Saved diagnostics and anonymous demand in the database

@Suite("Diagnostic storage")
struct DiagnosticStorageTests {
    static let report = Data(#"{"skills":[{"id":"welding","evidence":["MIG welding"]}],"upskill":[],"reskill":[]}"#.utf8)
    static let savedOn = Date(timeIntervalSince1970: 1_780_000_000)

    @Test("a saved report reads back until 30 days after saving, then reads as missing and is deleted")
    func expiry() async throws {
        let database = try AppDatabase.inMemory()
        let saved = try await database.saveDiagnostic(report: Self.report, at: Self.savedOn)
        #expect(saved.expiresAt.timeIntervalSince(saved.savedAt) == 30 * 86_400)
        let fetched = try #require(try await database.savedDiagnostic(id: saved.id, at: Self.savedOn.addingTimeInterval(29 * 86_400)))
        #expect(fetched == saved)
        #expect(try await database.savedDiagnostic(id: saved.id, at: saved.expiresAt.addingTimeInterval(-1)) != nil)
        #expect(try await database.savedDiagnostic(id: saved.id, at: saved.expiresAt) == nil)
        #expect(try await Self.rows(database) == 0)
        // Gone for good, even for a clock turned back.
        #expect(try await database.savedDiagnostic(id: saved.id, at: Self.savedOn) == nil)
    }

    @Test("the sweep deletes only expired reports; saving sweeps too")
    func sweep() async throws {
        let database = try AppDatabase.inMemory()
        let old = try await database.saveDiagnostic(report: Self.report, at: Self.savedOn)
        let newer = try await database.saveDiagnostic(report: Self.report, at: Self.savedOn.addingTimeInterval(10 * 86_400))
        #expect(try await database.purgeExpiredDiagnostics(at: Self.savedOn.addingTimeInterval(31 * 86_400)) == 1)
        #expect(try await Self.rows(database) == 1)
        #expect(try await database.savedDiagnostic(id: newer.id, at: Self.savedOn.addingTimeInterval(31 * 86_400)) != nil)
        #expect(try await database.savedDiagnostic(id: old.id, at: Self.savedOn) == nil)
        _ = try await database.saveDiagnostic(report: Self.report, at: Self.savedOn.addingTimeInterval(45 * 86_400))
        #expect(try await Self.rows(database) == 1)
    }

    @Test("ids carry 128 random bits, are never stored, and a near miss finds nothing")
    func unguessableIDs() async throws {
        let database = try AppDatabase.inMemory()
        var ids = Set<String>()
        for _ in 0..<200 { ids.insert(try await database.saveDiagnostic(report: Self.report, at: Self.savedOn).id) }
        #expect(ids.count == 200)
        #expect(ids.allSatisfy { SavedDiagnosticID.isWellFormed($0) && $0.count == 29 })
        // Every character position varies across ids (no counter or timestamp inside); the last
        // one carries the remaining 3 bits, so it takes at most 8 values.
        for position in 3..<29 {
            let characters = Set(ids.map { Array($0)[position] })
            #expect(characters.count > (position == 28 ? 4 : 8), "position \(position)")
        }
        let stored = try await database.reader.read { db in try String.fetchAll(db, sql: "SELECT id_hash FROM saved_diagnostic") }
        #expect(stored.count == 200)
        #expect(Set(stored).isDisjoint(with: ids))
        #expect(stored.allSatisfy { hash in !ids.contains { $0.dropFirst(3).contains(hash.prefix(8)) } })
        let one = try #require(ids.first)
        let last = one.last!
        let neighbour = String(one.dropLast()) + (last == "a" ? "b" : "a")
        #expect(try await database.savedDiagnostic(id: neighbour, at: Self.savedOn) == nil)
        for malformed in ["", "dg_", "1", "dg_" + String(repeating: "A", count: 26), one + "x", String(one.dropFirst(3)), "dg_%' OR 1=1 --"] {
            #expect(try await database.savedDiagnostic(id: malformed, at: Self.savedOn) == nil)
        }
    }

    @Test("demand records read back by window, provider and district")
    func demandFilters() async throws {
        let database = try AppDatabase.inMemory()
        let worcester = ProviderID(rawValue: "worcester-college")!
        let welding = DemandItem(id: "engineering-and-manufacturing", label: "Engineering and manufacturing")
        let records = [
            LearnerDemandRecord(day: "2026-10-31", provider: nil, district: "worcester", routes: [welding], occupations: [], gapSkills: []),
            LearnerDemandRecord(day: "2026-11-01", provider: worcester, district: "worcester", routes: [welding], occupations: [], gapSkills: []),
            LearnerDemandRecord(day: "2026-11-15", provider: nil, district: "redditch", routes: [welding], occupations: [], gapSkills: []),
            LearnerDemandRecord(
                day: "2026-11-30", provider: worcester, district: nil, routes: [welding],
                occupations: [DemandItem(id: "ifate:ST0852", label: "Welder")], gapSkills: [DemandItem(id: "tig-welding", label: "TIG welding")]),
            LearnerDemandRecord(day: "2026-12-01", provider: worcester, district: "worcester", routes: [welding], occupations: [], gapSkills: []),
        ]
        for record in records { try await database.recordDemand(record) }
        let november = try await database.demandRecords(LearnerDemandFilter(provider: nil, from: "2026-11-01", to: "2026-11-30"))
        #expect(november == Array(records[1...3]))
        let worcesterView = try await database.demandRecords(LearnerDemandFilter(provider: worcester, from: "2026-11-01", to: "2026-11-30"))
        #expect(worcesterView == [records[1], records[3]])
        let inWorcester = try await database.demandRecords(LearnerDemandFilter(provider: nil, from: "2026-01-01", to: "2026-12-31", district: "worcester"))
        #expect(inWorcester == [records[0], records[1], records[4]])
    }

    static func rows(_ database: AppDatabase) async throws -> Int {
        try await database.reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM saved_diagnostic") ?? -1 }
    }
}
