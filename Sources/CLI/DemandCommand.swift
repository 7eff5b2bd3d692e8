import ArgumentParser
import Domain
import Foundation
import Storage
import Taxonomy
import WorkforcePlanning

// MARK: - demand

extension Skillway {
    /// `skillway demand`: aggregated, suppressed demand over the stored plans whose employers consented,
    /// with the Deploy / Adapt / Import / Develop classification of each demanded skill.
    struct Demand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Aggregated demand over stored, consenting plans (suppressed) and Deploy/Adapt/Import/Develop per skill.",
            discussion: """
                A figure is shown only with at least 5 employers and 10 people behind it and no employer over half of it; \
                counts are rounded to 5. Only each employer's most recently updated consenting plan counts.
                """)

        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var database: DatabaseOptions

        /// What `--json` prints.
        struct Output: Encodable {
            var demand: DemandTable
            var gaps: ProvisionGapTable
        }

        func run() async throws {
            let db = try openExistingDatabase(database)
            var contributions: [DemandSummary.Contribution] = []
            for (index, shared) in try await db.sharedPlans().enumerated() {
                guard let plan = try? PlanLoader.load(shared.content) else { continue }
                contributions.append(DemandSummary.Contribution(employer: "employer-\(index)", plan: plan))
            }
            let taxonomy = try SkillsTaxonomy.bundled()
            let summary = DemandSummary(contributions, routes: TaxonomyOccupationRouter(taxonomy: taxonomy))
            let gaps = try await summary.provisionGaps(using: CatalogueProvisionFinder(taxonomy: taxonomy, catalogue: db, tags: db))
            if json { return try printJSON(Output(demand: summary.table, gaps: gaps)) }
            let table = summary.table
            print("DEMAND (\(contributions.count) consenting employer\(contributions.count == 1 ? "" : "s"))")
            if table.cells.isEmpty { print("  Nothing can be published: every figure has fewer than 5 employers or 10 people, or one dominant employer.") }
            for cell in table.cells {
                let skill = cell.skill.map { " · \($0)" } ?? ""
                print("  \(cell.signal.rawValue) · SOC \(cell.occupation) · \(cell.geography)\(skill) · \(cell.horizon.rawValue): \(cell.people) people (\(cell.employersBand) employers)\(cell.remainder ? " [remainder]" : "")")
            }
            print("  \(table.suppressedGroups) groups suppressed.")
            print("")
            print("DEMAND BY ROUTE (county-wide)")
            if table.byRoute.isEmpty { print("  No route figure can be published.") }
            for cell in table.byRoute {
                print("  \(cell.routeName) · \(cell.signal.rawValue) · \(cell.horizon.rawValue): \(cell.people) people (\(cell.employersBand) employers)")
            }
            print("  \(table.suppressedRouteGroups) route groups suppressed.")
            print("")
            print("PROVISION (Deploy / Adapt / Import / Develop)")
            if gaps.skills.isEmpty { print("  No skill demand can be published.") }
            for gap in gaps.skills {
                let wanted = gap.wantedFormat.isEmpty ? "" : ", wanted: \(gap.wantedFormat.joined(separator: ", "))"
                print("  \(gap.classification.rawValue.uppercased()) \(gap.label) — \(gap.people) people in \(gap.places.joined(separator: ", "))\(wanted). \(gap.reason)")
                for course in gap.courses { print("    \(course.title) — \(course.providerName)") }
            }
        }
    }
}
