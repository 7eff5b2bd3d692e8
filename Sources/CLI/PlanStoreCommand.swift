import ArgumentParser
import Domain
import Foundation
import Storage
import Taxonomy
import WorkforcePlanning

// MARK: - Plans named on the command line: files or stored ids

/// A plan argument: a JSON file, or a stored plan (`12` for its latest version, `12@3` for version 3).
/// A file of that name wins, so `./12` always means a file.
enum PlanSource: Equatable {
    case file(String)
    case stored(id: Int64, version: Int?)

    init(_ argument: String) {
        if argument != "-", !FileManager.default.fileExists(atPath: argument),
            argument.range(of: #"^[0-9]{1,18}(@[0-9]{1,9})?$"#, options: .regularExpression) != nil
        {
            let parts = argument.split(separator: "@")
            if let id = Int64(parts[0]), id > 0 {
                self = .stored(id: id, version: parts.count > 1 ? Int(parts[1]) : nil)
                return
            }
        }
        self = .file(argument)
    }
}

/// Opens the database only if it exists (a typo in --db must not create an empty database).
func openExistingDatabase(_ database: DatabaseOptions) throws -> AppDatabase {
    guard FileManager.default.fileExists(atPath: database.resolvedPath) else {
        throw ValidationError("No database at \(database.resolvedPath); pass --db or set SKILLWAY_DB.")
    }
    return try database.open()
}

/// Reads a plan from a file or the database, validated either way.
func loadPlan(_ argument: String, database: DatabaseOptions) async throws -> WorkforcePlan {
    switch PlanSource(argument) {
    case .file(let path):
        return try loadPlan(path)
    case .stored(let id, let version):
        let db = try openExistingDatabase(database)
        let label = "plan \(id)\(version.map { "@\($0)" } ?? "")"
        guard let owner = try await db.owner(ofPlan: id), let stored = try await db.planStore(for: owner).version(planID: id, number: version),
            let content = stored.content
        else { throw ValidationError("There is no \(label) in \(database.resolvedPath).") }
        do {
            return try PlanLoader.load(content, file: label)
        } catch let error as PlanValidationError {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}

/// Courses for each skill gap from the catalogue database, or nil (with a note) when there is no database.
func trainingForGaps(_ plan: WorkforcePlan, database: DatabaseOptions) async throws -> [GapTraining]? {
    guard FileManager.default.fileExists(atPath: database.resolvedPath) else {
        printError("No catalogue database at \(database.resolvedPath); run `skillway catalogue load` for course suggestions.")
        return nil
    }
    let db = try database.open()
    let finder = PreferenceTrainingFinder(provision: CatalogueProvisionFinder(taxonomy: try SkillsTaxonomy.bundled(), catalogue: db, tags: db))
    return try await PlanAdvisor(resolver: nil, courses: finder).trainingForGaps(in: plan, preferences: plan.effectiveTrainingPreferences)
}

// MARK: - plan import

extension Skillway.Plan {
    /// `skillway plan import FILE --org ORG`: validates a plan file and stores it as a new plan or the next version of one.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a plan file and store it for an employer: a new plan, or with --plan the next version of one.",
            discussion: "Role titles without an occupation are resolved through the taxonomy first. Prints `plan ID version N`.")

        @Argument(help: "The plan JSON file (- for standard input).") var file: String
        @Option(help: "The employer organisation the plan belongs to.") var org: String
        @Option(help: "Save as the next version of this stored plan.") var plan: Int64?
        @Option(help: "What changed (kept with the version).") var note: String?
        @Option(name: .customLong("saved-on"), help: "The version's date yyyy-MM-dd (default: today, UTC).") var savedOn: PlanDate?
        @Flag(name: .customLong("no-resolve"), help: "Do not resolve role titles to occupations.") var noResolve = false
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            var content = try loadPlan(file)
            guard let organisationID = OrganisationID(rawValue: org) else { throw ValidationError("--org: \(OrganisationID.rule).") }
            let db = try database.open()
            guard let organisation = try await db.organisation(id: organisationID), organisation.kind == .employer else {
                throw ValidationError("There is no employer organisation \(org); create it with `skillway admin org create \(org) --kind employer`.")
            }
            if !noResolve {
                let resolved = try await PlanAdvisor(resolver: TaxonomyOccupationResolver(taxonomy: try SkillsTaxonomy.bundled()), courses: nil)
                    .resolveOccupations(in: content)
                content = resolved.plan
                if !resolved.unresolved.isEmpty {
                    printError("No occupation found for: \(resolved.unresolved.joined(separator: ", ")) (these roles are left out of aggregated demand).")
                }
            }
            let date = savedOn ?? PlanDate(todayISO())!
            let store = db.planStore(for: organisationID)
            let stored: StoredPlan
            do {
                if let plan {
                    guard let current = try await store.plan(id: plan) else { throw ValidationError("\(org) has no plan \(plan).") }
                    content.version = PlanVersion(number: current.latestVersion + 1, parent: current.latestVersion, savedOn: date, note: note ?? content.version.note)
                    stored = try await store.saveVersion(planID: plan, try Self.input(content))
                } else {
                    content.version = PlanVersion(number: 1, savedOn: date, note: note ?? content.version.note)
                    stored = try await store.createPlan(try Self.input(content))
                }
            } catch let error as PlanStoreError {
                throw ValidationError(error.description)
            }
            print("plan \(stored.id) version \(stored.latestVersion)")
        }

        static func input(_ plan: WorkforcePlan) throws -> PlanVersionInput {
            PlanVersionInput(
                number: plan.version.number, baselineDate: plan.baselineDate.description, name: plan.organisation.name, note: plan.version.note,
                content: try PlanLoader.encode(plan))
        }
    }
}

// MARK: - plan list / versions / consent

extension Skillway.Plan {
    /// `skillway plan list --org ORG`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List an employer's stored plans.")

        @Option(help: "The employer organisation.") var org: String
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            guard let organisationID = OrganisationID(rawValue: org) else { throw ValidationError("--org: \(OrganisationID.rule).") }
            let plans = try await openExistingDatabase(database).planStore(for: organisationID).plans()
            if json { return try printJSON(plans) }
            if plans.isEmpty { print("\(org) has no stored plans.") }
            for plan in plans {
                print("\(plan.id)  v\(plan.latestVersion)  \(plan.shareDemand ? "shares demand" : "private")  \(plan.name)  (updated \(plan.updatedAt))")
            }
        }
    }

    /// `skillway plan versions ID`.
    struct Versions: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a stored plan's versions.")

        @Argument(help: "The stored plan id.") var id: Int64
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let db = try openExistingDatabase(database)
            guard let owner = try await db.owner(ofPlan: id) else { throw ValidationError("There is no plan \(id).") }
            let versions = try await db.planStore(for: owner).versions(planID: id)
            if json { return try printJSON(versions) }
            for version in versions {
                let parent = version.parent.map { " (from v\($0))" } ?? ""
                print("v\(version.number)\(parent)  baseline \(version.baselineDate)  saved \(version.savedAt)\(version.note.map { "  — \($0)" } ?? "")")
            }
        }
    }

    /// `skillway plan consent ID on|off`.
    struct Consent: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the employer's consent (on) or its withdrawal (off) for a plan to count in aggregated demand.")

        @Argument(help: "The stored plan id.") var id: Int64
        @Argument(help: "on or off.") var state: String
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard ["on", "off"].contains(state) else { throw ValidationError("Say on or off.") }
        }

        func run() async throws {
            let db = try openExistingDatabase(database)
            guard let owner = try await db.owner(ofPlan: id) else { throw ValidationError("There is no plan \(id).") }
            let plan = try await db.planStore(for: owner).setShareDemand(planID: id, state == "on")
            print("Plan \(plan.id): \(plan.shareDemand ? "counts in aggregated demand from now" : "no longer counts in aggregated demand").")
        }
    }
}

// MARK: - plan training

extension Skillway.Plan {
    /// `skillway plan training PLAN`: courses for each skill gap.
    struct Training: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Courses from the catalogue for each skill gap, honouring the plan's delivery preferences (trainingPreferences).")

        @Argument(help: "The plan JSON file, or a stored plan id (12 or 12@3).") var file: String
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let plan = try await loadPlan(file, database: database)
            guard let gaps = try await trainingForGaps(plan, database: database) else { throw ExitCode(1) }
            if json { return try printJSON(gaps) }
            if gaps.isEmpty { print("No skill gaps at the horizon.") }
            for gap in gaps {
                let standard = gap.apprenticeshipStandard.map { "; apprenticeship standard for the role: \($0)" } ?? ""
                print("\(gap.role) · \(gap.skill) to level \(gap.targetLevel) (\(gap.people) \(gap.people == 1 ? "person" : "people")\(standard))")
                if gap.courses.isEmpty { print("  no matching course in the catalogue") }
                for course in gap.courses { print("  \(course.title) — \(course.providerName) [course \(course.courseID)]: \(course.reason)") }
            }
        }
    }
}
