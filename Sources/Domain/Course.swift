// MARK: - Course

/// One course as a provider publishes it: the descriptive record shared by all its runs.
///
/// Identity is the provider plus `sourceID` (never the title: distinct courses share titles).
public struct Course: Codable, Sendable, Hashable {
    /// The provider's own identifier for the course, or a stable key Skillway derived when it had none.
    public var sourceID: String
    public var title: String
    /// A short summary (XCRI abstract; DfE "who this course is for").
    public var summary: String?
    public var description: String?
    public var whatYouWillLearn: String?
    public var howYouWillLearn: String?
    public var entryRequirements: String?
    public var whatYouWillNeedToBring: String?
    public var howAssessed: String?
    public var whereNext: String?
    /// The course's stated aims (XCRI objective).
    public var objective: String?
    public var qualification: Qualification?
    public var level: Level?
    public var subjects: [Subject]
    /// The IfATE route the provider declared, when it declared one.
    public var route: Route?
    /// The kind of course when the feed says (e.g. "Skills Bootcamp", "Apprenticeship").
    public var courseType: String?
    public var url: String?
    /// Funding notes that apply to every run (XCRI funding description).
    public var fundingNotes: String?
    public var runs: [CourseRun]

    public init(
        sourceID: String, title: String, summary: String? = nil, description: String? = nil,
        whatYouWillLearn: String? = nil, howYouWillLearn: String? = nil, entryRequirements: String? = nil,
        whatYouWillNeedToBring: String? = nil, howAssessed: String? = nil, whereNext: String? = nil,
        objective: String? = nil, qualification: Qualification? = nil, level: Level? = nil,
        subjects: [Subject] = [], route: Route? = nil, courseType: String? = nil, url: String? = nil,
        fundingNotes: String? = nil, runs: [CourseRun] = []
    ) {
        self.sourceID = sourceID
        self.title = title
        self.summary = summary
        self.description = description
        self.whatYouWillLearn = whatYouWillLearn
        self.howYouWillLearn = howYouWillLearn
        self.entryRequirements = entryRequirements
        self.whatYouWillNeedToBring = whatYouWillNeedToBring
        self.howAssessed = howAssessed
        self.whereNext = whereNext
        self.objective = objective
        self.qualification = qualification
        self.level = level
        self.subjects = subjects
        self.route = route
        self.courseType = courseType
        self.url = url
        self.fundingNotes = fundingNotes
        self.runs = runs
    }
}

// MARK: - Qualification and subjects

/// The qualification a course leads to.
public struct Qualification: Codable, Sendable, Hashable {
    public var title: String?
    /// LARS learning aim reference or Ofqual QAN without slashes (8 characters), when given.
    public var reference: String?
    /// The qualification type, e.g. "Diploma", "BSc (Hons)", "Apprenticeship standard".
    public var type: String?
    public var awardingBody: String?
    /// The level as the feed worded it (e.g. "Level 3", "Postgraduate").
    public var levelText: String?

    public init(title: String? = nil, reference: String? = nil, type: String? = nil, awardingBody: String? = nil, levelText: String? = nil) {
        self.title = title
        self.reference = reference
        self.type = type
        self.awardingBody = awardingBody
        self.levelText = levelText
    }
}

/// A subject keyword or classification code (e.g. JACS3 N200 "Management studies").
public struct Subject: Codable, Sendable, Hashable {
    public var label: String
    public var code: String?
    /// The coding scheme's name (e.g. "JACS3", "LDCS3"), when the feed typed it.
    public var scheme: String?

    public init(label: String, code: String? = nil, scheme: String? = nil) {
        self.label = label
        self.code = code
        self.scheme = scheme
    }
}

// MARK: - Runs

/// One run (XCRI presentation; DfE course run) of a course: when, where, how and at what cost.
public struct CourseRun: Codable, Sendable, Hashable {
    /// The provider's identifier for the run, or a stable key derived from course, start, venue and mode.
    public var sourceID: String
    /// The run's own title when it differs from the course's.
    public var title: String?
    public var start: PartialDate?
    public var end: PartialDate?
    public var flexibleStart: Bool
    public var duration: Duration?
    public var studyMode: Coded<StudyMode>
    public var attendanceMode: Coded<AttendanceMode>
    public var attendancePattern: Coded<AttendancePattern>
    public var deliveryMode: Coded<DeliveryMode>
    public var cost: Cost?
    public var fundingNotes: String?
    public var venue: Venue?
    public var applyURL: String?
    public var places: Int?
    /// Work-based runs offered anywhere in England (DfE NATIONAL_DELIVERY).
    public var nationalDelivery: Bool
    /// Sub-regions a work-based run is offered in (DfE SUB_REGION).
    public var subRegions: [String]

    public init(
        sourceID: String, title: String? = nil, start: PartialDate? = nil, end: PartialDate? = nil,
        flexibleStart: Bool = false, duration: Duration? = nil,
        studyMode: Coded<StudyMode> = .init(raw: nil, value: nil),
        attendanceMode: Coded<AttendanceMode> = .init(raw: nil, value: nil),
        attendancePattern: Coded<AttendancePattern> = .init(raw: nil, value: nil),
        deliveryMode: Coded<DeliveryMode> = .init(raw: nil, value: nil), cost: Cost? = nil,
        fundingNotes: String? = nil, venue: Venue? = nil, applyURL: String? = nil, places: Int? = nil,
        nationalDelivery: Bool = false, subRegions: [String] = []
    ) {
        self.sourceID = sourceID
        self.title = title
        self.start = start
        self.end = end
        self.flexibleStart = flexibleStart
        self.duration = duration
        self.studyMode = studyMode
        self.attendanceMode = attendanceMode
        self.attendancePattern = attendancePattern
        self.deliveryMode = deliveryMode
        self.cost = cost
        self.fundingNotes = fundingNotes
        self.venue = venue
        self.applyURL = applyURL
        self.places = places
        self.nationalDelivery = nationalDelivery
        self.subRegions = subRegions
    }
}

// MARK: - Dates, durations, costs

/// A date known to year, month or day precision, with the feed's original text.
///
/// `iso` is `yyyy`, `yyyy-MM` or `yyyy-MM-dd`; it sorts correctly as text.
public struct PartialDate: Codable, Sendable, Hashable {
    public enum Precision: String, Codable, Sendable { case year, month, day }

    public var iso: String?
    public var precision: Precision?
    /// The text the feed gave (e.g. "September 2027", "As soon as enough students have enrolled").
    public var text: String?

    public init(iso: String?, precision: Precision?, text: String? = nil) {
        self.iso = iso
        self.precision = precision
        self.text = text
    }

    /// The first day the date can mean, `yyyy-MM-dd`, for filtering and sorting.
    public var earliestDay: String? {
        guard let iso else { return nil }
        switch precision {
        case .year: return iso + "-01-01"
        case .month: return iso + "-01"
        default: return iso
        }
    }
}

/// How long a run lasts.
public struct Duration: Codable, Sendable, Hashable {
    public enum Unit: String, Codable, Sendable, CaseIterable { case minutes, hours, days, weeks, months, years }

    public var value: Int?
    public var unit: Unit?
    /// ISO 8601 duration (e.g. `P12W`) when given or derivable.
    public var iso: String?
    public var text: String?

    public init(value: Int? = nil, unit: Unit? = nil, iso: String? = nil, text: String? = nil) {
        self.value = value
        self.unit = unit
        self.iso = iso
        self.text = text
    }
}

/// What a run costs: an amount when the feed states one unambiguously, and the feed's words.
public struct Cost: Codable, Sendable, Hashable {
    /// Pounds sterling in pence.
    public var amountPence: Int?
    public var text: String?

    public init(amountPence: Int?, text: String?) {
        self.amountPence = amountPence
        self.text = text
    }
}

// MARK: - Places

/// A postal address, with the Worcestershire district it lies in when the postcode or town tells.
public struct Address: Codable, Sendable, Hashable {
    public var lines: [String]
    public var town: String?
    public var county: String?
    public var postcode: String?
    public var district: District?

    public init(lines: [String] = [], town: String? = nil, county: String? = nil, postcode: String? = nil, district: District? = nil) {
        self.lines = lines
        self.town = town
        self.county = county
        self.postcode = postcode
        self.district = district ?? District.resolve(postcode: postcode, town: town, otherText: lines)
    }

    /// True when nothing is known.
    public var isEmpty: Bool { lines.isEmpty && town == nil && county == nil && postcode == nil }

    private enum CodingKeys: String, CodingKey { case lines, town, county, postcode, district }

    /// Decodes an address, resolving the district from the postcode or town when it is not given.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            lines: try container.decodeIfPresent([String].self, forKey: .lines) ?? [],
            town: try container.decodeIfPresent(String.self, forKey: .town),
            county: try container.decodeIfPresent(String.self, forKey: .county),
            postcode: try container.decodeIfPresent(String.self, forKey: .postcode),
            district: try container.decodeIfPresent(District.self, forKey: .district))
    }
}

/// Where a run takes place.
public struct Venue: Codable, Sendable, Hashable {
    /// The provider's reference for the venue (DfE YOUR_VENUE_REFERENCE; XCRI venue identifier).
    public var reference: String?
    public var name: String?
    public var address: Address
    public var email: String?
    public var phone: String?
    public var website: String?
    /// True when the feed named no venue and this is the provider's own address.
    public var isProviderAddress: Bool

    public init(
        reference: String? = nil, name: String? = nil, address: Address = Address(), email: String? = nil,
        phone: String? = nil, website: String? = nil, isProviderAddress: Bool = false
    ) {
        self.reference = reference
        self.name = name
        self.address = address
        self.email = email
        self.phone = phone
        self.website = website
        self.isProviderAddress = isProviderAddress
    }

    /// The district, resolved from the address or, failing that, from the venue's name.
    public var district: District? {
        address.district ?? District.resolve(postcode: nil, town: nil, otherText: [name].compactMap { $0 })
    }
}
