import Domain
import Foundation

// MARK: - Cleaning feed text

/// Normalises text from feeds: Word's private-use bullets become `*`, narrow and no-break spaces become
/// spaces, control characters go, runs of spaces collapse and blank lines are limited to one.
enum TextCleaning {
    /// Cleans `text`, keeping line breaks between paragraphs. Returns nil when nothing is left.
    static func clean(_ text: String?) -> String? {
        guard var text, !text.isEmpty else { return nil }
        // Most feed text is already clean ASCII: hand it back without copying.
        if text.withUTF8({ isCleanASCII($0) }) { return text }
        if let fast = text.withUTF8({ cleanASCII($0) }) { return fast.isEmpty ? nil : fast }
        var lines: [String] = []
        var current = ""
        var pendingSpace = false
        var blankRun = 0
        func endLine() {
            if current.isEmpty {
                blankRun += 1
                if blankRun == 1, !lines.isEmpty { lines.append("") }
            } else {
                blankRun = 0
                lines.append(current)
            }
            current = ""
            pendingSpace = false
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: endLine()
            case 0x0D: continue
            case 0x09, 0x20, 0xA0, 0x202F, 0x2007, 0x2009, 0x200A, 0x3000:
                pendingSpace = !current.isEmpty
            case 0x00...0x1F, 0x7F, 0x200B, 0xFEFF:
                continue
            case 0xF0B7, 0xF0A7, 0xF076, 0xF0D8, 0x2022, 0x25CF, 0x25AA:
                if pendingSpace { current.append(" ") }
                current.append("*")
                pendingSpace = false
            default:
                if pendingSpace { current.append(" ") }
                current.unicodeScalars.append(scalar)
                pendingSpace = false
            }
        }
        endLine()
        while lines.last == "" { lines.removeLast() }
        let joined = lines.joined(separator: "\n")
        return joined.isEmpty ? nil : joined
    }

    /// The common case, all printable ASCII plus tabs and line breaks, done on bytes. Nil when the text
    /// has other bytes and needs the full Unicode path.
    /// True when `cleanASCII` would return these bytes unchanged: printable ASCII with single spaces
    /// between words and none at either end (no tabs, line breaks or control characters).
    private static func isCleanASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            guard byte >= 0x20, byte <= 0x7E, !(byte == 0x20 && previous == 0x20) else { return false }
            previous = byte
        }
        return true
    }

    private static func cleanASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        var newlines = 0
        for byte in bytes {
            switch byte {
            case 0x0A:
                newlines += 1
                pendingSpace = false
            case 0x20, 0x09:
                pendingSpace = true
            case 0x0D:
                continue
            case 0x21...0x7E:
                if !output.isEmpty {
                    if newlines > 0 {
                        output.append(0x0A)
                        if newlines > 1 { output.append(0x0A) }
                    } else if pendingSpace {
                        output.append(0x20)
                    }
                }
                newlines = 0
                pendingSpace = false
                output.append(byte)
            default:
                return nil
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Trims spaces, tabs and line breaks from both ends without going through Foundation.
    static func trim(_ text: String) -> String {
        // Common case: nothing to trim (an ASCII letter, digit or sign at both ends); no copy.
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return text }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first...last])
    }

    /// Cleans `text` onto a single line (for titles, names, codes).
    static func cleanLine(_ text: String?) -> String? {
        guard var cleaned = clean(text) else { return nil }
        if !cleaned.withUTF8({ $0.contains(0x0A) }) { return cleaned }
        return cleaned.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// `normaliseURL` for ASCII text, on bytes: true when it already starts with `http://` or
    /// `https://` (any case) and has no space, false when it is not a web address; nil when it
    /// needs `https://` added or is not ASCII (the general path decides).
    private static func asciiURL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        if bytes.contains(0x20) { return false }
        func hasPrefix(_ prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard bytes.count >= count else { return false }
            return prefix.withUTF8Buffer { expected in
                (0..<count).allSatisfy { index in
                    let byte = bytes[index]
                    return (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) == expected[index]
                }
            }
        }
        return hasPrefix("http://") || hasPrefix("https://") ? true : nil
    }

    /// True when text looks like template wording a provider forgot to replace.
    static func looksLikePlaceholder(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["this field should contain", "enter text here", "lorem ipsum", "insert description", "[insert", "tbc tbc"]
            .contains { TextSearch.contains(lower, $0) }
    }

    /// Adds `https://` to web addresses given without a scheme; nil for text that is not a web address.
    static func normaliseURL(_ text: String?) -> (url: String, changed: Bool)? {
        guard var raw = cleanLine(text) else { return nil }
        if let plain = raw.withUTF8({ asciiURL($0) }) { return plain ? (raw, false) : nil }
        guard !raw.contains(" ") else { return nil }
        let lower = raw.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return (raw, false) }
        if raw.contains("@") || !raw.contains(".") { return nil }
        return ("https://" + raw, true)
    }
}
