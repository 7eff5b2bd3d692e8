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
        if TextSearch.contains(lower, "entry level") || (1...3).contains(where: { TextSearch.containsWord(lower, "entry \($0)") }) {
            return .entry
        }
        if let rank = number(after: "level", in: lower) ?? (1...8).first(where: { TextSearch.containsWord(lower, "l\($0)") }) {
            return Level(rank: rank)
        }
        // An Access to Higher Education diploma prepares for a degree: it is level 3, whatever "higher" says.
        if TextSearch.contains(lower, "access to higher education") { return Level(rank: 3) }
        let keywords: [(String, Int)] = [
            ("doctorate", 8), ("phd", 8), ("postgraduate", 7), ("pgce", 7), ("master", 7), ("msc", 7), ("mba", 7),
            ("ma", 7), ("degree apprenticeship", 6), ("bsc", 6), ("ba (hons)", 6), ("ba hons", 6), ("beng", 6),
            ("undergraduate", 6), ("bachelor", 6), ("foundation degree", 5), ("hnd", 5), ("hnc", 4),
            ("higher technical", 4), ("a level", 3), ("a-level", 3), ("t level", 3), ("access to he", 3),
            ("advanced", 3), ("gcse", 2), ("intermediate", 2),
        ]
        // "MA" is a degree only as a word: "Diploma (Health Professions)" holds "ma (" and is no master's.
        for (word, rank) in keywords where word == "ma" ? TextSearch.containsWord(lower, word) : TextSearch.contains(lower, word) {
            return Level(rank: rank)
        }
        return nil
    }

    /// The digit 1–8 standing as a word after `word` (e.g. "level 3", "level3"), if any.
    private static func number(after word: String, in text: String) -> Int? {
        let characters = Array(text.utf8)
        let pattern = Array(word.utf8)
        guard characters.count > pattern.count else { return nil }
        var index = 0
        while index + pattern.count < characters.count {
            if Array(characters[index..<(index + pattern.count)]) == pattern {
                var next = index + pattern.count
                while next < characters.count, characters[next] == 0x20 { next += 1 }
                if next < characters.count, (0x31...0x38).contains(characters[next]),
                    next + 1 == characters.count || !(0x30...0x39).contains(characters[next + 1])
                {
                    return Int(characters[next] - 0x30)
                }
            }
            index += 1
        }
        return nil
    }
}
