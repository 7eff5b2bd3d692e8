// MARK: - Delivery, study and attendance vocabularies

/// How a course run is delivered, as learners search for it.
public enum DeliveryMode: String, CaseIterable, Codable, Sendable {
    case classroom
    case online
    case blended
    case workBased = "work-based"
}

/// Full time, part time or flexible (XCRI-CAP studyMode; DfE STUDY_MODE).
public enum StudyMode: String, CaseIterable, Codable, Sendable {
    case fullTime = "full-time"
    case partTime = "part-time"
    case flexible
    /// Part of a full-time programme (XCRI-CAP PF).
    case partOfFullTime = "part-of-full-time"
}

/// Where attendance happens (XCRI-CAP attendanceMode).
public enum AttendanceMode: String, CaseIterable, Codable, Sendable {
    case campus
    case distanceWithAttendance = "distance-with-attendance"
    case distance
    case faceToFaceNonCampus = "face-to-face-non-campus"
    case mixed
    case online
    case workBased = "work-based"

    /// The delivery mode learners search by.
    public var deliveryMode: DeliveryMode {
        switch self {
        case .campus, .faceToFaceNonCampus: .classroom
        case .distanceWithAttendance, .mixed: .blended
        case .distance, .online: .online
        case .workBased: .workBased
        }
    }
}

/// When attendance happens (XCRI-CAP attendancePattern; DfE ATTENDANCE_PATTERN).
public enum AttendancePattern: String, CaseIterable, Codable, Sendable {
    case daytime
    case evening
    case twilight
    case dayBlockRelease = "day-block-release"
    case weekend
    case customised
}

// MARK: - Coded values

/// A controlled-vocabulary value as the feed gave it and as Skillway understood it.
///
/// `raw` keeps the feed's own words or code; `value` is the normalised term (nil when the feed gave
/// something unrecognisable); `defaulted` is true when the feed said nothing and `value` is the
/// XCRI-CAP specification's default.
public struct Coded<Value: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
    public var raw: String?
    public var value: Value?
    public var defaulted: Bool

    public init(raw: String?, value: Value?, defaulted: Bool = false) {
        self.raw = raw
        self.value = value
        self.defaulted = defaulted
    }

    /// A value the feed did not give, standing in as the specification's default.
    public static func defaulted(_ value: Value) -> Coded { Coded(raw: nil, value: value, defaulted: true) }
}
