import Domain
import Foundation
import Matching
import Synchronization
import Taxonomy

// MARK: - Skills likely from the learner's job

/// A one-line profile ("I was a butcher for 10 years") names a job but hardly any skills. The SOC 2020
/// unit group the job title places the learner in lists the tasks that job involves, and the taxonomy
/// build read the skills those tasks name (`SkillsTaxonomy.taskSkills(ofUnitGroup:)`). Those skills are
/// offered as a separate, weaker kind of evidence ("from your job as butcher (SOC 2020 5431)"), only when
/// the placement is confident, never for a skill the learner's words already evidence or deny, and never
/// for a skill a limit they state closes to them (a driver who lost their licence is not shown driving).
extension CareerDiagnostician {
    /// The confidence of a skill known only from the learner's job, below every skill their words
    /// evidence (an engine match over a sentence starts at 0.65).
    static let jobSkillConfidence = 0.5

    /// The skills the learner's job likely involves that their words do not name.
    ///
    /// The job is the best SOC 2020 unit group guessed (from the job title, or without one from the
    /// text), taken only when the job title, or the words the text opens with ("Butcher at a farm shop
    /// …", "I was a butcher for 10 years"), name that group: its title, related job titles or coding-index
    /// titles share words with the job title, and every word of the text's opening title. A school
    /// leaver's text names no job held.
    /// - Parameters:
    ///   - title: the job title given, if any; `history` the profile's history sentences.
    ///   - guesses: the current occupations guessed, best first within each scheme.
    ///   - extraction: the skills the words evidence (and deny), which this never repeats.
    ///   - limits: the stated work limits (`WorkLimit.stated`), whose skills are left out.
    func likelyJobSkills(
        title: String?, history: String, guesses: [OccupationGuess], extraction: ExtractionResult, limits: [Int], earlyCareer: Bool
    ) -> [HeldSkill] {
        guard !earlyCareer, let group = guesses.first(where: { $0.occupation.scheme == .soc2020 })?.occupation,
            let named = title ?? Self.openingTitle(history), let stems = titleStems.socGroups[group.code]
        else { return [] }
        let words = Self.matchedPhrases(in: named, tokens: analyzer.tokens(named), wanted: stems)
        guard !words.isEmpty else { return [] }
        // A grade any field has ("technician", left of "planning technician" once the wish word "planning" is dropped) names
        // no job; and the job's own word, its last ("supervisor" in "Harvest supervisor"), must be among the words naming the
        // group: a harvest supervisor placed among elementary agricultural workers by "harvest" alone has no herd to manage.
        let nameWords = Self.singularWords(named)
        guard let head = nameWords.last, !nameWords.allSatisfy(Self.roleWords.contains),
            nameWords.count == 1 || words.contains(where: { Self.singularWords($0).contains(head) })
        else { return [] }
        // A text's opening words must name the group in full: "forklift driver" placed among energy plant
        // operatives shares only "driver" with it, so the placement is not confident.
        if title == nil, !analyzer.terms(named).allSatisfy(stems.contains) { return [] }
        let said = Set((extraction.skills + extraction.negated).map(\.skillID))
        let closed = Set(closedSkills(limits).map { model.skills[$0].id })
        let evidence = "from your job as \(words.joined(separator: " ").lowercased()) (SOC 2020 \(group.code))"
        let supported = supportedTaskSkills(ofGroup: group.code, groupTitle: group.title, named: named, history: history)
        return taxonomy.taskSkills(ofUnitGroup: group.code).filter { !said.contains($0.id) && !closed.contains($0.id) && supported($0.id) }.map { skill in
            var held = HeldSkill(id: skill.id, label: skill.label, kind: skill.kind, evidence: [evidence], confidence: Self.jobSkillConfidence)
            held.fromJob = group.code
            return held
        }
    }

    /// Words of tasks that say nothing of which job a task is ("carries out other work as required").
    static let everydayTaskTerms = Set(TextAnalyzer().terms(
        "work works worked working year years job jobs staff customer customers equipment other others etc ensure ensures required "
            + "relevant appropriate various general duties tasks task"))
    /// The fewest distinctive words a task must share with the learner's own words to be their task.
    static let ownTaskWords = 3

    /// Which of a unit group's task skills the learner's job holds. When the group's title names the job's kind of work
    /// ("Butchers" for a butcher, "Care workers and home carers" for a care assistant), its tasks are that job's, and all
    /// of them count. A broad group names several jobs in its tasks
    /// (a steeplejack among "Construction and building trades n.e.c.": bricklaying, plastering, plumbing, fencing and
    /// diving tasks beside "repairs steeples, industrial chimneys … lightning conductors"): a skill a task names then
    /// counts only when that task shares at least `ownTaskWords` distinctive words with the learner's own (title and
    /// history; all of them, at least two, when they are fewer), or when no task names it (the team's profile adds it).
    func supportedTaskSkills(ofGroup code: String, groupTitle: String, named: String, history: String) -> (String) -> Bool {
        // The title's words for the kind of work, not its grade ("care" of "care assistant", "site" of "site engineer").
        let groupWords = Set(Self.singularWords(groupTitle))
        let fieldWords = Self.singularWords(named).filter { !Self.roleWords.contains($0) }
        guard !fieldWords.allSatisfy(groupWords.contains), let tasks = taxonomy.socUnitGroup(code: code)?.tasks else {
            return { _ in true }
        }
        let own = Set(analyzer.terms(named + " " + history).filter { !$0.allSatisfy(\.isNumber) }).subtracting(Self.everydayTaskTerms)
        // A one-line profile ("I was a care assistant for 10 years") has only its title's words to share.
        let needed = min(Self.ownTaskWords, max(2, own.count))
        var namedBy: [String: Bool] = [:]
        for task in groupTasks(of: code, tasks: tasks) {
            let shares = task.terms.intersection(own).count >= needed
            for skillID in task.skillIDs {
                namedBy[skillID] = (namedBy[skillID] ?? false) || shares
            }
        }
        return { id in namedBy[id] ?? true }
    }

    // MARK: Unit-group tasks, read once

    /// One task of a SOC unit group: its analysed words, and the skills it names word for word (exact or stemmed).
    struct GroupTask: Sendable {
        let terms: Set<String>
        let skillIDs: [String]
    }

    /// The unit group's tasks, analysed and run through skill extraction on first use and kept: the same few groups
    /// come up diagnosis after diagnosis, and reading their tasks each time cost more than the rest of the job-skill step.
    func groupTasks(of code: String, tasks: [String]) -> [GroupTask] {
        if let known = groupTaskCache.withLock({ $0[code] }) { return known }
        let read = tasks.map { task in
            GroupTask(
                terms: Set(analyzer.terms(task)),
                skillIDs: taxonomy.extract(task).skills.filter { $0.method == .exact || $0.method == .stemmed }.map(\.skillID))
        }
        groupTaskCache.withLock { $0[code] = read }
        return read
    }

    /// The skill groups with the job's likely skills after the skills of each kind the words evidence,
    /// in the usual order of kinds.
    static func adding(_ jobSkills: [HeldSkill], to groups: [SkillGroup]) -> [SkillGroup] {
        guard !jobSkills.isEmpty else { return groups }
        return SkillKind.allCases.compactMap { kind in
            let said = groups.first { $0.kind == kind }?.skills ?? []
            let skills = said + jobSkills.filter { $0.kind == kind }
            return skills.isEmpty ? nil : SkillGroup(kind: kind, name: kindName(kind), skills: skills)
        }
    }
}
