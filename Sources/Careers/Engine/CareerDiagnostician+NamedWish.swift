import Foundation
import Matching
import Taxonomy

// MARK: - A job the learner's wish names is always answered

/// A learner who names the job they want ("I'd like to fit heat pumps", "I want to be a data analyst",
/// "I'd like to be a nurse") is always answered about it: the job is listed with its gap (as a step up
/// when it is a level or two above theirs in their own route, else as the wished move), or, when it is
/// far above where they could start, a first step towards it in its pathway is listed and the
/// diagnostic says why; when a limit they state rules it out, the diagnostic says so in plain words.
/// Nothing the wish names is dropped in silence.
extension CareerDiagnostician {
    /// Lists each job the wish names (`Aspiration.namedJobs`) that the path search left out, or a first
    /// step towards it, and returns what the diagnostic says about those it cannot list.
    /// - Parameters:
    ///   - anchor: the learner's job's standard, if any; `level` the level they work at, if known.
    ///   - upskill, reskill: the paths chosen so far, which a named job joins at the front.
    func servingNamedWishes(
        aspiration: Aspiration, target: Target, anchor: Int?, level: Int?, scored: [Fit], limits: [Int],
        upskill: inout [Candidate], reskill: inout [Candidate], schoolLeaver: Bool = false, levelThree: Bool = false, held: [Bool]? = nil,
        wish: String? = nil, startingOut: Bool = false, adultLevelThree: Bool = false, experienced: Bool = false, graduate: Bool = false
    ) -> [String] {
        // A school leaver two years or more from applying (16, finishing GCSEs) is shown the first step towards a degree-level
        // job, not the degree apprenticeship itself, which opens from 18 after a level 3.
        let listsDegreeGoal = !startingOut || schoolLeaver
        let wishWords = wish.map(Self.singularWords) ?? []
        guard target.standards.isEmpty, target.route == nil else { return [] }
        var notices: [String] = []
        let closing = Self.closing(limits)
        let ownRoute = anchor.map { model.targets[$0].standard.route }
        let reach = level.map { $0 + 1 } ?? Self.entryLevel
        var answered: Set<Int> = []
        let returningTo = upskill.first(where: \.returning)?.position
        for (index, named) in aspiration.namedJobs.enumerated() {
            // A wish some listed path answers (a library and archive assistant for "archives") is served.
            // The learner's own job is not what they wish for: the closest other job named is ("HGV driver"
            // for an urban driver: the LGV driver).
            // A returner whose wish names the job they did before ("back into early years" for a pre-school leader) is answered by
            // that job (`Candidate.returning`): a job of its route at or below its level that the same words name (an early years
            // practitioner at level 2) is a step down, not what they wish for.
            let stepDown = { (position: Int) -> Bool in
                guard let back = returningTo, position != back, named.contains(back) else { return false }
                let job = self.model.targets[position].standard, own = self.model.targets[back].standard
                return job.route == own.route && job.level <= own.level
            }
            guard let wished = named.first(where: { $0 != anchor && !stepDown($0) }), answered.insert(wished).inserted else { continue }
            // What the work is on, in every wish naming the job first ("town" in "a town planning apprenticeship", though
            // "how towns are laid out" named it before): a wish naming it in one word leaves the others' words standing.
            let qualifiers = aspiration.namedJobs.indices.filter { aspiration.namedJobs[$0].first(where: { $0 != anchor }) == wished }
                .reduce(into: Set<String>()) { words, other in words.formUnion(aspiration.namedQualifiers[other] ?? []) }
                .union(titleWorkWished(wished, words: aspiration.claimWords))
            // The named job the paths already list leads its list, said to be the job wished for.
            // A job standing in for one no standard is for (`Aspiration.standIns`) is a first step towards that job.
            let standIn = aspiration.standIns[index]
            // A school leaver may apply for a level-4 job or (studying at level 3) a degree apprenticeship the wish names; so may an
            // adult who holds A levels or another level 3 (`adultLevelThree`) for a degree apprenticeship: a 26-year-old with A levels
            // who wants to be a solicitor applies for the solicitor apprenticeship, not for a paralegal's job first (review 18, p20).
            let opensDirectly = { (position: Int) -> Bool in
                if schoolLeaver { return self.isLeaverEntry(position, qualifiers: qualifiers, levelThree: levelThree) }
                return adultLevelThree && self.model.targets[position].standard.level >= Self.degreeLevel
                    && self.isLeaverEntry(position, qualifiers: qualifiers, levelThree: true)
            }
            if Self.lists(wished, upskill, reskill) {
                // A school leaver who may start at level 4 (`leaverStartLevel`) finds the level-4 job they name among the moves:
                // it is still said to be open from 18, with its entry requirement (`addLeaverEntry`).
                if reskill.contains(where: { $0.position == wished }), opensDirectly(wished) {
                    notices.append(addLeaverEntry(wished, before: nil, scored: scored, aspiration: aspiration, reskill: &reskill, graduate: graduate))
                    continue
                }
                Self.promote(wished, towards: standIn, in: &upskill)
                Self.promote(wished, towards: standIn, in: &reskill)
                continue
            }
            let standard = model.targets[wished].standard
            if let limit = closing.first(where: { model.isRuledOut(wished, by: [$0]) }) {
                notices.append(
                    "\(standard.title) (level \(standard.level)), which your wish names, is built on \(limitName(limit)), which you say you "
                        + "can no longer do or want to leave, so it is not suggested.")
                continue
            }
            let own = standard.route == ownRoute
            // A job the wish names as a trainee ("a trainee brewer") asks to be trained for it: below degree level and a
            // level beyond where they could start, its own apprenticeship is the way in, so it is listed as the move.
            let asTrainee = standard.level < Self.degreeLevel && standard.level <= reach + 1 && namesAsTrainee(wished, wishWords: wishWords)
            // Level 4 apprenticeships are open to adults: an experienced working adult who names a level-4 job (a tax technician, a power network
            // design engineer) applies for it, and is not sent through an unrelated level-3 job first (review 18, p02 and p15).
            // Only a job the wish names as such: in words saying what its work is on ("tax technician") or by an everyday name of
            // it (`wishedFields`), not by one word a title holds ("on the land" is no land referencer).
            // An adult with years of work behind them (`experienced`), not a pot washer of two years, who is told it is a fresh start.
            let adultEntry = !startingOut && experienced && standard.level <= Self.leaverEntryLevel && (!(aspiration.namedQualifiers[index] ?? []).isEmpty || wishedFieldJobs.contains(named))
            if asTrainee || adultEntry || isReachable(wished, own: own, level: level, reach: reach) {
                add(wished, towards: standIn, own: own, level: level, scored: scored, aspiration: aspiration, upskill: &upskill, reskill: &reskill)
                continue
            }
            // Far above where they could start: a first step in the same pathway or kind of job, one the
            // wish names if any, else the one their skills fit best, the higher level first.
            // A job on no pathway or cluster (nursing associate) is led to by the jobs of its route the
            // learner's skills fit (a care assistant's senior healthcare support work).
            // A job of its route whose titles share a word of the wish that says what the work is on ("aircraft"
            // in an aviation maintenance mechanic's "aircraft mechanic" for an aircraft engineer) is a first
            // step too, and comes before one that is only in the same pathway (a marine engineer).
            let placed = standard.pathway != nil || standard.cluster != nil
            // A wish naming the work in several words ("air traffic", "environmental health") is shared only by titles holding
            // them all: a rail traffic controller shares "traffic" alone, an oral health practitioner "health" alone.
            let kin = distinctiveWords[wished].intersection(aspiration.namedQualifiers[index] ?? [])
            let sharesKind = { (position: Int) in !kin.isEmpty && kin.isSubset(of: self.distinctiveWords[position]) }
            // A first step towards a degree-level job keeps its work: the wish names it, its titles share a word of the work,
            // the learner's skills already fit it (a youth club volunteer's youth support work towards social work), it is of
            // the same cluster, or both are built on a skill that tells the job's work from others (`keepsDegreeWork`). A dental nurse
            // shares only the Health pathway with a speech and language therapist: that learner is told the usual way in instead.
            let degree = standard.level >= Self.degreeLevel
            let stones = model.targets.indices.filter { position in
                let step = model.targets[position].standard
                // A job the wish itself names is a first step whatever its route: a transport planning technician (transport)
                // for "transport planner", whose degree is a construction standard, not a geospatial surveyor of that route.
                return position != anchor && position != wished && (step.route == standard.route || named.contains(position))
                    && isReachable(position, own: own, level: level, reach: reach)
                    && (named.contains(position) || (step.pathway != nil && step.pathway == standard.pathway)
                        || (step.cluster != nil && step.cluster == standard.cluster) || (!placed && scored[position].score > 0)
                        || sharesKind(position))
                    // A job that shares only a broad pathway with the wished one keeps its work too, at any level: a boatbuilder is
                    // no first step into brewing, though both are "engineering, manufacturing, process and control".
                    && (named.contains(position) || sharesKind(position) || scored[position].coverage >= Self.degreeStepCoverage
                        || keepsDegreeWork(position, of: wished) || (!degree && (!placed || (step.cluster != nil && step.cluster == standard.cluster))))
                    && !model.isRuledOut(position, by: closing)
                    // A first step is work to start in, not to lead (`leadsUnshown`), unless the wished job leads too: a landscape
                    // supervisor is no first step to ecologist, a site supervisor is one to site management.
                    && (model.isLeadRole[wished] || !(held.map { self.leadsUnshown(position, held: $0, anchor: anchor, aspiration: aspiration, target: target) } ?? false))
            }
            // Among those, one of the wished job's own pathway comes first: it leads there more directly than one that only
            // shares a word of its titles (a construction site supervisor, not a civil engineering technician, before site management).
            let samePathway = { (position: Int) in
                let step = self.model.targets[position].standard
                return step.pathway != nil && step.pathway == standard.pathway
            }
            // A job the wish names only by the last words of a title ("traffic controller" in a rail infrastructure operator's
            // "Traffic controllers", for "air traffic controller") is named only when it holds all the words of the work.
            // The first steps an everyday name of the job lists (`wishedFields`: theatre support work for an operating department
            // practitioner) are named as such whatever words they share (review 20, p19).
            let fieldNamed = wishedFieldJobs.contains(named)
            let namedStep = { (position: Int) in named.contains(position) && (kin.count < 2 || sharesKind(position) || fieldNamed) }
            let rank = { (position: Int) in
                (namedStep(position) ? 1 : 0, (sharesKind(position) ? 2 : 0) + (samePathway(position) ? 1 : 0), self.model.targets[position].standard.level,
                    scored[position].score)
            }
            let far = "\(standard.title) (level \(standard.level)), which your wish names, is more than a level above where you could start"
            let namesProfession = wishNamesProfession(wished, named: named, words: aspiration.claimWords)
            guard let stone = stones.max(by: { first, second in
                let (a, b) = (rank(first), rank(second))
                return (a.0, a.1, a.2, a.3, second) < (b.0, b.1, b.2, b.3, first)
            }) else {
                // A school leaver may apply for a level-4 job they name from 18 (`leaverEntry`, CareerDiagnostician+LeaverWish).
                if opensDirectly(wished) { notices.append(addLeaverEntry(wished, before: nil, scored: scored, aspiration: aspiration, reskill: &reskill, graduate: graduate)); continue }
                if degree {
                    // No job the learner could start at keeps its work: the usual way in is said, and the job itself is listed
                    // (with its degree courses) for a learner not placed in a job of another field.
                    if listsDegreeGoal, anchor == nil || own || namesProfession { Self.addDegreeGoal(wished, fit: scored[wished].score, boost: aspiration.boost[wished] ?? 0, reskill: &reskill) }
                    notices.append(far + Self.degreeWayIn)
                    continue
                }
                notices.append(
                    far + ", and no job in its pathway at a level you could start at leads straight to it, so it is not suggested as a move: "
                        + "it would be a fresh start through training at a lower level first.")
                continue
            }
            // A school leaver who may apply for the job itself is offered no first step that shares none of their skills and that
            // their wish does not name: an asbestos surveyor is no way into town planning for one applying for it from 18.
            // Nor is a graduate, whose degree opens the job itself (a teacher's postgraduate apprenticeship), sent to another first.
            if scored[stone].score == 0 || graduate, !named.contains(stone), opensDirectly(wished) {
                notices.append(addLeaverEntry(wished, before: nil, scored: scored, aspiration: aspiration, reskill: &reskill, graduate: graduate))
                continue
            }
            if Self.lists(stone, upskill, reskill) {
                // A first step the paths already list leads its list, said to lead to the job wished for.
                Self.promote(stone, towards: standard.title, in: &upskill)
                Self.promote(stone, towards: standard.title, in: &reskill)
            } else {
                add(stone, towards: standard.title, own: own, level: level, scored: scored, aspiration: aspiration, upskill: &upskill, reskill: &reskill)
            }
            if opensDirectly(wished) { notices.append(addLeaverEntry(wished, before: stone, scored: scored, aspiration: aspiration, reskill: &reskill, graduate: graduate)); continue }
            // A degree-level job wished for follows its first step, marked as the long-term goal (`Candidate.named`):
            // a factory worker who wants to be a social worker sees youth support work and social work. A job
            // below degree level is reached through the first step itself, and a first step the wish names too
            // (a digital marketer for "digital marketing") answers it. Someone placed in a job of another field
            // sees the first step only: the wish may name a field of work rather than the profession
            // ("estimating" for a bricklayer is no project controls degree).
            // One whose wish names the profession itself ("I want to be an occupational therapist") sees it too, whatever their job.
            if standard.level >= Self.degreeLevel, !named.contains(stone), listsDegreeGoal, anchor == nil || own || namesProfession {
                Self.addGoal(wished, after: stone, fit: scored[wished].score, boost: aspiration.boost[wished] ?? 0, upskill: &upskill, reskill: &reskill)
            }
            notices.append(far + ", so \(model.targets[stone].standard.title) (level \(model.targets[stone].standard.level)) is offered as a first step towards it.")
        }
        return notices
    }

    /// The words of the job's own title that say what its work is on (those before its last word, less role and grade words:
    /// "town" and "planning" in Town planning assistant) when the wish's words (`Aspiration.claimWords`) hold them all, else
    /// none: a wish holding them names that job, however its parts were read ("a town planning apprenticeship"), and one
    /// holding some of them names a field ("engineering" is no engineering manufacturing technician).
    func titleWorkWished(_ position: Int, words: Set<String>) -> Set<String> {
        let title = Self.singularWords(String(model.targets[position].standard.title.prefix { $0 != "(" }))
        // A word wishes are said in ("planning" to) is never among the wish's words of work, so it is not asked for.
        let work = Set(title.dropLast()).subtracting(Self.roleWords).subtracting(Self.gradeWords).subtracting(Self.wishWords)
        return !work.isEmpty && work.isSubset(of: words) ? work : []
    }

    /// Words that name the job wished for as one to be trained for ("a trainee brewer", "an apprentice electrician").
    static let traineeWords: Set<String> = ["trainee", "apprentice"]

    /// Whether the wish's words (`wishWords`, as `singularWords` gives them) name the job at `position` as a trainee: a word of
    /// `traineeWords` right before a word of its own title ("trainee brewer"), or one word after ("trainee craft brewer").
    func namesAsTrainee(_ position: Int, wishWords: [String]) -> Bool {
        let title = Set(Self.singularWords(String(model.targets[position].standard.title.prefix { $0 != "(" }))).subtracting(Self.gradeWords)
        return wishWords.indices.contains { index in
            Self.traineeWords.contains(wishWords[index]) && wishWords[(index + 1)..<min(index + 3, wishWords.count)].contains(where: title.contains)
        }
    }

    /// Whether the wish names the profession at `position` itself, not a field of work: its words (`Aspiration.claimWords`) hold
    /// every word of the job's own title (less a bracket and grade words: "occupational therapist" for Occupational therapist
    /// (integrated degree)), or the jobs named (`named`) are those of an everyday name of the job (`wishedFields` that are no
    /// field: "police dog handler" for a police constable's jobs).
    func wishNamesProfession(_ position: Int, named: [Int], words: Set<String>) -> Bool {
        let title = Self.singularWords(String(model.targets[position].standard.title.prefix { $0 != "(" })).filter { !Self.gradeWords.contains($0) }
        if !title.isEmpty, title.allSatisfy(words.contains) { return true }
        return wishedFieldJobs.indices.contains { !Self.wishedFields[$0].field && wishedFieldJobs[$0].first == position && wishedFieldJobs[$0] == named }
    }

    /// Words of a grade or kind of qualification, not of what the work is on.
    static let gradeWords: Set<String> = [
        "advanced", "senior", "junior", "assistant", "degree", "integrated", "level", "lead", "principal", "chief", "trainee", "apprentice",
        "and", "or", "of", "the", "for", "in", "with", "a", "an", "military", "professional", "practitioner", "specialist",
    ]

    /// The words of a standard's title and typical job titles that say what its work is on ("aircraft",
    /// "aerospace"): each title's words before its last, without grade words and words for a role any
    /// field has (`roleWords`), singular.
    static func distinctiveTitleWords(_ standard: OccupationalStandard) -> Set<String> {
        var words: Set<String> = []
        for title in [standard.title] + standard.typicalJobTitles {
            // The last word names the kind of person ("mechanic", "engineer"), which many fields share; the
            // words before it say what the work is on. A bracket ("(degree)") says neither.
            let plain = title.lowercased().split(separator: "(").first.map(String.init) ?? ""
            for word in plain.split(whereSeparator: { !$0.isLetter }).dropLast() {
                let word = singular(String(word))
                if word.count > 2, !gradeWords.contains(word), !roleWords.contains(word), !genericWishWords.contains(word) { words.insert(word) }
            }
        }
        return words
    }

    /// Marks the job at `position`, if `paths` lists it, as the job wished for or a first step `towards`
    /// one, and moves it ahead of the paths not so marked, after those that are (in the order the wish names them).
    private static func promote(_ position: Int, towards: String?, in paths: inout [Candidate]) {
        guard let index = paths.firstIndex(where: { $0.position == position }) else { return }
        var candidate = paths.remove(at: index)
        candidate.wished = true
        candidate.towards = towards
        // The job a returner goes back to (`Candidate.returning`) stays first: it is the work they did before and ask for again.
        let slot = paths.prefix(index).firstIndex { !$0.wished && !$0.returning } ?? index
        paths.insert(candidate, at: slot)
    }

    /// Lists the job wished for (`position`) right after its first step (`stone`), in the same list, as the
    /// long-term goal (`Candidate.wished` and `Candidate.named`), keeping the list's length.
    private static func addGoal(_ position: Int, after stone: Int, fit: Double, boost: Double, upskill: inout [Candidate], reskill: inout [Candidate]) {
        var goal = Candidate(position: position, score: fit + boost, fit: fit, reach: true, named: true)
        goal.wished = true
        if let index = upskill.firstIndex(where: { $0.position == stone }) {
            upskill.insert(goal, at: index + 1)
            upskill = Array(upskill.prefix(maxUpskillPaths))
        } else if let index = reskill.firstIndex(where: { $0.position == stone }) {
            reskill.insert(goal, at: index + 1)
            reskill = Array(reskill.prefix(maxReskillPaths))
        }
    }

    /// The share of a job's skill set (`Fit.coverage`) the learner must hold for it to be a first step towards a degree-level job
    /// on their skills alone, when it neither keeps that job's work nor shares its kind: a youth club volunteer's youth support
    /// work is one towards social work; a job sharing a trace of the learner's skills is none.
    static let degreeStepCoverage = 0.1

    /// What is said of a degree-level job wished for that no job the learner could start at leads to.
    static let degreeWayIn = ", and no job you could start at shares its core work, so no job is offered as a first step: the usual way in "
        + "is a degree or a degree apprenticeship, which adults without A levels often reach through an Access to Higher Education Diploma (level 3)."

    /// Whether a job keeps the work of the degree-level job at `wished`, as a first step towards it: it is of the same
    /// occupational-map cluster, or one of the `coreSize` heaviest skills of each is the same skill of the degree job's
    /// distinctive core (`Target.distinctiveCore`: a food technologist's and an environmental health practitioner's food
    /// safety; not biodiversity, which a landscape supervisor names but is not built on).
    func keepsDegreeWork(_ position: Int, of wished: Int) -> Bool {
        let step = model.targets[position].standard
        if let cluster = step.cluster, cluster == model.targets[wished].standard.cluster { return true }
        let heaviest = { (position: Int) in Set(self.model.targets[position].skills.prefix(OccupationSkillModel.coreSize).map(\.skill)) }
        return !heaviest(wished).intersection(model.targets[wished].distinctiveCore).isDisjoint(with: heaviest(position))
    }

    /// Lists a degree-level job wished for, with no first step, at the front of the moves.
    private static func addDegreeGoal(_ position: Int, fit: Double, boost: Double, reskill: inout [Candidate]) {
        var goal = Candidate(position: position, score: fit + boost, fit: fit, reach: true)
        goal.wished = true
        reskill.insert(goal, at: 0)
        reskill = Array(reskill.prefix(maxReskillPaths))
    }

    /// Whether the paths chosen list the job at `position`.
    private static func lists(_ position: Int, _ upskill: [Candidate], _ reskill: [Candidate]) -> Bool {
        upskill.contains { $0.position == position } || reskill.contains { $0.position == position }
    }

    /// Whether a job can be offered as it is: a step up of one or two levels in the learner's own route
    /// (`own`), or at most a level above theirs (`reach`) elsewhere or as a sideways move.
    private func isReachable(_ position: Int, own: Bool, level: Int?, reach: Int) -> Bool {
        let jobLevel = model.targets[position].standard.level
        if own, let level, jobLevel > level { return jobLevel <= level + 2 }
        return jobLevel <= reach
    }

    /// Puts a named job (or a first step `towards` one) at the front of the step ups when it is above
    /// the learner's level in their own route, else at the front of the moves, keeping each list's length.
    private func add(
        _ position: Int, towards: String?, own: Bool, level: Int?, scored: [Fit], aspiration: Aspiration,
        upskill: inout [Candidate], reskill: inout [Candidate]
    ) {
        let fit = scored[position].score
        var candidate = Candidate(position: position, score: fit + (aspiration.boost[position] ?? 0), fit: fit, reach: true)
        candidate.towards = towards
        candidate.wished = true
        if own, let level, model.targets[position].standard.level > level {
            // After the job a returner goes back to, which stays first.
            let front = upskill.prefix { $0.returning }.count
            upskill.insert(candidate, at: front)
            upskill = Array(upskill.prefix(Self.maxUpskillPaths))
        } else {
            reskill = Array(([candidate] + reskill).prefix(Self.maxReskillPaths))
        }
    }
}

// MARK: - A job no standard is named for, stood in for by the standard named for its work

/// A job the wish names in words no standard's title holds (`Aspiration.unmatchedJobs`: "health and safety
/// adviser") is still one an apprenticeship trains for when a standard's own title holds every word of it that
/// says what the work is on (all its words before the role word, two at least: "health" and "safety" in Safety,
/// health and environment technician). That standard is a first step towards the job, listed as such
/// (`Aspiration.standIns`), rather than the learner being told no apprenticeship is for it. One word of work
/// ("dispensing optician", "video editor") is too little to tell: many titles hold one word of another job.
extension CareerDiagnostician {
    /// The words of work a job needs a standard's own title to hold before it stands in for the job.
    static let standInWorkWords = 2

    /// The standard standing in for `job` (see above): the lowest level of those whose own title holds all its work
    /// words, then the first. `nil` when the job has fewer than `standInWorkWords` such words or no title holds them all.
    func standingIn(for job: String) -> Int? {
        let words = Self.singularWords(job)
        let work = Set(words.dropLast().filter { !Self.gradeWords.contains($0) && !Self.roleWords.contains($0) })
        guard work.count >= Self.standInWorkWords else { return nil }
        return model.targets.indices.filter { position in
            let title = model.targets[position].standard.title.lowercased().split(separator: "(").first ?? ""
            return work.isSubset(of: Set(title.split(whereSeparator: { !$0.isLetter }).map { Self.singular(String($0)) }))
        }.min { (model.targets[$0].standard.level, $0) < (model.targets[$1].standard.level, $1) }
    }

    /// Each job of `aspiration.unmatchedJobs` a standard stands in for (`standingIn`) becomes a job the wish names
    /// through it (`Aspiration.namedJobs`, `Aspiration.standIns`), boosted as a named job, and no longer unmatched.
    func standingInForUnmatchedJobs(_ aspiration: inout Aspiration, target: Target) {
        guard target.standards.isEmpty, target.route == nil else { return }
        let stoodIn = Set(aspiration.standIns.values)
        for job in aspiration.unmatchedJobs where !stoodIn.contains(job) {
            guard let position = standingIn(for: job), !aspiration.namedJobs.contains([position]) else { continue }
            aspiration.standIns[aspiration.namedJobs.count] = job
            aspiration.namedJobs.append([position])
            aspiration.boost[position] = max(aspiration.boost[position] ?? 0, Self.namedBoost)
            aspiration.unmatchedJobs.removeAll { $0 == job }
        }
    }
}

// MARK: - A retired job the wish names in full

extension CareerDiagnostician {
    /// What the diagnostic says about each wish `namedJobsPreferringCurrent` left naming no job (`after` empty where
    /// `before` was not) when the learner's wish holds the closest job's own title word for word ("nursing associate"
    /// for "Nursing associate (NMC 2018)"): a job the learner typed is never dropped in silence. The catalogue holds only
    /// an older version of its standard and it is beyond a first step, so no path is built towards it. A wish the title
    /// only resembles ("forensics") names no job and gets no such word.
    /// Each comes with the standard's title and the name the notice gives it, so a wish answered otherwise is not answered twice.
    /// A course whose title names the job (`course`, given its name and level: `wishCourseSentence`) is named in the notice.
    func droppedWishNotices(
        before: [[Int]], after: [[Int]], wish: String?, course: (String, Int) -> String? = { _, _ in nil }
    ) -> [(title: String, name: String, notice: String)] {
        guard let wish, before.count == after.count else { return [] }
        let wishWords = Self.singularWords(wish)
        var notices: [(title: String, name: String, notice: String)] = []
        for (old, new) in zip(before, after) {
            guard new.isEmpty, let closest = old.first else { continue }
            let standard = model.targets[closest].standard
            let own = Self.singularWords(String(standard.title.prefix { $0 != "(" }))
            guard !own.isEmpty, wishWords.count >= own.count,
                (0...(wishWords.count - own.count)).contains(where: { Array(wishWords[$0..<($0 + own.count)]) == own })
            else { continue }
            let name = standard.title.prefix { $0 != "(" }.trimmingCharacters(in: .whitespaces)
            let notice = "\(name) (level \(standard.level)), which your wish names, is more than a level above where you could start, and the "
                + "apprenticeship standard held here for it is an older version, so no path towards it is shown. "
                + (course(name, standard.level).map { $0 + " A careers adviser or employers near you can tell you the other ways in and the jobs that lead to it." }
                    ?? "Local colleges and universities may still run training for it (look for \(name) in their course lists), and a careers adviser or "
                    + "employers near you can tell you the current way in and the jobs that lead to it.")
            if !notices.contains(where: { $0.notice == notice }) { notices.append((standard.title, name, notice)) }
        }
        return notices
    }
}

// MARK: - Another specialism of the same job is not the job named

/// A wish naming a job in three words or more ("a cancer support worker") names the specialism before the job's last two
/// words. A standard reached only through titles of another specialism ("Youth support worker", "Peer support worker") is
/// the same grade of job on other work, not the job wished for; one with a title holding the two words bare ("Risk
/// officer") or after the wish's own word is.
extension CareerDiagnostician {
    /// Whether every title of the standard at `position` holding the wish part's last two words in a row has another word of
    /// work right before them than the part's (see above). False for a part of fewer than three words, or whose word before
    /// the last two is a grade or wish word ("senior care assistant").
    func namesOtherSpecialism(_ part: String, position: Int) -> Bool {
        let words = Self.singularWords(part)
        guard words.count >= 3 else { return false }
        let tail = Array(words.suffix(2))
        let specialism = words[words.count - 3]
        guard specialism.count > 2, !Self.gradeWords.contains(specialism), !Self.roleWords.contains(specialism),
            !Self.wishWords.contains(specialism), !Self.genericWishWords.contains(specialism)
        else { return false }
        var holding = false
        for title in model.targets[position].titleWords where title.count >= 2 {
            for start in 0...(title.count - 2) where title[start] == tail[0] && title[start + 1] == tail[1] {
                guard start > 0, title[start - 1] != specialism, !Self.gradeWords.contains(title[start - 1]) else { return false }
                holding = true
            }
        }
        return holding
    }
}
