import ArgumentParser
import Careers
import Domain
import Foundation
import Taxonomy

// MARK: - eval-careers

extension Skillway {
    /// `skillway eval-careers`: how many team-written profiles get only plausible top reskill paths.
    struct EvalCareers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "eval-careers",
            abstract: "Check the diagnostic's reskill paths against team-written profiles with an adviser's expectations.",
            discussion: """
                Each profile lists the routes a careers adviser would accept for the top three reskill paths, the \
                highest sensible level, absurd occupations and any route the learner's own words ask for. Paths do not \
                depend on courses, so no catalogue is loaded.
                """)

        @Option(help: "The profiles file.") var profiles = "Tests/CareersTests/Fixtures/adviser-profiles.json"
        @Flag(help: "Print every profile's top paths, not only the implausible ones.") var verbose = false

        func run() async throws {
            let set = try AdviserProfileSet.load(URL(fileURLWithPath: profiles))
            let diagnostician = try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: []))
            var plausible = 0
            var byGroup: [String: (Int, Int)] = [:]
            for profile in set.profiles {
                let diagnostic = try diagnostician.diagnose(profile.learnerProfile)
                let verdict = AdviserVerdict(profile, diagnostic: diagnostic)
                if verdict.plausible { plausible += 1 }
                byGroup[profile.group, default: (0, 0)].0 += verdict.plausible ? 1 : 0
                byGroup[profile.group, default: (0, 0)].1 += 1
                if verbose || !verdict.plausible {
                    print("\(verdict.plausible ? "ok " : "BAD") \(profile.name): " + verdict.top.joined(separator: "; "))
                    for problem in verdict.problems { print("      - \(problem)") }
                    if verbose {
                        let current = diagnostic.currentOccupations.first { $0.occupation.scheme == .ifate }.map { "\($0.occupation.title) (L\($0.occupation.level.map(String.init) ?? "-"), \($0.confidence))" }
                        print("      soc: " + diagnostic.currentOccupations.filter { $0.occupation.scheme == .soc2020 }.map { "\($0.occupation.code) \($0.occupation.title) \($0.confidence)" }.joined(separator: "; "))
                        print("      current: \(current ?? "-"); upskill: " + diagnostic.upskill.map { "\($0.occupation.title) (L\($0.occupation.level.map(String.init) ?? "-"))" }.joined(separator: "; "))
                    }
                }
            }
            for (group, counts) in byGroup.sorted(by: { $0.key < $1.key }) { print("\(group): \(counts.0)/\(counts.1)") }
            print("profiles with only plausible top-\(AdviserVerdict.topPaths) reskill paths: \(plausible)/\(set.profiles.count)")
        }
    }
}
