public import Domain
import Foundation

// MARK: - One employer's demand, before aggregation

/// A kind of demand a plan signals to providers.
public enum DemandSignal: String, Codable, Sendable, CaseIterable, Comparable {
    case recruitExpansion = "recruit_expansion"
    case recruitReplacement = "recruit_replacement"
    case upskill
    case newSkill = "new_skill"
    case apprenticeshipIntent = "apprenticeship_intent"

    public static func < (lhs: DemandSignal, rhs: DemandSignal) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// When the demand falls, counted from the plan's baseline.
public enum HorizonBand: String, Codable, Sendable, CaseIterable, Comparable {
    case upTo1y = "0-1y"
    case from1to3y = "1-3y"
    case from3to5y = "3-5y"

    /// The band a plan year (1-based) falls in.
    public static func forYear(_ year: Int) -> HorizonBand { year <= 1 ? .upTo1y : year <= 3 ? .from1to3y : .from3to5y }

    public static func < (lhs: HorizonBand, rhs: HorizonBand) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One employer's contribution to one demand figure. The employer key is used only to count employers
/// and test dominance; it never appears in published output.
public struct DemandRecord: Sendable, Hashable {
    /// An opaque key for the employer (e.g. the organisation id).
    public var employer: String
    /// Where the demand is.
    public var district: District
    /// SOC 2020 unit group (4 digits).
    public var occupation: String
    /// The skill, for upskill and new-skill signals.
    public var skill: String?
    /// The IfATE route of the role's occupation, when known; records without one are left out of route figures.
    public var route: Route?
    /// The kind of demand.
    public var signal: DemandSignal
    /// When.
    public var horizon: HorizonBand
    /// Number of people (expected values; rounded only on publication).
    public var people: Double

    /// Creates a record.
    public init(
        employer: String, district: District, occupation: String, skill: String? = nil, route: Route? = nil, signal: DemandSignal, horizon: HorizonBand,
        people: Double
    ) {
        self.employer = employer
        self.district = district
        self.occupation = occupation
        self.skill = skill
        self.route = route
        self.signal = signal
        self.horizon = horizon
        self.people = people
    }
}

// MARK: - Summarising a plan for aggregation

extension WorkforcePlan {
    /// The demand records this plan contributes under a scenario (the preferred one by default). Roles not
    /// yet resolved to a SOC unit group are left out. Contains no names, labels, notes or free text.
    /// - Parameters:
    ///   - employer: the opaque employer key.
    ///   - routes: finds each role's IfATE route from its occupation; without it (or when it finds none)
    ///     the records carry no route and count only in the occupation figures.
    public func demandRecords(employer: String, scenario scenarioName: String? = nil, routes: (any OccupationRouting)? = nil) throws -> [DemandRecord] {
        let projection = try project(scenario: scenarioName)
        let gaps = skillsGap()
        var records: [DemandRecord] = []
        func add(_ role: Role, _ skill: String?, _ signal: DemandSignal, _ horizon: HorizonBand, _ people: Double) {
            guard people > 0, let occupation = role.occupation else { return }
            let soc = occupation.soc2020Unit
            let route = routes?.route(soc2020Unit: soc, standardReference: occupation.standardReference)
            if let index = records.firstIndex(where: {
                $0.occupation == soc && $0.route == route && $0.skill == skill && $0.signal == signal && $0.horizon == horizon
            }) {
                records[index].people += people
            } else {
                records.append(
                    DemandRecord(
                        employer: employer, district: organisation.district, occupation: soc, skill: skill, route: route, signal: signal,
                        horizon: horizon, people: people))
            }
        }
        for (role, projected) in zip(roles, projection.roles) {
            var previousDemand = Double(role.headcount)
            for year in projected.years {
                let band = HorizonBand.forYear(year.year)
                add(role, nil, .recruitReplacement, band, year.leavers + year.retirements)
                add(role, nil, .recruitExpansion, band, max(0, year.demand - max(previousDemand, Double(role.headcount))))
                previousDemand = max(previousDemand, year.demand)
            }
            for cell in gaps where cell.role == role.id {
                let short = Double(cell.headcount - cell.coverageAtHorizon)
                add(role, cell.skill, cell.required == 0 ? .newSkill : .upskill, .upTo1y, short)
            }
        }
        for action in actions where action.kind == .apprentice {
            guard let roleID = action.role, let role = role(roleID) else { continue }
            let year = max(1, action.due.year - baselineDate.year)
            add(role, nil, .apprenticeshipIntent, HorizonBand.forYear(year), Double(action.quantity))
        }
        return records
    }
}
