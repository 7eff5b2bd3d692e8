// MARK: - Checking JSON bodies before decoding

/// The limits every JSON request body is held to.
public struct JSONLimits: Sendable, Hashable {
    /// Deepest nesting of arrays and objects.
    public var maxDepth: Int
    /// Longest string (keys included), in Unicode scalars.
    public var maxStringLength: Int
    /// Most entries in one array or object.
    public var maxEntries: Int

    public init(maxDepth: Int = 16, maxStringLength: Int = 10_000, maxEntries: Int = 1_000) {
        self.maxDepth = maxDepth
        self.maxStringLength = maxStringLength
        self.maxEntries = maxEntries
    }
}

/// Why a JSON body was refused, located by a path such as `$.organisation.name` or `$.items[3]`.
public struct JSONShapeError: Error, Sendable, Hashable {
    public enum Reason: String, Sendable {
        case malformed = "malformed-json"
        case tooDeep = "json-too-deep"
        case stringTooLong = "json-string-too-long"
        case tooManyEntries = "json-too-many-entries"
    }

    public var reason: Reason
    public var path: String
    public var message: String
}

/// A single pass over a JSON text that checks its syntax and the limits without building anything,
/// so hostile bodies are refused before a decoder sees them. Recursion is bounded by `maxDepth`.
public struct JSONShapeCheck {
    private let bytes: [UInt8]
    private let limits: JSONLimits
    private var index = 0
    private var path: [PathComponent] = []

    private enum PathComponent {
        case key(String)
        case index(Int)
    }

    /// Checks `bytes` against `limits`.
    public static func check(_ bytes: [UInt8], limits: JSONLimits = JSONLimits()) throws(JSONShapeError) {
        var checker = JSONShapeCheck(bytes: bytes, limits: limits)
        checker.skipWhitespace()
        try checker.value(depth: 0)
        checker.skipWhitespace()
        if checker.index != bytes.count { throw checker.failure(.malformed, "Unexpected text after the JSON value.") }
    }

    private init(bytes: [UInt8], limits: JSONLimits) {
        self.bytes = bytes
        self.limits = limits
    }

    // MARK: Values

    private mutating func value(depth: Int) throws(JSONShapeError) {
        guard index < bytes.count else { throw failure(.malformed, "The JSON text ends too early.") }
        switch bytes[index] {
        case UInt8(ascii: "{"): try object(depth: depth + 1)
        case UInt8(ascii: "["): try array(depth: depth + 1)
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw failure(.malformed, "Expected a JSON value.")
        }
    }

    private mutating func object(depth: Int) throws(JSONShapeError) {
        guard depth <= limits.maxDepth else { throw failure(.tooDeep, "Nesting is deeper than \(limits.maxDepth) levels.") }
        index += 1
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { index += 1; return }
        var count = 0
        while true {
            count += 1
            guard count <= limits.maxEntries else { throw failure(.tooManyEntries, "An object has more than \(limits.maxEntries) members.") }
            guard peek(UInt8(ascii: "\"")) else { throw failure(.malformed, "Expected a member name in quotes.") }
            let key = try string()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw failure(.malformed, "Expected ':' after a member name.") }
            index += 1
            skipWhitespace()
            path.append(.key(key))
            try value(depth: depth)
            path.removeLast()
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                index += 1
                skipWhitespace()
            } else if peek(UInt8(ascii: "}")) {
                index += 1
                return
            } else {
                throw failure(.malformed, "Expected ',' or '}' in an object.")
            }
        }
    }

    private mutating func array(depth: Int) throws(JSONShapeError) {
        guard depth <= limits.maxDepth else { throw failure(.tooDeep, "Nesting is deeper than \(limits.maxDepth) levels.") }
        index += 1
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { index += 1; return }
        var count = 0
        while true {
            guard count < limits.maxEntries else { throw failure(.tooManyEntries, "A list has more than \(limits.maxEntries) entries.") }
            path.append(.index(count))
            try value(depth: depth)
            path.removeLast()
            count += 1
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                index += 1
                skipWhitespace()
            } else if peek(UInt8(ascii: "]")) {
                index += 1
                return
            } else {
                throw failure(.malformed, "Expected ',' or ']' in a list.")
            }
        }
    }

    /// Reads a string, returning it when short enough to be a key worth naming in a path.
    private mutating func string() throws(JSONShapeError) -> String {
        let start = index + 1
        index += 1
        var scalars = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                let text = scalars <= 64 ? String(decoding: bytes[start..<index], as: UTF8.self) : "…"
                index += 1
                return text
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count else { throw failure(.malformed, "The JSON text ends inside a string.") }
                let escaped = bytes[index + 1]
                if escaped == UInt8(ascii: "u") {
                    guard index + 5 < bytes.count, bytes[(index + 2)...(index + 5)].allSatisfy(Self.isHexDigit) else {
                        throw failure(.malformed, "A \\u escape needs four hex digits.")
                    }
                    index += 6
                } else {
                    guard "\"\\/bfnrt".utf8.contains(escaped) else { throw failure(.malformed, "Unknown escape in a string.") }
                    index += 2
                }
            case 0..<0x20:
                throw failure(.malformed, "A string contains an unescaped control character.")
            default:
                index += 1
            }
            if byte & 0xC0 != 0x80 {
                scalars += 1
                if scalars > limits.maxStringLength {
                    throw failure(.stringTooLong, "A string is longer than \(limits.maxStringLength) characters.")
                }
            }
        }
        throw failure(.malformed, "The JSON text ends inside a string.")
    }

    private mutating func number() throws(JSONShapeError) {
        let start = index
        if peek(UInt8(ascii: "-")) { index += 1 }
        let digitsStart = index
        while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        guard index > digitsStart else { throw failure(.malformed, "Expected digits in a number.") }
        if peek(UInt8(ascii: ".")) {
            index += 1
            let fraction = index
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
            guard index > fraction else { throw failure(.malformed, "Expected digits after a decimal point.") }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            index += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
            let exponent = index
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
            guard index > exponent else { throw failure(.malformed, "Expected digits in an exponent.") }
        }
        guard index - start <= 40 else { throw failure(.malformed, "A number is too long.") }
    }

    private mutating func literal(_ word: String) throws(JSONShapeError) {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count, Array(bytes[index..<(index + expected.count)]) == expected else {
            throw failure(.malformed, "Expected a JSON value.")
        }
        index += expected.count
    }

    // MARK: Helpers

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    private static func isHexDigit(_ byte: UInt8) -> Bool { isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte) }

    private func failure(_ reason: JSONShapeError.Reason, _ message: String) -> JSONShapeError {
        JSONShapeError(reason: reason, path: Self.render(path), message: message)
    }

    private static func render(_ path: [PathComponent]) -> String {
        var text = "$"
        for component in path {
            switch component {
            case .key(let key): text += key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) && !key.isEmpty ? ".\(key)" : "[\"\(key.prefix(64))\"]"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}
