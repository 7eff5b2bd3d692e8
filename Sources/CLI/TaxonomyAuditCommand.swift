import ArgumentParser
import Foundation
import Taxonomy

// MARK: - taxonomy audit

extension Skillway.TaxonomyCommand {
    /// `skillway taxonomy audit`: the skills standards keep on thin evidence, for review.
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, per standard, the skills its vector keeps on one statement, in an example list only, or from another route.",
            discussion: "Builds the taxonomy from the inputs (nothing is written) and reads each standard's statements again.")

        @Option(help: "The reference data folder (with ifate/ and soc2020/).") var from: String = "../shared/data"
        @Option(help: "The folder with skills.txt, job-titles.txt and occupation-skills.txt.") var vocabulary: String = "Taxonomy"
        @Option(help: "Levels to audit, comma-separated (default: 2,3,4).") var levels: String = "2,3,4"
        @Option(help: "Only standards of this route slug.") var route: String?
        @Option(help: "Only this standard (reference), every kept skill shown.") var standard: String?
        @Flag(help: "Show every kept specific skill, not only the flagged ones.") var all = false
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let inputs = TaxonomyBuilder.Inputs(dataDirectory: URL(fileURLWithPath: from), vocabularyDirectory: URL(fileURLWithPath: vocabulary))
            let data = try TaxonomyBuilder(inputs: inputs).build()
            let wanted = Set(levels.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) })
            let audited = TaxonomyAudit.audit(data) { item in
                if let standard { return item.reference == standard }
                return wanted.contains(item.level) && (route == nil || item.route == route)
            }
            if json { return try printJSON(audited) }
            let specific = audited.flatMap { $0.entries.filter { ["technical", "digital", "net-zero"].contains($0.kind) } }
            for item in audited {
                let shown = item.entries.filter { standard != nil || ($0.kind != "common" && $0.kind != "behaviour" && (all || $0.incidental || $0.foreign)) }
                guard !shown.isEmpty else { continue }
                print("\(item.reference) \(item.title) (L\(item.level), \(item.route), \(item.statements) statements)")
                for entry in shown {
                    let flags = [entry.incidental ? "INCIDENTAL" : nil, entry.single ? "single" : nil, entry.examplesOnly ? "examples" : nil,
                                 entry.foreign ? "foreign" : nil].compactMap { $0 }.joined(separator: " ")
                    print(String(format: "  %-38@ %.2f  %@  [%@]  home %@", entry.label as NSString, entry.weight,
                                 entry.places.joined(separator: ",") as NSString, flags as NSString,
                                 entry.homeRoutes.joined(separator: ",") as NSString))
                }
            }
            print("Audited \(audited.count) standards: \(specific.count) kept specific skills, \(specific.filter(\.single).count) on one statement, "
                + "\(specific.filter(\.examplesOnly).count) in example lists only, \(specific.filter(\.foreign).count) from another route, "
                + "\(specific.filter(\.incidental).count) incidental")
        }
    }
}
