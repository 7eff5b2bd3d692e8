import Matching
// MARK: - How strongly a standard expresses a skill

/// Scores the evidence that a standard needs a vocabulary skill, so that a skill named once in
/// passing ("the importance of…" read as importing, "types" read as typing) does not count as one
/// of the occupation's skills.
///
/// Each statement or duty that mentions the skill adds its statement weight (skills and duties 1,
/// knowledge 0.6, behaviours 1 for common and behaviour skills and 0.4 for the rest) times the best
/// match quality in it: a phrase of two or more words 1, a one-word label as written (or its plural) 1, another
/// one-word form as written (or its plural) 0.5, a word that only shares its stem with the form
/// ("signs" for signing) 0.1, and such stem-only evidence adds at most 0.3 in all. A mention in
/// the standard's title or typical job titles adds 1 × quality, in its overview 0.5 × quality.
enum SkillEvidence {
    /// A standard keeps a skill whose evidence reaches this.
    static let threshold = 0.6
    /// Evidence beyond this adds nothing to the stored weight.
    static let saturation = 3.0
    /// The most that stem-only one-word matches add to a skill's evidence.
    static let stemOnlyCap = 0.3

    /// Where a mention was found.
    enum Place {
        case knowledge, skill, behaviour, duty, title, overview
    }

    static func placeWeight(_ place: Place, kind: SkillKind) -> Double {
        switch place {
        case .skill, .duty, .title: 1.0
        case .knowledge: 0.6
        case .behaviour: kind == .common || kind == .behaviour ? 1.0 : 0.4
        case .overview: 0.5
        }
    }

    /// How surely a match names the skill, 0…1, and whether it rests on a shared stem only.
    static func quality(of match: PhraseMatch, in tokens: [TextToken], label: String) -> (value: Double, stemOnly: Bool) {
        let pattern = match.pattern
        if pattern.tokens.count >= 2 || pattern.caseSensitive || pattern.tokens[0].exact { return (1.0, false) }
        let written = PhraseIndex.singular(tokens[match.tokenRange.lowerBound].lower)
        guard written == PhraseIndex.singular(pattern.tokens[0].original.lowercased()) else { return (0.1, true) }
        let lower = tokens[match.tokenRange.lowerBound].lower, name = label.lowercased()
        return (pattern.form.lowercased() == name && (lower == name || lower == name + "s") ? 1.0 : 0.5, false)
    }

    /// One statement, duty, title or the overview naming a skill.
    struct Mention: Sendable, Equatable {
        var place: Place
        /// The statement's code (`K3`, `S2`, `D1`), or `title` / `overview`.
        var code: String
        /// Its place weight times the match quality.
        var amount: Double
        /// True when the match rests on a shared stem only.
        var stemOnly: Bool
        /// True when every match of the skill in it stands in an example list ("such as …",
        /// "for example …", "including …"), `ExampleLists`.
        var inExamples = false
    }

    /// The places that name each skill (by position) in one standard: its statements, duties, titles
    /// and overview, each with the best match quality found in it.
    static func mentions(of standard: OccupationalStandard, index: PhraseIndex, skills: [Skill]) -> [Int: [Mention]] {
        var sources: [(Place, String, String)] = standard.knowledge.map { (.knowledge, $0.code, $0.text) } + standard.skills.map { (.skill, $0.code, $0.text) }
        sources += standard.behaviours.map { (.behaviour, $0.code, $0.text) } + standard.duties.map { (.duty, $0.code, $0.text) }
        sources += ([standard.title] + standard.typicalJobTitles).map { (.title, "title", $0) } + [(.overview, "overview", standard.overview)]
        var result: [Int: [Mention]] = [:]
        for (place, code, text) in sources {
            let tokens = PhraseTokenizer.tokens(text)
            let lists = ExampleLists(text)
            var best: [Int: (value: Double, stemOnly: Bool)] = [:]
            var outsideLists: Set<Int> = []
            for match in index.matches(in: tokens) {
                let skill = match.pattern.skillIndex
                let found = quality(of: match, in: tokens, label: skills[skill].label)
                if found.value > best[skill]?.value ?? -1 { best[skill] = found }
                if !lists.contains(tokens[match.tokenRange.lowerBound].range.lowerBound) { outsideLists.insert(skill) }
            }
            for (skill, found) in best {
                let amount = placeWeight(place, kind: skills[skill].kind) * found.value
                result[skill, default: []].append(Mention(
                    place: place, code: code, amount: amount, stemOnly: found.stemOnly, inExamples: !outsideLists.contains(skill)))
            }
        }
        return result
    }

    /// The evidence the mentions of one skill add up to.
    static func strength(of mentions: [Mention]) -> Double {
        let strong = mentions.filter { !$0.stemOnly }.reduce(0) { $0 + $1.amount }
        let stemOnly = mentions.filter(\.stemOnly).reduce(0) { $0 + $1.amount }
        return strong + min(stemOnly, stemOnlyCap)
    }

    /// Evidence per skill position for one standard: its statements, duties, titles and overview.
    static func strengths(of standard: OccupationalStandard, index: PhraseIndex, skills: [Skill]) -> [Int: Double] {
        mentions(of: standard, index: index, skills: skills).mapValues(strength(of:))
    }

    /// The stored weight of a kept skill's evidence, 0…1 in hundredths.
    static func weight(_ strength: Double) -> Double {
        (min(strength, saturation) / saturation * 100).rounded() / 100
    }
}
