import Domain
import Foundation
import Testing
@testable import WorkforcePlanning

// MARK: - Training suggestions and the provision classification

/// A catalogue stand-in: fixed offers per skill.
struct FixedProvision: SkillProvisionFinding {
    var offers: [String: [ProvisionOffer]]

    func provision(forSkill skill: String, label: String, occupation: OccupationMatch?) async throws -> [ProvisionOffer] {
        offers[skill] ?? []
    }
}

/// A firm whose welders all need welding at level 3 from level 1.
func weldingFirm(welders: Int, district: District = .worcester, preferences: TrainingPreferences? = nil) -> WorkforcePlan {
    let welding = SkillRequirement(skill: "welding", label: "Welding", importance: .critical, required: 3, currentLevels: Array(repeating: 1, count: welders))
    var plan = makePlan([Role(id: "welder", title: "Welder", occupation: OccupationCode(soc2020Unit: "5213"), headcount: welders, skills: [welding])])
    plan.organisation.district = district
    plan.trainingPreferences = preferences
    return plan
}

@Suite("Training and provision")
struct ProvisionTests {
    static let evening = ProvisionOffer(
        courseID: "1", title: "Welding (evening)", providerName: "Kidderminster College", districts: [.wyreForest], deliveryModes: [.classroom], evening: true)
    static let day = ProvisionOffer(courseID: "2", title: "Welding (day release)", providerName: "Worcester College", districts: [.worcester], deliveryModes: [.classroom])
    static let away = ProvisionOffer(
        courseID: "3", title: "Welding (Birmingham)", providerName: "City College", districts: [.outsideCounty], deliveryModes: [.classroom], evening: true)
    static let apprenticeship = ProvisionOffer(
        courseID: "4", title: "Metal fabricator apprenticeship", providerName: "Worcester College", districts: [.worcester], deliveryModes: [.workBased],
        standardReference: "ST0607")

    @Test("suggestions keep courses the employer can reach and rank those meeting more preferences first, the role's standard on top")
    func ranking() async throws {
        let finder = PreferenceTrainingFinder(provision: FixedProvision(offers: ["welding": [Self.day, Self.away, Self.evening, Self.apprenticeship]]))
        let evening = try await finder.suggestions(
            forSkill: "welding", label: "Welding", occupation: nil, preferences: TrainingPreferences(evening: true, districts: [.wyreForest, .worcester]))
        #expect(evening.map(\.courseID) == ["1", "2", "4"])  // Birmingham is out of reach; evening first
        #expect(evening[0].reason.contains("evening") && evening[0].reason.contains("Wyre Forest"))
        let welder = OccupationMatch(soc2020Unit: "5213", title: "Welding trades", standardReference: "ST0607", confidence: 1)
        let onTheJob = try await finder.suggestions(
            forSkill: "welding", label: "Welding", occupation: welder, preferences: TrainingPreferences(onTheJob: true, districts: [.worcester]))
        #expect(onTheJob.first?.courseID == "4" && onTheJob.first?.standardReference == "ST0607")
        #expect(onTheJob.first?.reason.contains("apprenticeship standard for this role") == true)
        #expect(!onTheJob.contains { $0.courseID == "1" })  // Wyre Forest is not one of its districts
    }

    @Test("Deploy, Adapt, Import and Develop, each by its rule")
    func classification() {
        let anywhere = TrainingPreferences()
        let eveningWanted = TrainingPreferences(evening: true)
        #expect(DemandSummary.classify([Self.day], wanted: anywhere, places: ["worcester"]).0 == .deploy)
        #expect(DemandSummary.classify([Self.day], wanted: eveningWanted, places: ["worcester"]).0 == .adapt)  // wrong format
        #expect(DemandSummary.classify([Self.evening], wanted: eveningWanted, places: ["redditch"]).0 == .adapt)  // wrong place
        #expect(DemandSummary.classify([Self.evening], wanted: eveningWanted, places: ["worcestershire"]).0 == .deploy)  // county-wide demand
        #expect(DemandSummary.classify([Self.away], wanted: eveningWanted, places: ["worcester"]).0 == .import)
        #expect(DemandSummary.classify([], wanted: anywhere, places: ["worcester"]).0 == .develop)
        let adapt = DemandSummary.classify([Self.day], wanted: eveningWanted, places: ["worcester"])
        #expect(adapt.1.contains("format (evening)") && adapt.2.map(\.courseID) == ["2"])
    }

    @Test("the wanted format is what most employers behind a skill ask for")
    func majority() {
        let wanted = DemandSummary.majority([
            TrainingPreferences(evening: true), TrainingPreferences(evening: true, online: true), TrainingPreferences(online: true),
            TrainingPreferences(evening: true), TrainingPreferences(short: true),
        ])
        #expect(wanted == TrainingPreferences(evening: true))
    }

    @Test("from plans: four employers classify nothing; one employer with 60% of the figure is never published; five even firms are")
    func fromPlans() async throws {
        let finder = FixedProvision(offers: ["welding": [Self.day]])
        let four = DemandSummary((0..<4).map { DemandSummary.Contribution(employer: "e\($0)", plan: weldingFirm(welders: 3)) })
        #expect(four.table.cells.isEmpty)
        #expect(try await four.provisionGaps(using: finder).skills.isEmpty)
        // 6 + 1 + 1 + 1 + 1 welders: five employers and ten people, but one holds 60%.
        let dominated = DemandSummary((0..<5).map { DemandSummary.Contribution(employer: "e\($0)", plan: weldingFirm(welders: $0 == 0 ? 6 : 1)) })
        #expect(!dominated.table.cells.contains { $0.skill == "welding" })
        #expect(try await dominated.provisionGaps(using: finder).skills.isEmpty)
        let even = DemandSummary((0..<5).map { DemandSummary.Contribution(employer: "e\($0)", plan: weldingFirm(welders: 2)) })
        let gaps = try await even.provisionGaps(using: finder)
        #expect(gaps.skills.map(\.skill) == ["welding"])
        #expect(gaps.skills[0].people == 10 && gaps.skills[0].classification == .deploy && gaps.skills[0].employersBand == "5-9")
    }
}

// MARK: - Exports

@Suite("Report exports")
struct ExportTests {
    @Test("CSV: one projection row per role and year, actions after, cells quoted and formula-safe")
    func csv() throws {
        var plan = try #require(PlanTemplates.make("cafe", asOf: baseline))
        plan.actions = [PlanAction(kind: .train, role: "cook", skill: "food-hygiene", owner: "=HYPERLINK(\"x\")", due: baseline.adding(years: 1), costPence: 12_345, note: "Level 2, online")]
        var report = try PlanReport(plan: plan, runs: 20)
        report.training = [GapTraining(role: "front-of-house", skill: "barista", targetLevel: 2, people: 2, courses: [])]
        let lines = report.csv().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines[0] == PlanReport.csvHeader.joined(separator: ","))
        #expect(lines.filter { $0.hasPrefix("projection,") }.count == plan.roles.count * plan.horizonYears)
        let action = try #require(lines.first { $0.hasPrefix("action,") })
        #expect(action.contains(#""'=HYPERLINK(""x"")""#))
        #expect(action.contains("123.45") && action.contains(#""Level 2, online""#))
        #expect(lines.contains { $0.hasPrefix("training,front-of-house,") && $0.contains("no matching course") })
        #expect(lines.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count >= PlanReport.csvHeader.count })
    }

    @Test("HTML: every piece of plan text is escaped")
    func html() throws {
        var plan = try #require(PlanTemplates.make("construction-firm", asOf: baseline))
        plan.roles[0].title = "<script>alert('x')</script>"
        let page = try PlanReport(plan: plan, runs: 20).html()
        #expect(!page.contains("<script>") && page.contains("&lt;script&gt;alert(&#39;x&#39;)"))
        // The bundled template, not the plain-text fallback: a projection table row per role and year.
        #expect(page.contains("<h2>Projection (expected values)</h2>"))
        #expect(page.components(separatedBy: "<td class=\"n\">2027</td>").count - 1 == plan.roles.count)
    }

    @Test("the new templates project, and the grower's growth scenario adds a second technician from year 2")
    func templates() throws {
        for name in ["construction-firm", "professional-services", "agri-tech-grower"] {
            let plan = try #require(PlanTemplates.make(name, asOf: baseline))
            #expect(try plan.project().roles.count == plan.roles.count, "\(name)")
        }
        let grower = try #require(PlanTemplates.make("agri-tech-grower", asOf: baseline)).project()
        let technician = try #require(grower.roles.first { $0.role == "systems-technician" })
        #expect(technician.years.map(\.demand) == [1, 2, 2, 2, 2])
    }
}

@Suite("Provision gaps publish no employer text")
struct ProvisionPrivacyTests {
    /// Records the label it was asked to search with.
    actor Searches: SkillProvisionFinding {
        var labels: [String] = []
        nonisolated func provision(forSkill skill: String, label: String, occupation: OccupationMatch?) async throws -> [ProvisionOffer] {
            await record(label)
            return []
        }
        func record(_ label: String) { labels.append(label) }
    }

    @Test("an employer's own skill label helps the search but is never in the published table")
    func labels() async throws {
        let plans = (0..<5).map { index -> WorkforcePlan in
            var plan = weldingFirm(welders: 2)
            plan.roles[0].skills[0].label = index == 0 ? "TIG for the Jones Ltd contract" : "MIG welding"
            return plan
        }
        let searches = Searches()
        let table = try await DemandSummary(plans.enumerated().map { DemandSummary.Contribution(employer: "e\($0.offset)", plan: $0.element) })
            .provisionGaps(using: searches)
        #expect(table.skills.map(\.label) == ["Welding"])
        let encoded = String(decoding: try JSONEncoder().encode(table), as: UTF8.self)
        #expect(!encoded.contains("Jones"))
        #expect(await searches.labels == ["MIG welding"])
    }
}
