import Domain
import Foundation
import Testing
@testable import WorkforcePlanning

// MARK: - Skills gap and key-person risk on small teams

@Suite("Skills and key people")
struct SkillsTests {
    let workshop = PlanTemplates.make("engineering-workshop", asOf: baseline)!

    @Test("the 7-person workshop: quoting and welding each rest on one person; losing one person uncovers a critical skill")
    func workshopRisk() {
        let risk = workshop.keyPersonRisk()
        #expect(risk.busFactor == 1)
        #expect(risk.weakestSkills == ["quoting", "welding"])
        #expect(risk.smallestLossSet == ["Person A"])
        #expect(Set(risk.singlePointsOfFailure.map(\.skill)) == ["quoting", "welding"])
        let setting = risk.skills.first { $0.skill == "cnc-setting" }!
        #expect(setting.level == 3)  // the machinists' level, not the apprentice's 1
        #expect(setting.holders == ["Person B", "Person C", "Person D"])
        #expect(setting.status == .covered)
    }

    @Test("bus factor 2: the smallest loss set is both holders")
    func busFactorTwo() {
        let role = Role(
            id: "nurse", title: "Nurse", headcount: 3,
            skills: [
                SkillRequirement(skill: "meds", label: "Medication", importance: .critical, required: 3, currentLevels: [3, 4, 2]),
                SkillRequirement(skill: "triage", label: "Triage", importance: .critical, required: 2, currentLevels: [2, 2, 2]),
            ])
        let risk = makePlan([role]).keyPersonRisk()
        #expect(risk.busFactor == 2)
        #expect(risk.weakestSkills == ["meds"])
        #expect(risk.smallestLossSet == ["Nurse 1", "Nurse 2"])
        #expect(risk.singlePointsOfFailure.isEmpty)
    }

    @Test("a critical skill nobody holds gives bus factor 0; no critical skills gives none")
    func uncovered() {
        let gap = Role(id: "a", title: "A", headcount: 1, skills: [SkillRequirement(skill: "x", label: "X", importance: .critical, required: 3, currentLevels: [2])])
        #expect(makePlan([gap]).keyPersonRisk().busFactor == 0)
        #expect(makePlan([gap]).keyPersonRisk().skills[0].probabilityAllHoldersLost == 1)
        let useful = Role(id: "a", title: "A", headcount: 1, skills: [SkillRequirement(skill: "x", label: "X", importance: .useful, required: 3, currentLevels: [4])])
        #expect(makePlan([useful]).keyPersonRisk().busFactor == nil)
    }

    @Test("the skills gap matrix counts coverage now and at the horizon")
    func gapMatrix() {
        let cadCam = workshop.skillsGap().first { $0.role == "cnc-machinist" && $0.skill == "cad-cam" }!
        #expect(cadCam.required == 2 && cadCam.requiredAtHorizon == 3)
        #expect(cadCam.coverage == 2 && cadCam.coverageAtHorizon == 1)
        #expect(cadCam.levelsShort == 1)
        #expect(cadCam.priority == 2 * 3)  // important × (1 + 0 + 2) levels short of 3
        #expect(cadCam.assessed == 3)
    }

    @Test("unassessed people count as level 0 and are reported")
    func unassessed() {
        let role = Role(id: "a", title: "A", headcount: 3, skills: [SkillRequirement(skill: "x", label: "X", importance: .important, required: 2, currentLevels: [3])])
        let cell = makePlan([role]).skillsGap()[0]
        #expect(cell.assessed == 1 && cell.coverage == 1 && cell.levelsShort == 4)
    }
}

// MARK: - Suggested actions

@Suite("Suggested actions")
struct SuggestedActionTests {
    @Test("the workshop is told to cross-train welding and train CNC programming, but not quoting or CAD/CAM it already plans")
    func workshop() throws {
        let plan = PlanTemplates.make("engineering-workshop", asOf: baseline)!
        let suggestions = try plan.suggestedActions()
        let keys = suggestions.map { "\($0.kind.rawValue) \($0.role ?? "-") \($0.skill ?? "-") \($0.quantity)" }
        #expect(keys.contains("cross_train welder-fabricator welding 1"))
        #expect(keys.contains("train cnc-machinist cnc-programming 2"))
        #expect(!suggestions.contains { $0.skill == "quoting" || $0.skill == "cad-cam" })
        #expect(suggestions.allSatisfy { $0.owner == "to assign" && $0.due == PlanDate("2027-04-01") })
    }

    @Test("a role that needs hires in year 1 gets a recruit suggestion in whole people")
    func recruit() throws {
        let plan = makePlan([Role(id: "driver", title: "Driver", headcount: 10, vacancies: 2, leaverRateOverride: 0.2)])
        let recruit = try #require(try plan.suggestedActions().first { $0.kind == .recruit })
        #expect(recruit.role == "driver" && recruit.quantity == 4)  // 2 vacancies + 2 expected leavers
    }
}
