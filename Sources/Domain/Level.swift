import Foundation

// MARK: - Qualification level

/// A level on the English qualifications frameworks (RQF/FHEQ): Entry, then 1 to 8.
///
/// Encoded as the string `"entry"` or the digit (`"3"`), which is how the API filters name them.
public struct Level: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// 0 for Entry level, otherwise 1 to 8.
    public let rank: Int

    /// Entry level.
    public static let entry = Level(uncheckedRank: 0)

    /// Creates a level from its rank (0 = Entry, 1–8); nil outside that range.
    public init?(rank: Int) {
        guard (0...8).contains(rank) else { return nil }
        self.rank = rank
    }

    private init(uncheckedRank: Int) { rank = uncheckedRank }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }

    /// "Entry level" or "Level 3".
    public var description: String { rank == 0 ? "Entry level" : "Level \(rank)" }

    /// The API form: "entry" or "1"…"8".
    public var code: String { rank == 0 ? "entry" : String(rank) }

    /// Parses the API form, a bare digit, "Entry", "E", "Entry Level 3", "Level 2", "L3".
    public init?(code text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        if key == "entry" || key == "e" || key.hasPrefix("entry") {
            self = .entry
        } else if let digit = Int(key.drop(while: { !$0.isNumber })), let level = Level(rank: digit),
            key.hasPrefix("level") || key.hasPrefix("l") || Int(key) != nil
        {
            self = level
        } else {
            return nil
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let level = Level(code: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a level (entry, 1–8)")
        }
        self = level
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}

// MARK: - Inferring a level from text

extension Level {
    /// Infers a level from qualification or course wording: "Level 3 Diploma", "Entry Level 2",
    /// "BSc (Hons)", "Foundation degree", "Postgraduate", "GCSE", "A level", "HNC". Returns nil when the
    /// text does not say.
    public static func infer(from text: String) -> Level? {
        let lower = text.lowercased()
        if lower.contains("entry level") || lower.range(of: #"\bentry\s*[1-3]\b"#, options: .regularExpression) != nil {
            return .entry
        }
        if let match = lower.range(of: #"\blevel\s*([1-8])\b"#, options: .regularExpression) {
            let digit = lower[match].last(where: \.isNumber).flatMap { Int(String($0)) }
            return digit.flatMap { Level(rank: $0) }
        }
        if let match = lower.range(of: #"\bl([1-8])\b"#, options: .regularExpression) {
            return Int(String(lower[match].dropFirst())).flatMap { Level(rank: $0) }
        }
        let keywords: [(String, Int)] = [
            ("doctorate", 8), ("phd", 8), ("postgraduate", 7), ("pgce", 7), ("master", 7), ("msc", 7), ("mba", 7),
            ("ma ", 7), ("degree apprenticeship", 6), ("bsc", 6), ("ba (hons)", 6), ("ba hons", 6), ("beng", 6),
            ("undergraduate", 6), ("bachelor", 6), ("foundation degree", 5), ("hnd", 5), ("hnc", 4),
            ("higher technical", 4), ("a level", 3), ("a-level", 3), ("t level", 3), ("access to he", 3),
            ("advanced", 3), ("gcse", 2), ("intermediate", 2),
        ]
        for (word, rank) in keywords where lower.contains(word) {
            return Level(rank: rank)
        }
        return nil
    }
}
