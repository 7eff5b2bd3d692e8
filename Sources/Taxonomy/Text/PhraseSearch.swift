import Foundation

// MARK: - Marker phrases in profile text

/// Looks for short marker phrases (" want to ", " degree ", " and then ") in profile text.
///
/// For ASCII text (most profiles) it compares UTF-8 bytes, which gives the same answer as
/// Foundation's `contains` without bridging every search to `NSString`; any other text is searched
/// with Foundation's `contains`, exactly as before.
public struct PhraseSearch: Sendable {
    /// The text searched.
    public let text: String
    private let bytes: [UInt8]
    /// Whether the text is all ASCII (and so searched as bytes).
    public let isASCII: Bool

    /// Prepares `text` for any number of searches.
    public init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        isASCII = bytes.allSatisfy { $0 < 0x80 }
    }

    /// Whether `phrase` occurs in the text.
    public func contains(_ phrase: String) -> Bool {
        guard isASCII else { return text.contains(phrase) }
        let needle = Array(phrase.utf8)
        guard needle.allSatisfy({ $0 < 0x80 }) else { return text.contains(phrase) }
        return Self.find(needle, in: bytes)
    }

    /// Whether any of `phrases` occurs in the text.
    public func containsAny(_ phrases: [String]) -> Bool {
        phrases.contains { contains($0) }
    }

    /// Byte-for-byte search of `needle` in `haystack`; an empty needle is not found (as with Foundation).
    public static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return false }
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var start = 0
                let last = hay.count - pin.count
                while start <= last {
                    if hay[start] == first {
                        var offset = 1
                        while offset < pin.count && hay[start + offset] == pin[offset] { offset += 1 }
                        if offset == pin.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}
