import Foundation
import GRDB
import GRDBSQLite

// MARK: - A statement bound with sqlite3_bind_* directly

/// One prepared SQLite statement that values are bound to one by one with `sqlite3_bind_*`, for
/// the statements an import runs for every course and run.
///
/// GRDB's `StatementArguments` box every value in an array of `DatabaseValue`s; for ten-column
/// inserts run tens of thousands of times that boxing cost more than SQLite's own work. Use only
/// on the database's own queue, inside a transaction GRDB manages; the statement is finalized when
/// the object goes.
final class BoundStatement {
    private let handle: OpaquePointer
    private let connection: OpaquePointer
    private let sql: String
    private var index: Int32 = 0
    /// True while bytes lent with `bind(lentText:)` are bound (unbound again by `run()`).
    private var lent = false

    init(_ db: Database, sql: String) throws {
        guard let connection = db.sqliteConnection else { throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "The database is closed.", sql: sql) }
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard code == SQLITE_OK, let handle else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        self.handle = handle
        self.connection = connection
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    // MARK: Binding (in parameter order)

    /// Starts a new execution: resets the statement and its bindings.
    @discardableResult
    func start() -> BoundStatement {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        index = 0
        return self
    }

    func bind(_ value: String?) {
        index += 1
        guard var value else {
            sqlite3_bind_null(handle, index)
            return
        }
        value.withUTF8 { bytes in
            // An empty buffer may have no address; SQLite would read a nil pointer as NULL.
            if bytes.isEmpty {
                _ = sqlite3_bind_text(handle, index, "", 0, nil)
            } else {
                _ = sqlite3_bind_text(handle, index, bytes.baseAddress, Int32(bytes.count), sqliteTransient)
            }
        }
    }

    /// Binds UTF-8 bytes as text that SQLite reads where they are instead of copying them
    /// (`SQLITE_STATIC`): for the payloads and search text, the largest values, copying each into
    /// a buffer of SQLite's own cost a `malloc`, a copy and a `free` on the storing thread. The
    /// caller must call `run()` before the bytes it lent go away (inside the closure that lent
    /// them); `run()` unbinds them.
    func bind(lentText bytes: UnsafeBufferPointer<UInt8>) {
        index += 1
        lent = true
        if bytes.isEmpty {
            _ = sqlite3_bind_text(handle, index, "", 0, nil)
        } else {
            _ = sqlite3_bind_text(handle, index, bytes.baseAddress, Int32(bytes.count), nil)
        }
    }

    func bind(_ value: Int64?) {
        index += 1
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ value: Int?) { bind(value.map(Int64.init)) }

    func bind(_ value: Bool) { bind(Int64(value ? 1 : 0)) }

    // MARK: Running

    /// Runs a statement that returns no rows.
    func run() throws {
        let code = sqlite3_step(handle)
        let failure = code == SQLITE_DONE || code == SQLITE_ROW ? nil : error(code)
        sqlite3_reset(handle)
        if lent {
            // No binding may outlive the bytes it points to.
            sqlite3_clear_bindings(handle)
            lent = false
        }
        if let failure { throw failure }
    }

    /// Steps to the next row; false when there is none (the statement is then reset).
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw error(code) }
        return false
    }

    // MARK: Reading the current row

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func string(_ column: Int32) -> String {
        guard let text = sqlite3_column_text(handle, column) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column))), as: UTF8.self)
    }

    /// True when the text in `column` is exactly the UTF-8 `bytes`.
    func text(_ column: Int32, equals bytes: [UInt8]) -> Bool {
        let count = Int(sqlite3_column_bytes(handle, column))
        guard let text = sqlite3_column_text(handle, column) else { return bytes.isEmpty }
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.count == count && (count == 0 || memcmp(buffer.baseAddress!, text, count) == 0)
        }
    }

    /// True when the text in `column` is exactly `value` (compared as bytes, no `String` made).
    func text(_ column: Int32, equals value: String) -> Bool {
        let count = Int(sqlite3_column_bytes(handle, column))
        guard let text = sqlite3_column_text(handle, column) else { return value.isEmpty }
        var value = value
        return value.withUTF8 { bytes in
            bytes.count == count && (count == 0 || memcmp(bytes.baseAddress!, text, count) == 0)
        }
    }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }
}

/// SQLite's `SQLITE_TRANSIENT`: copy the bound bytes now (the macro is not imported into Swift).
private var sqliteTransient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }
