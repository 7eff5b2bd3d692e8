import Foundation

// MARK: - Funding

extension CourseRun {
    /// True when the run is free to at least some learners: it costs nothing, or its cost or funding
    /// wording says it is free or funded (e.g. "free if you are unemployed", "fully funded",
    /// "funded apprenticeship", "Adult Education Budget").
    public func isFunded(courseFundingNotes: String?) -> Bool {
        if cost?.amountPence == 0 { return true }
        return [cost?.text, fundingNotes, courseFundingNotes].contains { text in
            guard let text else { return false }
            return Funding.mentionsFreeOrFunded(text)
        }
    }
}

/// Recognises wording that says a course is free or funded for some learners.
public enum Funding {
    private static let words = ["free", "funded", "no fee", "no fees", "no tuition fee", "no tuition fees", "no cost", "at no charge"]
    private static let phrases = ["adult education budget", "adult skills fund"]
    private static let negations = ["not funded", "self-funded", "self funded"]

    /// True when `text` says the course is free or funded, and does not only say it is not.
    public static func mentionsFreeOrFunded(_ text: String) -> Bool {
        let lower = text.lowercased()
        if negations.contains(where: { TextSearch.contains(lower, $0) }) { return false }
        return words.contains { TextSearch.containsWord(lower, $0) } || phrases.contains { TextSearch.contains(lower, $0) }
    }
}
