import Foundation
import Taxonomy

// MARK: - Leaving cold and chilled work

extension WorkLimit {
    /// Index of the cold-work limit in `all`.
    static let cold = 17

    /// Leaving the cold ("I want to get out of the blood and the cold", "I've got Raynaud's"): the cold is
    /// not only the weather. Slaughter halls, meat cutting rooms and fish counters are chilled all day, so a
    /// learner who says they want out of the cold is not sent to them, as a move or as a step up; outdoor
    /// work is closed by the outdoor limit, which reads the same words.
    static let coldLimits: [WorkLimit] = [
        WorkLimit(
            name: "cold or chilled work",
            statements: ["raynaud", "raynauds", "raynaud's", "cold urticaria"],
            ruledOutWords: [
                "the cold", "being cold", "freezing cold", "cold store", "cold stores", "the freezers", "freezers", "the chillers", "chillers",
                "cold rooms", "the fridges",
            ],
            skillLabels: ["Butchery"], titleWords: ["abattoir", "butcher", "fishmonger", "fisher"], anyMention: false,
            notice: "You say you want to get out of the cold, so chilled work (slaughter halls, meat cutting rooms, fish counters and "
                + "cold stores) is not suggested, as moves or as steps up."),
    ]
}
