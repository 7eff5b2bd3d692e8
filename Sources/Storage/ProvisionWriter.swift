import Domain
import Foundation
import GRDB

// MARK: - Writing one provider's provision

/// `ProvisionWriter` over one open GRDB transaction. Created by `AppDatabase.withProvision`.
final class GRDBProvisionWriter: ProvisionWriter {
    private let db: Database
    private(set) var provider: Provider
    private var putCourseIDs: Set<Int64> = []
    /// True when the provider had no courses as the import began: every course is then new unless
    /// this import already put its identifier, so `put` inserts first (skipping the lookup) and
    /// there is nothing to remove at the end.
    private lazy var startedEmpty = Result {
        try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM course WHERE provider_id = ?)", arguments: [provider.id.rawValue]) ?? false)
    }
    private let now = PayloadCoding.timestamp()
    private let payloads = CoursePayloadWriter()
    /// For courses that arrive unprepared and are prepared here, on the storing thread.
    private let districts = VenueDistricts()
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

    /// Prepares courses on the producing threads (payloads and search text).
    var preparation: CoursePreparation { CourseRowPreparer.preparation }

    func put(_ course: Course) throws -> (course: ChangeKind, runs: ChangeCounts) {
        try put(rows: PreparedCourseRows(course, payloads: payloads, districts: districts))
    }

    func put(prepared: any PreparedCourse) throws -> (course: ChangeKind, runs: ChangeCounts) {
        if let rows = prepared as? PreparedCourseRows { return try put(rows: rows) }
        return try put(prepared.course)
    }

    /// Stores one course from its prepared rows.
    private func put(rows: PreparedCourseRows) throws -> (course: ChangeKind, runs: ChangeCounts) {
        let payload = rows.payload
        let statements = try self.statements.get()
        if try startedEmpty.get(), let courseID = try insertNew(rows, statements: statements) {
            let runs = try putRuns(rows, courseID: courseID, isNew: true, statements: statements)
            return (.created, runs)
        }
        let find = statements.findCourse.start()
        find.bind(provider.id.rawValue)
        find.bind(rows.course.sourceID)
        let courseID: Int64
        var kind: ChangeKind
        if try find.step() {
            courseID = find.int64(0)
            kind = find.text(1, equals: payload) ? .unchanged : .updated
            let oldPayload = kind == .updated ? find.string(1) : ""
            find.start()
            if kind == .updated {
                let update = statements.updateCourse.start()
                bindCourseColumns(rows, to: update)
                try payload.withUnsafeBufferPointer { payload in
                    update.bind(lentText: payload)
                    update.bind(now)
                    update.bind(courseID)
                    try update.run()
                }
                let oldText = try CourseSearchText(payload: oldPayload)
                if oldText != rows.searchText {
                    try index(oldText, id: courseID, with: statements.deleteSearchText)
                    try index(rows.searchText, id: courseID, with: statements.insertSearchText)
                }
            }
        } else {
            let insert = statements.insertCourse.start()
            insert.bind(provider.id.rawValue)
            insert.bind(rows.course.sourceID)
            bindCourseColumns(rows, to: insert)
            try payload.withUnsafeBufferPointer { payload in
                insert.bind(lentText: payload)
                insert.bind(now)
                try insert.run()
            }
            courseID = db.lastInsertedRowID
            kind = .created
            try index(rows.searchText, id: courseID, with: statements.insertSearchText)
        }
        if try !startedEmpty.get() { putCourseIDs.insert(courseID) }
        let runs = try putRuns(rows, courseID: courseID, isNew: kind == .created, statements: statements)
        if kind == .unchanged, runs.created + runs.updated + runs.removed > 0 {
            kind = .updated
            try db.cachedStatement(sql: "UPDATE course SET updated_at = ? WHERE id = ?").execute(arguments: [now, courseID])
        }
        return (kind, runs)
    }

    /// Inserts a course whose identifier the provider does not have yet (`ON CONFLICT DO NOTHING`:
    /// nil when it does after all, e.g. a feed naming one course twice, and the caller then looks
    /// it up). Returns the new row's id.
    private func insertNew(_ rows: PreparedCourseRows, statements: Statements) throws -> Int64? {
        let insert = statements.insertNewCourse.start()
        insert.bind(provider.id.rawValue)
        insert.bind(rows.course.sourceID)
        bindCourseColumns(rows, to: insert)
        try rows.payload.withUnsafeBufferPointer { payload in
            insert.bind(lentText: payload)
            insert.bind(now)
            try insert.run()
        }
        guard db.changesCount == 1 else { return nil }
        let courseID = db.lastInsertedRowID
        try index(rows.searchText, id: courseID, with: statements.insertSearchText)
        return courseID
    }

    /// Binds title, summary, qualification, level and route (keep the course statements in step).
    private func bindCourseColumns(_ rows: PreparedCourseRows, to statement: BoundStatement) {
        statement.bind(rows.course.title)
        statement.bind(rows.summary)
        statement.bind(rows.course.qualification?.title)
        statement.bind(rows.course.level?.rank)
        statement.bind(rows.course.route?.rawValue)
    }

    /// Adds (`insertSearchText`) or removes (`deleteSearchText`) a course's text in the search index.
    private func index(_ text: CourseSearchText, id: Int64, with statement: BoundStatement) throws {
        statement.start()
        statement.bind(id)
        statement.bind(text.title)
        statement.bind(text.keywords)
        var body = text.body
        try body.withUTF8 { body in
            statement.bind(lentText: body)
            try statement.run()
        }
    }

    private func putRuns(_ rows: PreparedCourseRows, courseID: Int64, isNew: Bool, statements: Statements) throws -> ChangeCounts {
        var counts = ChangeCounts()
        var existing: [String: (id: Int64, payload: String, position: Int)] = [:]
        if !isNew {
            let find = statements.findRuns.start()
            find.bind(courseID)
            while try find.step() {
                existing[find.string(1)] = (find.int64(0), find.string(2), Int(find.int64(3)))
            }
        }
        for (position, run) in rows.course.runs.enumerated() {
            let payload = rows.runPayloads[position]
            if let old = existing.removeValue(forKey: run.sourceID) {
                if old.payload.utf8.elementsEqual(payload), old.position == position {
                    counts.unchanged += 1
                    continue
                }
                counts.updated += 1
                let update = statements.updateRun.start()
                update.bind(position)
                bindRunColumns(run, venueDistrict: rows.venueDistricts[position], funded: rows.runFunded[position], to: update)
                try payload.withUnsafeBufferPointer { payload in
                    update.bind(lentText: payload)
                    update.bind(old.id)
                    try update.run()
                }
            } else {
                counts.created += 1
                let insert = statements.insertRun.start()
                insert.bind(courseID)
                insert.bind(run.sourceID)
                insert.bind(position)
                bindRunColumns(run, venueDistrict: rows.venueDistricts[position], funded: rows.runFunded[position], to: insert)
                try payload.withUnsafeBufferPointer { payload in
                    insert.bind(lentText: payload)
                    try insert.run()
                }
            }
        }
        for (_, old) in existing {
            counts.removed += 1
            try db.cachedStatement(sql: "DELETE FROM course_run WHERE id = ?").execute(arguments: [old.id])
        }
        return counts
    }

    /// Binds the run's search columns from start_date to funded (keep the run statements in step).
    private func bindRunColumns(_ run: CourseRun, venueDistrict: District?, funded: Bool, to statement: BoundStatement) {
        let atProviderAddress = run.isAtProviderAddress
        let district = atProviderAddress ? provider.address?.district : venueDistrict
        statement.bind(run.start?.earliestDay)
        statement.bind(run.flexibleStart)
        statement.bind(run.deliveryMode.value?.rawValue)
        statement.bind(run.studyMode.value?.rawValue)
        statement.bind(run.attendancePattern.value?.rawValue)
        statement.bind(district?.rawValue)
        statement.bind(atProviderAddress)
        statement.bind(run.cost?.amountPence)
        statement.bind(funded)
    }

    func removeCoursesNotPut() throws -> (courses: Int, runs: Int) {
        // Begun empty: every course the provider has now was put by this import.
        if try startedEmpty.get() { return (0, 0) }
        let all = try Int64.fetchAll(db, sql: "SELECT id FROM course WHERE provider_id = ?", arguments: [provider.id.rawValue])
        let stale = all.filter { !putCourseIDs.contains($0) }
        var runs = 0
        for id in stale {
            runs += try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM course_run WHERE course_id = ?", arguments: [id]) ?? 0
            let payload = try String.fetchOne(db, sql: "SELECT payload FROM course WHERE id = ?", arguments: [id]) ?? "{}"
            try CourseSearchText(payload: payload).delete(id: id, in: db)
            try db.execute(sql: "DELETE FROM course WHERE id = ?", arguments: [id])
        }
        return (stale.count, runs)
    }
}

// MARK: - Prepared statements

/// The statements run for every stored course and run, prepared once per transaction and bound
/// value by value.
private struct Statements {
    let findCourse: BoundStatement
    let insertCourse: BoundStatement
    let insertNewCourse: BoundStatement
    let updateCourse: BoundStatement
    let insertSearchText: BoundStatement
    let deleteSearchText: BoundStatement
    let findRuns: BoundStatement
    let insertRun: BoundStatement
    let updateRun: BoundStatement

    init(_ db: Database) throws {
        findCourse = try BoundStatement(db, sql: "SELECT id, payload FROM course WHERE provider_id = ? AND source_id = ?")
        insertCourse = try BoundStatement(db, sql: """
            INSERT INTO course (provider_id, source_id, title, summary, qualification, level, route, payload, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertNewCourse = try BoundStatement(db, sql: """
            INSERT INTO course (provider_id, source_id, title, summary, qualification, level, route, payload, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (provider_id, source_id) DO NOTHING
            """)
        updateCourse = try BoundStatement(db, sql: """
            UPDATE course SET title = ?, summary = ?, qualification = ?, level = ?, route = ?, payload = ?, updated_at = ?
            WHERE id = ?
            """)
        insertSearchText = try BoundStatement(db, sql: "INSERT INTO course_fts (rowid, title, keywords, body) VALUES (?, ?, ?, ?)")
        deleteSearchText = try BoundStatement(
            db, sql: "INSERT INTO course_fts (course_fts, rowid, title, keywords, body) VALUES ('delete', ?, ?, ?, ?)")
        findRuns = try BoundStatement(db, sql: "SELECT id, source_id, payload, position FROM course_run WHERE course_id = ?")
        insertRun = try BoundStatement(db, sql: """
            INSERT INTO course_run (course_id, source_id, position, start_date, flexible_start, delivery_mode, study_mode,
            attendance_pattern, district, at_provider_address, cost_pence, funded, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        updateRun = try BoundStatement(db, sql: """
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
