import Foundation
import Matching
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// How often each byte occurs in the text: a phrase with a byte the text lacks is not there, and the
    /// search jumps to where the phrase's rarest byte is (`firstOffset(of:in:counts:)`).
    private let counts: [Int32]
    /// Which pairs of adjacent bytes the text has, hashed into 4,096 bits: a phrase with a pair the text lacks is not
    /// there, which rules out most phrases searched for after a byte or two.
    private let pairs: [UInt64]

    /// Prepares `text` for any number of searches.
    public init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        isASCII = bytes.allSatisfy { $0 < 0x80 }
        var counts = [Int32](repeating: 0, count: 256)
        var pairs = [UInt64](repeating: 0, count: 64)
        var previous: UInt8?
        for byte in bytes {
            counts[Int(byte)] &+= 1
            if let previous {
                let bit = Self.pairBit(previous, byte)
                pairs[bit >> 6] |= 1 << UInt64(bit & 63)
            }
            previous = byte
        }
        self.counts = counts
        self.pairs = pairs
    }

    /// The bit of `pairs` that stands for two adjacent bytes.
    @inline(__always)
    static func pairBit(_ first: UInt8, _ second: UInt8) -> Int {
        (Int(first) &* 131 &+ Int(second)) & 4095
    }

    /// `false` when the needle has a pair of adjacent ASCII bytes the text lacks; `nil` when a pair the text lacks has a
    /// byte outside ASCII (Foundation then decides); `true` when every pair may be there.
    private func mayHold(_ needle: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard needle.count >= 2 else { return true }
        var previous = needle[0]
        for index in 1..<needle.count {
            let byte = needle[index]
            let bit = Self.pairBit(previous, byte)
            if pairs[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return previous >= 0x80 || byte >= 0x80 ? nil : false }
            previous = byte
        }
        return true
    }

    /// Whether `phrase` occurs in the text.
    public func contains(_ phrase: String) -> Bool {
        guard isASCII else { return text.contains(phrase) }
        // Native Swift strings hand out their UTF-8 in place, so no copy of the phrase is made.
        let found = phrase.utf8.withContiguousStorageIfAvailable { needle -> Bool? in
            guard let may = mayHold(needle) else { return nil }
            guard may else { return false }
            guard !needle.contains(where: { $0 >= 0x80 }) else { return nil }
            return bytes.withUnsafeBufferPointer { Self.firstOffset(of: UnsafeRawBufferPointer(needle), in: UnsafeRawBufferPointer($0), counts: counts) != nil }
        }
        switch found {
        case .some(.some(let answer)): return answer
        case .some(.none): return text.contains(phrase)
        case .none:
            let needle = Array(phrase.utf8)
            guard needle.allSatisfy({ $0 < 0x80 }) else { return text.contains(phrase) }
            return needle.withUnsafeBytes { pin in bytes.withUnsafeBytes { Self.firstOffset(of: pin, in: $0, counts: counts) != nil } }
        }
    }

    /// Where `phrase` first occurs in the text, as Foundation's `range(of:)` answers; found by bytes
    /// when the text and the phrase are ASCII (where the two searches agree), by Foundation otherwise.
    public func range(of phrase: String) -> Range<String.Index>? {
        guard isASCII, phrase.utf8.allSatisfy({ $0 < 0x80 }) else { return text.range(of: phrase) }
        let needle = Array(phrase.utf8)
        let offset = needle.withUnsafeBytes { pin in bytes.withUnsafeBytes { hay in Self.firstOffset(of: pin, in: hay, counts: counts) } }
        guard let offset else { return nil }
        // In ASCII text every byte offset is a character boundary.
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return start..<text.utf8.index(start, offsetBy: needle.count)
    }

    /// Whether any of `phrases` occurs in the text.
    public func containsAny(_ phrases: [String]) -> Bool {
        phrases.contains { contains($0) }
    }

    /// Byte-for-byte search of `needle` in `haystack`; an empty needle is not found (as with Foundation).
    public static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        needle.withUnsafeBytes { pin in haystack.withUnsafeBytes { hay in find(pin, in: hay) } }
    }

    /// Byte-for-byte search over raw buffers; an empty needle is not found. `memchr` jumps to each
    /// place the needle's first non-space byte occurs (spaces are too common to jump by), and `memcmp`
    /// checks the whole needle there.
    public static func find(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer) -> Bool {
        firstOffset(of: needle, in: haystack) != nil
    }

    /// The byte offset where `needle` first occurs in `haystack`, as `find` searches; `nil` when it does not.
    static func firstOffset(of needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer) -> Int? {
        firstOffset(of: needle, in: haystack, anchor: needle.firstIndex { $0 != 0x20 } ?? 0)
    }

    /// `firstOffset(of:in:)` for a haystack whose byte `counts` are known: `nil` at once when the needle has a byte
    /// the haystack lacks; otherwise the search jumps by the needle's rarest byte (the first of the rarest).
    static func firstOffset(of needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, counts: [Int32]) -> Int? {
        var anchor = 0, fewest = Int32.max
        for (offset, byte) in needle.enumerated() {
            let count = counts[Int(byte)]
            if count == 0 { return nil }
            if count < fewest { fewest = count; anchor = offset }
        }
        return firstOffset(of: needle, in: haystack, anchor: anchor)
    }

    /// The first match of `needle` in `haystack`: `memchr` jumps to each place the needle's byte at `anchor` occurs, in
    /// order (so the first match found is the first in the haystack), and `memcmp` checks the whole needle there.
    private static func firstOffset(of needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, anchor: Int) -> Int? {
        guard let pin = needle.baseAddress, !needle.isEmpty,
              let hay = haystack.baseAddress, needle.count <= haystack.count else { return nil }
        let anchorByte = Int32(needle[anchor])
        // A match starting at `start` has its anchor at `start + anchor`; the last start is `last`.
        let last = haystack.count - needle.count
        var start = 0
        while start <= last {
            guard let hit = memchr(hay + start + anchor, anchorByte, last - start + 1) else { return nil }
            start = hay.distance(to: UnsafeRawPointer(hit)) - anchor
            if memcmp(hay + start, pin, needle.count) == 0 { return start }
            start += 1
        }
        return nil
    }
}
