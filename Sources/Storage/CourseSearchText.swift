import Domain
import GRDB

// MARK: - What the search index holds for a course

/// The three columns `course_fts` indexes for a course: the title, keywords (qualification,
/// awarding body, course type, route and subject labels) and the body text.
///
/// The body is what the course is about: summary, description, what you will learn and the
/// objective. Entry requirements, how you will learn, how it is assessed and where it leads are
/// left out (since `v8-catalogue-search`): they name subjects the course does not teach ("GCSE
/// maths and English", "progress to university") and ways of studying that the search filters
/// handle, so a search for "maths" matched nearly every course's entry requirements.
///
/// Since `v6-catalogue-storage` the index is contentless (`content=''`): it keeps tokens, not the
/// text. Removing a course from it therefore needs the exact text it was indexed with, which is
/// derived again from the course's stored payload by this same type.
struct CourseSearchText: Equatable {
    var title: String
    var keywords: String
    var body: String

    init(_ course: Course) {
        title = course.title
        keywords = ([course.qualification?.title, course.qualification?.awardingBody, course.courseType, course.route?.name]
            + course.subjects.map(\.label)).compactMap { $0 }.joined(separator: " ")
        body = [course.summary, course.description, course.whatYouWillLearn, course.objective].compactMap { $0 }.joined(separator: "\n")
    }

    /// The text the course with this stored payload was indexed with.
    init(payload: String) throws {
        self.init(try PayloadCoding.decode(Course.self, from: payload))
    }

    // MARK: Index maintenance

    /// Adds the course `id` to the index.
    func insert(id: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO course_fts (rowid, title, keywords, body) VALUES (?, ?, ?, ?)")
            .execute(arguments: [id, title, keywords, body])
    }

    /// Removes the course `id`, indexed with this text, from the index (FTS5's `delete` command).
    func delete(id: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO course_fts (course_fts, rowid, title, keywords, body) VALUES ('delete', ?, ?, ?, ?)")
            .execute(arguments: [id, title, keywords, body])
    }

    /// Removes every course of `providerID` from the index; call before deleting their rows.
    static func deleteAll(ofProvider providerID: String, in db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT id, payload FROM course WHERE provider_id = ?", arguments: [providerID])
        while let row = try rows.next() {
            try CourseSearchText(payload: row["payload"]).delete(id: row["id"], in: db)
        }
    }
}
