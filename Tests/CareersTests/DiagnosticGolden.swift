// MARK: - Digests of diagnostics before the throughput work

/// `byte count:FNV-1a digest` of each `DiagnosticStabilityTests` profile's sorted-key JSON diagnostic
/// over the test catalogue. First generated on main at 2742337 (before the diagnostic throughput work);
/// regenerated on reskill-2 once physical limits were read and weak third reskill paths dropped (with a notice when only one or two are shown) (the table committed with main at 8d6018b no
/// longer matched its own output for 13 of the 14 profiles; of those, only warehouse-online changes with
/// physical limits).
enum DiagnosticGolden {
    static let digests: [String: String] = [
        "care-assistant": "24527:1e5992c446dfded6",
        "school-leaver": "8738:18a8eac6b6517a1",
        "warehouse-online": "24704:f975b1e4dd0b8545",
        "returner-bookkeeper": "27392:655475006afa2d09",
        "welder": "30099:eff46b2e9ddc671b",
        "chef-no-title": "25405:367e415182ef4e9",
        "typos-bullets": "29413:47b93b592923a595",
        "title-only": "22628:1e9b15a18d2cd8e0",
        "target-occupation": "29233:437eac37a8662cfc",
        "target-route-digital": "23644:6d1f0fd8077b3725",
        "graduate-manager": "24294:4b7b665778786d2",
        "provider-scope": "10100:2b81b4e68ceaaf46",
        "no-skills": "2374:76465de74c369a0",
        "long-history": "42375:7eb1d5406e0c3889",
    ]
}
