public import Foundation
import GRDB

// MARK: - Online backup and restore

/// Why a file cannot be restored.
public struct RestoreError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

extension AppDatabase {
    /// Copies the whole database to `destination` with SQLite's online backup, while other
    /// connections keep reading and writing. The copy is written to a temporary file next to
    /// `destination`, checked with `PRAGMA integrity_check`, then renamed into place, so
    /// `destination` is either absent or a complete backup.
    /// - Returns: the size of the backup in bytes.
    @discardableResult
    public func backup(to destination: URL) throws -> Int {
        let directory = destination.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            let copy = try DatabaseQueue(path: temporary.path)
            try dbWriter.backup(to: copy)
            let check = try copy.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            try copy.close()
            guard check == ["ok"] else { throw RestoreError(description: "The backup copy failed its integrity check.") }
        }
        _ = try? FileManager.default.removeItem(at: destination)
        try FileManager.default.moveItem(at: temporary, to: destination)
        let attributes = try FileManager.default.attributesOfItem(atPath: destination.path)
        return (attributes[.size] as? Int) ?? 0
    }

    /// Checks that `file` is an intact Skillway database this version understands.
    /// - Throws: `RestoreError` saying what is wrong.
    public static func validateBackup(at file: URL) throws {
        guard FileManager.default.isReadableFile(atPath: file.path) else {
            throw RestoreError(description: "Cannot read \(file.lastPathComponent).")
        }
        let header = (try? FileHandle(forReadingFrom: file).read(upToCount: 16)) ?? Data()
        guard header == Data("SQLite format 3\0".utf8) else {
            throw RestoreError(description: "\(file.lastPathComponent) is not an SQLite database.")
        }
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: file.path, configuration: configuration)
        defer { try? queue.close() }
        try queue.read { db in
            guard try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"] else {
                throw RestoreError(description: "\(file.lastPathComponent) is damaged (integrity check failed).")
            }
            guard try db.tableExists("grdb_migrations"), try db.tableExists("provider") else {
                throw RestoreError(description: "\(file.lastPathComponent) is not a Skillway database.")
            }
            if try migrator.hasBeenSuperseded(db) {
                throw RestoreError(description: "\(file.lastPathComponent) was written by a newer version of Skillway; upgrade before restoring it.")
            }
            guard try migrator.appliedIdentifiers(db).contains("v1-catalogue") else {
                throw RestoreError(description: "\(file.lastPathComponent) is not a Skillway database.")
            }
        }
    }

    /// Replaces this database's content with the backup at `file` (after `validateBackup`), using
    /// SQLite's online backup so open connections see the restored data, then brings the schema up
    /// to date.
    ///
    /// SQLite cannot back up into a WAL database whose page size differs from the source's (older
    /// backups have 4 KiB pages, new databases 8 KiB), so such a backup is first copied to a
    /// temporary file and rewritten there with this database's page size (`VACUUM`); the backup
    /// file itself is never changed.
    public func restore(from file: URL) throws {
        try Self.validateBackup(at: file)
        let pageSize = try dbWriter.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0 }
        var configuration = Configuration()
        configuration.readonly = true
        let source = try DatabaseQueue(path: file.path, configuration: configuration)
        defer { try? source.close() }
        let sourcePageSize = try source.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0 }
        if sourcePageSize == pageSize {
            try source.backup(to: dbWriter)
        } else {
            try Self.withCopy(of: source, pageSize: pageSize, in: scratchDirectory, naming: file) { converted in try converted.backup(to: dbWriter) }
        }
        try Self.migrator.migrate(dbWriter)
    }

    // MARK: Page sizes

    /// Where a restore's converted copy is made: beside the live database (same disk, same access
    /// rights as the data it holds), or the temporary directory for an in-memory database.
    private var scratchDirectory: URL {
        let path = dbWriter.path
        guard !path.isEmpty, path != ":memory:", !path.hasPrefix("file:") else { return FileManager.default.temporaryDirectory }
        return URL(fileURLWithPath: path).deletingLastPathComponent()
    }

    /// Calls `body` with a temporary copy of `source` that has `pageSize`-byte pages (rollback
    /// journal, so `VACUUM` may change the page size), made in `directory` as a hidden file only its
    /// owner can read (it holds the whole database) and removed afterwards; `file` names the backup
    /// in errors.
    private static func withCopy(
        of source: DatabaseQueue, pageSize: Int, in directory: URL, naming file: URL, _ body: (DatabaseQueue) throws -> Void
    ) throws {
        let temporary = directory.appendingPathComponent(".skillway-restore-\(UUID().uuidString).sqlite")
        defer {
            for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary.path + suffix) }
        }
        // SQLite gives its journal the database file's permissions, so creating it 0600 covers both.
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw RestoreError(description: "Could not create a working copy of \(file.lastPathComponent) in \(directory.path) to convert its page size.")
        }
        let copy = try DatabaseQueue(path: temporary.path)
        defer { try? copy.close() }
        try source.backup(to: copy)
        try copy.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
            try db.execute(sql: "PRAGMA page_size = \(pageSize)")
            try db.execute(sql: "VACUUM")
        }
        let converted = try copy.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0 }
        guard converted == pageSize else {
            throw RestoreError(description: "\(file.lastPathComponent) could not be converted to \(pageSize)-byte pages for restoring.")
        }
        try body(copy)
    }
}

