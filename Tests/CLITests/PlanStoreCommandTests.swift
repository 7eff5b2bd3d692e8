import ArgumentParser
@testable import CLI
import Domain
import Foundation
import Testing
import WorkforcePlanning

// MARK: - Stored plans from the command line

@Suite("plan storage command line")
struct PlanStoreCommandTests {
    @Test("a plan argument is a file when one exists, else a stored id or id@version", arguments: [
        ("12", PlanSource.stored(id: 12, version: nil)), ("12@3", .stored(id: 12, version: 3)), ("plan.json", .file("plan.json")),
        ("-", .file("-")), ("0", .file("0")), ("12@", .file("12@")), ("@3", .file("@3")),
    ])
    func sources(argument: String, expected: PlanSource) {
        #expect(PlanSource(argument) == expected)
    }

    @Test("plan import needs an organisation and parses its options")
    func importOptions() throws {
        let command = try #require(
            try Skillway.parseAsRoot(["plan", "import", "p.json", "--org", "acme", "--plan", "4", "--note", "two retired", "--db", "/tmp/x.sqlite"])
                as? Skillway.Plan.Import)
        #expect(command.org == "acme" && command.plan == 4 && command.note == "two retired" && command.database.resolvedPath == "/tmp/x.sqlite")
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["plan", "import", "p.json"]) }
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["plan", "consent", "4", "maybe"]) }
    }

    /// A firm whose `welders` welders all need welding at level 3.
    static func weldingFirm(welders: Int) -> WorkforcePlan {
        let asOf = PlanDate("2026-04-01")!
        let welding = SkillRequirement(skill: "welding", label: "Welding", importance: .critical, required: 3, currentLevels: Array(repeating: 1, count: welders))
        return WorkforcePlan(
            organisation: OrganisationProfile(name: "Firm", sector: "C", sizeBand: .small, district: .wyreForest), baselineDate: asOf, horizonYears: 3,
            version: PlanVersion(number: 1, savedOn: asOf),
            roles: [Role(id: "welder", title: "Welder", occupation: OccupationCode(soc2020Unit: "5213"), headcount: welders, skills: [welding])])
    }

    /// Creates an employer with one stored plan from `file`, consenting or not.
    static func employer(_ name: String, consent: Bool, file: URL, database: String) throws {
        #expect(try CrashTests.run(["admin", "org", "create", name, "--name", name, "--kind", "employer", "--db", database]).status == 0)
        let stored = try CrashTests.run(["plan", "import", file.path, "--org", name, "--no-resolve", "--db", database]).output
        let id = try #require(stored.split(separator: " ").dropFirst().first.map(String.init))
        if consent { #expect(try CrashTests.run(["plan", "consent", id, "on", "--db", database]).status == 0) }
    }

    @Test("skillway demand: four consenting employers show nothing, a fifth publishes the figure; a plan without consent never counts")
    func demandCommand() throws {
        let folder = try CrashTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("skillway.sqlite").path
        let file = folder.appendingPathComponent("firm.plan.json")
        try PlanLoader.encode(Self.weldingFirm(welders: 3)).write(to: file)
        for index in 0..<4 { try Self.employer("firm-\(index)", consent: true, file: file, database: database) }
        try Self.employer("quiet-firm", consent: false, file: file, database: database)
        struct Output: Decodable { var demand: DemandTable; var gaps: ProvisionGapTable }
        let four = try CrashTests.run(["demand", "--json", "--db", database])
        #expect(four.status == 0)
        let suppressed = try JSONDecoder().decode(Output.self, from: Data(four.output.utf8))
        #expect(suppressed.demand.cells.isEmpty && suppressed.gaps.skills.isEmpty)
        try Self.employer("firm-4", consent: true, file: file, database: database)
        let five = try JSONDecoder().decode(Output.self, from: Data(try CrashTests.run(["demand", "--json", "--db", database]).output.utf8))
        let welding = try #require(five.demand.cells.first { $0.skill == "welding" })
        #expect(welding.people == 15 && welding.geography == "wyre-forest")
        #expect(five.gaps.skills.map(\.skill) == ["welding"])
        let text = try CrashTests.run(["demand", "--db", database]).output
        #expect(text.contains("5 consenting employers") && !text.contains("firm-") && !text.contains("quiet"))
    }
}

// MARK: - Training from the embedded catalogue

@Suite("plan training over the embedded catalogue")
struct PlanTrainingCommandTests {
    @Test("the 7-person workshop gets real Worcestershire courses for its CNC gaps, its own apprenticeship standard first")
    func workshop() throws {
        let folder = try CrashTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("skillway.sqlite").path
        #expect(try CrashTests.run(["catalogue", "load", "--db", database]).status == 0)
        let example = PlanCrashTests.example.path
        let output = try CrashTests.run(["plan", "training", example, "--json", "--db", database])
        #expect(output.status == 0)
        let gaps = try JSONDecoder().decode([GapTraining].self, from: Data(output.output.utf8))
        let programming = try #require(gaps.first { $0.role == "cnc-machinist" && $0.skill == "cnc-programming" })
        #expect(programming.apprenticeshipStandard == "ST1305")
        let first = try #require(programming.courses.first)
        #expect(first.standardReference == "ST1305" && first.reason.contains("the apprenticeship standard for this role"))
        #expect(programming.courses.count >= 2 && programming.courses.allSatisfy { !$0.providerName.isEmpty })
        let report = try CrashTests.run(["plan", "report", example, "--runs", "100", "--db", database]).output
        #expect(report.contains("TRAINING FOR SKILL GAPS") && report.contains(first.title))
    }
}
