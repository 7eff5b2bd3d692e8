import Foundation
import Matching
import Taxonomy

// MARK: - A path claims the learner's wish only when it holds what they said

/// A wish that names a kind of work ("a depot office, or something in a warehouse") makes its route's jobs
/// candidates. One that shares none of the learner's skills (a fresh start) is offered for the wish, and said to
/// match it, only when it holds what they said (a word of the wish in its titles, or a word naming no whole field
/// in one of its core skills that are not commonplace), where some job of that route does: a refuse loader who
/// wants a depot office or a warehouse is offered the warehouse supervisor, not lean manufacturing or airside work.
extension CareerDiagnostician {
    /// Per target, the words (singular, lower-case) of its title and typical job titles, and of the labels of its
    /// core skills that are not commonplace, for `holdsWish`; and per such word, the routes of the jobs holding it,
    /// for `claimRoutes`. Worked out once per engine.
    static func claimTexts(_ model: OccupationSkillModel) -> ClaimTexts {
        let perTarget = model.targets.indices.map { position in
            let titles = Set(model.targets[position].titleWords.joined())
            let skills = Set(model.coreSkills[position].filter { !model.isCommonplace[$0] }.flatMap { singularWords(model.skills[$0].label) })
            return (titles: titles, skills: skills)
        }
        var titleRoutes: [String: Set<String>] = [:]
        var skillRoutes: [String: Set<String>] = [:]
        for (position, texts) in perTarget.enumerated() {
            let route = model.targets[position].standard.route
            for word in texts.titles { titleRoutes[word, default: []].insert(route) }
            for word in texts.skills { skillRoutes[word, default: []].insert(route) }
        }
        return ClaimTexts(perTarget: perTarget, titleRoutes: titleRoutes, skillRoutes: skillRoutes)
    }

    /// The words of a wish that say what the work is (singular, lower-case): the wish's parts
    /// (`aspirationParts`) without words any job has (`genericWishWords`) and words too short to name anything.
    static func claimWords(of wish: String?) -> Set<String> {
        guard let wish, !wish.isEmpty else { return [] }
        let parts = aspirationParts(droppingCircumstances(droppingNegatedClauses(wish)))
        let words = parts.flatMap(singularWords)
        return Set(words.filter { $0.count > 2 && !genericWishWords.contains($0) && !wishWords.contains($0) })
    }

    /// Whether the job at `position` holds one of the wish's words (`claimWords`): in its title or typical job
    /// titles, or, for a word that names no whole field, in the label of one of its core skills that is not commonplace.
    func holdsWish(_ position: Int, words: Set<String>) -> Bool {
        guard !words.isEmpty else { return false }
        if !words.isDisjoint(with: claimTexts[position].titles) { return true }
        // A word that names a whole field ("health", "office", "warehouse": `wishRoutes`) is in the labels of skills
        // of many kinds of job ("Health records", "Microsoft Office"): only the job's titles show it is that work.
        return words.contains { claimTexts[position].skills.contains($0) && Self.wishRoutes($0).isEmpty }
    }

    /// Whether a job of a field the wish names may be offered for the wish when it shares none of the learner's
    /// skills: the wish names it, says nothing about the work (`Aspiration.claimWords`), or the job holds what the
    /// wish says (`holdsWish`), or no job of its route does (the wish names the field in words no title holds:
    /// "looking after the residents"). A plain entry role of office or customer-service work (`isPlainEntry`) is
    /// entered from any field.
    func fitsWish(_ position: Int, fit: Double, aspiration: Aspiration) -> Bool {
        guard fit == 0 else { return true }
        return saysWish(position, aspiration: aspiration, words: aspiration.claimWords, routes: aspiration.claimRoutes)
    }

    /// Whether a job of a field the wish names is what the wish says, whatever skills it shares, so that it may be
    /// said to match the wish: as `fitsWish` for a fresh start, but with the wish's words for a grade of job in any
    /// field (`roleWords`: "technician", "assistant") set aside, since they say nothing of the work. A navy engineering
    /// technician's wish is no wish for knitted-product manufacturing, nor "work with animals" one for forestry,
    /// though both lie in the field the wish names and share some of the learner's skills.
    func claimsWish(_ position: Int, aspiration: Aspiration) -> Bool {
        let words = aspiration.claimWords.subtracting(Self.roleWords)
        return saysWish(position, aspiration: aspiration, words: words, routes: claimRoutes(words: words))
    }

    /// Whether the job at `position` is what a wish with these claim words (and the routes some job of which holds
    /// one, `claimRoutes`) says: the wish names it, its words say nothing about the work, the job holds one of them
    /// (`holdsWish`), or no job of its route does. A plain entry role of office or customer-service work
    /// (`isPlainEntry`) is entered from any field.
    private func saysWish(_ position: Int, aspiration: Aspiration, words: Set<String>, routes: Set<String>) -> Bool {
        guard aspiration.boost[position] == nil, !words.isEmpty, !isPlainEntry(position) else { return true }
        if holdsWish(position, words: words) { return true }
        return !routes.contains(model.targets[position].standard.route)
    }

    /// The routes some job of which holds one of the wish's words (`holdsWish`), for `Aspiration.claimRoutes`:
    /// read from the words' routes (`ClaimTexts`) rather than by asking every job.
    func claimRoutes(words: Set<String>) -> Set<String> {
        var routes: Set<String> = []
        for word in words {
            routes.formUnion(claimTexts.titleRoutes[word] ?? [])
            if let skillRoutes = claimTexts.skillRoutes[word], Self.wishRoutes(word).isEmpty { routes.formUnion(skillRoutes) }
        }
        return routes
    }
}

// MARK: - Words that claim a wish, per job and per word

/// The words of each job's titles and core skills (`CareerDiagnostician.claimTexts`), and the routes of the jobs
/// holding each word, so the routes a wish's words reach are read without asking every job.
struct ClaimTexts: Sendable {
    /// Per target: the words of its titles, and of its core skills that are not commonplace.
    let perTarget: [(titles: Set<String>, skills: Set<String>)]
    /// Per title word: the routes of the jobs whose titles hold it.
    let titleRoutes: [String: Set<String>]
    /// Per core-skill word: the routes of the jobs whose core skills hold it.
    let skillRoutes: [String: Set<String>]

    subscript(position: Int) -> (titles: Set<String>, skills: Set<String>) { perTarget[position] }
}
