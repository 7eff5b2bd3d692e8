public import Domain
import Foundation
import Matching

// MARK: - Evaluation

/// Figures for BENCHMARKS.md: title retrieval with the title held out, and route tagging accuracy.
public enum TaxonomyEvaluation {
    /// Leave-one-out title retrieval over the standards' typical job titles.
    public struct LeaveOneOut: Codable, Sendable {
        /// Titles queried.
        public var titles: Int
        /// Share whose own standard ranked first.
        public var hitAt1: Double
        /// Share whose own standard ranked in the top 5.
        public var hitAt5: Double
        /// Mean reciprocal rank (0 when not in the top 20).
        public var meanReciprocalRank: Double
        /// Some titles that missed, with what ranked first.
        public var sampleMisses: [String]
    }

    /// For each standard with statements and each of its typical job titles: remove that title from the standard's
    /// aliases, query the title through the job-title pipeline and see where the standard ranks.
    /// Titles that are the standard's own title are skipped (the title stays indexed).
    public static func leaveOneOut(_ taxonomy: SkillsTaxonomy, limit: Int? = nil) -> LeaveOneOut {
        let matcher = taxonomy.occupations
        let index = matcher.standardIndex
        var queried = 0, hits1 = 0, hits5 = 0
        var reciprocal = 0.0
        var misses: [String] = []
        // Thin standards compete as candidates, but their loose job-title lists ("hairdressing",
        // "financier") are not queried: the figure stays on the standards with statements.
        outer: for standard in taxonomy.data.standards where !standard.isThin {
            var seen: Set<String> = [standard.title.lowercased()]
            for title in standard.typicalJobTitles where seen.insert(title.lowercased()).inserted {
                if let limit, queried >= limit { break outer }
                let id = "ifate:" + standard.reference
                var held = standard
                held.typicalJobTitles.removeAll { $0.lowercased() == title.lowercased() }
                index.remove(id: id)
                index.add(OccupationMatcher.document(held))
                let results = matcher.matchTitle(title, scheme: .ifate, top: 20, index: index)
                index.remove(id: id)
                index.add(OccupationMatcher.document(standard))
                queried += 1
                if let rank = results.firstIndex(where: { $0.id == id }) {
                    if rank == 0 { hits1 += 1 }
                    if rank < 5 { hits5 += 1 }
                    reciprocal += 1.0 / Double(rank + 1)
                }
                if results.first?.id != id, misses.count < 15 {
                    misses.append("\"\(title)\" (\(standard.reference) \(standard.title)) → \(results.first.map { "\($0.code) \($0.title)" } ?? "nothing")")
                }
            }
        }
        let n = Double(max(queried, 1))
        return LeaveOneOut(
            titles: queried, hitAt1: Double(hits1) / n, hitAt5: Double(hits5) / n, meanReciprocalRank: reciprocal / n, sampleMisses: misses)
    }

    /// Route tagging accuracy on courses whose route the provider declared.
    public struct RouteTagging: Codable, Sendable {
        public var courses: Int
        public var correct: Int
        public var accuracy: Double
        /// Confusions: "declared → classified": count.
        public var confusions: [String: Int]
        /// Some misclassified course titles with their confusion.
        public var sampleMisses: [String]
    }

    /// Classifies each course with a declared route as if it had none (route subjects removed) and
    /// compares with the declared route.
    public static func routeTagging(_ courses: [Course], tagger: CourseTagger) -> RouteTagging {
        var total = 0, correct = 0
        var confusions: [String: Int] = [:]
        var misses: [String] = []
        for var course in courses {
            guard let declared = course.route else { continue }
            course.route = nil
            course.subjects.removeAll { Route(matching: $0.label) != nil || $0.scheme?.lowercased().contains("route") == true }
            total += 1
            let classified = tagger.routeTag(for: course)?.value
            if classified == declared.rawValue {
                correct += 1
            } else {
                confusions["\(declared.rawValue) → \(classified ?? "none")", default: 0] += 1
                if misses.count < 40 { misses.append("\(course.title): \(declared.rawValue) → \(classified ?? "none")") }
            }
        }
        return RouteTagging(courses: total, correct: correct, accuracy: Double(correct) / Double(max(total, 1)), confusions: confusions,
            sampleMisses: misses)
    }
}
