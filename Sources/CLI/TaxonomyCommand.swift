import ArgumentParser
import Foundation
import Taxonomy

// MARK: - taxonomy build

extension Skillway {
    /// `skillway taxonomy`: builds and evaluates the skills taxonomy resources.
    struct TaxonomyCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "taxonomy", abstract: "Build and evaluate the skills taxonomy.", subcommands: [Build.self, Eval.self, Audit.self])

        struct Build: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Turn the reference data and the team's vocabulary into Resources/taxonomy.",
                discussion: "Deterministic: building twice from the same inputs writes identical bytes. Nothing is written when an input is wrong.")

            @Option(help: "The reference data folder (with ifate/ and soc2020/).")
            var from: String = "../shared/data"

            @Option(help: "The folder with skills.txt and job-titles.txt.")
            var vocabulary: String = "Taxonomy"

            @Option(help: "Where to write the resources.")
            var out: String = "Resources/taxonomy"

            func run() async throws {
                let inputs = TaxonomyBuilder.Inputs(
                    dataDirectory: URL(fileURLWithPath: from), vocabularyDirectory: URL(fileURLWithPath: vocabulary))
                let started = ContinuousClock.now
                let files = try TaxonomyBuilder(inputs: inputs).write(to: URL(fileURLWithPath: out))
                for file in files { printError("  \(out)/\(file.name): \(file.bytes) bytes") }
                let manifest = try TaxonomyData.load(from: URL(fileURLWithPath: out)).manifest
                print("Built taxonomy \(manifest.version) in \(ContinuousClock.now - started):")
                for (key, value) in manifest.counts.sorted(by: { $0.key < $1.key }) { print("  \(key): \(value)") }
            }
        }
    }
}
