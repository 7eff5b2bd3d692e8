import ArgumentParser
import Domain
import Storage

// MARK: - providers

extension Skillway {
    /// `skillway providers`: lists providers and the size of their provision.
    struct Providers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List providers and how many courses each has.")

        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let providers = try await database.open().providers()
            if json { return try printJSON(providers) }
            if providers.isEmpty {
                print("No providers yet. Import a feed with: skillway import FILE --provider ID")
                return
            }
            for summary in providers {
                let ukprn = summary.provider.ukprn.map { " · UKPRN \($0)" } ?? ""
                print("\(summary.provider.id)  \(summary.provider.name)\(ukprn) · \(summary.courseCount) courses, \(summary.runCount) runs")
            }
        }
    }
}
