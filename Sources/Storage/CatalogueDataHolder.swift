public import Domain
import GRDB

// MARK: - A provider organisation's catalogue data

/// Exports and erases the catalogue provision a provider organisation owns: its provider record,
/// venues, courses and runs.
public struct CatalogueDataHolder: OrganisationDataHolder {
    let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    public var module: String { "catalogue" }

    /// What the catalogue holds for one provider.
    public struct Provision: Codable, Sendable {
        public var provider: Provider
        public var venues: [Venue]
        public var courses: [CatalogueCourse]
    }

    public func exportData(of organisation: Organisation) async throws -> (any Encodable & Sendable)? {
        guard organisation.kind == .provider, let providerID = organisation.providerID,
            let provider = try await database.provider(id: providerID)
        else { return nil }
        let (ids, venues) = try await database.dbWriter.read { db in
            (
                try Int64.fetchAll(db, sql: "SELECT id FROM course WHERE provider_id = ? ORDER BY id", arguments: [providerID.rawValue]),
                try String.fetchAll(db, sql: "SELECT payload FROM provider_venue WHERE provider_id = ? ORDER BY position", arguments: [providerID.rawValue])
                    .map { try PayloadCoding.decode(Venue.self, from: $0) }
            )
        }
        var courses: [CatalogueCourse] = []
        for id in ids {
            if let course = try await database.course(id: id) { courses.append(course) }
        }
        return Provision(provider: provider, venues: venues, courses: courses)
    }

    public func deleteData(of organisation: Organisation) async throws -> Int {
        guard organisation.kind == .provider, let providerID = organisation.providerID else { return 0 }
        return try await database.dbWriter.write { db in
            // The search index is contentless: each course leaves it with the text it was indexed with.
            try CourseSearchText.deleteAll(ofProvider: providerID.rawValue, in: db)
            let courses = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM course WHERE provider_id = ?", arguments: [providerID.rawValue]) ?? 0
            try db.execute(sql: "DELETE FROM provider WHERE id = ?", arguments: [providerID.rawValue])
            return courses
        }
    }
}
