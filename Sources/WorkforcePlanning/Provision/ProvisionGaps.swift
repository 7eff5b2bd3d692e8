public import Domain
import Foundation

// MARK: - Deploy / Adapt / Import / Develop

/// The LSIP classification of a demanded skill against the catalogue.
public enum ProvisionClass: String, Codable, Sendable, CaseIterable {
    /// Provision exists locally and matches the wanted format and place.
    case deploy
    /// Provision exists locally but not in the wanted format or place.
    case adapt
    /// Provision exists only outside the county.
    case `import`
    /// No provision exists.
    case develop
}

/// One demanded skill with its classification. Built only from published (suppressed) demand figures.
public struct ProvisionGap: Codable, Sendable, Equatable {
    /// The skill id.
    public var skill: String
    /// The skill id as words (employers' own labels are free text and never published).
    public var label: String
    /// People behind the skill's published figures, rounded as they were published.
    public var people: Int
    /// Employers behind them, as a band ("5-9", "10-19", "20+").
    public var employersBand: String
    /// Where the demand is (district slugs, or `worcestershire`).
    public var places: [String]
    /// The delivery the employers behind the figure mostly want (`short`, `modular`, `on_the_job`, `evening`, `online`).
    public var wantedFormat: [String]
    /// The classification.
    public var classification: ProvisionClass
    /// Why, in words.
    public var reason: String
    /// Local courses that match (Deploy) or come nearest (Adapt), or the outside courses (Import).
    public var courses: [ProvisionOffer]
}

/// Demanded skills classified against the catalogue.
public struct ProvisionGapTable: Codable, Sendable, Equatable {
    /// One entry a demanded skill, Develop first, then Import, Adapt, Deploy; by people within each.
    public var skills: [ProvisionGap]
    /// The suppression rules the underlying demand figures passed.
    public var rules: SuppressionRules

    /// Creates a table.
    public init(skills: [ProvisionGap], rules: SuppressionRules) {
        self.skills = skills
        self.rules = rules
    }
}

// MARK: - Demand across consenting plans

/// Aggregated demand over several employers' plans, each under its preferred scenario.
public struct DemandSummary: Sendable {
    /// One consenting employer's plan; the key is opaque and never published.
    public struct Contribution: Sendable {
        public var employer: String
        public var plan: WorkforcePlan

        public init(employer: String, plan: WorkforcePlan) {
            self.employer = employer
            self.plan = plan
        }
    }

    let contributions: [Contribution]
    let rules: SuppressionRules
    let traced: [DemandAggregator.TracedCell]
    /// The published, suppressed table.
    public let table: DemandTable

    /// Aggregates the contributions. Plans whose projection fails are left out.
    /// - Parameter routes: finds each role's IfATE route for the route figures; without it none are published.
    public init(_ contributions: [Contribution], rules: SuppressionRules = .standard, routes: (any OccupationRouting)? = nil) {
        self.contributions = contributions
        self.rules = rules
        var records: [DemandRecord] = []
        for contribution in contributions {
            records += (try? contribution.plan.demandRecords(employer: contribution.employer, routes: routes)) ?? []
        }
        let (traced, suppressed) = DemandAggregator.aggregateTraced(records, rules: rules)
        self.traced = traced
        let (byRoute, suppressedRoutes) = DemandAggregator.routeFigures(records, published: traced, rules: rules)
        table = DemandTable(cells: traced.map(\.cell), suppressedGroups: suppressed, rules: rules, byRoute: byRoute, suppressedRouteGroups: suppressedRoutes)
    }

    /// Classifies every skill in the published figures against the catalogue's provision.
    ///
    /// The wanted format is what a majority of the employers behind the skill's published figures asked
    /// for; the wanted place is the figures' geography (a district, or anywhere in the county).
    public func provisionGaps(using finder: any SkillProvisionFinding) async throws -> ProvisionGapTable {
        var order: [String] = []
        var bySkill: [String: [DemandAggregator.TracedCell]] = [:]
        for cell in traced {
            guard let skill = cell.cell.skill else { continue }
            if bySkill[skill] == nil { order.append(skill) }
            bySkill[skill, default: []].append(cell)
        }
        var gaps: [ProvisionGap] = []
        for skill in order {
            let cells = bySkill[skill]!
            let employers = Set(cells.flatMap { $0.records.map(\.employer) })
            let preferences = contributions.filter { employers.contains($0.employer) }.map { $0.plan.trainingPreferences ?? TrainingPreferences() }
            let wanted = Self.majority(preferences)
            let places = Array(Set(cells.map(\.cell.geography))).sorted()
            // Employers' own labels are free text: they help the catalogue search but are never published.
            let searchLabel = Self.commonLabel(skill, in: contributions.filter { employers.contains($0.employer) }.map(\.plan))
            let label = Self.readable(skill)
            let offers = try await finder.provision(forSkill: skill, label: searchLabel, occupation: nil)
            let (classification, reason, courses) = Self.classify(offers, wanted: wanted, places: places)
            gaps.append(
                ProvisionGap(
                    skill: skill, label: label, people: cells.reduce(0) { $0 + $1.cell.people }, employersBand: Self.band(employers.count),
                    places: places, wantedFormat: Self.formatNames(wanted), classification: classification, reason: reason, courses: courses))
        }
        let rank: [ProvisionClass: Int] = [.develop: 0, .import: 1, .adapt: 2, .deploy: 3]
        gaps.sort { (rank[$0.classification]!, -$0.people, $0.skill) < (rank[$1.classification]!, -$1.people, $1.skill) }
        return ProvisionGapTable(skills: gaps, rules: rules)
    }

    // MARK: Classification

    /// Deploy when a local course meets the wanted format and place, Adapt when local courses exist but
    /// none does, Import when courses exist only outside the county, Develop when none exist.
    static func classify(_ offers: [ProvisionOffer], wanted: TrainingPreferences, places: [String]) -> (ProvisionClass, String, [ProvisionOffer]) {
        guard !offers.isEmpty else { return (.develop, "No course in the catalogue teaches this skill.", []) }
        let local = offers.filter(\.isLocal)
        guard !local.isEmpty else {
            return (.import, "Courses exist only outside Worcestershire (\(offers.count)).", Array(offers.prefix(3)))
        }
        let districts = places.compactMap(District.init(rawValue:))
        let matching = local.filter { meetsFormat($0, wanted) && meetsPlace($0, districts: districts) }
        if !matching.isEmpty {
            return (.deploy, "\(matching.count) local course\(matching.count == 1 ? "" : "s") match\(matching.count == 1 ? "es" : "") the wanted format and place.", Array(matching.prefix(3)))
        }
        var missing: [String] = []
        if !local.contains(where: { meetsFormat($0, wanted) }) { missing.append("format (\(formatNames(wanted).joined(separator: ", ")))") }
        if !local.contains(where: { meetsPlace($0, districts: districts) }) { missing.append("place (\(places.joined(separator: ", ")))") }
        if missing.isEmpty { missing.append("format and place together") }
        return (.adapt, "\(local.count) local course\(local.count == 1 ? "" : "s"), but none in the wanted \(missing.joined(separator: " or ")).", Array(local.prefix(3)))
    }

    static func meetsFormat(_ offer: ProvisionOffer, _ wanted: TrainingPreferences) -> Bool {
        (!wanted.short || offer.short) && (!wanted.modular || offer.modular) && (!wanted.onTheJob || offer.onTheJob)
            && (!wanted.evening || offer.evening) && (!wanted.online || offer.deliveryModes.contains(.online))
    }

    /// Taught in one of the demand's districts (any county district when the demand is county-wide), or online.
    static func meetsPlace(_ offer: ProvisionOffer, districts: [District]) -> Bool {
        if offer.deliveryModes.contains(.online) || offer.deliveryModes.contains(.workBased) { return true }
        if districts.isEmpty { return offer.isLocal }
        return offer.districts.contains { districts.contains($0) }
    }

    /// The preferences held by more than half the employers; districts are left to the demand's geography.
    static func majority(_ preferences: [TrainingPreferences]) -> TrainingPreferences {
        let half = Double(preferences.count) / 2
        func most(_ flag: (TrainingPreferences) -> Bool) -> Bool { Double(preferences.filter(flag).count) > half }
        return TrainingPreferences(
            short: most(\.short), modular: most(\.modular), onTheJob: most(\.onTheJob), evening: most(\.evening), online: most(\.online))
    }

    /// The label most of the plans use for a skill (ties to the first seen), else the readable id.
    static func commonLabel(_ skill: String, in plans: [WorkforcePlan]) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for plan in plans {
            for requirement in plan.roles.flatMap(\.skills) where requirement.skill == skill {
                if counts[requirement.label] == nil { order.append(requirement.label) }
                counts[requirement.label, default: 0] += 1
            }
        }
        return order.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) } ?? readable(skill)
    }

    /// A skill id as words: `cnc-programming` → `Cnc programming`.
    static func readable(_ skill: String) -> String {
        let words = skill.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    static func formatNames(_ preferences: TrainingPreferences) -> [String] {
        [("short", preferences.short), ("modular", preferences.modular), ("on_the_job", preferences.onTheJob), ("evening", preferences.evening),
         ("online", preferences.online)].filter(\.1).map(\.0)
    }

    static func band(_ count: Int) -> String {
        switch count {
        case ..<10: "5-9"
        case 10..<20: "10-19"
        default: "20+"
        }
    }
}
