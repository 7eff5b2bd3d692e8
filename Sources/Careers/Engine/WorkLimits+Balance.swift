import Foundation
import Taxonomy

// MARK: - Vertigo, and driving from a wheelchair

extension WorkLimit {
    /// Index of the vertigo limit in `all`.
    static let vertigo = 18
    /// Index of the wheelchair user's driving-for-a-living limit in `all`.
    static let wheelchairDriving = 19

    /// How learners name vertigo or an inner-ear condition that brings it ("Ménière's", "dizzy spells"): attacks
    /// without warning make heights, driving and machinery unsafe, but leave lifting and caring work open.
    static let vertigoStatements = [
        "vertigo", "menieres", "meniere's", "meniere", "ménière's", "ménières", "ménière", "labyrinthitis", "dizzy spells", "dizzy attacks",
        "dizzy turns", "dizziness attacks",
    ]

    /// How learners say they lost a leg or walk on a prosthesis: climbing, kneeling and rough ground are closed.
    static let limbLossStatements = [
        "amputee", "amputation", "amputated", "lost my leg", "lost my right leg", "lost my left leg", "lost a leg", "lost both legs",
        "lost my foot", "lost my right foot", "lost my left foot", "prosthetic leg", "on a prosthetic", "artificial leg",
        "below knee amputation", "above knee amputation",
    ]

    /// Limits of balance and of the seat: vertigo closes work at height, driving and machines (what the
    /// condition actually limits, not lifting); using a wheelchair closes driving for a living (lorries,
    /// buses, vans, chauffeuring, plant and forklifts), beside the physical limit it states too.
    static let balanceLimits: [WorkLimit] = [
        WorkLimit(
            name: "work at height, driving or operating machinery",
            statements: vertigoStatements,
            ruledOutWords: [],
            skillLabels: [
                "Working at height", "Scaffolding", "Roofing", "Driving licence", "Van driving", "HGV driving", "Bus and coach driving",
                "Forklift operation", "Plant operation", "Machine operation",
            ],
            titleWords: ["driver", "driving", "chauffeur", "scaffolder", "roofer", "steeplejack", "rigger"], anyMention: false,
            notice: "You mention vertigo or dizzy attacks, so jobs built on working at height, driving or operating machinery are not "
                + "suggested, as moves or as steps up. It does not rule out lifting or caring work. Employers must make reasonable adjustments "
                + "(somewhere safe to sit out an attack, no lone working at height), and Access to Work can pay for taxis to work if you cannot drive."),
        WorkLimit(
            name: "driving for a living",
            statements: wheelchairStatements,
            ruledOutWords: [],
            skillLabels: ["Van driving", "HGV driving", "Bus and coach driving", "Forklift operation", "Plant operation"],
            titleWords: ["driver", "driving", "chauffeur"], anyMention: false,
            notice: "You use a wheelchair, so jobs built on driving for a living (lorries, buses, vans) or on operating plant and forklifts "
                + "are not suggested, beside jobs done standing or climbing. Office, phone and desk-based jobs are open to you: employers must "
                + "make reasonable adjustments, and Access to Work can pay for equipment, adaptations and taxis to work."),
    ]
}
