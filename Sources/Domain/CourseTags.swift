// MARK: - Course tags

/// A taxonomy tag on a course: its route or one of its skills, with why it was given.
public struct CourseTag: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable { case route, skill }
    /// Where the tag came from.
    public enum Source: String, Codable, Sendable {
        /// The provider declared it in its feed.
        case declared
        /// Classified from the course's text against the taxonomy.
        case classified
        /// Found in the course's text by skill extraction.
        case extracted
    }

    public var kind: Kind
    /// The route slug or the skill id.
    public var value: String
    /// The route's name or the skill's label.
    public var label: String
    public var source: Source
    /// 0…1.
    public var confidence: Double
    /// Why, in words (e.g. "the text says \"CNC machining\" (alias of CNC programming)").
    public var reason: String

    public init(kind: Kind, value: String, label: String, source: Source, confidence: Double, reason: String) {
        self.kind = kind
        self.value = value
        self.label = label
        self.source = source
        self.confidence = confidence
        self.reason = reason
    }
}

/// A course's tags and what they were computed from, so that they are recomputed only when the
/// course text or the taxonomy changes.
public struct CourseTagging: Codable, Sendable, Hashable {
    public var courseID: Int64
    /// The taxonomy version (manifest hash) the tags were made with.
    public var taxonomyVersion: String
    /// A hash of the course text the tags were made from.
    public var textHash: String
    public var tags: [CourseTag]

    public init(courseID: Int64, taxonomyVersion: String, textHash: String, tags: [CourseTag]) {
        self.courseID = courseID
        self.taxonomyVersion = taxonomyVersion
        self.textHash = textHash
        self.tags = tags
    }
}

/// A course with what its stored tags were made from (nil when it has never been tagged).
public struct CourseForTagging: Sendable {
    public var id: Int64
    public var course: Course
    public var taxonomyVersion: String?
    public var textHash: String?

    public init(id: Int64, course: Course, taxonomyVersion: String?, textHash: String?) {
        self.id = id
        self.course = course
        self.taxonomyVersion = taxonomyVersion
        self.textHash = textHash
    }
}

/// A course as a skill or route lists it.
public struct TaggedCourseRef: Codable, Sendable, Hashable {
    public var id: Int64
    public var title: String
    public var provider: String
    public var confidence: Double

    public init(id: Int64, title: String, provider: String, confidence: Double) {
        self.id = id
        self.title = title
        self.provider = provider
        self.confidence = confidence
    }
}

// MARK: - Tag storage port

/// Storage for course tags. The Storage module implements it over SQLite.
public protocol CourseTagStore: Sendable {
    /// Every course with the version and text hash its tags were made from.
    func coursesForTagging() async throws -> [CourseForTagging]
    /// Replaces the tags of each given course, in one transaction.
    func saveCourseTags(_ taggings: [CourseTagging]) async throws
    /// A course's tags, routes first, then skills by confidence.
    func courseTags(courseID: Int64) async throws -> [CourseTag]
    /// Courses tagged with the skill or route, most confident first.
    func courses(taggedWith kind: CourseTag.Kind, value: String, limit: Int) async throws -> [TaggedCourseRef]
    /// How many courses carry each route tag, by route slug.
    func courseCountsByRoute() async throws -> [String: Int]
}
