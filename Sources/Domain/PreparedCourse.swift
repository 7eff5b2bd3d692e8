// MARK: - Work done on a course before the storing thread sees it

/// A course together with whatever its store derives from the course alone (for the SQLite store:
/// the payload bytes of the course and its runs, and its search-index text), computed on the thread
/// that produced the course so the thread holding the write transaction only binds and steps.
public protocol PreparedCourse: Sendable {
    /// The course as mapped from the feed.
    var course: Course { get }
    /// How many runs the course has (for the report, without copying the course out).
    var runCount: Int { get }
}

extension PreparedCourse {
    public var runCount: Int { course.runs.count }
}

/// Turns courses into `PreparedCourse`s. Not `Sendable`: each producing thread makes its own with
/// `CoursePreparation.make()` and uses it alone.
public protocol CoursePreparer {
    /// `course` with its derived values computed.
    func prepare(_ course: Course) -> any PreparedCourse
}

/// Makes one `CoursePreparer` per producing thread; safe to hand to any thread.
public struct CoursePreparation: Sendable {
    private let factory: @Sendable () -> any CoursePreparer

    /// A preparation whose preparers come from `factory` (called once per producing thread).
    public init(_ factory: @escaping @Sendable () -> any CoursePreparer) {
        self.factory = factory
    }

    /// A new preparer, for the calling thread only.
    public func make() -> any CoursePreparer { factory() }

    /// Prepares nothing ahead: the store derives everything when the course is put.
    public static let none = CoursePreparation { UnpreparedCourses() }
}

/// A course carried as it is, for stores that prepare nothing ahead.
public struct UnpreparedCourse: PreparedCourse {
    public let course: Course
    public init(_ course: Course) { self.course = course }
}

private struct UnpreparedCourses: CoursePreparer {
    func prepare(_ course: Course) -> any PreparedCourse { UnpreparedCourse(course) }
}

// MARK: - Defaults for writers that prepare nothing

extension ProvisionWriter {
    /// Prepares nothing ahead; `put(prepared:)` then stores the plain course.
    public var preparation: CoursePreparation { .none }

    /// Stores `prepared.course` with `put(_:)`.
    public func put(prepared: any PreparedCourse) throws -> (course: ChangeKind, runs: ChangeCounts) {
        try put(prepared.course)
    }
}
