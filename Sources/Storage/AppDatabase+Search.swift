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

    // MARK: One search

    private static func run(
        _ query: CourseSearchQuery, pattern: FTS5Pattern?, limit: Int, offset: Int, matchedAny: Bool, in db: Database
    ) throws -> CourseSearchPage {
        let conditions = SearchConditions(query, pattern: pattern)
        let total = try count(conditions, in: db)
        guard total > offset else {
            return CourseSearchPage(total: total, limit: limit, offset: offset, matchedAnyKeyword: matchedAny, results: [])
        }
        let today = query.today ?? String(ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withFullDate]))
        let page: [(id: Int64, score: Double?)]
        switch query.sort {
        case .relevance where pattern != nil:
            page = try rankedPage(conditions, limit: limit, offset: offset, in: db)
        case .relevance:
            page = try titlePage(conditions, total: total, limit: limit, offset: offset, in: db).map { (id: $0, score: nil as Double?) }
        case .startDate:
            page = try startOrderedPage(conditions, total: total, today: today, limit: limit, offset: offset, in: db).map { (id: $0, score: nil as Double?) }
        }
        let results = try summaries(page, today: today, in: db)
        return CourseSearchPage(total: total, limit: limit, offset: offset, matchedAnyKeyword: matchedAny, results: results)
    }

    /// How many courses match. Keyword-only searches count FTS matches alone; filters are checked per
    /// match through the per-course run index, or drive the count from their own indexes.
    private static func count(_ conditions: SearchConditions, in db: Database) throws -> Int {
        if let pattern = conditions.pattern {
            let (filters, arguments) = conditions.filters(on: "course_fts.rowid", correlatedRuns: true)
            let sql = "SELECT COUNT(*) FROM course_fts WHERE course_fts MATCH ?" + filters.map { " AND " + $0 }.joined()
            return try Int.fetchOne(db.cachedStatement(sql: sql), arguments: [pattern] + arguments) ?? 0
        }
        switch (conditions.courseFilter, conditions.runFilter) {
        case (nil, nil):
            return try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM course")) ?? 0
        case (let courseFilter?, nil):
            return try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM course WHERE \(courseFilter.sql)"), arguments: courseFilter.arguments) ?? 0
        case (nil, let runFilter?):
            return try Int.fetchOne(
                db.cachedStatement(sql: "SELECT COUNT(DISTINCT r.course_id) FROM course_run r WHERE \(runFilter.sql)"), arguments: runFilter.arguments) ?? 0
        case (let courseFilter?, let runFilter?):
            return try Int.fetchOne(
                db.cachedStatement(sql: """
                    SELECT COUNT(*) FROM course WHERE \(courseFilter.sql)
                    AND +id IN (SELECT r.course_id FROM course_run r WHERE \(runFilter.sql))
                    """),
                arguments: courseFilter.arguments + runFilter.arguments) ?? 0
        }
    }

    // MARK: Pages

    /// Keyword matches ranked by BM25 (title weighs most), best first.
    private static func rankedPage(_ conditions: SearchConditions, limit: Int, offset: Int, in db: Database) throws -> [(id: Int64, score: Double?)] {
        guard let pattern = conditions.pattern else { return [] }
        let (filters, arguments) = conditions.filters(on: "course_fts.rowid", correlatedRuns: true)
        let sql = """
            SELECT course_fts.rowid, -bm25(course_fts, 10.0, 3.0, 1.0) AS score FROM course_fts
            WHERE course_fts MATCH ?\(filters.map { " AND " + $0 }.joined())
            ORDER BY score DESC, course_fts.rowid LIMIT ? OFFSET ?
            """
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [pattern] + arguments + [limit, offset])
            .map { row -> (id: Int64, score: Double?) in (row[0], row[1]) }
    }

    /// Matching courses by title (then id), optionally only those meeting `extra` (a condition on `course`).
    ///
    /// When many courses match, the title index is walked and each entry tested against the matching
    /// set, stopping once the page is full; when few match, they are sorted directly.
    static func titlePage(
        _ conditions: SearchConditions, total: Int, limit: Int, offset: Int,
        where extra: (sql: String, arguments: StatementArguments)? = nil, in db: Database
    ) throws -> [Int64] {
        let courses = try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(id) FROM course")) ?? 0
        let walk = total * total > (offset + limit) * courses
        var (sql, arguments) = conditions.all(on: "course.id", driving: !walk)
        if let extra {
            sql.append(extra.sql)
            arguments += extra.arguments
        }
        return try Int64.fetchAll(
            db.cachedStatement(sql: """
                SELECT course.id FROM course \(walk ? "INDEXED BY course_title" : "") \(SearchConditions.whereClause(sql))
                ORDER BY course.title COLLATE NOCASE, course.id LIMIT ? OFFSET ?
                """),
            arguments: arguments + [limit, offset])
    }

    // MARK: Results

    /// The page's courses with their provider and a summary of their runs, in page order.
    private static func summaries(_ page: [(id: Int64, score: Double?)], today: String, in db: Database) throws -> [CourseSummary] {
        guard !page.isEmpty else { return [] }
        let ids = page.map(\.id)
        var rows: [Int64: Row] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT course.id, course.title, course.summary, course.qualification, course.level, course.route,
                    course.provider_id, provider.name AS provider_name
                FROM course JOIN provider ON provider.id = course.provider_id
                WHERE course.id IN (\(SearchConditions.placeholders(ids.count)))
                """),
            arguments: StatementArguments(ids))
        {
            let id: Int64 = row["id"]
            rows[id] = row
        }
        let aggregates = try runAggregates(for: ids, today: today, in: db)
        return page.compactMap { entry -> CourseSummary? in
            guard let row = rows[entry.id] else { return nil }
            let runs = aggregates[entry.id] ?? RunAggregate()
            let levelRank: Int? = row["level"]
            let routeText: String? = row["route"]
            return CourseSummary(
                id: entry.id, title: row["title"], provider: ProviderRef(id: ProviderID(rawValue: row["provider_id"])!, name: row["provider_name"]),
                summary: row["summary"], level: levelRank.flatMap(Level.init(rank:)), route: routeText.flatMap(Route.init(rawValue:)),
                qualification: row["qualification"], deliveryModes: runs.deliveryModes, studyModes: runs.studyModes,
                districts: runs.districts, nextStart: runs.nextStart, flexibleStart: runs.flexibleStart,
                minCostPence: runs.minCostPence, funded: runs.funded, runCount: runs.count, score: entry.score)
        }
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
            db.cachedStatement(sql: """
                SELECT course_id, delivery_mode, study_mode, district, start_date, flexible_start, cost_pence, funded
                FROM course_run INDEXED BY course_run_course WHERE course_id IN (\(SearchConditions.placeholders(ids.count)))
                ORDER BY course_id, position
                """),
            arguments: StatementArguments(ids))
        for row in rows {
            let id: Int64 = row[0]
            var aggregate = result[id] ?? RunAggregate()
            aggregate.count += 1
            if let mode = (row[1] as String?).flatMap(DeliveryMode.init(rawValue:)), !aggregate.deliveryModes.contains(mode) {
                aggregate.deliveryModes.append(mode)
            }
            if let mode = (row[2] as String?).flatMap(StudyMode.init(rawValue:)), !aggregate.studyModes.contains(mode) {
                aggregate.studyModes.append(mode)
            }
            if let district = (row[3] as String?).flatMap(District.init(rawValue:)), !aggregate.districts.contains(district) {
                aggregate.districts.append(district)
            }
            if let start: String = row[4], start >= today, aggregate.nextStart.map({ start < $0 }) ?? true {
                aggregate.nextStart = start
            }
            if row[5] as Bool { aggregate.flexibleStart = true }
            if let cost: Int = row[6], aggregate.minCostPence.map({ cost < $0 }) ?? true { aggregate.minCostPence = cost }
            if row[7] as Bool { aggregate.funded = true }
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
