import Domain
import Foundation
import Matching

// MARK: - A word in another route's sense

/// Where each route-specific skill lives, and how alike the routes are, for judging a one-word mention
/// in a course of a far route: "nursery production and protected cropping" in a horticulture diploma is
/// a plant nursery, not Early years education; "teaching is delivered one day a week" in an HNC is not
/// Teaching.
///
/// A skill's home is the route holding at least `homeShare` of the evidence weight of the standards
/// that express it (Early years education: education and early years); a skill spread over many routes
/// (leadership, cleaning) has no home and is never judged here. Two routes are near when their
/// standards' technical skills, weighted by rarity, are alike (cosine at least `nearRoutes`: care
/// services and health, education and care services).
public struct SkillHomes: Sendable {
    /// Skill id → its home route, for skills that have one.
    public let home: [String: String]
    /// Route slug → route slug → cosine of their technical skill profiles.
    public let similarity: [String: [String: Double]]

    /// The share of a skill's evidence weight one route must hold to be its home.
    static let homeShare = 0.5
    /// The cosine from which two routes' skills are alike enough for a word to keep its sense across them.
    public static let nearRoutes = 0.3

    public init(taxonomy: SkillsTaxonomy) {
        // A retired version with statements (`StandardBasis.retired2023Statements`) leaves skills' homes as they were.
        let standards = taxonomy.data.standards.filter { $0.basis != StandardBasis.retired2023Statements }
        var weights: [String: [String: Double]] = [:]
        var counts: [String: Int] = [:]
        for standard in standards {
            for (offset, id) in standard.skillIDs.enumerated() {
                weights[id, default: [:]][standard.route, default: 0] += standard.skillWeight(at: offset)
                counts[id, default: 0] += 1
            }
        }
        var home: [String: String] = [:]
        var profiles: [String: [String: Double]] = [:]
        for (id, byRoute) in weights {
            let total = byRoute.values.reduce(0, +)
            if total > 0, let top = byRoute.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), top.value / total >= Self.homeShare {
                home[id] = top.key
            }
            guard let skill = taxonomy.skill(id: id), skill.kind != .common, skill.kind != .behaviour else { continue }
            let rarity = log(Double(standards.count) / Double(max(counts[id] ?? 1, 1)))
            for (route, weight) in byRoute { profiles[route, default: [:]][id, default: 0] += weight * rarity }
        }
        var similarity: [String: [String: Double]] = [:]
        for (first, one) in profiles {
            for (second, other) in profiles {
                let dot = one.reduce(0.0) { $0 + $1.value * (other[$1.key] ?? 0) }
                let norms = (one.values.reduce(0) { $0 + $1 * $1 } * other.values.reduce(0) { $0 + $1 * $1 }).squareRoot()
                similarity[first, default: [:]][second] = norms > 0 ? dot / norms : 0
            }
        }
        self.home = home
        self.similarity = similarity
    }

    /// True when the skill has a home route and it is neither `route` nor near it.
    public func isFar(skill id: String, from route: String) -> Bool {
        guard let home = home[id], home != route else { return false }
        return (similarity[home]?[route] ?? 0) < Self.nearRoutes
    }
}

extension CourseTagger {
    /// True when a mention is too weak to tag a course with a route-specific skill of a far route: a
    /// technical, digital or net-zero skill whose home route is far from the course's (`SkillHomes`),
    /// mentioned as one ordinary word (not a name such as "Python", "CAD" or "Xero") that the course's
    /// title does not use, or only through words a sentence shares with it (the matching engine's find:
    /// "leading practice" and "work" for Roofing's "lead work"). Two words of the skill's phrase, or the
    /// title, are evidence enough.
    func isLoneWordOfFarRoute(_ found: ExtractedSkill, route: String?, titleWords: Set<String>, text: [Character]) -> Bool {
        guard let route, found.kind != .common, found.kind != .behaviour, homes.isFar(skill: found.skillID, from: route) else { return false }
        if found.method == .engine { return true }
        let written = PhraseTokenizer.tokens(found.text)
        guard written.count == 1 else { return false }
        let word = String(written[0].original)
        guard !titleWords.contains(PhraseIndex.singular(written[0].lower)) else { return false }
        return !Self.isName(word, at: found.start, in: text)
    }

    /// True when a technical, digital or net-zero skill of a far route (`SkillHomes.isFar`) is mentioned
    /// only once by the vocabulary in what the course teaches, title included, and not as an acronym or, after
    /// the title, as a name: a course teaching another field's skill comes back to it ("Welding for Artists
    /// … MIG welding"), while a passing mention does not ("Customer Service Excellence: Turning Complaints
    /// into Loyalty" is no machining, "continuous improvement on the shop floor" no retail operations).
    func isPassingMentionOfFarRoute(_ found: ExtractedSkill, route: String?, mentions: [String: Int], titleEnd: Int, text: [Character]) -> Bool {
        guard let route, found.kind != .common, found.kind != .behaviour, homes.isFar(skill: found.skillID, from: route) else { return false }
        guard (mentions[found.skillID] ?? 0) < 2 else { return false }
        let written = PhraseTokenizer.tokens(found.text)
        if written.count == 1 {
            let word = String(written[0].original)
            let letters = word.filter(\.isLetter)
            if letters.count > 1, letters.allSatisfy(\.isUppercase) { return false }
            if found.start > titleEnd, Self.isName(word, at: found.start, in: text) { return false }
        }
        return true
    }

    /// How many times the vocabulary finds each skill in a text (the matching engine's finds left out).
    static func mentionCounts(_ found: [ExtractedSkill]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for item in found where item.method != .engine { counts[item.skillID, default: 0] += 1 }
        return counts
    }

    /// True when a word is written as a name: an acronym ("CAD", "EV"), or capitalised where a sentence
    /// does not open ("in Python", "with Xero").
    static func isName(_ word: String, at start: Int, in text: [Character]) -> Bool {
        let letters = word.filter(\.isLetter)
        if letters.count > 1, letters.allSatisfy(\.isUppercase) { return true }
        guard let first = letters.first, first.isUppercase else { return false }
        var position = min(start, text.count) - 1
        while position >= 0, text[position] == " " || text[position] == "\t" || text[position] == "(" || text[position] == "\"" { position -= 1 }
        return position >= 0 && !(text[position].isNewline || ".!?:;•-*".contains(text[position]))
    }
}
