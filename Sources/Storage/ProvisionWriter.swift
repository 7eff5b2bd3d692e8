import Domain
import Foundation
import GRDB

// MARK: - Writing one provider's provision

/// `ProvisionWriter` over one open GRDB transaction. Created by `AppDatabase.withProvision`.
final class GRDBProvisionWriter: ProvisionWriter {
    private let db: Database
    private(set) var provider: Provider
    private var putCourseIDs: Set<Int64> = []
    private let now = PayloadCoding.timestamp()
    private let payloads = CoursePayloadWriter()
    /// The statements `put` runs for every course and run, prepared once per import (looking them up
    /// in GRDB's cache hashes the whole SQL text on every call).
    private lazy var statements = Result { try Statements(db) }

    init(db: Database, provider: Provider) {
        self.db = db
        self.provider = provider
    }

    // MARK: Provider and venues

    func updateProvider(_ details: ProviderDetails) throws {
        var updated = provider
        if let name = details.name { updated.name = name }
        if let ukprn = details.ukprn { updated.ukprn = ukprn }
        if let website = details.website { updated.website = website }
        if let address = details.address, !address.isEmpty { updated.address = address }
        guard updated != provider else { return }
        let districtChanged = updated.address?.district != provider.address?.district
        try ProviderRecord.save(updated, in: db, now: now)
        provider = updated
        if districtChanged {
            try db.execute(
                sql: """
                    UPDATE course_run SET district = ? WHERE at_provider_address = 1
                    AND course_id IN (SELECT id FROM course WHERE provider_id = ?)
                    """,
                arguments: [provider.address?.district?.rawValue, provider.id.rawValue])
        }
    }

    func venues() throws -> [Venue] {
        try String.fetchAll(db, sql: "SELECT payload FROM provider_venue WHERE provider_id = ? ORDER BY position", arguments: [provider.id.rawValue])
            .map { try PayloadCoding.decode(Venue.self, from: $0) }
    }

    func replaceVenues(_ newVenues: [Venue]) throws -> ChangeCounts {
        let old = try self.venues()
        let oldByKey = Dictionary(old.map { (($0.reference ?? $0.name ?? "").lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        var counts = ChangeCounts()
        var newKeys: Set<String> = []
        for venue in newVenues {
            let key = (venue.reference ?? venue.name ?? "").lowercased()
            newKeys.insert(key)
            switch oldByKey[key] {
            case nil: counts.created += 1
            case venue?: counts.unchanged += 1
            default: counts.updated += 1
            }
        }
        counts.removed = oldByKey.keys.filter { !newKeys.contains($0) }.count
        try db.execute(sql: "DELETE FROM provider_venue WHERE provider_id = ?", arguments: [provider.id.rawValue])
        for (position, venue) in newVenues.enumerated() {
            try db.execute(
                sql: "INSERT INTO provider_venue (provider_id, position, reference, name, payload) VALUES (?, ?, ?, ?, ?)",
                arguments: [provider.id.rawValue, position, venue.reference, venue.name, try PayloadCoding.encode(venue)])
        }
        return counts
    }

    // MARK: Courses

    func put(_ course: Course) throws -> (course: ChangeKind, runs: ChangeCounts) {
        let payload = payloads.course(course, withRuns: false)
        let statements = try self.statements.get()
        let existing = try Row.fetchOne(statements.findCourse, arguments: [provider.id.rawValue, course.sourceID])
        let courseID: Int64
        var kind: ChangeKind
        if let existing {
            courseID = existing["id"]
            let oldPayload: String = existing["payload"]
            kind = oldPayload == payload ? .unchanged : .updated
            if kind == .updated {
                try statements.updateCourse.execute(arguments: courseColumns(course) + [payload, now, courseID])
                try statements.deleteSearchText.execute(arguments: [courseID])
                try insertSearchText(course, id: courseID)
            }
        } else {
            let summary = course.summary ?? course.description.map { String($0.prefix(240)) }
            try statements.insertCourse.execute(arguments: [
                provider.id.rawValue, course.sourceID, course.title, summary, course.qualification?.title, course.level?.rank,
                course.route?.rawValue, payload, now,
            ])
            courseID = db.lastInsertedRowID
            kind = .created
            try insertSearchText(course, id: courseID)
        }
        putCourseIDs.insert(courseID)
        let runs = try putRuns(course, courseID: courseID, isNew: kind == .created)
        if kind == .unchanged, runs.created + runs.updated + runs.removed > 0 {
            kind = .updated
            try db.cachedStatement(sql: "UPDATE course SET updated_at = ? WHERE id = ?").execute(arguments: [now, courseID])
        }
        return (kind, runs)
    }

    private func courseColumns(_ course: Course) -> StatementArguments {
        let summary = course.summary ?? course.description.map { String($0.prefix(240)) }
        return [course.title, summary, course.qualification?.title, course.level?.rank, course.route?.rawValue]
    }

    private func insertSearchText(_ course: Course, id: Int64) throws {
        let keywords = ([course.qualification?.title, course.qualification?.awardingBody, course.courseType, course.route?.name]
            + course.subjects.map(\.label)).compactMap { $0 }.joined(separator: " ")
        let body = [course.summary, course.description, course.whatYouWillLearn, course.howYouWillLearn, course.entryRequirements,
                    course.howAssessed, course.whereNext, course.objective].compactMap { $0 }.joined(separator: "\n")
        try statements.get().insertSearchText.execute(arguments: [id, course.title, keywords, body])
    }

    private func putRuns(_ course: Course, courseID: Int64, isNew: Bool) throws -> ChangeCounts {
        var counts = ChangeCounts()
        var existing: [String: (id: Int64, payload: String, position: Int)] = [:]
        if !isNew {
            for row in try Row.fetchAll(statements.get().findRuns, arguments: [courseID]) {
                existing[row["source_id"]] = (row["id"], row["payload"], row["position"])
            }
        }
        for (position, run) in course.runs.enumerated() {
            let payload = payloads.run(run)
            if let old = existing.removeValue(forKey: run.sourceID) {
                if old.payload == payload, old.position == position {
                    counts.unchanged += 1
                    continue
                }
                counts.updated += 1
                try statements.get().updateRun.execute(arguments: [position] + runColumns(run, course: course) + [payload, old.id])
            } else {
                counts.created += 1
                let atProviderAddress = run.isAtProviderAddress
                let district = atProviderAddress ? provider.address?.district : run.venue?.district
                try statements.get().insertRun.execute(arguments: [
                    courseID, run.sourceID, position, run.start?.earliestDay, run.flexibleStart, run.deliveryMode.value?.rawValue,
                    run.studyMode.value?.rawValue, run.attendancePattern.value?.rawValue, district?.rawValue, atProviderAddress,
                    run.cost?.amountPence, run.isFunded(courseFundingNotes: course.fundingNotes), payload,
                ])
            }
        }
        for (_, old) in existing {
            counts.removed += 1
            try db.cachedStatement(sql: "DELETE FROM course_run WHERE id = ?").execute(arguments: [old.id])
        }
        return counts
    }

    /// Keep `insertRun` above in step with these columns.
    private func runColumns(_ run: CourseRun, course: Course) -> StatementArguments {
        let atProviderAddress = run.isAtProviderAddress
        let district = atProviderAddress ? provider.address?.district : run.venue?.district
        return [
            run.start?.earliestDay, run.flexibleStart, run.deliveryMode.value?.rawValue, run.studyMode.value?.rawValue,
            run.attendancePattern.value?.rawValue, district?.rawValue, atProviderAddress, run.cost?.amountPence,
            run.isFunded(courseFundingNotes: course.fundingNotes),
        ]
    }

    func removeCoursesNotPut() throws -> (courses: Int, runs: Int) {
        let all = try Int64.fetchAll(db, sql: "SELECT id FROM course WHERE provider_id = ?", arguments: [provider.id.rawValue])
        let stale = all.filter { !putCourseIDs.contains($0) }
        var runs = 0
        for id in stale {
            runs += try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM course_run WHERE course_id = ?", arguments: [id]) ?? 0
            try db.execute(sql: "DELETE FROM course_fts WHERE rowid = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM course WHERE id = ?", arguments: [id])
        }
        return (stale.count, runs)
    }
}

// MARK: - Prepared statements

/// The statements run for every stored course and run, prepared once per transaction.
private struct Statements {
    let findCourse: Statement
    let insertCourse: Statement
    let updateCourse: Statement
    let insertSearchText: Statement
    let deleteSearchText: Statement
    let findRuns: Statement
    let insertRun: Statement
    let updateRun: Statement

    init(_ db: Database) throws {
        findCourse = try db.makeStatement(sql: "SELECT id, payload FROM course WHERE provider_id = ? AND source_id = ?")
        insertCourse = try db.makeStatement(sql: """
            INSERT INTO course (provider_id, source_id, title, summary, qualification, level, route, payload, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        updateCourse = try db.makeStatement(sql: """
            UPDATE course SET title = ?, summary = ?, qualification = ?, level = ?, route = ?, payload = ?, updated_at = ?
            WHERE id = ?
            """)
        insertSearchText = try db.makeStatement(sql: "INSERT INTO course_fts (rowid, title, keywords, body) VALUES (?, ?, ?, ?)")
        deleteSearchText = try db.makeStatement(sql: "DELETE FROM course_fts WHERE rowid = ?")
        findRuns = try db.makeStatement(sql: "SELECT id, source_id, payload, position FROM course_run WHERE course_id = ?")
        insertRun = try db.makeStatement(sql: """
            INSERT INTO course_run (course_id, source_id, position, start_date, flexible_start, delivery_mode, study_mode,
            attendance_pattern, district, at_provider_address, cost_pence, funded, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        updateRun = try db.makeStatement(sql: """
            UPDATE course_run SET position = ?, start_date = ?, flexible_start = ?, delivery_mode = ?, study_mode = ?,
            attendance_pattern = ?, district = ?, at_provider_address = ?, cost_pence = ?, funded = ?, payload = ? WHERE id = ?
            """)
    }
}

extension CourseRun {
    /// True when the feed named no venue for a run that happens somewhere, so it takes place at the
    /// provider's own address (XCRI-CAP's rule).
    var isAtProviderAddress: Bool {
        guard venue == nil else { return false }
        return deliveryMode.value == nil || deliveryMode.value == .classroom || deliveryMode.value == .blended
    }
}
