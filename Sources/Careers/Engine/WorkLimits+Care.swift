import Foundation
import Taxonomy

// MARK: - Leaving care work

extension WorkLimit {
    /// Index of the care-work limit in `all`.
    static let careWork = 16

    /// Leaving care work ("I dont think I can do care again"): a learner who says they cannot go back to care
    /// work is not offered care jobs (care workers, their leads and managers), as a move or as a step up. Health
    /// jobs that share some care skills stay open: the learner may still want the medical side.
    static let careLimits: [WorkLimit] = [
        WorkLimit(
            name: "care work",
            statements: ["no more care work", "out of care work", "leave care work", "leaving care work", "burnt out from care", "burned out from care"],
            ruledOutWords: ["do care", "care again", "care work", "caring work", "care jobs", "care job", "care anymore", "care any more", "work in care"],
            skillLabels: [], titleWords: [], anyMention: false,
            titlePhrases: ["adult care", "care worker", "care assistant", "care leader", "care manager", "care practitioner", "social care"],
            notice: "You say you cannot go back to care work, so care jobs (care workers and their leads and managers) are not suggested, "
                + "as moves or as steps up."),
    ]
}
