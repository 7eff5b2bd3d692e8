import Foundation

// MARK: - Payload coding

/// Encodes stored payloads deterministically, so an unchanged record encodes to the same text and
/// "unchanged" can be decided by comparing text. The streaming encoder (declaration order) is tried
/// first; values it cannot write fall back to Foundation's encoder with sorted keys.
enum PayloadCoding {
    /// A new encoder with the deterministic settings; reuse it for many values.
    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func encode<T: Encodable>(_ value: T, with encoder: JSONEncoder = makeEncoder()) throws -> String {
        if let streamed = try? StreamingJSONEncoder().encode(value) { return streamed }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// Now, as ISO 8601 in UTC.
    static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
