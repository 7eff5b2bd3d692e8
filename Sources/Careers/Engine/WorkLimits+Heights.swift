import Foundation
import Taxonomy

// MARK: - Work at height

extension WorkLimit {
    /// Index of the work-at-height limit in `all`.
    static let heights = 20

    /// Conditions that bring seizures or blackouts without warning: work at height is unsafe with them, as
    /// driving is (`medicalDrivingStatements`), though lifting and other physical work stay open.
    static let seizureStatements = ["epilepsy", "epileptic", "a seizure", "seizures", "blackouts", "black outs", "fits and faints"]

    /// How learners say they can no longer work at height ("so no more heights", "can't do heights now",
    /// "the doctor says no more ladders").
    static let heightStatements: [String] = {
        let heights = ["heights", "ladders", "roofs", "working at height", "working at heights", "work at height"]
        let openers = [
            "no more", "no", "can't do", "cant do", "cannot do", "can't work at", "cant work at", "cannot work at", "can't go up", "cant go up",
            "cannot go up", "not allowed up", "not allowed on", "no longer do", "no longer work at", "get off the",
        ]
        // What is climbed, said with a word of no longer climbing it ("I can't climb poles or lift heavy", "no more climbing towers").
        let climbed = ["poles", "pylons", "towers", "ladders", "scaffolding", "scaffolds", "masts", "trees", "roofs"]
        let climbing = ["can't climb", "cant climb", "cannot climb", "unable to climb", "not allowed to climb", "no longer climb", "no more climbing",
                        "no climbing", "can't go up", "cant go up"]
        return openers.flatMap { opener in heights.map { opener + " " + $0 } }
            + climbing.flatMap { opener in climbed.map { opener + " " + $0 } }
            + ["scared of heights", "afraid of heights", "fear of heights", "frightened of heights"]
    }()

    /// Work at height closed by a condition that brings seizures, or said to be closed in the learner's words:
    /// scaffolding, roofing, rigging and steel erection, and jobs whose standards are built on working at height.
    static let heightLimits: [WorkLimit] = [
        WorkLimit(
            name: "work at height",
            statements: seizureStatements + heightStatements,
            ruledOutWords: [],
            skillLabels: ["Working at height", "Scaffolding", "Roofing"],
            titleWords: ["scaffolder", "roofer", "steeplejack", "rigger", "erector", "arborist", "arboriculturist"], anyMention: false,
            titlePhrases: ["fall protection", "curtain wall", "overhead line", "overhead lines", "wind turbine", "tree surgeon", "tower crane"],
            notice: "You say you can no longer work at height, or mention a condition (such as epilepsy) that makes it unsafe, so jobs "
                + "built on working at height (scaffolding, roofing, rigging, steel erection) are not suggested, as moves or as steps up."),
    ]
}
