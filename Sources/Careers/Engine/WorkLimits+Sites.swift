import Foundation
import Taxonomy

// MARK: - Leaving building sites

extension WorkLimit {
    /// Index of the building-site limit in `all`.
    static let sites = 15

    /// Leaving building sites ("get away from plaster dust and building sites altogether"): a learner who
    /// says so is not sent back on site, as a move or as a step up; site-based trades are closed as the
    /// heavy trades are (`heavyWorkTitleWords`), and so are jobs built on site work.
    static let siteLimits: [WorkLimit] = [
        WorkLimit(
            name: "work on building sites",
            statements: [],
            ruledOutWords: ["building sites", "building site", "construction sites", "construction site", "the sites", "site work", "on site"],
            skillLabels: ["Construction site safety", "Groundworks", "Scaffolding", "Working at height"],
            titleWords: heavyWorkTitleWords, anyMention: false,
            notice: "You say you want to get away from building sites, so site-based construction jobs are not suggested, as moves or as "
                + "steps up."),
    ]
}
