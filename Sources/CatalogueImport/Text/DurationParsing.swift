import Domain
import Foundation

// MARK: - Durations

/// Reads durations from ISO 8601 intervals (`P12W`, `P2Y`, `PT30H`) and from wording ("12 weeks",
/// "6 months (approx)").
enum DurationParsing {
    /// Parses a single-unit ISO 8601 duration. Multi-unit ones (`P1Y6M`) keep only the ISO text.
    static func parseISO(_ text: String) -> Duration? {
        let upper = TextCleaning.trim(text).uppercased()
        guard upper.hasPrefix("P"), upper.count >= 3 else { return nil }
        var body = upper.dropFirst()
        let isTime = body.hasPrefix("T")
        if isTime { body = body.dropFirst() }
        var pieces: [(Int, Character)] = []
        var number = ""
        for char in body {
            if char.isNumber {
                number.append(char)
            } else {
                guard let value = Int(number), "YMWDHS".contains(char) else { return nil }
                pieces.append((value, char))
                number = ""
            }
        }
        guard number.isEmpty, !pieces.isEmpty else { return nil }
        guard pieces.count == 1 else { return Duration(iso: upper) }
        let (value, designator) = pieces[0]
        let unit: Duration.Unit? =
            switch (designator, isTime) {
            case ("Y", false): .years
            case ("M", false): .months
            case ("W", false): .weeks
            case ("D", false): .days
            case ("H", true): .hours
            case ("M", true): .minutes
            default: nil
            }
        guard let unit else { return nil }
        return Duration(value: value, unit: unit, iso: upper)
    }

    /// Parses "12 weeks", "2 years", "30 hours", "1 day"; nil for ranges and other wording.
    static func parseText(_ text: String) -> Duration? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard words.count >= 2, let value = Int(words[0]) else { return nil }
        if words.count > 2, Int(words[1]) != nil { return nil }  // "3 - 4 years"
        guard let unit = unit(named: String(words[1])) else { return nil }
        return Duration(value: value, unit: unit, iso: iso(value: value, unit: unit))
    }

    static func unit(named name: String) -> Duration.Unit? {
        unitNames[TextCleaning.trim(name).lowercased()]
    }

    private static let unitNames: [String: Duration.Unit] = [
        "minute": .minutes, "minutes": .minutes, "min": .minutes, "mins": .minutes,
        "hour": .hours, "hours": .hours, "hr": .hours, "hrs": .hours,
        "day": .days, "days": .days, "week": .weeks, "weeks": .weeks, "wk": .weeks, "wks": .weeks,
        "month": .months, "months": .months, "year": .years, "years": .years, "yr": .years, "yrs": .years,
        "5": .hours, "6": .minutes, "1": .days, "2": .weeks, "3": .months, "4": .years,
    ]

    static func iso(value: Int, unit: Duration.Unit) -> String {
        switch unit {
        case .minutes: "PT\(value)M"
        case .hours: "PT\(value)H"
        case .days: "P\(value)D"
        case .weeks: "P\(value)W"
        case .months: "P\(value)M"
        case .years: "P\(value)Y"
        }
    }
}
