import ArgumentParser
import Charters
import Domain
import Foundation
import Storage

// MARK: - charter list / show / assess / compare

extension Skillway {
    /// `skillway charter`: the Good Employment Charter self-assessment.
    struct CharterCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "charter", abstract: "Good Employment Charter frameworks and self-assessments.",
            subcommands: [List.self, Show.self, Template.self, Assess.self, Compare.self, Digest.self])

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the charter frameworks and their versions.")

            @Flag(help: "Print JSON.") var json = false

            func run() async throws {
                let library = try loadLibrary()
                if json {
                    return try printJSON(
                        library.frameworks.map {
                            FrameworkSummary(
                                id: $0.id, version: $0.version, status: $0.status.rawValue, name: $0.name,
                                effectiveFrom: $0.effectiveFrom.description,
                                pillars: $0.pillars.count, criteria: $0.criteria.count, tiers: $0.tiers.map(\.code))
                        })
                }
                for id in library.frameworkIDs {
                    for framework in library.versions(of: id) {
                        print(
                            "\(framework.id)  v\(framework.version)  \(framework.status.rawValue)  from \(framework.effectiveFrom)  \(framework.name)"
                        )
                        print(
                            "    \(framework.pillars.count) pillars, \(framework.criteria.count) criteria; tiers: \(framework.tiers.map(\.label).joined(separator: " → "))"
                        )
                    }
                }
            }
        }

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show a framework's pillars, criteria, tiers and equivalences.")

            @Argument(help: "Framework id, e.g. hw-gec.") var id: String
            @Option(help: "Version (default: the newest).") var version: String?
            @Flag(help: "Print the framework as JSON.") var json = false

            func run() async throws {
                let library = try loadLibrary()
                let found = version.map { library.framework(id, version: $0) } ?? library.latest(id)
                guard let framework = found else {
                    throw ValidationError(
                        "There is no framework \(id)\(version.map { " version \($0)" } ?? "") (frameworks: \(library.frameworkIDs.joined(separator: ", ")))."
                    )
                }
                if json { return try printJSON(framework) }
                print(TextReport.framework(framework, library: library))
            }
        }

        struct Template: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print a draft answers file for a framework: every criterion, with how to answer it in its note.")

            @Argument(help: "Framework id, e.g. hw-gec.") var id: String
            @Option(help: "Employer name.") var employer = "Our organisation"
            @Option(help: "Staff headcount.") var headcount = 1
            @Option(help: "Start date yyyy-MM-dd (default: today); pins the version in force then.") var asOf: String?

            func validate() throws {
                if let asOf, CharterDate(asOf) == nil { throw ValidationError("--as-of \(asOf) is not a date in the form yyyy-MM-dd.") }
                guard headcount >= 1 else { throw ValidationError("--headcount must be at least 1.") }
            }

            func run() async throws {
                let library = try loadLibrary()
                let date = asOf.flatMap { CharterDate($0) } ?? CharterDate(todayISO())!
                let engine = CharterEngine(library: library)
                var draft: AssessmentAnswers
                do {
                    draft = try engine.start(framework: id, employer: Employer(name: employer, headcount: headcount), asOf: date)
                } catch let failure as CharterEngine.Failure {
                    throw ValidationError("\(failure)")
                }
                guard let framework = library.framework(id, version: draft.version ?? "") else { return }
                for tier in framework.tiers {
                    for case .declaration(let key, _) in tier.rules { draft.declarations[key] = false }
                }
                for (_, criterion) in framework.criteria {
                    draft.answers[criterion.id] = Answer(note: CharterAnswerHint.hint(for: criterion))
                }
                try printJSON(draft)
            }
        }

        struct Assess: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Assess an answers file: tier, pillar scores, blocking criteria and an action plan.",
                discussion: """
                    The answers file is JSON (see docs/charter-answers-example.json). The assessment date is --as-of, else the \
                    file's "asOf", else today. A submitted file with rejected answers exits with status 1; a draft \
                    is reported with its issues. Courses for skills-related actions come from the catalogue database \
                    (--db) when it exists.
                    """)

            @Option(help: "Framework id; must match the answers file.") var framework: String
            @Option(help: "The answers file (JSON).") var answers: String
            @Option(help: "Assessment date yyyy-MM-dd (overrides the file's asOf).") var asOf: String?
            @Flag(help: "Print the full result as JSON (it can be given to `charter compare`).") var json = false
            @Option(help: "Write an HTML report to this file.") var html: String?
            @Flag(help: "List every criterion with its explanation.") var details = false
            @Flag(help: "Do not look up courses in the catalogue.") var noCourses = false
            @OptionGroup var database: DatabaseOptions

            func validate() throws {
                if let asOf, CharterDate(asOf) == nil { throw ValidationError("--as-of \(asOf) is not a date in the form yyyy-MM-dd.") }
                if json && html != nil { throw ValidationError("Give --json or --html, not both.") }
            }

            func run() async throws {
                let library = try loadLibrary()
                let input = try readAnswers(answers)
                guard input.framework == framework else {
                    throw ValidationError("\(answers) holds answers for \(input.framework), not \(framework).")
                }
                let date = asOf.flatMap { CharterDate($0) } ?? input.asOf ?? CharterDate(todayISO())!
                var result: AssessmentResult
                do {
                    result = try CharterEngine(library: library).assess(input, asOf: date)
                } catch let failure as CharterEngine.Failure {
                    throw ValidationError("\(answers): \(failure)")
                }
                if !noCourses { await addCourses(to: &result) }
                if input.status == .submitted && !result.accepted {
                    printError("\(answers): the submission was not accepted; fix these answers and submit again:")
                    for issue in result.issues where issue.severity == .error { printError("  - \(issue)") }
                    throw ExitCode(1)
                }
                if json { return try printJSON(result) }
                if let html {
                    let page = try HTMLReport().render(result)
                    try Data(page.utf8).write(to: URL(fileURLWithPath: html), options: .atomic)
                    printError("Wrote \(html).")
                }
                print(TextReport.result(result))
                if details { print("\nCriteria:\n" + TextReport.criteria(result)) }
            }

            func addCourses(to result: inout AssessmentResult) async {
                let path = database.resolvedPath
                guard FileManager.default.fileExists(atPath: path) else {
                    printError("No catalogue database at \(path); run `skillway catalogue load` for course suggestions.")
                    return
                }
                do {
                    let suggester = CatalogueCourseSuggester(store: try database.open(), today: result.asOf.description)
                    try await ActionPlanner.addCourses(to: &result.actionPlan, using: suggester)
                } catch {
                    printError("Course suggestions skipped: \(error)")
                }
            }
        }

        struct Compare: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Compare two assessments of the same framework (answers files or `assess --json` results).",
                discussion: "The one with the earlier as-of date is the previous assessment.")

            @Argument(help: "The first answers or result file.") var first: String
            @Argument(help: "The second answers or result file.") var second: String
            @Flag(help: "Print JSON.") var json = false

            func run() async throws {
                let library = try loadLibrary()
                let engine = CharterEngine(library: library)
                let a = try resultOf(first, engine: engine)
                let b = try resultOf(second, engine: engine)
                let framework = library.framework(a.framework.id, version: a.framework.version)
                let tiers = framework?.tiers ?? []
                let comparison: AssessmentComparison
                do {
                    let later = b.asOf < a.asOf ? a : b
                    comparison = try AssessmentComparison.compare(
                        a, b, tierOrder: tiers.map(\.code),
                        replacements: library.replacements(in: later.framework.id, version: later.framework.version))
                } catch let failure as CharterEngine.Failure {
                    throw ValidationError("\(failure)")
                }
                if json { return try printJSON(comparison) }
                print(TextReport.comparison(comparison) { code in code.flatMap { code in tiers.first { $0.code == code }?.label } ?? "no tier" })
            }

            /// A result file as written by `assess --json`, or an answers file assessed on its own as-of date.
            func resultOf(_ path: String, engine: CharterEngine) throws -> AssessmentResult {
                let data = try readFile(path)
                if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], object["kind"] as? String == "charter-result" {
                    do {
                        return try JSONDecoder().decode(AssessmentResult.self, from: data)
                    } catch {
                        throw ValidationError("\(path): \(describe(error))")
                    }
                }
                let input = try readAnswers(path)
                guard let date = input.asOf else { throw ValidationError("\(path): an answers file needs \"asOf\" to be compared.") }
                do {
                    return try engine.assess(input, asOf: date)
                } catch let failure as CharterEngine.Failure {
                    throw ValidationError("\(path): \(failure)")
                }
            }
        }

        struct Digest: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print the SHA-256 digest of a framework file, as published.json records it when a version is published.")

            @Argument(help: "A framework file.") var file: String

            func run() async throws {
                print(CharterLibrary.digest(of: try readFile(file)))
            }
        }
    }
}

// MARK: - Helpers

/// What `charter list --json` prints per version.
struct FrameworkSummary: Encodable {
    var id: String
    var version: String
    var status: String
    var name: String
    var effectiveFrom: String
    var pillars: Int
    var criteria: Int
    var tiers: [String]
}

/// The bundled frameworks, or a clear list of what is wrong with them.
func loadLibrary() throws -> CharterLibrary {
    do {
        return try CharterLibrary.bundled()
    } catch let error as CharterLoadError {
        throw ValidationError(error.description)
    }
}

func readFile(_ path: String) throws -> Data {
    guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("Cannot read \(path).") }
    return data
}

/// Reads an answers file, turning decoding errors into a located message.
func readAnswers(_ path: String) throws -> AssessmentAnswers {
    let data = try readFile(path)
    do {
        return try JSONDecoder().decode(AssessmentAnswers.self, from: data)
    } catch {
        throw ValidationError("\(path): \(describe(error))")
    }
}

/// A decoding error as "field: reason".
func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
    switch error {
    case .keyNotFound(let key, let context): return "\(path(context.codingPath + [key])): is required but missing"
    case .typeMismatch(_, let context): return "\(path(context.codingPath)): \(context.debugDescription)"
    case .valueNotFound(_, let context): return "\(path(context.codingPath)): is null"
    case .dataCorrupted(let context):
        return context.codingPath.isEmpty ? "not valid JSON" : "\(path(context.codingPath)): \(context.debugDescription)"
    @unknown default: return "\(error)"
    }
}
