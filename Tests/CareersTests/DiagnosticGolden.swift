// MARK: - Digests of diagnostics before the throughput work

/// `byte count:FNV-1a digest` of each `DiagnosticStabilityTests` profile's sorted-key JSON diagnostic
/// over the test catalogue. First generated on main at 2742337 (before the diagnostic throughput work);
/// regenerated on reskill-2 once physical limits were read and weak third reskill paths dropped (with a notice when only one or two are shown) (the table committed with main at 8d6018b no
/// longer matched its own output for 13 of the 14 profiles; of those, only warehouse-online changes with
/// physical limits); regenerated on careers-vocab when the taxonomy learnt everyday-job wording, job
/// titles that imply skills and occupation skill profiles.
enum DiagnosticGolden {
    static let digests: [String: String] = [
        "care-assistant": "40820:e02c2d5a53b0db6c",
        "school-leaver": "8868:967700c8f9278f83",
        "warehouse-online": "29428:5ebe874a1656abc4",
        "returner-bookkeeper": "25281:49a4725e49a4d01d",
        "welder": "23271:c5ffcb897ae659ac",
        "chef-no-title": "27056:b49969f48f60c8e6",
        "typos-bullets": "41661:906dfe06495eea5b",
        "title-only": "22628:61489a3e796bde9a",
        "target-occupation": "29078:4e80c1ec33c9d610",
        "target-route-digital": "25135:ef635fdb208e2236",
        "graduate-manager": "24091:6fe8252e4d5188a9",
        "provider-scope": "13840:7a0174890c08692f",
        "no-skills": "2374:76465de74c369a0",
        "long-history": "42893:21541c965c5c0056",
    ]
}
