// MARK: - Whole-catalogue reads for matching

/// A stored course with its provider and the taxonomy tags stored for it.
public struct TaggedCourse: Sendable, Hashable {
    /// The stored course, runs included (runs at the provider's address carry that address).
    public var entry: CatalogueCourse
    /// The course's route and skill tags; empty when it has never been tagged.
    public var tags: [CourseTag]

    /// Creates a tagged course.
    public init(entry: CatalogueCourse, tags: [CourseTag]) {
        self.entry = entry
        self.tags = tags
    }
}

/// Reads the whole catalogue at once, with tags, for engines that index it in memory (the career
/// diagnostic). The Storage module implements it over SQLite; tests use an in-memory list.
public protocol CourseSource: Sendable {
    /// Every course with its runs, provider and stored tags, by course id.
    func taggedCourses() async throws -> [TaggedCourse]
    /// A short text that changes whenever any course, run or tag changes, so an index built from
    /// `taggedCourses()` knows when to rebuild.
    func catalogueRevision() async throws -> String
}

/// A fixed list of courses, for tests, benchmarks and catalogues built in memory.
public struct StaticCourseSource: CourseSource {
    public var courses: [TaggedCourse]
    public var revision: String

    /// - Parameters:
    ///   - courses: the catalogue.
    ///   - revision: the text `catalogueRevision()` returns; change it when the list changes.
    public init(courses: [TaggedCourse], revision: String = "static") {
        self.courses = courses
        self.revision = revision
    }

    public func taggedCourses() async throws -> [TaggedCourse] { courses }
    public func catalogueRevision() async throws -> String { revision }
}
