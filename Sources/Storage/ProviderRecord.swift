import Domain
import GRDB

// MARK: - Provider rows

/// Reads and writes `provider` rows.
enum ProviderRecord {
    static func save(_ provider: Provider, in db: Database, now: String) throws {
        try db.execute(
            sql: """
                INSERT INTO provider (id, name, ukprn, website, address, district, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, ukprn = excluded.ukprn, website = excluded.website,
                address = excluded.address, district = excluded.district, updated_at = excluded.updated_at
                """,
            arguments: [
                provider.id.rawValue, provider.name, provider.ukprn, provider.website,
                try provider.address.map { try PayloadCoding.encode($0) }, provider.address?.district?.rawValue, now, now,
            ])
    }

    static func fetch(_ id: ProviderID, in db: Database) throws -> Provider? {
        try Row.fetchOne(db, sql: "SELECT * FROM provider WHERE id = ?", arguments: [id.rawValue]).map(provider(from:))
    }

    static func provider(from row: Row) throws -> Provider {
        let idText: String = row["id"]
        guard let id = ProviderID(rawValue: idText) else { throw DatabaseError(message: "invalid provider id \(idText) in database") }
        let addressText: String? = row["address"]
        return Provider(
            id: id, name: row["name"], ukprn: row["ukprn"], website: row["website"],
            address: try addressText.map { try PayloadCoding.decode(Address.self, from: $0) })
    }
}
