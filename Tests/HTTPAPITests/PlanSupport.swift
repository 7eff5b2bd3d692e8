import Domain
import Foundation
import HTTPAPI
import Hummingbird
import HummingbirdTesting
import Storage
import Taxonomy
import Testing
import WorkforcePlanning

// MARK: - Workforce plan test support

enum PlanFixtures {
    static let asOf = PlanDate("2026-04-01")!

    /// The engineering workshop template: 7 people in five roles, occupations already resolved.
    static func workshop(name: String = "Acme Engineering") throws -> WorkforcePlan {
        var plan = try #require(PlanTemplates.make("engineering-workshop", asOf: asOf))
        plan.organisation.name = name
        return plan
    }

    static func body(_ plan: WorkforcePlan) throws -> Data { try PlanLoader.encode(plan) }

    static func input(_ plan: WorkforcePlan) throws -> PlanVersionInput {
        PlanVersionInput(number: plan.version.number, baselineDate: plan.baselineDate.description, name: plan.organisation.name, note: nil, content: try body(plan))
    }

    /// A plan of `SecondEmployer`, which none of the access matrix's callers belongs to (the organisation
    /// itself is created by the caller).
    static func foreignPlan(_ database: AppDatabase) async throws -> StoredPlan {
        try await database.planStore(for: SecondEmployer.organisation.id).createPlan(try input(try workshop(name: "Severn Vale Care Ltd")))
    }

    /// A small firm whose welders all need welding brought to level 3, and whose office needs a skill no
    /// course teaches; `welders` people in the welding role.
    static func weldingFirm(welders: Int, district: District = .worcester, preferences: TrainingPreferences? = nil) -> WorkforcePlan {
        let welding = SkillRequirement(
            skill: "welding", label: "Welding", importance: .critical, required: 3, currentLevels: Array(repeating: 1, count: welders))
        let rare = SkillRequirement(
            skill: "heritage-lime-mortar", label: "Heritage lime mortar mixing", importance: .important, required: 3, currentLevels: Array(repeating: 0, count: welders))
        let role = Role(
            id: "welder", title: "Welder", occupation: OccupationCode(soc2020Unit: "5213"), headcount: welders, skills: [welding, rare])
        return WorkforcePlan(
            organisation: OrganisationProfile(name: "Firm", sector: "C", sizeBand: .small, district: district), baselineDate: asOf, horizonYears: 3,
            version: PlanVersion(number: 1, savedOn: asOf), roles: [role], trainingPreferences: preferences)
    }

    /// Creates `count` employer organisations, each with one consenting plan from `make`.
    static func consentingEmployers(_ database: AppDatabase, count: Int, make: (Int) -> WorkforcePlan) async throws {
        for index in 0..<count {
            let id = OrganisationID(rawValue: "firm-\(index)")!
            _ = try await database.createOrganisation(Organisation(id: id, name: "Firm \(index)", kind: .employer))
            let store = database.planStore(for: id)
            let plan = try await store.createPlan(try input(make(index)))
            _ = try await store.setShareDemand(planID: plan.id, true)
        }
    }
}

/// The plan routes' answers, decoded loosely enough to read.
struct PlanEnvelope: Decodable {
    struct Summary: Decodable {
        var id: Int64
        var latestVersion: Int
        var shareDemand: Bool
    }
    var plan: Summary
    var version: Int
    var content: WorkforcePlan
    var unresolvedRoles: [String]?
}

// MARK: - Templates against the taxonomy

@Suite("Plan templates and the taxonomy")
struct TemplateTaxonomyTests {
    @Test("every template names SOC 2020 unit groups and IfATE standards the bundled taxonomy has")
    func codesExist() throws {
        let taxonomy = try SkillsTaxonomy.bundled()
        for template in PlanTemplates.all {
            let plan = try #require(PlanTemplates.make(template.name, asOf: PlanFixtures.asOf))
            for role in plan.roles {
                let occupation = try #require(role.occupation, "\(template.name) \(role.id) has no occupation")
                #expect(taxonomy.socUnitGroup(code: occupation.soc2020Unit) != nil, "\(template.name) \(role.id): SOC \(occupation.soc2020Unit)")
                if let reference = occupation.standardReference {
                    #expect(taxonomy.standard(reference: reference) != nil, "\(template.name) \(role.id): \(reference)")
                }
            }
        }
    }
}
