import Foundation
import Matching

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

    /// The feed's cost wording less the price the summary already gives: "£3,270 (Advanced Learner Loan available)"
    /// after "£3,270" is "Advanced Learner Loan available"; wording that is only the price is nil; any other wording
    /// ("£3,400 per year (…)", "£240 + VAT") is kept whole.
    static func remainder(of text: String, after summary: String) -> String? {
        guard text.hasPrefix(summary) else { return text }
        let rest = text.dropFirst(summary.count).trimmingCharacters(in: .whitespaces)
        if rest.isEmpty { return nil }
        guard rest.hasPrefix("("), rest.hasSuffix(")") else { return text }
        let inner = rest.dropFirst().dropLast()
        // Only one bracketed note: "(a) (b)" or "(a (b))" stays whole.
        guard !inner.contains("("), !inner.contains(")"), !inner.trimmingCharacters(in: .whitespaces).isEmpty else { return text }
        return inner.trimmingCharacters(in: .whitespaces)
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
