import Foundation

// MARK: - Payload coding

/// Encodes stored payloads deterministically (sorted keys), so an unchanged record encodes to the same
/// text and "unchanged" can be decided by comparing text.
enum PayloadCoding {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
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
