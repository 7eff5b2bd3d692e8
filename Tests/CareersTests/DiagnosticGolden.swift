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
        "warehouse-online": "29431:f3b269e9825037be",
        "returner-bookkeeper": "25382:1ab16ed52c401ed1",
        "welder": "30104:a2f86b39b86fe16f",
        "chef-no-title": "27151:b2eb563d256f02ab",
        "typos-bullets": "41620:19e73bdd985e8748",
        "title-only": "22628:ad64ce18097e3344",
        "target-occupation": "29172:cab2f406aa569601",
        "target-route-digital": "24491:7dad6289156b6873",
        "graduate-manager": "24091:f782246511b7bcf3",
        "provider-scope": "13840:7a0174890c08692f",
        "no-skills": "2374:76465de74c369a0",
        "long-history": "42806:7cd03786afb6b6af",
    ]
}
