// MARK: - Search query

/// A catalogue search: keywords plus filters, paging and sort order.
///
/// Run filters (delivery, study mode, district, start window, cost, funding) must all hold for the
/// same run of a course.
public struct CourseSearchQuery: Sendable, Hashable {
    public enum Sort: String, Sendable, CaseIterable, Codable {
        /// Best keyword match first (title counts more than description); by title without keywords.
        case relevance
        /// Soonest next start first; flexible-start runs count as starting now.
        case startDate = "start"
    }

    public var text: String?
    public var routes: [Route]
    public var minLevel: Level?
    public var maxLevel: Level?
    public var deliveryModes: [DeliveryMode]
    public var studyModes: [StudyMode]
    public var districts: [District]
    /// Earliest start date (`yyyy-MM-dd`), inclusive.
    public var startFrom: String?
    /// Latest start date (`yyyy-MM-dd`), inclusive.
    public var startTo: String?
    public var maxCostPence: Int?
    public var providers: [ProviderID]
    public var fundedOnly: Bool
    public var sort: Sort
    public var limit: Int
    public var offset: Int
    /// Today's date (`yyyy-MM-dd`) for "next start"; runs that started earlier are not next.
    public var today: String?

    /// The largest page a search returns.
    public static let maxLimit = 100

    public init(
        text: String? = nil, routes: [Route] = [], minLevel: Level? = nil, maxLevel: Level? = nil,
        deliveryModes: [DeliveryMode] = [], studyModes: [StudyMode] = [], districts: [District] = [],
        startFrom: String? = nil, startTo: String? = nil, maxCostPence: Int? = nil, providers: [ProviderID] = [],
        fundedOnly: Bool = false, sort: Sort = .relevance, limit: Int = 20, offset: Int = 0, today: String? = nil
    ) {
        self.text = text
        self.routes = routes
        self.minLevel = minLevel
        self.maxLevel = maxLevel
        self.deliveryModes = deliveryModes
        self.studyModes = studyModes
        self.districts = districts
        self.startFrom = startFrom
        self.startTo = startTo
        self.maxCostPence = maxCostPence
        self.providers = providers
        self.fundedOnly = fundedOnly
        self.sort = sort
        self.limit = limit
        self.offset = offset
        self.today = today
    }
}

// MARK: - Search results

/// A course as a search result lists it.
public struct CourseSummary: Codable, Sendable, Hashable {
    public var id: Int64
    public var title: String
    public var provider: ProviderRef
    public var summary: String?
    public var level: Level?
    public var route: Route?
    public var qualification: String?
    public var deliveryModes: [DeliveryMode]
    public var studyModes: [StudyMode]
    public var districts: [District]
    /// The next start date (`yyyy-MM-dd`) on or after today, if any run has one.
    public var nextStart: String?
    public var flexibleStart: Bool
    /// The lowest stated cost of any run, in pence.
    public var minCostPence: Int?
    public var funded: Bool
    public var runCount: Int
    /// Keyword relevance (higher is better); nil when the search had no keywords.
    public var score: Double?

    public init(
        id: Int64, title: String, provider: ProviderRef, summary: String?, level: Level?, route: Route?,
        qualification: String?, deliveryModes: [DeliveryMode], studyModes: [StudyMode], districts: [District],
        nextStart: String?, flexibleStart: Bool, minCostPence: Int?, funded: Bool, runCount: Int, score: Double?
    ) {
        self.id = id
        self.title = title
        self.provider = provider
        self.summary = summary
        self.level = level
        self.route = route
        self.qualification = qualification
        self.deliveryModes = deliveryModes
        self.studyModes = studyModes
        self.districts = districts
        self.nextStart = nextStart
        self.flexibleStart = flexibleStart
        self.minCostPence = minCostPence
        self.funded = funded
        self.runCount = runCount
        self.score = score
    }
}

/// A provider's id and name, as courses refer to it.
public struct ProviderRef: Codable, Sendable, Hashable {
    public var id: ProviderID
    public var name: String

    public init(id: ProviderID, name: String) {
        self.id = id
        self.name = name
    }
}

/// One page of search results.
public struct CourseSearchPage: Codable, Sendable, Hashable {
    /// Courses matching the query in all.
    public var total: Int
    public var limit: Int
    public var offset: Int
    /// True when no course had every keyword and the results match any of them instead.
    public var matchedAnyKeyword: Bool
    public var results: [CourseSummary]

    public init(total: Int, limit: Int, offset: Int, matchedAnyKeyword: Bool, results: [CourseSummary]) {
        self.total = total
        self.limit = limit
        self.offset = offset
        self.matchedAnyKeyword = matchedAnyKeyword
        self.results = results
    }
}

/// A stored course with its Skillway id and provider.
public struct CatalogueCourse: Codable, Sendable, Hashable {
    public var id: Int64
    public var provider: ProviderRef
    public var course: Course
    /// When the course last changed (ISO 8601).
    public var updatedAt: String

    public init(id: Int64, provider: ProviderRef, course: Course, updatedAt: String) {
        self.id = id
        self.provider = provider
        self.course = course
        self.updatedAt = updatedAt
    }
}
