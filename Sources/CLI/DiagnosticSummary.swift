import Careers
import Domain

// MARK: - Plain-text diagnostic

/// The diagnostic as a short plain-text summary for the terminal.
enum DiagnosticSummary {
    static func text(_ diagnostic: Diagnostic) -> String {
        var lines: [String] = []
        for notice in diagnostic.notices { lines.append("Note: \(notice)") }
        if let scope = diagnostic.providerScope { lines.append("Courses from \(scope.name) only.") }
        lines.append("")
        lines.append("SKILLS YOU HAVE")
        if diagnostic.skills.isEmpty { lines.append("  (none recognised)") }
        for group in diagnostic.skills {
            lines.append("  \(group.name):")
            for skill in group.skills {
                lines.append("    - \(skill.label)  (\(skill.evidence.map { "\"\($0)\"" }.joined(separator: ", ")))")
            }
        }
        lines.append("")
        lines.append("WHAT YOU DO NOW")
        if diagnostic.currentOccupations.isEmpty { lines.append("  (not recognised; try --title)") }
        for guess in diagnostic.currentOccupations {
            lines.append("  \(guess.occupation.title) [\(guess.occupation.id)] — \(Int((guess.confidence * 100).rounded()))%")
        }
        for (heading, paths) in [("UPSKILL: MOVE UP IN YOUR FIELD", diagnostic.upskill), ("RESKILL: MOVE INTO A NEW FIELD", diagnostic.reskill)] {
            lines.append("")
            lines.append(heading)
            if paths.isEmpty { lines.append("  (none)") }
            for (number, path) in paths.enumerated() {
                let occupation = path.occupation
                lines.append(
                    "  \(number + 1). \(occupation.title) [\(occupation.code), level \(occupation.level.map(String.init) ?? "?"), \(occupation.routeName ?? "")] — match \(Int((path.score * 100).rounded()))%")
                lines.append("     Why: \(path.why.summary)")
                if !path.missingSkills.isEmpty {
                    lines.append("     To build: " + path.missingSkills.prefix(6).map(\.label).joined(separator: ", "))
                }
                for course in path.courses {
                    let start = course.nextStart ?? (course.flexibleStart ? "flexible start" : "start not given")
                    let cost = course.costPence.map { $0 == 0 ? "free" : "£\($0 / 100)" } ?? (course.funded ? "funded" : "cost not given")
                    let place = course.district?.name ?? course.deliveryMode?.rawValue ?? ""
                    lines.append("     • \(course.title) — \(course.provider.name); \(start); \(cost); \(place)")
                    if !course.coversSkills.isEmpty { lines.append("       covers: " + course.coversSkills.map(\.label).joined(separator: ", ")) }
                }
                if !path.uncoveredSkills.isEmpty {
                    lines.append("     No course here covers: " + path.uncoveredSkills.map(\.label).joined(separator: ", "))
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
