public import Foundation

// MARK: - Trimming without the NSString bridge

extension LiteralSearch {
    /// `text` trimmed of the characters of `set` at either end, as Foundation's `trimmingCharacters(in:)` trims
    /// it. The ends are read as UTF-8 bytes while they are ASCII (an ASCII byte is a whole character there, and
    /// Foundation tests each one against the set just the same); an end that reaches a non-ASCII character, or a
    /// text without contiguous UTF-8, is left to Foundation.
    @inlinable
    public static func trimming<Text: StringProtocol>(_ text: Text, _ set: CharacterSet) -> String {
        let trimmed = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var start = 0, end = bytes.count
            while start < end {
                let byte = bytes[start]
                guard byte < 0x80 else { return nil }
                guard set.contains(Unicode.Scalar(byte)) else { break }
                start += 1
            }
            while end > start {
                let byte = bytes[end - 1]
                guard byte < 0x80 else { return nil }
                guard set.contains(Unicode.Scalar(byte)) else { break }
                end -= 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        if let trimmed, let text = trimmed { return text }
        return foundationTrimming(text, set)
    }

    /// Foundation's own `trimmingCharacters(in:)` (in a generic context only the `StringProtocol` one is seen).
    @inlinable
    public static func foundationTrimming<Text: StringProtocol>(_ text: Text, _ set: CharacterSet) -> String {
        text.trimmingCharacters(in: set)
    }
}

// MARK: - The overloads

extension String {
    /// The string without the characters of `set` at either end (Foundation's answer; `LiteralSearch.trimming`).
    @inlinable
    public func trimmingCharacters(in set: CharacterSet) -> String { LiteralSearch.trimming(self, set) }
}

extension Substring {
    /// The substring without the characters of `set` at either end (Foundation's answer; `LiteralSearch.trimming`).
    @inlinable
    public func trimmingCharacters(in set: CharacterSet) -> String { LiteralSearch.trimming(self, set) }
}
