import ArgumentParser
import Foundation
import Matching

// MARK: - eval

extension Skillway {
    /// `skillway eval`: matching quality on the development data, with bootstrap intervals.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure matching quality on the development data (bootstrap 95% intervals).",
            discussion: """
                Tasks: occupations (jobbert_val.csv titles → ESCO occupations: MRR, Hit@1/5/10), tech and house \
                (job-ad sentences → ESCO skills: RP@5). Use the development data for tuning only. \
                --against NAME also scores an ablation and reports the paired bootstrap interval of the difference.
                """)

        /// A named configuration change, for ablations.
        enum Variant: String, ExpressibleByArgument, CaseIterable {
            case product, sklearn, bm25, noExact = "no-exact", noBody = "no-body", noBonuses = "no-bonuses", rawTF = "raw-tf", noTypo = "no-typo"

            func apply(to base: MatchConfiguration) -> MatchConfiguration {
                var c = base
                switch self {
                case .product: c = .product
                case .sklearn: c = .sklearn
                case .bm25: c.weighting = .bm25(k1: 1.2, b: 0.75)
                case .noExact: c.exactMatchFirst = false
                case .noBody: c.bodyWeight = 0
                case .noBonuses: c.phraseBonus = 0; c.coverageBonus = 0
                case .rawTF: c.sublinearTF = false
                case .noTypo: c.typoFallback = false
                }
                return c
            }
        }

        enum Task: String, ExpressibleByArgument, CaseIterable { case occupations, tech, house, all }

        @Argument(help: "occupations, tech, house or all.") var task = Task.all
        @Option(help: "Folder with the development data.") var data = "../shared/data/eval-dev"
        @Option(help: "Configuration to measure (product, sklearn, bm25 or an ablation of product).") var variant = Variant.product
        @Option(help: "Also measure this variant and report the paired difference (variant − against).") var against: Variant?
        @Option(help: "Body weight (product mode).") var bodyWeight: Double?
        @Option(help: "Phrase bonus (product mode).") var phraseBonus: Double?
        @Option(help: "Coverage bonus (product mode).") var coverageBonus: Double?
        @Option(help: "Bootstrap resamples.") var bootstrap = 1000

        func run() throws {
            let folder = URL(fileURLWithPath: data)
            var configuration = variant.apply(to: .product)
            if let bodyWeight { configuration.bodyWeight = bodyWeight }
            if let phraseBonus { configuration.phraseBonus = phraseBonus }
            if let coverageBonus { configuration.coverageBonus = coverageBonus }
            let baseline = against.map { $0.apply(to: .product) }
            let tasks: [Task] = task == .all ? [.occupations, .tech, .house] : [task]
            print("configuration: \(describe(configuration))")
            for task in tasks {
                do {
                    let (report, perQuery) = try evaluate(task, folder: folder, configuration: configuration)
                    print("\(report.task): \(report.queries) queries, \(report.documents) documents"
                          + (report.skipped > 0 ? ", \(report.skipped) skipped (\(report.skipReason))" : "")
                          + String(format: ", %.1f s", report.seconds))
                    for figure in report.figures { print("  " + figure.formatted) }
                    if let baseline, let against {
                        let (other, otherPerQuery) = try evaluate(task, folder: folder, configuration: baseline)
                        let difference = MatchingEvaluation.pairedDifference(otherPerQuery, perQuery, resamples: bootstrap)
                        print(String(format: "  vs %@: %@ %.4f → paired Δ %+.4f [%+.4f, %+.4f]", against.rawValue, other.figures[0].name,
                                     other.figures[0].value, difference.value, difference.low, difference.high))
                    }
                } catch let error as EvaluationError {
                    printError("error: \(error.description)")
                    throw ExitCode.failure
                }
            }
        }

        private func evaluate(_ task: Task, folder: URL, configuration: MatchConfiguration) throws -> (MatchingEvaluation.Report, [Double]) {
            switch task {
            case .occupations, .all: try MatchingEvaluation.occupations(data: folder, configuration: configuration, bootstrap: bootstrap)
            case .tech: try MatchingEvaluation.skills(data: folder, set: "tech", configuration: configuration, bootstrap: bootstrap)
            case .house: try MatchingEvaluation.skills(data: folder, set: "house", configuration: configuration, bootstrap: bootstrap)
            }
        }

        private func describe(_ c: MatchConfiguration) -> String {
            let weighting: String
            switch c.weighting {
            case .tfidf: weighting = c.sublinearTF ? "tf-idf (sublinear tf)" : "tf-idf (raw tf)"
            case .bm25(let k1, let b): weighting = "bm25 k1=\(k1) b=\(b)"
            }
            return "\(c.mode.rawValue), \(weighting), body weight \(c.bodyWeight), exact first \(c.exactMatchFirst), "
                + "phrase \(c.phraseBonus), coverage \(c.coverageBonus), typo fallback \(c.typoFallback)"
        }
    }
}
