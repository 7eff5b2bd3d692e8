import Domain
import Foundation

// MARK: - Construction firm, professional services office, agri-tech grower

extension PlanTemplates {
    /// A 6-person building firm: the owner runs sites and prices jobs; joiners and bricklayers, one apprentice.
    static func constructionFirm(_ asOf: PlanDate, _ version: PlanVersion) -> WorkforcePlan {
        let roles = [
            Role(
                id: "owner-site-manager", title: "Owner and site manager", occupation: OccupationCode(soc2020Unit: "1122", standardReference: "ST0048"),
                isCritical: true, headcount: 1,
                people: [Person(label: "Person A", ageBand: .from55to59, tenureBand: .over10, retirementIntention: .in3to5y,
                                skills: ["construction-estimating": 4, "site-supervision": 4, "construction-site-safety": 4])],
                skills: [
                    SkillRequirement(skill: "construction-estimating", label: "Construction estimating", importance: .critical, required: 3),
                    SkillRequirement(skill: "site-supervision", label: "Site supervision", importance: .critical, required: 3),
                    SkillRequirement(skill: "construction-site-safety", label: "Construction site safety", importance: .critical, required: 3),
                ], timeToCompetenceMonths: 36),
            Role(
                id: "carpenter-joiner", title: "Carpenter and joiner", occupation: OccupationCode(soc2020Unit: "5316", standardReference: "ST0264"),
                isCritical: true, headcount: 2, ageBands: [.from35to44: 1, .from60to64: 1], tenureBands: [.from5to10: 1, .over10: 1],
                skills: [
                    SkillRequirement(skill: "carpentry-and-joinery", label: "Carpentry and joinery", importance: .critical, required: 3, currentLevels: [4, 3]),
                    SkillRequirement(skill: "construction-site-safety", label: "Construction site safety", importance: .important, required: 2,
                                     currentLevels: [2, 1]),
                    SkillRequirement(skill: "site-supervision", label: "Site supervision", importance: .useful, required: 0, requiredByYear: ["3": 2],
                                     currentLevels: [1, 0]),
                ], timeToCompetenceMonths: 30),
            Role(
                id: "bricklayer", title: "Bricklayer", occupation: OccupationCode(soc2020Unit: "5313"), headcount: 2,
                ageBands: [.from25to34: 1, .from45to54: 1], tenureBands: [.from1to2: 1, .from5to10: 1],
                skills: [
                    SkillRequirement(skill: "bricklaying", label: "Bricklaying", importance: .critical, required: 3, currentLevels: [3, 3]),
                    SkillRequirement(skill: "construction-site-safety", label: "Construction site safety", importance: .important, required: 2,
                                     currentLevels: [2, 2]),
                ],
                history: [FlowYear(year: asOf.year - 1, averageHeadcount: 2, leavers: 1)], timeToCompetenceMonths: 30),
            Role(
                id: "apprentice-joiner", title: "Apprentice joiner", occupation: OccupationCode(soc2020Unit: "5316", standardReference: "ST0264"),
                headcount: 1, ageBands: [.from16to24: 1], tenureBands: [.under1: 1],
                skills: [SkillRequirement(skill: "carpentry-and-joinery", label: "Carpentry and joinery", importance: .important, required: 2, currentLevels: [1])]),
        ]
        return WorkforcePlan(
            organisation: OrganisationProfile(name: "Example Builders Ltd", sector: "F", sizeBand: .small, district: .wychavon),
            baselineDate: asOf, horizonYears: 5, version: version, roles: roles,
            rates: RateAssumptions(benchmarkLeaverRate: 0.15, benchmarkSource: "illustrative construction trades figure (replace with sector data)"),
            transitions: [Transition(from: "apprentice-joiner", to: "carpenter-joiner", annualProbability: 0.5, earliestYear: 3)],
            actions: [
                PlanAction(kind: .knowledgeTransfer, role: "carpenter-joiner", skill: "construction-estimating", owner: "Owner", due: asOf.adding(years: 2),
                           note: "Owner teaches the senior joiner to price jobs before stepping back.")
            ],
            seed: 11, trainingPreferences: TrainingPreferences(short: true, onTheJob: true, districts: [.wychavon, .worcester]))
    }

    /// An 8-person accountancy practice: two partners, accounts and payroll staff, an administrator.
    static func professionalServices(_ asOf: PlanDate, _ version: PlanVersion) -> WorkforcePlan {
        let roles = [
            Role(
                id: "partner", title: "Partner accountant", occupation: OccupationCode(soc2020Unit: "2421"), isCritical: true, headcount: 2,
                ageBands: [.from45to54: 1, .from60to64: 1], tenureBands: [.over10: 2],
                skills: [
                    SkillRequirement(skill: "accountancy", label: "Accountancy", importance: .critical, required: 4, currentLevels: [4, 4]),
                    SkillRequirement(skill: "vat-and-tax", label: "VAT and tax", importance: .critical, required: 3, currentLevels: [4, 2]),
                ], timeToCompetenceMonths: 60),
            Role(
                id: "accounts-assistant", title: "Accounts assistant", occupation: OccupationCode(soc2020Unit: "4122"), headcount: 3, fte: 2.6,
                ageBands: [.from16to24: 1, .from25to34: 1, .from35to44: 1], tenureBands: [.under1: 1, .from2to5: 2],
                skills: [
                    SkillRequirement(skill: "bookkeeping", label: "Bookkeeping", importance: .critical, required: 3, currentLevels: [3, 3, 1]),
                    SkillRequirement(skill: "accounting-software", label: "Cloud accounting software", importance: .important, required: 2,
                                     requiredByYear: ["2": 3], currentLevels: [3, 2, 1]),
                    SkillRequirement(skill: "vat-and-tax", label: "VAT and tax", importance: .important, required: 1, requiredByYear: ["2": 2],
                                     currentLevels: [1, 1, 0]),
                ],
                history: [FlowYear(year: asOf.year - 1, averageHeadcount: 3, leavers: 1), FlowYear(year: asOf.year - 2, averageHeadcount: 3, leavers: 0)]),
            Role(
                id: "payroll-clerk", title: "Payroll clerk", occupation: OccupationCode(soc2020Unit: "4122"), headcount: 1, fte: 0.6,
                ageBands: [.from55to59: 1],
                skills: [SkillRequirement(skill: "payroll", label: "Payroll", importance: .critical, required: 3, currentLevels: [4])]),
            Role(
                id: "practice-administrator", title: "Practice administrator", occupation: OccupationCode(soc2020Unit: "4159", standardReference: "ST0070"),
                headcount: 2, fte: 1.5, ageBands: [.from25to34: 1, .from45to54: 1],
                skills: [SkillRequirement(skill: "payroll", label: "Payroll", importance: .useful, required: 0, requiredByYear: ["2": 2], currentLevels: [0, 1])]),
        ]
        return WorkforcePlan(
            organisation: OrganisationProfile(name: "Example Accountants LLP", sector: "M", sizeBand: .small, district: .bromsgrove),
            baselineDate: asOf, horizonYears: 4, version: version, roles: roles,
            rates: RateAssumptions(benchmarkLeaverRate: 0.13, benchmarkSource: "illustrative professional services figure (replace with sector data)"),
            transitions: [Transition(from: "accounts-assistant", to: "partner", annualProbability: 0.05, earliestYear: 3)],
            seed: 12, trainingPreferences: TrainingPreferences(modular: true, evening: true, online: true, districts: [.bromsgrove, .redditch]))
    }

    /// A 9-person glasshouse grower using precision growing: a manager, growers, seasonal crop workers, a technician.
    static func agriTechGrower(_ asOf: PlanDate, _ version: PlanVersion) -> WorkforcePlan {
        let roles = [
            Role(
                id: "grower-manager", title: "Grower manager", occupation: OccupationCode(soc2020Unit: "1211"), isCritical: true, headcount: 1,
                ageBands: [.from45to54: 1], tenureBands: [.over10: 1],
                skills: [
                    SkillRequirement(skill: "crop-production", label: "Crop production", importance: .critical, required: 4, currentLevels: [4]),
                    SkillRequirement(skill: "precision-agriculture", label: "Precision growing systems", importance: .critical, required: 3, currentLevels: [2]),
                ]),
            Role(
                id: "grower", title: "Horticultural grower", occupation: OccupationCode(soc2020Unit: "5112"), isCritical: true, headcount: 2,
                ageBands: [.from25to34: 1, .from35to44: 1],
                skills: [
                    SkillRequirement(skill: "horticulture", label: "Horticulture", importance: .critical, required: 3, currentLevels: [3, 3]),
                    SkillRequirement(skill: "precision-agriculture", label: "Precision growing systems", importance: .important, required: 1,
                                     requiredByYear: ["2": 3], currentLevels: [1, 0]),
                    SkillRequirement(skill: "data-analytics", label: "Crop data analysis", importance: .useful, required: 0, requiredByYear: ["3": 2],
                                     currentLevels: [1, 0]),
                ], timeToCompetenceMonths: 24),
            Role(
                id: "crop-worker", title: "Crop worker", occupation: OccupationCode(soc2020Unit: "9111"), headcount: 5, fte: 4,
                ageBands: [.from16to24: 3, .from25to34: 2], tenureBands: [.under1: 3, .from1to2: 2],
                skills: [
                    SkillRequirement(skill: "crop-picking-and-harvesting", label: "Crop picking and harvesting", importance: .important, required: 2,
                                     currentLevels: [3, 2, 2, 1, 1]),
                    SkillRequirement(skill: "forklift-operation", label: "Forklift operation", importance: .useful, required: 2, currentLevels: [2, 0, 0, 0, 0]),
                ],
                history: [FlowYear(year: asOf.year - 1, averageHeadcount: 5, leavers: 2), FlowYear(year: asOf.year - 2, averageHeadcount: 4, leavers: 2)]),
            Role(
                id: "systems-technician", title: "Growing systems technician", occupation: OccupationCode(soc2020Unit: "5249"), isCritical: true,
                headcount: 1, ageBands: [.from35to44: 1],
                skills: [
                    SkillRequirement(skill: "sensors-and-instrumentation", label: "Sensors and instrumentation", importance: .critical, required: 3, currentLevels: [3]),
                    SkillRequirement(skill: "agricultural-machinery", label: "Agricultural machinery", importance: .important, required: 2, currentLevels: [3]),
                ], timeToCompetenceMonths: 18),
        ]
        return WorkforcePlan(
            organisation: OrganisationProfile(name: "Example Growers Ltd", sector: "A", sizeBand: .small, district: .wychavon),
            baselineDate: asOf, horizonYears: 5, version: version, roles: roles,
            rates: RateAssumptions(benchmarkLeaverRate: 0.25, benchmarkSource: "illustrative horticulture figure (replace with sector data)"),
            scenarios: [
                Scenario(name: "contraction", kind: .contraction, annualChange: -0.05, assumptions: "Demand falls 5% of today's a year."),
                Scenario(name: "steady", kind: .steady, assumptions: "Demand stays as today."),
                Scenario(
                    name: "growth", kind: .growth, isPreferred: true, annualChange: 0.05,
                    roleDemand: ["systems-technician": [1, 2, 2, 2, 2]],
                    assumptions: "A second glasshouse with automated growing from year 2: a second technician, 5% more of everything else a year."),
            ],
            seed: 13, trainingPreferences: TrainingPreferences(short: true, onTheJob: true, online: true, districts: [.wychavon, .malvernHills]))
    }
}
