import Domain
import Testing

// MARK: - Suppressed demand figures

@Suite("Learner demand summary")
struct LearnerDemandSummaryTests {
    static let care = DemandItem(id: "care-services", label: "Care services")
    static let digital = DemandItem(id: "digital", label: "Digital")
    static let nurse = DemandItem(id: "ifate:ST0781", label: "Nursing associate")
    static let november = LearnerDemandFilter(provider: nil, from: "2026-11-01", to: "2026-11-30")

    static func records(_ count: Int, routes: [DemandItem], skills: [DemandItem] = [], district: String? = "worcester") -> [LearnerDemandRecord] {
        (0..<count).map { _ in
            LearnerDemandRecord(day: "2026-11-10", provider: nil, district: district, routes: routes, occupations: [], gapSkills: skills)
        }
    }

    @Test("10 learners are shown, 9 are hidden and only counted as a hidden group")
    func threshold() {
        let summary = LearnerDemandSummary(records: Self.records(10, routes: [Self.care]) + Self.records(9, routes: [Self.digital]), filter: Self.november)
        #expect(summary.byRoute.counts == [DemandCount(id: "care-services", label: "Care services", learners: 10)])
        #expect(summary.byRoute.hiddenGroups == 1)
        #expect(summary.learners == 19)
        #expect(summary.minimumCount == 10)
        let nine = LearnerDemandSummary(records: Self.records(9, routes: [Self.care]), filter: Self.november)
        #expect(nine.byRoute.counts.isEmpty)
        #expect(nine.byRoute.hiddenGroups == 1)
        #expect(nine.learners == nil)
        #expect(nine.byDistrict.counts.isEmpty && nine.byDistrict.hiddenGroups == 1)
    }

    @Test("a learner counts once per group; groups sort by count, then label; districts fall back to anywhere")
    func counting() {
        let twice = Self.records(12, routes: [Self.digital, Self.digital], skills: [Self.nurse], district: nil)
        let summary = LearnerDemandSummary(records: twice + Self.records(15, routes: [Self.care]), filter: Self.november)
        #expect(summary.byRoute.counts.map(\.learners) == [15, 12])
        #expect(summary.byRoute.counts.map(\.id) == ["care-services", "digital"])
        #expect(summary.byGapSkill.counts == [DemandCount(id: "ifate:ST0781", label: "Nursing associate", learners: 12)])
        #expect(summary.byDistrict.counts == [
            DemandCount(id: "worcester", label: "Worcester", learners: 15), DemandCount(id: "anywhere", label: "Anywhere", learners: 12),
        ])
        #expect(summary.byOccupation == DemandBreakdown(counts: [], hiddenGroups: 0))
        let tie = LearnerDemandSummary(records: Self.records(10, routes: [Self.digital]) + Self.records(10, routes: [Self.care]), filter: Self.november)
        #expect(tie.byRoute.counts.map(\.label) == ["Care services", "Digital"])
    }

    @Test("an empty window publishes nothing and hides nothing")
    func empty() {
        let summary = LearnerDemandSummary(records: [], filter: LearnerDemandFilter(provider: ProviderID(rawValue: "worcester-college"), from: "2026-01-01", to: "2026-01-31"))
        #expect(summary.learners == nil)
        #expect(summary.byRoute == DemandBreakdown(counts: [], hiddenGroups: 0))
        #expect(summary.provider == "worcester-college")
    }

    @Test("saved-diagnostic ids: 26 base32 characters after dg_, shape checked")
    func ids() {
        let id = SavedDiagnosticID.make()
        #expect(SavedDiagnosticID.isWellFormed(id))
        #expect(id.count == 29)
        #expect(!SavedDiagnosticID.isWellFormed(id.uppercased()))
        #expect(!SavedDiagnosticID.isWellFormed(String(id.dropLast())))
        #expect(SavedDiagnosticID.make() != id)
    }
}
