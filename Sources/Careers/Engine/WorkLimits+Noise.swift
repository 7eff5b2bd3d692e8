import Foundation
import Taxonomy

// MARK: - Loud work, for ears that can no longer take it

extension WorkLimit {
    /// Index of the noise limit in `all`.
    static let noise = 21

    /// How learners say their ears can no longer take loud sound ("tinnitus and hyperacusis", "no more
    /// loud gigs"): an ear condition of their own, not deafness, so the work to avoid is loud work, not
    /// the phone as such.
    static let noiseStatements = [
        "tinnitus", "hyperacusis", "sensitive to noise", "sensitivity to noise", "noise sensitivity", "sensitive to loud", "no more loud",
        "can't cope with noise", "cant cope with noise", "cannot cope with noise", "can't cope with loud", "cant cope with loud",
        "noise induced hearing", "noise-induced hearing",
    ]

    /// The noise limit: live sound and events, loud venues, and headset phone work all day are closed; quieter
    /// work in the same field (editing, post production, teaching) stays open.
    static let noiseLimits: [WorkLimit] = [
        WorkLimit(
            name: "loud work",
            statements: noiseStatements,
            ruledOutWords: ["loud", "noise", "noisy", "gigs", "festivals", "nightclubs", "clubs"],
            skillLabels: ["Live events and theatre", "Call handling"], titleWords: ["venue", "rigger"], anyMention: false,
            titlePhrases: ["outside broadcasting", "live event"],
            notice: "You mention tinnitus or sensitivity to noise, so jobs in loud places (live sound and events, venues, call-centre "
                + "headsets all day) are not suggested, as moves or as steps up; quieter work in the same field stays open. Employers must make "
                + "reasonable adjustments (a quieter room, breaks from noise), Access to Work can help, and Tinnitus UK gives free advice."),
    ]
}
