import Foundation
import Taxonomy

// MARK: - A school leaver's named level-4 job

/// Level 4 apprenticeships are open from 18 and are commonly applied for from year 13, so a school or
/// college leaver who names a level-4 job ("is there a software developer apprenticeship near me") is
/// offered it, with the entry requirement an adviser would add (A levels or a level 3 first), and its
/// level-3 first step where there is one. Degree apprenticeships (levels 6 and 7: solicitor, chartered
/// surveyor) are meant for school leavers with A levels, so one studying at level 3 who names such a job
/// is offered it the same way, with its entry requirements. Only a job the wish names is opened this way:
/// a school leaver's other paths stay at entry levels (up to level 3).
extension CareerDiagnostician {
    /// The level a school leaver may apply at directly when their wish names the job.
    static let leaverEntryLevel = entryLevel + 1

    /// Words of a school leaver studying at level 3, in year 12 or 13 (A levels, a T level or a level-3 BTEC).
    static let levelThreeStudyNeedles = [
        " a level", " a-level", " sixth form", " year 12", " year 13", " t level", " btec level 3", " level 3 btec", " extended diploma",
    ]

    /// Whether a school leaver's `text` says they study at level 3 (A levels, a T level or a level-3 BTEC, or
    /// year 12 or 13), done or predicted: the entry to a degree apprenticeship.
    static func studiesAtLevelThree(_ text: String) -> Bool {
        let lower = " " + Circumstances.droppingStudyNotDone(text).lowercased() + " "
        return levelThreeStudyNeedles.contains { lower.contains($0) }
    }

    /// Whether a school leaver's `text` says they are 17 or over or studying at level 3, so that a level-4
    /// apprenticeship (open from 18, usually after A levels or a level 3) is their next step, not one two
    /// years away (a 16-year-old who has just done their GCSEs starts at level 2 or 3).
    static func nearsLeaverEntry(_ text: String) -> Bool {
        if let age = Circumstances.statedAge(text), age >= 17 { return true }
        return studiesAtLevelThree(text)
    }

    /// The highest level a learner starting out (`isEarlyCareer`) is offered moves at: level 4 (`leaverEntryLevel`)
    /// for one who holds or is finishing a level 3 (A levels, a T level or a level-3 BTEC: `studiesAtLevelThree`) or
    /// who is an adult (`ageBand` 19+), since level-4 apprenticeships are open to them and a second level 3 is no
    /// step; otherwise the entry level (`entryLevel`, level 3), which a 16-year-old finishing their GCSEs starts at.
    static func leaverStartLevel(_ text: String, ageBand: AgeBand?) -> Int {
        studiesAtLevelThree(text) || ageBand == .adult ? leaverEntryLevel : entryLevel
    }

    /// The level a learner starting out is offered moves up to: `start` (`leaverStartLevel`), unless a job their
    /// wish names (`namedLevels`, the level of each) is at the entry level or below: a sixth former who wants to be
    /// a paralegal asks to start there, and is answered at that level, not a level above it.
    static func leaverStart(_ start: Int, namedLevels: [Int]) -> Int {
        start > entryLevel && namedLevels.contains { $0 <= entryLevel } ? entryLevel : start
    }

    /// Whether the job at `position` is one a school leaver naming it may apply for: a level-4 job
    /// (`leaverEntryLevel`), or a degree apprenticeship (`degreeLevel` and up) for one studying at level 3
    /// (`levelThree`, `studiesAtLevelThree`).
    /// The wish must name the job itself, in words that say what its work is on besides the job's own last
    /// word (`qualifiers`: "software" in "software developer"), or by its whole title when that is one word
    /// ("solicitor"): a wish for "an engineering apprenticeship" names a field, whose level-4 engineering
    /// manufacturing technician is no job the learner named.
    func isLeaverEntry(_ position: Int, qualifiers: Set<String>?, levelThree: Bool = false) -> Bool {
        let standard = model.targets[position].standard
        let level = standard.level == Self.leaverEntryLevel || (levelThree && standard.level >= Self.degreeLevel)
        // A bracket ("(integrated degree)") says how the job is trained for, not what it is.
        let oneWordTitle = !(standard.title.split(separator: "(").first ?? "").trimmingCharacters(in: .whitespaces).contains(" ")
        return level && (!(qualifiers ?? []).isEmpty || oneWordTitle)
    }

    /// Lists the named job at `position` among the moves, just before its first step `stone` when there is
    /// one (at the front otherwise), and returns what the diagnostic says about it.
    /// A `graduate` (one whose text shows a degree) hears that their degree opens a degree-level apprenticeship, not that it
    /// is open from 18 with A levels: a teacher's apprenticeship is a postgraduate one.
    func addLeaverEntry(_ position: Int, before stone: Int?, scored: [Fit], aspiration: Aspiration, reskill: inout [Candidate], graduate: Bool = false) -> String {
        let fit = scored[position].score
        var candidate = Candidate(position: position, score: fit + (aspiration.boost[position] ?? 0), fit: fit, reach: true)
        candidate.wished = true
        candidate.leaverEntry = true
        reskill.removeAll { $0.position == position }
        let index = stone.flatMap { stone in reskill.firstIndex { $0.position == stone } } ?? 0
        reskill.insert(candidate, at: index)
        reskill = Array(reskill.prefix(Self.maxReskillPaths))
        let standard = model.targets[position].standard
        var notice = standard.level >= Self.degreeLevel
            ? (graduate ? Self.graduateApprenticeshipNotice(standard) : Self.degreeApprenticeshipNotice(standard))
            : "\(standard.title) (level \(standard.level)), which your wish names, is an apprenticeship you can apply for from 18; "
                + "it usually asks for A levels or a level 3 qualification first"
        if let stone {
            let step = model.targets[stone].standard
            notice += ", so \(step.title) (level \(step.level)) is also offered as a first step towards it."
        } else {
            notice += "."
        }
        return notice
    }

    /// What the diagnostic says of a degree apprenticeship a school leaver studying at level 3 names, before
    /// any first step towards it: whether it is listed (`addLeaverEntry`) or not (it shares none of their skills).
    static func degreeApprenticeshipNotice(_ standard: OccupationalStandard) -> String {
        "\(standard.title) (level \(standard.level)), which your wish names, is a degree apprenticeship you can apply for from 18 with A levels "
            + "or another level 3 qualification; employers recruit for it directly and set their own grades"
    }

    /// What the diagnostic says of a degree-level apprenticeship a learner with a degree names.
    static func graduateApprenticeshipNotice(_ standard: OccupationalStandard) -> String {
        "\(standard.title) (level \(standard.level)), which your wish names, is a degree-level apprenticeship standard, and the degree you "
            + "mention opens it to you: employers recruit for it directly and train you while you work, so check each vacancy's entry requirements"
    }

    /// What a path's why adds for a school leaver's named level-4 job (`Candidate.leaverEntry`).
    static let leaverEntryReason =
        " Level 4 apprenticeships are open from 18 and usually ask for A levels or a level 3 qualification first, so check the entry requirements."

    /// What a path's why adds for a school leaver's named degree apprenticeship (`Candidate.leaverEntry` at `degreeLevel` and up).
    static let degreeEntryReason =
        " Degree apprenticeships are open from 18 to school leavers with A levels or another level 3 qualification; employers recruit for them "
            + "directly, with the degree paid for, so check each vacancy's entry requirements."

    /// The reason `path` adds for a school leaver's named job at `level` (`leaverEntryReason`, `degreeEntryReason`).
    static func leaverEntryReason(level: Int) -> String { level >= degreeLevel ? degreeEntryReason : leaverEntryReason }
}

// MARK: - Retired versions a wish names

extension CareerDiagnostician {
    /// The jobs each wish names (`Aspiration.namedJobs`), a retired version (`OccupationalStandard.isRetiredVersion`)
    /// only when it is within `reach` (a level above where the learner could start): a retired version is a job
    /// to apply for now, not a far-off goal to build first steps towards, since the version may no longer be
    /// offered. A wish whose closest job is such a retired version names no job, as one whose closest title
    /// does not name it (`aspirationBoosts`): "forensics" in a school leaver's wish names no level-7 advanced
    /// forensic practitioner led to by dental nursing, nor the forensic collision investigator behind it.
    /// Each wish keeps its place (an emptied one names nothing), as `Aspiration.namedQualifiers` counts them.
    func namedJobsPreferringCurrent(_ namedJobs: [[Int]], reach: Int) -> [[Int]] {
        namedJobs.map { jobs in
            let beyond = { (position: Int) in
                self.model.targets[position].standard.isRetiredVersion && self.model.targets[position].standard.level > reach
            }
            guard let closest = jobs.first, !beyond(closest) else { return [] }
            return jobs.filter { !beyond($0) }
        }
    }
}
