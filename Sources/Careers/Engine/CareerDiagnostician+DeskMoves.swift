import Foundation
import Matching
import Taxonomy

// MARK: - Ordering moves and the desk-based fallback

extension CareerDiagnostician {
    /// Desk-based moves offered at most when the learner's own kind of work is closed to them.
    static let maxDeskMoves = 2
    /// The highest level of a desk-based move: a first office or customer-service job.
    static let deskLevel = 3
    /// Everyday words whose routes (`wishRoutes`) hold desk-based work: office and administration,
    /// customer service and sales, accounts.
    static let deskWork = "office work, customer service, accounts"
    /// Skills of office work (labels of the skills vocabulary). A job in a `deskWork` route with one of
    /// them among its core skills is desk-based; a fishmonger's, in the same route as a customer
    /// service specialist's, is not.
    static let officeSkills: Set<String> = [
        "Administration", "Microsoft Office", "Data entry", "Spreadsheets", "Word processing", "Typing", "Email and online communication",
        "Diary management", "Call handling", "Customer relationship management", "Information management", "Everyday digital skills",
        "Bookkeeping", "Data management",
    ]

    /// The limits (`WorkLimit.all` indices) that rule jobs out, for the limits a learner states: a wish for
    /// indoor or desk work (`WorkLimit.indoors`) also rules out driving and physical work, in the step up as
    /// in the moves (a bus driver who needs a desk job is neither a train driver nor a delivery driver).
    static func closing(_ limits: [Int]) -> [Int] {
        guard limits.contains(WorkLimit.indoors) else { return limits }
        return limits + [WorkLimit.physical, WorkLimit.driving].filter { !limits.contains($0) }
    }

    /// Limits that call for desk work itself: a wish for indoor or desk work, a body that can no longer
    /// do physical or long-hours work, or a wish to be away from the public. A wish to be out of the
    /// weather, off nights or out of the pool leaves other kinds of hands-on work open.
    static let deskCallingLimits: Set<Int> = [WorkLimit.indoors, WorkLimit.physical, WorkLimit.fatigue, WorkLimit.customers]

    /// The desk-based jobs (target positions) of `model`: in a `deskWork` route at level `secondaryLevel`
    /// to `deskLevel`, with an office skill among their core skills (`coreSize` heaviest or named
    /// throughout), listing neither manual handling nor working at height. Worked out once per engine.
    static func deskTargets(_ model: OccupationSkillModel) -> [Int] {
        let routes = wishRoutes(deskWork)
        return model.targets.indices.filter { position in
            let target = model.targets[position]
            // A thin standard (inferred skills, `OccupationalStandard.basis`) is no move into another field, and a
            // retired version (`isRetiredVersion`) is no fallback desk job: one that may no longer be offered is
            // offered on the learner's skills, not as the office job left when nothing else fits.
            guard !target.standard.isRetiredVersion, routes.contains(target.standard.route), (secondaryLevel...deskLevel).contains(target.standard.level),
                !model.isRuledOut(position, by: [WorkLimit.physical])
            else { return false }
            return target.skills.indices.contains { rank in
                (rank < OccupationSkillModel.coreSize || target.strong[rank]) && officeSkills.contains(model.skills[target.skills[rank].skill].label)
            }
        }
    }

    /// Skills of hands-on work (labels of the skills vocabulary): a job with one at its core is not desk-based.
    static let handsOnSkills: Set<String> = [
        "Warehouse operations", "Cleaning", "Forklift operation", "Manual handling", "Moving and handling", "Van driving", "Personal care",
    ]

    /// Reskill paths: the moves the learner's skills and wishes suggest (`skillMoves`), those resting on
    /// what their target job is about first; then, when the learner's own kind of work is closed to them,
    /// desk-based moves (`deskMoves`); moves resting only on skills many jobs share, little of the target's
    /// core (`Candidate.generic`), only when no other move is found: an adviser does not send a roofer to
    /// freight forwarding on pricing and customer service, or a call-centre agent to dog grooming on
    /// complaint handling.
    ///
    /// Unless the learner names a field they want, their own kind of work is closed when a limit they
    /// state (`limits`: a bad back, off the phones) rules out their own job or names a skill they
    /// describe their work with, or leaves them no move at all; it is also closed to someone with no
    /// recognised job to step up in (none, or one with no step up: `stepsUp`) and no move built on what
    /// they do (a returner whose skills no other field is built on).
    /// A limit that leaves them a move (a kitchen porter who wants no more late nights, still a
    /// production chef) does not close it. An adviser then offers office, administration and
    /// customer-service roles their transferable skills fit, at level 2 or 3; when a limit closes their
    /// own job, right after the best move their skills suggest.
    func reskillPaths(
        anchor: Int?, level: Int?, scored: [Fit], aspiration: Aspiration, target: Target, held: [Bool], earlyCareer: Bool,
        limits: [Int] = [], qualificationLevel: Int? = nil, placedGroup: String? = nil, stepsUp: Bool = true, startLevel: Int = entryLevel,
        shownJob: Int? = nil
    ) -> [Candidate] {
        // A learner who names a field they want sees its paths instead, unless nothing at all is found.
        let namedField = !aspiration.routes.isEmpty || !aspiration.boost.isEmpty
        // What the limits close is no strength to move on (`keptSkills`).
        let kept = keptSkills(held, limits: limits, anchor: anchor, namedField: namedField)
        let ownJobClosed = ownJobClosed(anchor: anchor, held: held, limits: limits)
        // Other kinds of job in the learner's own route, up to a level above, rank with the other moves
        // when a limit closes their own job.
        // Nor is the learner's own job, or its close kin, when a limit closes it (`closeKin`), and a move
        // sharing none of their skills, or one broad skill only, is no path (`isPath`).
        let kinClosed = mustLeaveOwnJob(anchor: anchor, held: held, limits: limits) ? anchor.map(closeKin) ?? [] : []
        // Someone who wants to be indoors or out of the weather is not moved to a job naming outdoor work at all.
        let outdoorClosed = limits.contains(WorkLimit.outdoors) || limits.contains(WorkLimit.indoors)
        let moves = skillMoves(
            anchor: anchor, level: level, scored: scored, aspiration: aspiration, target: target, held: kept, earlyCareer: earlyCareer,
            limits: limits, qualificationLevel: qualificationLevel, ownClosed: ownJobClosed, working: !earlyCareer && held.contains(true),
            startLevel: startLevel)
            .filter { move in
                // The standard shown as the learner's job (`shownJob`) is no move: the diagnostic drops a path to it
                // (`presented`), so it must not stand in for the desk or people-facing moves offered when no other is.
                (move.position != shownJob || target.standards.contains(move.position) || aspiration.boost[move.position] != nil)
                    && (!kinClosed.contains(move.position) || target.standards.contains(move.position))
                    && (!outdoorClosed || !namesOutdoorWork(move.position) || target.standards.contains(move.position))
                    && isPath(move.position, held: kept, aspiration: aspiration, target: target)
            }
            // A move into another kind of work is not a job leading others in it (`leadsUnshown`) when any other move is
            // offered: a packing operative whose only move is packhouse line leader keeps it, a cake maker with others does not.
            .droppingLeads { self.leadsUnshown($0.position, held: kept, anchor: anchor, aspiration: aspiration, target: target) }
        var distinctive = moves.filter { !$0.generic }
        let generic = moves.filter(\.generic)
        var desk: [Candidate] = []
        // A wish for indoor work, or for work away from the public, asks for desk-based work too.
        let deskWished = limits.contains(where: WorkLimit.deskWishes.contains)
        // Without a limit, only someone with no recognised job to step up in (a returner) and no move, or
        // with a job, no move of any kind and an office skill (a driving instructor who keeps their own diary
        // and accounts), is offered desk work resting on a skill they have; a chef whose skills are all the
        // kitchen's still has their own route.
        // A wish for indoor or desk work adds desk-based moves (`WorkLimit.deskWishes`).
        // A wish for indoor work may be read as a field too (office work): it asks for desk moves all the same.
        let closed = limits.contains(WorkLimit.indoors)
            || (!namedField && (ownJobClosed || (deskWished && distinctive.count < 2) || (!limits.isEmpty && distinctive.isEmpty)))
            || (distinctive.isEmpty && (anchor == nil || !stepsUp || (moves.isEmpty && holdsOfficeSkill(held)))) || (!limits.isEmpty && moves.isEmpty)
        if closed, target.route == nil, target.standards.isEmpty {
            let reason = !ownJobClosed && !deskWished
                ? "no job in another field is built on the skills you describe"
                : nil
            desk = deskMoves(
                level: level, scored: scored, held: kept, limits: limits, qualificationLevel: qualificationLevel,
                // A move resting only on skills many jobs share (`generic`) is not shown beside desk moves, so it may be one.
                excluding: Set(distinctive.map(\.position) + [anchor].compactMap { $0 }), reason: reason, ownJobClosed: ownJobClosed,
                showsWork: held.contains(true))
        }
        // A move offered because a limit closes the learner's own work says so, with the skills it keeps.
        if ownJobClosed {
            distinctive = distinctive.map { move in
                var move = move
                if move.desk == nil { move.kept = keptReason(position: move.position, kept: kept, limits: limits) }
                return move
            }
        }
        // With fewer than two moves built on what the learner does or desk-based, skills of working with people they
        // describe (`peopleSkills`: complaints, customer service, safeguarding) carry people-facing moves, after the others.
        var people: [Candidate] = []
        if distinctive.count + desk.count < Self.minimumSharedSkills, target.route == nil, target.standards.isEmpty {
            let listed = Set(moves.map(\.position) + desk.map(\.position) + [anchor].compactMap { $0 }).union(kinClosed)
            people = peopleMoves(anchor: anchor, level: level, scored: scored, held: kept, limits: limits, excluding: listed, placedGroup: placedGroup)
        }
        // A move resting only on skills many jobs share is shown only when nothing else is.
        // A wish for desk work that leaves the learner's own work open keeps it alongside the desk moves.
        let fill = distinctive.isEmpty && people.isEmpty && (desk.isEmpty || (deskWished && !ownJobClosed)) ? 1 : 0
        // When their own job is closed, the desk-based moves follow the best move their skills suggest.
        let lead = ownJobClosed ? Array(distinctive.prefix(1)) : distinctive
        let after = ownJobClosed ? Array(distinctive.dropFirst()) : []
        // A plain entry role sharing none of their skills comes after every move that keeps one.
        let bare = desk.filter { !sharesSkill($0.position, held: kept) }
        let sharing = desk.filter { sharesSkill($0.position, held: kept) }
        // Someone who wants to be indoors or out of the weather looks first for the indoor side of their
        // own field (`indoorMoves`), before office work anywhere.
        var indoor: [Candidate] = []
        if target.route == nil, target.standards.isEmpty, limits.contains(WorkLimit.outdoors) {
            let listed = Set(moves.map(\.position))
            indoor = indoorMoves(anchor: anchor, level: level, scored: scored, held: kept, placedGroup: placedGroup, limits: limits)
                .filter { !listed.contains($0.position) }
        }
        let rest = (lead + sharing + after + people + bare + generic.prefix(fill)).filter { move in !indoor.contains { $0.position == move.position } }
        return Array((indoor + rest).prefix(Self.maxReskillPaths))
    }

    // MARK: People-facing moves

    /// Skills of working with people (labels of the skills vocabulary) that carry over to many kinds of
    /// work: a travel consultant's complaints and bookings, a prison officer's de-escalation and safeguarding.
    static let peopleSkills: Set<String> = [
        "Customer service", "Complaint handling", "Reception", "Sales", "Human resources", "Recruitment", "Safeguarding", "Conflict resolution",
        "Mental health support", "Person-centred care", "Careers guidance", "Customer relationship management",
    ]
    /// People-facing moves offered at most.
    static let maxPeopleMoves = 2
    /// The people-facing jobs people enter from any field (standard references): customer service,
    /// administration, retail, housing, and support work.
    static let peopleFacingJobs = [
        "ST0071", "ST0072", "ST0070", "ST0327", "ST0235",  // customer service, administration, retail, housing
        "ST0005", "ST0906", "ST0896",  // adult care, youth support and peer support work
    ]

    /// People-facing moves, for a learner holding two skills of working with people (`peopleSkills`, in `held`) or one
    /// at the core of their own job: jobs of `peopleFacingJobs` with statements (not thin), outside their own job's
    /// cluster and the unit group they are placed in (`placedGroup`), up to one level above
    /// theirs (level 3 at most), that no stated limit rules out, with a skill of working with people the learner
    /// describes (`peopleSkills`, in `held`) among their core skills (`coreSize` heaviest or named throughout).
    /// Most such skills at the core first, then best fit; one per route. Each says which skills carry over, and
    /// that it is offered because few moves rest on the learner's other skills.
    func peopleMoves(
        anchor: Int?, level: Int?, scored: [Fit], held: [Bool], limits: [Int], excluding: Set<Int>, placedGroup: String? = nil
    ) -> [Candidate] {
        let people = held.indices.filter { held[$0] && Self.peopleSkills.contains(model.skills[$0].label) }
        // Working with people is what the learner does: two such skills, or one at the core of their own job (a
        // decorator who deals with customers is not a people-facing learner).
        guard people.count >= Self.minimumSharedSkills || (anchor.map { own in people.contains { model.coreSkills[own].contains($0) } } ?? false)
        else { return [] }
        // Another kind of job than the learner's own: outside its occupational-map cluster.
        let ownCluster = anchor.flatMap { model.targets[$0].standard.cluster }
        let top = max(min((level ?? Self.secondaryLevel) + 1, Self.deskLevel), Self.secondaryLevel)
        let closing = Self.closing(limits)
        let atCore = { (position: Int) in people.filter { self.model.coreSkills[position].contains($0) } }
        let fitting = Self.peopleFacingJobs.compactMap { model.targetPosition[$0] }.filter { position in
            let standard = model.targets[position].standard
            // A thin standard's inferred skills (`OccupationalStandard.isThin`) carry no move, and a job of the unit group the
            // learner is placed in (`placedGroup`) is their own kind of work (a call-centre adviser's customer service practitioner).
            return !excluding.contains(position) && !standard.isThin && (ownCluster == nil || standard.cluster != ownCluster)
                && !standard.soc.contains { $0.code == placedGroup } && standard.level <= top
                && !model.isRuledOut(position, by: closing) && !atCore(position).isEmpty
        }
        .map { (position: $0, count: atCore($0).count) }
        .sorted { ($0.count, scored[$0.position].score, $1.position) > ($1.count, scored[$1.position].score, $0.position) }
        var routes: Set<String> = []
        return fitting.filter { routes.insert(model.targets[$0.position].standard.route).inserted }.prefix(Self.maxPeopleMoves).map { entry in
            let skills = atCore(entry.position).map { model.skills[$0].label.lowercased() }
            return Candidate(
                position: entry.position, score: scored[entry.position].score, fit: scored[entry.position].score, reach: true,
                kept: "your \(Self.list(skills)), which it is built on, carr\(skills.count > 1 ? "y" : "ies") over to it, and few jobs in other "
                    + "fields are built on your other skills")
        }
    }

    /// Whether a move is a path worth showing: it shares a skill with the learner, and more than one
    /// broad skill (a common skill, a behaviour, or one jobs of every kind name, `isWidespread`). A 0%
    /// "fresh start" or a move on customer service alone is shown only when the learner names the job
    /// (`namedBoost`) or asks for it as their target, or describes no skill at all (a school leaver
    /// starting out, whose every path is a fresh start).
    func isPath(_ position: Int, held: [Bool], aspiration: Aspiration, target: Target) -> Bool {
        let route = model.targets[position].standard.route
        if target.standards.contains(position) || !held.contains(true) || (aspiration.routes.contains(route) && !aspiration.titleOnly.contains(route)) {
            return true
        }
        let shared = model.targets[position].skills.map(\.skill).filter { held[$0] }
        guard let first = shared.first else { return false }
        return shared.count > 1 || (OccupationSkillModel.isSpecific(model.skills[first].kind) && !model.isWidespread[first]
            && model.distinctiveness[first] >= OccupationSkillModel.distinctiveFloor)
    }

    /// Whether the standard names outdoor work (a skill of `WorkLimit.outdoors`: landscaping, groundworks)
    /// among any of its skills, not only those it is built on.
    func namesOutdoorWork(_ position: Int) -> Bool {
        let outdoor = WorkLimit.all[WorkLimit.outdoors].skillLabels
        return model.targets[position].skills.contains { outdoor.contains(model.skills[$0.skill].label) }
    }

    /// Skills of the office, planning, estimating, buying, design and quality side of a trade (labels of
    /// the skills vocabulary): a job of the learner's own field with one of them among its core skills is
    /// worked mostly indoors (a site supervisor, an estimator, a quality technician).
    static let indoorSideSkills: Set<String> = officeSkills.union([
        "Construction estimating", "Quantity surveying", "Building surveying", "Construction planning", "Construction project management",
        "Site supervision", "Project management", "Contract management", "Cost control", "Procurement", "Computer aided design",
        "Building services design", "Quality assurance", "Production planning software", "Enterprise resource planning", "Transport planning",
    ])
    /// Indoor moves within the learner's own field offered at most.
    static let maxIndoorMoves = 2

    /// The indoor side of the learner's own field, for someone who wants to be indoors or out of the
    /// weather: jobs of their own route (their current job's, else the route of the jobs their SOC placement
    /// (`placedGroup`) or its minor group stands for, `route(ofGroup:)`: a scaffolder with no standard for his job is still in
    /// construction; else the route their skills are most typical of) from a level below theirs to two above (level 4 at most), with an office, planning, estimating,
    /// buying, design or quality skill among their core skills (`indoorSideSkills`), that no stated limit
    /// rules out, neither physical nor outdoor work, and that share at least one of the learner's skills.
    /// Best fit first; each says why.
    func indoorMoves(anchor: Int?, level: Int?, scored: [Fit], held: [Bool], placedGroup: String? = nil, limits: [Int]) -> [Candidate] {
        guard held.contains(true) else { return [] }
        let route = anchor.map { model.targets[$0].standard.route } ?? route(ofGroup: placedGroup)
            ?? model.routeAffinity(of: held).max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        guard let route else { return [] }
        let level = level ?? Self.secondaryLevel
        let closing = Self.closing(limits) + [WorkLimit.physical, WorkLimit.outdoors].filter { !limits.contains($0) }
        let fitting = model.targets.indices.filter { position in
            let target = model.targets[position]
            guard position != anchor, target.standard.route == route, (level - 1...min(level + 2, 4)).contains(target.standard.level),
                scored[position].score > 0, sharesSkill(position, held: held), !model.isRuledOut(position, by: closing),
                !namesOutdoorWork(position)
            else { return false }
            return target.skills.indices.contains { rank in
                (rank < OccupationSkillModel.coreSize || target.strong[rank]) && Self.indoorSideSkills.contains(model.skills[target.skills[rank].skill].label)
            }
        }
        .sorted { (scored[$0].score, $1) > (scored[$1].score, $0) }
        let why = "you want to be out of the weather, and it is the indoor side of your own field (\(routeName(route).lowercased()))"
        return fitting.prefix(Self.maxIndoorMoves).map { position in
            Candidate(position: position, score: scored[position].score, fit: scored[position].score, reach: true, indoor: why)
        }
    }

    /// Whether the learner holds an office skill (`officeSkills`: a diary, accounts, data entry).
    func holdsOfficeSkill(_ held: [Bool]) -> Bool {
        held.indices.contains { held[$0] && Self.officeSkills.contains(model.skills[$0].label) }
    }

    /// Whether the learner holds one of the target's skills.
    func sharesSkill(_ position: Int, held: [Bool]) -> Bool {
        model.targets[position].skills.contains { held[$0.skill] }
    }

    /// Titles (lower-cased starts) of the plain entry roles of office and customer-service work, which a
    /// learner with years of work history may enter on transferable skills alone.
    static let plainEntryTitles = ["business administrator", "customer service practitioner", "customer service specialist"]

    /// Desk-based moves: desk-based jobs (`deskTargets`) up to one level above the learner's own (and
    /// one above a qualification level they name) that no stated limit rules out, and that either rest
    /// on one of the learner's kept skills (`held`, without what a limit closes) that is specific, not
    /// commonplace and core to the job (among its `coreSize` heaviest or named throughout), or are a
    /// plain entry role (`plainEntryTitles`) for a learner whose text shows some skill: not a funeral
    /// team member for a cleaner, nor a junior estate agent on safeguarding. Best fit first, one per route. Each says why: `reason`, or, when
    /// a limit closed the learner's own work, the limit and the skills it keeps (`keptReason`).
    func deskMoves(
        level: Int?, scored: [Fit], held: [Bool], limits: [Int], qualificationLevel: Int?, excluding: Set<Int>, reason: String?,
        ownJobClosed: Bool = true, showsWork: Bool? = nil
    ) -> [Candidate] {
        // Whether the text shows work (a skill, even one a limit now closes: a roofer's roofing).
        let showsWork = showsWork ?? held.contains(true)
        var top = min((level ?? Self.secondaryLevel) + 1, Self.deskLevel)
        if let qualificationLevel { top = min(top, qualificationLevel + 1) }
        let fitting = deskTargets.filter { position in
            let target = model.targets[position]
            let title = target.standard.title.lowercased()
            // A plain entry role is for someone whose text shows work (some skill), not for a text that shows none.
            let plain = showsWork && Self.plainEntryTitles.contains { title.hasPrefix($0) }
            // An office administrator's customers are colleagues and clients, not the public: someone
            // who can no longer face drunk fares or crowds may still do it.
            let office = plain && !title.contains("customer")
            let binding = office ? limits.filter { $0 != WorkLimit.customers } : limits
            guard target.standard.level <= max(top, Self.secondaryLevel), !excluding.contains(position), !model.isRuledOut(position, by: binding)
            else { return false }
            // A job with hands-on work at its core as well (`handsOnSkills`) is no desk job, whatever office work it also
            // names: a trade supplier's warehouse, a funeral team member's cleaning and care of the deceased.
            guard !model.coreSkills[position].contains(where: { Self.handsOnSkills.contains(model.skills[$0].label) }) else { return false }
            // Health and safety, which every job names, does not fit anyone to a desk job; a skill
            // incidental to the job (safeguarding for an estate agent) does not either.
            return plain || target.skills.indices.contains { rank in
                let skill = target.skills[rank].skill
                return held[skill] && !model.isCommonplace[skill] && OccupationSkillModel.isSpecific(model.skills[skill].kind)
                    && (rank < OccupationSkillModel.coreSize || target.strong[rank])
            }
        }
        .sorted { (scored[$0].score, $1) > (scored[$1].score, $0) }
        var seen: Set<String> = []
        // A plain entry role sharing none of the learner's skills is offered only when a stated limit calls
        // for desk work itself (`deskCallingLimits`), and once: not to a scaffolder out of the weather, a
        // packer off shifts or a lifeguard out of the pool, whose hands-on skills other work keeps.
        let calling = limits.contains(where: Self.deskCallingLimits.contains)
        var bareOffered = false
        let chosen = fitting.filter { position in
            guard !sharesSkill(position, held: held) else { return true }
            guard calling, !bareOffered else { return false }
            bareOffered = true
            return true
        }
        return chosen.filter { seen.insert(model.targets[$0].standard.route).inserted }.prefix(Self.maxDeskMoves).map { position in
            Candidate(
                position: position, score: scored[position].score, fit: scored[position].score,
                desk: reason ?? keptReason(position: position, kept: held, limits: limits, ownJobClosed: ownJobClosed))
        }
    }

    /// The route most of the jobs linked to a SOC 2020 unit group stand for (`targetsBySOC`), else those of
    /// its minor group (`targetsBySOCMinor`: the other construction operatives for a scaffolder), when one
    /// route holds most of them; nil when the group is unknown or its jobs are spread over routes.
    func route(ofGroup group: String?) -> String? {
        guard let group else { return nil }
        for positions in [targetsBySOC[group], targetsBySOCMinor[String(group.prefix(3))]] {
            guard let positions, !positions.isEmpty else { continue }
            var counts: [String: Int] = [:]
            for position in positions { counts[model.targets[position].standard.route, default: 0] += 1 }
            guard let top = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { continue }
            return top.value * 2 > positions.count ? top.key : nil
        }
        return nil
    }
}
