public import Foundation

// MARK: - Saved diagnostics

/// A careers diagnostic a learner chose to save (`POST /diagnostics?save=true`).
///
/// Only the report is kept, as the JSON the diagnostic engine writes: the skills found (with the few
/// words of the profile that evidence each), the career paths and the courses. The profile text the
/// learner typed is never stored, and a saved report belongs to no organisation or account: whoever
/// holds its id can read it until it expires.
public struct SavedDiagnostic: Sendable, Hashable {
    /// The public id, `dg_` + 26 base32 characters (130 bits, 128 of them random). Storage keeps only
    /// its SHA-256 hash, so the database alone does not let anyone open a report.
    public var id: String
    /// The diagnostic, as JSON.
    public var report: Data
    /// When the learner saved it.
    public var savedAt: Date
    /// When it stops being served and is purged: `savedAt` + `SavedDiagnostic.lifetime`.
    public var expiresAt: Date

    public init(id: String, report: Data, savedAt: Date, expiresAt: Date) {
        self.id = id
        self.report = report
        self.savedAt = savedAt
        self.expiresAt = expiresAt
    }

    /// How long a saved report is kept: 30 days.
    public static let lifetime: TimeInterval = 30 * 86_400
}

/// Storage for saved diagnostics. Each call is one transaction.
public protocol DiagnosticStore: Sendable {
    /// Saves a report under a new unguessable id, expiring `SavedDiagnostic.lifetime` after `now`,
    /// and purges reports that have expired by `now` in the same transaction.
    func saveDiagnostic(report: Data, at now: Date) async throws -> SavedDiagnostic
    /// The report saved under `id`, or nil when there is none or it has expired by `now` (an expired
    /// report is deleted on the spot). Ids that are not well formed are answered nil without a lookup.
    func savedDiagnostic(id: String, at now: Date) async throws -> SavedDiagnostic?
    /// Deletes every report that has expired by `now`; returns how many.
    @discardableResult
    func purgeExpiredDiagnostics(at now: Date) async throws -> Int
}

// MARK: - Ids

/// Making and checking saved-diagnostic ids: `dg_` + 26 characters of RFC 4648 base32 (lower case,
/// no padding) encoding 16 bytes from the system's cryptographically secure generator.
public enum SavedDiagnosticID {
    public static let prefix = "dg_"
    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567".utf8)

    /// A new id with 128 random bits.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return prefix + base32(bytes)
    }

    /// Whether a text has the shape of an id (checked before any lookup).
    public static func isWellFormed(_ text: String) -> Bool {
        text.utf8.count == prefix.utf8.count + 26 && text.hasPrefix(prefix)
            && text.utf8.dropFirst(prefix.utf8.count).allSatisfy { alphabet.contains($0) }
    }

    static func base32(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var buffer = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { out.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return String(decoding: out, as: UTF8.self)
    }
}
