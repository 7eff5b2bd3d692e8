import ArgumentParser
import Foundation
import Taxonomy

// MARK: - occupations

extension Skillway {
    /// `skillway occupations match "TEXT"`.
    struct Occupations: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Match job titles and career histories to occupations.", subcommands: [Match.self, Show.self])

        struct Match: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Rank IfATE standards or SOC 2020 unit groups for a job title or a paragraph of career history.")
            @Argument(help: "A job title (\"chippy\", \"HGV driver\") or a paragraph of career history.") var text: String
            @Option(help: "ifate or soc2020.") var scheme: String = "ifate"
            @Option(help: "How many results.") var top = 10
            @Flag(help: "Print JSON: {query, results: [{id, scheme, code, title, route, level, score, why}]}.") var json = false

            func validate() throws {
                guard OccupationScheme(rawValue: scheme) != nil else { throw ValidationError("--scheme must be ifate or soc2020.") }
                guard (1...100).contains(top) else { throw ValidationError("--top must be from 1 to 100.") }
                guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw ValidationError("Give a job title or some career history.") }
            }

            func run() async throws {
                let matches = try SkillsTaxonomy.bundled().matchOccupations(text, scheme: OccupationScheme(rawValue: scheme)!, top: top)
                if json { return try printJSON(matches) }
                for (rank, result) in matches.results.enumerated() {
                    let level = result.level.map { " · L\($0)" } ?? ""
                    print("\(rank + 1). \(result.code) \(result.title)\(level) · \(result.route ?? "-") · \(result.score)")
                    print("   \(result.why)")
                }
            }
        }
    }
}
