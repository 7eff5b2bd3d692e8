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
        let lower = trimmed.lowercased()
        let nsRange = NSRange(trimmed.startIndex..., in: trimmed)
        let matches = amountPattern.matches(in: trimmed, range: nsRange)
        if matches.isEmpty {
            let freeWords = ["free", "no tuition fee", "no fee", "no cost", "nil", "fully funded"]
            return freeWords.contains(where: { lower.hasPrefix($0) || lower == $0 }) ? 0 : nil
        }
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
