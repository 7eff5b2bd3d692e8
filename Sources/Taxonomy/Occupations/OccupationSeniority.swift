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
        title.lowercased().split(whereSeparator: { !$0.isLetter }).contains { words.contains(String($0)) }
    }
}
