public import Foundation

// MARK: - Literal search without the NSString bridge

/// Byte-level substring search for the plain `contains`, `range(of:)` and `replacingOccurrences(of:with:)`
/// calls the careers engine makes thousands of times per diagnosis (and `trimmingCharacters(in:)`, in
/// LiteralTrim.swift). The overloads apply in the files that import this module.
///
/// Foundation's versions of these calls go through NSString (`CFStringFindWithOptionsAndLocale` on UTF-16),
/// which was a tenth of the HTTP server's CPU. The overloads below take a `String` needle and no options, so
/// Swift picks them over Foundation's generic ones for exactly those calls; every call with options, a
/// locale or a `Substring` needle still goes to Foundation. They give Foundation's answer: when the needle
/// is printable ASCII and each match found in the UTF-8 bytes ends where the text has an ASCII byte (or its
/// end), the byte match is the match Foundation's comparison finds; anything else (a non-ASCII needle, a
/// match followed by a combining mark, an empty needle, a text without contiguous UTF-8) is answered by
/// Foundation itself. `LiteralSearchTests` compares both on real learner and course texts.
public enum LiteralSearch {
    /// The result of a byte search: a match, none, or a case the bytes cannot settle.
    @usableFromInline
    enum Outcome {
        case found(Int, Int)
        case none
        case undecided
    }

    /// Whether every byte of the needle is printable ASCII, a tab or a newline (no carriage return: "\r\n"
    /// is one character in a Swift string and in Foundation's comparison).
    @usableFromInline
    static func searchable(_ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !needle.isEmpty else { return false }
        for byte in needle where !(byte >= 0x20 && byte < 0x7F) && byte != 0x0A && byte != 0x09 { return false }
        return true
    }

    /// The first match of `needle` in `text[from...]`, by bytes, checked for character boundaries.
    @usableFromInline
    static func first(_ needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Outcome {
        let count = needle.count
        guard end - from >= count else { return .none }
        let first = needle[0]
        var position = from
        let last = end - count
        while position <= last {
            guard let base = text.baseAddress,
                  let hit = memchr(base + position, Int32(first), last - position + 1) else { return .none }
            let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + start, needle.baseAddress!, count) == 0 {
                let stop = start + count
                // A match must end on a character boundary: an ASCII byte (not the "\n" of a "\r\n")
                // next, or the end of the text; and not begin inside a "\r\n".
                if stop < text.count, text[stop] >= 0x80 { return .undecided }
                if start > 0, text[start - 1] == 0x0D, first == 0x0A { return .undecided }
                return .found(start, stop)
            }
            position = start + 1
        }
        return .none
    }
}

// MARK: - The overloads

extension StringProtocol {
    /// Whether `other` occurs in the string (Foundation's answer, found on the UTF-8 bytes when it can be).
    @inlinable
    public func contains(_ other: String) -> Bool {
        switch literalRange(of: other, within: nil) {
        case .found: return true
        case .none: return false
        case .undecided: return range(of: other, options: []) != nil
        }
    }

    /// The first range of `other` in the string, as Foundation's `range(of:)` gives it.
    @inlinable
    public func range(of other: String) -> Range<Index>? {
        switch literalRange(of: other, within: nil) {
        case .found(let start, let stop): return utf8Index(start)..<utf8Index(stop)
        case .none: return nil
        case .undecided: return range(of: other, options: [])
        }
    }

    /// The first range of `other` within `searchRange`, as Foundation's `range(of:range:)` gives it.
    @inlinable
    public func range(of other: String, range searchRange: Range<Index>) -> Range<Index>? {
        switch literalRange(of: other, within: searchRange) {
        case .found(let start, let stop): return utf8Index(start)..<utf8Index(stop)
        case .none: return nil
        case .undecided: return range(of: other, options: [], range: searchRange)
        }
    }

    /// The string with every occurrence of `target` replaced, as Foundation's `replacingOccurrences(of:with:)`.
    @inlinable
    public func replacingOccurrences(of target: String, with replacement: String) -> String {
        var target = target, replacement = replacement
        let result: String?? = target.withUTF8 { needle in
            guard LiteralSearch.searchable(needle) else { return nil }
            return replacement.withUTF8 { inserted in
                utf8.withContiguousStorageIfAvailable { text -> String? in
                    var output: [UInt8] = []
                    var copied = 0, from = 0
                    while true {
                        switch LiteralSearch.first(needle, in: text, from: from, to: text.count) {
                        case .undecided: return nil
                        case .none:
                            if copied == 0 { return String(decoding: text, as: UTF8.self) }
                            output.append(contentsOf: text[copied...])
                            return String(decoding: output, as: UTF8.self)
                        case .found(let start, let stop):
                            if copied == 0, output.isEmpty { output.reserveCapacity(text.count + inserted.count) }
                            output.append(contentsOf: text[copied..<start])
                            output.append(contentsOf: inserted)
                            copied = stop
                            from = stop
                        }
                    }
                }
            }
        }
        if let decided = result, let text = decided { return text }
        return replacingOccurrences(of: target, with: replacement, options: [])
    }

    // MARK: Byte offsets

    @inlinable
    func literalRange(of other: String, within searchRange: Range<Index>?) -> LiteralSearch.Outcome {
        var other = other
        return other.withUTF8 { needle in
            guard LiteralSearch.searchable(needle) else { return .undecided }
            let outcome = utf8.withContiguousStorageIfAvailable { text -> LiteralSearch.Outcome in
                var from = 0, to = text.count
                if let searchRange {
                    from = utf8.distance(from: utf8.startIndex, to: searchRange.lowerBound)
                    to = utf8.distance(from: utf8.startIndex, to: searchRange.upperBound)
                    // A range that does not start on a character boundary is Foundation's to settle.
                    if from > 0, from < text.count, text[from] >= 0x80 || text[from - 1] == 0x0D { return .undecided }
                }
                return LiteralSearch.first(needle, in: text, from: from, to: to)
            }
            return outcome ?? .undecided
        }
    }

    @inlinable
    func utf8Index(_ offset: Int) -> Index {
        utf8.index(utf8.startIndex, offsetBy: offset)
    }
}
