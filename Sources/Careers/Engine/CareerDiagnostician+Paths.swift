import Domain
import Foundation
import Matching
import Taxonomy

// MARK: - Choosing career paths

extension CareerDiagnostician {
    struct Candidate {
        var position: Int
        /// The ranking value: fit plus pathway and aspiration bonuses.
        var score: Double
        /// The skill fit shown to the learner.
        var fit: Double
        /// Whether it rests on one meaningful shared skill and a move resting on two or more is listed ahead of it.
        var singleSkill = false
        /// Whether it is a step up into teaching or assessing the learner's trade.
        var teaching = false
        /// Whether it rests only on skills many kinds of work share: none of the target's distinctive
        /// core skills (`OccupationSkillModel.Target.distinctiveCore`) is held, those held are under
        /// `transferableCore` of its core skill weight, and the learner did not ask for it.
        var generic = false
        /// For a desk-based move offered because the learner's own kind of work is closed to them
        /// (`deskMoves`), why it is closed, in words.
        var desk: String? = nil
        /// Whether it keeps what the learner does: it shares one of the target's distinctive core skills,
        /// neighbours their own job (`Kin`), or shares a quarter of its core in skills typical of its field
        /// (what keeps a move from being `generic`). A job in a field wished for in general terms
        /// ("something creative") that does none of these is a fresh start there.
        var reach = false
        /// Why it neighbours the learner's own job, when it was offered for that (`Kin`).
        var kin: Kin? = nil
        /// For a move offered when a limit closes the learner's own kind of work, the limit and the
        /// skills it keeps them (`keptReason`), in words.
        var kept: String? = nil
        /// For a step up, whether it is more than two levels above the learner's and offered only because
        /// their wish names it (`namesFurtherStep`).
        var named = false
        /// For an indoor job of the learner's own field offered because they want to be indoors or out
        /// of the weather (`indoorMoves`), why, in words.
        var indoor: String? = nil
        /// For a job listed because the learner's wish names it (`servingNamedWishes`), whether it is that
        /// job or, with `towards`, a first step towards the named job (its title).
        var wished = false
        var towards: String? = nil
        /// For a step up, whether it is in the learner's own pathway or occupational-map cluster, or named by their wish.
        var pathwayStep = false
        /// Whether it is a level-4 job a school leaver's wish names, open to them from 18 (`addLeaverEntry`).
        var leaverEntry = false
        /// Whether it is the job a learner coming back after time away did before, which their wish names (`returningTo`).
        var returning = false
    }

    /// Whether a job of the learner's own route more than two levels up is offered as a step up: their
    /// wish names it (`boost`, from the wish's head word, at least `namedBoost`) and it keeps their work
    /// (same pathway or cluster, or a shared specific skill).
    static func namesFurtherStep(_ boost: Double?, samePathway: Bool, specificShared: Int) -> Bool {
        guard let boost, boost >= namedBoost else { return false }
        return samePathway || specificShared > 0
    }

    /// The aspiration boost of a job title a wish names as its closest or second-closest match.
    static let namedBoost = 0.2

    /// Standards in the anchor's route, above the level the learner works at (`level`, which is
    /// below the anchor's own when the anchor is a degree-level standard the profile does not show,
    /// and then the anchor itself is the step up): same pathway first, then by skill coverage.
    /// Someone `experienced` in their trade (`experiencedYears` or more in it) may teach or assess it from
    /// level 2, on one specific skill of it they describe (`held`, before any limit closes it: a plasterer of
    /// fifteen years whose knees have gone can still teach plastering).
    func upskillPaths(
        anchor: Int?, level: Int?, scored: [Fit], aspiration: Aspiration, target: Target, limits: [Int] = [], experienced: Bool = false,
        held: [Bool]? = nil
    ) -> [Candidate] {
        guard let anchor else { return [] }
        // A wish for a desk job closes driving and physical work as a step up too (a bus driver with a bad
        // back who needs a desk job is not stepped up to train driver).
        let closing = Self.closing(limits)
        // A job a limit closes to the learner is not a step up, and nor are its close kin (`closeKin`): an
        // ambulance technician with PTSD from the work is not stepped up to associate ambulance practitioner.
        let kinClosed = mustLeaveOwnJob(anchor: anchor, held: held ?? scored.map { _ in false }, limits: limits)
            ? closeKin(of: anchor) : []
        // Nor is a job of the armed forces, to someone who shows no service and does not ask for it (`closedToCivilians`).
        let ruledOut = { (position: Int) in
            (self.model.isRuledOut(position, by: closing) || kinClosed.contains(position)
                || self.closedToCivilians(position, held: held ?? scored.map { _ in false }, aspiration: aspiration))
                && !target.standards.contains(position)
        }
        let current = model.targets[anchor].standard
        let level = level ?? current.level
        // What a step up keeps is counted in the skills the limits leave the learner (a roofer who cannot
        // climb keeps his pricing, not his working at height), except for a lead role, which runs the work
        // rather than doing it: a warehouse operative with a bad back still knows the warehouse he would supervise.
        let closedSkills = closedSkills(limits)
        let keptHeld = held.map { held in held.indices.map { held[$0] && !closedSkills.contains($0) } }
        let stepHeld = { (position: Int) in self.model.isLeadRole[position] ? held : keptHeld }
        var candidates: [Candidate] = []
        var pathwayOnly: Set<Int> = []
        for (position, entry) in model.targets.enumerated() where position != anchor || (level < current.level && current.level >= Self.degreeLevel) {
            let standard = entry.fields
            let samePathway = standard.pathway != nil && standard.pathway == current.pathway
            let sameCluster = standard.cluster != nil && standard.cluster == current.cluster
            // A step up is a level or two above the learner's; a job their wish names in their own route
            // (a teaching assistant who wants to train as a teacher) is offered further up when it keeps
            // their work: same pathway or cluster, or a shared specific skill (`Candidate.named`).
            let named = Self.namesFurtherStep(
                aspiration.boost[position], samePathway: samePathway || sameCluster, specificShared: scored[position].specificShared)
            guard standard.route == current.route, standard.level > level, standard.level <= level + 2 || named, !ruledOut(position) else { continue }
            // A step up is in the learner's own occupation family (a SOC 2020 unit group of their job, or their
            // occupational-map cluster where it keeps one of the skills that set the job apart,
            // `Fit.distinctiveShared`), or shares at least two specific skills with them (`stepShared`): a
            // pathway or cluster as broad as "Transport" or "Driver or crewmember" does not make a boatmaster
            // a bus driver's step up on first aid.
            // A job of their own pathway built on a specific skill of theirs that few kinds of job name is in the
            // family too (`sharesCoreSkill`): an HR adviser's human resources make senior people professional her step up.
            // A thin standard's few inferred skills (`OccupationalStandard.isThin`) are too little to tell.
            // Someone who must leave their own job for their health meets such jobs among their moves, which say
            // what the limit leaves them (a paint sprayer with asthma: vehicle damage assessor).
            // Such a pathway job is a step up only when no job of the family or sharing two specific skills is (`pathwayOnly`):
            // a landscaper steps up to landscape supervisor, not also to crop technician on horticulture.
            // The next rung of the learner's own job (same SOC 2020 unit group and occupational-map cluster, one level
            // up, named for the same work: healthcare support worker to senior healthcare support worker) is their ladder
            // even when the words they used name none of its skills (a physio assistant's exercise classes and walking practice).
            let ownLadder = position != anchor && sameCluster && sharesUnitGroup(position, with: anchor) && standard.level == level + 1
                && !distinctiveWords[position].isDisjoint(with: distinctiveWords[anchor])
            // A unit group as broad as "engineering fitters" holds other trades: a job of it is a step up in what the
            // learner does when it keeps what the job is about (`Fit.distinctiveShared`) or two specific skills, or is
            // their own next rung. An injection-moulding setter placed as an engineering operative is not stepped up to
            // lift and escalator electromechanic on fault finding alone.
            let sameWork = scored[position].distinctiveShared > 0 || stepShared(position, held: stepHeld(position), scored: scored) >= Self.minimumStepSkills
                || ownLadder
            let family = position == anchor || (sharesUnitGroup(position, with: anchor) && sameWork) || (sameCluster && scored[position].distinctiveShared > 0)
            let pathwayCore = samePathway && !standard.isThin && kinClosed.isEmpty && sharesCoreSkill(position, held: stepHeld(position))
            // Two shared specific skills make a step up outside the family only when one of them is what the job is
            // about (`Fit.distinctiveShared`): a butcher's customer service, stock control and food safety do not make
            // drinks dispense technician his step up.
            let close = family
                || (stepShared(position, held: stepHeld(position), scored: scored) >= Self.minimumStepSkills && scored[position].distinctiveShared > 0)
            guard scored[position].score > 0 || ownLadder, close || pathwayCore else { continue }
            if !close { pathwayOnly.insert(position) }
            // The match shown is the fit shrunk by how few skills the target's standard names
            // (`OccupationSkillModel.shrunk`): "1 of its 2 skills" is no better evidence than "5 of its 12".
            let fit = model.shrunk(scored[position].score, of: position)
            var score = fit
            if samePathway { score += 0.15 }
            if sameCluster { score += 0.1 }
            score -= 0.05 * Double(standard.level - level - 1)
            score += aspiration.boost[position] ?? 0
            var candidate = Candidate(position: position, score: score, fit: fit, named: standard.level > level + 2)
            candidate.pathwayStep = samePathway || sameCluster || aspiration.boost[position] != nil
            candidates.append(candidate)
        }
        if candidates.contains(where: { !pathwayOnly.contains($0.position) }) { candidates.removeAll { pathwayOnly.contains($0.position) } }
        // Someone who wants to be indoors or out of the weather steps up to the indoor side of their field
        // (`indoorSideSkills` among its core skills: a supervisor's, planner's or office job), as their moves do.
        if limits.contains(WorkLimit.outdoors) || limits.contains(WorkLimit.indoors) {
            // One naming outdoor work at all (landscaping, groundworks: `namesOutdoorWork`) is not the indoor side.
            candidates.removeAll { candidate in
                !model.coreSkills[candidate.position].contains { Self.indoorSideSkills.contains(self.model.skills[$0].label) }
                    || namesOutdoorWork(candidate.position)
            }
        }
        // The next step is in the learner's own pathway or kind of job when there is one there: a cleaner
        // steps up to hygiene specialist, not to optical assistant on a shared cleaning skill.
        if candidates.contains(where: \.pathwayStep) { candidates.removeAll { !$0.pathwayStep } }
        // Someone at the top of their pathway (a head chef on the senior culinary chef standard) steps
        // up by leading or managing at their level: roles of the same route at that level whose title
        // or occupational-map cluster names leading, managing or supervising, sharing a specific skill.
        if candidates.isEmpty {
            for (position, entry) in model.targets.enumerated() where position != anchor && model.isLeadRole[position] {
                let standard = entry.fields
                guard standard.route == current.route, standard.level == level, scored[position].specificShared > 0, !ruledOut(position),
                    (standard.cluster == current.cluster && scored[position].distinctiveShared > 0) || sharesUnitGroup(position, with: anchor)
                        || stepShared(position, held: stepHeld(position), scored: scored) >= Self.minimumStepSkills
                else { continue }
                let fit = model.shrunk(scored[position].score, of: position)
                var score = fit
                if standard.pathway != nil && standard.pathway == current.pathway { score += 0.15 }
                score += aspiration.boost[position] ?? 0
                candidates.append(Candidate(position: position, score: score, fit: fit))
            }
        }
        // A qualified tradesperson (level 3 or above) with neither steps up by teaching or assessing
        // their trade: the education route's teaching and assessing roles one or two levels above
        // theirs (a hairdresser becomes an assessor coach or a further-education teacher of hair).
        // They must show the trade: specific skills of their own standard (`minimumTradeSkills`).
        let tradeShown = held.map { held in
            model.targets[anchor].skills.filter { held[$0.skill] && OccupationSkillModel.isSpecific(model.skills[$0.skill].kind) }.count
        } ?? scored[anchor].specificShared
        // Years in the trade (`experienced`) and having trained others (`teachingSignSkills`) make up for the
        // skills a short text names: a plumber of fifteen years who has trained apprentices and names his
        // plumbing may teach it.
        let trainsOthers = experienced && (held ?? []).indices.contains { held?[$0] == true && Self.teachingSignSkills.contains(model.skills[$0].label) }
        // A manager's or team leader's job (`OccupationSkillModel.isLeadRole`) runs people and a business rather than
        // practising a trade: a bar manager who trains her staff has no trade to teach.
        let practisesCraft = experienced && tradeShown >= Self.minimumTradeSkills && Self.craftRoutes.contains(current.route)
        if candidates.isEmpty, !model.isLeadRole[anchor], level >= Self.tradeLevel || experienced, current.route != Self.educationRoute,
            tradeShown >= (level >= Self.tradeLevel && !trainsOthers ? Self.minimumTradeSkills : 1) {
            // Teaching a trade is further-education teaching and assessing (`OccupationSkillModel.teachesTrade`), not
            // teaching children.
            for (position, entry) in model.targets.enumerated() where model.teachesTrade[position] {
                let standard = entry.fields
                guard standard.route == Self.educationRoute, standard.level > level, standard.level <= level + 2, !ruledOut(position) else { continue }
                let fit = model.shrunk(scored[position].score, of: position)
                // It rests on a skill of the role the learner shows (coaching, training others, assessing), never on
                // nothing at all (a 0% match), unless their wish names it ("I'd like to teach the trade") or they
                // are a craftsperson of years who shows their craft (`practisesCraft`): a stonemason of twenty years
                // whose back has gone may teach masonry although he names no training.
                guard fit >= Self.minimumTeachingFit || aspiration.boost[position] != nil || practisesCraft else { continue }
                let score = fit - 0.05 * Double(standard.level - level - 1) + (aspiration.boost[position] ?? 0)
                candidates.append(Candidate(position: position, score: score, fit: fit, teaching: true))
            }
        }
        // The steps with the best ranking are offered, listed by the match shown: a job the wish names
        // first, then the best fit (not 45%, 30%, 36%, 32%).
        let chosen = candidates.sorted { ($0.score, $1.position) > ($1.score, $0.position) }.prefix(Self.maxUpskillPaths)
        let named = { (candidate: Candidate) in (aspiration.boost[candidate.position] ?? 0) >= Self.namedBoost }
        return chosen.sorted { first, second in
            named(first) != named(second) ? named(first) : (first.fit, second.position) > (second.fit, first.position)
        }
    }

    /// Whether the job at `position` is one of the armed forces (`OccupationSkillModel.isForcesJob`) and the learner
    /// neither shows service (`held`) nor names the job in their wish: a kitchen fitter is not stepped up to military
    /// engineering construction technician on his carpentry, whose gap would be "Armed forces".
    func closedToCivilians(_ position: Int, held: [Bool], aspiration: Aspiration) -> Bool {
        guard model.isForcesJob[position], aspiration.boost[position] == nil else { return false }
        return !model.targets[position].skills.contains { held[$0.skill] && model.skills[$0.skill].label == OccupationSkillModel.forcesSkill }
    }

    /// The specific skills a step up shares with the learner at least, unless it is in their own
    /// occupation family (cluster or SOC 2020 unit group).
    static let minimumStepSkills = 2

    /// How many specific, not commonplace, skills of the target the learner holds (`held`, without what
    /// their limits close), none unless one of them is named by few kinds of job (not
    /// `OccupationSkillModel.isWidespread`): customer service and first aid alone do not make cabin crew a
    /// bus driver's step up. Without `held`, the specific skills the fit shares.
    func stepShared(_ position: Int, held: [Bool]?, scored: [Fit]) -> Int {
        guard let held else { return scored[position].specificShared }
        let shared = model.targets[position].skills.map(\.skill).filter { skill in
            held[skill] && !model.isCommonplace[skill] && OccupationSkillModel.isSpecific(model.skills[skill].kind)
        }
        return shared.contains { !model.isWidespread[$0] } ? shared.count : 0
    }

    /// Whether the learner holds (`held`, without what their limits close) one of the target's core skills
    /// (`OccupationSkillModel.coreSkills`) that is specific and named by few kinds of job (not
    /// `OccupationSkillModel.isWidespread`): human resources for a senior people professional, not customer service.
    func sharesCoreSkill(_ position: Int, held: [Bool]?) -> Bool {
        guard let held else { return false }
        return model.coreSkills[position].contains { skill in
            held[skill] && !model.isWidespread[skill] && !model.isCommonplace[skill] && OccupationSkillModel.isSpecific(model.skills[skill].kind)
        }
    }

    /// Whether the two standards' job titles code to a common SOC 2020 unit group: the same occupation.
    func sharesUnitGroup(_ position: Int, with other: Int) -> Bool {
        let codes = Set(model.targets[other].standard.soc.map(\.code))
        return model.targets[position].standard.soc.contains { codes.contains($0.code) }
    }

    /// The learner's own job (`anchor`) and its close kin: jobs of its occupational-map cluster that share
    /// at least two of its distinctive core skills (`OccupationSkillModel.Target.distinctiveCore`). When a
    /// limit closes the learner's own job, none of them is a move or a step up.
    func closeKin(of anchor: Int) -> Set<Int> {
        let own = model.targets[anchor]
        let distinctive = Set(own.distinctiveCore)
        var kin: Set<Int> = [anchor]
        guard let cluster = own.standard.cluster else { return kin }
        for (position, target) in model.targets.enumerated() where target.standard.cluster == cluster && position != anchor {
            if target.distinctiveCore.filter(distinctive.contains).count >= Self.minimumStepSkills { kin.insert(position) }
        }
        return kin
    }

    /// Where a step up lies, said truly: "in the same route (…)" only when it is the route of the job the
    /// learner steps up from (a plumber's step up to teaching lies in Education and early years).
    func inRoute(_ standard: OccupationalStandard, from: OccupationalStandard) -> String {
        standard.route == from.route ? "in the same route (\(routeName(standard.route)))" : "in \(routeName(standard.route))"
    }

    /// The level of a qualified trade (an advanced hair professional), from which one can teach or assess it.
    static let tradeLevel = 3
    /// Years in a trade that qualify someone by experience to teach or assess it (`yearsInWork`).
    static let experiencedYears = 5

    /// The most years of work the text states ("15 years", "8 yrs", "sixteen years"): the largest number,
    /// at most 50, written in figures or words straight before "years", "yrs" or "year".
    static func yearsInWork(_ text: String) -> Int? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        var best: Int?
        for (index, word) in words.enumerated().dropLast() where ["years", "yrs", "year"].contains(words[index + 1]) {
            guard let value = Int(word) ?? numberWords[word], (1...50).contains(value) else { continue }
            best = max(best ?? 0, value)
        }
        return best
    }

    /// Numbers people write in words before "years".
    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
        "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40,
    ]

    /// Skills (labels of the skills vocabulary) that show a learner has trained or assessed others: with
    /// years in their trade, one skill of it named is enough to be offered teaching or assessing it.
    static let teachingSignSkills: Set<String> = ["Coaching and mentoring", "Training delivery", "Teaching", "Assessment and feedback"]

    /// The match to a teaching or assessing role below which it is not offered as teaching the learner's trade
    /// unless their wish names it: one percent, so never at a match shown as 0%.
    static let minimumTeachingFit = 0.01

    /// The specific skills of their own standard a learner shows to be offered teaching or assessing it.
    static let minimumTradeSkills = 2

    /// Routes whose jobs are crafts taught in further education by people who practised them (masonry, hair,
    /// cookery, welding, floristry, furniture making), so years in one are themselves a case for teaching it. Office,
    /// care, sales and service jobs are not among them: a library assistant has no craft to teach.
    static let craftRoutes: Set<String> = [
        Route.constructionAndTheBuiltEnvironment, .engineeringAndManufacturing, .hairAndBeauty, .cateringAndHospitality,
        .agricultureEnvironmentalAndAnimalCare, .creativeAndDesign,
    ].reduce(into: []) { $0.insert($1.rawValue) }
    /// The route holding the teaching and assessing standards.
    static let educationRoute = "education-and-early-years"

    /// Reskill paths whose fit is below this are left out unless the learner aspired to them, and
    /// those below twice this unless they share two skills, one of them core.
    static let minimumReskillFit = 0.05
    /// The highest level offered in a field the learner wished for but their skills barely reach.
    static let entryLevel = 3
    /// A reskill path the learner did not ask for shares at least this many of their skills.
    static let minimumSharedSkills = 2
    /// The share of a target's core skill weight that makes a strong fit, enough for a move more than one level up.
    static let strongCore = 0.5
    /// Sideways moves within the learner's own route offered at most, when other routes give too few.
    static let maxSidewaysPaths = 2
    /// A move resting only on skills the target names in passing (a sideways or asked-for one) ranks at this share of its score.
    static let incidentalFactor = 0.6
    /// The share of a target's core skill weight that makes transferable shared skills what the job is about.
    static let transferableCore = 0.25
    /// The route affinity (`OccupationSkillModel.routeAffinity`, relative to the learner's most typical route) from
    /// which the learner's skills are typical of a route.
    static let typicalAffinity = 0.6
    /// A move resting on one meaningful shared skill ranks at this share of its score when others rest on two or more.
    static let singleSkillFactor = 0.5

    /// Standards in other routes, ranked by skill coverage weighted towards core skills, by how
    /// typical the learner's skills are of the target's route (`routeAffinity`) and by aspiration,
    /// nearer levels and mainstream jobs first, at most two per route; the best path of each aspired
    /// route comes first. A path the learner did not ask for shares two of their skills (one core
    /// skill when they name three or fewer). A learner who states a limit (`limits`, indices into
    /// `WorkLimit.all`: a bad back, off the phones, lost their licence) is offered no job built on it
    /// unless they name it.
    /// A learner who names their qualification level (`qualificationLevel`, "NVQ level 3") is offered
    /// moves they did not ask for at most one level above it.
    ///
    /// Someone `working` (not a school leaver, with a skill described, even one a limit closes) is not sent
    /// to a job sharing none of their skills above the entry level of a field they name.
    ///
    /// Neighbouring jobs of the learner's own kind in other routes (`Fit.kin`) are looked at only when the
    /// skills alone give no move that does not rest on transferable skills alone: so an everyday sector job
    /// (a baker) is not left without a move, and no one else's list changes.
    func skillMoves(
        anchor: Int?, level: Int?, scored: [Fit], aspiration: Aspiration, target: Target, held: [Bool], earlyCareer: Bool,
        limits: [Int] = [], qualificationLevel: Int? = nil, ownClosed: Bool = false, working: Bool? = nil, startLevel: Int = entryLevel
    ) -> [Candidate] {
        let working = working ?? (!earlyCareer && held.contains(true))
        let moves = skillMoves(
            anchor: anchor, level: level, scored: scored, aspiration: aspiration, target: target, held: held, earlyCareer: earlyCareer,
            limits: limits, qualificationLevel: qualificationLevel, ownClosed: ownClosed, neighbours: false, working: working, startLevel: startLevel)
        guard !moves.contains(where: { !$0.generic }), scored.contains(where: { $0.kin != nil }) else { return moves }
        let neighbours = skillMoves(
            anchor: anchor, level: level, scored: scored, aspiration: aspiration, target: target, held: held, earlyCareer: earlyCareer,
            limits: limits, qualificationLevel: qualificationLevel, ownClosed: ownClosed, neighbours: true, working: working, startLevel: startLevel)
            .filter { move in move.kin != nil && !moves.contains { $0.position == move.position } }
        return Array((neighbours + moves).prefix(Self.maxReskillPaths))
    }

    func skillMoves(
        anchor: Int?, level: Int?, scored: [Fit], aspiration: Aspiration, target: Target, held: [Bool], earlyCareer: Bool,
        limits: [Int], qualificationLevel: Int?, ownClosed: Bool, neighbours: Bool, working: Bool, startLevel: Int = entryLevel
    ) -> [Candidate] {
        let current = anchor.map { model.targets[$0].standard }
        let closing = Self.closing(limits)
        let hasSpecific = held.indices.contains { held[$0] && OccupationSkillModel.isSpecific(model.skills[$0].kind) }
        // Someone starting out starts at the level their schooling leads to (`startLevel`, `leaverStartLevel`).
        let maxLevel = earlyCareer ? startLevel : max(3, min((level ?? 2) + 2, 5))
        let affinity = model.routeAffinity(of: held)
        // A profile naming three skills or fewer may move on one core skill of the target.
        let fewSkills = held.lazy.filter { $0 }.count <= 3
        // The core skills of the learner's own job (its `coreSize` heaviest or named throughout).
        let ownCore: Set<Int> = anchor.map { anchor in
            let own = model.targets[anchor]
            return Set(own.skills.indices.filter { $0 < OccupationSkillModel.coreSize || own.strong[$0] }.map { own.skills[$0].skill })
        } ?? []
        var candidates: [Candidate] = []
        var sidewaysCandidates: [Candidate] = []
        for (position, entry) in model.targets.enumerated() where position != anchor {
            let standard = entry.fields
            // A thin standard's skills are inferred (`OccupationalStandard.basis`): too few and too generic
            // to carry a move into another field, so it is a placement and a step up only, unless asked for.
            if standard.isThin, !target.standards.contains(position) { continue }
            // A job in the learner's own route is a sideways move: another kind of job (another
            // occupational-map cluster) at their level or one below, offered only when other routes give
            // fewer than two moves (a driver's skills are their route's: warehouse or passenger work).
            let sideways = current.map { standard.route == $0.route } ?? false
            // A learner whose wish names their own route's kind of work (a bin loader who wants to drive
            // the wagon or do deliveries: transport, where waste collection sits) wants another kind of
            // job in it: such sideways moves, up to a level above theirs, rank with the other moves.
            // So does one whose own job a limit closes (`ownJobClosed`): a taxi driver who can no longer
            // do nights may plan transport by day.
            let ownWished = sideways && target.route == nil && (aspiration.routes.contains(standard.route) || ownClosed)
            if sideways, let current {
                let anchorLevel = level ?? current.level
                guard target.route == nil, standard.cluster != nil, standard.cluster != current.cluster,
                    (anchorLevel - 1...anchorLevel + (ownWished ? 1 : 0)).contains(standard.level)
                else { continue }
            }
            let explicit = target.standards.contains(position)
            // Someone who cannot lift, or wants off the phones, is not sent to a job built on it (`WorkLimit`).
            if !explicit && model.isRuledOut(position, by: closing) { continue }
            if let route = target.route, standard.route != route, !explicit { continue }
            guard explicit || standard.level <= maxLevel else { continue }
            // A route the wish reaches only through a matched job title is wished for in the jobs that
            // share a specific skill; the others there need skills the learner has not shown (a school
            // leaver wishing for archives is not sent to an engineering operative's job on no shared skill).
            let wishedRoute = aspiration.routes.contains(standard.route)
                && !(aspiration.titleOnly.contains(standard.route) && scored[position].specificShared == 0)
            let aspired = explicit || aspiration.boost[position] != nil || wishedRoute
            // A move the learner did not ask for shares one of their specific skills; a field they wish
            // for may be entered on transferable skills alone (a warehouse worker wanting an office job).
            // A neighbouring job of the learner's own kind (`kin`) may be entered on what it shares.
            let kin = sideways || !neighbours ? nil : scored[position].kin
            guard aspired || kin != nil || scored[position].specificShared > 0 || !hasSpecific else { continue }
            // Fewer shared skills, less sure: one shared skill halves the score, three keep seven eighths.
            let sharedCount = entry.skills.reduce(0) { held[$1.skill] ? $0 + 1 : $0 }
            // A fresh start (none of the learner's skills shared) is never a job leading others in that work (`leadsUnshown`):
            // a school leaver wanting cyber security is not offered security first line manager.
            if sharedCount == 0, leadsUnshown(position, held: held, anchor: anchor, aspiration: aspiration, target: target) { continue }
            // A wished-for job sharing none of the learner's skills is a fresh start, so it is offered only
            // at a level they could start at: one above their own at most (`entryLevel` without one).
            // So is one in a field wished for in general terms ("something creative") that keeps nothing
            // distinctive of what they do (`Candidate.reach`).
            let reach = scored[position].distinctiveShared > 0 || kin != nil
                || (scored[position].core >= Self.transferableCore && (affinity[standard.route] ?? 0) >= Self.typicalAffinity)
            // This holds for a field their skills are not typical of (`typicalAffinity`) and for someone with a
            // job to keep skills from: a school leaver or returner starts afresh anyway, and a store manager
            // wishing for logistics, whose stock and cash skills are typical of it, is offered its best fits.
            let generalWish = current != nil && wishedRoute && !explicit && aspiration.boost[position] == nil
                && (affinity[standard.route] ?? 0) < Self.typicalAffinity
            if aspired, !explicit, sharedCount == 0 || (generalWish && !reach), standard.level > level.map({ $0 + 1 }) ?? Self.entryLevel { continue }
            // A job in a field wished for in general terms ("helping people with their health") that shares
            // none of a working learner's skills is offered only at the field's entry level (`routeEntryLevel`:
            // level 2 in health and care, an adult care worker, not a level-3 food technologist; level 3 in
            // digital work): a fresh start starts there.
            if aspired, !explicit, aspiration.boost[position] == nil, sharedCount == 0, working,
                standard.level > routeEntryLevel[standard.route, default: Self.entryLevel], !isPlainEntry(position)
            { continue }
            // More than one level above the learner's, a wished-for job needs a real share of its core
            // (`transferableCore`): an assembly operative wishing to be a gas engineer is not sent to a
            // level-4 aircraft certifying technician on assembly alone.
            if aspired, !explicit, let level, standard.level > level + 1, scored[position].core < Self.transferableCore { continue }
            let strongShared = scored[position].strongSpecificShared
            // A move rests on a transferable skill set, not on one shared incidental skill: two shared
            // skills, or, for a profile naming three skills or fewer, one core skill of the target.
            let oneCoreSkill = sharedCount == 1 && scored[position].core > 0 && scored[position].specificShared == 1
            // So may a move resting on one specific skill core both to the learner's own job and to the target
            // (`sharesOwnCore`): the same work done from another side (a farm worker's tractor and machinery work
            // for a land-based service engineer).
            let ownCoreShared = sharesOwnCore(position, held: held, ownCore: ownCore)
            guard aspired || kin != nil || sharedCount >= Self.minimumSharedSkills || (fewSkills && oneCoreSkill) || ownCoreShared else { continue }
            // A move should rest on a skill the target job is about: one shared specific skill its
            // standard keeps coming back to. A move into another route on skills it names only in
            // passing (a chef's cooking for a fishmonger, a bank cashier's cash handling for a bus
            // conductor) is not offered unless asked for; a sideways move on them ranks lower.
            let incidental = hasSpecific && strongShared == 0
            if incidental && !aspired && !sideways && kin == nil { continue }
            // Nor is one said to be built on a single skill jobs of every kind mention in passing
            // (`isWidespread`: property maintenance for a tyre fitter and a spectacle maker, cleaning for
            // a cinema worker and a ventilation hygiene technician): such a move is absurd to an adviser,
            // and fewer paths or none, with a notice, is the honest answer. A move resting only on
            // transferable skills is judged below (`Candidate.generic`), shown only when nothing else is
            // and said to rest on them.
            // A widespread skill core to the learner's own job (cleaning for an office cleaner) is what
            // they do, and may carry a move.
            let transferableOnly = scored[position].distinctiveShared == 0 && scored[position].core < Self.transferableCore
            if !aspired && !sideways && kin == nil && hasSpecific && !transferableOnly && meaningfulShared(position, held: held) <= 1
                && meaningfulShared(position, held: held, widespread: false) == 0
                && !entry.skills.contains(where: { held[$0.skill] && model.isWidespread[$0.skill] && ownCore.contains($0.skill) })
            { continue }
            // A move is at a similar level: more than one level above the learner's own only on a
            // strong fit (half the target's core skill weight held), so a level-2 worker sees level 2–3 jobs.
            if !aspired, let level, standard.level > level + 1, scored[position].core < Self.strongCore { continue }
            // A named qualification says where the learner stands: a job two levels above it needs a
            // qualification they have not got (a nursery nurse with an NVQ level 3 is not sent to a level-5 job).
            if !aspired, let qualificationLevel, standard.level > qualificationLevel + 1 { continue }
            // The shared skills should be typical of the target's route, not incidental to it.
            let typical = aspired ? 1 : 0.25 + 0.75 * (affinity[standard.route] ?? 0)
            let fit = scored[position].score * (1 - pow(0.5, Double(sharedCount))) * typical
            // A field wished for in general terms that the learner's skills barely reach is entered at
            // an entry level: a chef wanting office work starts as an administrator, not a consultant.
            if aspired, !explicit, aspiration.boost[position] == nil, fit < Self.minimumReskillFit,
                standard.level > Self.entryLevel
            { continue }
            // A path nothing much supports is noise, unless the learner asked for it: it needs a
            // minimum fit, and a weak one (under twice that) two shared skills (one for a profile
            // naming few), one of them core.
            let weak = fit < 2 * Self.minimumReskillFit
            guard aspired || kin != nil
                || (fit >= Self.minimumReskillFit && (!weak || ((sharedCount >= Self.minimumSharedSkills || fewSkills || ownCoreShared) && scored[position].core > 0)))
            else { continue }
            // Sharing what makes the job (its core skills) counts more than sharing incidental ones.
            var score = fit * (0.4 + 0.6 * scored[position].core)
            // A move is a sideways step: levels far from the learner's own are less likely.
            if let level { score *= pow(0.8, Double(max(0, abs(standard.level - level) - 1))) }
            if incidental { score *= Self.incidentalFactor }
            // A standard no SOC 2020 unit group holds is a niche job with few openings.
            if standard.soc.isEmpty { score *= 0.85 }
            // A move resting only on skills many kinds of work share (pricing and customer service for a
            // freight forwarder) is shown only when nothing else is (`reskillPaths`), unless those skills
            // are what the job is about: a quarter of its core skill weight (complaint handling and
            // customer service for a customer service specialist), when it is ranked with the others, and
            // they are typical of its field (`typicalAffinity`): a factory packer's packing and cleaning are a
            // costume technician's core skills on paper, but not what costume work is, so that move is generic.
            let generic = !aspired && kin == nil && scored[position].distinctiveShared == 0
                && (scored[position].core < Self.transferableCore || (affinity[standard.route] ?? 0) < Self.typicalAffinity)
            score += aspiration.boost[position] ?? 0
            if aspiration.routes.contains(standard.route) { score += 0.1 }
            if kin != nil { score += Self.kinBonus }
            if sideways && !ownWished {
                sidewaysCandidates.append(Candidate(position: position, score: score, fit: fit, generic: generic, reach: reach || !generalWish))
                continue
            }
            candidates.append(Candidate(position: position, score: score, fit: fit, generic: generic, reach: reach || !generalWish, kin: kin))
        }
        candidates.sort { ($0.score, $1.position) > ($1.score, $0.position) }
        var perRoute: [String: Int] = [:]
        var chosen: [Candidate] = []
        // The best path of each aspired route comes first, whatever the fit.
        for route in aspiration.routes.sorted() where target.route == nil {
            // The learner's own route leads only through a wished sideways move found above.
            let own = current?.route == route
            // A field wished for in general terms leads with a job there within reach (`Candidate.reach`), if any.
            // A fresh start there (sharing none of their skills) leads only when it holds what they said (`holdsWish`): a
            // refuse loader who wants a depot office is not led into lean manufacturing.
            let inRoute = { (candidate: Candidate) in
                self.model.targets[candidate.position].standard.route == route && self.fitsWish(candidate.position, fit: candidate.fit, aspiration: aspiration)
            }
            guard let best = candidates.first(where: { inRoute($0) && $0.reach }) ?? candidates.first(where: inRoute)
                ?? (own
                    ? nil
                    : bestAspired(
                        in: route, aspiration: aspiration, maxLevel: min(maxLevel, Self.entryLevel), scored: scored, limits: closing,
                        freshStartLevel: working ? routeEntryLevel[route, default: Self.entryLevel] : nil,
                        unshownLead: { self.leadsUnshown($0, held: held, anchor: anchor, aspiration: aspiration, target: target) }))
            else { continue }
            if chosen.count < Self.maxReskillPaths - 2 {
                chosen.append(best)
                perRoute[route, default: 0] += 1
            }
            // A learner naming one field sees its two best paths first, the second sharing some of their skills
            // (and, after a job there within reach, within reach too: see below).
            if aspiration.routes.count == 1, chosen.count < Self.maxReskillPaths - 2,
                let second = candidates.first(where: {
                    model.targets[$0.position].standard.route == route && $0.position != best.position && $0.fit > 0 && ($0.reach || !best.reach)
                })
            {
                chosen.append(second)
                perRoute[route, default: 0] += 1
            }
        }
        let aspiredCount = chosen.count
        // Paths far weaker than the best are noise: keep those with at least a quarter of its fit.
        let floor = 0.25 * (candidates.map(\.fit).max() ?? 0)
        for candidate in candidates where chosen.count < Self.maxReskillPaths && !chosen.contains(where: { $0.position == candidate.position }) {
            let kin = candidate.kin != nil
            guard candidate.fit >= floor || kin || target.standards.contains(candidate.position) else { continue }
            // A fresh start offered for the wish holds what the learner said (`fitsWish`).
            guard fitsWish(candidate.position, fit: candidate.fit, aspiration: aspiration) || target.standards.contains(candidate.position) else { continue }
            // After two paths the skills suggest (and any aspired ones), one scoring under half the best is dropped rather than shown.
            if chosen.count >= aspiredCount + 2, let best = candidates.first, candidate.score < 0.5 * best.score, !kin, !target.standards.contains(candidate.position) { continue }
            let route = model.targets[candidate.position].standard.route
            // A field wished for in general terms ("something more creative") is looked for within reach: a
            // fresh start there is not offered beside a job there that keeps what the learner does (a baker's
            // creative side is a fashion studio, not costume work on cleaning).
            if !candidate.reach, chosen.contains(where: { $0.reach && model.targets[$0.position].standard.route == route }) { continue }
            // Two moves per field for what the skills suggest; jobs the wish names there (the aspired ones) take none of
            // those places: a lad who names panel beating and body repair still sees the paint technician his prep work fits.
            let limit = target.route == nil ? 2 : Self.maxReskillPaths
            let asked = chosen.prefix(aspiredCount).filter { self.model.targets[$0.position].standard.route == route }.count
            guard perRoute[route, default: 0] - asked < limit else { continue }
            perRoute[route, default: 0] += 1
            chosen.append(candidate)
        }
        // What the learner asked for stays ahead of what their skills suggest.
        let order: (Candidate, Candidate) -> Bool = { ($0.score, $1.position) > ($1.score, $0.position) }
        // Among them, the main route of a kind of work named ("caring": care services) leads.
        let leads: (Candidate, Candidate) -> Bool = { first, second in
            let firstPrimary = aspiration.primary.contains(self.model.targets[first.position].standard.route)
            let secondPrimary = aspiration.primary.contains(self.model.targets[second.position].standard.route)
            return firstPrimary != secondPrimary ? firstPrimary : order(first, second)
        }
        // After them, a move resting on a single meaningful shared skill (`meaningfulShared`) ranks at
        // `singleSkillFactor` of its score, so moves resting on two or more come first when they exist,
        // sideways moves within the learner's own field among them.
        let solid = { (candidate: Candidate) in self.meaningfulShared(candidate.position, held: held) >= Self.minimumSharedSkills }
        let rest = chosen.dropFirst(aspiredCount)
        let leaders = Array(chosen.prefix(aspiredCount).sorted(by: leads))
        var clusters: Set<String> = []
        let sideways = sidewaysCandidates.sorted(by: order).filter { clusters.insert(model.targets[$0.position].standard.cluster ?? "").inserted }
        // Too few moves out of the route: sideways moves within it follow, one per cluster.
        guard leaders.count + rest.count >= Self.minimumSharedSkills else { return leaders + rest.sorted(by: order) + sideways.prefix(Self.maxSidewaysPaths) }
        guard rest.contains(where: { !solid($0) }) else { return leaders + rest.sorted(by: order) }
        // Sideways moves join as further paths, so, like those, one scoring under half the best is left out.
        let best = candidates.first?.score ?? 0
        let others = Array(rest) + sideways.filter { solid($0) && $0.score >= 0.5 * best }.prefix(Self.maxSidewaysPaths)
        guard others.contains(where: solid) else { return leaders + rest.sorted(by: order) }
        let weighed = others.map { candidate in
            var weighed = candidate
            if !solid(candidate) {
                weighed.score *= Self.singleSkillFactor
                weighed.singleSkill = true
            }
            return weighed
        }
        // A halved move is said to follow the stronger ones only when one of them is listed ahead of it.
        var solidAhead = false
        let ranked = weighed.sorted(by: order).map { candidate in
            var candidate = candidate
            if candidate.singleSkill { candidate.singleSkill = solidAhead } else { solidAhead = true }
            return candidate
        }
        return Array((leaders + ranked).prefix(Self.maxReskillPaths))
    }

    /// How many of the target's skills the learner holds that say they can do a particular job: specific
    /// (technical, digital, net zero), not commonplace, and among the target's core skills or named
    /// throughout its standard.
    /// With `widespread` false, skills named by many standards (`OccupationSkillModel.isWidespread`) do not count.
    func meaningfulShared(_ position: Int, held: [Bool], widespread: Bool = true) -> Int {
        let target = model.targets[position]
        return target.skills.indices.reduce(0) { count, rank in
            let skill = target.skills[rank].skill
            guard held[skill], !model.isCommonplace[skill], widespread || !model.isWidespread[skill],
                OccupationSkillModel.isSpecific(model.skills[skill].kind),
                rank < OccupationSkillModel.coreSize || target.strong[rank]
            else { return count }
            return count + 1
        }
    }

    /// Per route, the lowest level of its jobs at or above `secondaryLevel`: the level a newcomer to the
    /// field starts at. Worked out once per engine.
    static func routeEntryLevels(_ model: OccupationSkillModel) -> [String: Int] {
        var levels: [String: Int] = [:]
        for target in model.targets where target.standard.level >= secondaryLevel {
            levels[target.standard.route] = min(levels[target.standard.route] ?? target.standard.level, target.standard.level)
        }
        return levels
    }

    /// Whether the standard is a plain entry role of office or customer-service work (`plainEntryTitles`),
    /// which people enter from any field.
    func isPlainEntry(_ position: Int) -> Bool {
        let title = model.targets[position].standard.title.lowercased()
        return Self.plainEntryTitles.contains { title.hasPrefix($0) }
    }

    /// The aspired route's standard most boosted by the aspiration, else its best fit, within the level cap
    /// (in a route reached only through a matched job title, one sharing a specific skill).
    /// With `freshStartLevel`, one sharing none of the learner's skills and not named by the wish is taken only up to that level.
    /// A job leading others the learner does not show they could lead (`unshownLead`, `leadsUnshown`) is not taken.
    func bestAspired(
        in route: String, aspiration: Aspiration, maxLevel: Int, scored: [Fit], limits: [Int] = [], freshStartLevel: Int? = nil,
        unshownLead: (Int) -> Bool = { _ in false }
    ) -> Candidate? {
        model.targets.indices.filter { position in
            if unshownLead(position) { return false }
            let bare = scored[position].score == 0 && aspiration.boost[position] == nil && !isPlainEntry(position)
            return model.targets[position].standard.route == route && fitsWish(position, fit: scored[position].score, aspiration: aspiration)
                && model.targets[position].standard.level <= (bare ? min(maxLevel, freshStartLevel ?? maxLevel) : maxLevel)
                && !model.isRuledOut(position, by: limits)
                && (!aspiration.titleOnly.contains(route) || aspiration.boost[position] != nil || scored[position].specificShared > 0)
        }
            .map { Candidate(position: $0, score: scored[$0].score + (aspiration.boost[$0] ?? 0) + 0.1, fit: scored[$0].score) }
            .max { ($0.score, $1.position) < ($1.score, $0.position) }
    }

    // MARK: One path

    func path(
        _ position: Int, kind: CareerPath.Kind, score: Double, coverage coverageShare: Double, aspired: Bool, held: [Bool],
        evidence: [String: [String]], index: CourseIndex, constraints: LearnerConstraints, today: String, anchor: Int?, anchorLevel: Int?,
        scratch: CourseScratch, singleSkill: Bool = false, teaching: Bool = false, generic: Bool = false, desk: String? = nil, kin: Kin? = nil,
        freshStart: Bool = false, kept: String? = nil, named: Bool = false, indoor: String? = nil, wished: Bool = false, towards: String? = nil,
        assumed: [Bool]? = nil, leaverEntry: Bool = false, returning: Bool = false, wishedField: Bool = false
    ) -> CareerPath {
        let target = model.targets[position]
        let standard = target.standard
        // Skills the learner's job implies (`assumed`) are neither shared (what a move rests on is what
        // they said) nor missing: they have them.
        let assumed = assumed ?? held
        var shared: [SkillRef] = []
        var missing: [GapSkill] = []
        // The job's own field's skills lead the gap, another field's count less (`fieldFirst`).
        let ordered = fieldFirst(target.skills, of: position)
        for entry in ordered {
            let skill = model.skills[entry.skill]
            if held[entry.skill] {
                shared.append(SkillRef(id: skill.id, label: skill.label, kind: skill.kind))
            } else if assumed[entry.skill] {
                continue
            } else {
                missing.append(GapSkill(
                    id: skill.id, label: skill.label, kind: skill.kind, importance: ((entry.weight / target.maxWeight) * 100).rounded() / 100))
            }
        }
        // The courses close the gap; the job-implied skills go along too, for the courses that lead to the
        // occupation only (`courses(for:)` skips them for the rest): a teaching assistant's Teaching is no
        // gap, but the teacher degree apprenticeship still leads to the Teacher path.
        let gap = Array(ordered.filter { !assumed[$0.skill] }.prefix(Self.gapSkillsForCourses))
            + target.skills.filter { assumed[$0.skill] && !held[$0.skill] }
        let (courses, uncovered) = self.courses(
            for: position, gap: gap, held: held, index: index, constraints: constraints, today: today, scratch: scratch, refresher: returning)
        let matchedTerms = shared.prefix(8).flatMap { evidence[$0.id] ?? [] }
        let coverage = Int((min(max(coverageShare, 0), 1) * 100).rounded())
        var summary: String
        switch kind {
        case .upskill:
            let from = anchor.map { model.targets[$0].standard }
            if returning {
                summary = Self.returningSummary(standard)
            } else if let towards, let from {
                summary = "A first step towards \(towards), which your wish names: a step up from \(from.title) to level \(standard.level) "
                    + "\(inRoute(standard, from: from))."
            } else if wished, let from, !named {
                summary = "The job your wish names: a step up from \(from.title) (level \(anchorLevel ?? from.level)) to level \(standard.level) "
                    + "\(inRoute(standard, from: from))."
            } else if let from, teaching {
                summary = "Teaching or assessing your trade: a step up from \(from.title) (level \(anchorLevel ?? from.level)) to level \(standard.level) "
                    + "in \(routeName(standard.route)), since there is no higher level or lead role in your route (\(routeName(from.route)))"
                    + ((anchorLevel ?? from.level) < Self.tradeLevel ? " that you could take; your years in the trade count towards teaching it." : ".")
            } else if position != anchor, let from, standard.level <= (anchorLevel ?? from.level) {
                summary = "A lead or management role at your level (\(standard.level)) in the same route (\(routeName(standard.route))): "
                    + "there is no higher level in your pathway to step up to."
            } else if named, let from {
                summary = "A step up from \(from.title) (level \(anchorLevel ?? from.level)) to level \(standard.level) "
                    + "\(inRoute(standard, from: from)), more than two levels up: it is offered because your wish names it, and usually means "
                    + "training or a degree at the levels between first."
            } else if position == anchor, let anchorLevel {
                summary = "The degree-level standard for the job you describe: a step up from level \(anchorLevel) to level \(standard.level)."
            } else {
                let start = from.map { anchorLevel == nil || anchorLevel == $0.level ? "\($0.title) (level \($0.level))" : "your current role (level \(anchorLevel!))" }
                summary = "A step up from \(start ?? "your current role") to level \(standard.level) in the same "
                    + (from?.pathway != nil && from?.pathway == standard.pathway ? "pathway (\(standard.pathway!))." : "route (\(routeName(standard.route))).")
            }
        case .reskill:
            let from = anchor.map { model.targets[$0].standard }
            if let towards {
                summary = "A first step towards \(towards), which your wish names, in \(routeName(standard.route))"
            } else if wished, named {
                summary = "The job your wish names and your long-term goal, in \(routeName(standard.route)) (level \(standard.level), more than "
                    + "a level above where you could start, so usually reached through the first step listed with it, then training or a degree "
                    + "apprenticeship)"
            } else if wished {
                summary = "The job your wish names, in \(routeName(standard.route))"
            } else if let indoor {
                summary = "An indoor job in \(routeName(standard.route)), offered because \(indoor)"
            } else if let from, from.route == standard.route {
                summary = "A sideways move within \(routeName(standard.route)) into another kind of job"
                    + (standard.cluster.map { " (\($0.lowercased()))" } ?? "") + ", offered because few jobs in other routes share your skills"
            } else if let desk {
                summary = "A desk-based move into \(routeName(standard.route)), offered because \(desk)"
            } else if let kept {
                summary = "A move into \(routeName(standard.route)), offered because \(kept)"
            } else {
                summary = "A move into \(routeName(standard.route))"
            }
        }
        let sharedCount = shared.count
        let specificShared = shared.filter { OccupationSkillModel.isSpecific($0.kind) }.prefix(3).map(\.label)
        if kind == .reskill {
            summary += sharedCount == 0
                ? (aspired
                    ? ": it would be a fresh start, since none of the skills you describe are among its skills; it is offered because it matches what you said you would like to do."
                    : ": it needs skills you have not mentioned yet.")
                : ": you already have \(sharedCount) of its \(target.skills.count) skills"
                    + (specificShared.isEmpty ? "" : ", including " + Self.list(specificShared)) + " (about \(coverage)% of its skill set, weighted by importance)."
        } else if sharedCount > 0 {
            summary += " You already have \(sharedCount) of its \(target.skills.count) skills."
        }
        // The shared skill that carries the move: the first of the target's distinctive core skills held.
        if kind == .reskill, let carrier = target.distinctiveCore.first(where: { held[$0] && OccupationSkillModel.isSpecific(model.skills[$0].kind) }) {
            summary += " The job is built on \(model.skills[carrier].label.lowercased()), which you have."
        } else if kind == .reskill, generic {
            summary += " It rests only on skills many kinds of work use (" + Self.list(shared.prefix(3).map { $0.label.lowercased() })
                + "), not on what this job is about: it is shown because no move built on your more distinctive skills was found."
        }
        if let kin { summary += kinReason(kin) }
        if kind == .reskill { summary += levelReason(standard.level, anchor: anchor, anchorLevel: anchorLevel) }
        if leaverEntry { summary += Self.leaverEntryReason(level: standard.level) }
        if aspired && (kind != .reskill || sharedCount > 0) { summary += " It matches what you said you would like to do." }
        // A job of the field the wish names that does not hold what the wish says (`claimsWish`) is said to be in that field, no more.
        if wishedField && !aspired { summary += " It lies in \(routeName(standard.route)), the field your wish names." }
        if kind == .reskill, freshStart, sharedCount > 0 {
            summary += " It keeps little of what you do now (none of the skills that set it apart), so it would be close to a fresh start."
        }
        if singleSkill {
            summary += " It shares fewer than two of your skills that are specific to a kind of work, so moves sharing two or more are listed first."
        }
        if !missing.isEmpty {
            summary += " The main gap is " + Self.list(missing.prefix(3).map(\.label)) + (missing.count > 3 ? " and \(missing.count - 3) more." : ".")
        }
        // A thin standard's skills are a best guess; a retired version with statements says it is retired (Taxonomy StandardBasis).
        if let caveat = StandardBasis.caveat(for: standard.basis) { summary += " " + caveat }
        return CareerPath(
            kind: kind, occupation: reference(standard), score: (min(max(score, 0), 1) * 1000).rounded() / 1000, sharedSkills: shared,
            missingSkills: missing, courses: courses, uncoveredSkills: uncovered,
            why: Explanation(summary: summary, matchedTerms: matchedTerms, shared: shared.map(\.label), missing: missing.map(\.label)))
    }

    /// Why a reskill path's level suits the learner, in a sentence.
    func levelReason(_ level: Int, anchor: Int?, anchorLevel: Int?) -> String {
        guard let anchorLevel else { return " It is a level \(level) occupation." }
        var reason = level <= anchorLevel
            ? " At level \(level), it is within reach from the level \(anchorLevel) work you describe."
            : " At level \(level), it is a step up from the level \(anchorLevel) work you describe."
        if let anchor, model.targets[anchor].standard.level >= Self.degreeLevel, anchorLevel < Self.degreeLevel {
            reason += " Degree-level occupations are not suggested because your profile does not mention a degree."
        }
        return reason
    }

    func routeName(_ slug: String) -> String { Route(rawValue: slug)?.name ?? slug }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    // MARK: Demand

    /// What a path's why says when the path answers the learner's wish: it matches what they said they would like
    /// to do, is the job their wish names, or a first step towards it.
    static let wishMarks = ["matches what you said you would like to do", "your wish names"]

    /// Whether the path answers the learner's wish, as its why says (`wishMarks`).
    static func answersWish(_ path: CareerPath) -> Bool {
        wishMarks.contains { path.why.summary.contains($0) }
    }

    func demandSignal(upskill: [CareerPath], reskill: [CareerPath], aspired: Bool, constraints: LearnerConstraints) -> DemandSignal {
        // Reskill paths list what the learner asked for first, so an aspired signal leads with them; it records only the
        // paths that answer the wish (`answersWish`), and is no aspired signal when none does.
        let leading: [CareerPath] = Array(reskill.prefix(2)) + Array(upskill.prefix(1))
        let wished = (leading + reskill.dropFirst(2) + upskill.dropFirst(1)).filter(Self.answersWish)
        let aspired = aspired && !wished.isEmpty
        let top: [CareerPath] = aspired ? Array(wished.prefix(3)) : Array(upskill.prefix(1)) + Array(reskill.prefix(2))
        var routes: [String] = [], occupations: [String] = [], gaps: [String] = [], uncovered: [String] = []
        for path in top {
            if let route = path.occupation.route, !routes.contains(route) { routes.append(route) }
            occupations.append(path.occupation.id)
            for skill in path.missingSkills.prefix(5) where !gaps.contains(skill.id) { gaps.append(skill.id) }
            for skill in path.uncoveredSkills where !uncovered.contains(skill.id) { uncovered.append(skill.id) }
        }
        return DemandSignal(
            routes: routes, occupations: occupations, gapSkills: gaps, uncoveredSkills: uncovered,
            district: constraints.districts.count == 1 ? constraints.districts[0] : nil, aspired: aspired)
    }
}

// MARK: - Own core shared

extension CareerDiagnostician {
    /// Whether the target (a position in `model.targets`) keeps among its core skills (`OccupationSkillModel.coreSkills`)
    /// a specific skill the learner holds that is core to their own job too (`ownCore`): the two jobs are about the same
    /// work, so that one skill may carry a move (a farm worker's agricultural machinery for a land-based service engineer).
    /// A widespread or commonplace skill (cleaning, customer service) never does.
    func sharesOwnCore(_ position: Int, held: [Bool], ownCore: Set<Int>) -> Bool {
        guard !ownCore.isEmpty else { return false }
        return model.coreSkills[position].contains { skill in
            held[skill] && ownCore.contains(skill) && OccupationSkillModel.isSpecific(model.skills[skill].kind)
                && !model.isWidespread[skill] && !model.isCommonplace[skill]
        }
    }
}
