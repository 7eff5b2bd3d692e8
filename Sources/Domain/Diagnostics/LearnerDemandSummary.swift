// MARK: - Aggregated, suppressed demand

/// One published count: how many learners' records mention this route, occupation, skill or district.
public struct DemandCount: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    public var learners: Int

    public init(id: String, label: String, learners: Int) {
        self.id = id
        self.label = label
        self.learners = learners
    }
}

/// The published counts of one breakdown, and how many groups were held back because fewer than
/// `LearnerDemandSummary.minimumCount` learners were behind them, or to protect such a group
/// (complementary suppression, `LearnerDemandSummary.breakdown`). Held-back groups are neither named
/// nor counted.
public struct DemandBreakdown: Sendable, Hashable, Codable {
    /// Published counts, largest first.
    public var counts: [DemandCount]
    /// How many groups were hidden.
    public var hiddenGroups: Int

    public init(counts: [DemandCount], hiddenGroups: Int) {
        self.counts = counts
        self.hiddenGroups = hiddenGroups
    }
}

/// Demand over a window, by route, occupation, gap skill, uncovered gap skill and district, with
/// small counts hidden.
public struct LearnerDemandSummary: Sendable, Hashable, Codable {
    /// The provider view the figures come from; nil for all views.
    public var provider: String?
    public var from: String
    public var to: String
    public var district: String?
    /// Counts under this are hidden.
    public var minimumCount: Int
    /// Learners in the window, nil when under `minimumCount`.
    public var learners: Int?
    public var byRoute: DemandBreakdown
    public var byOccupation: DemandBreakdown
    public var byGapSkill: DemandBreakdown
    /// Gap skills no local course meeting the learners' constraints covered.
    public var byUncoveredSkill: DemandBreakdown
    public var byDistrict: DemandBreakdown

    /// The disclosure threshold of issue 6: no count under 10 is shown.
    public static let minimumCount = 10

    /// Aggregates records that already match `filter` (window, provider, district).
    ///
    /// A learner counts once per group however often their record mentions it; a district-less
    /// record counts under `anywhere`.
    public init(records: [LearnerDemandRecord], filter: LearnerDemandFilter, minimumCount: Int = LearnerDemandSummary.minimumCount) {
        provider = filter.provider?.rawValue
        from = filter.from
        to = filter.to
        district = filter.district
        self.minimumCount = minimumCount
        learners = records.count >= minimumCount ? records.count : nil
        byRoute = Self.breakdown(records.map(\.routes), minimumCount: minimumCount)
        byOccupation = Self.breakdown(records.map(\.occupations), minimumCount: minimumCount)
        byGapSkill = Self.breakdown(records.map(\.gapSkills), minimumCount: minimumCount)
        byUncoveredSkill = Self.breakdown(records.map(\.uncoveredSkills), minimumCount: minimumCount)
        byDistrict = Self.breakdown(
            records.map { [DemandItem(id: $0.district ?? "anywhere", label: District(rawValue: $0.district ?? "")?.name ?? "Anywhere")] },
            minimumCount: minimumCount)
    }

    /// Counts per group, each group under `minimumCount` hidden (primary suppression). When that hides
    /// exactly one group, the smallest shown group is hidden too (complementary suppression): otherwise
    /// the total of learners minus the shown groups is the hidden group's size (16 learners, 12 shown in
    /// Wyre Forest, so 4 elsewhere). With two or more hidden, the difference is only their sum, which
    /// names no single group. Ties for the smallest go to the label sorting last.
    static func breakdown(_ lists: [[DemandItem]], minimumCount: Int) -> DemandBreakdown {
        var counts: [String: Int] = [:]
        var labels: [String: String] = [:]
        for items in lists {
            var seen = Set<String>()
            for item in items where seen.insert(item.id).inserted {
                counts[item.id, default: 0] += 1
                labels[item.id] = item.label
            }
        }
        var shown = counts.filter { $0.value >= minimumCount }
            .map { DemandCount(id: $0.key, label: labels[$0.key] ?? $0.key, learners: $0.value) }
            .sorted { ($0.learners, $1.label) > ($1.learners, $0.label) }
        if counts.count - shown.count == 1, !shown.isEmpty { shown.removeLast() }
        return DemandBreakdown(counts: shown, hiddenGroups: counts.count - shown.count)
    }
}
