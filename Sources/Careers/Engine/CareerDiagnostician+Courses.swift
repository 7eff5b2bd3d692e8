import Domain
import Foundation
import Taxonomy

// MARK: - Courses for a path's gap

extension CareerDiagnostician {
    /// Courses meeting the constraints that cover the path's gap skills, best first, and the gap
    /// skills none of them covers.
    ///
    /// A course scores by the importance-weighted share of the gap it covers (times the tag's
    /// confidence), plus a little for being in the target's route, at a fitting level, and named like
    /// the target occupation. Courses that cover no gap skill are listed only when they are in the
    /// target's route at a fitting level and their title shares words with the occupation.
    func courses(
        for position: Int, gap: [(skill: Int, weight: Double)], index: CourseIndex, constraints: LearnerConstraints, today: String
    ) -> (courses: [CourseOption], uncovered: [SkillRef]) {
        let target = model.targets[position]
        let standard = target.standard
        let gapWeight = gap.reduce(0) { $0 + $1.weight }
        var gapWeightBySkill: [Int: Double] = [:]
        for entry in gap { gapWeightBySkill[entry.skill] = entry.weight }
        let nameTerms = targetStems[position]

        var seen = Set<Int32>()
        var candidates: [Int32] = []
        for entry in gap { for course in index.bySkill[entry.skill] where seen.insert(course).inserted { candidates.append(course) } }
        for course in index.byRoute[standard.route] ?? [] where seen.insert(course).inserted { candidates.append(course) }

        struct Scored {
            var entry: Int
            var run: CourseIndex.Run
            var covered: [(skill: Int, confidence: Double, reason: String)]
            var score: Double
            var titleShared: [String]
        }
        var scored: [Scored] = []
        var coveredAnywhere = Set<Int>()
        for candidate in candidates {
            let entry = index.entries[Int(candidate)]
            let covered = entry.skills.filter { gapWeightBySkill[$0.skill] != nil }
            let inRoute = entry.route == standard.route
            let levelFits = entry.level.map { $0.rank >= standard.level - 2 && $0.rank <= standard.level + 1 } ?? false
            let titleShared = entry.titleTerms.intersection(nameTerms)
            if covered.isEmpty && !(inRoute && levelFits && !titleShared.isEmpty) { continue }
            guard let run = index.bestRun(of: entry, constraints: constraints, today: today) else { continue }
            for skill in covered { coveredAnywhere.insert(skill.skill) }
            let coverage = gapWeight > 0 ? covered.reduce(0) { $0 + gapWeightBySkill[$1.skill]! * $1.confidence } / gapWeight : 0
            let score = 0.6 * min(coverage * 2, 1) + (inRoute ? 0.15 : 0) + (levelFits ? 0.1 : 0) + (titleShared.isEmpty ? 0 : 0.15)
            scored.append(Scored(entry: Int(candidate), run: run, covered: covered, score: score, titleShared: titleShared.sorted()))
        }
        scored.sort { lhs, rhs in
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            return (lhs.run.start ?? "9999") < (rhs.run.start ?? "9999")
        }
        var titles = Set<String>()
        var options: [CourseOption] = []
        for item in scored where options.count < Self.maxCoursesPerPath {
            let entry = index.entries[item.entry]
            // One run of a course under one title per provider is enough.
            guard titles.insert(entry.provider.id.rawValue + "\u{1F}" + entry.title.lowercased()).inserted else { continue }
            options.append(option(entry, item.run, covered: item.covered, score: item.score, titleShared: item.titleShared, gap: gap, standard: standard))
        }
        let uncovered = gap.filter { !coveredAnywhere.contains($0.skill) }.map { entry in
            let skill = model.skills[entry.skill]
            return SkillRef(id: skill.id, label: skill.label, kind: skill.kind)
        }
        return (options, uncovered)
    }

    func option(
        _ entry: CourseIndex.Entry, _ run: CourseIndex.Run, covered: [(skill: Int, confidence: Double, reason: String)], score: Double,
        titleShared: [String], gap: [(skill: Int, weight: Double)], standard: OccupationalStandard
    ) -> CourseOption {
        let coveredSet = Set(covered.map(\.skill))
        let coveredRefs = gap.filter { coveredSet.contains($0.skill) }.map { model.skills[$0.skill] }.map {
            SkillRef(id: $0.id, label: $0.label, kind: $0.kind)
        }
        let notCovered = gap.filter { !coveredSet.contains($0.skill) }.map { model.skills[$0.skill].label }
        var summary: String
        if coveredRefs.isEmpty {
            summary = "A \(routeName(standard.route)) course whose title matches \(standard.title)"
        } else {
            summary = "Covers " + Self.list(coveredRefs.prefix(4).map(\.label)) + (coveredRefs.count > 4 ? " and \(coveredRefs.count - 4) more" : "")
                + " from the gap for \(standard.title)"
        }
        if entry.route == standard.route && !coveredRefs.isEmpty { summary += ", in the same route" }
        summary += "."
        var terms = covered.map { Self.quoted(in: $0.reason) ?? model.skills[$0.skill].label }
        terms += titleShared
        var unique: [String] = []
        for term in terms where !unique.contains(term) { unique.append(term) }
        return CourseOption(
            id: entry.id, title: entry.title, provider: entry.provider, level: entry.level, nextStart: run.start, flexibleStart: run.flexibleStart,
            deliveryMode: run.deliveryMode, studyMode: run.studyMode, costPence: run.costPence, costText: run.costText, funded: run.funded,
            district: run.deliveryMode == .online ? nil : run.district, url: entry.url, coversSkills: coveredRefs,
            matchScore: (min(score, 1) * 1000).rounded() / 1000,
            why: Explanation(summary: summary, matchedTerms: unique, shared: coveredRefs.map(\.label), missing: notCovered))
    }

    /// The first quoted words of a tag's reason ("the text says \"CNC machining\" ..." → CNC machining).
    static func quoted(in reason: String) -> String? {
        guard let open = reason.firstIndex(of: "\"") else { return nil }
        let rest = reason[reason.index(after: open)...]
        guard let close = rest.firstIndex(of: "\"") else { return nil }
        let words = String(rest[..<close])
        return words.isEmpty || words.count > 60 ? nil : words
    }
}
