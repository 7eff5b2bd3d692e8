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
                // A skill likely from the job is said to be a guess that is not counted (review 4, S8).
                let evidence = skill.fromJob == nil
                    ? skill.evidence.map { "\"\(DiagnosticReport.quotable($0))\"" }.joined(separator: ", ")
                    : "likely " + skill.evidence.joined(separator: ", ") + "; not counted in matches, and no course is suggested for it"
                lines.append("    - \(skill.label)  (\(evidence))")
            }
        }
        lines.append("")
        lines.append("WHAT YOU DO NOW")
        // Plain words for a learner, not the command's option name.
        if diagnostic.currentOccupations.isEmpty {
            lines.append("  (we could not tell your job from what you wrote; if you have one, adding your job title helps)")
        }
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
                    lines.append("     • \(course.title) — \(course.provider.name); \(start); \(course.costSummary); \(Self.place(course))")
                    if let condition = course.costCondition { lines.append("       cost: \(condition)") }
                    // Every listed course says what it is for: the gap skills it covers, or else why it is listed
                    // (a course for the job itself; one teaching what a school leaver has made a start on).
                    // A course outside the districts the learner chose is listed only when none runs in them, and says so.
                    let outside = course.district.map { !diagnostic.constraints.districts.isEmpty && !diagnostic.constraints.districts.contains($0) } ?? false
                    lines.append(course.coversSkills.isEmpty || outside
                        ? "       why: \(course.why.summary)" : "       covers: " + course.coversSkills.map(\.label).joined(separator: ", "))
                    // What its entry requirements ask that the learner's text does not show, so a reader of the text sees it too.
                    if !(course.coversSkills.isEmpty || outside), let asks = course.why.summary.firstRange(of: "Its entry requirements") {
                        lines.append("       entry: " + course.why.summary[asks.lowerBound...])
                    }
                }
                if !path.uncoveredSkills.isEmpty {
                    lines.append("     No course here covers: " + path.uncoveredSkills.map(\.label).joined(separator: ", "))
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// How and where a course runs, every part given: "classroom, part-time, Wychavon"; "online, full-time".
    static func place(_ course: CourseOption) -> String {
        // A work-based run with no venue (an apprenticeship) is at the employer's workplace, wherever that is.
        let place = course.district?.name ?? (course.deliveryMode == .workBased ? "at the employer's workplace" : nil)
        let parts = [course.deliveryMode?.rawValue, course.studyMode?.rawValue, place].compactMap { $0 }
        return parts.isEmpty ? "mode not given" : parts.joined(separator: ", ")
    }
}
