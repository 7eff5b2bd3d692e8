import ArgumentParser
import DefaultCatalogue
import Foundation

// MARK: - catalogue load

extension Skillway {
    /// `skillway catalogue load`: loads a catalogue folder (the embedded default one unless given).
    struct CatalogueCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "catalogue", abstract: "Manage the default catalogue.", subcommands: [Load.self])

        struct Load: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Import every feed of a catalogue folder (default: the embedded catalogue).",
                discussion: "Each provider's provision is replaced by its feeds; other providers are untouched.")

            @OptionGroup var database: DatabaseOptions

            @Option(help: "A folder with catalogue.json and its feeds.")
            var from: String?

            func run() async throws {
                let store = try database.open()
                guard let directory = from.map({ URL(fileURLWithPath: $0) }) ?? DefaultCatalogue.directoryURL else {
                    throw ValidationError("The embedded catalogue is not bundled with this binary; pass --from DIR.")
                }
                try await loadCatalogue(from: directory, into: store)
            }
        }
    }
}
