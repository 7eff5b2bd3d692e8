import Matching
// MARK: - Senior and supervising job titles

/// Words that make a job title a supervising or senior post ("Customer service managers", "Senior
/// culinary chef"). A title without any of them names a job below such a post, so matching should not
/// read the one as the other.
public enum OccupationSeniority {
    /// The words, lower-cased as written (singular and plural).
    public static let words: Set<String> = [
        "manager", "managers", "supervisor", "supervisors", "director", "directors", "head", "chief", "senior",
        "lead", "leader", "leaders", "principal", "superintendent", "foreman", "forewoman",
    ]

    /// True when the lower-cased words of `title` include one of `words`.
    public static func isSenior(_ title: String) -> Bool {
        if let answer = asciiIsSenior(title) { return answer }
        return title.lowercased().split(whereSeparator: { !$0.isLetter }).contains { words.contains(String($0)) }
    }

    /// The lengths of `words`: a run of letters of any other length is none of them.
    private static let wordLengths = Set(words.map(\.utf8.count))

    /// `isSenior` for all-ASCII text, read byte by byte (callers pass whole profiles, once per candidate
    /// job); `nil` for any other text.
    private static func asciiIsSenior(_ text: String) -> Bool? {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var found = false
            var start = 0
            var index = 0
            func check(_ end: Int) {
                guard !found, wordLengths.contains(end - start) else { return }
                let word = String(decoding: bytes[start..<end].lazy.map { $0 | 0x20 }, as: UTF8.self)
                found = words.contains(word)
            }
            while index < bytes.count {
                let byte = bytes[index]
                guard byte < 0x80 else { return nil }
                let lower = byte | 0x20
                if lower < UInt8(ascii: "a") || lower > UInt8(ascii: "z") {
                    check(index)
                    start = index + 1
                }
                index += 1
            }
            check(bytes.count)
            return found
        } ?? nil
    }
}
