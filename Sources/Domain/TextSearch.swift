#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Fast substring tests

/// Byte-level substring tests for hot paths (feed import runs them on every course). Foundation's
/// `String.contains(_:)` bridges through NSString and costs far more.
public enum TextSearch {
    /// True when `needle` occurs in `haystack` (exact bytes; lower-case both first for a
    /// case-insensitive test).
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        firstOffset(of: needle, in: haystack, from: 0) != nil
    }

    /// True when `word` occurs in `haystack` with no letter or digit either side.
    public static func containsWord(_ haystack: String, _ word: String) -> Bool {
        var haystack = haystack
        return haystack.withUTF8 { bytes in
            var start = 0
            while let offset = firstOffset(of: word, in: bytes, from: start) {
                let end = offset + word.utf8.count
                let before = offset == 0 ? 0x20 : bytes[offset - 1]
                let after = end >= bytes.count ? 0x20 : bytes[end]
                if !isWordByte(before), !isWordByte(after) { return true }
                start = offset + 1
            }
            return false
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    private static func firstOffset(of needle: String, in haystack: String, from start: Int) -> Int? {
        var haystack = haystack
        return haystack.withUTF8 { firstOffset(of: needle, in: $0, from: start) }
    }

    private static func firstOffset(of needle: String, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var needle = needle
        return needle.withUTF8 { pattern -> Int? in
            guard pattern.count > 0, let base = bytes.baseAddress, let first = pattern.first else { return nil }
            var position = start
            // memchr finds candidates for the first byte; memcmp confirms the rest.
            while position + pattern.count <= bytes.count {
                guard let hit = memchr(base + position, Int32(first), bytes.count - pattern.count - position + 1) else { return nil }
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + offset, pattern.baseAddress!, pattern.count) == 0 { return offset }
                position = offset + 1
            }
            return nil
        }
    }
}
