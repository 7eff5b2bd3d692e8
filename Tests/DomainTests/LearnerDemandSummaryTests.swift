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
        let records = Self.records(10, routes: [Self.care]) + Self.records(9, routes: [Self.digital]) + Self.records(11, routes: [Self.nurse])
        let summary = LearnerDemandSummary(records: records, filter: Self.november)
        // The 9 are hidden; so are the 10 (the smallest shown), or 30 − 11 − 10 would give the 9 away.
        #expect(summary.byRoute.counts == [DemandCount(id: "ifate:ST0781", label: "Nursing associate", learners: 11)])
        #expect(summary.byRoute.hiddenGroups == 2)
        #expect(summary.learners == 30)
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

    @Test("a hidden group cannot be recovered by subtracting the shown groups from the total (review 4, defect 14)")
    func complementarySuppression() throws {
        // 12 consented diagnoses in Wyre Forest and 4 without a district: before, Wyre Forest 12 was shown
        // with 16 learners in all, so "anywhere" was 16 − 12 = 4.
        let records = Self.records(12, routes: [Self.care], district: "wyre-forest") + Self.records(4, routes: [Self.care], district: nil)
        let summary = LearnerDemandSummary(records: records, filter: Self.november)
        let total = try #require(summary.learners)
        #expect(total == 16)
        #expect(summary.byDistrict.counts.isEmpty && summary.byDistrict.hiddenGroups == 2)
        // Whatever is shown, the total minus the shown counts never equals a single hidden group's size.
        let residual = total - summary.byDistrict.counts.reduce(0) { $0 + $1.learners }
        #expect(residual != 4)
        // With a third district large enough, two groups stay hidden and the largest is shown.
        let more = records + Self.records(20, routes: [Self.care], district: "worcester")
        let wider = LearnerDemandSummary(records: more, filter: Self.november)
        #expect(wider.byDistrict.counts.map(\.id) == ["worcester"] && wider.byDistrict.hiddenGroups == 2)
        // Two groups already hidden: nothing more is held back.
        let two = more + Self.records(3, routes: [Self.care], district: "malvern-hills")
        let both = LearnerDemandSummary(records: two, filter: Self.november)
        #expect(both.byDistrict.counts.map(\.id) == ["worcester", "wyre-forest"] && both.byDistrict.hiddenGroups == 2)
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
