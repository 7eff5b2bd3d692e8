import Careers
import Domain
import Foundation
import Testing

// MARK: - Diagnostics unchanged by speed work

/// Varied profiles whose whole diagnostics (every field, sorted-key JSON) must stay byte for byte the
/// same across restructuring that is meant only to make the engine faster.
///
/// `DiagnosticGolden.digests` holds a digest of each diagnostic as the engine produced it before the
/// throughput work (generated on main at 2742337). When a change is *meant* to change diagnostics
/// (taxonomy, scoring), regenerate it: `SKILLWAY_PRINT_GOLDEN=1 swift test --filter DiagnosticStability`
/// prints the new table, and the actual JSON of every profile is written to a temporary folder on a
/// mismatch so the difference can be read.
@Suite("Diagnostic stability")
struct DiagnosticStabilityTests {
    static let profiles: [(name: String, json: String)] = [
        ("care-assistant", #"{"text":"I have worked as a care assistant in a residential home in Kidderminster for six years. I support residents with personal care, medication rounds and moving and handling, keep care plans up to date and train new starters. I would like to move into nursing or a supervisory role.","currentTitle":"Care assistant","aspiration":"nursing associate","constraints":{"districts":["wyre-forest","worcester"]}}"#),
        ("school-leaver", #"{"text":"Left school with GCSEs in maths and English. Part-time job at a supermarket on the tills and stacking shelves, good with customers. I like computers and built my own PC, did some Python at school. Want to get into IT support or coding.","aspiration":"software developer"}"#),
        ("warehouse-online", #"{"text":"Fifteen years as a forklift driver and warehouse operative, counterbalance and reach truck licences, stock control on SAP, health and safety rep. Back injury means I need less physical work, maybe office or logistics planning, part-time or online study.","currentTitle":"Warehouse operative","constraints":{"deliveryModes":["online"]}}"#),
        ("returner-bookkeeper", #"{"text":"Returning to work after raising three children. Before that I was a bookkeeper for a small building firm: invoices, payroll, VAT returns in Sage, bank reconciliations. Volunteer treasurer for the school PTA. Interested in accountancy qualifications."}"#),
        ("welder", #"{"text":"MIG and TIG welder, fabrication of steel frames, reading engineering drawings, some CNC machining. Level 2 NVQ in fabrication and welding. Looking to move up to a maintenance technician or engineering technician role.","currentTitle":"Welder fabricator","constraints":{"districts":["redditch","bromsgrove"]}}"#),
        ("chef-no-title", #"{"text":"Chef de partie in a busy hotel kitchen for 4 years, then sous chef. Menu planning, food safety level 3, ordering and stock rotation, managing a team of five. I’d like to run my own kitchen or move into food production management."}"#),
        ("typos-bullets", #"{"text":"• forklfit driver\n• stock controll and picking\n - warehose team leader for 2 years\n\n* excel spreadsheets, rotas","aspiration":"logistics"}"#),
        ("title-only", #"{"text":"","currentTitle":"Electrician"}"#),
        ("target-occupation", #"{"text":"Retail assistant, cash handling, customer service, visual merchandising and stock replenishment. Key holder.","targetOccupation":"ST0116","constraints":{"maxCostPence":50000}}"#),
        ("target-route-digital", #"{"text":"Administrator in a GP surgery: patient records, appointments, answering phones, data entry in EMIS, minute taking.","targetRoute":"digital","constraints":{"fundedOnly":true,"minLevel":"2","maxLevel":"4"}}"#),
        ("graduate-manager", #"{"text":"BSc in business management from Worcester university. Store manager at a garden centre for eight years, recruiting and training staff, budgets, health and safety, merchandising and supplier negotiations.","currentTitle":"Store manager","aspiration":"HR or project management"}"#),
        ("provider-scope", #"{"text":"Hairdresser for ten years, colouring, cutting, customer consultations, running the salon's bookings. Thinking of teaching or training apprentices.","constraints":{"provider":"kidderminster-college","startFrom":"2027-01-01"}}"#),
        ("no-skills", #"{"text":"Hello, my name is Sam and I live in Redditch with my family and two dogs."}"#),
        ("long-history", #"{"text":"2015-2018 kitchen porter; 2018-2020 delivery driver for a parcel firm, route planning, van checks; 2020-2024 warehouse supervisor, rotas, health and safety, WMS, inducting new staff, KPIs. Volunteered with St John Ambulance as a first aider. Keen to get into project management or a health and safety advisor role, and hoping to study part-time in the evenings.","constraints":{"districts":["malvern-hills"],"deliveryModes":["blended","classroom"]}}"#),
    ]

    @Test("Varied profiles diagnose to the same JSON as before the throughput work")
    func unchanged() async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var actual: [String: String] = [:]
        var bodies: [String: Data] = [:]
        for (name, json) in Self.profiles {
            let profile = try JSONDecoder().decode(LearnerProfile.self, from: Data(json.utf8))
            let diagnostic = try await TestCatalogue.diagnose(profile)
            let body = try encoder.encode(diagnostic)
            bodies[name] = body
            actual[name] = "\(body.count):\(Self.digest(body))"
        }
        if ProcessInfo.processInfo.environment["SKILLWAY_PRINT_GOLDEN"] != nil {
            print(Self.profiles.map { "        \"\($0.name)\": \"\(actual[$0.name]!)\"," }.joined(separator: "\n"))
        }
        #expect(actual.count == Self.profiles.count)
        var mismatched: [String] = []
        for (name, _) in Self.profiles where actual[name] != DiagnosticGolden.digests[name] { mismatched.append(name) }
        if !mismatched.isEmpty {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("skillway-diagnostic-stability")
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in mismatched { try? bodies[name]?.write(to: folder.appendingPathComponent(name + ".json")) }
            Issue.record("diagnostics changed for \(mismatched.joined(separator: ", ")); actual JSON in \(folder.path)")
        }
    }

    /// 64-bit FNV-1a of the bytes, as hex.
    static func digest(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
