import ArgumentParser
import Foundation
import Taxonomy

// MARK: - occupations show

extension Skillway.Occupations {
    /// `skillway occupations show ST0213`: a standard or SOC unit group in detail, as `GET /occupations/{id}`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an IfATE standard (ST0213, ifate:ST0213) or SOC 2020 unit group (6221, soc2020:6221) in detail.")
        @Argument(help: "The standard's reference or the unit group's code.") var id: String
        @Flag(help: "Print JSON, as GET /occupations/{id} returns it.") var json = false

        func run() async throws {
            let taxonomy = try SkillsTaxonomy.bundled()
            guard let detail = taxonomy.occupationDetail(id.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("\"\(id)\" is not a standard reference or a SOC 2020 unit group code.")
            }
            if json { return try printJSON(detail) }
            if let standard = detail.standard {
                print("\(detail.id) \(standard.title) · L\(standard.level) · \(standard.route) · \(standard.pathway ?? "-") · \(standard.cluster ?? "-")")
                if let note = detail.basisNote { print("Basis: \(note)") }
                if !standard.overview.isEmpty { print(standard.overview) }
                if !standard.typicalJobTitles.isEmpty { print("Typical job titles: " + standard.typicalJobTitles.joined(separator: ", ")) }
                let labels = standard.skillIDs.map { taxonomy.skill(id: $0)?.label ?? $0 }
                print("Skills (\(labels.count)): " + labels.joined(separator: ", "))
                if !standard.soc.isEmpty { print("SOC 2020: " + standard.soc.map { "\($0.code) (via \"\($0.via)\")" }.joined(separator: ", ")) }
                print("Statements: \(standard.knowledge.count) knowledge, \(standard.skills.count) skills, \(standard.behaviours.count) behaviours, \(standard.duties.count) duties")
            } else if let group = detail.socUnitGroup {
                print("\(detail.id) \(group.title)")
                print(group.description)
                print("Linked standards: " + detail.linkedStandards.map { "\($0.reference) \($0.title)" }.joined(separator: "; "))
            }
        }
    }
}
