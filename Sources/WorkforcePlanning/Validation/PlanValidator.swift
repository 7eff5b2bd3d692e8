import Domain
import Foundation

// MARK: - The plan's rules

/// Checks a decoded plan against the rules of the format; every problem is located by JSON path.
enum PlanValidator {
    static func issues(in plan: WorkforcePlan, file: String?) -> [PlanIssue] {
        var issues: [PlanIssue] = []
        func fail(_ path: String, _ reason: String) { issues.append(PlanIssue(file: file, path: path, reason: reason)) }
        func rate(_ value: Double, _ path: String) { if !(0...1).contains(value) { fail(path, "must be between 0 and 1, got \(value)") } }

        if plan.format != WorkforcePlan.currentFormat { fail("format", "unsupported format \(plan.format); this build reads \(WorkforcePlan.currentFormat)") }
        if !(3...5).contains(plan.horizonYears) { fail("horizonYears", "must be 3, 4 or 5 years, got \(plan.horizonYears)") }
        if plan.version.number < 1 { fail("version.number", "must be 1 or more") }
        if let parent = plan.version.parent, parent >= plan.version.number { fail("version.parent", "must be an earlier version than \(plan.version.number)") }
        if plan.organisation.sector.count != 1 || !plan.organisation.sector.allSatisfy({ $0.isUppercase && $0.isASCII }) {
            fail("organisation.sector", "must be a SIC 2007 section letter A–U, got \"\(plan.organisation.sector)\"")
        }
        if !(1...60).contains(plan.organisation.standardWeeklyHours) { fail("organisation.standardWeeklyHours", "must be between 1 and 60") }

        // MARK: Roles
        var roleIDs = Set<String>()
        for (r, role) in plan.roles.enumerated() {
            let at = "roles[\(r)]"
            if !isSlug(role.id) { fail("\(at).id", "must be lower-case letters, digits and hyphens, got \"\(role.id)\"") }
            if !roleIDs.insert(role.id).inserted { fail("\(at).id", "duplicate role id \"\(role.id)\"") }
            if role.title.trimmingCharacters(in: .whitespaces).isEmpty { fail("\(at).title", "must not be empty") }
            if role.headcount < 0 { fail("\(at).headcount", "must not be negative") }
            if role.vacancies < 0 { fail("\(at).vacancies", "must not be negative") }
            if role.fte < 0 || role.fte > Double(max(0, role.headcount)) + 1e-9 { fail("\(at).fte", "must be between 0 and the headcount (\(role.headcount))") }
            if let soc = role.occupation?.soc2020Unit, soc.count != 4 || !soc.allSatisfy(\.isNumber) {
                fail("\(at).occupation.soc2020Unit", "must be a four-digit SOC 2020 unit group, got \"\(soc)\"")
            }
            let aged = role.ageBands.values.reduce(0, +)
            if role.ageBands.values.contains(where: { $0 < 0 }) || aged > role.headcount {
                fail("\(at).ageBands", "counts must be non-negative and add up to at most the headcount (\(role.headcount)), got \(aged)")
            }
            let tenured = role.tenureBands.values.reduce(0, +)
            if role.tenureBands.values.contains(where: { $0 < 0 }) || tenured > role.headcount {
                fail("\(at).tenureBands", "counts must be non-negative and add up to at most the headcount (\(role.headcount)), got \(tenured)")
            }
            if !role.people.isEmpty && role.people.count != role.headcount {
                fail("\(at).people", "lists \(role.people.count) people but the headcount is \(role.headcount); list everyone or nobody")
            }
            if let override = role.leaverRateOverride { rate(override, "\(at).leaverRateOverride") }
            if let months = role.timeToCompetenceMonths, months < 0 { fail("\(at).timeToCompetenceMonths", "must not be negative") }
            for (h, year) in role.history.enumerated() {
                if year.averageHeadcount < 0 || year.leavers < 0 || (year.retirements ?? 0) < 0 {
                    fail("\(at).history[\(h)]", "counts must not be negative")
                }
            }
            var labels = Set<String>()
            for (p, person) in role.people.enumerated() {
                let pat = "\(at).people[\(p)]"
                if !PersonalDataScreen.isPseudonymousLabel(person.label) {
                    fail("\(pat).label", "\"\(person.label)\" does not look pseudonymous; use a label such as \"Person A\", never a name")
                }
                if !labels.insert(person.label).inserted { fail("\(pat).label", "duplicate label \"\(person.label)\" in this role") }
                if let fte = person.fte, !(0...1).contains(fte) { fail("\(pat).fte", "must be between 0 and 1") }
                for (skill, level) in (person.skills ?? [:]).sorted(by: { $0.key < $1.key }) where !(0...4).contains(level) {
                    fail("\(pat).skills.\(skill)", "levels run 0–4, got \(level)")
                }
            }
            var skills = Set<String>()
            for (s, requirement) in role.skills.enumerated() {
                let sat = "\(at).skills[\(s)]"
                if !skills.insert(requirement.skill).inserted { fail("\(sat).skill", "duplicate skill \"\(requirement.skill)\" in this role") }
                if !(0...4).contains(requirement.required) { fail("\(sat).required", "levels run 0–4, got \(requirement.required)") }
                for (year, level) in (requirement.requiredByYear ?? [:]).sorted(by: { $0.key < $1.key }) {
                    if Int(year).map({ (1...plan.horizonYears).contains($0) }) != true {
                        fail("\(sat).requiredByYear.\(year)", "keys are plan years 1–\(plan.horizonYears)")
                    }
                    if !(0...4).contains(level) { fail("\(sat).requiredByYear.\(year)", "levels run 0–4, got \(level)") }
                }
                if let held = requirement.currentLevels {
                    if !role.people.isEmpty { fail("\(sat).currentLevels", "give levels on the people when people are listed") }
                    if held.count > role.headcount { fail("\(sat).currentLevels", "has \(held.count) entries for \(role.headcount) people") }
                    if held.contains(where: { !(0...4).contains($0) }) { fail("\(sat).currentLevels", "levels run 0–4") }
                }
            }
        }

        // MARK: Rates and moves
        rate(plan.rates.benchmarkLeaverRate, "rates.benchmarkLeaverRate")
        rate(plan.rates.unknownAgeRetirementHazard, "rates.unknownAgeRetirementHazard")
        if plan.rates.priorWeight < 0 { fail("rates.priorWeight", "must not be negative") }
        for (band, value) in plan.rates.retirementHazards.sorted(by: { $0.key < $1.key }) { rate(value, "rates.retirementHazards.\(band.rawValue)") }
        let mix = plan.rates.hireAgeMix.values.reduce(0, +)
        if plan.rates.hireAgeMix.values.contains(where: { $0 < 0 }) || abs(mix - 1) > 0.001 { fail("rates.hireAgeMix", "shares must be non-negative and add up to 1, got \(mix)") }
        var outflow: [String: Double] = [:]
        for (m, move) in plan.transitions.enumerated() {
            let at = "transitions[\(m)]"
            if !roleIDs.contains(move.from) { fail("\(at).from", "no role \"\(move.from)\"") }
            if !roleIDs.contains(move.to) { fail("\(at).to", "no role \"\(move.to)\"") }
            if move.from == move.to { fail("\(at).to", "a move must go to a different role") }
            rate(move.annualProbability, "\(at).annualProbability")
            outflow[move.from, default: 0] += move.annualProbability
        }
        for (role, total) in outflow.sorted(by: { $0.key < $1.key }) where total > 1 + 1e-9 {
            fail("transitions", "moves out of \"\(role)\" add up to \(total), more than 1")
        }

        // MARK: Scenarios
        var names = Set<String>()
        if plan.scenarios.isEmpty { fail("scenarios", "at least one scenario is needed") }
        if plan.scenarios.filter(\.isPreferred).count > 1 { fail("scenarios", "only one scenario can be preferred") }
        for (s, scenario) in plan.scenarios.enumerated() {
            let at = "scenarios[\(s)]"
            if !names.insert(scenario.name).inserted { fail("\(at).name", "duplicate scenario \"\(scenario.name)\"") }
            if scenario.kind == .contraction && scenario.annualChange > 0 { fail("\(at).annualChange", "a contraction scenario needs a change of 0 or less") }
            if scenario.kind == .growth && scenario.annualChange < 0 { fail("\(at).annualChange", "a growth scenario needs a change of 0 or more") }
            if scenario.kind == .custom && scenario.multipliers == nil && scenario.roleDemand == nil {
                fail(at, "a custom scenario needs multipliers or roleDemand")
            }
            if let multipliers = scenario.multipliers, multipliers.contains(where: { $0 < 0 }) { fail("\(at).multipliers", "must not be negative") }
            for (role, line) in (scenario.roleDemand ?? [:]).sorted(by: { $0.key < $1.key }) {
                if !roleIDs.contains(role) { fail("\(at).roleDemand.\(role)", "no role \"\(role)\"") }
                if line.contains(where: { $0 < 0 }) { fail("\(at).roleDemand.\(role)", "required headcount must not be negative") }
                if line.count > plan.horizonYears { fail("\(at).roleDemand.\(role)", "has \(line.count) years for a \(plan.horizonYears)-year plan") }
            }
            for (role, value) in (scenario.leaverRateOverrides ?? [:]).sorted(by: { $0.key < $1.key }) {
                if !roleIDs.contains(role) { fail("\(at).leaverRateOverrides.\(role)", "no role \"\(role)\"") }
                rate(value, "\(at).leaverRateOverrides.\(role)")
            }
        }

        // MARK: Actions
        let skillIDs = Set(plan.roles.flatMap { $0.skills.map(\.skill) })
        for (a, action) in plan.actions.enumerated() {
            let at = "actions[\(a)]"
            if let role = action.role, !roleIDs.contains(role) { fail("\(at).role", "no role \"\(role)\"") }
            if let role = action.toRole, !roleIDs.contains(role) { fail("\(at).toRole", "no role \"\(role)\"") }
            if let skill = action.skill, !skillIDs.contains(skill) { fail("\(at).skill", "no role requires a skill \"\(skill)\"") }
            if action.kind == .redeploy && (action.role == nil || action.toRole == nil) { fail(at, "a redeployment needs role and toRole") }
            if [.train, .crossTrain].contains(action.kind) && action.skill == nil { fail("\(at).skill", "training needs a skill") }
            if action.quantity < 1 { fail("\(at).quantity", "must be at least 1") }
            if action.costPence < 0 { fail("\(at).costPence", "must not be negative") }
            if action.owner.trimmingCharacters(in: .whitespaces).isEmpty { fail("\(at).owner", "every action needs an owner") }
            if action.due < plan.baselineDate || action.due > plan.baselineDate.adding(years: plan.horizonYears) {
                fail("\(at).due", "must fall within the plan, \(plan.baselineDate) to \(plan.baselineDate.adding(years: plan.horizonYears))")
            }
        }
        return issues
    }

    private static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { ($0.isLetter && $0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" }
    }
}
