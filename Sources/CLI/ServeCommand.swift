import ArgumentParser
import CatalogueImport
import DefaultCatalogue
import Domain
import Foundation
import HTTPAPI
import Hummingbird
import Logging
import Storage

// MARK: - serve

extension Skillway {
    /// `skillway serve`: runs the HTTP API, loading the default catalogue into an empty database first.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start the HTTP API.",
            discussion: "On an empty database the embedded default catalogue (Catalogue/) is loaded first, with progress on stderr.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The port to listen on.")
        var port: Int = 8080

        @Option(help: "The address to listen on.")
        var hostname: String = "127.0.0.1"

        @Option(help: "The largest feed upload accepted, e.g. 5MB or 500KB.")
        var maxFeedSize: ByteSize = ByteSize(bytes: ImportOptions.defaultMaxBytes)

        @Option(help: "A catalogue folder to load into an empty database instead of the embedded one.")
        var catalogue: String?

        @Flag(help: "Do not load any catalogue into an empty database.")
        var noDefaultCatalogue = false

        @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
        var logLevel: String = "info"

        @Option(help: "Requests allowed per client address, as BURST/PER-SECOND (raise it behind a proxy or for load tests).")
        var addressRate: RateArgument = RateArgument(rate: AppConfiguration().addressRate)

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535.") }
            guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical.") }
        }

        func run() async throws {
            var logger = Logger(label: "skillway")
            logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
            let store = try database.open()
            if !noDefaultCatalogue, try await store.isCatalogueEmpty() {
                let directory = try catalogueDirectory()
                printError("The database \(database.resolvedPath) is empty; loading the catalogue from \(directory.path)")
                try await loadCatalogue(from: directory, into: store)
            }
            if try await store.organisations().isEmpty {
                printError("No organisations yet: uploads and /admin need tokens. Start with: skillway admin org create ID --name NAME --kind admin")
            }
            try await retagCourses(store)
            // Saved diagnostics that expired while the server was down go now; later ones go as
            // reports are saved or read.
            let purged = try await store.purgeExpiredDiagnostics(at: Date())
            if purged > 0 { printError("Purged \(purged) expired saved diagnostics.") }
            let configuration = AppConfiguration(hostname: hostname, port: port, maxFeedBytes: maxFeedSize.bytes, addressRate: addressRate.rate)
            let services = AppServices(database: store)
            let app = try buildApplication(configuration: configuration, services: services, logger: logger)
            // Index the catalogue for the career diagnostic while the server starts: other routes
            // answer at once, and early diagnoses wait for this one shared build.
            if let careers = services.careers {
                Task {
                    let indexing = ContinuousClock.now
                    do {
                        try await careers.prepare()
                        let elapsed = ContinuousClock.now - indexing
                        printError("Career diagnostic ready in \(elapsed.formatted(.units(allowed: [.seconds, .milliseconds], width: .narrow))).")
                    } catch {
                        printError("The career diagnostic could not index the catalogue yet (\(error)); it will try again on the first diagnosis.")
                    }
                }
            }
            printError("Skillway API listening on http://\(hostname):\(port) (database \(database.resolvedPath))")
            try await app.runService()
        }

        private func catalogueDirectory() throws -> URL {
            if let catalogue { return URL(fileURLWithPath: catalogue) }
            guard let bundled = DefaultCatalogue.directoryURL else {
                throw ValidationError("The embedded catalogue is not bundled with this binary; pass --catalogue DIR or --no-default-catalogue.")
            }
            return bundled
        }
    }
}

/// Loads a catalogue folder, printing one progress line per feed on stderr.
func loadCatalogue(from directory: URL, into store: AppDatabase) async throws {
    let started = ContinuousClock.now
    let reports = try await CatalogueLoader(store: store).load(from: directory, today: todayISO()) { step in
        if let report = step.report {
            let what = report.venues > 0 ? "\(report.venues) venues" : "\(report.courses) courses, \(report.runs) runs"
            printError("  [\(step.index)/\(step.total)] \(step.provider): \(step.file) — \(what), \(report.warnings.count) warnings")
        }
    }
    try await retagCourses(store)
    let courses = reports.reduce(0) { $0 + $1.courses }
    try await store.record(AuditEvent(
        actor: "cli", action: "catalogue.load", resource: directory.lastPathComponent, outcome: .success,
        detail: "\(reports.count) feeds, \(courses) courses"))
    let elapsed = ContinuousClock.now - started
    printError("Loaded \(courses) courses from \(reports.count) feeds in \(elapsed.formatted(.units(allowed: [.seconds, .milliseconds], width: .narrow))).")
}

// MARK: - Rates

/// A request rate given as `BURST/PER-SECOND`, e.g. `120/20`.
struct RateArgument: ExpressibleByArgument, Sendable {
    var rate: RateLimiter.Rate

    init(rate: RateLimiter.Rate) { self.rate = rate }

    init?(argument: String) {
        let parts = argument.split(separator: "/")
        guard parts.count == 2, let burst = Double(parts[0]), let perSecond = Double(parts[1]), burst >= 1, perSecond > 0 else { return nil }
        rate = RateLimiter.Rate(burst: burst, perSecond: perSecond)
    }

    var defaultValueDescription: String { "\(Int(rate.burst))/\(Int(rate.perSecond))" }
}

// MARK: - Sizes

/// A byte size given as `5MB`, `500KB`, `1048576` or `2.5 MB`.
struct ByteSize: ExpressibleByArgument, Sendable {
    var bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    /// How help shows a default: `5MB`, `500KB` or a number of bytes.
    var defaultValueDescription: String {
        for (suffix, factor) in [("GB", 1_073_741_824), ("MB", 1_048_576), ("KB", 1024)] where bytes % factor == 0 { return "\(bytes / factor)\(suffix)" }
        return "\(bytes)"
    }

    init?(argument: String) {
        let text = argument.uppercased().replacingOccurrences(of: " ", with: "")
        let units: [(String, Double)] = [("GB", 1_073_741_824), ("MB", 1_048_576), ("KB", 1024), ("B", 1)]
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            guard let value = Double(text.dropLast(suffix.count)), value > 0 else { return nil }
            bytes = Int(value * factor)
            return
        }
        guard let value = Int(text), value > 0 else { return nil }
        bytes = value
    }
}
