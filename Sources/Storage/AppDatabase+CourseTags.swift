public import Domain
import GRDB

// MARK: - Course tags (CourseTagStore)

extension AppDatabase: CourseTagStore {
    public func coursesForTagging() async throws -> [CourseForTagging] {
        try await dbWriter.read { db in
            try Row.fetchAll(db, sql: """
                SELECT course.id, course.payload, course_tagging.taxonomy_version, course_tagging.text_hash
                FROM course LEFT JOIN course_tagging ON course_tagging.course_id = course.id
                ORDER BY course.id
                """).map { row in
                CourseForTagging(
                    id: row["id"], course: try PayloadCoding.decode(Course.self, from: row["payload"]),
                    taxonomyVersion: row["taxonomy_version"], textHash: row["text_hash"])
            }
        }
    }

    public func saveCourseTags(_ taggings: [CourseTagging]) async throws {
        try await dbWriter.write { db in
            for tagging in taggings {
                try db.execute(sql: "DELETE FROM course_tag WHERE course_id = ?", arguments: [tagging.courseID])
                try db.execute(sql: """
                    INSERT INTO course_tagging (course_id, taxonomy_version, text_hash) VALUES (?, ?, ?)
                    ON CONFLICT(course_id) DO UPDATE SET taxonomy_version = excluded.taxonomy_version, text_hash = excluded.text_hash
                    """, arguments: [tagging.courseID, tagging.taxonomyVersion, tagging.textHash])
                for tag in tagging.tags {
                    try db.execute(sql: """
                        INSERT OR REPLACE INTO course_tag (course_id, kind, value, label, source, confidence, reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [tagging.courseID, tag.kind.rawValue, tag.value, tag.label, tag.source.rawValue, tag.confidence, tag.reason])
                }
            }
        }
    }

    public func courseTags(courseID: Int64) async throws -> [CourseTag] {
        try await dbWriter.read { db in
            try Row.fetchAll(db, sql: """
                SELECT kind, value, label, source, confidence, reason FROM course_tag WHERE course_id = ?
                ORDER BY kind = 'skill', confidence DESC, value
                """, arguments: [courseID]).compactMap(Self.tag)
        }
    }

    public func courses(taggedWith kind: CourseTag.Kind, value: String, limit: Int) async throws -> [TaggedCourseRef] {
        try await dbWriter.read { db in
            try Row.fetchAll(db, sql: """
                SELECT course.id, course.title, provider.name AS provider, course_tag.confidence
                FROM course_tag JOIN course ON course.id = course_tag.course_id JOIN provider ON provider.id = course.provider_id
                WHERE course_tag.kind = ? AND course_tag.value = ?
                ORDER BY course_tag.confidence DESC, course.title, course.id LIMIT ?
                """, arguments: [kind.rawValue, value, limit]).map { row in
                TaggedCourseRef(id: row["id"], title: row["title"], provider: row["provider"], confidence: row["confidence"])
            }
        }
    }

    public func courseCountsByRoute() async throws -> [String: Int] {
        try await dbWriter.read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT value, COUNT(*) AS n FROM course_tag WHERE kind = 'route' GROUP BY value") {
                counts[row["value"]] = row["n"]
            }
            return counts
        }
    }

    private static func tag(_ row: Row) -> CourseTag? {
        guard let kind = CourseTag.Kind(rawValue: row["kind"]), let source = CourseTag.Source(rawValue: row["source"]) else { return nil }
        return CourseTag(kind: kind, value: row["value"], label: row["label"], source: source, confidence: row["confidence"], reason: row["reason"])
    }
}

// MARK: - Migration

extension AppDatabase {
    /// The course-tag tables (appended after the catalogue migrations).
    static func registerCourseTagMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-course-tags") { db in
            try db.execute(sql: """
                CREATE TABLE course_tagging (
                    course_id INTEGER PRIMARY KEY NOT NULL REFERENCES course(id) ON DELETE CASCADE,
                    taxonomy_version TEXT NOT NULL,
                    text_hash TEXT NOT NULL
                );
                CREATE TABLE course_tag (
                    course_id INTEGER NOT NULL REFERENCES course(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    value TEXT NOT NULL,
                    label TEXT NOT NULL,
                    source TEXT NOT NULL,
                    confidence REAL NOT NULL,
                    reason TEXT NOT NULL,
                    PRIMARY KEY (course_id, kind, value)
                );
                CREATE INDEX course_tag_value ON course_tag(kind, value, confidence);
                """)
        }
    }
}
