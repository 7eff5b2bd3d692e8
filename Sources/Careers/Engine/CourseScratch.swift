import Domain
import Matching

// MARK: - Per-diagnosis scratch space

/// Reusable memory for one diagnosis (not shared between threads): which courses a path has already
/// looked at, the current gap's weight per skill, and each course's best run under the diagnosis's
/// constraints, worked out once for all its paths.
///
/// The arrays are buffers the scratch owns rather than array properties, so the ranking loop reads and
/// writes them without a reference count or an exclusivity check per access.
final class CourseScratch {
    /// Per course: the generation of the last path that looked at it.
    let seen: UnsafeMutableBufferPointer<UInt32>
    var generation: UInt32 = 0
    /// Per skill: its weight in the current path's gap, 0 outside it.
    let gapWeight: UnsafeMutableBufferPointer<Double>
    /// Per skill: the generation of the last path a qualifying course covered it for.
    let covered: UnsafeMutableBufferPointer<UInt32>
    /// Per course-title term: the generation of the last path whose occupation names it.
    let termMark: UnsafeMutableBufferPointer<UInt32>
    /// Per course: the position of its best run among its runs (`CourseIndex.bestRunIndex`) under
    /// `runsFor`, `noRun` when none qualifies, `unknownRun` when not yet worked out.
    let bestRuns: UnsafeMutableBufferPointer<Int32>
    /// Per course: as `bestRuns`, under `wideRunsFor` (the constraints without the learner's districts), for the courses
    /// outside their districts a path lists when none inside serves it (`CareerDiagnostician.nearestOutside`).
    let wideRuns: UnsafeMutableBufferPointer<Int32>
    /// Per course: the generation of the last path whose occupation it leads to (`CourseIndex.leadsTo`),
    /// and how plainly (`CourseIndex.Lead.strength`).
    let leadMark: UnsafeMutableBufferPointer<UInt32>
    let leadStrength: UnsafeMutableBufferPointer<Int32>
    /// Per skill: the generation of the last path it is a core skill of (`OccupationSkillModel.coreSkills`).
    let coreMark: UnsafeMutableBufferPointer<UInt32>
    /// Per skill: its weight in the current path's field vector (`CourseIndex.fieldVector`), 0 outside it.
    let targetField: UnsafeMutableBufferPointer<Double>
    /// Per skill: the evidence the current path's standard gives it (`CourseIndex.fieldEvidence`), 0 outside its field.
    let fieldEvidence: UnsafeMutableBufferPointer<Double>
    /// Per skill: held only as likely from the learner's job (`HeldSkill.fromJob`); empty when none.
    private(set) var jobHeld: [Bool] = []
    /// The level the learner works at or holds a qualification at, when known.
    private(set) var learnerLevel: Int?
    /// Their text says English is not their first language or asks for English
    /// (`CareerDiagnostician.asksForEnglish`): ESOL courses are for them.
    private(set) var wantsEnglish = false
    /// Their text says they need basic skills: reading, writing, maths or computers
    /// (`CareerDiagnostician.asksForBasicSkills`): entry-level courses are for them whatever their path's level.
    private(set) var needsBasics = false
    /// A school leaver studying at level 3 (A levels, a T level: `CareerDiagnostician.studiesAtLevelThree`): a
    /// second full-time programme at level 3 or below is no step for them.
    private(set) var studiesLevelThree = false
    /// The level of the course the learner says they are on ("doing level 2 hospitality at college":
    /// `CareerDiagnostician.studiedLevel`): a course below it is a step back for them.
    private(set) var studiedLevel: Int?
    /// Per skill: closed by what the learner says they can no longer do (`CareerDiagnostician.limitNamedSkills`: HGV driving
    /// for a courier whose licence was revoked); empty when no limit is read.
    private(set) var closedSkill: [Bool] = []
    /// Per occupation (a position of the model's targets): ruled out by the learner's limits
    /// (`OccupationSkillModel.isRuledOut`); empty when no limit is read.
    private(set) var ruledOut: [Bool] = []
    /// The learner cannot drive (`WorkLimit.driving`): online, blended and work-based courses come before classroom ones.
    private(set) var cannotDrive = false
    /// The learner's body limits heavy work (`WorkLimit.physical`): a course whose entry requirements ask for physical fitness
    /// (`CourseIndex.Entry.physicalDemand`) is not theirs.
    private(set) var physicalLimit = false
    /// Per course: the sentence of its entry requirements the learner does not meet (`unmetRequirements`), worked out once.
    private var unmetFlags: [String?]?
    /// The age the learner states (`Circumstances.statedAge`) and the highest level their text says they hold
    /// (`CareerDiagnostician.heldLevel`), which a free place's condition is judged against (`CostWording.judged`).
    private(set) var statedAge: Int?
    private(set) var heldLevel: (level: Int, words: String)?
    /// The ticket codes the learner says they hold (`CareerDiagnostician.heldTicketCodes`: PA1, CSCS), and per course whether its
    /// title names only tickets among them (`heldCourses`), worked out once; empty when they name none.
    private(set) var heldCodes: Set<String> = []
    private var heldCourseFlags: [Bool]?
    /// The qualifications the learner says they hold, with their subjects' index terms (`CareerDiagnostician.heldQualifications`),
    /// and per course whether it is one of them or below one in its subject (`heldQualificationCourses`), worked out once.
    private(set) var heldSubjects: [(level: Int, terms: Set<String>)] = []
    private var heldQualificationFlags: [Bool]?
    /// The learner says they do not want to go to university (`CareerDiagnostician.saysNoUniversity`): no bachelor's degree is theirs.
    private(set) var noUniversity = false
    /// The constraints and day `bestRuns` holds runs for.
    private var runsFor: (constraints: LearnerConstraints, today: String)?
    /// The constraints and day `wideRuns` holds runs for.
    private var wideRunsFor: (constraints: LearnerConstraints, today: String)?

    static let noRun: Int32 = -1
    static let unknownRun: Int32 = -2

    init(courses: Int, skills: Int, terms: Int) {
        seen = Self.buffer(courses, 0)
        gapWeight = Self.buffer(skills, 0)
        covered = Self.buffer(skills, 0)
        termMark = Self.buffer(terms, 0)
        bestRuns = Self.buffer(courses, Self.unknownRun)
        wideRuns = Self.buffer(courses, Self.unknownRun)
        leadMark = Self.buffer(courses, 0)
        leadStrength = Self.buffer(courses, 0)
        coreMark = Self.buffer(skills, 0)
        targetField = Self.buffer(skills, 0)
        fieldEvidence = Self.buffer(skills, 0)
    }

    /// A buffer of `count` elements, each `value`; deallocated in `deinit`.
    private static func buffer<Element>(_ count: Int, _ value: Element) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: count)
        buffer.initialize(repeating: value)
        return buffer
    }

    deinit {
        seen.deallocate()
        gapWeight.deallocate()
        covered.deallocate()
        termMark.deallocate()
        bestRuns.deallocate()
        wideRuns.deallocate()
        leadMark.deallocate()
        leadStrength.deallocate()
        coreMark.deallocate()
        targetField.deallocate()
        fieldEvidence.deallocate()
    }

    /// Records what the learner's job likely involves and the level they work at, for every path.
    func learner(
        jobSkills: [Int], level: Int?, wantsEnglish: Bool = false, needsBasics: Bool = false, studiesLevelThree: Bool = false, studiedLevel: Int? = nil
    ) {
        learnerLevel = level
        self.studiesLevelThree = studiesLevelThree
        self.studiedLevel = studiedLevel
        self.wantsEnglish = wantsEnglish
        self.needsBasics = needsBasics
        guard !jobSkills.isEmpty else { return }
        jobHeld = Array(repeating: false, count: gapWeight.count)
        for skill in jobSkills { jobHeld[skill] = true }
    }

    /// Records what a free place's condition is judged against: the learner's stated age and the level they say they hold.
    func costReading(
        age: Int?, held: (level: Int, words: String)?, codes: Set<String> = [], qualifications: [(level: Int, subject: String)] = [],
        noUniversity: Bool = false
    ) {
        self.noUniversity = noUniversity
        statedAge = age
        heldLevel = held
        heldCodes = codes
        let analyzer = TextAnalyzer()
        heldSubjects = qualifications.map { (level: $0.level, terms: CourseIndex.subjectTerms(Set(analyzer.terms($0.subject)))) }.filter { !$0.terms.isEmpty }
    }

    /// Per course of `index`: a qualification the learner holds, or one below it in its subject (`CourseIndex.isHeldQualification`):
    /// a level 3 certificate in supporting teaching and learning for a learning mentor with that certificate, a level 2 hair
    /// apprenticeship for a wig fitter with NVQ level 3 hairdressing. Empty when they name no qualification with a subject.
    func heldQualificationCourses(_ index: CourseIndex) -> [Bool] {
        guard !heldSubjects.isEmpty else { return [] }
        if let heldQualificationFlags { return heldQualificationFlags }
        let analyzer = TextAnalyzer()
        let acronymTerms = index.courseAcronyms.map { $0.isEmpty ? [] : Set($0.flatMap { analyzer.terms($0) }) }
        let flags = index.entries.indices.map { position in
            guard let level = index.entries[position].level?.rank else { return false }
            return heldSubjects.contains { held in
                // A body's qualification ("AAT level 3": its subject the body's acronym alone) holds the body's courses at or below
                // its level (the AAT level 2 certificate in bookkeeping and level 3 diploma for an AAT level 3 holder).
                level <= held.level && (CourseIndex.isHeldQualification(titleTerms: index.entries[position].titleTerms, heldTerms: held.terms)
                    || (held.terms.count == 1 && acronymTerms[position].contains(held.terms.first!)))
            }
        }
        heldQualificationFlags = flags
        return flags
    }

    /// Per course of `index`: its title's ticket codes (`CareerDiagnostician.ticketCodes`) are all ones the learner holds
    /// (`heldCodes`), so it is a course for a ticket they have (a PA1 and PA6 pesticide award for a sprayer with PA1, PA2 and
    /// PA6). Empty when they name no ticket.
    func heldCourses(_ index: CourseIndex) -> [Bool] {
        guard !heldCodes.isEmpty else { return [] }
        if let heldCourseFlags { return heldCourseFlags }
        var flags = Array(repeating: false, count: index.entries.count)
        for (position, codes) in index.ticketTitles where codes.isSubset(of: heldCodes) { flags[position] = true }
        heldCourseFlags = flags
        return flags
    }

    /// Per course of `index`: the sentence of its entry requirements the learner does not meet, or nil: physical fitness for a
    /// learner whose body limits heavy work (`physicalLimit`), or a trade (`CourseIndex.Prerequisite`) none of whose skills they
    /// said or their job involves (`held`, `jobHeld`): a heat pump bootcamp asking for a plumbing qualification, for a cellar
    /// technician. Worked out once per diagnosis over the few courses with such requirements; empty when none has.
    func unmetRequirements(_ index: CourseIndex, held: [Bool]) -> [String?] {
        if let unmetFlags { return unmetFlags }
        var flags: [String?] = index.requirementEntries.isEmpty ? [] : Array(repeating: nil, count: index.entries.count)
        for position in index.requirementEntries {
            let entry = index.entries[position]
            if physicalLimit, let demand = entry.physicalDemand {
                flags[position] = demand
            } else if let need = entry.prerequisite,
                !need.skills.contains(where: { (!held.isEmpty && held[$0]) || (!jobHeld.isEmpty && jobHeld[$0]) }),
                // A qualification it names, held at its level or above, meets it too (AAT level 3 for "AAT Level 2 or equivalent").
                !need.qualifications.contains(where: { named in
                    heldSubjects.contains { $0.terms == named.terms && $0.level >= named.level }
                })
            {
                flags[position] = need.sentence
            }
        }
        unmetFlags = flags
        return flags
    }

    /// Records what the learner's limits close: the skills (`closed`) and the occupations (`ruledOut`, one flag per
    /// target), so that no path lists a course training for work they cannot do (`CareerDiagnostician.trainsForClosedWork`).
    /// `cannotDrive`: the learner cannot drive (`WorkLimit.driving`), so courses they need not travel to come first.
    func limits(closed: Set<Int>, ruledOut: [Bool], cannotDrive: Bool = false, physical: Bool = false) {
        self.cannotDrive = cannotDrive
        physicalLimit = physical
        guard !closed.isEmpty || ruledOut.contains(true) else { return }
        closedSkill = Array(repeating: false, count: gapWeight.count)
        for skill in closed where skill < closedSkill.count { closedSkill[skill] = true }
        self.ruledOut = ruledOut
    }

    func begin(gap: [(skill: Int, weight: Double)]) {
        generation &+= 1
        for entry in gap { gapWeight[entry.skill] = entry.weight }
    }

    func end(gap: [(skill: Int, weight: Double)]) {
        for entry in gap { gapWeight[entry.skill] = 0 }
    }

    /// Sets the current path's field vector (`CourseIndex.fieldVector`) and its standard's evidence for each
    /// skill of it (`CourseIndex.fieldEvidence`), until `endField`.
    func beginField(_ field: [(skill: Int, weight: Double)], evidence: [Double]) {
        for (entry, named) in zip(field, evidence) {
            targetField[entry.skill] = entry.weight
            fieldEvidence[entry.skill] = named
        }
    }

    func endField(_ field: [(skill: Int, weight: Double)]) {
        for entry in field {
            targetField[entry.skill] = 0
            fieldEvidence[entry.skill] = 0
        }
    }

    /// Makes `bestRuns` hold runs for `constraints` and `today`, forgetting those worked out for others.
    func prepareRuns(constraints: LearnerConstraints, today: String) {
        if let runsFor, runsFor.constraints == constraints, runsFor.today == today { return }
        bestRuns.update(repeating: Self.unknownRun)
        runsFor = (constraints, today)
    }

    /// Makes `wideRuns` hold runs for `constraints` (the learner's without their districts) and `today`.
    func prepareWideRuns(constraints: LearnerConstraints, today: String) {
        if let wideRunsFor, wideRunsFor.constraints == constraints, wideRunsFor.today == today { return }
        wideRuns.update(repeating: Self.unknownRun)
        wideRunsFor = (constraints, today)
    }

    /// The scratch's buffers, for a ranking loop to read and write without holding the scratch itself.
    var buffers: Buffers {
        Buffers(
            seen: seen, gapWeight: gapWeight, covered: covered, termMark: termMark, bestRuns: bestRuns, wideRuns: wideRuns, leadMark: leadMark, leadStrength: leadStrength,
            coreMark: coreMark, targetField: targetField, fieldEvidence: fieldEvidence)
    }

    /// The scratch's buffers (see `CourseScratch`), valid while the scratch lives.
    struct Buffers {
        let seen: UnsafeMutableBufferPointer<UInt32>
        let gapWeight: UnsafeMutableBufferPointer<Double>
        let covered: UnsafeMutableBufferPointer<UInt32>
        let termMark: UnsafeMutableBufferPointer<UInt32>
        let bestRuns: UnsafeMutableBufferPointer<Int32>
        let wideRuns: UnsafeMutableBufferPointer<Int32>
        let leadMark: UnsafeMutableBufferPointer<UInt32>
        let leadStrength: UnsafeMutableBufferPointer<Int32>
        let coreMark: UnsafeMutableBufferPointer<UInt32>
        let targetField: UnsafeMutableBufferPointer<Double>
        let fieldEvidence: UnsafeMutableBufferPointer<Double>

        /// The best run of the course at `position` of `entries` under the prepared constraints
        /// (`prepareRuns`; `prepareWideRuns` when `wide`), worked out on first use.
        func bestRun(
            _ position: Int, in entries: UnsafeBufferPointer<CourseIndex.Entry>, constraints: LearnerConstraints, today: String, wide: Bool = false
        ) -> CourseIndex.Run? {
            let bestRuns = wide ? wideRuns : bestRuns
            var choice = bestRuns[position]
            if choice == CourseScratch.unknownRun {
                choice = CourseIndex.bestRunIndex(
                    provider: entries[position].provider.id, level: entries[position].level, youthOnly: entries[position].youthOnly,
                    adultOnly: entries[position].adultOnly, runs: entries[position].runs, constraints: constraints, today: today).map { Int32($0) } ?? CourseScratch.noRun
                bestRuns[position] = choice
            }
            return choice == CourseScratch.noRun ? nil : entries[position].runs[Int(choice)]
        }
    }
}
