import Domain
import GRDB

// MARK: - The conditions of one search, as SQL

/// A search's keyword pattern and filters turned into SQL fragments that restrict a course id.
///
/// Every fragment is written against a course-id expression chosen by the caller, so the same filters
/// can be applied to FTS matches (`course_fts.rowid`), courses (`course.id`) or runs (`r.course_id`).
/// Set membership is written as `+id IN (SELECT …)`: the unary plus stops SQLite from driving the
/// outer query from the subquery, so the subquery is evaluated once into a temporary b-tree and the
/// outer query keeps the index or FTS cursor it was given.
struct SearchConditions {
    var pattern: FTS5Pattern?
    /// `route`, `level` and `provider_id` conditions on `course`, with their arguments.
    private(set) var courseFilter: (sql: String, arguments: StatementArguments)?
    /// Conditions on one run `r` of `course_run`, with their arguments.
    private(set) var runFilter: (sql: String, arguments: StatementArguments)?

    init(_ query: CourseSearchQuery, pattern: FTS5Pattern?) {
        self.pattern = pattern
        var conditions: [String] = []
        var arguments: StatementArguments = []
        // The route and district conditions compare `ifnull(…, '')`, the leading column of the
        // indexes `course_by_route` and `course_run_by_place` (v7); a level or delivery-mode filter
        // without one lists every value it can hold so that the index can still be used.
        if !query.routes.isEmpty {
            conditions.append("ifnull(route, '') IN (\(Self.placeholders(query.routes.count)))")
            arguments += StatementArguments(query.routes.map(\.rawValue))
        } else if query.minLevel != nil || query.maxLevel != nil {
            conditions.append("ifnull(route, '') IN (\(Self.placeholders(Route.allCases.count + 1)))")
            arguments += StatementArguments([""] + Route.allCases.map(\.rawValue))
        }
        if let min = query.minLevel {
            conditions.append("level >= ?")
            arguments += [min.rank]
        }
        if let max = query.maxLevel {
            conditions.append("level <= ?")
            arguments += [max.rank]
        }
        if !query.providers.isEmpty {
            conditions.append("provider_id IN (\(Self.placeholders(query.providers.count)))")
            arguments += StatementArguments(query.providers.map(\.rawValue))
        }
        if !conditions.isEmpty { courseFilter = (conditions.joined(separator: " AND "), arguments) }

        conditions = []
        arguments = []
        if !query.deliveryModes.isEmpty {
            conditions.append("r.delivery_mode IN (\(Self.placeholders(query.deliveryModes.count)))")
            arguments += StatementArguments(query.deliveryModes.map(\.rawValue))
        }
        if !query.studyModes.isEmpty {
            conditions.append("r.study_mode IN (\(Self.placeholders(query.studyModes.count)))")
            arguments += StatementArguments(query.studyModes.map(\.rawValue))
        }
        if !query.districts.isEmpty {
            conditions.append("ifnull(r.district, '') IN (\(Self.placeholders(query.districts.count)))")
            arguments += StatementArguments(query.districts.map(\.rawValue))
        } else if !query.deliveryModes.isEmpty {
            conditions.append("ifnull(r.district, '') IN (\(Self.placeholders(District.allCases.count + 1)))")
            arguments += StatementArguments([""] + District.allCases.map(\.rawValue))
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
        if !conditions.isEmpty { runFilter = (conditions.joined(separator: " AND "), arguments) }
    }

    /// True when only the keywords restrict the search.
    var isKeywordOnly: Bool { courseFilter == nil && runFilter == nil }

    // MARK: Fragments

    /// Conditions restricting the course id `id` to courses that pass the course and run filters
    /// (not the keywords). `correlatedRuns` checks each id through the per-course covering indexes
    /// (best when few ids are tested, as with keywords); otherwise the matching sets are collected once.
    /// With `driving`, the sets may drive the query (no unary plus), for when they are small.
    func filters(on id: String, correlatedRuns: Bool, driving: Bool = false) -> (sql: [String], arguments: StatementArguments) {
        var sql: [String] = []
        var arguments: StatementArguments = []
        let plus = driving ? "" : "+"
        if let courseFilter {
            sql.append(correlatedRuns
                ? "EXISTS (SELECT 1 FROM course c INDEXED BY course_filters WHERE c.id = \(id) AND \(courseFilter.sql))"
                : "\(plus)\(id) IN (SELECT id FROM course WHERE \(courseFilter.sql))")
            arguments += courseFilter.arguments
        }
        if let runFilter {
            sql.append(correlatedRuns
                ? "EXISTS (SELECT 1 FROM course_run r INDEXED BY course_run_course WHERE r.course_id = \(id) AND \(runFilter.sql))"
                : "\(plus)\(id) IN (SELECT r.course_id FROM course_run r WHERE \(runFilter.sql))")
            arguments += runFilter.arguments
        }
        return (sql, arguments)
    }

    /// Conditions restricting `id` to every condition of the search, keywords included.
    func all(on id: String, driving: Bool = false) -> (sql: [String], arguments: StatementArguments) {
        var (sql, arguments) = filters(on: id, correlatedRuns: false, driving: driving)
        if let pattern {
            sql.insert("\(driving ? "" : "+")\(id) IN (SELECT rowid FROM course_fts WHERE course_fts MATCH ?)", at: 0)
            arguments = [pattern] + arguments
        }
        return (sql, arguments)
    }

    /// Conditions on a run `r`: its course matches the keywords and course filters, and the run itself
    /// passes the run filters.
    func onRun() -> (sql: [String], arguments: StatementArguments) {
        var sql: [String] = []
        var arguments: StatementArguments = []
        if let pattern {
            sql.append("+r.course_id IN (SELECT rowid FROM course_fts WHERE course_fts MATCH ?)")
            arguments += [pattern]
        }
        if let courseFilter {
            sql.append("+r.course_id IN (SELECT id FROM course WHERE \(courseFilter.sql))")
            arguments += courseFilter.arguments
        }
        if let runFilter {
            sql.append(runFilter.sql)
            arguments += runFilter.arguments
        }
        return (sql, arguments)
    }

    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    static func whereClause(_ conditions: [String]) -> String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }
}
