public import GRDB
import Foundation

// MARK: - AppDatabase

/// Skillway's SQLite database: the one place that opens, migrates and writes it.
///
/// Production uses a WAL `DatabasePool` (concurrent reads, one writer); tests use an in-memory
/// `DatabaseQueue`. Every write is one transaction.
public struct AppDatabase: Sendable {
    let dbWriter: any DatabaseWriter

    /// Wraps an open database and brings its schema up to date.
    public init(_ dbWriter: any DatabaseWriter) throws {
        self.dbWriter = dbWriter
        try Self.migrator.migrate(dbWriter)
    }

    /// The database for reading.
    public var reader: any DatabaseReader { dbWriter }

    // MARK: Opening

    /// Opens (creating if needed) the database file at `path`. Several processes may open the same new
    /// file at once: opening and migrating hold a lock on `<path>.lock`, so the schema is created once.
    public static func open(path: String) throws -> AppDatabase {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try MigrationLock.holding(beside: path) {
            try AppDatabase(DatabasePool(path: path, configuration: makeConfiguration()))
        }
    }

    /// An empty in-memory database, for tests and dry runs.
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: makeConfiguration()))
    }

    // MARK: Database configuration

    static func makeConfiguration(_ base: Configuration = Configuration()) -> Configuration {
        _ = SQLiteMemoryStatistics.turnedOff
        var configuration = base
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // Only takes effect while the file is still empty (a new database), before WAL mode is
            // set: 8 KiB pages made an import's B-tree inserts and commit writes about a fifth
            // cheaper than 4 KiB. Existing databases keep their page size; restore converts between them.
            try db.execute(sql: "PRAGMA page_size = \(pageSize)")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Read the file through memory mapping rather than copying pages into each connection's
            // cache: searches touch scattered pages of a large catalogue. Ignored in memory.
            try db.execute(sql: "PRAGMA mmap_size = 4294967296")
        }
        return configuration
    }

    /// The page size of databases created by this version, in bytes.
    static let pageSize = 8192
}
