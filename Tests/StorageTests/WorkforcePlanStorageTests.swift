import Domain
import Foundation
import GRDB
import Storage
import Testing

// MARK: - Workforce plans in the database

@Suite("Workforce plan storage")
struct WorkforcePlanStorageTests {
    static let acme = OrganisationID(rawValue: "acme-engineering")!
    static let severn = OrganisationID(rawValue: "severn-vale-care")!

    static func input(_ number: Int, headcount: Int, note: String? = nil, baseline: String = "2026-04-01") -> PlanVersionInput {
        PlanVersionInput(
            number: number, baselineDate: baseline, name: "Acme Engineering", note: note,
            content: Data(#"{"version":{"number":\#(number)},"headcount":\#(headcount)}"#.utf8))
    }

    @Test("every save is a new version; versions list oldest first and keep their content")
    func versions() async throws {
        let database = try AppDatabase.inMemory()
        let store = database.planStore(for: Self.acme)
        let created = try await store.createPlan(Self.input(1, headcount: 7))
        #expect(created.latestVersion == 1 && !created.shareDemand && created.organisationID == Self.acme)
        let second = try await store.saveVersion(planID: created.id, Self.input(2, headcount: 8, note: "hired a welder"))
        #expect(second.latestVersion == 2)
        let third = try await store.saveVersion(planID: created.id, Self.input(3, headcount: 6, note: "two retired", baseline: "2027-04-01"))
        #expect(third.latestVersion == 3)
        let list = try await store.versions(planID: created.id)
        #expect(list.map(\.number) == [1, 2, 3])
        #expect(list.map(\.parent) == [nil, 1, 2])
        #expect(list.map(\.note) == [nil, "hired a welder", "two retired"])
        #expect(list.allSatisfy { $0.content == nil })
        #expect(try await store.version(planID: created.id, number: 2)?.content == Self.input(2, headcount: 8).content)
        #expect(try await store.version(planID: created.id, number: nil)?.baselineDate == "2027-04-01")
        #expect(try await store.version(planID: created.id, number: 4) == nil)
    }

    @Test("a save that is not the next version is refused and changes nothing (two editors of one plan)")
    func conflict() async throws {
        let database = try AppDatabase.inMemory()
        let store = database.planStore(for: Self.acme)
        let plan = try await store.createPlan(Self.input(1, headcount: 7))
        _ = try await store.saveVersion(planID: plan.id, Self.input(2, headcount: 8))
        await #expect(throws: PlanStoreError.versionConflict(planID: plan.id, latest: 2, attempted: 2)) {
            _ = try await store.saveVersion(planID: plan.id, Self.input(2, headcount: 99))
        }
        await #expect(throws: PlanStoreError.versionConflict(planID: plan.id, latest: 2, attempted: 5)) {
            _ = try await store.saveVersion(planID: plan.id, Self.input(5, headcount: 99))
        }
        #expect(try await store.versions(planID: plan.id).count == 2)
        #expect(try await store.version(planID: plan.id, number: nil)?.content == Self.input(2, headcount: 8).content)
    }

    @Test("another organisation's plan reads, writes and deletes as missing")
    func scoping() async throws {
        let database = try AppDatabase.inMemory()
        let mine = database.planStore(for: Self.acme)
        let theirs = database.planStore(for: Self.severn)
        let plan = try await mine.createPlan(Self.input(1, headcount: 7))
        #expect(try await theirs.plan(id: plan.id) == nil)
        #expect(try await theirs.plans().isEmpty)
        #expect(try await theirs.version(planID: plan.id, number: 1) == nil)
        await #expect(throws: PlanStoreError.notFound(plan.id)) { _ = try await theirs.versions(planID: plan.id) }
        await #expect(throws: PlanStoreError.notFound(plan.id)) { _ = try await theirs.saveVersion(planID: plan.id, Self.input(2, headcount: 1)) }
        await #expect(throws: PlanStoreError.notFound(plan.id)) { _ = try await theirs.setShareDemand(planID: plan.id, true) }
        #expect(try await theirs.deletePlan(id: plan.id) == false)
        #expect(try await mine.plan(id: plan.id) == plan)
        #expect(try await database.owner(ofPlan: plan.id) == Self.acme)
        #expect(try await database.owner(ofPlan: plan.id + 1) == nil)
    }

    @Test("saved versions and plan owners cannot be changed even past the store")
    func triggers() async throws {
        let database = try AppDatabase.inMemory()
        let plan = try await database.planStore(for: Self.acme).createPlan(Self.input(1, headcount: 7))
        let writer = try #require(database.reader as? any DatabaseWriter)
        await #expect(throws: DatabaseError.self) {
            try await writer.write { db in try db.execute(sql: "UPDATE workforce_plan_version SET content = x'00' WHERE plan_id = ?", arguments: [plan.id]) }
        }
        await #expect(throws: DatabaseError.self) {
            try await writer.write { db in try db.execute(sql: "UPDATE workforce_plan SET organisation_id = 'severn-vale-care' WHERE id = ?", arguments: [plan.id]) }
        }
        #expect(try await database.owner(ofPlan: plan.id) == Self.acme)
    }

    @Test("only consenting plans are shared: the newest version of each organisation's latest consenting plan")
    func sharing() async throws {
        let database = try AppDatabase.inMemory()
        let acme = database.planStore(for: Self.acme)
        let severn = database.planStore(for: Self.severn)
        let first = try await acme.createPlan(Self.input(1, headcount: 7))
        _ = try await acme.saveVersion(planID: first.id, Self.input(2, headcount: 9))
        let other = try await severn.createPlan(Self.input(1, headcount: 30))
        #expect(try await database.sharedPlans().isEmpty)
        let consented = try await acme.setShareDemand(planID: first.id, true)
        #expect(consented.shareDemand && consented.shareConsentAt != nil)
        let shared = try await database.sharedPlans()
        #expect(shared.map(\.organisationID) == [Self.acme])
        #expect(shared.first?.content == Self.input(2, headcount: 9).content)
        _ = try await severn.setShareDemand(planID: other.id, true)
        #expect(try await database.sharedPlans().count == 2)
        let withdrawn = try await acme.setShareDemand(planID: first.id, false)
        #expect(!withdrawn.shareDemand && withdrawn.shareConsentAt == nil)
        #expect(try await database.sharedPlans().map(\.organisationID) == [Self.severn])
    }

    @Test("export holds every version; erasure removes the organisation's plans and leaves others'")
    func holder() async throws {
        let database = try AppDatabase.inMemory()
        let plan = try await database.planStore(for: Self.acme).createPlan(Self.input(1, headcount: 7))
        _ = try await database.planStore(for: Self.acme).saveVersion(planID: plan.id, Self.input(2, headcount: 8, note: "growth"))
        _ = try await database.planStore(for: Self.severn).createPlan(Self.input(1, headcount: 30))
        let holder = WorkforcePlanDataHolder(database: database)
        let organisation = Organisation(id: Self.acme, name: "Acme Engineering", kind: .employer)
        let exported = try #require(try await holder.exportData(of: organisation))
        let json = String(decoding: try JSONEncoder().encode(AnyEncodable(exported)), as: UTF8.self)
        #expect(json.contains(#""headcount":7"#) && json.contains(#""headcount":8"#) && json.contains(#""note":"growth""#))
        #expect(try await holder.deleteData(of: organisation) == 1)
        #expect(try await holder.exportData(of: organisation) == nil)
        #expect(try await database.planStore(for: Self.acme).plans().isEmpty)
        #expect(try await database.planStore(for: Self.severn).plans().count == 1)
        let orphans = try await database.reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM workforce_plan_version WHERE plan_id = ?", arguments: [plan.id]) }
        #expect(orphans == 0)
    }
}
