public import Domain
import Foundation
import Matching
import Synchronization
public import Taxonomy

// MARK: - The career diagnostician

/// Turns a learner's profile into a diagnostic: skills held, likely current occupations, upskill and
/// reskill paths, and the local courses that close each path's gap.
///
/// Build one per process and share it: it indexes the taxonomy's standards and the whole catalogue in
/// memory once (`refreshIfChanged()` rebuilds the catalogue index after imports). `diagnose` is
/// synchronous, thread-safe and reads only memory.
public final class CareerDiagnostician: Sendable {
    /// Profile text longer than this many characters is cut, and the diagnostic says so.
    public static let maxTextCharacters = 8_000
    /// Upskill and reskill paths returned at most.
    public static let maxUpskillPaths = 4
    public static let maxReskillPaths = 6
    /// Courses listed per path at most.
    public static let maxCoursesPerPath = 5
    /// Gap skills (most important first) that courses are matched against.
    static let gapSkillsForCourses = 10

    public let taxonomy: SkillsTaxonomy
    let source: any CourseSource
    let model: OccupationSkillModel
    let tagger: CourseTagger
    let analyzer = TextAnalyzer()
    let targetStems: [Set<String>]
    let corrector: TypoCorrector
    /// Stems of every occupation's titles, for quoting the profile words that name a guess.
    let titleStems: OccupationTitleStems
    /// Target positions (ascending) by the SOC 2020 unit groups their standards' job titles code to.
    let targetsBySOC: [String: [Int]]
    /// Target positions (ascending) by the SOC 2020 minor groups (first three digits) their standards' job titles code to.
    let targetsBySOCMinor: [String: [Int]]
    /// Target positions by their standard's own title (`standardsByTitle`), for the learner's own job (`ownJobs`).
    let standardsByTitle: [String: [Int]]
    /// Target positions by their standard's typical job titles (`standardsByJobTitle`), for `standardsNamed(job:)`.
    let standardsByJobTitle: [String: [Int]]
    /// The everyday job-title table's occupational wordings by the everyday title's key (`titleKey`), in table
    /// order (`synonymWordings`), for `standardsNamed(job:)`.
    let synonymWordings: [String: [String]]
    /// Per field of `wishedFields`, the standards its titles stand for (`wishedFieldJobs`).
    let wishedFieldJobs: [[Int]]
    /// Every title of every standard under its last word (`TitleEndings`).
    let titleEndings: TitleEndings
    /// Per target, its title and typical job titles as lower-case bytes (`titleTexts`), for `titlesHold(_:position:)`.
    let titleTexts: [[UInt8]]
    /// Per target, the words of its titles that say what the work is on (`distinctiveTitleWords`), for a far-off
    /// wished job's first steps (`servingNamedWishes`).
    let distinctiveWords: [Set<String>]
    /// Desk-based jobs, offered when the learner's own kind of work is closed to them (`deskTargets`).
    let deskTargets: [Int]
    /// Per limit of `WorkLimit.all`, the skills it closes (`limitClosedSkills`).
    let limitClosedSkills: [Set<Int>]
    /// Skills core to some desk-based job (`deskSkills`).
    let deskSkills: Set<Int>
    /// Per route, the lowest level of its jobs at or above `secondaryLevel`: where a newcomer starts (`routeEntryLevels`).
    let routeEntryLevel: [String: Int]
    /// Per skill position, whether it is generic (`isGeneric`): it alone never qualifies a course for a gap.
    let genericSkill: [Bool]
    /// Per target, the words of its titles and of its core skills (`claimTexts`), for whether it holds what a wish says (`holdsWish`).
    let claimTexts: ClaimTexts
    private let index: Mutex<CourseIndex>
    /// Per SOC unit group, its tasks read once on first use (`groupTasks(of:)`): each task's words and the skills it names.
    let groupTaskCache = Mutex<[String: [GroupTask]]>([:])
    /// Per unit group title, the standards it names (`standardsNamed(by:)`), matched once on first use.
    let groupStandardsCache = Mutex<[String: Set<Int>]>([:])
    /// Every SOC unit group's described words, read once on first use (`groupTerms`).
    let groupTermCache = Mutex<GroupTerms?>(nil)

    /// Indexes the taxonomy and reads the whole catalogue from `catalogue`.
    ///
    /// Courses without stored tags are tagged while indexing (slower; run `skillway import` or the
    /// tagger first for large catalogues).
    public init(taxonomy: SkillsTaxonomy, catalogue: some CourseSource) async throws {
        self.taxonomy = taxonomy
        source = catalogue
        model = OccupationSkillModel(taxonomy: taxonomy)
        tagger = CourseTagger(taxonomy: taxonomy)
        corrector = TypoCorrector(taxonomy: taxonomy)
        titleStems = OccupationTitleStems(model: model, taxonomy: taxonomy)
        standardsByTitle = Self.standardsByTitle(model)
        standardsByJobTitle = Self.standardsByJobTitle(model)
        synonymWordings = Self.synonymWordings(taxonomy.data.jobTitleSynonyms)
        wishedFieldJobs = Self.wishedFieldJobs(taxonomy: taxonomy, model: model)
        titleEndings = TitleEndings(model)
        titleTexts = Self.titleTexts(model)
        distinctiveWords = model.targets.map { Self.distinctiveTitleWords($0.standard) }
        deskTargets = Self.deskTargets(model)
        limitClosedSkills = Self.limitClosedSkills(model)
        deskSkills = Self.deskSkills(model, deskTargets: deskTargets)
        routeEntryLevel = Self.routeEntryLevels(model)
        genericSkill = model.skills.map(Self.isGeneric)
        claimTexts = Self.claimTexts(model)
        // A thin standard (inferred skills) is a candidate job only when the matcher finds it for the
        // learner's words, not through the SOC 2020 unit group of its loose job-title list alone.
        var bySOC: [String: [Int]] = [:]
        for (position, target) in model.targets.enumerated() where !target.standard.isThin {
            for link in target.standard.soc where bySOC[link.code]?.last != position { bySOC[link.code, default: []].append(position) }
        }
        targetsBySOC = bySOC
        var byMinor: [String: [Int]] = [:]
        for (position, target) in model.targets.enumerated() where !target.standard.isThin {
            for link in target.standard.soc where byMinor[String(link.code.prefix(3))]?.last != position {
                byMinor[String(link.code.prefix(3)), default: []].append(position)
            }
        }
        targetsBySOCMinor = byMinor
        let analyzer = analyzer
        targetStems = model.targets.map { target in
            Set(([target.standard.title] + target.standard.typicalJobTitles).flatMap { analyzer.terms($0) })
        }
        let revision = try await catalogue.catalogueRevision()
        let built = CourseIndex(courses: try await catalogue.taggedCourses(), model: model, tagger: tagger, revision: revision)
        index = Mutex(built)
    }

    // MARK: Catalogue refresh

    /// How many courses the in-memory index holds.
    public var courseCount: Int { currentIndex.entries.count }

    /// The catalogue revision the index was built from.
    public var catalogueRevision: String { currentIndex.revision }

    /// Rebuilds the course index from the catalogue.
    public func refresh() async throws {
        let revision = try await source.catalogueRevision()
        let built = CourseIndex(courses: try await source.taggedCourses(), model: model, tagger: tagger, revision: revision)
        index.withLock { $0 = built }
    }

    /// Rebuilds the course index when the catalogue's revision has changed; returns whether it did.
    @discardableResult
    public func refreshIfChanged() async throws -> Bool {
        guard try await source.catalogueRevision() != catalogueRevision else { return false }
        try await refresh()
        return true
    }

    var currentIndex: CourseIndex { index.withLock { $0 } }

    // MARK: Diagnosing

    /// The diagnostic for one profile.
    /// - Parameters:
    ///   - profile: what the learner said and the constraints on courses.
    ///   - today: runs that started before this day (and are not flexible) are not offered; default today (UTC).
    /// - Throws: `DiagnosticInputError` when the profile has no text and no job title, or names an
    ///   unknown target occupation.
    public func diagnose(_ profile: LearnerProfile, today: CalendarDate? = nil) throws -> Diagnostic {
        let day = (today ?? Self.todayUTC()).description
        var notices: [String] = []
        let title = profile.currentTitle?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        var text = Self.clean(profile.text)
        guard !text.isEmpty || title != nil else {
            throw DiagnosticInputError(field: "text", reason: "is empty; describe your skills, jobs or qualifications in at least a sentence")
        }
        if text.count > Self.maxTextCharacters {
            text = Self.cut(text, to: Self.maxTextCharacters)
            notices.append(
                "Your text was longer than \(Self.maxTextCharacters) characters, so only the first \(text.count) were read. "
                    + "Put your most recent jobs and skills first.")
        }
        let target = try resolveTarget(profile)
        let index = currentIndex

        // Misspelt words are read as the vocabulary word they are one edit from.
        let corrected = corrector.correct(text)
        if !corrected.corrections.isEmpty {
            text = corrected.text
            notices.append("Read " + corrected.corrections.prefix(8).map { "\"\($0.0)\" as \"\($0.1)\"" }.joined(separator: ", ") + ".")
        }

        // Clauses about someone else ("my wife went back to nursing") are their job, skills and wishes.
        text = OthersClauses.blanked(text)

        // Sentences about what the learner wants are aspiration, not evidence of skills held.
        let (history, wishes) = Self.splitAspirations(text)
        var profile = profile
        if !wishes.isEmpty {
            profile.aspiration = ([profile.aspiration].compactMap { $0 } + wishes).joined(separator: ". ")
        }

        // Skills held
        let (extraction, held) = heldSkills(title: title, text: history)
        let groups = skillGroups(extraction)
        if extraction.skills.isEmpty {
            notices.append(
                "No skills from the skills vocabulary were recognised in your text. Try listing tasks you did, tools you used and qualifications, e.g. \"forklift licence, stock control, Excel\".")
        }

        // Current occupations
        // Clauses about home life, family or hobbies evidence skills but do not place the learner in a job.
        let lifeContext = PhraseSearch(Self.padded(history)).containsAny(Self.lifeContextPhrases)
        let workHistory = lifeContext ? Self.droppingLifeContext(history) : history
        var guesses: [OccupationGuess]
        if !lifeContext || (workHistory.isEmpty && title == nil) {
            guesses = currentOccupations(title: title, text: history, held: held, extraction: extraction)
        } else {
            let (workExtraction, workHeld) = heldSkills(title: title, text: workHistory)
            guesses = currentOccupations(title: title, text: workHistory, held: workHeld, extraction: workExtraction)
        }
        // A school leaver's text names no job to step up from, whatever the matcher guesses. Their stage
        // said in a wish sentence ("I'm 18 and just finished my A levels, I don't want to go to uni") is
        // history, since the clauses before a sentence's first wish are (`splitAspirations`).
        let earlyCareer = title == nil && Self.isEarlyCareer(history)
        let titleGroup = title == nil ? nil : guesses.first { $0.occupation.scheme == .soc2020 }?.occupation.code
        let profileText = [title, history].compactMap { $0 }.joined(separator: " ")
        let namedLevel = Self.qualificationLevel(in: profileText)
        let guessed = earlyCareer ? nil : Self.anchorGuess(guesses, namedLevel: namedLevel).flatMap { model.targetPosition[$0.occupation.code] }
        // A thin standard (inferred skills, `OccupationalStandard.basis`) may be the learner's job and the
        // base of their step up when no standard with statements is; moves into other fields then start
        // from no standard, as before thin standards.
        let fullGuessed = earlyCareer ? nil : Self.anchorGuess(guesses.filter { guess in
            guess.occupation.scheme != .ifate || !(model.targetPosition[guess.occupation.code].map { model.targets[$0].standard.isThin } ?? false)
        }, namedLevel: namedLevel).flatMap { model.targetPosition[$0.occupation.code] }
        // Without a title, the unit group the text places them in vets the standard the same way: a
        // market trader placed among office supervisors is not a level-7 banker, nor a lifeguard a
        // teacher. Such a standard is neither taken nor shown as their job, and nor are the other
        // standards guessed that the group does not back.
        let textGroup = title == nil ? guesses.first { $0.occupation.scheme == .soc2020 } : nil
        // A standard without SOC codes of its own is backed when the group's title names it; the
        // title is matched once, when first needed.
        var groupNamed: Set<Int>?
        let vetted = { (position: Int) -> Bool in
            if self.anchorBacked(position, titleGroup: titleGroup ?? textGroup?.occupation.code) { return true }
            guard let group = textGroup ?? guesses.first(where: { $0.occupation.scheme == .soc2020 }), self.vouchable(position) else { return false }
            let named = groupNamed ?? self.standardsNamed(by: group.occupation.title)
            groupNamed = named
            return named.contains(position)
        }
        // The learner's own job (`ownJobs`) agrees with their placement whatever its SOC codes say.
        let placedGuess = textGroup ?? guesses.first { $0.occupation.scheme == .soc2020 }
        let ownTitled = earlyCareer ? [] : ownJobs(title: title, history: workHistory, group: placedGuess?.occupation)
        let backed = { (position: Int) -> Bool in ownTitled.contains(position) || vetted(position) }
        // A thin standard is taken as the learner's job only when no standard with statements is.
        let reskillAnchor = fullGuessed.flatMap { backed($0) ? $0 : nil }
        let anchor = reskillAnchor ?? guessed.flatMap { backed($0) ? $0 : nil }
        let rejected = title == nil && anchor == nil ? guessed.map { model.targets[$0].standard } : nil
        if rejected != nil, textGroup != nil {
            guesses.removeAll { guess in
                guess.occupation.scheme == .ifate && !(model.targetPosition[guess.occupation.code].map { backed($0) } ?? true)
            }
        }

        // Without a standard for their job, a title (or, failing one, a text) coding to a level-2 SOC
        // unit group still says the level they work at.
        let placedGroup = titleGroup ?? guesses.first { $0.occupation.scheme == .soc2020 }?.occupation.code
        let titleLevel = placedGroup.flatMap { $0.first }.flatMap { Self.secondaryLevelMajorGroups.contains($0) ? Self.secondaryLevel : nil }
        let levelOf = { (position: Int) in
            Self.learnerLevel(
                standardLevel: Self.evidencedLevel(of: self.model.targets[position].standard, profileText: profileText),
                titleGroup: self.placementHolds(position, guesses: guesses) ? nil : titleGroup,
                qualificationLevel: namedLevel)
        }
        let anchorLevel = anchor.map(levelOf)
        let reskillLevel = reskillAnchor.map(levelOf)

        // Aspiration
        var aspiration = aspirationBoosts(profile, target: target)
        // Someone starting out who holds or is finishing a level 3, or is an adult, may start at level 4 (`leaverStartLevel`);
        // a school leaver of 17 or more may apply for a level-4 job they name from 18 (`nearsLeaverEntry`), a retired version too.
        let schoolStart = earlyCareer ? Self.leaverStartLevel(history, ageBand: profile.constraints.ageBand) : Self.entryLevel
        let leaverReach = earlyCareer && Self.nearsLeaverEntry(history) ? Self.leaverEntryLevel : schoolStart
        // A school leaver's Saturday job (`titleLevel`) does not bring that down.
        let namedReach = earlyCareer ? max(leaverReach, (titleLevel ?? 0) + 1) : (anchorLevel ?? titleLevel).map { $0 + 1 } ?? Self.entryLevel
        let wishedJobs = aspiration.namedJobs
        aspiration.namedJobs = namedJobsPreferringCurrent(wishedJobs, reach: namedReach)
        // A job the learner typed in full that this leaves out is said to be (`droppedWishNotices`), unless answered below.
        // A school leaver on A levels, said anywhere in the text ("I'm in my first year of A levels"), hears of a degree as the usual way in.
        let afterLevelThree = earlyCareer && Self.studiesAtLevelThree(text), constraints = profile.constraints
        let wishCourse = { (job: String, level: Int) in
            self.wishCourseSentence(job: job, level: level, index: index, constraints: constraints, today: day, afterLevelThree: afterLevelThree)
        }
        let droppedWishes = droppedWishNotices(before: wishedJobs, after: aspiration.namedJobs, wish: profile.aspiration, course: wishCourse)
        // Fields and activities the wish names ("something in IT", "teach plumbing") are jobs too, and a
        // path matches the wish only in the fields it names in words (`spokenRoutes`).
        let fieldJobs = addingWishedFields(to: &aspiration, wish: profile.aspiration, target: target)
        // A job no standard's title names may still be trained for by the standard named for its work (`standingIn`).
        standingInForUnmatchedJobs(&aspiration, target: target)
        // One who names a job at an entry level (a paralegal) is answered at that level (`leaverStart`).
        let startLevel = Self.leaverStart(schoolStart, namedLevels: aspiration.namedJobs.compactMap { $0.first.map { model.targets[$0].standard.level } })
        let spoken = spokenRoutes(of: aspiration, wish: profile.aspiration, target: target, fieldJobs: fieldJobs)
        aspiration.claimWords = target.route == nil ? Self.claimWords(of: profile.aspiration) : []
        aspiration.claimRoutes = claimRoutes(words: aspiration.claimWords)
        // How the learner would like to work (part time, from home, regular hours, fewer people) orders
        // the courses and rules out moves (`Circumstances`).
        let circumstances = Circumstances.read(wishes: profile.aspiration ?? "", text: history)
        profile.constraints = circumstances.preferring(profile.constraints)

        // Paths
        // What the learner wants to leave or can no longer do rules out jobs built on it, and the
        // skills it closes are no strengths to fit or cite (`keptSkills`).
        let stated = statedLimits(text: [text, profile.aspiration].compactMap { $0 }.joined(separator: "\n"), wishes: profile.aspiration ?? "")
        let limits = stated + circumstances.limits.filter { !stated.contains($0) }
        let kept = keptSkills(held, limits: limits, anchor: reskillAnchor, namedField: !aspiration.routes.isEmpty || !aspiration.boost.isEmpty)
        // The skills the learner's job implies (`likelyJobSkills`) are theirs too: never a gap of a path
        // (a cashier's cash handling, a carer's personal care), though moves rest on what they say.
        let jobSkills = likelyJobSkills(title: title, history: history, guesses: guesses, extraction: extraction, limits: limits, earlyCareer: earlyCareer)
        let withJob = Self.holding(jobSkills.compactMap { model.skillPosition[$0.id] }, in: kept)
        // Placed in a unit group no standard stands for, the learner steps up in the nearest field
        // (`fieldStandard`): a shelf filler to retail team leader (see below).
        let placedRef = guesses.first { $0.occupation.scheme == .soc2020 }?.occupation
        // A learner placed in a unit group of supervisors or managers (housekeeping supervisors) leads others (`leadsUnshown`).
        aspiration.jobLeads = !earlyCareer
            && (placedRef.map { Self.singularWords($0.title).contains(where: OccupationSkillModel.titleLeadWords.contains) } ?? false)
        let field = anchor == nil && !earlyCareer ? titleLevel.flatMap { level in placedRef.flatMap { fieldStandard(ofGroup: $0.code, level: level) } } : nil
        let heldWeight = model.weight(of: kept)
        var scored = model.targets.map { model.fit(of: $0, held: kept, heldWeight: heldWeight) }
        // Jobs of the learner's own kind in other routes (`kin`) may be entered on fewer shared skills.
        if !earlyCareer {
            let group = guesses.first { $0.occupation.scheme == .soc2020 }?.occupation
            for (position, kin) in kin(anchor: reskillAnchor, level: reskillLevel ?? titleLevel, group: group, held: kept) {
                scored[position].kin = kin
            }
        }
        let experienced = (Self.yearsInWork(history) ?? 0) >= Self.experiencedYears
        var upskill = upskillPaths(
            anchor: anchor, level: anchorLevel, scored: scored, aspiration: aspiration, target: target, limits: limits,
            experienced: experienced, held: held)
        // The first standard guessed is shown as what the learner does now, and a path to it goes (`presented`): it is no
        // move to count when choosing the others, backed as their job or not.
        let shownJob = guesses.first { $0.occupation.scheme == .ifate }.flatMap { model.targetPosition[$0.occupation.code] }
        var reskill = reskillPaths(
            anchor: reskillAnchor, level: reskillLevel ?? titleLevel, scored: scored, aspiration: aspiration, target: target, held: held,
            earlyCareer: earlyCareer, limits: limits, qualificationLevel: namedLevel, placedGroup: placedGroup, stepsUp: !upskill.isEmpty,
            startLevel: startLevel, shownJob: shownJob)
            // A lead role offered as the step up is not offered again as a sideways move.
            .filter { move in !upskill.contains { $0.position == move.position } || anchor != reskillAnchor }
            // Nor is a wish the step up answers answered again by a fresh start in the same field sharing
            // none of the learner's skills (a hairdresser who wants to teach hair is offered assessing and
            // teaching it, not a nursery job).
            .filter { move in
                let route = model.targets[move.position].standard.route
                return scored[move.position].score > 0 || aspiration.boost[move.position] != nil
                    || !upskill.contains { step in
                        // A step up into another field than their own, such as teaching their trade.
                        model.targets[step.position].standard.route == route && aspiration.routes.contains(route)
                            && anchor.map { model.targets[$0].standard.route != route } ?? false
                    }
            }
            // Nor is a standard of the learner's level or below whose job titles code only to the unit group they
            // are placed in: that is their own job, not another kind (a lettings negotiator placed among estate agents
            // is not moved to junior estate agent), unless they ask for it. One whose titles also code to another
            // group is a wider job, a kin move (a courier's urban driver, also an HGV driver).
            .filter { move in
                let standard = model.targets[move.position].standard
                guard let placedGroup, !standard.soc.isEmpty, standard.soc.allSatisfy({ $0.code == placedGroup }) else { return true }
                return standard.level > (reskillLevel ?? titleLevel ?? 0) || aspiration.boost[move.position] != nil
                    || target.standards.contains(move.position)
            }
        // A field step up the moves already offer (a scaffolder's rigging job) stays a move.
        if let field {
            upskill = upskillPaths(anchor: field, level: titleLevel, scored: scored, aspiration: aspiration, target: target, limits: limits, held: held)
                .filter { step in !reskill.contains { $0.position == step.position } }
        }
        if anchor != reskillAnchor {
            // Placed on a thin standard: the moves are those from the job without it. One also offered as
            // the step up is a step up, unless it is the only move, which then stays a move.
            let base = reskillAnchor.map {
                self.upskillPaths(
                    anchor: $0, level: reskillLevel, scored: scored, aspiration: aspiration, target: target, limits: limits,
                    experienced: experienced, held: held)
            } ?? []
            reskill.removeAll { move in base.contains { $0.position == move.position } }
            let steps = reskill.filter { move in upskill.contains { $0.position == move.position } }
            if steps.count < reskill.count {
                reskill.removeAll { move in steps.contains { $0.position == move.position } }
            } else {
                upskill.removeAll { step in reskill.contains { $0.position == step.position } }
            }
        }
        // Their own job is where they are now: never a move, sideways or into a new field, nor a step up
        // (the standard they are placed on is one only when their evidence puts them below its level).
        let own = ownTitled.union([anchor, reskillAnchor].compactMap { $0 })
        reskill.removeAll { own.contains($0.position) }
        upskill.removeAll { ownTitled.contains($0.position) && $0.position != anchor }
        // One coming back after time away whose wish names the job they did before sees that job first (`returningTo`).
        let returner = !earlyCareer ? ReturnerNotice.notice(in: text) : nil
        if returner != nil, let back = returningTo(
            anchor: anchor, own: ownTitled, aspiration: aspiration, named: wishedJobs, limits: limits, wish: profile.aspiration,
            history: history)
        {
            var candidate = Candidate(position: back, score: scored[back].score, fit: scored[back].score, reach: true)
            candidate.returning = true
            upskill.removeAll { $0.position == back }
            upskill = Array(([candidate] + upskill).prefix(Self.maxUpskillPaths))
        }
        notices += stated.map(limitNotice) + circumstances.notices(stated: stated) + WorkLimit.healthNotes(in: text)
        if let record = ConvictionNote.notice(in: text) { notices.append(record) }
        // Someone coming back after time away hears that their past skills count and how to return (not a school leaver).
        if let returner { notices.append(returner) }
        if let digital = digitalCourseNotice(text: text, index: index, constraints: profile.constraints, today: day) { notices.append(digital) }
        // A job the wish names is listed, or a first step towards it, or the diagnostic says why not.
        // A school leaver studying at level 3 (A levels) may apply for a degree apprenticeship they name.
        let sixthFormer = earlyCareer && Self.studiesAtLevelThree(history)
        // So may an adult who says they hold A levels or another level 3 (not a school leaver).
        // A degree (an economics graduate who wants to teach) holds a level 3 too, and opens a degree-level apprenticeship.
        let graduate = !earlyCareer && Self.showsDegree(history)
        let adultLevelThree = !earlyCareer && (Self.studiesAtLevelThree(history) || graduate)
        notices += servingNamedWishes(
            aspiration: aspiration, target: target, anchor: anchor, level: anchorLevel ?? titleLevel, scored: scored, limits: limits,
            upskill: &upskill, reskill: &reskill, schoolLeaver: earlyCareer && Self.nearsLeaverEntry(history), levelThree: sixthFormer,
            held: held, wish: profile.aspiration, startingOut: earlyCareer, adultLevelThree: adultLevelThree,
            experienced: experienced, graduate: graduate)
        // A job the wish names that shares nothing and is beyond a first step is left out, and said to be
        // when no path is offered in its field. A school leaver studying at level 3 who names a degree-level
        // job is told it is a degree apprenticeship they can apply for, not a fresh start lower down, even when
        // paths of its field the wish did not lead to are listed (a laboratory technician from "biology" for a
        // would-be paramedic).
        let reach = (anchorLevel ?? titleLevel).map { $0 + 1 } ?? Self.entryLevel
        let listed = reskill.map(\.position) + upskill.map(\.position)
        let offered = Set(listed.map { model.targets[$0].standard.route })
        let degreeWish = { (position: Int) in (sixthFormer || adultLevelThree) && self.model.targets[position].standard.level >= Self.degreeLevel }
        if !listed.contains(where: { aspiration.boost[$0] != nil }),
            let named = aspiration.boost.filter({ entry in
                !target.standards.contains(entry.key) && model.targets[entry.key].standard.level > reach
                    && (!offered.contains(model.targets[entry.key].standard.route) || degreeWish(entry.key))
                    && !model.targets[entry.key].skills.contains { held[$0.skill] }
            }).max(by: { ($0.value, $1.key) < ($1.value, $0.key) })
        {
            let standard = model.targets[named.key].standard
            // A job already answered (its usual way in said by `servingNamedWishes`) is not answered twice.
            let answered = notices.contains { $0.hasPrefix("\(standard.title) (level \(standard.level)), which your wish names") }
            if !answered { notices.append(
                degreeWish(named.key)
                    ? Self.degreeApprenticeshipNotice(standard) + ", so ask a careers adviser or the employers near you when they open applications."
                    : "\(standard.title) (level \(standard.level)), which your wish names, shares none of the skills you describe and is more than a "
                        + "level above where you could start, so it is not suggested as a move: it would be a fresh start through training at a lower level first."
                        + (wishCourse(standard.title.prefix { $0 != "(" }.trimmingCharacters(in: .whitespaces), standard.level).map { " " + $0 } ?? "")) }
        }
        notices += droppedWishes.filter { dropped in !notices.contains { $0.hasPrefix(dropped.title + " (level") || $0.hasPrefix(dropped.name + " (level") } }.map(\.notice)
        if let job = aspiration.unmatchedJobs.first {
            notices.append(
                "You name \"\(job)\" as the job you would like: no apprenticeship standard here is for that job, so it is not shown as a path. "
                    // A job a field's jobs stand in for (`Aspiration.standIns`) has its way in listed: the paths do not only build on the present job.
                    + (aspiration.standIns.values.contains(job)
                        ? "The path marked as a first step towards it is the nearest apprenticeship to it; ask a careers adviser about the training route into it."
                        : "Ask a careers adviser about the training route into it; the paths below build on what you do now."))
        }
        // A learner whose wish names a job (one a standard is for or not), or whose wish's words a listed path's titles
        // hold (`heardWish`), has named the work they want: they are never asked to name a kind of work.
        let heard = heardWish(aspiration, named: wishedJobs, jobs: (reskill + upskill).map(\.position) + own)
        if (1...2).contains(reskill.count), target.route == nil, target.standards.isEmpty {
            notices.append(
                "Only \(reskill.count == 1 ? "one move" : "two moves") into another field \(reskill.count == 1 ? "is" : "are") shown: other occupations share "
                    + "too little with the skills you describe to be worth suggesting."
                    + (!aspiration.aspired
                        ? " Say what you would like to do to see paths there."
                        // A wish naming no work ("daytime hours", "something new") was said: the work it leaves open is asked for.
                        : aspiration.routes.isEmpty && aspiration.boost.isEmpty && !heard ? " Naming a kind of work you would like helps to see paths there." : ""))
        }
        // Adding a job title helps only someone who gave none and has a job to name: not a school or college leaver.
        let titleHint = title == nil && profile.constraints.ageBand != .youth ? " Adding your job title helps." : ""
        if earlyCareer {
            // A level-4 job or degree apprenticeship the wish names is open to a school leaver from 18 (`addLeaverEntry`).
            let beyond = reskill.first(where: \.leaverEntry).map { ", besides the level \(model.targets[$0.position].standard.level) job you name," } ?? ""
            notices.append(
                "You look to be starting out, so paths are at entry levels (up to level \(startLevel)"
                    + (startLevel > Self.entryLevel ? ", since level 4 apprenticeships are open to you after A levels or another level 3" : "")
                    + ")\(beyond) and there are no upskill paths.")
        } else if anchor == nil, let group = placedRef, title != nil || field != nil {
            notices.append(fieldNotice(group: group, fromTitle: title != nil, field: field, steps: upskill.count))
        } else if let rejected, let group = textGroup {
            notices.append(
                "What you describe reads as \(group.occupation.title.lowercased()) (SOC 2020 \(group.occupation.code)); the closest apprenticeship "
                    + "standard, \(rejected.title) (level \(rejected.level)), is not that job, so no current occupation is taken and upskill "
                    + "paths are not shown." + titleHint)
        } else if anchor == nil, let group = placedRef {
            // The unit group is listed under what the learner does now, so the notice names it rather than
            // saying the job was not recognised.
            notices.append(
                "What you describe reads as \(group.title.lowercased()) (SOC 2020 \(group.code)), but no apprenticeship standard could be "
                    + "matched to it, so upskill paths are not shown." + titleHint)
        } else if anchor == nil {
            notices.append(
                title == nil && profile.constraints.ageBand == .youth
                    ? "No job is described to step up from, so upskill paths are not shown."
                    : "Your current occupation could not be recognised, so upskill paths are not shown." + titleHint)
        } else if upskill.isEmpty {
            notices.append("No higher-level occupation in your current pathway was found for upskilling.")
        }
        if reskill.isEmpty {
            // The learner's field is named only when they describe skills of it.
            let ownRoute = held.contains(true) ? anchor.map { routeName(model.targets[$0].standard.route) } : nil
            notices.append(heard ? Self.heardNoMoveNotice(ownRoute: ownRoute) : Self.noMoveNotice(ownRoute: ownRoute, aspired: aspiration.aspired))
        }

        let providerRef = profile.constraints.provider.map { id in index.providers[id] ?? ProviderRef(id: id, name: id.rawValue) }
        if let scope = profile.constraints.provider, index.providers[scope] == nil {
            notices.append("The provider \(scope.rawValue) has no courses in the catalogue, so no courses are listed.")
        }

        let extractionEvidence = evidenceBySkill(extraction)
        let scratch = CourseScratch(courses: index.entries.count, skills: model.skills.count, terms: index.termIDs.count)
        scratch.learner(
            jobSkills: jobSkills.compactMap { model.skillPosition[$0.id] }, level: anchorLevel ?? namedLevel, wantsEnglish: Self.asksForEnglish(profile.text),
            needsBasics: Self.asksForBasicSkills(profile.text), studiesLevelThree: sixthFormer,
            studiedLevel: Self.studiedLevel(profile.text))
        scratch.costReading(age: Circumstances.statedAge(profile.text), held: Self.heldLevel(profile.text), codes: Self.heldTicketCodes(profile.text),
            qualifications: Self.heldQualifications(profile.text), noUniversity: Self.saysNoUniversity(profile.text))
        if !limits.isEmpty {
            scratch.limits(
                closed: limitNamedSkills(limits), ruledOut: model.targets.indices.map { model.isRuledOut($0, by: limits) },
                cannotDrive: limits.contains(WorkLimit.driving), physical: limits.contains(WorkLimit.physical))
        }
        let build: (Int, CareerPath.Kind, Double, Candidate) -> CareerPath = { position, kind, score, candidate in
            // A path matches the wish when the wish names it or names its field in words (`spokenRoutes`); a
            // field reached only through a job title the wish matched (`Aspiration.titleOnly`), a skill it
            // mentions or the route of a job it names is not a wish for its other jobs.
            let route = self.model.targets[position].standard.route
            // Teaching or assessing the learner's trade lies in the education route, which a wish about their children's
            // school names too ("now they're at school"): it matches the wish only when the wish names teaching or assessing.
            // A job of a field the wish names that shares none of the learner's skills matches it only when it holds what
            // they said, where some job of that field does (`fitsWish`).
            // Any job of that field, fresh start or not, is said to match the wish only when it is what the wish says
            // (`claimsWish`); one that is not is said to lie in the field the wish names, which it does.
            let inField = !candidate.teaching && spoken.contains(route) && !aspiration.titleOnly.contains(route)
            let aspired = aspiration.boost[position] != nil || (inField && self.claimsWish(position, aspiration: aspiration))
            return self.path(
                position, kind: kind, score: score, coverage: scored[position].coverage, aspired: aspired, held: kept,
                evidence: extractionEvidence, index: index, constraints: profile.constraints, today: day, anchor: anchor, anchorLevel: anchorLevel,
                scratch: scratch, singleSkill: candidate.singleSkill, teaching: candidate.teaching, generic: candidate.generic, desk: candidate.desk,
                kin: kind == .reskill ? candidate.kin : nil, freshStart: kind == .reskill && !candidate.reach && candidate.desk == nil,
                kept: candidate.kept, named: candidate.named, indoor: kind == .reskill ? candidate.indoor : nil, wished: candidate.wished,
                towards: candidate.towards, assumed: withJob, leaverEntry: candidate.leaverEntry,
                returning: candidate.returning, wishedField: inField && !aspired)
        }
        // A job the notices say no standard is for, with no first step towards it, is not what another wished path is (`notTheNamedJob`).
        let unanswered = aspiration.unmatchedJobs.first.flatMap { aspiration.standIns.values.contains($0) ? nil : $0 }
        let upskillPaths = upskill.map { Self.notTheNamedJob(build($0.position, .upskill, $0.fit, $0), job: unanswered) }
        let reskillPaths = reskill.map { Self.notTheNamedJob(build($0.position, .reskill, $0.fit, $0), job: unanswered) }
        if let asked = askedCourseNotice(
            text: profile.text, shown: upskillPaths + reskillPaths, index: index, constraints: profile.constraints, today: day, scratch: scratch)
        { notices.append(asked) }
        if let lapsed = lapsedSkillCourseNotice(
            text: profile.text, shown: upskillPaths + reskillPaths, index: index, constraints: profile.constraints, today: day)
        { notices.append(lapsed) }
        notices += questionAnswers(
            to: profile.text, upskill: upskillPaths, reskill: reskillPaths, shownJob: guesses.first { $0.occupation.scheme == .ifate }?.occupation.id,
            aspiration: aspiration, notices: notices, ageBand: profile.constraints.ageBand)

        // Demand is recorded as wished for only when the wish names work: a job, a field or a skill, not
        // only hours or place ("want to go back part time") or no wish at all ("dunno what I want to do").
        let namesWork = !aspiration.boost.isEmpty || !aspiration.routes.isEmpty
        let signal = demandSignal(
            upskill: upskillPaths, reskill: reskillPaths, aspired: aspiration.aspired && namesWork, constraints: profile.constraints)
        return Diagnostic(
            skills: Self.adding(jobSkills, to: groups), currentOccupations: guesses, upskill: upskillPaths, reskill: reskillPaths, notices: notices,
            providerScope: providerRef, constraints: profile.constraints, generatedOn: day, demandSignal: signal)
    }

    // MARK: Skills held

    /// `held` with the skills at `positions` held too.
    static func holding(_ positions: [Int], in held: [Bool]) -> [Bool] {
        var held = held
        for position in positions { held[position] = true }
        return held
    }

    /// The skills found in a job title and a text, and, per skill of the model, whether it is held.
    func heldSkills(title: String?, text: String) -> (extraction: ExtractionResult, held: [Bool]) {
        let extraction = taxonomy.extract([title, text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ".\n"))
        var held = Array(repeating: false, count: model.skills.count)
        for skill in extraction.skills { if let position = model.skillPosition[skill.skillID] { held[position] = true } }
        return (extraction, held)
    }

    // MARK: Text hygiene

    /// Collapses runs of spaces and blank lines, and turns bullets into line breaks, so lists and
    /// pasted CVs read as sentences.
    static func clean(_ text: String) -> String {
        var lines: [String] = []
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            var line = raw.trimmingCharacters(in: .whitespaces)
            while let first = line.first, "•-*–·▪●◦>".contains(first) { line = String(line.dropFirst()).trimmingCharacters(in: .whitespaces) }
            line = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            if !line.isEmpty { lines.append(line) }
        }
        return lines.joined(separator: "\n")
    }

    /// Words that mark someone at the start of their working life.
    static let earlyCareerMarkers = [
        "gcse", "gcses", "a level", "a-level", "a levels", "school leaver", "left school", "leaving school", "year 11", "year 13",
        "sixth form", "just finished school", "just finished college", "t level", "btec", "student",
        // Their age and where they study say it too ("I'm 17 and doing media at college").
        "i'm 16", "i'm 17", "i'm 18", "im 16", "im 17", "im 18", "i am 16", "i am 17", "i am 18", "at college", "leaving college",
    ]

    /// Each early-career marker as a whole word: followed by a space, comma or full stop.
    static let earlyCareerNeedles: [String] = earlyCareerMarkers.flatMap { (marker: String) -> [String] in
        [" \(marker) ", " \(marker),", " \(marker)."]
    }

    /// True when the text reads as a school or college leaver's.
    static func isEarlyCareer(_ text: String) -> Bool {
        // A stage the learner says they never reached ("didnt do A levels") is no stage of theirs; an age
        // under 19 they state ("16, live near Pershore", "I'm 17") is.
        let lower = PhraseSearch(" " + Circumstances.droppingStudyNotDone(text).lowercased() + " ")
        let marked = lower.containsAny(earlyCareerNeedles) || Circumstances.statedAge(text).map { $0 < 19 } ?? false
        // Leading a team, line or shift is a supervisor's work: an adult's, whatever GCSE they name.
        let worked = lower.containsAny([
            "years as", "years of experience", "worked as", "employed as", "manager", "supervisor", "team leader", "line leader", "shift leader",
        ])
        // Any adult sign ("A level years ago", "6 years" of work, "my kids") outranks a bare school word; an
        // age they state settles it either way ("Im 35" with "I got 5s in my science GCSEs" is an adult).
        return marked && !worked && (Circumstances.statedAge(text).map { $0 < 19 } ?? !Circumstances.statesAdulthood(text))
    }

    /// The text cut at the last whitespace before `limit` characters.
    static func cut(_ text: String, to limit: Int) -> String {
        let prefix = text.prefix(limit)
        guard let space = prefix.lastIndex(where: \.isWhitespace), prefix.distance(from: prefix.startIndex, to: space) > limit / 2 else {
            return String(prefix)
        }
        return String(prefix[..<space])
    }

    static func todayUTC() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// A profile the diagnostic cannot read, with the field at fault.
public struct DiagnosticInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The profile field, e.g. `text` or `targetOccupation`.
    public var field: String
    public var reason: String

    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(field): \(reason)" }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
