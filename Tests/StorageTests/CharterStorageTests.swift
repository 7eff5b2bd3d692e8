import Domain
import Foundation
import GRDB
import Storage
import Testing

// MARK: - Charter assessments in the database

@Suite("Charter storage")
struct CharterStorageTests {
    static let acme = OrganisationID(rawValue: "acme-engineering")!
    static let severn = OrganisationID(rawValue: "severn-vale-care")!

    static func draft(_ organisation: OrganisationID, asOf: String = "2026-06-01", answers: String = #"{"answers":{}}"#) -> CharterAssessmentRecord {
        CharterAssessmentRecord(
            employerID: organisation.rawValue, frameworkID: "hw-gec", frameworkVersion: "1.0.0", asOf: asOf, answersJSON: Data(answers.utf8))
    }

    @Test("each organisation's store sees only its own assessments; another's id reads and writes as missing")
    func scoping() async throws {
        let database = try AppDatabase.inMemory()
        let mine = database.store(for: Self.acme)
        let theirs = database.store(for: Self.severn)
        let created = try await mine.createAssessment(Self.draft(Self.acme))
        let id = try #require(created.id)
        #expect(try await mine.assessment(id: id)?.answersJSON == created.answersJSON)
        #expect(try await theirs.assessment(id: id) == nil)
        #expect(try await theirs.assessments(employerID: Self.acme.rawValue, frameworkID: nil).isEmpty)
        await #expect(throws: CharterAssessmentStorageError.notFound(id)) {
            try await theirs.saveDraft(id: id, answersJSON: Data(#"{"hijacked":true}"#.utf8), resultJSON: nil)
        }
        await #expect(throws: CharterAssessmentStorageError.notFound(id)) {
            try await theirs.submit(id: id, answersJSON: Data("{}".utf8), resultJSON: Data("{}".utf8), tierReached: "leader")
        }
        await #expect(throws: CharterAssessmentStorageError.wrongOrganisation(Self.acme.rawValue)) {
            _ = try await theirs.createAssessment(Self.draft(Self.acme))
        }
        #expect(try await mine.assessment(id: id) == created)
        #expect(try await database.owner(ofAssessment: id) == Self.acme)
        #expect(try await database.owner(ofAssessment: id + 1) == nil)
    }

    @Test("drafts change until submitted; a submitted row is locked and the pinned version never changes")
    func lifecycle() async throws {
        let database = try AppDatabase.inMemory()
        let store = database.store(for: Self.acme)
        let older = try await store.createAssessment(Self.draft(Self.acme, asOf: "2025-06-01"))
        let id = try #require(try await store.createAssessment(Self.draft(Self.acme)).id)
        try await store.saveDraft(id: id, answersJSON: Data(#"{"answers":{"HW.SEC.01":{"value":true}}}"#.utf8), resultJSON: nil)
        try await store.submit(id: id, answersJSON: Data(#"{"answers":{"HW.SEC.01":{"value":true}}}"#.utf8), resultJSON: Data("{}".utf8), tierReached: "member")
        let submitted = try #require(try await store.assessment(id: id))
        #expect(submitted.status == .submitted && submitted.tierReached == "member")
        await #expect(throws: CharterAssessmentStorageError.notDraft(id: id, status: "submitted")) {
            try await store.saveDraft(id: id, answersJSON: Data("{}".utf8), resultJSON: nil)
        }
        try await store.setStatus(id: id, .awarded)
        #expect(try await store.assessments(employerID: Self.acme.rawValue, frameworkID: "hw-gec").map(\.id) == [id, older.id])
        // The schema itself refuses a changed version or answers on a submitted row.
        await #expect(throws: DatabaseError.self) {
            try await Self.execute(database, "UPDATE charter_assessment SET framework_version = '2.0.0' WHERE id = \(id)")
        }
        await #expect(throws: DatabaseError.self) {
            try await Self.execute(database, "UPDATE charter_assessment SET answers = x'00' WHERE id = \(id)")
        }
        #expect(try await store.assessment(id: id)?.frameworkVersion == "1.0.0")
    }

    @Test("the public list: only opted-in organisations, each with its newest submitted assessment")
    func listing() async throws {
        let database = try AppDatabase.inMemory()
        let acme = database.store(for: Self.acme)
        let severn = database.store(for: Self.severn)
        for (store, organisation, asOf, tier) in [(acme, Self.acme, "2025-01-10", "committed"), (acme, Self.acme, "2026-03-01", "member")] {
            let id = try #require(try await store.createAssessment(Self.draft(organisation, asOf: asOf)).id)
            try await store.submit(id: id, answersJSON: Data("{}".utf8), resultJSON: Data("{}".utf8), tierReached: tier)
        }
        _ = try await acme.createAssessment(Self.draft(Self.acme, asOf: "2026-09-01"))
        let severnID = try #require(try await severn.createAssessment(Self.draft(Self.severn)).id)
        try await severn.submit(id: severnID, answersJSON: Data("{}".utf8), resultJSON: Data("{}".utf8), tierReached: "leader")
        #expect(try await database.listedEmployers().isEmpty)
        try await database.setListed(true, organisation: Self.acme)
        let listed = try await database.listedEmployers()
        #expect(listed.map(\.organisationID) == [Self.acme])
        #expect(listed.first?.tierReached == "member" && listed.first?.asOf == "2026-03-01")
        try await database.setListed(false, organisation: Self.acme)
        try await database.setListed(true, organisation: Self.severn)
        #expect(try await database.listedEmployers().map(\.organisationID) == [Self.severn])
        #expect(try await database.isListed(organisation: Self.acme) == false)
    }

    @Test("export and erasure of an organisation's charter data leave other organisations' rows")
    func holder() async throws {
        let database = try AppDatabase.inMemory()
        _ = try await database.store(for: Self.acme).createAssessment(Self.draft(Self.acme, answers: #"{"answers":{"HW.SEC.01":{"value":true}}}"#))
        _ = try await database.store(for: Self.severn).createAssessment(Self.draft(Self.severn))
        try await database.setListed(true, organisation: Self.acme)
        let holder = CharterDataHolder(database: database)
        let organisation = Organisation(id: Self.acme, name: "Acme Engineering", kind: .employer)
        let exported = try #require(try await holder.exportData(of: organisation))
        let json = String(decoding: try JSONEncoder().encode(AnyEncodable(exported)), as: UTF8.self)
        #expect(json.contains(#""HW.SEC.01":{"value":true}"#) && json.contains(#""listed":true"#))
        #expect(try await holder.deleteData(of: organisation) == 1)
        #expect(try await holder.exportData(of: organisation) == nil)
        #expect(try await database.store(for: Self.severn).assessments(employerID: Self.severn.rawValue, frameworkID: nil).count == 1)
    }

    /// A raw write past the store, as a buggy module or a manual edit would make it.
    static func execute(_ database: AppDatabase, _ sql: String) async throws {
        let writer = try #require(database.reader as? any DatabaseWriter)
        try await writer.write { db in try db.execute(sql: sql) }
    }
}

struct AnyEncodable: Encodable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}
