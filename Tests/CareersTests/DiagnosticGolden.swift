// MARK: - Digests of diagnostics before the throughput work

/// `byte count:FNV-1a digest` of each `DiagnosticStabilityTests` profile's sorted-key JSON diagnostic
/// over the test catalogue. First generated on main at 2742337 (before the diagnostic throughput work);
/// regenerated on reskill-2 once physical limits were read and weak third reskill paths dropped (with a notice when only one or two are shown) (the table committed with main at 8d6018b no
/// longer matched its own output for 13 of the 14 profiles; of those, only warehouse-online changes with
/// physical limits); regenerated on careers-ranking, where ten of the fourteen change on purpose: the why
/// names the skill a move's job is built on, the learner's level comes from their title's SOC 2020 unit
/// group or a named qualification level, moves more than one level up need a strong fit, sideways moves
/// within the learner's route fill in when other routes give fewer than two, and skills a standard
/// names only in passing rank lower.
enum DiagnosticGolden {
    static let digests: [String: String] = [
        "care-assistant": "24584:eaedada28381295d",
        "school-leaver": "8738:18a8eac6b6517a1",
        "warehouse-online": "24816:38857a6af970bdb3",
        "returner-bookkeeper": "33785:1bc2c26c26515b3d",
        "welder": "28064:6b029f662b1b715",
        "chef-no-title": "33571:bc06d3224a8dd566",
        "typos-bullets": "29520:68fd92816d8e0ac4",
        "title-only": "22750:2aa26ef775006218",
        "target-occupation": "29287:e7157c5be6701f96",
        "target-route-digital": "23644:6d1f0fd8077b3725",
        "graduate-manager": "29555:5407e309b14e4a28",
        "provider-scope": "10100:2b81b4e68ceaaf46",
        "no-skills": "2374:76465de74c369a0",
        "long-history": "42546:89a7268b0ea2d8f1",
    ]
}
