import Domain
import Foundation
import Matching
import Taxonomy

// MARK: - What the report template sees

/// Plain strings and flags, already worded, for `diagnostic.mustache`.
struct DiagnosticReportModel {
    struct Skill {
        var label: String
        var evidence: String
    }
    struct Group {
        var name: String
        var skills: [Skill]
    }
    struct Guess {
        var title: String
        var scheme: String
        var code: String
        var confidence: String
        var why: String
    }
    struct Course {
        var title: String
        /// The course page, when the feed gives an http(s) address.
        var url: String?
        var provider: String
        var start: String
        var mode: String
        var cost: String
        var place: String
        var level: String
        var covers: String
        var why: String
        var score: String
    }
    struct Path {
        var number: Int
        var anchor: String
        var title: String
        var code: String
        var route: String
        var level: String
        var score: String
        var summary: String
        var shared: String
        var missing: [String]
        var hasMissing: Bool
        var courses: [Course]
        var hasCourses: Bool
        var uncovered: String
        var hasUncovered: Bool
    }

    var generatedOn: String
    var constraints: String
    var notices: [String]
    var hasNotices: Bool
    var groups: [Group]
    var hasSkills: Bool
    /// Some skills are only likely from the learner's job (`HeldSkill.fromJob`).
    var hasJobSkills = false
    var occupations: [Guess]
    var hasOccupations: Bool
    struct Section {
        var id: String
        var heading: String
        var intro: String
        var paths: [Path]
        var hasPaths: Bool
    }
    var sections: [Section]

    init(_ diagnostic: Diagnostic) {
        generatedOn = diagnostic.generatedOn
        constraints = Self.describe(diagnostic.constraints, scope: diagnostic.providerScope)
        notices = diagnostic.notices
        hasNotices = !notices.isEmpty
        groups = diagnostic.skills.map { group in
            Group(name: group.name, skills: group.skills.map { held in
                // A skill likely from the job is a guess: said so, and not counted (review 4, S8).
                let evidence = held.fromJob == nil
                    ? held.evidence.map { "\u{201C}\(DiagnosticReport.quotable($0))\u{201D}" }.joined(separator: ", ")
                    : "likely, " + held.evidence.joined(separator: ", ") + " — not counted in the matches, and no course is suggested for it"
                return Skill(label: held.label, evidence: evidence)
            })
        }
        hasSkills = !groups.isEmpty
        hasJobSkills = diagnostic.skills.contains { $0.skills.contains { $0.fromJob != nil } }
        occupations = diagnostic.currentOccupations.map { guess in
            Guess(
                title: guess.occupation.title, scheme: guess.occupation.scheme == .ifate ? "Apprenticeship standard" : "SOC 2020 unit group",
                code: guess.occupation.code, confidence: "\(Int((guess.confidence * 100).rounded()))%", why: guess.why)
        }
        hasOccupations = !occupations.isEmpty
        let upskill = diagnostic.upskill.enumerated().map { Self.path($1, number: $0 + 1, prefix: "upskill") }
        let reskill = diagnostic.reskill.enumerated().map { Self.path($1, number: $0 + 1, prefix: "reskill") }
        let reskillWording = Self.reskillSection(diagnostic)
        sections = [
            Section(
                id: "upskill", heading: "Upskill: move up from your job",
                intro: "Moves up from your current job: a higher level in your route or pathway, a lead role, or teaching your trade.",
                paths: upskill, hasPaths: !upskill.isEmpty),
            Section(id: "reskill", heading: reskillWording.heading, intro: reskillWording.intro, paths: reskill, hasPaths: !reskill.isEmpty),
        ]
    }

    /// The reskill section's heading and introduction, true to its paths: when one stays in the
    /// route of the learner's current job (a sideways move), it does not claim "a new field".
    static func reskillSection(_ diagnostic: Diagnostic) -> (heading: String, intro: String) {
        let ownRoutes = Set(diagnostic.currentOccupations.filter { $0.occupation.scheme == .ifate }.prefix(1).compactMap(\.occupation.route))
        if diagnostic.reskill.contains(where: { $0.occupation.route.map(ownRoutes.contains) ?? false }) {
            return (
                "Reskill: change to another kind of job",
                "Other kinds of job, in other routes or, where few others share your skills, in your own route; ranked by how much of their skill set you already have."
            )
        }
        return ("Reskill: move into a new field", "Occupations in other routes, ranked by how much of their skill set you already have.")
    }

    static func path(_ path: CareerPath, number: Int, prefix: String) -> Path {
        Path(
            number: number, anchor: "\(prefix)-\(number)", title: path.occupation.title, code: path.occupation.code,
            route: path.occupation.routeName ?? path.occupation.route ?? "", level: path.occupation.level.map { "Level \($0)" } ?? "",
            score: "\(Int((path.score * 100).rounded()))%", summary: path.why.summary,
            shared: path.sharedSkills.isEmpty ? "none yet" : path.sharedSkills.map(\.label).joined(separator: ", "),
            missing: path.missingSkills.prefix(10).map(\.label), hasMissing: !path.missingSkills.isEmpty,
            courses: path.courses.map(course), hasCourses: !path.courses.isEmpty,
            uncovered: path.uncoveredSkills.map(\.label).joined(separator: ", "), hasUncovered: !path.uncoveredSkills.isEmpty)
    }

    static func course(_ course: CourseOption) -> Course {
        let start = course.nextStart ?? (course.flexibleStart ? "Flexible start" : "Ask the provider")
        let cost: String
        if course.costToLearner != nil {
            let summary = course.costSummary
            let condition = course.costCondition
            // Wording that starts with the price ("£3,400 per year (…)") is shown alone, not after the price again.
            let shown = condition.map { $0.hasPrefix(summary) ? $0 : summary + " (\($0))" } ?? summary
            cost = shown.prefix(1).uppercased() + shown.dropFirst()
        } else if let pence = course.costPence {
            cost = pence == 0 ? "Free" : "£" + String(format: "%.2f", Double(pence) / 100).replacingOccurrences(of: ".00", with: "")
        } else {
            cost = course.costText ?? (course.funded ? "Funding available" : "Ask the provider")
        }
        let link = course.url.flatMap { url in url.lowercased().hasPrefix("https://") || url.lowercased().hasPrefix("http://") ? url : nil }
        return Course(
            title: course.title, url: link, provider: course.provider.name, start: start, mode: modeName(course.deliveryMode, course.studyMode),
            cost: cost,
            place: course.district?.name
                ?? (course.deliveryMode == .online ? "Online" : course.deliveryMode == .workBased ? "At the employer's workplace" : "Not stated"),
            level: course.level?.description ?? "", covers: course.coversSkills.map(\.label).joined(separator: ", "), why: course.why.summary,
            score: "\(Int((course.matchScore * 100).rounded()))%")
    }

    static func modeName(_ delivery: DeliveryMode?, _ study: StudyMode?) -> String {
        let parts = [
            delivery.map { mode -> String in
                switch mode {
                case .classroom: "Classroom"
                case .online: "Online"
                case .blended: "Blended"
                case .workBased: "Work-based"
                }
            },
            study.map { mode -> String in
                switch mode {
                case .fullTime: "full time"
                case .partTime: "part time"
                case .flexible: "flexible"
                case .partOfFullTime: "part of a full-time programme"
                }
            },
        ].compactMap { $0 }
        return parts.isEmpty ? "Not stated" : parts.joined(separator: ", ")
    }

    static func describe(_ constraints: LearnerConstraints, scope: ProviderRef?) -> String {
        var parts: [String] = []
        if let scope { parts.append("from \(scope.name) only") }
        // A funded work-based run with no venue (an apprenticeship) is at the employer's workplace, wherever that is.
        parts.append(constraints.districts.isEmpty
            ? "in any district"
            : "in " + constraints.districts.map(\.name).joined(separator: " or ") + " (or online, or at an employer's workplace)")
        if !constraints.deliveryModes.isEmpty { parts.append(constraints.deliveryModes.map(\.rawValue).joined(separator: " or ")) }
        if !constraints.studyModes.isEmpty { parts.append(constraints.studyModes.map(\.rawValue).joined(separator: " or ")) }
        if let pence = constraints.maxCostPence { parts.append("costing at most £\(pence / 100)") }
        if constraints.fundedOnly { parts.append("free or funded for this learner only") }
        if let minimum = constraints.minLevel { parts.append("from \(minimum)") }
        if let maximum = constraints.maxLevel { parts.append("up to \(maximum)") }
        if let from = constraints.startFrom { parts.append("starting from \(from)") }
        if let to = constraints.startTo { parts.append("starting by \(to)") }
        if let band = constraints.ageBand { parts.append("for a learner \(band.wording)") }
        return "Courses " + parts.joined(separator: ", ") + "."
    }
}
