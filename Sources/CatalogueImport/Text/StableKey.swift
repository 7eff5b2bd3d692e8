import Crypto
import Foundation

// MARK: - Derived identifiers

/// Builds stable identifiers for records a feed gave none: the same inputs always give the same key,
/// in every process (unlike Swift's seeded `Hasher`).
enum StableKey {
    /// `prefix` followed by 12 hex digits of the SHA-256 of the parts (joined by U+001F, nil as empty).
    static func make(_ prefix: String, _ parts: [String?]) -> String {
        // The parts are hashed in place: no joined string and no `Data` copy per key.
        var hasher = SHA256()
        var separator: UInt8 = 0x1F
        for (index, part) in parts.enumerated() {
            if index > 0 { withUnsafeBytes(of: &separator) { hasher.update(bufferPointer: $0) } }
            if var part { part.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) } }
        }
        var bytes = Array(prefix.utf8)
        bytes.reserveCapacity(bytes.count + 12)
        for byte in hasher.finalize().prefix(6) {
            bytes.append(hexDigit(byte >> 4))
            bytes.append(hexDigit(byte & 0x0F))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x57 + value }
}
