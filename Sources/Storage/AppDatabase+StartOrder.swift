import Domain
import GRDB

// MARK: - Pages sorted by next start

extension AppDatabase {
    /// Matching courses by their next start (flexible starts count as today), then title and id;
    /// courses with no start from today on come last, by title.
    ///
    /// When many courses match, runs are walked in start order (flexible ones first), each tested
    /// against the matching set, and the walk stops once the page is full and the boundary date is
    /// complete; when few match, each match's next start is computed and the matches sorted.
    static func startOrderedPage(
        _ conditions: SearchConditions, total: Int, today: String, limit: Int, offset: Int, in db: Database
    ) throws -> [Int64] {
        let runs = try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(id) FROM course_run")) ?? 0
        guard total * total > (offset + limit) * runs else {
            return try directStartPage(conditions, today: today, limit: limit, offset: offset, in: db)
        }
        let needed = offset + limit
        let (candidate, arguments) = conditions.onRun()
        let extra = candidate.map { " AND " + $0 }.joined()

        var seen: Set<Int64> = []
        var dated: [(id: Int64, start: String)] = []
        // Flexible runs start "today".
        for id in try Int64.fetchAll(
            db.cachedStatement(sql: "SELECT DISTINCT r.course_id FROM course_run r INDEXED BY course_run_flexible WHERE r.flexible_start = 1\(extra)"), arguments: arguments)
        where seen.insert(id).inserted {
            dated.append((id, today))
        }
        // Dated runs, soonest first, until the page and its boundary date are complete (runs starting
        // today tie with the flexible ones, so the walk always looks at least that far).
        do {
            let cursor = try Row.fetchCursor(
                db.cachedStatement(sql: """
                    SELECT r.course_id, r.start_date FROM course_run r INDEXED BY course_run_by_start
                    WHERE r.start_date >= ? AND r.flexible_start = 0\(extra) ORDER BY r.start_date
                    """),
                arguments: [today] + arguments)
            while let row = try cursor.next() {
                let id: Int64 = row[0]
                let start: String = row[1]
                if dated.count >= needed, let last = dated.last, start > last.start { break }
                if seen.insert(id).inserted { dated.append((id, start)) }
            }
        }
        var page = try orderByTitleWithinDates(dated, in: db)
        if page.count < needed {
            // The walk ran out: the remaining matches have no start from today on.
            let (runCondition, runArguments) = conditions.runFilter.map { (" AND " + $0.sql, $0.arguments) } ?? ("", [])
            let noStart = (
                sql: """
                    NOT EXISTS (SELECT 1 FROM course_run r INDEXED BY course_run_course
                        WHERE r.course_id = course.id AND (r.flexible_start = 1 OR r.start_date >= ?)\(runCondition))
                    """,
                arguments: [today] + runArguments)
            let rest = try titlePage(conditions, total: total, limit: needed - page.count, offset: 0, where: noStart, in: db)
            page += rest
        }
        return Array(page.dropFirst(offset).prefix(limit))
    }

    /// Few matches: compute each one's next start and sort in SQL.
    private static func directStartPage(_ conditions: SearchConditions, today: String, limit: Int, offset: Int, in db: Database) throws -> [Int64] {
        let (filters, filterArguments) = conditions.all(on: "course.id", driving: true)
        let runCondition = conditions.runFilter.map { " AND " + $0.sql } ?? ""
        let runArguments = conditions.runFilter?.arguments ?? []
        return try Int64.fetchAll(
            db.cachedStatement(sql: """
                SELECT course.id, (SELECT MIN(CASE WHEN r.flexible_start = 1 THEN ? ELSE r.start_date END)
                    FROM course_run r INDEXED BY course_run_course
                    WHERE r.course_id = course.id AND (r.flexible_start = 1 OR r.start_date >= ?)\(runCondition)) AS next_start
                FROM course \(SearchConditions.whereClause(filters))
                ORDER BY next_start IS NULL, next_start, course.title COLLATE NOCASE, course.id LIMIT ? OFFSET ?
                """),
            arguments: [today, today] + runArguments + filterArguments + [limit, offset])
    }

    /// Courses in start order with ties broken by title (SQLite's NOCASE order) and id.
    private static func orderByTitleWithinDates(_ dated: [(id: Int64, start: String)], in db: Database) throws -> [Int64] {
        guard !dated.isEmpty else { return [] }
        var titles: [Int64: String] = [:]
        for chunk in stride(from: 0, to: dated.count, by: 500) {
            let ids = dated[chunk..<min(chunk + 500, dated.count)].map(\.id)
            for row in try Row.fetchAll(
                db.cachedStatement(sql: "SELECT id, title FROM course WHERE id IN (\(SearchConditions.placeholders(ids.count)))"),
                arguments: StatementArguments(ids))
            {
                let id: Int64 = row[0]
                let title: String = row[1]
                titles[id] = title
            }
        }
        return dated.sorted { a, b in
            if a.start != b.start { return a.start < b.start }
            let order = nocaseCompare(titles[a.id] ?? "", titles[b.id] ?? "")
            return order != 0 ? order < 0 : a.id < b.id
        }.map(\.id)
    }

    /// SQLite's NOCASE collation: bytes compared with ASCII letters folded to lower case.
    static func nocaseCompare(_ a: String, _ b: String) -> Int {
        var left = a.utf8.makeIterator()
        var right = b.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?):
                let fx = (0x41...0x5A).contains(x) ? x + 32 : x
                let fy = (0x41...0x5A).contains(y) ? y + 32 : y
                if fx != fy { return fx < fy ? -1 : 1 }
            }
        }
    }
}
