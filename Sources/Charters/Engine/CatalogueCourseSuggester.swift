public import Domain

// MARK: - Courses for action plans

/// Suggests catalogue courses for an action, searching each keyword in turn.
public struct CatalogueCourseSuggester: CourseSuggesting {
    let store: any CatalogueStore
    let today: String

    /// - Parameters:
    ///   - store: the course catalogue.
    ///   - today: `yyyy-MM-dd`; courses that have already started are not suggested.
    public init(store: any CatalogueStore, today: String) {
        self.store = store
        self.today = today
    }

    public func suggestCourses(keywords: [String], limit: Int) async throws -> [SuggestedCourse] {
        var found: [SuggestedCourse] = []
        for keyword in keywords where found.count < limit {
            let page = try await store.searchCourses(CourseSearchQuery(text: keyword, limit: limit, today: today))
            guard !page.matchedAnyKeyword else { continue }
            for course in page.results where found.count < limit && !found.contains(where: { $0.id == String(course.id) }) {
                let detail = [
                    course.level.map { "\($0)" }, course.nextStart.map { "starts \($0)" } ?? (course.flexibleStart ? "flexible start" : nil),
                    course.funded ? "funding available" : nil,
                ].compactMap { $0 }.joined(separator: ", ")
                found.append(
                    SuggestedCourse(id: String(course.id), title: course.title, provider: course.provider.name, detail: detail.isEmpty ? nil : detail)
                )
            }
        }
        return found
    }
}
