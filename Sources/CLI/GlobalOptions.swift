public import ArgumentParser
public import Domain
import Foundation
import Storage

// MARK: - Options shared by commands

/// The database every command works on.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The SQLite database file (default: $SKILLWAY_DB, else ./skillway.sqlite).")
    var path: String?

    /// The path after applying the environment default.
    var resolvedPath: String {
        path ?? ProcessInfo.processInfo.environment["SKILLWAY_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "./skillway.sqlite"
    }

    func open() throws -> AppDatabase {
        do {
            return try AppDatabase.open(path: resolvedPath)
        } catch {
            throw ValidationError("Cannot open the database \(resolvedPath): \(error)")
        }
    }
}

/// Writes a line to standard error (progress and diagnostics, kept apart from results on stdout).
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Today in UTC as `yyyy-MM-dd`.
func todayISO() -> String {
    ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withFullDate])
}

extension ProviderID: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
}

/// Prints any encodable value as JSON on stdout.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
