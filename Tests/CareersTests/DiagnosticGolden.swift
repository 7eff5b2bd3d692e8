// MARK: - Digests of diagnostics before the throughput work

/// `byte count:FNV-1a digest` of each `DiagnosticStabilityTests` profile's sorted-key JSON diagnostic
/// over the test catalogue. First generated on main at 2742337 (before the diagnostic throughput work);
/// regenerated on reskill-2 once physical limits were read and weak third reskill paths dropped (with a notice when only one or two are shown) (the table committed with main at 8d6018b no
/// longer matched its own output for 13 of the 14 profiles; of those, only warehouse-online changes with
/// physical limits); regenerated on careers-vocab when the taxonomy learnt everyday-job wording, job
/// titles that imply skills and occupation skill profiles; regenerated again when that branch was merged
/// with careers-ranking (sideways moves, lead roles, SOC-based learner level), and for the merge's two fixes
/// (a wished-for field needs no shared specific skill; a named qualification level settles a near-tie
/// between standards for the learner's job); regenerated on careers-3, where only chef-no-title changed:
/// a move resting only on skills its standard names in passing (the fishmonger) is dropped; regenerated on
/// careers-4, where chef-no-title and no-skills changed: an empty reskill list's notice says why and what to say, and provider-scope, whose
/// teaching wish now puts the education route's learning mentor first; regenerated on careers-5, where
/// provider-scope (a hairdresser at the top of their route) now steps up to assessor coach and teacher,
/// and long-history's "study part-time in the evenings" (hours, not a kind of work) no longer matches
/// job titles (its Camera prep technician and Outdoor learning specialist paths are gone), and
/// warehouse-online, whose Construction plant operative (one specific shared skill) now says in its why
/// that it is listed after moves sharing two or more; regenerated again when careers-5 was merged with the careers
/// data round (everyday standards' core skills from their own statements; see that branch's commit for chef-no-title
/// and returner-bookkeeper); regenerated on careers-review, where returner-bookkeeper (anchored on a
/// standard whose skills it does not show) is no longer offered teaching or assessing it, and in typos-bullets,
/// where only shared skills core to a job or named throughout its standard count, Lift truck technician rests on
/// one and a sideways move (Port operative) sharing two is listed ahead of it.
/// Regenerated once more when careers-review was merged with careers-6 (anchor from the SOC placement,
/// family clauses place no one, pay words name no field).
/// Regenerated on careers-7: a reskill path's why names the shared skill that carries it (the first of
/// the target's distinctive core skills held), which changes the wording for care-assistant, typos-bullets,
/// target-occupation, graduate-manager and provider-scope; warehouse-online (a back injury, no field named)
/// now gets a desk-based move (procurement and supply assistant) right after its best skill move.
/// Regenerated on careers-data-2, where 12 of the 14 change with the taxonomy data alone (misreadings dropped:
/// a machine is not Machining, polish not a language, feeding not care nutrition, interiors not interior design;
/// the new Library services skill shifts skill frequencies and so every score), and again when careers-7 and
/// careers-data-2 were merged.
/// Regenerated on careers-review-2, where Roofer and Plasterer gain Working at height and Manual handling as
/// core skills (shifting skill frequencies and so scores) and limits and wishes are read as the learner's own.
/// Regenerated on careers-8, where 9 of the 14 change: a move said to be built on one widespread skill
/// (property maintenance, cleaning, waste management) the learner's own job is not about is no longer
/// offered, so care-assistant, chef-no-title and returner-bookkeeper show fewer moves (with the few-paths or
/// no-move notice); a standard the text's
/// SOC placement does not back is neither taken nor shown as the learner's job (target-occupation,
/// target-route-digital: a notice says so), and wishes read as titles must match the word naming the job.
/// Regenerated again when careers-review-2 and careers-8 were merged.
/// Regenerated on taxonomy-audit, where 13 of the 14 change with the taxonomy data and course tagging alone:
/// standards lose skills read from words used in another sense (custom made, in the event of, nature
/// conservation, tractor units, any "language", administration of medicines or treatments), which shifts
/// skill frequencies and so every score, and courses are no longer tagged from one word that only shares
/// a stem with a skill (garden centres, the Highway Code) or from audience wording, so "covers" lines change.
enum DiagnosticGolden {
    static let digests: [String: String] = [
        "care-assistant": "39333:9df3b5b3aef0ce22",
        "school-leaver": "7815:a288ca0fd4688d8e",
        "warehouse-online": "31020:b089623d1020efa3",
        "returner-bookkeeper": "14387:cfb5b8c856d222a2",
        "welder": "33622:9291551faffa46d4",
        "chef-no-title": "17889:88df34d5de1eedb1",
        "typos-bullets": "50481:fa1c7f4ea722b637",
        "title-only": "22882:5637ab9ff4672bec",
        "target-occupation": "13957:b1818660706aee07",
        "target-route-digital": "7939:5208d2cf1e3789b2",
        "graduate-manager": "39749:9715a45d13e0e763",
        "provider-scope": "26324:e175b585bacb171a",
        "no-skills": "904:c680940c294d10d5",
        "long-history": "38183:70b90e3951472e2b",
    ]
}
