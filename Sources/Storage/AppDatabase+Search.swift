public import Domain
import Foundation
import GRDB

// MARK: - Course search (FTS5)

extension AppDatabase {
    /// Words too common to narrow a course search.
    static let stopWords: Set<String> = [
        "a", "an", "and", "the", "of", "in", "on", "for", "to", "with", "at", "by", "or", "is", "my", "i", "me", "from",
        "course", "courses", "class", "classes",
    ]

    /// The words of a query that narrow it, lower-cased.
    static func searchTerms(_ text: String?) -> [String] {
        guard let text else { return [] }
        let words = text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "+" || $0 == "#") })
        let kept = words.map(String.init).filter { !stopWords.contains($0) }
        return kept.isEmpty ? words.map(String.init) : kept
    }

    public func searchCourses(_ query: CourseSearchQuery) async throws -> CourseSearchPage {
        try await dbWriter.read { db in try Self.search(query, in: db) }
    }

    static func search(_ query: CourseSearchQuery, in db: Database) throws -> CourseSearchPage {
        let limit = max(1, min(query.limit, CourseSearchQuery.maxLimit))
        let offset = max(0, query.offset)
        let terms = searchTerms(query.text)
        if terms.isEmpty {
            return try run(query, pattern: nil, limit: limit, offset: offset, matchedAny: false, in: db)
        }
        let all = FTS5Pattern(matchingAllTokensIn: terms.joined(separator: " "))
        var page = try run(query, pattern: all, limit: limit, offset: offset, matchedAny: false, in: db)
        if page.total == 0, terms.count > 1, let any = FTS5Pattern(matchingAnyTokenIn: terms.joined(separator: " ")) {
            page = try run(query, pattern: any, limit: limit, offset: offset, matchedAny: true, in: db)
        }
        return page
    }

    // MARK: Building the query

    private static func run(
        _ query: CourseSearchQuery, pattern: FTS5Pattern?, limit: Int, offset: Int, matchedAny: Bool, in db: Database
    ) throws -> CourseSearchPage {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let pattern {
            conditions.append("course_fts MATCH ?")
            arguments += [pattern]
        }
        if !query.routes.isEmpty {
            conditions.append("course.route IN (\(placeholders(query.routes.count)))")
            arguments += StatementArguments(query.routes.map(\.rawValue))
        }
        if let min = query.minLevel {
            conditions.append("course.level >= ?")
            arguments += [min.rank]
        }
        if let max = query.maxLevel {
            conditions.append("course.level <= ?")
            arguments += [max.rank]
        }
        if !query.providers.isEmpty {
            conditions.append("course.provider_id IN (\(placeholders(query.providers.count)))")
            arguments += StatementArguments(query.providers.map(\.rawValue))
        }
        let (runFilter, runArguments) = runConditions(query)
        if !runFilter.isEmpty {
            // With keywords, the FTS matches drive the query and each is checked for a matching run; without,
            // the run indexes drive it.
            conditions.append(pattern == nil
                ? "course.id IN (SELECT r.course_id FROM course_run r WHERE \(runFilter))"
                : "EXISTS (SELECT 1 FROM course_run r WHERE r.course_id = course.id AND \(runFilter))")
            arguments += runArguments
        }
        let from = pattern == nil ? "course" : "course_fts JOIN course ON course.id = course_fts.rowid"
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")

        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(from) \(whereClause)", arguments: arguments) ?? 0
        guard total > offset else {
            return CourseSearchPage(total: total, limit: limit, offset: offset, matchedAnyKeyword: matchedAny, results: [])
        }

        let today = query.today ?? String(ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withFullDate]))
        let scoreColumn = pattern == nil ? "NULL" : "-bm25(course_fts, 10.0, 3.0, 1.0)"
        var order: String
        var orderArguments: StatementArguments = []
        switch query.sort {
        case .relevance:
            order = pattern == nil ? "course.title COLLATE NOCASE, course.id" : "score DESC, course.id"
        case .startDate:
            let (filter, filterArguments) = runConditions(query)
            order = """
                (SELECT MIN(CASE WHEN r.flexible_start = 1 THEN ? ELSE r.start_date END) FROM course_run r
                 WHERE r.course_id = course.id AND (r.flexible_start = 1 OR r.start_date >= ?)\(filter.isEmpty ? "" : " AND " + filter)) IS NULL,
                (SELECT MIN(CASE WHEN r.flexible_start = 1 THEN ? ELSE r.start_date END) FROM course_run r
                 WHERE r.course_id = course.id AND (r.flexible_start = 1 OR r.start_date >= ?)\(filter.isEmpty ? "" : " AND " + filter)),
                course.title COLLATE NOCASE, course.id
                """
            orderArguments = [today, today] + filterArguments + [today, today] + filterArguments
        }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT course.id, course.title, course.summary, course.qualification, course.level, course.route,
                    course.provider_id, provider.name AS provider_name, \(scoreColumn) AS score
                FROM \(from) JOIN provider ON provider.id = course.provider_id
                \(whereClause) ORDER BY \(order) LIMIT ? OFFSET ?
                """,
            arguments: arguments + orderArguments + [limit, offset])
        let aggregates = try runAggregates(for: rows.map { $0["id"] }, today: today, in: db)
        let results = rows.map { row -> CourseSummary in
            let id: Int64 = row["id"]
            let runs = aggregates[id] ?? RunAggregate()
            let levelRank: Int? = row["level"]
            let routeText: String? = row["route"]
            return CourseSummary(
                id: id, title: row["title"], provider: ProviderRef(id: ProviderID(rawValue: row["provider_id"])!, name: row["provider_name"]),
                summary: row["summary"], level: levelRank.flatMap(Level.init(rank:)), route: routeText.flatMap(Route.init(rawValue:)),
                qualification: row["qualification"], deliveryModes: runs.deliveryModes, studyModes: runs.studyModes,
                districts: runs.districts, nextStart: runs.nextStart, flexibleStart: runs.flexibleStart,
                minCostPence: runs.minCostPence, funded: runs.funded, runCount: runs.count, score: row["score"])
        }
        return CourseSearchPage(total: total, limit: limit, offset: offset, matchedAnyKeyword: matchedAny, results: results)
    }

    /// Conditions on `course_run r` that must all hold for one run.
    private static func runConditions(_ query: CourseSearchQuery) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if !query.deliveryModes.isEmpty {
            conditions.append("r.delivery_mode IN (\(placeholders(query.deliveryModes.count)))")
            arguments += StatementArguments(query.deliveryModes.map(\.rawValue))
        }
        if !query.studyModes.isEmpty {
            conditions.append("r.study_mode IN (\(placeholders(query.studyModes.count)))")
            arguments += StatementArguments(query.studyModes.map(\.rawValue))
        }
        if !query.districts.isEmpty {
            conditions.append("r.district IN (\(placeholders(query.districts.count)))")
            arguments += StatementArguments(query.districts.map(\.rawValue))
        }
        if query.startFrom != nil || query.startTo != nil {
            var window: [String] = []
            if let from = query.startFrom {
                window.append("r.start_date >= ?")
                arguments += [from]
            }
            if let to = query.startTo {
                window.append("r.start_date <= ?")
                arguments += [to]
            }
            conditions.append("(r.flexible_start = 1 OR (\(window.joined(separator: " AND "))))")
        }
        if let max = query.maxCostPence {
            conditions.append("r.cost_pence <= ?")
            arguments += [max]
        }
        if query.fundedOnly { conditions.append("r.funded = 1") }
        return (conditions.joined(separator: " AND "), arguments)
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    // MARK: Run summaries for a page

    struct RunAggregate {
        var deliveryModes: [DeliveryMode] = []
        var studyModes: [StudyMode] = []
        var districts: [District] = []
        var nextStart: String?
        var flexibleStart = false
        var minCostPence: Int?
        var funded = false
        var count = 0
    }

    private static func runAggregates(for ids: [Int64], today: String, in db: Database) throws -> [Int64: RunAggregate] {
        guard !ids.isEmpty else { return [:] }
        var result: [Int64: RunAggregate] = [:]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT course_id, delivery_mode, study_mode, district, start_date, flexible_start, cost_pence, funded
                FROM course_run WHERE course_id IN (\(placeholders(ids.count))) ORDER BY course_id, position
                """,
            arguments: StatementArguments(ids))
        for row in rows {
            let id: Int64 = row["course_id"]
            var aggregate = result[id] ?? RunAggregate()
            aggregate.count += 1
            if let mode = (row["delivery_mode"] as String?).flatMap(DeliveryMode.init(rawValue:)), !aggregate.deliveryModes.contains(mode) {
                aggregate.deliveryModes.append(mode)
            }
            if let mode = (row["study_mode"] as String?).flatMap(StudyMode.init(rawValue:)), !aggregate.studyModes.contains(mode) {
                aggregate.studyModes.append(mode)
            }
            if let district = (row["district"] as String?).flatMap(District.init(rawValue:)), !aggregate.districts.contains(district) {
                aggregate.districts.append(district)
            }
            if let start: String = row["start_date"], start >= today, aggregate.nextStart.map({ start < $0 }) ?? true {
                aggregate.nextStart = start
            }
            if row["flexible_start"] as Bool { aggregate.flexibleStart = true }
            if let cost: Int = row["cost_pence"], aggregate.minCostPence.map({ cost < $0 }) ?? true { aggregate.minCostPence = cost }
            if row["funded"] as Bool { aggregate.funded = true }
            result[id] = aggregate
        }
        return result
    }
}

// MARK: - Benchmark reference

extension AppDatabase {
    /// The bare FTS5 lookup under every keyword search: ids of the first `limit` rows matching all
    /// the words, with no ranking, filters or joins. Benchmarks time it as the reference cost.
    public func keywordMatchIDs(_ text: String, limit: Int) async throws -> [Int64] {
        try await dbWriter.read { db in
            guard let pattern = FTS5Pattern(matchingAllTokensIn: Self.searchTerms(text).joined(separator: " ")) else { return [] }
            return try Int64.fetchAll(db, sql: "SELECT rowid FROM course_fts WHERE course_fts MATCH ? LIMIT ?", arguments: [pattern, limit])
        }
    }
}
