import Domain
import Foundation

// MARK: - Dates in feeds

/// Parses the dates real feeds contain, keeping their precision.
///
/// Accepted: W3C-DTF (`2027`, `2027-09`, `2027-09-01`, with a time and zone, `T` or a space),
/// `yyyyMMdd HH:mm:ss`, `dd/MM/yyyy` (and `M/d/yyyy` when the first number cannot be a day-month
/// pair the UK way, e.g. `4/27/2020 12:00:00 AM`), `31-Aug-21`, `11 May 2017`, `1st September 2027`,
/// `Monday 12 January 2027`, `September 2027`, `Sept 2027`.
enum DateParsing {
    /// Parses W3C-DTF as XCRI-CAP's `@dtf` attribute uses it. Nil when invalid.
    static func parseDTF(_ text: String) -> PartialDate? {
        let trimmed = TextCleaning.trim(text)
        let datePart = trimmed.prefix(while: { $0 != "T" && $0 != " " })
        let pieces = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(pieces.count), pieces[0].count == 4, let year = Int(pieces[0]) else { return nil }
        if pieces.count == 1 { return date(year: year, month: nil, day: nil) }
        guard pieces[1].count == 2, let month = Int(pieces[1]) else { return nil }
        if pieces.count == 2 { return date(year: year, month: month, day: nil) }
        guard pieces[2].count == 2, let day = Int(pieces[2]) else { return nil }
        if datePart.count < trimmed.count {
            let time = trimmed[datePart.endIndex...].dropFirst()
            guard time.first?.isNumber == true, time.contains(":") else { return nil }
        }
        return date(year: year, month: month, day: day)
    }

    /// Parses free-text or formatted dates. Nil when the text does not hold a recognisable date.
    static func parse(_ text: String) -> PartialDate? {
        let trimmed = TextCleaning.trim(text)
        guard !trimmed.isEmpty else { return nil }
        if let dtf = parseDTF(trimmed) { return dtf }
        if let compact = parseCompact(trimmed) { return compact }
        if let numeric = parseNumeric(trimmed) { return numeric }
        return parseWords(trimmed)
    }

    /// Parses DfE's `dd/MM/yyyy` exactly. Nil when invalid.
    static func parseUK(_ text: String) -> PartialDate? {
        // Common case: ASCII digits only, read from the bytes (same result as the general path).
        if let (day, month, year) = ukDigits(text) { return date(year: year, month: month, day: day) }
        let parts = TextCleaning.trim(text).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return date(year: year, month: month, day: day)
    }

    /// Day, month and year of `d/M/yyyy`-shaped ASCII text (1–2, 1–2 and 4 digits); nil for
    /// anything else, which the general path then reads.
    private static func ukDigits(_ text: String) -> (Int, Int, Int)? {
        var text = text
        return text.withUTF8 { bytes -> (Int, Int, Int)? in
            var numbers = (0, 0, 0)
            var part = 0
            var digits = 0
            for byte in bytes {
                if byte == 0x2F {
                    guard part < 2, (1...2).contains(digits) else { return nil }
                    part += 1
                    digits = 0
                    continue
                }
                // At most 2, 2 and 4 digits (a longer run is not the shape, and could overflow `Int`).
                guard byte >= 0x30, byte <= 0x39, digits < (part == 2 ? 4 : 2) else { return nil }
                let digit = Int(byte - 0x30)
                switch part {
                case 0: numbers.0 = numbers.0 * 10 + digit
                case 1: numbers.1 = numbers.1 * 10 + digit
                default: numbers.2 = numbers.2 * 10 + digit
                }
                digits += 1
            }
            guard part == 2, digits == 4 else { return nil }
            return numbers
        }
    }

    // MARK: Formats

    private static func parseCompact(_ text: String) -> PartialDate? {
        let digits = text.prefix(while: \.isNumber)
        guard digits.count == 8, text.count == 8 || text.dropFirst(8).first == " " else { return nil }
        let chars = Array(digits)
        guard let year = Int(String(chars[0..<4])), let month = Int(String(chars[4..<6])), let day = Int(String(chars[6..<8]))
        else { return nil }
        return date(year: year, month: month, day: day)
    }

    private static func parseNumeric(_ text: String) -> PartialDate? {
        let datePart = text.split(separator: " ").first.map(String.init) ?? text
        let parts = datePart.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }),
            var first = Int(parts[0]), var second = Int(parts[1]), var year = Int(parts[2])
        else { return nil }
        if parts[2].count == 2 { year += 2000 } else if parts[2].count != 4 { return nil }
        if first > 12, second <= 12 {
            // UK order already: day/month.
        } else if second > 12, first <= 12 {
            swap(&first, &second)  // US order: month/day.
        }
        return date(year: year, month: second, day: first)
    }

    private static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    private static func parseWords(_ text: String) -> PartialDate? {
        var month: Int?
        var fourDigitYear: Int?
        var smallNumbers: [Int] = []
        var token = ""
        func finish() {
            defer { token = "" }
            guard !token.isEmpty else { return }
            if let value = months[token] {
                if month == nil { month = value }
                return
            }
            let digits = token.prefix(while: \.isNumber)
            let suffix = token.dropFirst(digits.count)
            guard let number = Int(digits), suffix.isEmpty || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" else { return }
            if digits.count == 4, suffix.isEmpty { fourDigitYear = fourDigitYear ?? number } else if digits.count <= 2 { smallNumbers.append(number) }
        }
        for char in text.lowercased() {
            if char.isNumber, let last = token.last, last.isLetter { finish() }
            if char.isLetter || char.isNumber { token.append(char) } else { finish() }
        }
        finish()
        guard let month else { return nil }
        if let year = fourDigitYear { return date(year: year, month: month, day: smallNumbers.first) }
        // "31-Aug-21": day, month, two-digit year.
        guard smallNumbers.count == 2 else { return nil }
        return date(year: 2000 + smallNumbers[1], month: month, day: smallNumbers[0])
    }

    // MARK: Building

    private static func date(year: Int, month: Int?, day: Int?) -> PartialDate? {
        guard (1900...2200).contains(year) else { return nil }
        guard let month else { return PartialDate(iso: String(year), precision: .year) }
        guard (1...12).contains(month) else { return nil }
        guard let day else { return PartialDate(iso: "\(year)-\(twoDigits(month))", precision: .month) }
        guard (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        return PartialDate(iso: "\(year)-\(twoDigits(month))-\(twoDigits(day))", precision: .day)
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// True when the text says a run can start at any time.
    static func meansFlexibleStart(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["flexible", "any time", "anytime", "roll on", "roll-on", "rolling", "on demand", "enrol now", "start when"]
            .contains { lower.contains($0) }
    }
}
