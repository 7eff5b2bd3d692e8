import Foundation
import Storage
import Taxonomy

// MARK: - Re-tagging courses

/// Tags the courses whose text or taxonomy version changed, reporting on stderr.
func retagCourses(_ store: AppDatabase) async throws {
    let taxonomy = try SkillsTaxonomy.bundled()
    // Most runs find every course current; the tagger's route index is built only when one is not.
    guard try await CourseTagger.needsRetagging(store, taxonomyVersion: taxonomy.version) else { return }
    let result = try await CourseTagger(taxonomy: taxonomy).retag(store)
    if result.tagged > 0 {
        printError("Tagged \(result.tagged) courses with routes and skills (taxonomy \(taxonomy.version)); \(result.unchanged) unchanged.")
    }
}

extension DatabaseOptions {
    /// The database when its file exists; nil otherwise (read-only commands then create nothing).
    func openIfExists() -> AppDatabase? {
        FileManager.default.fileExists(atPath: resolvedPath) ? try? open() : nil
    }
}
