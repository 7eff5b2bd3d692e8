import ArgumentParser
import Domain
import Foundation
import Storage

// MARK: - backup and restore

extension Skillway {
    /// `skillway backup OUT.sqlite`: an online backup, safe while the server runs.
    struct Backup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Back up the database with SQLite's online backup (safe while the server runs).",
            discussion: "The copy is written to a temporary file, integrity-checked, then renamed to OUT.")

        @Argument(help: "The backup file to write.") var out: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let store = try database.open()
            let destination = URL(fileURLWithPath: out)
            let bytes = try await cliAction(store, action: "backup", resource: destination.lastPathComponent) {
                try store.backup(to: destination)
            }
            print("Backed up \(database.resolvedPath) to \(out) (\(bytes) bytes).")
        }
    }

    /// `skillway restore BACKUP --yes`: replaces the database with a checked backup.
    struct Restore: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace the database with a backup.",
            discussion: "The backup must be an intact Skillway database written by this or an earlier version.")

        @Argument(help: "The backup file.") var backup: String
        @Flag(help: "Confirm that the current data is to be replaced.") var yes = false
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let file = URL(fileURLWithPath: backup)
            do {
                try AppDatabase.validateBackup(at: file)
            } catch let error as RestoreError {
                throw ValidationError(error.description)
            }
            guard yes else { throw ValidationError("Restoring replaces everything in \(database.resolvedPath); add --yes to confirm.") }
            let store = try database.open()
            try store.restore(from: file)
            try await store.record(AuditEvent(actor: "cli", action: "restore", resource: file.lastPathComponent, outcome: .success))
            print("Restored \(database.resolvedPath) from \(backup).")
        }
    }
}
