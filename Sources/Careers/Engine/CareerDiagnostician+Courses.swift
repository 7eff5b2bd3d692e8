import Domain
import Foundation
import Matching
import Taxonomy

// MARK: - Courses for a path's gap

extension CareerDiagnostician {
    /// Courses meeting the constraints that cover the path's gap skills, best first, and the gap
    /// skills none of them covers.
    ///
    /// Courses are ordered as an adviser lists them (`CourseRank`): those that lead to the occupation
    /// (`CourseIndex.leadsTo`) first, then the target route's, then other routes' courses that teach a
    /// core, specific gap skill (no other route's course is listed); within each by the
    /// importance-weighted share of the gap covered, broad and generic skills discounted; a course at a
    /// level that does not suit the step ranks below the fitting ones. A course that covers no gap skill
    /// is never listed, nor one whose only gap skills are generic (a behaviour or a common skill such as
    /// problem solving) or broad, unless its title names a broad core skill of the job in its route (an online
    /// safeguarding course for a youth support worker), and then only for a path no other course serves; one that mostly teaches what the learner already has (`held`: a bootcamp for
    /// the licence they hold) ranks below the others, unless it is named for the occupation.
    ///
    /// What the learner's job likely involves (`CourseScratch.jobHeld`, shown as held "from your job")
    /// is not a gap to train for (except by a course leading to the occupation: a teacher degree
    /// apprenticeship for a teaching assistant's Teaching), and a course below the level the learner works at
    /// (`CourseScratch.learnerLevel`) in their own trade (a specific skill they hold) is left out (a
    /// level-1 hair course for a barber with an NVQ level 2); a course mostly of what they have, the
    /// job's likely skills included, ranks below the rest. Generic skills
    /// (behaviours such as patience and integrity, common skills such as problem solving) are not
    /// listed as uncovered: no course is offered for them alone, so saying none covers them is noise.
    ///
    /// On a returner's way back into the work they did before (`refresher`), courses a level below the work in their own
    /// trade are refreshers after time away, not step backs.
    ///
    /// When the learner's districts leave a path with no course (`nearestOutside`), the nearest courses elsewhere are
    /// listed, each saying so, rather than none. So too when the courses in their districts teach none of the path's gap
    /// (a general engineering apprenticeship listed only as in the route of a mechanic's path): the nearest that teach some
    /// of it come first (the light vehicle diploma next door), then the district's own.
    func courses(
        for position: Int, gap pathGap: [(skill: Int, weight: Double)], held said: [Bool] = [], index: CourseIndex, constraints: LearnerConstraints,
        today: String, scratch: CourseScratch, refresher: Bool = false
    ) -> (courses: [CourseOption], uncovered: [SkillRef]) {
        var found = coursesFound(
            for: position, gap: pathGap, held: said, index: index, constraints: constraints, today: today, scratch: scratch, refresher: refresher)
        found = collegeProgrammeFurther(
            to: position, found: found, gap: pathGap, held: said, index: index, constraints: constraints, today: today, scratch: scratch)
        if constraints.ageBand != .youth {
            let leading = Set(index.leadsTo[position].map { index.entries[Int($0.course)].id })
            found.courses = Self.apprenticeshipsFirst(found.courses, leading: leading)
            noApprenticeshipNote(&found.courses, for: position, leading: leading)
        }
        return found
    }

    /// `courses(for:)` before the notes on the list as a whole.
    private func coursesFound(
        for position: Int, gap pathGap: [(skill: Int, weight: Double)], held said: [Bool] = [], index: CourseIndex, constraints: LearnerConstraints,
        today: String, scratch: CourseScratch, refresher: Bool = false
    ) -> (courses: [CourseOption], uncovered: [SkillRef]) {
        // One search finds both the courses in the learner's districts and, alongside, the best anywhere (`anywhere`), which
        // are listed only when none in their districts teaches the gap.
        var anywhere: LearnerConstraints?
        if !constraints.districts.isEmpty {
            anywhere = constraints
            anywhere?.districts = []
        }
        let found = courseSearch(
            for: position, gap: pathGap, held: said, index: index, constraints: constraints, anywhere: anywhere, today: today, scratch: scratch,
            refresher: refresher)
        guard let wider = found.wider else {
            return nextDoorLead(
                to: position, found: (found.courses, found.uncovered), gap: pathGap, held: said, index: index, constraints: constraints, today: today,
                scratch: scratch, refresher: refresher)
        }
        let listed = Set(found.courses.map(\.id))
        // A course in another district is worth the journey when it leads to the occupation, teaches more than one of its gap
        // skills or teaches the skill that defines the job (`worthTravel`): a social media course is no funeral team member's
        // course two districts away for the one skill it shares, nor an IT diploma a game programmer's for its networking; a
        // patisserie course is a baker's for its baking.
        let leading = Set(index.leadsTo[position].map { index.entries[Int($0.course)].id })
        // The defining skill counts whether or not the learner has it: a fabrication and welding diploma is a welder's course
        // on a metal fabricator's path.
        // (The courses teaching it come from the skill's postings, `bySkill`, not from a look-up in the catalogue per course.)
        let definingTeachers = index.definingSkill[position].map { skill in Set(index.bySkill[skill].map { index.entries[Int($0)].id }) } ?? []
        // A course next door (a district bordering theirs) teaching a core, specific skill of the job is worth the shorter journey:
        // a chainsaw award at Pershore is a Malvern Hills countryside ranger's course for its arboriculture.
        let neighbours = Set(constraints.districts.flatMap { Self.neighbours[$0] ?? [] })
        let core = model.coreSkills[position], skillPosition = model.skillPosition
        let coreWork = { (course: CourseOption) -> Bool in
            course.district.map(neighbours.contains) == true && course.coversSkills.contains { skill in
                skillPosition[skill.id].map { core.contains($0) && index.specificSkill[$0] && !index.broadSkill[$0] } ?? false
            }
        }
        let worth = wider.filter { course in
            Self.worthTravel(
                covers: course.coversSkills.count, leads: leading.contains(course.id), defining: definingTeachers.contains(course.id),
                nextDoorCore: coreWork(course))
        }
        let teaching = found.courses.isEmpty ? worth : worth.filter { !$0.coversSkills.isEmpty && !listed.contains($0.id) }
        // A course another provider runs in the learner's districts under the same title is named with that run (`localRun`).
        let locals = teaching.map { localRun(of: $0, index: index, constraints: constraints, today: today) }
        let local = locals.compactMap { $0 }.filter { course in !listed.contains(course.id) }
        let nearest = Array((local + Self.nearestOutside(teaching.indices.filter { locals[$0] == nil }.map { teaching[$0] }, districts: constraints.districts))
            .prefix(Self.nearestOutsideCount))
        guard !nearest.isEmpty else { return (found.courses, found.uncovered) }
        let covered = Set(nearest.flatMap { $0.coversSkills.map(\.id) })
        return (Array((nearest + found.courses).prefix(Self.maxCoursesPerPath)), found.uncovered.filter { !covered.contains($0.id) })
    }

    /// How many gap skills a course that does not lead to the occupation must teach to be listed from outside the learner's districts.
    static let travelSkills = 2

    /// Whether a course outside the learner's districts is worth naming on a path: it leads to the occupation (`leads`), teaches
    /// at least `travelSkills` of the path's gap skills (`covers`), teaches the skill that defines the job (`defining`: the
    /// heaviest of its field, held or not), or runs next door and teaches a core, specific gap skill of the job (`nextDoorCore`:
    /// a chainsaw award in Wychavon for a Malvern Hills countryside ranger's arboriculture); not one gap skill shared by chance
    /// two districts away.
    static func worthTravel(covers: Int, leads: Bool, defining: Bool, nextDoorCore: Bool = false) -> Bool {
        leads || defining || nextDoorCore || covers >= travelSkills
    }

    /// `found` (a path's courses in the learner's districts) with, when it has room, the course named for the job or its field
    /// (`namesJob`: its title names the occupation or its trade, or the field's own qualification) that runs only in a district
    /// next to theirs, saying where: a steel erector in Bromsgrove who wants to be a health and safety adviser hears of the NEBOSH
    /// certificate in Kidderminster, not only of the online IOSH course.
    func nextDoorLead(
        to position: Int, found: (courses: [CourseOption], uncovered: [SkillRef]), gap: [(skill: Int, weight: Double)], held: [Bool],
        index: CourseIndex, constraints: LearnerConstraints, today: String, scratch: CourseScratch, refresher: Bool
    ) -> (courses: [CourseOption], uncovered: [SkillRef]) {
        guard !constraints.districts.isEmpty, found.courses.count < Self.maxCoursesPerPath else { return found }
        let neighbours = Set(constraints.districts.flatMap { Self.neighbours[$0] ?? [] }).subtracting(constraints.districts)
        let listed = Set(found.courses.map(\.id))
        let titles = Set(found.courses.map { Self.variantKey($0.title) })
        let names = namingTerms(of: position)
        let step = model.targets[position].standard.level
        // Named for the job or its field, at a level that suits the step (`CourseRank.levelFits`) or at none given (a professional
        // body's certificate).
        let leads = index.leadsTo[position].filter { lead in
            let entry = index.entries[Int(lead.course)]
            return (entry.level == nil || CourseRank.levelFits(course: entry.level?.rank, step: step))
                && (lead.strength >= CourseIndex.Lead.title || names.contains(where: { $0.isSubset(of: Set(entry.titleTerms)) }))
        }
        // A path that already lists a qualification so named in the learner's districts, at a level given, needs none from next door
        // (a beauty therapy diploma at level 2 for a beauty therapist); a short course with no level (IOSH Managing Safely) does not
        // stand for the field's certificate.
        guard !leads.contains(where: { index.entries[Int($0.course)].level != nil && listed.contains(index.entries[Int($0.course)].id) })
        else { return found }
        let leadingIn = { (districts: Set<District>, strength: Int32) -> Set<Int64> in
            Set(leads.compactMap { lead -> Int64? in
                let entry = index.entries[Int(lead.course)]
                guard lead.strength >= strength, !listed.contains(entry.id), !titles.contains(Self.variantKey(entry.title)),
                    entry.runs.contains(where: { $0.district.map(districts.contains) == true })
                else { return nil }
                return entry.id
            })
        }
        var leading = leadingIn(neighbours, 0)
        // An adult without a level 3 (no A levels: `CourseScratch.heldLevel` below 3) hears too of the course next door that prepares
        // for the job from well below it (`CourseIndex.preparationLevels`: the evening Access to HE diploma whose where-next names
        // physiotherapy, for a jockey with GCSEs who asks whether he can become a physio without A levels).
        let belowThree = constraints.ageBand != .youth && (scratch.heldLevel?.level ?? 0) < 3
        let preparing: Set<Int64> = !belowThree ? [] : Set(index.leadsTo[position].compactMap { lead -> Int64? in
            let entry = index.entries[Int(lead.course)]
            // An adult's preparation is a year's course (an Access to HE diploma), not a school leaver's two-year extended diploma.
            guard let level = entry.level?.rank, level <= step - CourseIndex.preparationLevels, !listed.contains(entry.id),
                !titles.contains(Self.variantKey(entry.title)),
                entry.runs.contains(where: { $0.district.map(neighbours.contains) == true && !$0.twoYearProgramme })
            else { return nil }
            return entry.id
        })
        var nextDoor = true
        // None next door: the course named for the occupation's own standard (`Lead.own`: the plumbing and domestic heating technician
        // apprenticeship for a plumbing path), when the path lists none that leads to it, is worth the journey across the county:
        // a learner in Wyre Forest who wants to be a plumber hears of the apprenticeship whose college days are in Worcester rather
        // than only of a retrofit taster.
        if leading.isEmpty, preparing.isEmpty,
            !found.courses.contains(where: { option in leads.contains { index.entries[Int($0.course)].id == option.id } })
        {
            let further = Set(District.allCases).subtracting(constraints.districts).subtracting(neighbours).subtracting([.outsideCounty])
            leading = leadingIn(further, CourseIndex.Lead.own)
            nextDoor = false
        }
        guard !leading.isEmpty || !preparing.isEmpty else { return found }
        var near = constraints
        near.districts = (nextDoor ? neighbours : Set(District.allCases).subtracting(constraints.districts).subtracting([.outsideCounty]))
            .sorted { $0.rawValue < $1.rawValue }
        let next = courseSearch(
            for: position, gap: gap, held: held, index: index, constraints: near, anywhere: nil, today: today, scratch: scratch, refresher: refresher)
        // A graduate (`CourseScratch.heldLevel` a degree) hears first of the postgraduate course that leads to the job (a PGCE for an
        // English graduate who wants to teach), not of a degree apprenticeship made for those without a degree.
        let graduate = (scratch.heldLevel?.level ?? 0) >= Self.degreeLevel
        let postgraduate = { (option: CourseOption) -> Bool in graduate && (option.level?.rank ?? 0) >= CourseRank.postgraduate }
        let additions = [
            next.courses.first(where: { leading.contains($0.id) && $0.district != nil && postgraduate($0) })
                ?? next.courses.first(where: { leading.contains($0.id) && $0.district != nil }),
            next.courses.first(where: { preparing.contains($0.id) && $0.district != nil }),
        ].compactMap { $0 }.prefix(Self.maxCoursesPerPath - found.courses.count)
        guard !additions.isEmpty else { return found }
        var result = found
        for var added in additions {
            added.why.summary += " It does not run in \(Self.list(constraints.districts.map(\.name))), where you asked for courses; "
                + "this one is in \(added.district!.name)" + (nextDoor ? ", next to it." : ".")
            let covered = Set(added.coversSkills.map(\.id))
            result = (result.courses + [added], result.uncovered.filter { !covered.contains($0.id) })
        }
        return result
    }

    /// The term sets that name an occupation's trade or field in a course title (`CourseIndex.tradeNames`).
    func namingTerms(of position: Int) -> [Set<String>] {
        CourseIndex.tradeNames(of: model.targets[position].standard.title, analyzer: TextAnalyzer())
    }

    /// The courses in the learner's districts (`constraints`) for a path, and, when `anywhere` (the constraints without
    /// their districts) is given and none of those teaches the gap, the best courses under `anywhere` (`wider`), found
    /// in the same pass over the candidates: see `courses(for:)`.
    private func courseSearch(
        for position: Int, gap pathGap: [(skill: Int, weight: Double)], held said: [Bool] = [], index: CourseIndex, constraints: LearnerConstraints,
        anywhere: LearnerConstraints?, today: String, scratch: CourseScratch, refresher: Bool = false
    ) -> (courses: [CourseOption], uncovered: [SkillRef], wider: [CourseOption]?) {
        let target = model.targets[position]
        let targetPosition = position
        let youth = constraints.ageBand == .youth
        let band = constraints.ageBand ?? .adult
        // A school leaver's skills are a start, not a trade (`startedSkills`): the courses of their path still
        // teach what they say they can do, as the gap does not show it.
        let started = youth ? startedSkills(of: position, held: said, gap: pathGap) : []
        let fullGap = pathGap + started
        let held = started.isEmpty ? said : said.enumerated().map { skill, has in has && !started.contains { $0.skill == skill } }
        let gap = scratch.jobHeld.isEmpty ? fullGap : fullGap.filter { !scratch.jobHeld[$0.skill] }
        let standard = target.standard
        let gapWeight = gap.reduce(0) { $0 + $1.weight }
        // Job-held skills keep their weight for the courses that lead to the occupation (a teaching
        // assistant's Teaching for a teacher degree apprenticeship); other courses skip them.
        scratch.begin(gap: fullGap)
        defer { scratch.end(gap: fullGap) }
        let field = index.targetFields[position]
        scratch.beginField(field, evidence: index.targetFieldEvidence[position])
        defer { scratch.endField(field) }
        let nameTerms = targetStems[position]
        let generation = scratch.generation

        struct Scored {
            var entry: Int32
            var run: CourseIndex.Run
            /// The order (`CourseRank`).
            var score: Double
            /// The match shown.
            var shown: Double
            /// How plainly it leads to the occupation (`CourseIndex.Lead.strength`), 0 when it does not.
            var lead: Int32
        }
        var best: [Scored] = []
        // Courses only about a core skill the job shares with many kinds of work (`aboutCoreSkill`), best first: listed
        // only when no course of the job's field is.
        var aside: [Scored] = []
        // The same two lists under `anywhere`, when given: runs in any district.
        var wideBest: [Scored] = []
        var wideAside: [Scored] = []
        let keep = Self.maxCoursesPerPath * 3
        let routeNumber = Route(rawValue: standard.route).flatMap { Route.allCases.firstIndex(of: $0) } ?? -2
        for term in nameTerms { if let id = index.termIDs[term] { scratch.termMark[Int(id)] = generation } }
        for lead in index.leadsTo[position] {
            scratch.leadMark[Int(lead.course)] = generation
            scratch.leadStrength[Int(lead.course)] = lead.strength
        }
        for skill in model.coreSkills[position] { scratch.coreMark[skill] = generation }

        // Keep the best few, best first; ties go to the earlier start, then the lower id.
        func better(_ lhs: Scored, _ rhs: Scored) -> Bool {
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            let left = lhs.run.start ?? "9999", right = rhs.run.start ?? "9999"
            return left != right ? left < right : lhs.entry < rhs.entry
        }
        scratch.prepareRuns(constraints: constraints, today: today)
        if let anywhere { scratch.prepareWideRuns(constraints: anywhere, today: today) }
        let marks = scratch.buffers
        let generic = genericSkill, jobHeld = scratch.jobHeld, learnerLevel = scratch.learnerLevel, studiedLevel = scratch.studiedLevel
        let heldLevel = scratch.heldLevel?.level
        let broad = index.broadSkill, specific = index.specificSkill, commonplace = model.isCommonplace
        let leadPath = model.isLeadRole[position]
        let saidHeld = { (skill: Int) -> Bool in !held.isEmpty && held[skill] }
        // ESOL is for a learner whose text says English is not their first language, asks for English or
        // says they are learning it (the ESOL skill among what they said).
        let wantsEnglish = scratch.wantsEnglish || (model.skillPosition["esol"].map { saidHeld($0) } ?? false)
        let basicSkills = Self.basicSkills.compactMap { model.skillPosition[$0] }
        let digitalBasics = Self.digitalBasics.compactMap { model.skillPosition[$0] }
        // The level below which an entry-level course may be the learner's: the level they work at, or, when no
        // job places them, their path's own, unless their text says they need basic skills (reading, maths,
        // computers) or English (`CourseScratch.needsBasics`).
        let levelFloor = learnerLevel ?? (scratch.needsBasics || wantsEnglish ? 0 : standard.level)
        // A digital skill beyond the basics among what they said (IT support, spreadsheets) shows the everyday
        // digital skills an essential digital skills course teaches.
        let showsDigital = !held.isEmpty && model.skills.indices.contains { skill in
            held[skill] && model.skills[skill].kind == .digital && !digitalBasics.contains(skill)
        }
        let showsBasic = { (skill: Int) -> Bool in saidHeld(skill) || (showsDigital && digitalBasics.contains(skill)) }
        // A trade to teach: a specific skill, not a broad one, that the learner said or whose job involves it
        // (welding, hairdressing, cooking; not health and safety or safeguarding).
        let hasTrade = model.skills.indices.contains { skill in
            specific[skill] && !broad[skill] && ((!held.isEmpty && held[skill]) || (!jobHeld.isEmpty && jobHeld[skill]))
        }
        let jobOnly = { (skill: Int) -> Bool in !jobHeld.isEmpty && jobHeld[skill] }
        let studiesLevelThree = youth && scratch.studiesLevelThree
        let secondLevelThree = { (level: Int?, run: CourseIndex.Run) -> Bool in
            guard studiesLevelThree, let level, level <= 3 else { return false }
            return run.studyMode == .fullTime && run.deliveryMode != .workBased
        }
        // What the learner's limits close (`CourseScratch.limits`), unless this path's own job is among it: a path the limits
        // would close is shown only when the learner asked for it, and then its courses stand.
        let closedSkill = scratch.closedSkill
        let ruledOut = scratch.ruledOut.indices.contains(targetPosition) && !scratch.ruledOut[targetPosition] ? scratch.ruledOut : []
        let limited = !ruledOut.isEmpty
        // Courses for a ticket the learner holds (`CourseScratch.heldCourses`) are not theirs to take again.
        let heldCourse = scratch.heldCourses(index)
        // Entry requirements the learner does not meet (`CourseScratch.unmetRequirements`): the course is theirs only when it leads to
        // the job, and then says what it asks for.
        let unmet = scratch.unmetRequirements(index, held: said)
        // A qualification the learner holds, or one below it in its subject (`CourseScratch.heldQualificationCourses`), is not theirs
        // to take again: a level 3 certificate in supporting teaching and learning for a learning mentor who has it.
        let heldQualification = scratch.heldQualificationCourses(index)
        let noUniversity = scratch.noUniversity
        let graduate = (heldLevel ?? 0) >= Self.degreeLevel
        index.withBuffers { buffers in
            func consider(_ candidate: Int32) {
                let position = Int(candidate)
                guard marks.seen[position] != generation else { return }
                marks.seen[position] = generation
                if !heldCourse.isEmpty && heldCourse[position] { return }
                if !heldQualification.isEmpty && heldQualification[position] { return }
                let entry = buffers.hot[position]
                let entryTags = buffers.tags[Int(entry.tagStart)..<Int(entry.tagEnd)]
                // A course that trains for work the learner cannot do (`trainsForClosedWork`: an HGV driver bootcamp for a
                // courier whose licence was revoked) is no course for them, on any path.
                if limited && Self.trainsForClosedWork(entryTags, own: index.ownTargets[position], closedSkill: closedSkill, ruledOut: ruledOut) {
                    return
                }
                let lead = marks.leadMark[position] == generation ? marks.leadStrength[position] : 0
                // A course whose entry requirements the learner does not meet (a heat pump bootcamp asking for a plumbing
                // qualification, a chainsaw award asking for physical fitness of a waller with bad knees) is no step for them unless
                // it leads to the job, when it stays and says what it asks (`entryNote`).
                if !unmet.isEmpty && unmet[position] != nil && lead == 0 { return }
                // A bachelor's degree is no course for a learner who says they do not want to go to university, even one leading to
                // the job: their way in is the apprenticeship the job's standard is (`CourseScratch.noUniversity`).
                if noUniversity && index.bachelorsDegree[position] { return }
                // Nor is an undergraduate degree (a bachelor's or a foundation degree) a graduate's course (`graduate`: their text says
                // they hold a degree): their way into a degree-level job is a postgraduate course or the apprenticeship (a PGCE, not a
                // BA in primary teaching or an FdA in early years, for an English graduate who wants to teach).
                if graduate && index.undergraduateDegree[position] { return }
                // What counts of a tag: a gap skill, and not one only the learner's job suggests unless the course leads to the occupation.
                let counts = { (skill: Int) -> Bool in marks.gapWeight[skill] > 0 && (lead > 0 || !jobOnly(skill)) }
                var coverage = 0.0
                var coveredCount = 0
                var taught = false
                var coreSpecific = false
                var coreStrong = false
                var nearness = 0.0
                var sharedField = 0
                var distinct = false
                var fieldMass = 0.0
                var distinctCount = 0
                var focus = 0.0
                var namesCoreGap = false
                var sharesWork = false
                for tag in entryTags where marks.targetField[Int(tag.skill)] > 0 && tag.field > 0 {
                    nearness += tag.field * marks.targetField[Int(tag.skill)]
                    fieldMass += tag.field * tag.field
                    sharedField += 1
                    focus = max(focus, tag.field)
                    // What the course is on this path for: a gap skill, or a specific skill of the learner's own trade it takes further.
                    let forPath = marks.gapWeight[Int(tag.skill)] > 0
                        || (!broad[Int(tag.skill)] && (saidHeld(Int(tag.skill)) || jobOnly(Int(tag.skill))))
                    sharesWork = sharesWork || (forPath && marks.fieldEvidence[Int(tag.skill)] >= CourseIndex.FieldFit.passingEvidence)
                    // The work the job keeps coming back to (`FieldFit.coreStrong`), whether or not the learner has it: a core
                    // skill of its field that its standard names again and again; a broad one only when the course's title
                    // says it is about it: a customer service certificate for an administrator (many jobs serve customers;
                    // this one's standard keeps returning to it), not an adult care diploma for an orthotic technician's
                    // safeguarding, nor a care diploma for an outdoor instructor's sensory loss support, named once.
                    if marks.coreMark[Int(tag.skill)] == generation && !generic[Int(tag.skill)]
                        && ((specific[Int(tag.skill)] && !broad[Int(tag.skill)]) || tag.titleNamed)
                        && marks.fieldEvidence[Int(tag.skill)] >= OccupationSkillModel.strongEvidence
                    { coreStrong = true }
                    // A specific skill of the occupation the learner holds counts too (welding in a welding diploma
                    // for a welder's step up, listed at half marks as mostly held).
                    distinct = distinct || (!broad[Int(tag.skill)] && (saidHeld(Int(tag.skill)) || jobOnly(Int(tag.skill))))
                }
                for tag in entryTags where counts(Int(tag.skill)) {
                    let skill = Int(tag.skill)
                    coverage += marks.gapWeight[skill] * tag.confidence * CourseRank.skillFactor(generic: generic[skill], broad: broad[skill])
                    coveredCount += 1
                    taught = taught || !generic[skill]
                    distinct = distinct || (!generic[skill] && !broad[skill])
                    if !generic[skill] && !broad[skill] { distinctCount += 1 }
                    if specific[skill] && !broad[skill] && marks.coreMark[skill] == generation { coreSpecific = true }
                    namesCoreGap = namesCoreGap || (tag.titleNamed && broad[skill] && !commonplace[skill] && marks.coreMark[skill] == generation)
                }
                // A course its title says is about a core gap skill that many kinds of job name (safeguarding for a youth
                // support worker), in the occupation's route, is of its field: the broad skill is what it teaches, not a
                // passing mention (not health and safety, which every job names).
                let aboutCoreSkill = namesCoreGap && Int(entry.routeNumber) == routeNumber
                // A course teaches this path's gap, or it is not for this path; a generic skill alone never qualifies it.
                // A course that leads to the occupation is for it whatever its tags: it trains for the job itself.
                if lead == 0 && (coveredCount == 0 || !taught) { return }
                // Nor does a broad one alone (`CourseIndex.broadSkill`: equality and diversity, assessment and
                // feedback, health and safety) among the occupation's skills, gap or the learner's own, unless the course is about it (`FieldFit.focused`: an emergency
                // first aid award for an ambulance support worker's first aid): a counselling diploma is no youth
                // worker's course for its equality and diversity, nor a paramedic degree an occupational
                // therapist's for its assessment.
                var coreSkillOnly = false
                if lead == 0 && !distinct && focus < CourseIndex.FieldFit.focused { coreSkillOnly = true }
                if coreSkillOnly && !aboutCoreSkill { return }
                // One gap skill from a course mostly about other work (`oneSkillFieldMass`: little of its field
                // is the occupation's) is a passing mention: an export documentation course is no aviation
                // customer service course for its customs and border.
                if lead == 0 && distinctCount == 1 && fieldMass < Self.oneSkillFieldMass
                    && !(coreSpecific && Int(entry.routeNumber) == routeNumber && nearness >= CourseIndex.FieldFit.nearOtherRoute)
                { coreSkillOnly = true }
                if coreSkillOnly && !aboutCoreSkill { return }
                // A course that trains for another occupation (its title names it: `CourseIndex.ownTargets`) is
                // this path's only when that occupation's field is near this one's (`CourseIndex.kinField`): a
                // fabrication and welding diploma for a steelwork fabricator, not a bricklaying diploma for its
                // setting out, nor a dental nursing diploma for an occupational therapist.
                // Below `clearKinField` the two must also share the other occupation's defining skill (the heaviest
                // in its field): a dental nurse and an occupational therapist share records, infection control and
                // person-centred care (0.10) but not dental nursing. So too a course that reaches this occupation only through
                // a word of its field or its where-next (`Lead.field`, `Lead.context`): a dental nursing diploma names
                // "nursing", a nursing associate's field, but trains dental nurses.
                if lead < CourseIndex.Lead.title, !index.ownTargets[position].isEmpty, !index.ownTargets[position].contains(Int32(targetPosition)) {
                    var kin = false
                    for other in index.ownTargets[position] {
                        var cosine = 0.0
                        for entry in index.targetFields[Int(other)] { cosine += entry.weight * marks.targetField[entry.skill] }
                        let defining = index.definingSkill[Int(other)].map { marks.targetField[$0] > 0 } ?? false
                        if cosine >= CourseIndex.clearKinField || (cosine >= CourseIndex.kinField && defining) { kin = true; break }
                    }
                    if !kin { return }
                }
                // A course in teaching one's own trade (`CourseIndex.tradeTeachingCourse`: the Teach Your Trade
                // bootcamp, for experienced tradespeople) is for a learner with a trade, whatever step it is under;
                // the general teaching awards stay for anyone who wants to teach adults.
                if index.tradeTeachingCourse[position] && !hasTrade { return }
                // ESOL is for a learner who asks for English (`wantsEnglish`), not for its record keeping.
                if lead == 0 && !wantsEnglish && index.languageCourse[position] { return }
                // An entry-level course is a first step in basic skills, not for a learner working or qualified at
                // level 2 or above (`levelFloor`: with no job to place them, their path's level unless they say they
                // need basic skills), nor one whose text shows the basic skill it teaches (functional skills English
                // for a graduate, essential digital skills for an office worker). Nor is a level 1 basic-skills course
                // for a learner who shows the skill (essential digital skills for someone who fixes laptops), unless
                // its title names the occupation.
                let teachesShown = entryTags.contains(where: { tag in basicSkills.contains(Int(tag.skill)) && showsBasic(Int(tag.skill)) })
                if lead == 0 && entry.levelRank == 0 && (levelFloor >= 2 || teachesShown) { return }
                if lead < CourseIndex.Lead.title && entry.levelRank == 1 && teachesShown { return }
                let inRoute = Int(entry.routeNumber) == routeNumber
                // A course that does not lead to the occupation is for this path only when its field is near the
                // occupation's; another route's course also teaches a core, specific gap skill, comes from a route
                // whose skills are alike, and is nearer still (`CourseIndex.FieldFit`).
                var oneSubject = false
                if lead == 0 {
                    // A skill the standard names in passing does not make a course the job's (`FieldFit.passingOnly`), except a
                    // 16–19 study programme of the job's route for a school leaver: a T Level is a start in the whole route.
                    let routeProgramme = youth && inRoute && buffers.entries[position].youthOnly
                    let nearRoute = routeNumber >= 0 && entry.routeNumber >= 0 && index.nearRoutes[routeNumber][Int(entry.routeNumber)]
                    let fit = CourseIndex.FieldFit(
                        nearness: nearness, shared: sharedField, focus: focus, inRoute: inRoute, nearRoute: nearRoute, coreSpecific: coreSpecific,
                        nearLevel: entry.levelRank == CourseIndex.Hot.noLevel || Int(entry.levelRank) >= standard.level - 1,
                        passingOnly: sharedField > 0 && !sharesWork && !routeProgramme, coreStrong: coreStrong)
                    oneSubject = fit.sharesMainSubject
                    if !fit.qualifies { coreSkillOnly = true }
                    if !fit.qualifies && !aboutCoreSkill { return }
                }
                // A course for managers or supervisors is for a path that leads others (`CourseIndex.managementCourses`).
                if lead == 0 && !leadPath && index.managementCourse[position] { return }
                // A school leaver is offered courses open to them at their stage (`CourseIndex.suitsSchoolLeaver`).
                if youth && !CourseIndex.suitsSchoolLeaver(
                    buffers.entries[position], pathLevel: standard.level, leadPath: leadPath, afterLevelThree: studiesLevelThree && (lead > 0 || coreSpecific))
                { return }
                let holds = { (skill: Int) -> Bool in saidHeld(skill) || (lead == 0 && jobOnly(skill)) }
                // Below the level the learner works at, in their own trade (a specific skill they hold among its tags);
                // not a course that leads to the occupation (a pharmacy services assistant apprenticeship for a
                // dispensing assistant going further in pharmacy), which ranks below the rest if mostly held.
                // On a returner's way back into the work they did before (`refresher`), a course a level below it in their own
                // trade brings their skills up to date after time away (a level 2 welding course for a level 3 fabricator
                // seven years out of the workshop): a refresher, not a step back.
                if lead == 0, let learnerLevel, entry.levelRank != CourseIndex.Hot.noLevel,
                    Int(entry.levelRank) < learnerLevel - (refresher ? 1 : 0),
                    entryTags.contains(where: { holds(Int($0.skill)) && specific[Int($0.skill)] })
                {
                    return
                }
                let level = entry.levelRank == CourseIndex.Hot.noLevel ? nil : Int(entry.levelRank)
                // A step back (`isStepBack`): below the course the learner is on, or a level 1 course for an adult working at
                // level 2 or above; not a course whose title names the occupation, nor one whose title names a basic skill
                // (Essential Digital Skills, Functional Skills Maths), which the rules above judge.
                if lead < CourseIndex.Lead.title, level != nil {
                    let basics = scratch.needsBasics || wantsEnglish
                        || entryTags.contains(where: { basicSkills.contains(Int($0.skill)) && $0.titleNamed })
                    // A course made for adults (`Entry.adultOnly`: "aged 19 or over", a two-week customer service course for
                    // job seekers) is an adult's way into new work, not a school leaver's taster: the working level does not judge it.
                    // Only into new work: one teaching a specific skill the learner already has (`ownField`: a pre-employment
                    // hospitality programme for someone who cooks in food production) is a step back like any other.
                    let ownField = entryTags.contains { tag in
                        let skill = Int(tag.skill)
                        return specific[skill] && !broad[skill] && !commonplace[skill] && (saidHeld(skill) || jobOnly(skill))
                    }
                    let working = youth || (buffers.entries[position].adultOnly && !ownField) ? nil : learnerLevel
                    if Self.isStepBack(course: level, studied: studiedLevel, working: working, basics: basics) { return }
                }
                var titleHits = 0
                for term in buffers.terms[Int(entry.termStart)..<Int(entry.termEnd)] where marks.termMark[Int(term)] == generation { titleHits += 1 }
                let share = gapWeight > 0 ? min(coverage / gapWeight, 1) : 0
                let rank = CourseRank(
                    lead: lead, inRoute: inRoute, coreSpecific: coreSpecific, share: share, courseLevel: level, stepLevel: standard.level,
                    titleHits: titleHits, studyProgramme: youth && buffers.entries[position].youthOnly)
                // A course at a level that does not suit the step lists only when it leads to the occupation or
                // teaches a core, specific gap skill: an HNC in construction management is no course for a plant
                // operative for its health and safety.
                if lead == 0 && !coreSpecific && CourseRank.levelMisfit(course: level, step: standard.level) { return }
                // Nor, whatever it teaches, a degree or postgraduate course three or more levels above the step that
                // does not lead to it: a PGCE is no course for a level 3 learning mentor for its teaching.
                if lead == 0 && CourseRank.farAbove(course: level, step: standard.level) { return }
                // A bachelor's degree is years in one subject (`CourseIndex.bachelorsDegree`): listed only for a job it leads
                // to, not for gap skills it shares with another subject's job (a biomedical science degree is no way into
                // food industry technical work for its laboratory skills).
                if lead == 0 && index.bachelorsDegree[position] { return }
                var shown = rank.shown
                // A course sharing one main subject with the job (`FieldFit.sharesMainSubject`) ranks below the courses
                // that train for it and those sharing more of its field.
                var score = rank.score - (oneSubject ? CourseRank.oneSubjectDrop : 0)
                // Mostly what the learner has already (the licence they hold): half marks, and below every
                // course that is mostly new to them; not the course named for the occupation (a Lead Adult
                // Care Worker Apprenticeship for a care assistant who already gives personal care).
                // A course that names only the occupation's trade or field keeps its place among the courses
                // for the job (a site carpentry diploma for a carpenter's path), at half marks.
                if (!held.isEmpty || !jobHeld.isEmpty) && lead < CourseIndex.Lead.title {
                    var heldTags = 0
                    for tag in entryTags where holds(Int(tag.skill)) { heldTags += 1 }
                    if heldTags * 2 >= entryTags.count {
                        shown *= 0.5
                        if lead == 0 { score -= CourseRank.mostlyHeld }
                    }
                }
                // A course only about a core skill of the job (`aboutCoreSkill`) is kept aside for a path no other
                // course serves; a 16–18-year-old is not asked to pay for one.
                if coreSkillOnly {
                    if let anywhere, let run = marks.bestRun(position, in: buffers.entries, constraints: anywhere, today: today, wide: true),
                        !(youth && run.charge(for: .youth).cost == .charged && (level ?? 0) < Self.youthPaidLevel)
                    {
                        let item = Scored(entry: candidate, run: run, score: score, shown: shown, lead: lead)
                        wideAside.insert(item, at: wideAside.firstIndex { better(item, $0) } ?? wideAside.count)
                        if wideAside.count > keep { wideAside.removeLast() }
                    }
                    guard let run = marks.bestRun(position, in: buffers.entries, constraints: constraints, today: today) else { return }
                    if youth && run.charge(for: .youth).cost == .charged && (level ?? 0) < Self.youthPaidLevel { return }
                    let item = Scored(entry: candidate, run: run, score: score, shown: shown, lead: lead)
                    aside.insert(item, at: aside.firstIndex { better(item, $0) } ?? aside.count)
                    if aside.count > keep { aside.removeLast() }
                    return
                }
                // Whether the course, at this run, is one for the learner.
                func admits(_ run: CourseIndex.Run) -> Bool {
                    // A school leaver studying at level 3 (A levels) is not offered a second full-time classroom programme at
                    // level 3 or below (a T Level, an extended diploma) as their step: an apprenticeship, a part-time course or
                    // a higher level one is (`CourseScratch.studiesLevelThree`).
                    if secondLevelThree(level, run) { return false }
                    // Nor is an adult who holds a level 3 or above (`CourseScratch.heldLevel`) offered a school leaver's two-year
                    // programme at or below it (an extended diploma in health and social care for someone with a level 3 BTEC),
                    // even one named for the job's field: two more years full time at a level they have is no step.
                    if !youth && run.twoYearProgramme, let held = heldLevel, held >= 3, (level ?? 0) <= held {
                        return false
                    }
                    // A 16–18-year-old's courses are those free or funded for them, or the first qualifications they may take
                    // a loan for (`youthPaidLevel`); a short course below it that they would pay for themselves is training
                    // for people in work (a chamber's £395 marketing workshop), not theirs, unless named for the occupation
                    // or, when its free places are adults' (`CostWording.adultConditionsNote`), named for its trade (a nail
                    // technology certificate for a would-be nail technician, at its adult fee).
                    let named = lead >= CourseIndex.Lead.title
                        || (lead > 0 && titleHits > 0 && run.charge(for: .youth).condition == CostWording.adultConditionsNote)
                    return !(youth && !named && run.charge(for: .youth).cost == .charged && (level ?? 0) < Self.youthPaidLevel)
                }
                // The run-bound rules (`admits`) under `anywhere` too, for the list of courses in any district.
                if let anywhere, !(wideBest.count == keep && score < wideBest[keep - 1].score),
                    let run = marks.bestRun(position, in: buffers.entries, constraints: anywhere, today: today, wide: true), admits(run)
                {
                    let item = Scored(entry: candidate, run: run, score: score, shown: shown, lead: lead)
                    if wideBest.count < keep || better(item, wideBest[keep - 1]) {
                        wideBest.insert(item, at: wideBest.firstIndex { better(item, $0) } ?? wideBest.count)
                        if wideBest.count > keep { wideBest.removeLast() }
                    }
                }
                // A course scoring below the whole shortlist only marks the gap skills it covers, if it has a
                // run under the constraints: its runs are looked at only when that would mark a skill.
                let outscored = best.count == keep && score < best[keep - 1].score
                if outscored, !entryTags.contains(where: { counts(Int($0.skill)) && marks.covered[Int($0.skill)] != generation }) {
                    return
                }
                guard let run = marks.bestRun(position, in: buffers.entries, constraints: constraints, today: today), admits(run) else { return }
                for tag in entryTags where counts(Int(tag.skill)) { marks.covered[Int(tag.skill)] = generation }
                if outscored { return }
                let item = Scored(entry: candidate, run: run, score: score, shown: shown, lead: lead)
                if best.count == keep, let last = best.last, !better(item, last) { return }
                let slot = best.firstIndex { better(item, $0) } ?? best.count
                best.insert(item, at: slot)
                if best.count > keep { best.removeLast() }
            }
            for lead in index.leadsTo[position] { consider(lead.course) }
            for entry in gap { for course in index.bySkill[entry.skill] { consider(course) } }
            for course in index.byRoute[standard.route] ?? [] { consider(course) }
            // No course of the job's field: the courses about one of its core skills are a start (an online safeguarding
            // course for a youth support worker), the gap skills they teach covered.
            if wideBest.isEmpty { wideBest = wideAside }
            if best.isEmpty && !aside.isEmpty {
                best = aside
                for item in best {
                    let entry = buffers.hot[Int(item.entry)]
                    for tag in buffers.tags[Int(entry.tagStart)..<Int(entry.tagEnd)] where marks.gapWeight[Int(tag.skill)] > 0 && !jobOnly(Int(tag.skill)) {
                        marks.covered[Int(tag.skill)] = generation
                    }
                }
            }
        }

        // The listed courses of a shortlist under `constraints`, in order.
        func listed(_ best: [Scored], constraints: LearnerConstraints) -> [CourseOption] {
            var titles = Set<String>()
            var options: [CourseOption] = []
            // Courses in the study or delivery mode the learner's circumstances prefer come first (`Circumstances`).
            // The different courses come before a second provider's run of one already listed (`otherProviders`).
            // A course whose fee for this learner is not published (free only for 16–18-year-olds, read for an adult) is not
            // listed when a course whose fee the learner is told serves the path (`adultCanTake`): a full-time certificate "free
            // for 16-18 year olds" is a school leaver's study programme, shown to an adult only when nothing else is.
            let published = Self.adultCanTake(best, published: { $0.run.charge(for: band).published })
            // A 16–18-year-old is offered a course they would pay for below the loan levels (a nail certificate at its adult fee)
            // only when no course free or funded for them serves the path (`freeFirstForYouth`).
            let ordered = youth
                ? Self.freeFirstForYouth(published, charge: { $0.run.charge(for: .youth) }, level: {
                    let rank = index.hot[Int($0.entry)].levelRank
                    return rank == CourseIndex.Hot.noLevel ? nil : Int(rank)
                })
                : published
            // A learner who cannot drive sees first the courses they need not travel to (`reachableFirst`).
            let preferred = Self.preferredFirst(ordered, constraints: constraints, run: \.run)
            let reachable = scratch.cannotDrive ? Self.reachableFirst(preferred, run: \.run) : preferred
            for item in Self.otherProviders(last: reachable, title: { index.entries[Int($0.entry)].title })
            where options.count < Self.maxCoursesPerPath {
                let entry = index.entries[Int(item.entry)]
                // One run of a course under one title per provider is enough, and one of its variants: a title that
                // differs only in its brackets ("BSc (Hons) Nursing (Adult)", "… (Mental Health)") is the same course.
                guard titles.insert(entry.provider.id.rawValue + "\u{1F}" + Self.variantKey(entry.title)).inserted else { continue }
                // The gap skills it covers; a course leading to the occupation shows job-held ones only when it covers nothing else.
                let inGap = entry.skills.filter { scratch.gapWeight[$0.skill] > 0 }
                let fresh = inGap.filter { scratch.jobHeld.isEmpty || !scratch.jobHeld[$0.skill] }
                // A course leading to the occupation that teaches only what the job already involves claims no gap skill.
                let covered = fresh
                let titleShared = Self.titleWords(of: entry.title, stemmedIn: nameTerms)
                let begun = started.filter { one in entry.skills.contains { $0.skill == one.skill } }.map { model.skills[$0.skill].label }
                var listing = option(
                    entry, item.run, covered: covered, score: item.shown, titleShared: titleShared, gap: pathGap,
                    missingFrom: gap.filter { entry in !started.contains { $0.skill == entry.skill } }, standard: standard,
                    band: constraints.ageBand ?? .adult, buildsOnJob: inGap.count > fresh.count, started: begun, lead: item.lead,
                    learner: (scratch.statedAge, scratch.heldLevel))
                if !unmet.isEmpty, let sentence = unmet[Int(item.entry)] {
                    listing.why.summary += " " + Self.entryNote(sentence, physical: sentence == entry.physicalDemand)
                }
                options.append(listing)
            }
            return options
        }
        let options = listed(best, constraints: constraints)
        // What the learner has made a start on is theirs, not a gap no course covers.
        let uncovered = gap.filter { entry in
            scratch.covered[entry.skill] != generation && !genericSkill[entry.skill] && !started.contains { $0.skill == entry.skill }
        }.map { entry in
            let skill = model.skills[entry.skill]
            return SkillRef(id: skill.id, label: skill.label, kind: skill.kind)
        }
        // The courses anywhere are worked out only when none in the learner's districts teaches the gap.
        guard let anywhere, options.allSatisfy({ $0.coversSkills.isEmpty }) else { return (options, uncovered, nil) }
        return (options, uncovered, listed(wideBest, constraints: anywhere))
    }

    func option(
        _ entry: CourseIndex.Entry, _ run: CourseIndex.Run, covered: [(skill: Int, confidence: Double, reason: String)], score: Double,
        titleShared: [String], gap: [(skill: Int, weight: Double)], missingFrom: [(skill: Int, weight: Double)]? = nil, standard: OccupationalStandard,
        band: AgeBand, buildsOnJob: Bool = false, started: [String] = [], lead: Int32 = CourseIndex.Lead.own,
        learner: (age: Int?, held: (level: Int, words: String)?) = (nil, nil)
    ) -> CourseOption {
        let coveredSet = Set(covered.map(\.skill))
        let coveredRefs = gap.filter { coveredSet.contains($0.skill) }.map { model.skills[$0.skill] }.map {
            SkillRef(id: $0.id, label: $0.label, kind: $0.kind)
        }
        let notCovered = (missingFrom ?? gap).filter { !coveredSet.contains($0.skill) }.map { model.skills[$0.skill].label }
        var summary = coveredRefs.isEmpty && !started.isEmpty
            ? "Teaches " + Self.list(started.prefix(3).map { $0 }) + ", which you have made a start on, for \(standard.title)"
            : coveredRefs.isEmpty && lead >= CourseIndex.Lead.title
            ? "A course for \(standard.title) itself" + (buildsOnJob ? ", building on what your job already involves" : "")
            // Only a course whose title names the job trains for it itself; one whose description, where-next or
            // field leads there (a dementia awareness course naming lead care roles) is a way on to it, and says so.
            : coveredRefs.isEmpty
            ? "A course that leads on to \(standard.title)"
            : "Covers " + Self.list(coveredRefs.prefix(4).map(\.label)) + (coveredRefs.count > 4 ? " and \(coveredRefs.count - 4) more" : "")
                + " from the gap for \(standard.title)"
        if entry.route == standard.route { summary += ", in the same route" }
        summary += "."
        // The course's own words behind each covered skill, then the title's words the occupation shares; each once.
        var unique: [String] = []
        for term in covered.map({ Self.quoted(in: $0.reason) ?? model.skills[$0.skill].label })
        where !unique.contains(where: { $0.caseInsensitiveCompare(term) == .orderedSame }) {
            unique.append(term)
        }
        // A title word is added only when no phrase already listed holds it ("Line Managers", then not "Line").
        for word in titleShared where !unique.contains(where: { $0.lowercased().split(separator: " ").contains(Substring(word.lowercased())) }) {
            unique.append(word)
        }
        // A free place whose condition the learner's stated age or held level rules out is not theirs (`CostWording.judged`).
        let charge = CostWording.judged(
            cost: run.charge(for: band).cost, pence: run.charge(for: band).pence, condition: run.charge(for: band).condition, costText: run.costText,
            age: learner.age, held: learner.held)
        let cost = charge.cost
        return CourseOption(
            id: entry.id, title: entry.title, provider: entry.provider, level: entry.level, nextStart: run.start, flexibleStart: run.flexibleStart,
            deliveryMode: run.deliveryMode, studyMode: run.studyMode, costPence: charge.pence, costText: run.costText,
            funded: cost == .free || cost == .ifEligible, costToLearner: cost, fundingCondition: charge.condition,
            district: run.deliveryMode == .online ? nil : run.district, url: entry.url, coversSkills: coveredRefs,
            matchScore: (min(score, 1) * 1000).rounded() / 1000,
            why: Explanation(summary: summary, matchedTerms: unique, shared: coveredRefs.map(\.label), missing: notCovered))
    }

    /// The words of a course title (as written) whose index terms the occupation's title shares, each once.
    static func titleWords(of title: String, stemmedIn terms: Set<String>) -> [String] {
        guard !terms.isEmpty else { return [] }
        let analyzer = TextAnalyzer()
        var words: [String] = []
        for word in title.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init) {
            guard analyzer.terms(word).contains(where: terms.contains) else { continue }
            if !words.contains(where: { $0.caseInsensitiveCompare(word) == .orderedSame }) { words.append(word) }
        }
        return words
    }

    /// Behaviours and common skills (critical thinking, problem solving, patience, communication): many
    /// courses mention them, so they alone do not make a course a way to close a gap. The common skills
    /// courses exist to teach (`taughtCommonSkills`: maths, English, ESOL, sign language) are not generic.
    static func isGeneric(_ skill: Skill) -> Bool {
        skill.kind == .behaviour || (skill.kind == .common && !taughtCommonSkills.contains(skill.id))
    }

    /// The skills (positions into the model's skills) the learner's limits name (`WorkLimit.skillLabels`: HGV driving,
    /// forklift operation, manual handling) and each skill they say they can no longer do; not the skills a bodily limit
    /// closes only by the jobs it rules out (`closedSkills`), which a course may teach for other work (machining).
    func limitNamedSkills(_ limits: [Int]) -> Set<Int> {
        var named: Set<Int> = []
        // A wish for indoor work names no skill the learner cannot do (as in `closedSkills`).
        for limit in limits where limit != WorkLimit.outdoors && limit != WorkLimit.indoors {
            if limit >= WorkLimit.all.count {
                named.insert(limit - WorkLimit.all.count)
            } else {
                let labels = WorkLimit.all[limit].skillLabels
                for position in model.skills.indices where labels.contains(model.skills[position].label) { named.insert(position) }
            }
        }
        return named
    }

    /// Whether a course trains for work the learner's limits close: its title names a skill they close (`closedSkill`: HGV
    /// driving in "HGV Driver Skills Bootcamp" for a learner who cannot drive, forklift operation after epilepsy), or every
    /// occupation it trains for by name (`own`: `CourseIndex.ownTargets`) is one they rule out (`ruledOut`, per target).
    static func trainsForClosedWork(_ tags: some Collection<CourseIndex.Tag>, own: [Int32], closedSkill: [Bool], ruledOut: [Bool]) -> Bool {
        if !closedSkill.isEmpty && tags.contains(where: { $0.titleNamed && closedSkill[Int($0.skill)] }) { return true }
        return !ruledOut.isEmpty && !own.isEmpty && own.allSatisfy { ruledOut[Int($0)] }
    }

    /// The share of a course's field (the sum of its squared `CourseIndex.Tag.field` weights that the
    /// occupation's field has) below which one gap skill does not make it the occupation's course.
    static let oneSkillFieldMass = 0.2

    /// The level from which a 16–18-year-old may pay for a course (a loan-funded higher technical or degree
    /// course); below it their courses are free or funded, and a short course they would pay for is for people in work.
    static let youthPaidLevel = 4

    /// `items` without those whose fee the learner is not told (`published` false: "Free for 16-18 year olds" read
    /// for an adult, a full-time study programme) when any other's is: an adult is offered what an adult can take (a Level 2 Technical Certificate "free for 16-18
    /// year olds", with no adult fee, is left out when the path has a course priced or free for them), and the
    /// unpriced ones only when they are all there is.
    static func adultCanTake<Item>(_ items: [Item], published: (Item) -> Bool) -> [Item] {
        items.contains(where: published) ? items.filter(published) : items
    }

    /// `items` without those a 16–18-year-old would pay for below `youthPaidLevel` (a £520 nail technology certificate at its
    /// adult fee) when any other is free or funded for them (a full-time beauty therapy diploma, free at 16): a school leaver
    /// is offered what they can take without paying first, and a paid short course only when it is all there is.
    static func freeFirstForYouth<Item>(_ items: [Item], charge: (Item) -> CourseIndex.Charge, level: (Item) -> Int?) -> [Item] {
        let paid = items.map { charge($0).cost == .charged && (level($0) ?? 0) < youthPaidLevel }
        let free = items.map { [.free, .ifEligible].contains(charge($0).cost) }
        guard free.contains(true) else { return items }
        return items.indices.filter { !paid[$0] }.map { items[$0] }
    }

    /// `items` with the full-time classroom courses moved after the others (online, blended, work-based, or a class a
    /// day or two a week), each group in its order: a learner who cannot drive is offered first what they can do from home,
    /// at work or by a weekly bus ride, not a full-time classroom course two towns away.
    static func reachableFirst<Item>(_ items: [Item], run: (Item) -> CourseIndex.Run) -> [Item] {
        let classroom = items.map { run($0).deliveryMode == .classroom && run($0).studyMode == .fullTime }
        return items.indices.filter { !classroom[$0] }.map { items[$0] } + items.indices.filter { classroom[$0] }.map { items[$0] }
    }

    /// `items` with each course whose title (`variantKey`) an earlier item has moved after every other: a
    /// path's few places go to different courses (a site management bootcamp, an HNC, an FdSc) before a
    /// second provider's run of the same apprenticeship.
    static func otherProviders<Item>(last items: [Item], title: (Item) -> String) -> [Item] {
        var seen = Set<String>()
        var first: [Item] = [], later: [Item] = []
        for item in items {
            if seen.insert(variantKey(title(item))).inserted { first.append(item) } else { later.append(item) }
        }
        return first + later
    }

    /// A course title without its bracketed parts, lower-cased and with single spaces: the variants of one
    /// course ("BSc (Hons) Nursing (Adult)", "BSc (Hons) Nursing (Mental Health)") share it.
    static func variantKey(_ title: String) -> String {
        CourseIndex.withoutBrackets(title).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// What a course leading to the job says when the learner does not meet its entry requirements (`CourseScratch.unmetRequirements`):
    /// the requirement as the provider words it, so that they can ask the provider or meet it first.
    static func entryNote(_ sentence: String, physical: Bool) -> String {
        let quoted = "\u{201C}" + sentence + "\u{201D}"
        return physical
            ? "Its entry requirements say \(quoted); with what you say of your health, ask the provider whether it could suit you."
            : "Its entry requirements ask for \(quoted), which what you wrote does not show: ask the provider, or meet it first."
    }

    static let taughtCommonSkills: Set<String> = ["numeracy", "literacy", "esol", "sign-language", "digital-confidence"]

    /// The basic skills entry-level and level 1 courses teach: the taught common skills and everyday digital skills.
    static let basicSkills: Set<String> = taughtCommonSkills.union(digitalBasics)

    /// The basic digital skills an essential digital skills course teaches.
    static let digitalBasics: Set<String> = ["digital-confidence", "everyday-digital-skills"]

    /// True when a learner's text says they need basic skills: reading, writing, spelling, maths or
    /// computers ("my english isn't great", "I struggle with reading", "never used a computer", "no GCSEs").
    /// Entry-level courses are then theirs whatever their path's level.
    static func asksForBasicSkills(_ text: String) -> Bool {
        let search = PhraseSearch(" " + text.lowercased().plainApostrophes + " ")
        return search.containsAny(basicNeedPhrases) || search.containsAny(computerNeedPhrases)
    }

    /// Phrases saying the learner needs reading, writing, spelling or maths; those about computers are `computerNeedPhrases`.
    static let basicNeedPhrases = [
        "my english isn't", "my english isnt", "my english is not", "my english is poor", "my english is bad", "my maths isn't", "my maths isnt",
        "my maths is not", "my maths is poor", "my maths is bad", "my reading isn't", "my reading isnt", "my reading is not", "my reading is poor",
        "my spelling isn't", "my spelling isnt", "my spelling is bad", "my spelling is poor", "my writing isn't", "my writing isnt",
        "struggle with reading", "struggle with writing", "struggle with spelling", "struggle with maths", "struggle with english",
        "struggle with numbers", "struggled with reading", "struggled with maths", "struggled with english",
        "not good at maths", "not good at english", "not good at reading", "not good at spelling",
        "bad at maths", "bad at english", "bad at spelling", "rubbish at maths", "rubbish at english", "cant read", "can't read",
        "no qualifications", "no gcses",
        "didn't get my gcses", "didnt get my gcses", "failed my gcse", "failed gcse", "failed my english", "failed my maths", "dyslexi",
        "learning difficult", "improve my maths", "improve my reading", "improve my writing", "improve my spelling",
        // Help with reading from someone else, and a learning disability of the learner's own (review 17's helper notes).
        "helps me with reading", "helps me with my reading", "help me with reading", "help me with my reading", "helps me with writing",
        "help with my reading", "help with reading and writing", "i have a learning disab", "i have learning disab", "i've got a learning disab",
        "ive got a learning disab", "i got a learning disab", "diagnosed with a learning disab", "my learning disab",
        // A GCSE below a pass (grade 3 or lower) or a resit to come: the level 2 functional skills course is the usual way to the pass
        // that nursing, teaching and many apprenticeships ask for.
        "maths was a 3", "maths was a 2", "maths was a 1", "english was a 3", "english was a 2", "english was a 1", "a 3 in maths",
        "a 2 in maths", "a 3 in english", "a 2 in english", "grade 3 in maths", "grade 3 in english", "grade 3 maths", "grade 3 english",
        "resit maths", "resit my maths", "resit english", "resit my english", "retake maths", "retake my maths", "retake english",
        "retake my english", "resitting maths", "resitting my maths", "resitting english", "didnt pass maths", "didn't pass maths",
        "didnt pass english", "didn't pass english", "failed maths", "failed english",
    ]

    /// True when a learner's text says English is not their first language or asks for English ("English
    /// is not my first language", "my first language is Polish", "I want to improve my English"): the
    /// learner ESOL courses are for (`CourseIndex.languageCourse`). "GCSE English" and "English and
    /// maths" are school subjects, not this.
    static func asksForEnglish(_ text: String) -> Bool {
        let lower = " " + text.lowercased().plainApostrophes + " "
        let search = PhraseSearch(lower)
        if search.containsAny(englishNeedPhrases) { return true }
        // "my first language is Polish", "first language: Arabic".
        if search.contains("first language"), let range = lower.range(of: "first language") {
            let after = lower[range.upperBound...].drop(while: { !$0.isLetter }).prefix(12)
            let said = lower[..<range.lowerBound].suffix(12)
            return !after.contains("english") && !said.contains("english") && (said.contains("my ") || after.hasPrefix("is "))
        }
        return false
    }

    static let englishNeedPhrases = [
        "english is not my", "english isn't my", "english is my second", "english as a second", "english as an additional", "improve my english",
        "better english", "learn english", "learning english", "my english is", "my english isn't", "my english not", "english lessons",
        "english classes", " esol ", "speakers of other languages", "speak english better", "speak more english", "practise my english",
        "practice my english",
    ]

    /// The first quoted words of a tag's reason ("the text says \"CNC machining\" ..." → CNC machining).
    static func quoted(in reason: String) -> String? {
        guard let open = reason.firstIndex(of: "\"") else { return nil }
        let rest = reason[reason.index(after: open)...]
        guard let close = rest.firstIndex(of: "\"") else { return nil }
        let words = String(rest[..<close])
        return words.isEmpty || words.count > 60 ? nil : words
    }
}

// MARK: - What a school leaver has made a start on

extension CareerDiagnostician {
    /// The path's core, specific skills a learner aged 16 to 18 says they have (plastering from helping a
    /// parent who plasters), with their weights: a start, not a trade they are qualified in, so the courses
    /// of the path still teach them (a level 1 multi-trade diploma for a would-be plasterer). Empty for
    /// skills already in the gap.
    func startedSkills(of position: Int, held: [Bool], gap: [(skill: Int, weight: Double)]) -> [(skill: Int, weight: Double)] {
        guard !held.isEmpty else { return [] }
        let target = model.targets[position]
        return target.skills.prefix(OccupationSkillModel.coreSize).filter { entry in
            held[entry.skill] && OccupationSkillModel.isSpecific(model.skills[entry.skill].kind) && !model.isCommonplace[entry.skill]
                && !gap.contains { $0.skill == entry.skill }
        }.map { (skill: $0.skill, weight: $0.weight) }
    }
}

// MARK: - The order of a path's gap

extension CareerDiagnostician {
    /// A path's skills (heaviest first) with the weights its gap is told and its courses are sought by: a technical, digital or
    /// net-zero skill whose home is a route far from the job's (`SkillHomes.isFar`) counts `farGapShare` of its weight, and the
    /// skills are ordered again by what they count (ties in their order). A standard's rare words weigh heavily, so a skill it
    /// names in another field's sense or in passing led the gap: a carpenter's "nails" read as Beauty therapy, a farrier's VAT
    /// before its shoeing. The far skills stay in the gap, after the job's own work, and fall out of the few its courses are
    /// sought for when the job has enough of its own.
    func fieldFirst(_ skills: [(skill: Int, weight: Double)], of position: Int) -> [(skill: Int, weight: Double)] {
        let route = model.targets[position].standard.route
        let counted = skills.map { entry -> (skill: Int, weight: Double) in
            let known = model.skills[entry.skill]
            let far = OccupationSkillModel.isSpecific(known.kind) && tagger.homes.isFar(skill: known.id, from: route)
            return (entry.skill, far ? entry.weight * Self.farGapShare : entry.weight)
        }
        return counted.indices.sorted { (counted[$0].weight, $1) > (counted[$1].weight, $0) }.map { counted[$0] }
    }

    /// The share of its weight a skill of a far route counts for in a job's gap (`fieldFirst`).
    static let farGapShare = 0.3
}

// MARK: - A degree where an apprenticeship would do

extension CareerDiagnostician {
    /// On an adult's path whose courses list no apprenticeship, the first bachelor's degree that leads to the occupation and
    /// charges a fee (`isFeeDegree`) says that the job's standard is itself an apprenticeship: every standard is one, so an employer can train
    /// them for it while they work, with the fees paid. A 26-year-old who skipped university for the money and wants to be a
    /// solicitor hears that the £9,535-a-year LLB is not the only way, and that no solicitor apprenticeship is listed here.
    func noApprenticeshipNote(_ options: inout [CourseOption], for position: Int, leading: Set<Int64>) {
        guard !options.contains(where: Self.isApprenticeship), let first = options.firstIndex(where: { Self.isFeeDegree($0, leading: leading) })
        else { return }
        let standard = model.targets[position].standard
        options[first].why.summary += " " + Self.apprenticeshipInstead(title: standard.title, level: standard.level)
    }

    /// `options` with each bachelor's degree leading to the occupation at a fee (`isFeeDegree`) moved after the last
    /// apprenticeship that leads to it, when one does: an adult is offered first the way in that pays them while they train (a
    /// registered nurse degree apprenticeship before the BSc), then the degree.
    static func apprenticeshipsFirst(_ options: [CourseOption], leading: Set<Int64>) -> [CourseOption] {
        guard let last = options.lastIndex(where: { leading.contains($0.id) && isApprenticeship($0) }),
            options[..<last].contains(where: { isFeeDegree($0, leading: leading) })
        else { return options }
        let degrees = options[...last].filter { isFeeDegree($0, leading: leading) }
        return options[...last].filter { !isFeeDegree($0, leading: leading) } + degrees + options[(last + 1)...]
    }

    /// A bachelor's degree that leads to the occupation (`leading`), charges the learner and is no apprenticeship.
    static func isFeeDegree(_ option: CourseOption, leading: Set<Int64>) -> Bool {
        leading.contains(option.id) && option.costToLearner == .charged && CourseIndex.isBachelorsDegree(title: option.title)
            && !isApprenticeship(option)
    }

    /// A course that is an apprenticeship: its title says so, or it is learnt at work.
    static func isApprenticeship(_ option: CourseOption) -> Bool {
        option.deliveryMode == .workBased || option.title.lowercased().contains("apprenticeship")
    }

    /// The sentence that a degree at a fee is not the only way into a job whose standard is an apprenticeship.
    static func apprenticeshipInstead(title: String, level: Int) -> String {
        let kind = level >= degreeLevel ? "a degree apprenticeship" : "an apprenticeship"
        let plain = CourseIndex.withoutBrackets(title).trimmingCharacters(in: .whitespaces)
        return "No \(plain.lowercased()) apprenticeship is listed here, but \(plain) is \(kind) "
            + "standard, so an employer can train you for it while you work, with the fees paid: ask employers whether they take apprentices."
    }
}

// MARK: - A school leaver's college course further away

extension CareerDiagnostician {
    /// `found` (a school leaver's path's courses in their districts) with, when it has room and lists no 16–19 college
    /// programme (`Entry.youthOnly`: a T Level), the nearest such programme that leads to the occupation from another district,
    /// saying where: a 16-year-old in Redditch who asks whether to do childcare at college or an apprenticeship hears of the
    /// T Level in Education and Early Years in Worcester beside the early years apprenticeships. A T Level runs at a few
    /// colleges only, and a school leaver travels across the county to one. A full list makes room by leaving out a second
    /// provider's run of a course already listed (`otherProviders`).
    func collegeProgrammeFurther(
        to position: Int, found: (courses: [CourseOption], uncovered: [SkillRef]), gap: [(skill: Int, weight: Double)], held: [Bool],
        index: CourseIndex, constraints: LearnerConstraints, today: String, scratch: CourseScratch
    ) -> (courses: [CourseOption], uncovered: [SkillRef]) {
        guard constraints.ageBand == .youth, !constraints.districts.isEmpty else { return found }
        if found.courses.count >= Self.maxCoursesPerPath {
            var titles = Set<String>()
            guard let repeated = found.courses.indices.filter({ !titles.insert(Self.variantKey(found.courses[$0].title)).inserted }).last
            else { return found }
            var shorter = found
            shorter.courses.remove(at: repeated)
            let result = collegeProgrammeFurther(
                to: position, found: shorter, gap: gap, held: held, index: index, constraints: constraints, today: today, scratch: scratch)
            return result.courses.count > shorter.courses.count ? result : found
        }
        // One pass over the index for the few listed courses, not a table of every course built per path.
        let listed = Set(found.courses.map(\.id))
        guard !index.entries.contains(where: { $0.youthOnly && listed.contains($0.id) }) else { return found }
        let programmes = Set(index.leadsTo[position].compactMap { lead -> Int64? in
            let entry = index.entries[Int(lead.course)]
            return entry.youthOnly ? entry.id : nil
        })
        guard !programmes.isEmpty else { return found }
        var anywhere = constraints
        anywhere.districts = []
        let wider = courseSearch(
            for: position, gap: gap, held: held, index: index, constraints: anywhere, anywhere: nil, today: today, scratch: scratch)
        let neighbours = Set(constraints.districts.flatMap { Self.neighbours[$0] ?? [] })
        let candidates = wider.courses.filter { programmes.contains($0.id) && $0.district != nil }
        guard var added = candidates.first(where: { neighbours.contains($0.district!) }) ?? candidates.first else { return found }
        added.why.summary += " It does not run in \(Self.list(constraints.districts.map(\.name))), where you asked for courses; "
            + "this one is in \(added.district!.name)."
        let covered = Set(added.coversSkills.map(\.id))
        return (found.courses + [added], found.uncovered.filter { !covered.contains($0.id) })
    }
}
