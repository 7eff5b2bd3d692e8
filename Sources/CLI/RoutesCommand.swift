import ArgumentParser
import Storage
import Taxonomy

// MARK: - routes

extension Skillway {
    /// `skillway routes`: the 15 routes with their pathways, clusters, standards and tagged courses.
    struct Routes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the IfATE (Skills England) occupational routes.")

        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let taxonomy = try SkillsTaxonomy.bundled()
            let counts = (try? await database.openIfExists()?.courseCountsByRoute()) ?? [:]
            let routes = taxonomy.routeSummaries(courseCounts: counts)
            if json { return try printJSON(routes) }
            for route in routes {
                print("\(route.id). \(route.name) [\(route.slug)] · \(route.pathways) pathways, \(route.clusters) clusters, \(route.standards) standards, \(route.courseCount) courses")
            }
        }
    }
}
