public import Domain
public import ArgumentParser
import Foundation
import Taxonomy
public import WorkforcePlanning

// MARK: - plan

extension Skillway {
    /// `skillway plan`: workforce plans kept as JSON files.
    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build, check, store and project small-employer workforce plans.",
            discussion: """
                The plan format is described in docs/workforce-plan.md. Where a command takes a PLAN, give a JSON \
                file, or a stored plan's id (`12`, or `12@3` for its version 3) from the database (--db).
                """,
            subcommands: [
                New.self, Templates.self, Validate.self, Import.self, List.self, Versions.self, Consent.self, Project.self, Report.self,
                Training.self, Compare.self, Demand.self,
            ]
        )
    }
}

// MARK: - Shared helpers

/// Reads and validates a plan file (`-` for standard input), turning problems into a clear command-line error.
func loadPlan(_ path: String) throws -> WorkforcePlan {
    let contents = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
    guard let data = contents else {
        throw ValidationError("Cannot read \(path): no such file, or it is not readable.")
    }
    do {
        return try PlanLoader.load(data, file: path)
    } catch let error as PlanValidationError {
        printError(error.description)
        throw ExitCode(1)
    }
}

/// Writes a file atomically, refusing to replace one unless `force` is set.
func writeOutput(_ data: Data, to path: String, force: Bool) throws {
    if !force && FileManager.default.fileExists(atPath: path) {
        throw ValidationError("\(path) already exists; pass --force to replace it.")
    }
    try data.write(to: URL(fileURLWithPath: path), options: .atomic)
}

extension PlanDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

// MARK: - plan new / templates

extension Skillway.Plan {
    /// `skillway plan new --template NAME`: starts a plan from a template.
    struct New: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Start a plan from a template (see `plan templates`).")

        @Option(help: "Template name.") var template: String
        @Option(name: .customLong("as-of"), help: "Baseline date yyyy-MM-dd (default: today, UTC).") var asOf: PlanDate?
        @Option(help: "Write the plan here instead of printing it.") var out: String?
        @Flag(help: "Replace --out if it exists.") var force = false

        func run() async throws {
            let date = asOf ?? PlanDate(todayISO())!
            guard let plan = PlanTemplates.make(template, asOf: date) else {
                throw ValidationError("No template \"\(template)\". Templates: \(PlanTemplates.all.map(\.name).joined(separator: ", ")).")
            }
            let data = try PlanLoader.encode(plan)
            if let out {
                try writeOutput(data, to: out, force: force)
                print("Wrote \(out): \(plan.roles.count) roles, \(plan.headcount) people, \(plan.horizonYears)-year horizon from \(date).")
            } else {
                print(String(decoding: data, as: UTF8.self))
            }
        }
    }

    /// `skillway plan templates`: lists templates.
    struct Templates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List plan templates.")

        func run() async throws {
            for template in PlanTemplates.all { print("\(template.name.padding(toLength: 22, withPad: " ", startingAt: 0)) \(template.summary)") }
        }
    }
}

// MARK: - plan validate

extension Skillway.Plan {
    /// `skillway plan validate FILE`: checks a plan file.
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check a plan file; lists every problem with its location.")

        @Argument(help: "The plan JSON file (- for standard input), or a stored plan id.") var file: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let plan = try await loadPlan(file, database: database)
            print("\(file): valid — v\(plan.version.number), \(plan.roles.count) roles, \(plan.headcount) people, \(plan.scenarios.count) scenarios.")
        }
    }
}

// MARK: - plan project / report

extension Skillway.Plan {
    /// `skillway plan project FILE`: expected values and simulated ranges.
    struct Project: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Project a plan: expected headcount, hires and gaps by role and year.")

        @Argument(help: "The plan JSON file (- for standard input), or a stored plan id (12 or 12@3).") var file: String
        @Option(help: "Scenario name (default: the preferred one).") var scenario: String?
        @Option(help: "Simulation runs.") var runs = 2000
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard (1...100_000).contains(runs) else { throw ValidationError("--runs must be from 1 to 100000.") }
        }

        func run() async throws {
            let plan = try await loadPlan(file, database: database)
            let report: PlanReport
            do {
                report = try PlanReport(plan: plan, scenario: scenario, runs: runs)
            } catch let error as ProjectionError {
                throw ValidationError(error.description)
            }
            if json { return try printJSON(ProjectionOutput(projection: report.projection, simulation: report.simulation)) }
            print(report.text(), terminator: "")
        }
    }

    /// The JSON `plan project --json` prints.
    struct ProjectionOutput: Encodable {
        var projection: Projection
        var simulation: Simulation
    }

    /// `skillway plan report FILE`: the full report as text, JSON or a simple HTML page.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a plan's full report (text, JSON, or an HTML page).")

        @Argument(help: "The plan JSON file (- for standard input), or a stored plan id (12 or 12@3).") var file: String
        @Option(help: "Scenario name (default: the preferred one).") var scenario: String?
        @Option(help: "Simulation runs.") var runs = 2000
        @Option(help: "Write an HTML page here.") var html: String?
        @Option(help: "Write the text (or with --json, JSON) report here instead of printing it.") var out: String?
        @Option(help: "Also write the projection and actions as CSV here.") var csv: String?
        @Flag(help: "JSON instead of text.") var json = false
        @Flag(help: "Replace output files that exist.") var force = false
        @Flag(name: .customLong("no-courses"), help: "Leave out course suggestions for skill gaps.") var noCourses = false
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let plan = try await loadPlan(file, database: database)
            var report: PlanReport
            do {
                report = try PlanReport(plan: plan, scenario: scenario, runs: runs)
            } catch let error as ProjectionError {
                throw ValidationError(error.description)
            }
            if !noCourses { report.training = try await trainingForGaps(plan, database: database) }
            if let csv {
                try writeOutput(Data(report.csv().utf8), to: csv, force: force)
                print("Wrote \(csv).")
            }
            if let html {
                try writeOutput(Data(report.html().utf8), to: html, force: force)
                print("Wrote \(html).")
            }
            let body: Data
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                body = try encoder.encode(report)
            } else {
                body = Data(report.text().utf8)
            }
            if let out {
                try writeOutput(body, to: out, force: force)
                print("Wrote \(out).")
            } else if html == nil && csv == nil {
                print(String(decoding: body, as: UTF8.self), terminator: json ? "\n" : "")
            }
        }
    }
}

// MARK: - plan compare

extension Skillway.Plan {
    /// `skillway plan compare OLD NEW`: what changed between two versions.
    struct Compare: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Compare two versions of a plan (and actuals against the earlier projection).")

        @Argument(help: "The earlier version: a file or a stored plan version (12@1).") var earlier: String
        @Argument(help: "The later version: a file or a stored plan version (12@2).") var later: String
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let comparison = PlanComparison(from: try await loadPlan(earlier, database: database), to: try await loadPlan(later, database: database))
            if json { return try printJSON(comparison) }
            print("v\(comparison.from) → v\(comparison.to) (\(comparison.yearsBetween) year\(comparison.yearsBetween == 1 ? "" : "s") between baselines)")
            for role in comparison.roles {
                let before = role.before.map(String.init) ?? "—", after = role.after.map(String.init) ?? "—"
                let projected = role.projected.map { ", projected \(String(format: "%.1f", $0)), variance \(String(format: "%+.1f", role.variance ?? 0))" } ?? ""
                print("  \(role.role): \(before) → \(after)\(projected)")
            }
            for change in comparison.changes { print("  \(change)") }
        }
    }
}

// MARK: - plan demand

extension Skillway.Plan {
    /// `skillway plan demand FILES…`: aggregated, suppressed demand across several employers' plans.
    struct Demand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Aggregate demand across plan files (one per employer) with suppression; no employer is identifiable.")

        @Argument(help: "Plan JSON files, one per consenting employer.") var files: [String]
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            var records: [DemandRecord] = []
            let routes = TaxonomyOccupationRouter(taxonomy: try SkillsTaxonomy.bundled())
            for (index, file) in files.enumerated() {
                records += try loadPlan(file).demandRecords(employer: "employer-\(index)", routes: routes)
            }
            let table = DemandAggregator.aggregate(records)
            if json { return try printJSON(table) }
            if table.cells.isEmpty { print("Nothing can be published: every figure has fewer than 5 employers or 10 people, or one dominant employer.") }
            for cell in table.cells {
                let skill = cell.skill.map { " · \($0)" } ?? ""
                print("\(cell.signal.rawValue) · SOC \(cell.occupation) · \(cell.geography)\(skill) · \(cell.horizon.rawValue): \(cell.people) people (\(cell.employersBand) employers)\(cell.remainder ? " [remainder]" : "")")
            }
            print("\(table.suppressedGroups) groups suppressed.")
            for cell in table.byRoute {
                print("route \(cell.route.rawValue) · \(cell.signal.rawValue) · \(cell.horizon.rawValue): \(cell.people) people (\(cell.employersBand) employers)")
            }
        }
    }
}
