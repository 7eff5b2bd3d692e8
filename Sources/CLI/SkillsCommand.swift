import ArgumentParser
import Domain
import Foundation
import Storage
import Taxonomy

// MARK: - skills

extension Skillway {
    /// `skillway skills search|show|extract`.
    struct Skills: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search the skills vocabulary, show a skill, or extract skills from text.", subcommands: [Search.self, Show.self, Extract.self])

        struct Search: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Find skills by label or alias.")
            @Argument(help: "Words to look for.") var query: String
            @Option(help: "How many skills at most.") var limit = 20
            @Flag(help: "Print JSON.") var json = false

            func run() async throws {
                let view = try SkillsTaxonomy.bundled().skillSearch(query, limit: limit)
                if json { return try printJSON(view) }
                if view.results.isEmpty { print("No skill matches \"\(query)\".") }
                for skill in view.results {
                    print("\(skill.id)  \(skill.label) · \(skill.kind.rawValue)\(skill.group.map { " · " + $0.name } ?? "") · \(skill.standards) standards")
                }
            }
        }

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show a skill: aliases, routes, standards and tagged courses.")
            @Argument(help: "The skill id, e.g. cnc-programming.") var id: String
            @Flag(help: "Print JSON.") var json = false
            @OptionGroup var database: DatabaseOptions

            func run() async throws {
                let taxonomy = try SkillsTaxonomy.bundled()
                guard taxonomy.skill(id: id) != nil else { throw ValidationError("No skill has the id \"\(id)\"; try: skillway skills search WORDS") }
                let courses = (try? await database.openIfExists()?.courses(taggedWith: .skill, value: id, limit: 50)) ?? []
                let view = taxonomy.skillDetail(id, courses: courses)!
                if json { return try printJSON(view) }
                print("\(view.label) (\(view.id)) · \(view.kind.rawValue)\(view.groupName.map { " · LSIP group: " + $0 } ?? "")")
                print("Employer wording: \(view.employerAliases.joined(separator: "; "))")
                print("Provider wording: \(view.providerAliases.joined(separator: "; "))")
                print("Routes: \(view.routes.joined(separator: ", "))")
                print("Standards (\(view.standards.count)): \(view.standards.prefix(15).map { "\($0.reference) \($0.title)" }.joined(separator: "; "))")
                print("Courses (\(view.courses.count)): \(view.courses.prefix(10).map { "\($0.id) \($0.title)" }.joined(separator: "; "))")
            }
        }

        struct Extract: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the skills a text mentions (text argument, or stdin when omitted).")
            @Argument(help: "The text; read from standard input when omitted.") var text: String?
            @Flag(help: "Print JSON.") var json = false

            func run() async throws {
                let input = text ?? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                let result = try SkillsTaxonomy.bundled().extract(input)
                if json { return try printJSON(result) }
                if let cut = result.truncatedAt { print("(the text was cut to its first \(cut) characters)") }
                if result.outcome == .noSkillFound { print("No skill found.") }
                for skill in result.skills {
                    print("\(skill.label) [\(skill.start)..<\(skill.end)] \"\(skill.text)\" · \(skill.method.rawValue) · \(skill.confidence) · \(skill.reason)")
                }
                for skill in result.negated { print("not held: \(skill.label) · \(skill.reason)") }
            }
        }
    }
}
