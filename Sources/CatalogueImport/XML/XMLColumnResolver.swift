import Foundation

// MARK: - Columns for XML issues

/// Finds the column of an element's start tag from its line, qualified name and how many elements of
/// that name came before it on the line. libxml2's reader gives exact line numbers for nodes but no
/// columns, and one-line feeds make columns essential; one forward pass over the bytes serves every
/// issue in a feed.
enum XMLColumnResolver {
    struct Request {
        var index: Int
        var line: Int
        var qualifiedName: String
        var occurrence: Int
    }

    /// Returns (request index, 1-based column in characters) for every request that could be located.
    static func columns(in data: Data, for requests: [Request]) -> [(Int, Int)] {
        guard !requests.isEmpty else { return [] }
        let sorted = requests.sorted { $0.line < $1.line }
        var results: [(Int, Int)] = []
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var line = 1
            var lineStart = 0
            var position = 0
            var next = 0
            while next < sorted.count {
                let target = sorted[next].line
                while line < target, position < bytes.count {
                    if bytes[position] == 0x0A {
                        line += 1
                        lineStart = position + 1
                    }
                    position += 1
                }
                guard line == target else { break }
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                while next < sorted.count, sorted[next].line == target {
                    let request = sorted[next]
                    if let offset = find(request.qualifiedName, occurrence: request.occurrence, in: bytes, from: lineStart, to: lineEnd) {
                        results.append((request.index, characterCount(bytes, from: lineStart, to: offset) + 1))
                    }
                    next += 1
                }
            }
        }
        return results
    }

    private static func find(_ name: String, occurrence: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        let needle = Array(("<" + name).utf8)
        var seen = 0
        var index = start
        while index + needle.count < end + 1 {
            if bytes[index] == 0x3C, index + needle.count <= bytes.count {
                var matches = true
                for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                    matches = false
                    break
                }
                let after = index + needle.count < bytes.count ? bytes[index + needle.count] : 0x3E
                if matches, [0x20, 0x09, 0x0D, 0x0A, 0x3E, 0x2F].contains(after) {
                    if seen == occurrence { return index }
                    seen += 1
                }
            }
            index += 1
        }
        return nil
    }

    /// Characters (not bytes) between two offsets, skipping a byte-order mark.
    private static func characterCount(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        if start == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}
