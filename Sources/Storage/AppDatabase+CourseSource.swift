public import Domain
import GRDB

// MARK: - Whole-catalogue reads (CourseSource)

extension AppDatabase: CourseSource {
    /// Every course with its runs, provider and tags, read in four queries inside one snapshot.
    public func taggedCourses() async throws -> [TaggedCourse] {
        try await dbWriter.read { db in
            var providers: [String: Provider] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM provider") {
                let provider = try ProviderRecord.provider(from: row)
                providers[provider.id.rawValue] = provider
            }
            var runs: [Int64: [CourseRun]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT course_id, payload FROM course_run ORDER BY course_id, position") {
                runs[row["course_id"], default: []].append(try PayloadCoding.decode(CourseRun.self, from: row["payload"]))
            }
            var tags: [Int64: [CourseTag]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT course_id, kind, value, label, source, confidence, reason FROM course_tag
                ORDER BY course_id, kind = 'skill', confidence DESC, value
                """)
            {
                guard let kind = CourseTag.Kind(rawValue: row["kind"]), let source = CourseTag.Source(rawValue: row["source"]) else { continue }
                tags[row["course_id"], default: []].append(CourseTag(
                    kind: kind, value: row["value"], label: row["label"], source: source, confidence: row["confidence"], reason: row["reason"]))
            }
            return try Row.fetchAll(db, sql: "SELECT id, provider_id, payload, updated_at FROM course ORDER BY id").compactMap { row in
                let id: Int64 = row["id"]
                guard let provider = providers[row["provider_id"]] else { return nil }
                var course = try PayloadCoding.decode(Course.self, from: row["payload"])
                course.runs = runs[id] ?? []
                for index in course.runs.indices where course.runs[index].isAtProviderAddress {
                    course.runs[index].venue = Venue(name: provider.name, address: provider.address ?? Address(), isProviderAddress: true)
                }
                return TaggedCourse(
                    entry: CatalogueCourse(id: id, provider: ProviderRef(id: provider.id, name: provider.name), course: course, updatedAt: row["updated_at"]),
                    tags: tags[id] ?? [])
            }
        }
    }

    /// Counts and latest change times of courses, runs and tags, joined into one text.
    public func catalogueRevision() async throws -> String {
        try await dbWriter.read { db in
            let courses = try Row.fetchOne(db, sql: "SELECT COUNT(*) AS n, MAX(updated_at) AS latest FROM course")
            let runs = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM course_run") ?? 0
            let tags = try Row.fetchOne(db, sql: "SELECT COUNT(*) AS n, TOTAL(confidence) AS total FROM course_tag")
            let providers = try String.fetchOne(db, sql: "SELECT MAX(updated_at) FROM provider") ?? ""
            let courseCount: Int = courses?["n"] ?? 0
            let latest: String = courses?["latest"] ?? ""
            let tagCount: Int = tags?["n"] ?? 0
            let tagTotal: Double = tags?["total"] ?? 0
            return "\(courseCount)/\(latest)/\(runs)/\(tagCount)/\(tagTotal)/\(providers)"
        }
    }
}
