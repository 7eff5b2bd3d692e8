import ArgumentParser

// MARK: - taxonomy eval

extension Skillway.TaxonomyCommand {
    /// `skillway taxonomy eval`: leave-one-out title retrieval and course route-tagging accuracy.
    struct Eval: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Measure occupation matching and course route tagging.")

        func run() async throws {}
    }
}
