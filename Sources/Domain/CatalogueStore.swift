// MARK: - Catalogue storage port

/// Storage for the course catalogue. The Storage module implements it over SQLite; importers and the
/// API use only this protocol.
public protocol CatalogueStore: Sendable {
    /// All providers with the size of their provision, by name.
    func providers() async throws -> [ProviderSummary]
    /// One provider, or nil.
    func provider(id: ProviderID) async throws -> Provider?
    /// Creates the provider, or updates its name, UKPRN, website and address where given.
    func saveProvider(_ provider: Provider) async throws
    /// One course with its runs, or nil.
    func course(id: Int64) async throws -> CatalogueCourse?
    /// Searches the catalogue.
    func searchCourses(_ query: CourseSearchQuery) async throws -> CourseSearchPage
    /// True when no provider has any course.
    func isCatalogueEmpty() async throws -> Bool

    /// Runs `body` in one write transaction over `provider`'s provision. The body returns its result
    /// and whether to commit; when it returns `commit: false` or throws, nothing it wrote is kept.
    /// The provider is created (named after its id) if it does not exist yet.
    func withProvision<T: Sendable>(
        of provider: ProviderID,
        _ body: @escaping @Sendable (any ProvisionWriter) throws -> (result: T, commit: Bool)
    ) async throws -> T
}

/// Writes one provider's provision inside the transaction `CatalogueStore.withProvision` opened.
/// Not `Sendable`: use it only inside that body.
public protocol ProvisionWriter {
    /// The provider as stored when the transaction began.
    var provider: Provider { get }
    /// Merges what a feed says about its provider into the stored provider.
    func updateProvider(_ details: ProviderDetails) throws
    /// The provider's stored venues (from its venue file).
    func venues() throws -> [Venue]
    /// Replaces the provider's venues; returns what changed.
    func replaceVenues(_ venues: [Venue]) throws -> ChangeCounts
    /// Stores a course (matched on `sourceID`), returning what changed for the course and its runs.
    func put(_ course: Course) throws -> (course: ChangeKind, runs: ChangeCounts)
    /// How producing threads prepare courses for `put(prepared:)` (payloads and index text computed
    /// off the storing thread). Defaults to `.none`.
    var preparation: CoursePreparation { get }
    /// Stores a course made by one of `preparation`'s preparers; same result as `put(prepared.course)`.
    func put(prepared: any PreparedCourse) throws -> (course: ChangeKind, runs: ChangeCounts)
    /// Removes the provider's courses that were not `put` in this transaction; returns the counts of
    /// removed courses and runs.
    func removeCoursesNotPut() throws -> (courses: Int, runs: Int)
}

/// What happened to one record.
public enum ChangeKind: String, Sendable, Codable {
    case created, updated, unchanged
}
