import Domain
import Foundation
import HTTPAPI
import Hummingbird
import Logging
import Storage
import Synchronization

// MARK: - Helpers for the diagnostic tests

/// A clock tests move by hand: no sleeping.
final class WallClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date) { current = Mutex(start) }

    var now: Date { current.withLock { $0 } }

    func advance(days: Double) { current.withLock { $0 = $0.addingTimeInterval(days * 86_400) } }
}

/// A test configuration whose clock is `clock` (tokens of `AccountsFixture` last 30 days from now).
func testConfiguration(clock: WallClock) -> AppConfiguration {
    var configuration = testConfiguration()
    configuration.now = { clock.now }
    return configuration
}

/// Realistic learner profiles, written by the team.
enum Profiles {
    /// A care assistant aiming at nursing, with personal details that must never be stored.
    static let careAssistant = """
        My name is Priya Zelinski and I have worked at Oakbrook Meadows care home in Kidderminster for six years as a care assistant. \
        I support residents with personal care, medication rounds and moving and handling, keep care plans up to date, \
        and I train new starters. I would like to become a senior carer or team leader in adult care.
        """
    /// Words of `careAssistant` that identify the learner and appear in no taxonomy label.
    static let personalWords = ["Priya", "Zelinski", "Oakbrook", "Meadows", "Kidderminster"]

    static func body(_ text: String, extra: String = "") -> String {
        let encoded = String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
        return #"{"text":\#(encoded)\#(extra)}"#
    }
}

/// A feed of one provider with an adult-care course.
func careFeed(provider: String = "Malvern Digital") -> String {
    """
    <catalog xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:mlo="http://purl.org/net/mlo">
    <provider><dc:title>\(provider)</dc:title>
     <course><dc:identifier>MD-CARE-3</dc:identifier><dc:title>Lead Adult Care Worker Level 3 Diploma</dc:title>
       <dc:description>For care workers moving into senior and team leader roles in adult social care: safeguarding adults, \
    person-centred care planning, medication management, duty of care, leading a shift and supervising colleagues.</dc:description>
       <presentation><dc:identifier>MD-CARE-3-A</dc:identifier><mlo:start dtf="2027-09-01">1 September 2027</mlo:start><attendanceMode identifier="ON"/><mlo:cost>Free</mlo:cost></presentation></course>
    </provider></catalog>
    """
}

/// A log handler that keeps every message and metadata value, to check what gets logged.
struct CapturingLogHandler: LogHandler {
    let lines: LogLines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        lines.append("\(event.message) " + all.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " "))
    }
}

/// The captured lines.
final class LogLines: Sendable {
    private let storage = Mutex<[String]>([])
    func append(_ line: String) { storage.withLock { $0.append(line) } }
    var all: [String] { storage.withLock { $0 } }
}

// MARK: - One engine for tests that need no courses

/// A career engine over an empty catalogue, built once for the tests that do not look at courses
/// (building one takes seconds of CPU in a debug build, which starves timing tests running alongside).
let sharedEmptyCatalogueEngine = CareerEngine(catalogue: StaticCourseSource(courses: []))

/// The application over `database` with the shared engine.
func diagnosticApp(
    configuration: AppConfiguration, database: AppDatabase, logger: Logger = Logger(label: "skillway")
) throws -> some ApplicationProtocol {
    var services = AppServices(database: database)
    services.careers = sharedEmptyCatalogueEngine
    return try buildApplication(configuration: configuration, services: services, logger: logger)
}
