public import ArgumentParser
public import Domain
import Storage
import Foundation

// MARK: - courses search / show

extension Skillway {
    /// `skillway courses`: search the catalogue and show a course.
    struct Courses: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Search and show courses.", subcommands: [Search.self, Show.self])

        struct Search: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Search courses by keywords and filters.")

            @Argument(help: "Keywords (title counts more than description). Omit to list by filter alone.")
            var text: String?

            @Option(help: "IfATE route id, e.g. digital (repeatable).") var route: [Route] = []
            @Option(help: "Lowest level: entry or 1–8.") var minLevel: Level?
            @Option(help: "Highest level: entry or 1–8.") var maxLevel: Level?
            @Option(help: "classroom, online, blended or work-based (repeatable).") var delivery: [DeliveryMode] = []
            @Option(help: "full-time, part-time, flexible (repeatable).") var studyMode: [StudyMode] = []
            @Option(help: "bromsgrove, malvern-hills, redditch, worcester, wychavon, wyre-forest, outside-county (repeatable).")
            var district: [District] = []
            @Option(help: "Earliest start date, yyyy-MM-dd.") var startFrom: String?
            @Option(help: "Latest start date, yyyy-MM-dd.") var startTo: String?
            @Option(help: "Highest cost in pounds.") var maxCost: Double?
            @Option(help: "Provider id (repeatable).") var provider: [ProviderID] = []
            @Flag(help: "Only courses that are free or funded for some learners.") var fundedOnly = false
            @Option(help: "relevance or start.") var sort: CourseSearchQuery.Sort = .relevance
            @Option(help: "Results per page (1–100).") var limit = 20
            @Option(help: "Results to skip.") var offset = 0
            @Flag(help: "Print JSON.") var json = false
            @OptionGroup var database: DatabaseOptions

            func validate() throws {
                for date in [startFrom, startTo].compactMap({ $0 }) where !Self.isDate(date) {
                    throw ValidationError("\(date) is not a date in the form yyyy-MM-dd.")
                }
                guard (1...CourseSearchQuery.maxLimit).contains(limit) else { throw ValidationError("--limit must be from 1 to \(CourseSearchQuery.maxLimit).") }
                guard offset >= 0 else { throw ValidationError("--offset cannot be negative.") }
                if let maxCost, maxCost < 0 { throw ValidationError("--max-cost cannot be negative.") }
            }

            static func isDate(_ text: String) -> Bool { text.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil }

            func run() async throws {
                let store = try database.open()
                let query = CourseSearchQuery(
                    text: text, routes: route, minLevel: minLevel, maxLevel: maxLevel, deliveryModes: delivery, studyModes: studyMode,
                    districts: district, startFrom: startFrom, startTo: startTo, maxCostPence: maxCost.map { Int(($0 * 100).rounded()) },
                    providers: provider, fundedOnly: fundedOnly, sort: sort, limit: limit, offset: offset, today: todayISO())
                let page = try await store.searchCourses(query)
                if json { return try printJSON(page) }
                if page.results.isEmpty {
                    print("No courses match.")
                    return
                }
                let shown = "\(page.offset + 1)–\(page.offset + page.results.count) of \(page.total)"
                print("\(shown) courses\(page.matchedAnyKeyword ? " (no course had every word; showing those with any)" : "")")
                for course in page.results {
                    let level = course.level.map { " · \($0)" } ?? ""
                    let start = course.nextStart.map { " · starts \($0)" } ?? (course.flexibleStart ? " · flexible start" : "")
                    let cost = course.minCostPence.map { $0 == 0 ? " · free" : String(format: " · from £%.2f", Double($0) / 100) } ?? ""
                    let modes = course.deliveryModes.map(\.rawValue).joined(separator: "/")
                    print("[\(course.id)] \(course.title)\(level)")
                    print("      \(course.provider.name) · \(modes)\(start)\(cost)\(course.funded ? " · funding available" : "")")
                }
            }
        }

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show one course with all its runs.")

            @Argument(help: "The course id (from a search).") var id: Int64
            @Flag(help: "Print JSON.") var json = false
            @OptionGroup var database: DatabaseOptions

            func run() async throws {
                let store = try database.open()
                guard let stored = try await store.course(id: id) else {
                    printError("There is no course \(id).")
                    throw ExitCode(1)
                }
                if json { return try printJSON(stored) }
                let course = stored.course
                print("\(course.title)  [\(stored.id)]")
                print("Provider: \(stored.provider.name) (\(stored.provider.id))")
                if let level = course.level { print("Level: \(level)") }
                if let route = course.route { print("Route: \(route.name)") }
                if let qualification = course.qualification {
                    print("Qualification: " + [qualification.title, qualification.reference, qualification.awardingBody].compactMap { $0 }.joined(separator: " · "))
                }
                if let url = course.url { print("Web: \(url)") }
                for (label, text) in [("Summary", course.summary), ("Description", course.description), ("What you will learn", course.whatYouWillLearn),
                                      ("Aims", course.objective), ("Entry requirements", course.entryRequirements), ("How assessed", course.howAssessed), ("Where next", course.whereNext),
                                      ("Funding", course.fundingNotes)] {
                    if let text { print("\n\(label):\n\(text)") }
                }
                print("\nRuns (\(course.runs.count)):")
                for run in course.runs {
                    let start = run.flexibleStart ? "flexible start" : (run.start?.iso ?? run.start?.text ?? "start not given")
                    let modes = [run.deliveryMode.value?.rawValue, run.studyMode.value?.rawValue, run.attendancePattern.value?.rawValue].compactMap { $0 }
                    let place = run.venue.map { venue in
                        [venue.name, venue.address.town, venue.address.postcode, venue.district?.name].compactMap { $0 }.joined(separator: ", ")
                    } ?? "no venue"
                    print("  - \(start) · \(modes.joined(separator: ", ")) · \(run.cost?.text ?? "cost not given") · \(place)")
                }
            }
        }
    }
}

extension Route: ExpressibleByArgument {
    public init?(argument: String) { self.init(matching: argument) }
}

extension Level: ExpressibleByArgument {
    public init?(argument: String) { self.init(code: argument) }
}

extension DeliveryMode: ExpressibleByArgument {}
extension StudyMode: ExpressibleByArgument {}
extension District: ExpressibleByArgument {}
extension CourseSearchQuery.Sort: ExpressibleByArgument {}
