import Foundation
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

    /// The desk-based jobs (target positions) of `model`: in a `deskWork` route at level `secondaryLevel`
    /// to `deskLevel`, with an office skill among their core skills (`coreSize` heaviest or named
    /// throughout), listing neither manual handling nor working at height. Worked out once per engine.
    static func deskTargets(_ model: OccupationSkillModel) -> [Int] {
        let routes = wishRoutes(deskWork)
        return model.targets.indices.filter { position in
            let target = model.targets[position]
            guard routes.contains(target.standard.route), (secondaryLevel...deskLevel).contains(target.standard.level),
                !model.isRuledOut(position, by: [WorkLimit.physical])
            else { return false }
            return target.skills.indices.contains { rank in
                (rank < OccupationSkillModel.coreSize || target.strong[rank]) && officeSkills.contains(model.skills[target.skills[rank].skill].label)
            }
        }
    }

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
    /// recognised job to step up in and no move (a returner whose skills no other field is built on).
    /// A limit that leaves them a move (a kitchen porter who wants no more late nights, still a
    /// production chef) does not close it. An adviser then offers office, administration and
    /// customer-service roles their transferable skills fit, at level 2 or 3; when a limit closes their
    /// own job, right after the best move their skills suggest.
    func reskillPaths(
        anchor: Int?, level: Int?, scored: [Fit], aspiration: Aspiration, target: Target, held: [Bool], earlyCareer: Bool,
        limits: [Int] = [], qualificationLevel: Int? = nil
    ) -> [Candidate] {
        let moves = skillMoves(
            anchor: anchor, level: level, scored: scored, aspiration: aspiration, target: target, held: held, earlyCareer: earlyCareer,
            limits: limits, qualificationLevel: qualificationLevel)
        let distinctive = moves.filter { !$0.generic }
        let generic = moves.filter(\.generic)
        var desk: [Candidate] = []
        // A stated limit closes the learner's own job when it rules out their job's standard or names a
        // skill they describe their work with (a roofer who works at height and can no longer climb).
        let heldLabels = Set(held.indices.filter { held[$0] }.map { model.skills[$0].label })
        let ownJobClosed = limits.contains { limit in
            (anchor.map { model.isRuledOut($0, by: [limit]) } ?? false) || !WorkLimit.all[limit].skillLabels.isDisjoint(with: heldLabels)
        }
        // A learner who names a field they want sees its paths instead, unless nothing at all is found.
        let namedField = !aspiration.routes.isEmpty || !aspiration.boost.isEmpty
        // Without a limit, only someone with no recognised job to step up in (a returner) and no move is
        // offered desk work; a chef whose skills are all the kitchen's still has their own route.
        let closed = (!namedField && (ownJobClosed || (!limits.isEmpty && distinctive.isEmpty))) || (distinctive.isEmpty && anchor == nil)
        if closed, target.route == nil, target.standards.isEmpty {
            let reason = !ownJobClosed
                ? "no job in another field is built on the skills you describe"
                : "what you say you can no longer do closes much of your own kind of work"
            desk = deskMoves(
                level: level, scored: scored, held: held, limits: limits, qualificationLevel: qualificationLevel,
                excluding: Set(moves.map(\.position) + [anchor].compactMap { $0 }), reason: reason)
        }
        // A move resting only on skills many jobs share is shown only when nothing else is.
        let fill = distinctive.isEmpty && desk.isEmpty ? 1 : 0
        // When their own job is closed, the desk-based moves follow the best move their skills suggest.
        let lead = ownJobClosed ? Array(distinctive.prefix(1)) : distinctive
        let after = ownJobClosed ? Array(distinctive.dropFirst()) : []
        return Array((lead + desk + after + generic.prefix(fill)).prefix(Self.maxReskillPaths))
    }

    /// Desk-based moves: desk-based jobs (`deskTargets`) up to one level above the learner's own (and
    /// one above a qualification level they name) that no stated limit rules out, sharing at least one
    /// of the learner's specific skills other than a commonplace one or one a stated limit names; best
    /// fit first, one per route.
    func deskMoves(
        level: Int?, scored: [Fit], held: [Bool], limits: [Int], qualificationLevel: Int?, excluding: Set<Int>, reason: String
    ) -> [Candidate] {
        let limitSkills = limits.reduce(into: Set<String>()) { $0.formUnion(WorkLimit.all[$1].skillLabels) }
        var top = min((level ?? Self.secondaryLevel) + 1, Self.deskLevel)
        if let qualificationLevel { top = min(top, qualificationLevel + 1) }
        let fitting = deskTargets.filter { position in
            model.targets[position].standard.level <= max(top, Self.secondaryLevel) && !excluding.contains(position)
                && !model.isRuledOut(position, by: limits)
                // Health and safety, which every job names, does not fit anyone to a desk job, and nor
                // does a skill the learner says they want to leave (customer service, for someone who
                // can no longer deal with the public).
                && model.targets[position].skills.contains { entry in
                    held[entry.skill] && !model.isCommonplace[entry.skill] && OccupationSkillModel.isSpecific(model.skills[entry.skill].kind)
                        && !limitSkills.contains(model.skills[entry.skill].label)
                }
        }
        .sorted { (scored[$0].score, $1) > (scored[$1].score, $0) }
        var seen: Set<String> = []
        return fitting.filter { seen.insert(model.targets[$0].standard.route).inserted }.prefix(Self.maxDeskMoves).map { position in
            Candidate(position: position, score: scored[position].score, fit: scored[position].score, desk: reason)
        }
    }
}
