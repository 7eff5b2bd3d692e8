import Domain
import Foundation

// MARK: - Costs

/// Reads an amount in pounds from cost wording when the wording makes it unambiguous.
///
/// "£450", "GBP6,000 per stage", "GBP 640", "99,999.00", "0.0000" and "£1,295 (free if you are
/// unemployed or earn under £25,000)" give an amount (the leading figure is the price); "Free" and
/// "No tuition fee" give zero; "TBC" or "£300–£450 depending on units" give none.
enum CostParsing {
    private static let amountPattern = try! NSRegularExpression(
        pattern: #"(£|gbp\s*)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,4})?"#, options: [.caseInsensitive])

    static func amountPence(from text: String) -> Int? {
        let trimmed = TextCleaning.trim(text)
        guard let matches = AmountScanner.matches(in: trimmed) else { return amountPenceWithRegex(trimmed) }
        let bytes = Array(trimmed.utf8)
        if matches.isEmpty { return freeWordsPence(trimmed) }
        let first = matches[0]
        let startsWithAmount = String(decoding: bytes[..<first.start], as: UTF8.self).allSatisfy(\.isWhitespace)
        let chosen: AmountScanner.Match
        if startsWithAmount {
            // A second figure right after a dash is a range ("£300-£450"): ambiguous.
            if matches.count > 1, String(decoding: bytes[first.end..<matches[1].start], as: UTF8.self).allSatisfy({ "-–to ".contains($0) }) {
                return nil
            }
            chosen = first
        } else {
            let withCurrency = matches.filter(\.hasCurrency)
            guard withCurrency.count == 1 else { return nil }
            chosen = withCurrency[0]
        }
        var pounds = 0
        for byte in bytes[chosen.whole] where byte != UInt8(ascii: ",") {
            pounds = pounds * 10 + Int(byte &- 0x30)
            if pounds >= 10_000_000 { return nil }
        }
        var pence = 0
        let fraction = bytes[chosen.fraction]
        for (offset, byte) in fraction.prefix(2).enumerated() { pence += Int(byte &- 0x30) * (offset == 0 ? 10 : 1) }
        return pounds * 100 + pence
    }

    private static func freeWordsPence(_ trimmed: String) -> Int? {
        let lower = trimmed.lowercased()
        let freeWords = ["free", "no tuition fee", "no fee", "no cost", "nil", "fully funded"]
        return freeWords.contains(where: { lower.hasPrefix($0) || lower == $0 }) ? 0 : nil
    }

    /// The regular-expression reading, for text with non-ASCII digits or spaces (which the pattern's
    /// `\d` and `\s` also match); `AmountScanner` reads everything else the same way, faster.
    static func amountPenceWithRegex(_ trimmed: String) -> Int? {
        let nsRange = NSRange(trimmed.startIndex..., in: trimmed)
        let matches = amountPattern.matches(in: trimmed, range: nsRange)
        if matches.isEmpty { return freeWordsPence(trimmed) }
        let first = matches[0]
        let prefix = trimmed[trimmed.startIndex..<Range(first.range, in: trimmed)!.lowerBound]
        let startsWithAmount = prefix.allSatisfy(\.isWhitespace)
        let hasCurrency = matches.filter { $0.range(at: 1).location != NSNotFound }
        let chosen: NSTextCheckingResult
        if startsWithAmount {
            // A second figure right after a dash is a range ("£300-£450"): ambiguous.
            if matches.count > 1, let second = Range(matches[1].range, in: trimmed),
                let firstEnd = Range(first.range, in: trimmed)?.upperBound,
                trimmed[firstEnd..<second.lowerBound].allSatisfy({ "-–to ".contains($0) })
            {
                return nil
            }
            chosen = first
        } else if hasCurrency.count == 1 {
            chosen = hasCurrency[0]
        } else {
            return nil
        }
        let whole = (trimmed as NSString).substring(with: chosen.range(at: 2)).replacingOccurrences(of: ",", with: "")
        var fraction = chosen.range(at: 3).location == NSNotFound ? "" : String((trimmed as NSString).substring(with: chosen.range(at: 3)).dropFirst())
        fraction = String((fraction + "00").prefix(2))
        guard let pounds = Int(whole), let pence = Int(fraction), pounds < 10_000_000 else { return nil }
        return pounds * 100 + pence
    }

    /// Parses a DfE COST cell: a decimal with at most two places, optionally with thousands commas.
    static func decimalPence(_ text: String) -> Int? {
        if let pence = plainDecimalPence(text) { return pence }
        var cleaned = TextCleaning.trim(text)
        if cleaned.unicodeScalars.contains(where: { $0 == "£" || $0 == "," }) {
            cleaned = String(String.UnicodeScalarView(cleaned.unicodeScalars.filter { $0 != "£" && $0 != "," }))
        }
        let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isNumber), let pounds = Int(parts[0]), pounds < 10_000_000
        else { return nil }
        if parts.count == 1 { return pounds * 100 }
        let fraction = parts[1]
        guard fraction.allSatisfy(\.isNumber), fraction.count <= 4 else { return nil }
        let significant = fraction.count > 2 ? fraction.prefix(2) : fraction
        if fraction.count > 2, fraction.dropFirst(2).contains(where: { $0 != "0" }) { return nil }
        return pounds * 100 + (Int(String((significant + "00").prefix(2))) ?? 0)
    }
}

extension CostParsing {
    /// `decimalPence` for the common shape, read from the bytes: 1–9 ASCII digits, then optionally
    /// a point and up to 4 digits. Nil for anything else (the general path then decides).
    private static func plainDecimalPence(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            var pounds = 0
            var index = 0
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                // More than 9 digits is not the plain shape (and would overflow `Int` at 19).
                guard index < 9 else { return nil }
                pounds = pounds * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            guard index >= 1, index <= 9, pounds < 10_000_000 else { return nil }
            if index == bytes.count { return pounds * 100 }
            guard bytes[index] == 0x2E, bytes.count - index - 1 <= 4 else { return nil }
            var fraction = 0
            for position in (index + 1)..<bytes.count {
                let byte = bytes[position]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                let digit = Int(byte - 0x30)
                if position - index <= 2 {
                    fraction = fraction * 10 + digit
                } else if digit != 0 {
                    return nil
                }
            }
            // One decimal means tenths: "295.5" is 29550 pence.
            if bytes.count - index - 1 == 1 { fraction *= 10 }
            return pounds * 100 + fraction
        }
    }
}

// MARK: - Finding amounts without a regular expression

/// Finds what `(£|gbp\s*)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,4})?` (case-insensitive) matches, left to
/// right without overlaps, on UTF-8 bytes.
enum AmountScanner {
    struct Match {
        /// Byte offsets of the whole match.
        var start: Int
        var end: Int
        var hasCurrency: Bool
        /// The figure with its thousands commas, and the decimals after the point (maybe empty).
        var whole: Range<Int>
        var fraction: Range<Int>
    }

    /// The matches, or nil when the text has a non-ASCII digit or space, which only the regular
    /// expression reads the same way.
    static func matches(in text: String) -> [Match]? {
        var copy = text
        return copy.withUTF8 { bytes -> [Match]? in
            if bytes.contains(where: { $0 >= 0x80 }) {
                for scalar in text.unicodeScalars where !scalar.isASCII {
                    if scalar.properties.numericType == .decimal || scalar.properties.isWhitespace { return nil }
                }
            }
            var result: [Match] = []
            var index = 0
            while index < bytes.count {
                if let match = match(at: index, in: bytes) {
                    result.append(match)
                    index = match.end
                } else {
                    index += 1
                }
            }
            return result
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func match(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        var prefixEnd: Int?
        if start + 1 < bytes.count, bytes[start] == 0xC2, bytes[start + 1] == 0xA3 {
            prefixEnd = start + 2
        } else if start + 2 < bytes.count, bytes[start] | 0x20 == 0x67, bytes[start + 1] | 0x20 == 0x62, bytes[start + 2] | 0x20 == 0x70 {
            var index = start + 3
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0C, 0x0D].contains(bytes[index]) { index += 1 }
            prefixEnd = index
        }
        if let prefixEnd, let match = number(at: prefixEnd, in: bytes) {
            return Match(start: start, end: match.end, hasCurrency: true, whole: match.whole, fraction: match.fraction)
        }
        guard let match = number(at: start, in: bytes) else { return nil }
        return Match(start: start, end: match.end, hasCurrency: false, whole: match.whole, fraction: match.fraction)
    }

    private static func number(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (end: Int, whole: Range<Int>, fraction: Range<Int>)? {
        guard start < bytes.count, isDigit(bytes[start]) else { return nil }
        var run = start
        while run < bytes.count, isDigit(bytes[run]) { run += 1 }
        var wholeEnd = run
        // First alternative: one to three digits, then at least one ",ddd" group.
        func group(at index: Int) -> Bool {
            index + 3 < bytes.count && bytes[index] == 0x2C && isDigit(bytes[index + 1]) && isDigit(bytes[index + 2]) && isDigit(bytes[index + 3])
        }
        if run - start <= 3, group(at: run) {
            var index = run
            while group(at: index) { index += 4 }
            wholeEnd = index
        }
        var end = wholeEnd
        var fraction = end..<end
        if end + 1 < bytes.count, bytes[end] == 0x2E, isDigit(bytes[end + 1]) {
            var index = end + 1
            while index < bytes.count, index < end + 5, isDigit(bytes[index]) { index += 1 }
            fraction = (end + 1)..<index
            end = index
        }
        return (end, start..<wholeEnd, fraction)
    }
}
