import Foundation

// MARK: - A course's cost, worded for one learner

extension CourseOption {
    /// The cost as the learner should read it: "free", "£395, or free if eligible", "£2,150",
    /// "cost not given". Never "free" for a run that is free only for another age band.
    public var costSummary: String {
        let price = costPence.flatMap { $0 > 0 ? Self.pounds($0) : nil }
        switch costToLearner {
        case .free: return "free"
        case .ifEligible: return price.map { "\($0), or free if eligible" } ?? "free if eligible"
        // A run priced only by its 16–18 wording ("Free for 16-18 year olds") has no published adult fee.
        case .charged: return price ?? "adult fee not published"
        case .notStated: return "cost not given"
        case nil:
            // Reports saved before costs were worded per learner.
            return costPence.map { $0 == 0 ? "free" : Self.pounds($0) } ?? (funded ? "funded" : "cost not given")
        }
    }

    /// What `costSummary` leaves out: who studies free (for "free if eligible"), or, when the learner pays,
    /// a note that the free places are another age band's (`CostWording.youthOnlyNote`,
    /// `CostWording.adultConditionsNote`) or else the feed's own wording ("Free for 16-18 year olds; adults £2,150").
    public var costCondition: String? {
        switch costToLearner {
        case .ifEligible: return fundingCondition ?? costText
        case .charged: return fundingCondition ?? costText.flatMap { Self.remainder(of: $0, after: costSummary) }
        default: return nil
        }
    }

    /// The feed's cost wording without the price the summary already gives: "£3,270 (Advanced Learner Loan
    /// available)" after "£3,270" is "Advanced Learner Loan available"; wording that is only the price is nil.
    static func remainder(of text: String, after summary: String) -> String? {
        guard text.hasPrefix(summary) else { return text }
        let rest = text.dropFirst(summary.count)
        // "£3,270" must not be read as the start of "£3,2700".
        if let next = rest.first, next.isNumber || next == "," || next == "." { return text }
        let trimmed = rest.trimmingCharacters(in: CharacterSet(charactersIn: " ()[]-–—,;:."))
        return trimmed.isEmpty ? nil : trimmed
    }

    /// "£2,150" or "£12.50".
    static func pounds(_ pence: Int) -> String {
        let whole = pence / 100, part = pence % 100
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.groupingSeparator = ","
        formatter.usesGroupingSeparator = true
        let text = formatter.string(from: NSNumber(value: whole)) ?? String(whole)
        return "£" + text + (part == 0 ? "" : String(format: ".%02d", part))
    }
}
