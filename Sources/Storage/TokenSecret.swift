import Crypto
import Foundation

// MARK: - Token secrets

/// Making and hashing API token secrets. Secrets are `sw_` + 64 hex digits (256 random bits from the
/// system's secure generator); the database keeps only their SHA-256 hash.
enum TokenSecret {
    static let prefix = "sw_"

    /// A new secret.
    static func make() -> String {
        prefix + randomHex(bytes: 32)
    }

    /// A new public token id, `tok_` + 16 hex digits.
    static func makeID() -> String {
        "tok_" + randomHex(bytes: 8)
    }

    /// The stored form of a secret.
    static func hash(_ secret: String) -> String {
        hex(SHA256.hash(data: Data(secret.utf8)))
    }

    /// Whether a presented text has the shape of a secret (checked before any database lookup).
    static func isWellFormed(_ text: String) -> Bool {
        text.utf8.count == prefix.utf8.count + 64 && text.hasPrefix(prefix)
            && text.utf8.dropFirst(prefix.utf8.count).allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    private static func randomHex(bytes count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return hex((0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
