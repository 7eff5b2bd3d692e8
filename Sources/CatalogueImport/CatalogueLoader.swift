public import Domain
public import Foundation

// MARK: - Loading a catalogue folder

/// A folder of feeds with a `catalogue.json` manifest naming each provider and its feeds.
public struct CatalogueManifest: Decodable, Sendable {
    public struct Entry: Decodable, Sendable {
        public var id: ProviderID
        public var name: String
        public var ukprn: String?
        public var website: String?
        public var address: Address?
        /// Feed files relative to the folder, imported in order (venue files before course files).
        public var feeds: [String]
    }

    public var providers: [Entry]

    /// Reads `catalogue.json` in `directory`.
    public static func read(from directory: URL) throws -> CatalogueManifest {
        let url = directory.appendingPathComponent("catalogue.json")
        do {
            return try JSONDecoder().decode(CatalogueManifest.self, from: Data(contentsOf: url))
        } catch let error as DecodingError {
            throw CatalogueLoadError(message: "\(url.lastPathComponent) is not a valid catalogue manifest: \(error)")
        }
    }
}

/// Why a catalogue folder could not be loaded.
public struct CatalogueLoadError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}

/// Loads every provider and feed of a catalogue folder, reporting progress as it goes.
public struct CatalogueLoader: Sendable {
    /// One step of a load, for progress display.
    public struct Step: Sendable {
        /// 1-based number of this feed, and how many feeds there are in all.
        public var index: Int
        public var total: Int
        public var provider: String
        public var file: String
        /// The feed's report, once imported (nil when the step is starting).
        public var report: ImportReport?
    }

    private let store: any CatalogueStore

    public init(store: any CatalogueStore) { self.store = store }

    /// Imports the folder's feeds. Stops at the first feed that is not accepted.
    public func load(from directory: URL, today: String? = nil, progress: @Sendable (Step) -> Void = { _ in }) async throws -> [ImportReport] {
        let manifest = try CatalogueManifest.read(from: directory)
        let importer = CatalogueImporter(store: store)
        let total = manifest.providers.reduce(0) { $0 + $1.feeds.count }
        var reports: [ImportReport] = []
        var index = 0
        for entry in manifest.providers {
            try await store.saveProvider(Provider(id: entry.id, name: entry.name, ukprn: entry.ukprn, website: entry.website, address: entry.address))
            for file in entry.feeds {
                index += 1
                progress(Step(index: index, total: total, provider: entry.name, file: file, report: nil))
                let url = directory.appendingPathComponent(file)
                guard FileManager.default.isReadableFile(atPath: url.path) else {
                    throw CatalogueLoadError(message: "The feed \(file) listed for \(entry.name) is missing.")
                }
                let options = ImportOptions(maxBytes: 64 * 1_048_576, sourceName: file, today: today)
                let report = try await importer.importFeed(contentsOf: url, provider: entry.id, options: options)
                guard report.accepted else {
                    let reasons = report.errors.prefix(3).map(\.description).joined(separator: "; ")
                    throw CatalogueLoadError(message: "The feed \(file) for \(entry.name) was not accepted: \(reasons)")
                }
                progress(Step(index: index, total: total, provider: entry.name, file: file, report: report))
                reports.append(report)
            }
        }
        return reports
    }
}
