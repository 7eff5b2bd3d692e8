import ArgumentParser
import CatalogueImport
import DefaultCatalogue
import Domain
import Foundation
import Storage
import Taxonomy

// MARK: - taxonomy eval

extension Skillway.TaxonomyCommand {
    /// `skillway taxonomy eval`: leave-one-out title retrieval and course route-tagging accuracy.
    struct Eval: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure occupation matching (leave-one-out) and course route tagging on the default catalogue.")

        @Option(help: "Query at most this many titles (default: all).") var limit: Int?
        @Flag(help: "Print JSON.") var json = false
        @Flag(help: "Skip the leave-one-out run (route tagging only).") var taggingOnly = false

        struct Figures: Encodable {
            var leaveOneOut: TaxonomyEvaluation.LeaveOneOut
            var routeTagging: TaxonomyEvaluation.RouteTagging
            var seconds: Double
        }

        func run() async throws {
            let started = ContinuousClock.now
            let taxonomy = try SkillsTaxonomy.bundled()
            let store = try AppDatabase.inMemory()
            guard let directory = DefaultCatalogue.directoryURL else { throw ValidationError("The default catalogue is not bundled with this binary.") }
            _ = try await CatalogueLoader(store: store).load(from: directory, today: todayISO()) { _ in }
            let courses = try await store.coursesForTagging().map(\.course)
            let routeTagging = TaxonomyEvaluation.routeTagging(courses, tagger: CourseTagger(taxonomy: taxonomy))
            let leaveOneOut = TaxonomyEvaluation.leaveOneOut(taxonomy, limit: taggingOnly ? 0 : limit)
            let elapsed = ContinuousClock.now - started
            let figures = Figures(
                leaveOneOut: leaveOneOut, routeTagging: routeTagging,
                seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            if json { return try printJSON(figures) }
            print(String(format: "Leave-one-out over %d typical job titles: Hit@1 %.3f, Hit@5 %.3f, MRR %.3f",
                         leaveOneOut.titles, leaveOneOut.hitAt1, leaveOneOut.hitAt5, leaveOneOut.meanReciprocalRank))
            for miss in leaveOneOut.sampleMisses.prefix(8) { print("  miss: \(miss)") }
            print(String(format: "Route tagging on %d courses with a declared route: %d correct, accuracy %.3f",
                         routeTagging.courses, routeTagging.correct, routeTagging.accuracy))
            for (confusion, count) in routeTagging.confusions.sorted(by: { $0.value > $1.value }).prefix(8) { print("  \(confusion): \(count)") }
            print(String(format: "(%.1f s)", figures.seconds))
        }
    }
}
