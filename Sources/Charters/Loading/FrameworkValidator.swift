import Foundation

// MARK: - Framework validation

/// Checks a decoded framework for the mistakes JSON decoding cannot see: unknown references, bad
/// ranges, duplicate ids. Every problem is reported with its location.
enum FrameworkValidator {
    static func validate(_ framework: CharterFramework, file: String, rates: RateTable, schemes: [AccreditationScheme]) -> [FrameworkIssue] {
        var issues: [FrameworkIssue] = []
        func issue(_ field: String, _ reason: String, criterion: String? = nil) {
            issues.append(FrameworkIssue(file: file, criterion: criterion, field: field, reason: reason))
        }

        // MARK: Header
        if framework.id.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression) == nil {
            issue("id", "\"\(framework.id)\" is not a lower-case slug such as hw-gec")
        }
        if !SemanticVersion.isValid(framework.version) { issue("version", "\"\(framework.version)\" is not a version such as 1.0.0") }
        if framework.name.trimmed.isEmpty { issue("name", "is empty") }
        if let end = framework.effectiveTo, end < framework.effectiveFrom { issue("effectiveTo", "is before effectiveFrom") }

        // MARK: Tiers
        if framework.tiers.isEmpty { issue("tiers", "a framework needs at least one tier") }
        var tierCodes = Set<String>()
        for (index, tier) in framework.tiers.enumerated() {
            let field = "tiers[\(index)]"
            if !tierCodes.insert(tier.code).inserted { issue("\(field).code", "tier \(tier.code) is defined twice") }
            if tier.validityMonths <= 0 { issue("\(field).validityMonths", "must be at least 1") }
            if tier.checkInMonths <= 0 || tier.checkInMonths > tier.validityMonths {
                issue("\(field).checkInMonths", "must be from 1 to validityMonths (\(tier.validityMonths))")
            }
            if tier.rules.isEmpty { issue("\(field).rules", "a tier needs at least one rule") }
            for (ruleIndex, rule) in tier.rules.enumerated() {
                let ruleField = "\(field).rules[\(ruleIndex)]"
                switch rule {
                case .pillarScoreMin(let min), .overallScoreMin(let min):
                    if !(0...1).contains(min) { issue("\(ruleField).min", "must be from 0 to 1") }
                case .pillarsAtLeast(let count, let min):
                    if !(0...1).contains(min) { issue("\(ruleField).min", "must be from 0 to 1") }
                    if count < 1 || count > framework.pillars.count {
                        issue("\(ruleField).count", "must be from 1 to the number of pillars (\(framework.pillars.count))")
                    }
                case .outcomesMet(let count):
                    if count < 1 { issue("\(ruleField).count", "must be at least 1") }
                case .declaration(let key, _):
                    if key.trimmed.isEmpty { issue("\(ruleField).key", "is empty") }
                case .mandatoryMet, .allAnswered, .evidenceForMandatory: break
                }
            }
        }

        // MARK: Pillars and criteria
        if framework.pillars.isEmpty { issue("pillars", "a framework needs at least one pillar") }
        var pillarCodes = Set<String>()
        var ids = Set<String>()
        let allIDs = Set(framework.criteria.map(\.criterion.id))
        for (pillarIndex, pillar) in framework.pillars.enumerated() {
            let pillarField = "pillars[\(pillarIndex)]"
            if !pillarCodes.insert(pillar.code).inserted { issue("\(pillarField).code", "pillar \(pillar.code) is defined twice") }
            if pillar.weight <= 0 { issue("\(pillarField).weight", "must be above 0") }
            if pillar.criteria.isEmpty { issue("\(pillarField).criteria", "pillar \(pillar.code) has no criteria") }
            for (index, criterion) in pillar.criteria.enumerated() {
                let field = "\(pillarField).criteria[\(index)]"
                let id = criterion.id
                func bad(_ name: String, _ reason: String) { issue("\(field).\(name)", reason, criterion: id) }
                if id.range(of: #"^[A-Z0-9]+(\.[A-Z0-9]+)+$"#, options: .regularExpression) == nil {
                    bad("id", "\"\(id)\" is not a stable id such as HW.PAY.01")
                }
                if !ids.insert(id).inserted { bad("id", "\(id) is used by more than one criterion") }
                if criterion.text.trimmed.isEmpty { bad("text", "is empty") }
                if criterion.guidance.trimmed.isEmpty { bad("guidance", "is empty") }
                if criterion.evidenceHint.trimmed.isEmpty { bad("evidenceHint", "is empty") }
                if criterion.weight <= 0 { bad("weight", "must be above 0") }
                if criterion.mandatory && criterion.tier == nil { bad("tier", "a mandatory criterion must name the tier it gates") }
                if let tier = criterion.tier, !tierCodes.contains(tier) {
                    bad("tier", "unknown tier \"\(tier)\" (tiers: \(framework.tiers.map(\.code).joined(separator: ", ")))")
                }
                if let min = criterion.applies.minHeadcount, let max = criterion.applies.maxHeadcount, min > max {
                    bad("applies", "minHeadcount \(min) is above maxHeadcount \(max)")
                }
                if (criterion.applies.minHeadcount ?? 0) < 0 { bad("applies.minHeadcount", "cannot be negative") }
                if criterion.allowCommitment && !(1...60).contains(criterion.maxCommitmentMonths) {
                    bad("maxCommitmentMonths", "must be from 1 to 60")
                }
                if let stretch = criterion.stretchCriterionId {
                    if !allIDs.contains(stretch) { bad("stretchCriterionId", "no criterion \(stretch) in this version") }
                    if criterion.statutoryFloorFrom == nil { bad("stretchCriterionId", "is only used with statutoryFloorFrom") }
                }
                if let replaced = criterion.replacesCriterionId, replaced == id { bad("replacesCriterionId", "a criterion cannot replace itself") }
                validateKind(criterion.kind, field: "\(field).config", criterion: id, rates: rates, issue: issue)
            }
        }
        // MARK: Equivalences
        for (index, equivalence) in framework.equivalences.enumerated() {
            let field = "equivalences[\(index)]"
            if let scheme = schemes.first(where: { $0.code == equivalence.scheme }) {
                if scheme.rank(of: equivalence.minLevel) == nil {
                    issue(
                        "\(field).minLevel",
                        "\(equivalence.scheme) has no level \"\(equivalence.minLevel)\" (levels: \(scheme.levels.map(\.code).joined(separator: ", ")))"
                    )
                }
            } else {
                issue("\(field).scheme", "unknown accreditation scheme \"\(equivalence.scheme)\"")
            }
            if equivalence.criteria.isEmpty { issue("\(field).criteria", "lists no criteria") }
            for id in equivalence.criteria where !allIDs.contains(id) { issue("\(field).criteria", "no criterion \(id) in this version") }
        }
        return issues
    }

    // MARK: Kind configuration

    static func validateKind(
        _ kind: CriterionKind, field: String, criterion id: String, rates: RateTable, issue: (String, String, String?) -> Void
    ) {
        func bad(_ name: String, _ reason: String) { issue(name.isEmpty ? field : "\(field).\(name)", reason, id) }
        func check(_ threshold: Threshold, name: String) {
            switch (threshold.value, threshold.parameter) {
            case (nil, nil): bad(name, "needs a value or a parameter")
            case (.some, .some): bad(name, "has both a value and a parameter; give one")
            default: break
            }
            for key in [threshold.parameter, threshold.londonParameter].compactMap({ $0 }) where rates.parameter(key) == nil {
                bad(name, "unknown rate parameter \"\(key)\" (known: \(rates.parameters.map(\.key).joined(separator: ", ")))")
            }
        }
        switch kind {
        case .yesNo: break
        case .scale(let config):
            if config.levels.count != 5 { bad("levels", "a maturity scale describes exactly 5 levels (0–4), found \(config.levels.count)") }
            if config.levels.contains(where: { $0.trimmed.isEmpty }) { bad("levels", "a level description is empty") }
            if !(1...4).contains(config.passLevel) { bad("passLevel", "must be from 1 to 4") }
        case .numeric(let config):
            check(config.threshold, name: "threshold")
            if let partial = config.partialWithin, !(partial > 0 && partial < 1) { bad("partialWithin", "must be a fraction between 0 and 1") }
            if config.unit.trimmed.isEmpty { bad("unit", "is empty") }
        case .multiSelect(let config):
            let optionIDs = config.options.map(\.id)
            if optionIDs.isEmpty { bad("options", "lists no options") }
            if Set(optionIDs).count != optionIDs.count { bad("options", "an option id is used twice") }
            if !(1...max(1, optionIDs.count)).contains(config.minCount) {
                bad("minCount", "must be from 1 to the number of options (\(optionIDs.count))")
            }
            for (index, rule) in (config.sizeRules ?? []).enumerated() {
                if let count = rule.minCount, !(1...max(1, optionIDs.count)).contains(count) {
                    bad("sizeRules[\(index)].minCount", "must be from 1 to \(optionIDs.count)")
                }
                for option in rule.requiredOptions ?? [] where !optionIDs.contains(option) {
                    bad("sizeRules[\(index)].requiredOptions", "unknown option \"\(option)\"")
                }
            }
        case .evidenceOnly(let config):
            if config.minItems < 1 { bad("minItems", "must be at least 1") }
        case .metric(let config):
            check(config.threshold, name: "threshold")
            if config.metric.trimmed.isEmpty { bad("metric", "is empty") }
            if config.maxAgeMonths < 1 { bad("maxAgeMonths", "must be at least 1") }
        }
    }
}

// MARK: - Reference files

enum ReferenceValidator {
    static func validate(rates: RateTable, file: String) -> [FrameworkIssue] {
        var issues: [FrameworkIssue] = []
        var keys = Set<String>()
        for (index, parameter) in rates.parameters.enumerated() {
            let field = "parameters[\(index)]"
            if !keys.insert(parameter.key).inserted {
                issues.append(FrameworkIssue(file: file, field: "\(field).key", reason: "\(parameter.key) is defined twice"))
            }
            if parameter.values.isEmpty {
                issues.append(FrameworkIssue(file: file, field: "\(field).values", reason: "\(parameter.key) has no values"))
            }
            var dates = Set<CharterDate>()
            for (valueIndex, value) in parameter.values.enumerated() {
                let valueField = "\(field).values[\(valueIndex)]"
                if !dates.insert(value.effectiveFrom).inserted {
                    issues.append(
                        FrameworkIssue(
                            file: file, field: "\(valueField).effectiveFrom", reason: "\(parameter.key) has two values from \(value.effectiveFrom)"))
                }
                if value.announcedOn > value.effectiveFrom {
                    issues.append(FrameworkIssue(file: file, field: "\(valueField).announcedOn", reason: "is after effectiveFrom"))
                }
                if let grace = value.graceUntil, grace <= value.effectiveFrom {
                    issues.append(FrameworkIssue(file: file, field: "\(valueField).graceUntil", reason: "must be after effectiveFrom"))
                }
                if !(value.value >= 0) {
                    issues.append(FrameworkIssue(file: file, field: "\(valueField).value", reason: "must be a number of at least 0"))
                }
            }
        }
        return issues
    }

    static func validate(schemes: [AccreditationScheme], file: String) -> [FrameworkIssue] {
        var issues: [FrameworkIssue] = []
        var codes = Set<String>()
        for (index, scheme) in schemes.enumerated() {
            if !codes.insert(scheme.code).inserted {
                issues.append(FrameworkIssue(file: file, field: "schemes[\(index)].code", reason: "\(scheme.code) is defined twice"))
            }
            if scheme.levels.isEmpty { issues.append(FrameworkIssue(file: file, field: "schemes[\(index)].levels", reason: "lists no levels")) }
            if scheme.validityMonths < 1 {
                issues.append(FrameworkIssue(file: file, field: "schemes[\(index)].validityMonths", reason: "must be at least 1"))
            }
        }
        return issues
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
