// MARK: - Digests of diagnostics before the throughput work

/// `byte count:FNV-1a digest` of each `DiagnosticStabilityTests` profile's sorted-key JSON diagnostic
/// over the test catalogue. First generated on main at 2742337 (before the diagnostic throughput work);
/// regenerated on reskill-2 once physical limits were read (the table committed with main at 8d6018b no
/// longer matched its own output for 13 of the 14 profiles; of those, only warehouse-online changes with
/// physical limits).
enum DiagnosticGolden {
    static let digests: [String: String] = [
        "care-assistant": "24393:b2dedfb85f479e90",
        "school-leaver": "8605:7b43dc33a97393f4",
        "warehouse-online": "35744:b8d2c65a15bda18a",
        "returner-bookkeeper": "27260:7fbd3a7bc368be2a",
        "welder": "34328:3b0d314baf626bd6",
        "chef-no-title": "25405:367e415182ef4e9",
        "typos-bullets": "42927:163880414db300d8",
        "title-only": "22444:1eb59cbe17c5da9a",
        "target-occupation": "35133:a4388bd4749c3ecd",
        "target-route-digital": "23644:6d1f0fd8077b3725",
        "graduate-manager": "47745:f450aebdffd40925",
        "provider-scope": "10276:e7fcf55a8928343",
        "no-skills": "2374:76465de74c369a0",
        "long-history": "45905:507027268b9dec90",
    ]
}
