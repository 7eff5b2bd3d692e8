import Domain

// MARK: - Course rows computed off the storing thread

/// What `GRDBProvisionWriter` stores for a course, computed from the course alone: its payload
/// (runs written as `[]`), each run's payload and venue district in order, and its search-index text. Made on the
/// thread that produced the course, so the storing thread only binds and steps.
///
/// A class, so the storing thread takes it out of the handoff's `any PreparedCourse` as one
/// reference instead of copying (retaining and releasing) each of its fields.
final class PreparedCourseRows: PreparedCourse {
    let course: Course
    /// The payload's UTF-8 bytes (bound as text; no `String` is made for it).
    let payload: [UInt8]
    let runPayloads: [[UInt8]]
    /// The `summary` column: the summary, else the description's first 240 characters.
    let summary: String?
    let searchText: CourseSearchText
    /// Each run's venue district (resolved from the venue's address or name), nil without a venue.
    let venueDistricts: [District?]
    /// Each run's `funded` column (`CourseRun.isFunded`, which searches the cost and funding text).
    let runFunded: [Bool]
    /// How many runs the course has (read by the importer's report without copying the course).
    let runCount: Int

    /// Computes the rows with `payloads` and `districts` (which the caller's thread owns).
    init(_ course: Course, payloads: CoursePayloadWriter, districts: VenueDistricts) {
        self.course = course
        payload = payloads.courseBytes(course, withRuns: false)
        runPayloads = course.runs.map { payloads.runBytes($0) }
        summary = course.summary ?? course.description.map { String($0.prefix(240)) }
        searchText = CourseSearchText(course)
        venueDistricts = course.runs.map { $0.venue.flatMap(districts.district(of:)) }
        runFunded = course.runs.map { $0.isFunded(courseFundingNotes: course.fundingNotes) }
        runCount = course.runs.count
    }
}

/// Prepares courses for the SQLite store; one per producing thread (it reuses one byte buffer).
final class CourseRowPreparer: CoursePreparer {
    private let payloads = CoursePayloadWriter()
    private let districts = VenueDistricts()
    /// The last courses prepared, still referenced here so that the producing thread, not the
    /// storing thread, frees each one (its strings, arrays and payload bytes) when its slot is
    /// reused: the storing thread is the busier one. Larger than any handoff queue, so a course
    /// has been stored long before its slot comes round again (if not, the storing thread frees
    /// it, as it would anyway). Twice the default handoff capacity of 64.
    private var recent: [(any PreparedCourse)?] = Array(repeating: nil, count: 128)
    private var nextSlot = 0

    func prepare(_ course: Course) -> any PreparedCourse {
        let prepared: any PreparedCourse = PreparedCourseRows(course, payloads: payloads, districts: districts)
        recent[nextSlot] = prepared
        nextSlot = (nextSlot + 1) % recent.count
        return prepared
    }

    /// The preparation `GRDBProvisionWriter` offers to producing threads.
    static let preparation = CoursePreparation { CourseRowPreparer() }
}

// MARK: - Venue districts

/// `Venue.district` with the districts of venues known only by name remembered by name: a feed
/// names the same few venues on run after run, and judging a district from a name searches every
/// district's place names. Used by one thread at a time.
final class VenueDistricts {
    private var byName: [String: District?] = [:]
    /// Names remembered at most, so memory stays bounded whatever the feed.
    private let limit = 4096

    /// The venue's district, as `venue.district` gives it.
    func district(of venue: Venue) -> District? {
        if let district = venue.address.district { return district }
        guard let name = venue.name else { return venue.district }
        if let known = byName[name] { return known }
        let district = venue.district
        if byName.count < limit { byName[name] = district }
        return district
    }
}
