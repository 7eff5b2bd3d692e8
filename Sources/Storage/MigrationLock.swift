import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Serialising first opens across processes

/// An advisory lock (`flock`) on a small file beside the database, held while a database file is opened and
/// migrated.
///
/// GRDB serialises migrations within one `DatabasePool`, not across processes: two commands opening the same
/// new database at once would both see no migrations applied and the second would fail on the first one's
/// tables. The lock file (`<database>.lock`) is left in place after use; removing it could let two openers
/// lock two different files.
enum MigrationLock {
    /// Runs `body` while holding the lock for the database at `databasePath`.
    static func holding<T>(beside databasePath: String, _ body: () throws -> T) throws -> T {
        let lockPath = databasePath + ".lock"
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw MigrationLockError(path: lockPath, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw MigrationLockError(path: lockPath, reason: String(cString: strerror(errno))) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}

/// The lock file beside a database could not be created or locked.
public struct MigrationLockError: Error, Sendable, CustomStringConvertible {
    /// The lock file's path.
    public let path: String
    /// The system's reason.
    public let reason: String

    public var description: String { "cannot lock \(path) while opening the database: \(reason)" }
}
