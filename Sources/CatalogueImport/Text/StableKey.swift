import Crypto
import Foundation

// MARK: - Derived identifiers

/// Builds stable identifiers for records a feed gave none: the same inputs always give the same key,
/// in every process (unlike Swift's seeded `Hasher`).
enum StableKey {
    /// `prefix` followed by 12 hex digits of the SHA-256 of the parts.
    static func make(_ prefix: String, _ parts: [String?]) -> String {
        let joined = parts.map { $0 ?? "" }.joined(separator: "\u{1F}")
        let digest = SHA256.hash(data: Data(joined.utf8))
        return prefix + digest.prefix(6).map { String(format: "%02x", $0) }.joined()
    }
}
