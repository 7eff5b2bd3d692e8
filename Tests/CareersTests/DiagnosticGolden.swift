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
/// teaching wish now puts the education route's learning mentor first; regenerated on careers-data, where
/// chef-no-title now gets Food technologist (menu planning and food safety are its core too), returner-bookkeeper
/// loses its upskill paths (its anchor had been Debt adviser only because that standard's "wages" of a
/// customer's income was read as payroll) and eight others change only in courses, coverage or wording.
enum DiagnosticGolden {
    static let digests: [String: String] = [
        "care-assistant": "40934:3f8915dd068e6f72",
        "school-leaver": "8868:a4fc95e8cfc7cb54",
        "warehouse-online": "29568:d82a83cfbbb92bb2",
        "returner-bookkeeper": "14989:ec77460ce2debf3d",
        "welder": "28069:f35109e7d9ce4f2a",
        "chef-no-title": "22950:236e781442675b46",
        "typos-bullets": "41740:331b3a01a55f7566",
        "title-only": "22750:b26ec4f98a6e747a",
        "target-occupation": "30021:b396bad9db0af53d",
        "target-route-digital": "24492:2230465fbcf83f59",
        "graduate-manager": "32329:5958447d67a45acb",
        "provider-scope": "16495:7240a10357fb1a29",
        "no-skills": "2529:a87877731c609904",
        "long-history": "42970:6288b213f162e70b",
    ]
}
