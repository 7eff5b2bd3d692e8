// MARK: - Digests of diagnostics before the throughput work

/// `byte count:FNV-1a digest` of each `DiagnosticStabilityTests` profile's sorted-key JSON diagnostic
/// over the test catalogue, as produced by main at 2742337 (before the diagnostic throughput work).
enum DiagnosticGolden {
    static let digests: [String: String] = [
        "care-assistant": "27087:9223acc543a9b80d",
        "school-leaver": "20058:250945d900cdaa44",
        "warehouse-online": "61935:cf74e076d782eb8e",
        "returner-bookkeeper": "33139:fb3dea6c0c3b8d02",
        "welder": "61751:6d7bf4de5b1e0c6e",
        "chef-no-title": "57138:9e72cfa115126aec",
        "typos-bullets": "80662:79b1f39cd63f9ace",
        "title-only": "53360:538e5ff6118bfca6",
        "target-occupation": "45822:edaa3c6b2cf776a9",
        "target-route-digital": "72562:fc1b03266ddb4923",
        "graduate-manager": "57509:d8ee57505f463def",
        "provider-scope": "11049:8144a036211fb679",
        "no-skills": "2374:76465de74c369a0",
        "long-history": "63110:1a8257958184bfc6",
    ]
}
