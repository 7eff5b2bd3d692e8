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
        let hex = Array("0123456789abcdef".utf8)
        var bytes = Array(prefix.utf8)
        for byte in digest.prefix(6) {
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
