// MARK: - Digests of diagnostics before the throughput work

/// `byte count:FNV-1a digest` of each `DiagnosticStabilityTests` profile's sorted-key JSON diagnostic
/// over the test catalogue. First generated on main at 2742337 (before the diagnostic throughput work);
/// regenerated on reskill-2 once physical limits were read and weak third reskill paths dropped (the table committed with main at 8d6018b no
/// longer matched its own output for 13 of the 14 profiles; of those, only warehouse-online changes with
/// physical limits).
enum DiagnosticGolden {
    static let digests: [String: String] = [
        "care-assistant": "24393:b2dedfb85f479e90",
        "school-leaver": "8605:7b43dc33a97393f4",
        "warehouse-online": "24519:44a6babef4a33b85",
        "returner-bookkeeper": "27260:7fbd3a7bc368be2a",
        "welder": "30099:eff46b2e9ddc671b",
        "chef-no-title": "25405:367e415182ef4e9",
        "typos-bullets": "29278:2cc28f33bc38fb83",
        "title-only": "22444:1eb59cbe17c5da9a",
        "target-occupation": "29233:437eac37a8662cfc",
        "target-route-digital": "23644:6d1f0fd8077b3725",
        "graduate-manager": "24294:4b7b665778786d2",
        "provider-scope": "10276:e7fcf55a8928343",
        "no-skills": "2374:76465de74c369a0",
        "long-history": "42375:7eb1d5406e0c3889",
    ]
}
