import Foundation
import GRDB
import GRDBSQLite
@testable import Storage
import Testing

// MARK: - SQLite's memory statistics

@Suite("SQLite memory statistics")
struct SQLiteMemoryStatisticsTests {
    @Test("once turned off, SQLite counts no memory however much a database writes")
    func turnedOff() async throws {
        let database = try AppDatabase.inMemory()
        try await database.dbWriter.write { db in
            try db.execute(sql: "CREATE TABLE notes (text TEXT)")
            for index in 0..<200 {
                try db.execute(sql: "INSERT INTO notes VALUES (?)", arguments: [String(repeating: "note \(index) ", count: 50)])
            }
        }
        // The statistics can only be turned off before SQLite first initialises; in a test process
        // another suite may open a plain connection first, and then they stay on (and counting).
        if SQLiteMemoryStatistics.turnedOff {
            #expect(sqlite3_memory_used() == 0)
        } else {
            #expect(sqlite3_memory_used() > 0)
        }
    }
}
