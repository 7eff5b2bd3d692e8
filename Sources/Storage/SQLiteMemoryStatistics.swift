import Foundation
import GRDBSQLite

// MARK: - SQLite's memory statistics

/// Turns off SQLite's memory statistics (`SQLITE_CONFIG_MEMSTATUS`) for the process, once, before
/// the first connection opens.
///
/// With statistics on, every `sqlite3_malloc` and `sqlite3_free` takes a process-wide mutex to
/// count bytes: about 6% of an import's storing thread (`pthread_mutex_lock`/`unlock` under
/// SQLite's allocator in `perf`). Skillway reads none of the statistics and sets no soft heap
/// limit. `sqlite3_config` must run before SQLite initialises and is a C variadic function, which
/// Swift does not import, so it is looked up and called with its one `int` argument; if SQLite
/// has already initialised it returns `SQLITE_MISUSE` and changes nothing.
enum SQLiteMemoryStatistics {
    /// Evaluated once, before `AppDatabase` opens its first connection.
    static let turnedOff: Bool = {
        // Calling the variadic function through a fixed-argument pointer passes the `int` where it
        // reads it on the System V x86-64 and Linux AArch64 calling conventions (not Apple's arm64).
        #if os(Linux)
        guard let symbol = dlsym(nil, "sqlite3_config") else { return false }
        typealias ConfigureInt = @convention(c) (Int32, Int32) -> Int32
        let configure = unsafeBitCast(symbol, to: ConfigureInt.self)
        return configure(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK
        #else
        return false
        #endif
    }()
}
