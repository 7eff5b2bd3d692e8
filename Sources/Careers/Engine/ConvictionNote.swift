import Foundation
import Matching
import Taxonomy

// MARK: - A note for someone with a criminal record

/// What an adviser tells someone who says they have a criminal record, have been in prison or are on
/// licence or probation ("released from prison in march", "who will take me on with a record"): many
/// employers take on people with convictions, most convictions become spent after a time and need not be
/// told then, and two free advice lines help with what to tell an employer and when.
///
/// Read as the limits are (`WorkLimit.states`): the learner's own words, not denied ("no criminal
/// record") and not someone else's ("my son is on probation"). A prison officer's or probation worker's
/// job is no record of theirs.
enum ConvictionNote {
    /// Phrases that say the learner has been in prison: time away from paid work too (`ReturnerNotice.breakPhrases`).
    static let prisonStatements = [
        "released from prison", "out of prison", "came out of prison", "got out of prison", "left prison", "been in prison",
        "was in prison", "in prison for", "served my sentence",
    ]
    /// Phrases that say the learner has a record or has served a sentence.
    static let recordStatements = prisonStatements + [
        "served time", "served a sentence", "my sentence",
        "on licence", "on license", "on probation", "criminal record", "with a record", "have a record", "got a record", "my record",
        "my conviction", "my convictions", "a conviction", "unspent conviction", "spent conviction", "ex offender", "ex-offender",
        "through the gate", "custodial sentence", "prison sentence", "my offence", "my offences",
    ]
    /// Words after a statement that make it a workplace, a job or a record of something else ("on licence
    /// premises", "my record of attendance", "prison officer").
    static let otherSenses: Set<String> = [
        "officer", "officers", "staff", "service", "premises", "holder", "holders", "keeping", "of", "label", "collection", "player",
        "worker", "workers", "team", "visits", "sales", "store", "shop",
    ]

    /// The note for a learner whose `text` says they have a record or have been in prison, or nil.
    static func notice(in text: String) -> String? {
        let lower = CareerDiagnostician.padded(text)
        let search = PhraseSearch(lower)
        guard search.containsAny(["prison", "licence", "license", "probation", "record", "conviction", "offend", "offence", "sentence", "through the gate"])
        else { return nil }
        let stated = recordStatements.contains { statement in
            guard search.contains(statement), WorkLimit.states(statement, in: lower) else { return false }
            return !followedByOtherSense(statement, in: lower)
        }
        guard stated else { return nil }
        return "You mention a criminal record or time in prison. Many employers take on people with convictions, and most convictions "
            + "become spent after a set time, when you need not tell an employer about them (some jobs, such as work with children or "
            + "vulnerable adults, are exceptions). Unlock (unlock.org.uk) and Nacro's free advice line (0300 123 1999) help with what to "
            + "tell an employer and when; your probation officer or the prison's resettlement team can also put you in touch with employers who recruit ex-offenders."
    }

    /// Whether every occurrence of `statement` in `lower` is followed by a word giving it another sense (`otherSenses`).
    static func followedByOtherSense(_ statement: String, in lower: String) -> Bool {
        var from = lower.startIndex
        var anyPlain = false
        while let found = lower.range(of: statement, range: from..<lower.endIndex) {
            from = found.upperBound
            let next = lower[found.upperBound...].split(whereSeparator: { !$0.isLetter }).first.map(String.init)
            if let next, otherSenses.contains(next) { continue }
            anyPlain = true
        }
        return !anyPlain
    }
}
