import CatalogueImport
import Domain
import Foundation
import Storage
import Testing

// MARK: - Test support

/// A fresh in-memory catalogue with an importer over it.
struct TestCatalogue {
    let database: AppDatabase
    let importer: CatalogueImporter

    init() throws {
        database = try AppDatabase.inMemory()
        importer = CatalogueImporter(store: database)
    }

    /// Imports a fixture file for `provider`.
    func importFixture(_ name: String, provider: String = "test-provider", options: ImportOptions = ImportOptions()) async throws -> ImportReport {
        var options = options
        options.sourceName = options.sourceName ?? name
        return try await importer.importFeed(try fixture(name), provider: ProviderID(rawValue: provider)!, options: options)
    }

    /// Imports literal feed text for `provider`.
    func importText(_ text: String, provider: String = "test-provider", options: ImportOptions = ImportOptions()) async throws -> ImportReport {
        try await importer.importFeed(Data(text.utf8), provider: ProviderID(rawValue: provider)!, options: options)
    }

    /// All courses of a provider, with runs, in id order.
    func courses(of provider: String = "test-provider") async throws -> [CatalogueCourse] {
        let page = try await database.searchCourses(CourseSearchQuery(providers: [ProviderID(rawValue: provider)!], limit: 100))
        var result: [CatalogueCourse] = []
        for summary in page.results.sorted(by: { $0.id < $1.id }) {
            if let course = try await database.course(id: summary.id) { result.append(course) }
        }
        return result
    }
}

/// The bytes of a fixture in `Fixtures/` (subfolders `reference/` and `team/`).
func fixture(_ name: String) throws -> Data {
    for folder in ["team", "reference"] {
        if let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/\(folder)") {
            return try Data(contentsOf: url)
        }
    }
    throw FixtureMissing(name: name)
}

struct FixtureMissing: Error { var name: String }

extension ImportReport {
    /// Issue codes, for compact assertions.
    var warningCodes: [String] { warnings.map(\.code) }
    var errorCodes: [String] { errors.map(\.code) }
}
