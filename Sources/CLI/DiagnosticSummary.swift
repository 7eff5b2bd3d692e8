import Careers
import Domain

// MARK: - Plain-text diagnostic

/// The diagnostic as a short plain-text summary for the terminal.
enum DiagnosticSummary {
    static func text(_ diagnostic: Diagnostic) -> String {
        var lines: [String] = []
        for notice in diagnostic.notices { lines.append("Note: \(notice)") }
        lines.append(DiagnosticReport.constraintsLine(diagnostic))
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
        let reskillHeading = DiagnosticReport.reskillHeading(diagnostic).uppercased()
        for (heading, paths) in [("UPSKILL: MOVE UP FROM YOUR JOB", diagnostic.upskill), (reskillHeading, diagnostic.reskill)] {
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
                    let place = course.district?.name ?? course.deliveryMode?.rawValue ?? ""
                    lines.append("     • \(course.title) — \(course.provider.name); \(start); \(course.costSummary); \(place)")
                    if let condition = course.costCondition { lines.append("       cost: \(condition)") }
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
