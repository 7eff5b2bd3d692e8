import Domain
import Foundation
import Matching
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
        return taxonomy.taskSkills(ofUnitGroup: group.code).filter { !said.contains($0.id) && !closed.contains($0.id) }.map { skill in
            var held = HeldSkill(id: skill.id, label: skill.label, kind: skill.kind, evidence: [evidence], confidence: Self.jobSkillConfidence)
            held.fromJob = group.code
            return held
        }
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
