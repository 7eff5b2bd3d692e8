import Foundation

// MARK: - Streaming JSON encoder

/// Encodes `Encodable` values straight to JSON bytes in the order their `encode(to:)` writes them.
///
/// Synthesised `Codable` conformances write keys in declaration order, so the output is deterministic
/// without sorting, which is what change detection needs; and it is several times faster than
/// Foundation's `JSONEncoder`, which builds a tree first. Nested containers requested through
/// `nestedContainer`/`superEncoder` are not supported and throw, so callers can fall back.
///
/// Public for the HTTP API, which writes large responses (career diagnostics) with it and falls back
/// to `JSONEncoder` when it throws.
public struct StreamingJSONEncoder: Sendable {
    /// The value needs something this encoder does not write (nested containers, a non-finite number).
    public struct Unsupported: Error {}

    public init() {}

    func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encodeBytes(value), as: UTF8.self)
    }

    /// The value as JSON bytes, keys in the order the value writes them.
    public func encodeBytes<T: Encodable>(_ value: T) throws -> [UInt8] {
        let writer = JSONByteWriter()
        try writer.encodeValue(value)
        return writer.bytes
    }
}

/// The output buffer and the value-writing logic shared by all containers, and by the direct
/// writers that skip `Codable` (course payloads here, the diagnostic response in HTTPAPI).
package final class JSONByteWriter {
    /// Unchecked exclusivity: every JSON byte goes through this property, and the dynamic check on
    /// each access cost more than the append itself. The writer is used by one thread at a time and
    /// no access to `bytes` overlaps another (no `inout` escapes a method).
    @exclusivity(unchecked) package var bytes: [UInt8] = []

    package init() { bytes.reserveCapacity(2048) }

    func encodeValue<T: Encodable>(_ value: T) throws {
        switch value {
        case let string as String: writeString(string)
        case let int as Int: bytes.append(contentsOf: String(int).utf8)
        case let int as Int64: bytes.append(contentsOf: String(int).utf8)
        case let bool as Bool: bytes.append(contentsOf: (bool ? "true" : "false").utf8)
        case let double as Double: try writeDouble(double)
        default:
            let frame = JSONFrame(writer: self)
            try value.encode(to: JSONStreamEncoder(frame: frame))
            frame.close()
        }
    }

    /// Writes a decimal integer, as `String(value)` would, without making the string.
    package func writeInt(_ value: Int) {
        if value == 0 {
            bytes.append(0x30)
            return
        }
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        let start = bytes.count
        while magnitude > 0 {
            bytes.append(0x30 + UInt8(magnitude % 10))
            magnitude /= 10
        }
        bytes[start...].reverse()
    }

    /// A finite number as the shortest text that reads back as the same `Double`.
    package func writeDouble(_ value: Double) throws {
        guard value.isFinite else { throw StreamingJSONEncoder.Unsupported() }
        bytes.append(contentsOf: value.description.utf8)
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\r`, `\t` or `\u00XX`,
    /// everything else (including non-ASCII) as UTF-8.
    package func writeString(_ string: String) {
        var string = string
        string.withUTF8 { Self.appendString($0, to: &bytes) }
    }

    /// One pass over the UTF-8: runs of plain bytes are copied whole, the bytes JSON escapes are
    /// replaced as they come.
    private static func appendString(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(0x22)
        var plainStart = 0
        for index in utf8.indices {
            let byte = utf8[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            if plainStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<index])) }
            plainStart = index + 1
            switch byte {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            default:
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigit(byte >> 4), hexDigit(byte & 0xF)])
            }
        }
        if plainStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart...])) }
        bytes.append(0x22)
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x61 + value - 10 }
}

/// What one value opened: an object, an array, or a single value; closed after the value encodes.
final class JSONFrame {
    enum Kind { case object, array, single }
    let writer: JSONByteWriter
    var kind: Kind?
    var count = 0

    init(writer: JSONByteWriter) { self.writer = writer }

    func open(_ kind: Kind) throws {
        if let existing = self.kind {
            guard existing == kind, kind != .single else { throw StreamingJSONEncoder.Unsupported() }
            return
        }
        self.kind = kind
        switch kind {
        case .object: writer.bytes.append(0x7B)
        case .array: writer.bytes.append(0x5B)
        case .single: break
        }
    }

    func separator() {
        if count > 0 { writer.bytes.append(0x2C) }
        count += 1
    }

    func close() {
        switch kind {
        case .object: writer.bytes.append(0x7D)
        case .array: writer.bytes.append(0x5D)
        case .single: break
        case nil: writer.bytes.append(contentsOf: [0x7B, 0x7D])
        }
    }
}

struct JSONStreamEncoder: Encoder {
    let frame: JSONFrame
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let failed = (try? frame.open(.object)) == nil
        return KeyedEncodingContainer(KeyedStream<Key>(frame: frame, failed: failed))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let failed = (try? frame.open(.array)) == nil
        return UnkeyedStream(frame: frame, failed: failed)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        let failed = (try? frame.open(.single)) == nil
        return SingleStream(frame: frame, failed: failed)
    }
}

private struct KeyedStream<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let frame: JSONFrame
    let failed: Bool
    var codingPath: [any CodingKey] = []

    private func key(_ key: Key) throws {
        if failed { throw StreamingJSONEncoder.Unsupported() }
        frame.separator()
        frame.writer.writeString(key.stringValue)
        frame.writer.bytes.append(0x3A)
    }

    mutating func encodeNil(forKey key: Key) throws {
        try self.key(key)
        frame.writer.bytes.append(contentsOf: "null".utf8)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try self.key(key)
        try frame.writer.encodeValue(value)
    }

    // Concrete overloads: synthesised conformances call these directly, skipping the generic
    // path's dynamic casts. The output is the same.

    mutating func encode(_ value: String, forKey key: Key) throws {
        try self.key(key)
        frame.writer.writeString(value)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        try self.key(key)
        frame.writer.bytes.append(contentsOf: String(value).utf8)
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        try self.key(key)
        frame.writer.bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func encode(_ value: Int64, forKey key: Key) throws {
        try self.key(key)
        frame.writer.bytes.append(contentsOf: String(value).utf8)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        try self.key(key)
        try frame.writer.writeDouble(value)
    }

    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(KeyedStream<NestedKey>(frame: frame, failed: true))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { UnkeyedStream(frame: frame, failed: true) }
    mutating func superEncoder() -> any Encoder { JSONStreamEncoder(frame: JSONFrame(writer: JSONByteWriter())) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { JSONStreamEncoder(frame: JSONFrame(writer: JSONByteWriter())) }
}

private struct UnkeyedStream: UnkeyedEncodingContainer {
    let frame: JSONFrame
    let failed: Bool
    var codingPath: [any CodingKey] = []
    var count: Int { frame.count }

    mutating func encodeNil() throws {
        if failed { throw StreamingJSONEncoder.Unsupported() }
        frame.separator()
        frame.writer.bytes.append(contentsOf: "null".utf8)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        if failed { throw StreamingJSONEncoder.Unsupported() }
        frame.separator()
        try frame.writer.encodeValue(value)
    }

    /// Lists of strings (evidence words, labels) skip the generic path's dynamic casts.
    mutating func encode(_ value: String) throws {
        if failed { throw StreamingJSONEncoder.Unsupported() }
        frame.separator()
        frame.writer.writeString(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(KeyedStream<NestedKey>(frame: frame, failed: true))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { UnkeyedStream(frame: frame, failed: true) }
    mutating func superEncoder() -> any Encoder { JSONStreamEncoder(frame: JSONFrame(writer: JSONByteWriter())) }
}

private struct SingleStream: SingleValueEncodingContainer {
    let frame: JSONFrame
    let failed: Bool
    var codingPath: [any CodingKey] = []

    mutating func encodeNil() throws {
        if failed { throw StreamingJSONEncoder.Unsupported() }
        frame.writer.bytes.append(contentsOf: "null".utf8)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        if failed { throw StreamingJSONEncoder.Unsupported() }
        try frame.writer.encodeValue(value)
    }

    /// Enums with string raw values encode through here.
    mutating func encode(_ value: String) throws {
        if failed { throw StreamingJSONEncoder.Unsupported() }
        frame.writer.writeString(value)
    }
}
