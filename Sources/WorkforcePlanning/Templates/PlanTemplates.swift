public import Domain
import Foundation

// MARK: - Starting points for common small firms

/// Ready-made plans for common small-firm shapes, so an owner starts from something and edits it.
///
/// Figures are illustrative starting points, not data about any real business; leaver benchmarks are
/// labelled with their source so the owner can replace them.
public enum PlanTemplates {
    /// A template's name and one-line description.
    public struct Summary: Sendable, Equatable {
        /// Name used with `plan new --template`.
        public var name: String
        /// What it describes.
        public var summary: String
    }

    /// The templates on offer.
    public static let all: [Summary] = [
        Summary(name: "engineering-workshop", summary: "7-person precision engineering workshop (CNC, welding, inspection)"),
        Summary(name: "care-home", summary: "16-bed residential care home with 14 staff"),
        Summary(name: "cafe", summary: "5-person café with a cook and front of house"),
        Summary(name: "it-services", summary: "8-person IT services firm (support, networks, cloud)"),
        Summary(name: "construction-firm", summary: "6-person building firm (joinery, bricklaying, an apprentice)"),
        Summary(name: "professional-services", summary: "8-person accountancy practice (partners, accounts, payroll)"),
        Summary(name: "agri-tech-grower", summary: "9-person glasshouse grower adopting precision growing"),
    ]

    /// A new plan from a template, as version 1 saved on `asOf`; nil for an unknown name.
    /// - Parameters:
    ///   - name: the template name.
    ///   - asOf: the baseline date (also the version date).
    public static func make(_ name: String, asOf: PlanDate) -> WorkforcePlan? {
        let version = PlanVersion(number: 1, savedOn: asOf, note: "Created from the \(name) template")
        switch name {
        case "engineering-workshop": return engineeringWorkshop(asOf, version)
        case "care-home": return careHome(asOf, version)
        case "cafe": return cafe(asOf, version)
        case "it-services": return itServices(asOf, version)
        case "construction-firm": return constructionFirm(asOf, version)
        case "professional-services": return professionalServices(asOf, version)
        case "agri-tech-grower": return agriTechGrower(asOf, version)
        default: return nil
        }
    }

    // MARK: Engineering workshop

    private static func engineeringWorkshop(_ asOf: PlanDate, _ version: PlanVersion) -> WorkforcePlan {
        let roles = [
            Role(
                id: "workshop-manager", title: "Workshop manager", occupation: OccupationCode(soc2020Unit: "1121"), isCritical: true, headcount: 1,
                people: [Person(label: "Person A", ageBand: .from60to64, tenureBand: .over10, retirementIntention: .in1to3y, leaveRisk: .low,
                                skills: ["cnc-programming": 4, "quality-inspection": 3, "quoting": 4, "welding": 2])],
                skills: [
                    SkillRequirement(skill: "quoting", label: "Estimating and quoting", importance: .critical, required: 3),
                    SkillRequirement(skill: "quality-inspection", label: "Quality inspection (ISO 9001)", importance: .important, required: 3),
                ], timeToCompetenceMonths: 36),
            Role(
                id: "cnc-machinist", title: "CNC machinist", occupation: OccupationCode(soc2020Unit: "5221", standardReference: "ST1305"),
                isCritical: true, headcount: 3,
                people: [
                    Person(label: "Person B", ageBand: .from45to54, tenureBand: .from5to10, leaveRisk: .low,
                           skills: ["cnc-programming": 3, "cnc-setting": 4, "cad-cam": 2]),
                    Person(label: "Person C", ageBand: .from25to34, tenureBand: .from2to5, leaveRisk: .medium,
                           skills: ["cnc-programming": 2, "cnc-setting": 3, "cad-cam": 3]),
                    Person(label: "Person D", ageBand: .from35to44, tenureBand: .from1to2, leaveRisk: .high,
                           skills: ["cnc-programming": 1, "cnc-setting": 3, "cad-cam": 1]),
                ],
                skills: [
                    SkillRequirement(skill: "cnc-setting", label: "CNC machine setting", importance: .critical, required: 3),
                    SkillRequirement(skill: "cnc-programming", label: "CNC programming", importance: .critical, required: 3),
                    SkillRequirement(skill: "cad-cam", label: "CAD/CAM", importance: .important, required: 2, requiredByYear: ["2": 3]),
                ],
                history: [FlowYear(year: asOf.year - 1, averageHeadcount: 3, leavers: 1), FlowYear(year: asOf.year - 2, averageHeadcount: 3, leavers: 0)],
                timeToCompetenceMonths: 24),
            Role(
                id: "welder-fabricator", title: "Welder fabricator", occupation: OccupationCode(soc2020Unit: "5213", standardReference: "ST0852"),
                headcount: 1,
                people: [Person(label: "Person E", ageBand: .from55to59, tenureBand: .over10, retirementIntention: .in3to5y, skills: ["welding": 4])],
                skills: [SkillRequirement(skill: "welding", label: "TIG and MIG welding", importance: .critical, required: 3)],
                timeToCompetenceMonths: 24),
            Role(
                id: "engineering-apprentice", title: "Engineering apprentice", occupation: OccupationCode(soc2020Unit: "5221", standardReference: "ST1305"),
                headcount: 1,
                people: [Person(label: "Person F", ageBand: .from16to24, tenureBand: .under1, isApprentice: true,
                                skills: ["cnc-setting": 1, "welding": 1])],
                skills: [SkillRequirement(skill: "cnc-setting", label: "CNC machine setting", importance: .important, required: 1)]),
            Role(
                id: "office-administrator", title: "Office administrator", occupation: OccupationCode(soc2020Unit: "4159"), headcount: 1, fte: 0.6,
                people: [Person(label: "Person G", ageBand: .from45to54, tenureBand: .from5to10, fte: 0.6, skills: ["bookkeeping": 3])],
                skills: [SkillRequirement(skill: "bookkeeping", label: "Bookkeeping and payroll", importance: .important, required: 3)]),
        ]
        return WorkforcePlan(
            organisation: OrganisationProfile(name: "Example Precision Ltd", sector: "C", sizeBand: .small, district: .wyreForest),
            baselineDate: asOf, horizonYears: 5, version: version, roles: roles,
            rates: RateAssumptions(benchmarkLeaverRate: 0.12, benchmarkSource: "illustrative manufacturing figure (replace with CIPD/ONS sector data)"),
            transitions: [Transition(from: "engineering-apprentice", to: "cnc-machinist", annualProbability: 0.8, earliestYear: 3)],
            scenarios: [
                Scenario(name: "contraction", kind: .contraction, annualChange: -0.05, assumptions: "Main customer cuts orders by 5% a year."),
                Scenario(name: "steady", kind: .steady, isPreferred: true, assumptions: "Order book stays as now."),
                Scenario(name: "growth", kind: .growth, annualChange: 0.1, assumptions: "New aerospace contract: 10% more work each year."),
                Scenario(name: "five-axis", kind: .custom, roleDemand: ["cnc-machinist": [3, 4, 4, 4, 4]],
                         assumptions: "A five-axis machine from year 2 needs a fourth machinist."),
            ],
            actions: [
                PlanAction(kind: .crossTrain, role: "cnc-machinist", skill: "quoting", owner: "Workshop manager", due: asOf.adding(years: 1),
                           costPence: 0, note: "Manager shows one machinist how to estimate jobs before retiring."),
                PlanAction(kind: .train, role: "cnc-machinist", skill: "cad-cam", quantity: 2, owner: "Workshop manager", due: asOf.adding(years: 1),
                           costPence: 180_000, note: "CAD/CAM course for two machinists."),
                PlanAction(kind: .apprentice, role: "engineering-apprentice", owner: "Workshop manager", due: asOf.adding(years: 2), costPence: 75_000,
                           note: "Second apprentice; employer pays 5% of the band."),
            ],
            seed: 7)
    }

    // MARK: Care home

    private static func careHome(_ asOf: PlanDate, _ version: PlanVersion) -> WorkforcePlan {
        let roles = [
            Role(
                id: "registered-manager", title: "Registered manager", occupation: OccupationCode(soc2020Unit: "1232", standardReference: "ST0008"),
                isCritical: true, headcount: 1, ageBands: [.from45to54: 1], tenureBands: [.from5to10: 1],
                skills: [SkillRequirement(skill: "cqc-compliance", label: "CQC regulation and compliance", importance: .critical, required: 4, currentLevels: [4])],
                timeToCompetenceMonths: 24),
            Role(
                id: "senior-care-worker", title: "Senior care worker", occupation: OccupationCode(soc2020Unit: "6136", standardReference: "ST0006"),
                isCritical: true, headcount: 3, ageBands: [.from35to44: 1, .from55to59: 1, .from60to64: 1], tenureBands: [.from2to5: 2, .over10: 1],
                skills: [
                    SkillRequirement(skill: "medication", label: "Medication administration", importance: .critical, required: 3, currentLevels: [3, 3, 2]),
                    SkillRequirement(skill: "care-planning", label: "Care planning", importance: .important, required: 3, currentLevels: [3, 2, 2]),
                ], timeToCompetenceMonths: 12),
            Role(
                id: "care-worker", title: "Care worker", occupation: OccupationCode(soc2020Unit: "6135", standardReference: "ST0005"), headcount: 8,
                fte: 6.4, vacancies: 1, ageBands: [.from16to24: 2, .from25to34: 2, .from35to44: 2, .from45to54: 2],
                tenureBands: [.under1: 3, .from1to2: 2, .from2to5: 3],
                skills: [
                    SkillRequirement(skill: "personal-care", label: "Personal care", importance: .critical, required: 3, currentLevels: [3, 3, 3, 3, 2, 2, 1, 1]),
                    SkillRequirement(skill: "dementia-care", label: "Dementia care", importance: .important, required: 2, requiredByYear: ["2": 3],
                                     currentLevels: [3, 2, 2, 1, 1, 1, 0, 0]),
                ],
                history: [FlowYear(year: asOf.year - 1, averageHeadcount: 8, leavers: 3), FlowYear(year: asOf.year - 2, averageHeadcount: 7.5, leavers: 2)],
                timeToCompetenceMonths: 6),
            Role(
                id: "cook", title: "Cook", occupation: OccupationCode(soc2020Unit: "5435"), headcount: 2, fte: 1.5, ageBands: [.from45to54: 1, .from60to64: 1],
                skills: [SkillRequirement(skill: "food-hygiene", label: "Food hygiene level 2", importance: .critical, required: 2, currentLevels: [3, 2])]),
        ]
        return WorkforcePlan(
            organisation: OrganisationProfile(name: "Example Care Home", sector: "Q", sizeBand: .smallMedium, district: .malvernHills),
            baselineDate: asOf, horizonYears: 3, version: version, roles: roles,
            rates: RateAssumptions(benchmarkLeaverRate: 0.29, benchmarkSource: "Skills for Care 2021/22 care-worker turnover 29%"),
            transitions: [Transition(from: "care-worker", to: "senior-care-worker", annualProbability: 0.05)],
            actions: [
                PlanAction(kind: .train, role: "care-worker", skill: "dementia-care", quantity: 4, owner: "Registered manager", due: asOf.adding(years: 1),
                           costPence: 60_000)
            ],
            seed: 16)
    }

    // MARK: Café

    private static func cafe(_ asOf: PlanDate, _ version: PlanVersion) -> WorkforcePlan {
        let roles = [
            Role(
                id: "owner-manager", title: "Owner manager", occupation: OccupationCode(soc2020Unit: "1223"), isCritical: true, headcount: 1,
                ageBands: [.from45to54: 1],
                skills: [SkillRequirement(skill: "food-safety-management", label: "Food safety management (HACCP)", importance: .critical, required: 3, currentLevels: [3])]),
            Role(
                id: "cook", title: "Cook", occupation: OccupationCode(soc2020Unit: "5435"), isCritical: true, headcount: 1, ageBands: [.from35to44: 1],
                skills: [SkillRequirement(skill: "food-hygiene", label: "Food hygiene level 2", importance: .critical, required: 2, currentLevels: [3])]),
            Role(
                id: "front-of-house", title: "Front of house", occupation: OccupationCode(soc2020Unit: "9264"), headcount: 3, fte: 2,
                ageBands: [.from16to24: 3], tenureBands: [.under1: 2, .from1to2: 1],
                skills: [
                    SkillRequirement(skill: "barista", label: "Barista", importance: .important, required: 2, currentLevels: [3, 1, 0]),
                    SkillRequirement(skill: "food-hygiene", label: "Food hygiene level 2", importance: .important, required: 2, currentLevels: [2, 2, 0]),
                ]),
        ]
        return WorkforcePlan(
            organisation: OrganisationProfile(name: "Example Café", sector: "I", sizeBand: .small, district: .worcester),
            baselineDate: asOf, horizonYears: 3, version: version, roles: roles,
            rates: RateAssumptions(benchmarkLeaverRate: 0.35, benchmarkSource: "illustrative hospitality figure (replace with sector data)"),
            seed: 5)
    }

    // MARK: IT services

    private static func itServices(_ asOf: PlanDate, _ version: PlanVersion) -> WorkforcePlan {
        let roles = [
            Role(
                id: "director", title: "Director", occupation: OccupationCode(soc2020Unit: "1137"), isCritical: true, headcount: 1, ageBands: [.from55to59: 1],
                skills: [SkillRequirement(skill: "client-management", label: "Client account management", importance: .critical, required: 3, currentLevels: [4])]),
            Role(
                id: "network-engineer", title: "Network engineer", occupation: OccupationCode(soc2020Unit: "3131"),
                isCritical: true, headcount: 2, ageBands: [.from25to34: 1, .from35to44: 1],
                skills: [
                    SkillRequirement(skill: "networking", label: "Network configuration", importance: .critical, required: 3, currentLevels: [4, 3]),
                    SkillRequirement(skill: "cyber-security", label: "Cyber security", importance: .critical, required: 2, requiredByYear: ["2": 3], currentLevels: [3, 1]),
                ]),
            Role(
                id: "support-technician", title: "IT support technician", occupation: OccupationCode(soc2020Unit: "3132", standardReference: "ST0973"),
                headcount: 4, ageBands: [.from16to24: 2, .from25to34: 2],
                skills: [
                    SkillRequirement(skill: "service-desk", label: "Service desk", importance: .important, required: 3, currentLevels: [3, 3, 2, 2]),
                    SkillRequirement(skill: "cloud-administration", label: "Cloud administration", importance: .important, required: 0,
                                     requiredByYear: ["2": 2], currentLevels: [2, 1, 0, 0]),
                ]),
            Role(
                id: "office-manager", title: "Office manager", occupation: OccupationCode(soc2020Unit: "4141"), headcount: 1, fte: 0.8,
                ageBands: [.from45to54: 1],
                skills: [SkillRequirement(skill: "bookkeeping", label: "Bookkeeping and payroll", importance: .important, required: 3, currentLevels: [3])]),
        ]
        return WorkforcePlan(
            organisation: OrganisationProfile(name: "Example IT Services Ltd", sector: "J", sizeBand: .small, district: .redditch),
            baselineDate: asOf, horizonYears: 4, version: version, roles: roles,
            rates: RateAssumptions(benchmarkLeaverRate: 0.14, benchmarkSource: "illustrative IT services figure (replace with sector data)"),
            transitions: [Transition(from: "support-technician", to: "network-engineer", annualProbability: 0.1, earliestYear: 2)],
            seed: 8)
    }
}
