import CSQLiteSettings
import GRDBSQLite

// MARK: - SQLite's memory statistics

/// Turns off SQLite's memory statistics (`SQLITE_CONFIG_MEMSTATUS`) for the process, once, before
/// the first connection opens.
///
/// With statistics on, every `sqlite3_malloc` and `sqlite3_free` takes a process-wide mutex to
/// count bytes: about 6% of an import's storing thread (`pthread_mutex_lock`/`unlock` under
/// SQLite's allocator in `perf`). Skillway reads none of the statistics and sets no soft heap
/// limit. `sqlite3_config` must run before SQLite initialises and is a C variadic function, so it
/// is called through a small C wrapper (`CSQLiteSettings`); if SQLite has already initialised it
/// returns `SQLITE_MISUSE` and changes nothing.
enum SQLiteMemoryStatistics {
    /// Evaluated once, before `AppDatabase` opens its first connection.
    static let turnedOff: Bool = skillway_sqlite_memory_statistics_off() == SQLITE_OK
}
