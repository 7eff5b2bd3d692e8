import Careers
import Domain
import Foundation
import Storage
import Taxonomy
import Testing

@testable import HTTPAPI

// MARK: - The diagnostic's direct JSON writer

@Suite("Diagnostic JSON writer")
struct DiagnosticJSONWriterTests {
    static let provider = ProviderRef(id: ProviderID(rawValue: "kidderminster-college")!, name: "Kidderminster \"K\" College")

    /// Three courses with runs of different kinds, tagged by the real course tagger.
    static func courses() -> [TaggedCourse] {
        let runs = [
            CourseRun(
                sourceID: "r1", start: PartialDate(iso: "2027-01-11", precision: .day), flexibleStart: false,
                studyMode: .init(raw: "part-time", value: .partTime), deliveryMode: .init(raw: "online", value: .online),
                cost: Cost(amountPence: 45_000, text: "£450, or free\twith funding"), fundingNotes: "Adult skills fund", venue: nil),
            CourseRun(
                sourceID: "r2", start: nil, flexibleStart: true, studyMode: .init(raw: "full-time", value: .fullTime),
                deliveryMode: .init(raw: "classroom", value: .classroom), cost: nil, fundingNotes: nil,
                venue: Venue(name: "Kidderminster campus", address: Address(town: "Kidderminster", postcode: "DY10 1AB"))),
        ]
        let specs: [(String, String, Int, Route)] = [
            ("Warehouse and Storage Supervisor Level 3", "Stock control, team leading, health and safety, forklift operations and WMS.", 3, .transportAndLogistics),
            ("Lead Adult Care Worker Level 3", "Person-centred care planning, medication, safeguarding and leading a shift.", 3, .careServices),
            ("AAT Bookkeeping Level 2", "Invoices, payroll, VAT returns, Sage and bank reconciliations.", 2, .legalFinanceAndAccounting),
        ]
        return specs.enumerated().map { index, spec in
            let course = Course(
                sourceID: "c\(index)", title: spec.0, summary: spec.1, whatYouWillLearn: spec.1, level: Level(rank: spec.2), route: spec.3,
                runs: index == 1 ? [runs[1]] : runs)
            return TaggedCourse(entry: CatalogueCourse(id: Int64(index + 1), provider: provider, course: course, updatedAt: "2026-11-01"), tags: [])
        }
    }

    /// Real diagnostics of varied profiles, plus one with every optional set and awkward strings.
    static func diagnostics() async throws -> [Diagnostic] {
        let engine = try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses()))
        let today = CalendarDate(year: 2026, month: 12, day: 5)!
        var result: [Diagnostic] = []
        for profile in [
            LearnerProfile(text: "Forklift driver and warehouse operative for ten years, stock control on SAP.", currentTitle: "Warehouse operative"),
            LearnerProfile(
                text: "Care assistant for six years: personal care, medication rounds. I’d like to move into nursing.",
                constraints: LearnerConstraints(
                    districts: [.wyreForest], deliveryModes: [.online, .classroom], studyModes: [.partTime], maxCostPence: 60_000, fundedOnly: false,
                    minLevel: .entry, maxLevel: Level(rank: 4), startFrom: "2027-01-01", startTo: "2027-12-31", provider: provider.id)),
            LearnerProfile(text: "Bookkeeper: invoices, payroll, VAT returns in Sage.", targetOccupation: "ST0116"),
            LearnerProfile(text: "Hello, I live in Redditch."),
        ] {
            result.append(try engine.diagnose(profile, today: today))
        }
        var awkward = result[1]
        awkward.notices.append("Quotes \" and backslashes \\ and a tab\t, a newline\n, a bell \u{7}, / slashes, café, 漢字 and 🙂")
        awkward.providerScope = provider
        awkward.demandSignal.district = .redditch
        if var path = awkward.paths.first {
            path.score = -0.000_012_5
            path.occupation.routeName = nil
            path.courses = [CourseOption(
                id: 9_000_000_001, title: "A \"quoted\" title", provider: provider, level: nil, nextStart: nil, flexibleStart: true, deliveryMode: nil,
                studyMode: .fullTime, costPence: 0, costText: nil, funded: true, district: .outsideCounty, url: "https://example.org/a?b=c&d=/e",
                coversSkills: [], matchScore: 1e-7, why: Explanation(summary: "", matchedTerms: [], shared: ["x"], missing: []))]
            awkward.reskill = [path]
        }
        result.append(awkward)
        return result
    }

    @Test("Writes byte for byte what the streaming encoder writes, with and without the saved and consent parts")
    func sameBytesAsStreamingEncoder() async throws {
        let saved = DiagnosticWire.Saved(SavedDiagnostic(id: "abc\"def", report: Data(), savedAt: Date(timeIntervalSince1970: 1_800_000_000),
            expiresAt: Date(timeIntervalSince1970: 1_802_592_000)))
        var compared = 0
        for diagnostic in try await Self.diagnostics() {
            for response in [
                DiagnosticWire.Response(diagnostic: diagnostic, saved: nil, demandRecorded: nil),
                DiagnosticWire.Response(diagnostic: diagnostic, saved: saved, demandRecorded: true),
                DiagnosticWire.Response(diagnostic: diagnostic, saved: nil, demandRecorded: false),
            ] {
                let direct = try DiagnosticJSONWriter.bytes(response)
                let streamed = try StreamingJSONEncoder().encodeBytes(response)
                #expect(direct == streamed, "first difference at byte \(zip(direct, streamed).prefix { $0 == $1 }.count)")
                compared += 1
            }
        }
        #expect(compared == 15)
    }

    @Test("Its bytes decode to the same diagnostic as JSONEncoder's output")
    func decodesLikeJSONEncoder() async throws {
        for diagnostic in try await Self.diagnostics() {
            let direct = try DiagnosticJSONWriter.bytes(DiagnosticWire.Response(diagnostic: diagnostic, saved: nil, demandRecorded: nil))
            let fromWriter = try JSONDecoder().decode(Diagnostic.self, from: Data(direct))
            let fromFoundation = try JSONDecoder().decode(Diagnostic.self, from: try JSONEncoder().encode(diagnostic))
            #expect(fromWriter == fromFoundation)
            #expect(fromWriter == diagnostic)
        }
    }

    @Test("A number JSON cannot hold is refused, so the response falls back to the general encoder")
    func nonFiniteRefused() async throws {
        var diagnostic = try await Self.diagnostics()[0]
        diagnostic.currentOccupations = [OccupationGuess(
            occupation: OccupationRef(id: "ifate:ST0001", scheme: .ifate, code: "ST0001", title: "T", route: nil, routeName: nil, pathway: nil, level: 2),
            confidence: .nan, why: "")]
        #expect(throws: DiagnosticJSONWriter.NonFinite.self) {
            try DiagnosticJSONWriter.bytes(DiagnosticWire.Response(diagnostic: diagnostic, saved: nil, demandRecorded: nil))
        }
    }
}
