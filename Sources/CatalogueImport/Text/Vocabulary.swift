import Domain
import Foundation

// MARK: - Controlled vocabularies

/// Maps the codes and words feeds use for study mode, attendance mode, attendance pattern and delivery
/// mode onto Skillway's terms: XCRI-CAP 1.2 codes, XCRI-CAP 1.1 labels, DfE template words and their
/// aliases, the open-data export's numbers, and legacy words seen in real feeds.
enum Vocabulary {
    private static func key(_ text: String) -> String {
        // ASCII (the usual case) on bytes: lower-cased letters and digits, no Character walk.
        var text = text
        if let ascii = text.withUTF8({ bytes -> String? in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            for byte in bytes {
                switch byte {
                case 0x30...0x39, 0x61...0x7A: output.append(byte)
                case 0x41...0x5A: output.append(byte | 0x20)
                case 0x80...: return nil
                default: continue
                }
            }
            return String(decoding: output, as: UTF8.self)
        }) {
            return ascii
        }
        return text.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    private static let studyModes: [String: StudyMode] = [
        "ft": .fullTime, "fulltime": .fullTime, "full": .fullTime, "sandwich": .fullTime, "fulltimeday": .fullTime,
        "pt": .partTime, "parttime": .partTime, "part": .partTime, "parttimeday": .partTime, "parttimeevening": .partTime,
        "parttimeday/evening": .partTime, "parttimedayandevening": .partTime, "parttimeblockrelease": .partTime,
        "fl": .flexible, "flexible": .flexible, "selfstudy": .flexible, "selfpaced": .flexible, "distance": .flexible,
        "pf": .partOfFullTime, "partofafulltimeprogramme": .partOfFullTime, "partoffulltimeprogramme": .partOfFullTime,
        "1": .fullTime, "2": .partTime, "3": .flexible,
    ]

    private static let attendanceModes: [String: AttendanceMode] = [
        "cm": .campus, "campus": .campus, "classroom": .campus, "classroombased": .campus, "facetoface": .campus,
        "attendance": .campus,
        "da": .distanceWithAttendance, "distancewithattendance": .distanceWithAttendance,
        "ds": .distance, "distancewithoutattendance": .distance, "distance": .distance, "distancelearning": .distance,
        "selfstudy": .distance, "correspondence": .distance,
        "nc": .faceToFaceNonCampus, "facetofacenoncampus": .faceToFaceNonCampus, "noncampus": .faceToFaceNonCampus,
        "community": .faceToFaceNonCampus,
        "mm": .mixed, "mixed": .mixed, "mixedmode": .mixed, "blended": .mixed, "blendedlearning": .mixed,
        "on": .online, "online": .online, "onlinenoattendance": .online, "elearning": .online, "virtual": .online,
        "wb": .workBased, "workbased": .workBased, "work": .workBased, "workplace": .workBased,
        "employer": .workBased, "onthejob": .workBased,
    ]

    private static let attendancePatterns: [String: AttendancePattern] = [
        "dt": .daytime, "daytime": .daytime, "day": .daytime, "days": .daytime,
        "ev": .evening, "evening": .evening, "evenings": .evening,
        "tw": .twilight, "twilight": .twilight,
        "dr": .dayBlockRelease, "dayblockrelease": .dayBlockRelease, "blockrelease": .dayBlockRelease,
        "dayrelease": .dayBlockRelease, "block": .dayBlockRelease,
        "we": .weekend, "weekend": .weekend, "weekends": .weekend,
        "cs": .customised, "customised": .customised, "customized": .customised, "short": .customised,
        "flexible": .customised,
        "1": .daytime, "2": .evening, "3": .weekend, "4": .dayBlockRelease,
    ]

    private static let deliveryModes: [String: DeliveryMode] = [
        "classroom": .classroom, "classroombased": .classroom, "classroomed": .classroom, "campus": .classroom,
        "facetoface": .classroom,
        "online": .online, "distance": .online, "distancelearning": .online, "elearning": .online,
        "blended": .blended, "blendedlearning": .blended, "mixed": .blended,
        "workbased": .workBased, "work": .workBased, "workplace": .workBased,
        "1": .classroom, "2": .online, "3": .workBased, "4": .blended,
    ]

    private static let unknownWords: Set<String> = ["nk", "unk", "unknown", "notknown", "na", "notapplicable"]

    /// True when the word means "not known".
    static func isUnknown(_ text: String) -> Bool { unknownWords.contains(key(text)) }

    static func studyMode(_ text: String) -> StudyMode? {
        let k = key(text)
        if let mode = studyModes[k] { return mode }
        if k.hasPrefix("parttime") { return .partTime }
        if k.hasPrefix("fulltime") { return .fullTime }
        return nil
    }

    static func attendanceMode(_ text: String) -> AttendanceMode? { attendanceModes[key(text)] }

    static func attendancePattern(_ text: String) -> AttendancePattern? {
        let k = key(text)
        if let pattern = attendancePatterns[k] { return pattern }
        if k.contains("evening") { return .evening }
        if k.contains("weekend") { return .weekend }
        if k.contains("release") { return .dayBlockRelease }
        if k.contains("day") { return .daytime }
        return nil
    }

    static func deliveryMode(_ text: String) -> DeliveryMode? { deliveryModes[key(text)] }

    /// Parses "yes"/"no" and their spellings; empty is nil.
    static func yesNo(_ text: String) -> Bool? {
        switch key(text) {
        case "yes", "y", "true", "1": true
        case "no", "n", "false", "0": false
        default: nil
        }
    }
}
