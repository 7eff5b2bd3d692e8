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
    private static let patterns = [
        #"\bfree\b"#, #"\bfully[- ]funded\b"#, #"\bfunded\b"#, #"\bno (tuition )?fee"#, #"\bno cost\b"#,
        #"adult education budget"#, #"adult skills fund"#, #"\bat no charge\b"#,
    ]

    /// True when `text` says the course is free or funded, and does not only say it is not.
    public static func mentionsFreeOrFunded(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.contains("not funded") || lower.contains("self-funded") || lower.contains("self funded") { return false }
        return patterns.contains { lower.range(of: $0, options: .regularExpression) != nil }
    }
}
