import Foundation
import Matching

// MARK: - Job titles and career histories → occupations

/// Ranks standards or SOC unit groups for a job title or a paragraph of career history.
///
/// A short title is expanded with the everyday job-title table ("chippy" → carpenter joiner) and
/// ranked by the matching engine. A longer text is split into clauses; each clause, the whole text
/// and the skills the text mentions are ranked separately and fused by reciprocal-rank fusion.
struct OccupationMatcher: Sendable {
    let standards: [OccupationalStandard]
    let socGroups: [SOCUnitGroup]
    let standardIndex: MatchIndex
    let socIndex: MatchIndex
    let synonyms: [(words: [String], expansion: String, everyday: String)]
    let socRoutes: [String: String]
    /// Positions in `synonyms` by the first stem of the everyday wording: `expand` tries only the entries
    /// whose first word the text holds (an entry without words never matches).
    private let synonymsByFirstWord: [String: [Int]]
    private let standardByID: [String: Int]
    private let socByID: [String: Int]
    /// Per occupation id: the singular words of its own name, and each of its titles and job titles as
    /// joined singular words (`singularWords`), worked out once for title re-ranking.
    private let titleKeys: [String: TitleKeys]
    /// Every SOC 2020 unit group's titles and job titles as joined singular words.
    let socJobTitles: Set<String>
    /// The vocabulary's exclusion phrases: wording they read in another sense ("chippy" in a sentence
    /// about frying fish) is not expanded as an everyday job title either.
    let exclusions: PhraseIndex
    /// Job titles of two or more words (SOC 2020 unit groups' and standards'), as written, by their words
    /// joined (`singularWords`): a title written as one word ("Coachbuilder", "Shopfitter") is read as the
    /// job title it closes up ("Coach builder"), not as whatever single word it is one typo from.
    let spacedTitles: [String: String]

    /// Reciprocal-rank fusion constant.
    static let fusionK = 60.0

    init(data: TaxonomyData) {
        standards = data.standards
        socGroups = data.socUnitGroups
        standardIndex = MatchIndex(documents: data.standards.map(Self.document))
        socIndex = MatchIndex(documents: data.socUnitGroups.map(Self.document))
        synonyms = data.jobTitleSynonyms.map { (PhraseTokenizer.tokens($0.everyday).map(\.stem), $0.occupational, $0.everyday) }
            .sorted { $0.words.count > $1.words.count }
        var byFirst: [String: [Int]] = [:]
        for (position, synonym) in synonyms.enumerated() { if let first = synonym.words.first { byFirst[first, default: []].append(position) } }
        synonymsByFirstWord = byFirst
        standardByID = Dictionary(uniqueKeysWithValues: data.standards.enumerated().map { ("ifate:" + $1.reference, $0) })
        socByID = Dictionary(uniqueKeysWithValues: data.socUnitGroups.enumerated().map { ("soc2020:" + $1.code, $0) })
        var keys: [String: TitleKeys] = [:]
        for standard in data.standards {
            keys["ifate:" + standard.reference] = TitleKeys(name: standard.title, jobTitles: [standard.title] + standard.typicalJobTitles)
        }
        for group in data.socUnitGroups {
            keys["soc2020:" + group.code] = TitleKeys(
                name: group.title, jobTitles: [group.title] + group.relatedJobTitles + group.aliases, listed: [group.title] + group.relatedJobTitles,
                plain: group.plainTitles ?? [])
        }
        titleKeys = keys
        exclusions = PhraseIndex(patterns: PhrasePattern.patterns(for: data.skills).filter(\.blocks))
        socJobTitles = Set(data.socUnitGroups.flatMap { keys["soc2020:" + $0.code]?.jobTitles ?? [] })
        var spaced: [String: String] = [:]
        let written = data.socUnitGroups.flatMap { [$0.title] + $0.relatedJobTitles + $0.aliases }
            + data.standards.flatMap { [$0.title] + $0.typicalJobTitles }
        for title in written {
            let words = Self.singularWords(title)
            if words.count >= 2, spaced[words.joined()] == nil { spaced[words.joined()] = title }
        }
        spacedTitles = spaced
        var votes: [String: [String: Int]] = [:]
        for standard in data.standards {
            for link in standard.soc { votes[link.code, default: [:]][standard.route, default: 0] += 1 }
        }
        socRoutes = votes.mapValues { counts in counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key }
    }

    static func document(_ standard: OccupationalStandard) -> MatchDocument {
        let body = ([standard.overview] + standard.duties.map(\.text) + standard.skills.map(\.text)).joined(separator: "\n")
        return MatchDocument(id: "ifate:" + standard.reference, title: standard.title, aliases: standard.typicalJobTitles, body: body)
    }

    static func document(_ group: SOCUnitGroup) -> MatchDocument {
        MatchDocument(
            id: "soc2020:" + group.code, title: group.title, aliases: group.relatedJobTitles + group.aliases,
            body: ([group.description] + group.tasks).joined(separator: "\n"))
    }

    // MARK: Matching

    /// True when the text reads as a career history rather than a job title.
    static func isHistory(_ text: String) -> Bool {
        PhraseTokenizer.tokens(text).count > 8 || text.contains(where: { ".;\n".contains($0) })
    }

    /// A text read once for matching against any scheme.
    struct Reading {
        /// Whether the text reads as a career history rather than a job title (`isHistory`).
        var isHistory: Bool
        /// A title: its expanded query. A history: each sentence's clauses (expanded, with the clause
        /// as written), then the whole text expanded (no clause).
        var queries: [(query: String, clause: String?)]
        /// The everyday words a title's expansion read (none for a history).
        var expanded: [(String, String)]
    }

    /// Reads a text for matching: decides title or history and builds the engine queries.
    func read(_ text: String) -> Reading {
        guard Self.isHistory(text) else {
            let (query, expanded) = expand(spacedTitle(text).map { text + " " + $0 } ?? text)
            return Reading(isHistory: false, queries: [(query, text)], expanded: expanded)
        }
        var queries: [(query: String, clause: String?)] = []
        var allBlocked: Set<String> = []
        for range in SkillExtractor.sentences(in: text) {
            let sentence = String(text[range])
            let blocked = blockedWords(sentence)
            allBlocked.formUnion(blocked)
            for clause in Self.clauses(sentence) {
                queries.append((expand(clause, blocked: blocked).query, clause))
            }
        }
        queries.append((expand(text, blocked: allBlocked).query, nil))
        return Reading(isHistory: true, queries: queries, expanded: [])
    }

    /// The job title a one-word title closes up (`spacedTitles`: "Coachbuilder" → "Coach builder"), or `nil`;
    /// it is searched beside the word as written, which may be a title of its own ("Boatbuilder").
    func spacedTitle(_ title: String) -> String? {
        let words = Self.singularWords(title)
        guard words.count == 1, let word = words.first else { return nil }
        return spacedTitles[word]
    }

    func match(_ text: String, scheme: OccupationScheme, top: Int, skillIDs: [String], skillLabels: [String]) -> [OccupationResult] {
        match(read(text), scheme: scheme, top: top, skillIDs: skillIDs, skillLabels: skillLabels)
    }

    func match(_ reading: Reading, scheme: OccupationScheme, top: Int, skillIDs: [String], skillLabels: [String]) -> [OccupationResult] {
        let index = scheme == .ifate ? standardIndex : socIndex
        if !reading.isHistory { return matchTitle(reading, scheme: scheme, top: top, index: index) }
        return matchHistory(reading, scheme: scheme, top: top, index: index, skillIDs: skillIDs, skillLabels: skillLabels)
    }

    /// Ranks a job title with the engine after expanding its everyday words.
    func matchTitle(_ title: String, scheme: OccupationScheme, top: Int, index: MatchIndex) -> [OccupationResult] {
        let (query, expanded) = expand(spacedTitle(title).map { title + " " + $0 } ?? title)
        return matchTitle(Reading(isHistory: false, queries: [(query, title)], expanded: expanded), scheme: scheme, top: top, index: index)
    }

    private func matchTitle(_ reading: Reading, scheme: OccupationScheme, top: Int, index: MatchIndex) -> [OccupationResult] {
        let expanded = reading.expanded
        let note = expanded.isEmpty ? "" : "; everyday wording read as " + expanded.map { "\"\($0.0)\" → \($0.1)" }.joined(separator: ", ")
        let title = reading.queries[0].clause ?? reading.queries[0].query
        var hits = index.search(reading.queries[0].query, top: max(top, Self.titleRerankDepth))
        if scheme == .ifate { hits = weighingThin(hits) }
        return Self.rankTitleHits(hits, title: title, penaliseSeniority: scheme == .soc2020) { self.titleKeys[$0] }.prefix(top).compactMap { ranked in
            let why = "title match: \(describe(ranked.hit, equal: ranked.equal))\(note)"
            return result(for: ranked.hit.id, scheme: scheme, score: (ranked.score * 10_000).rounded() / 10_000, why: why)
        }
    }

    private func matchHistory(
        _ reading: Reading, scheme: OccupationScheme, top: Int, index: MatchIndex, skillIDs: [String], skillLabels: [String]
    ) -> [OccupationResult] {
        var fused: [String: Double] = [:]
        var reasons: [String: (rank: Int, clause: String)] = [:]
        let depth = max(top * 4, 40)
        func add(_ hits: [MatchHit], weight: Double, clause: String?) {
            for (rank, hit) in hits.enumerated() {
                fused[hit.id, default: 0] += weight / (Self.fusionK + Double(rank + 1))
                if let clause, rank < (reasons[hit.id]?.rank ?? .max) { reasons[hit.id] = (rank, clause) }
            }
        }
        for (query, clause) in reading.queries {
            add(index.search(query, top: depth, explain: false), weight: 1.0, clause: clause)
        }
        if !skillLabels.isEmpty { add(index.search(skillLabels.joined(separator: ", "), top: depth, explain: false), weight: 0.5, clause: nil) }
        let held = Set(skillIDs)
        let ranked = fused.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(top)
        return ranked.compactMap { id, score in
            var parts: [String] = []
            if let best = reasons[id] { parts.append("clause \"\(best.clause)\" ranks it \(best.rank + 1)") }
            if let position = standardByID[id] {
                let shared = standards[position].skillIDs.filter(held.contains)
                if !shared.isEmpty { parts.append("shared skills: " + shared.prefix(6).joined(separator: ", ")) }
            }
            if parts.isEmpty { parts.append("the whole text matches its description") }
            return result(for: id, scheme: scheme, score: (score * 1000).rounded() / 1000, why: parts.joined(separator: "; "))
        }
    }

    // MARK: Job titles: the occupation's own name and seniority

    /// How many engine hits a title query re-ranks before the requested number is kept.
    static let titleRerankDepth = 20
    /// A title hit the query only resembles keeps this share of its score when the matched wording
    /// names a more senior job than the query does (a customer service advisor is not a manager).
    static let seniorityPenalty = 0.7

    /// An occupation's name and job titles as title re-ranking compares them.
    struct TitleKeys: Sendable {
        /// The words of its own name, singular.
        var nameWords: Set<String>
        /// Its name as written, for the seniority check.
        var name: String
        /// Each title and job title as joined singular words ("healthcareassistant").
        var jobTitles: Set<String>
        /// Those of `jobTitles` the occupation lists itself (a unit group's related job titles, not the coding index's
        /// titles): "Referee" is a sports official's related job title, and only a coding-index title of a doctor's group.
        var listed: Set<String>
        /// Those of `jobTitles` the coding index gives the unit group with no qualifier (`SOCUnitGroup.plainTitles`): "Sales
        /// adviser" is plainly a sales and retail assistant's, and a vehicle salesperson's only "(vehicles)".
        var plain: Set<String> = []

        /// `listed` nil: every job title is listed (a standard's typical job titles).
        init(name: String, jobTitles: [String], listed: [String]? = nil, plain: [String] = []) {
            self.name = name
            self.plain = Set(plain.map { OccupationMatcher.singularWords($0).joined() })
            nameWords = Set(OccupationMatcher.singularWords(name))
            self.jobTitles = Set(jobTitles.map { OccupationMatcher.singularWords($0).joined() })
            self.listed = listed.map { Set($0.map { OccupationMatcher.singularWords($0).joined() }) } ?? self.jobTitles
        }
    }

    /// Orders a title query's hits. Among hits that equal one of an occupation's job titles (the SOC
    /// coding index gives "Joiner" to carpenters and to textile trades alike), the occupation whose own
    /// name has the same words as the query comes first ("Butchers", "Teaching assistants"), then those
    /// whose names hold more of the query's words ("Carpenters and joiners"). A hit the query only
    /// resembles whose wording or name is a more senior post ("Customer service managers" for a customer
    /// service advisor) loses `seniorityPenalty` of its score. Of equal hits scoring the same, one listing the title among
    /// its own job titles (`TitleKeys.listed`) comes before one given it only by the coding index. Standards are not demoted here: whether the
    /// learner holds a senior post is for their whole text to say (a chef who was head chef).
    static func rankTitleHits(
        _ hits: [MatchHit], title: String, penaliseSeniority: Bool = true, keys: (String) -> TitleKeys?
    ) -> [(hit: MatchHit, score: Double, equal: Bool)] {
        let queryWords = Self.singularWords(title)
        guard !queryWords.isEmpty else { return hits.map { ($0, $0.score, false) } }
        let querySenior = OccupationSeniority.isSenior(title)
        let best = hits.first?.score ?? 0
        let written = queryWords.joined()
        let queryWordSet = Set(queryWords)
        let ranked = hits.enumerated().map { offset, hit -> (hit: MatchHit, score: Double, equal: Bool, tier: Int, plain: Int, listed: Int, offset: Int) in
            let names = keys(hit.id)
            let name = names?.nameWords ?? []
            // Equal to one of its job titles as written, word for word (singular): the engine's own form
            // match is on the query with its everyday expansion, and a stem would make an office an officer.
            let equal = names?.jobTitles.contains(written) ?? false
            var tier = 0, plain = 0
            var score = hit.score
            // The engine's own form matches (a title without everyday expansion) are re-ranked among
            // themselves; a hit equal only to the title as written must also score near the best.
            if equal, hit.explanation.formMatch != nil || hit.score >= Self.equalTitleShare * best {
                tier = name == queryWordSet ? Self.sameNameTier : queryWords.filter(name.contains).count
                // Of these in the same tier, the one the coding index gives the title with no qualifier comes first: said
                // with no word of the industry, "Sales adviser" is a sales assistant's title, not "(vehicles)".
                plain = names?.plain.contains(written) ?? false ? 1 : 0
            } else if penaliseSeniority, !querySenior, OccupationSeniority.isSenior((hit.explanation.matchedForm ?? "") + " " + (names?.name ?? "")) {
                score *= seniorityPenalty
            }
            // Of hits scoring the same, one that lists the title (or the job title the query resembles: "Referee" for "FA
            // referee") among its own job titles comes first.
            let form = equal ? written : hit.explanation.matchedForm.map { Self.singularWords($0).joined() }
            let listed = form.map { names?.listed.contains($0) ?? false } ?? false ? 1 : 0
            return (hit, score, equal, tier, plain, listed, offset)
        }
        return ranked.sorted { ($0.tier, $0.plain, $0.score, $0.listed, -$0.offset) > ($1.tier, $1.plain, $1.score, $1.listed, -$1.offset) }
            .map { ($0.hit, $0.score, $0.equal) }
    }

    /// The share of its score a thin standard's title hit keeps (`StandardBasis.retired2023Overview`):
    /// its job-title list is loose and its skills inferred, so a standard with statements that the title
    /// fits as well comes first ("cashier" is a retailer's job title too, but not first a retailer's).
    static let thinTitleWeight = 0.9

    /// `hits` with thin standards' scores weighed down (`thinTitleWeight`), best first.
    func weighingThin(_ hits: [MatchHit]) -> [MatchHit] {
        guard hits.contains(where: { standardByID[$0.id].map { standards[$0].isThin } ?? false }) else { return hits }
        let weighed = hits.enumerated().map { offset, hit -> (hit: MatchHit, offset: Int) in
            var hit = hit
            if let position = standardByID[hit.id], standards[position].isThin { hit.score *= Self.thinTitleWeight }
            return (hit, offset)
        }
        return weighed.sorted { ($0.hit.score, -$0.offset) > ($1.hit.score, -$1.offset) }.map(\.hit)
    }

    /// The tier of an occupation whose own name has the query's words, above any count of shared words.
    static let sameNameTier = 100
    /// The share of the best score a hit equal to the title as written (but not to the expanded query)
    /// needs to be re-ranked by its occupation's name.
    static let equalTitleShare = 0.85

    /// The lower-cased words of a title, each without a plural "s" ("Butchers" → butcher); compared
    /// joined, so "health care" and "healthcare", "picker-packer" and "picker packer" are equal.
    static func singularWords(_ text: String) -> [String] {
        if let words = ASCIIWords.singular(text, digits: true, apostrophes: true) { return words }
        return text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).map { piece in
            let word = String(piece)
            return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
        }
    }

    /// Splits a sentence into clauses at commas and "and then"-style joins.
    static func clauses(_ sentence: String) -> [String] {
        asciiClauses(sentence) ?? foundationClauses(sentence)
    }

    /// `clauses` through Foundation's case-insensitive replacement, for any text.
    static func foundationClauses(_ sentence: String) -> [String] {
        var text = sentence
        // In ASCII text a joiner is found case-insensitively exactly when its lower-case form is in the
        // lower-cased text; only then is Foundation's replacement needed (replacing one joiner never
        // makes another appear).
        let ascii = sentence.utf8.allSatisfy { $0 < 0x80 }
        let lowered = PhraseSearch(sentence.lowercased())
        for joiner in clauseJoiners {
            if ascii, !lowered.contains(joiner) { continue }
            text = text.replacingOccurrences(of: joiner, with: "\u{1F}", options: .caseInsensitive)
        }
        return text.split(separator: "\u{1F}").map { $0.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)) }
            .filter { PhraseTokenizer.tokens($0).count >= 2 }
    }

    /// The clause joiners, in the order `clauses` cuts at them.
    static let clauseJoiners = [" and then ", " then ", " before that ", " after that ", ", "]
    private static let asciiJoiners = clauseJoiners.map { Array($0.utf8) }

    /// `clauses` for all-ASCII text, read byte by byte: each joiner in turn (case aside) becomes a cut,
    /// left to right without overlaps as Foundation's replacement makes it, and each piece is trimmed of
    /// ASCII white space and punctuation (`CharacterSet.whitespacesAndNewlines` and
    /// `.punctuationCharacters` within ASCII); `nil` for any other text.
    static func asciiClauses(_ sentence: String) -> [String]? {
        var text = Array(sentence.utf8)
        guard text.allSatisfy({ $0 < 0x80 }) else { return nil }
        let cut: UInt8 = 0x1F
        var lowered = text.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
        for joiner in asciiJoiners where lowered.count >= joiner.count {
            var index = 0, found = false
            while index + joiner.count <= lowered.count {
                if lowered[index] == joiner[0], lowered[index..<(index + joiner.count)].elementsEqual(joiner) { found = true; break }
                index += 1
            }
            guard found else { continue }
            var newText: [UInt8] = [], newLowered: [UInt8] = []
            newText.reserveCapacity(text.count)
            newLowered.reserveCapacity(text.count)
            index = 0
            while index < lowered.count {
                if index + joiner.count <= lowered.count, lowered[index] == joiner[0],
                    lowered[index..<(index + joiner.count)].elementsEqual(joiner)
                {
                    newText.append(cut)
                    newLowered.append(cut)
                    index += joiner.count
                } else {
                    newText.append(text[index])
                    newLowered.append(lowered[index])
                    index += 1
                }
            }
            text = newText
            lowered = newLowered
        }
        return text.split(separator: cut).compactMap { piece -> String? in
            guard let first = piece.firstIndex(where: { !trimmedASCII($0) }), let last = piece.lastIndex(where: { !trimmedASCII($0) }) else {
                return ""
            }
            return String(decoding: piece[first...last], as: UTF8.self)
        }.filter { PhraseTokenizer.tokens($0).count >= 2 }
    }

    /// The ASCII bytes `CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)` holds:
    /// tab to carriage return, space, and ! " # % & ' ( ) * , - . / : ; ? @ [ \ ] _ { }.
    private static let trimmedASCIIBytes: [Bool] = (0..<128).map { byte in
        (9...13).contains(byte) || Array("  !\"#%&'()*,-./:;?@[\\]_{}".utf8).contains(UInt8(byte))
    }

    private static func trimmedASCII(_ byte: UInt8) -> Bool { trimmedASCIIBytes[Int(byte)] }

    /// The query with the everyday job-title table applied (compared by stem, so "carers" and
    /// "hairdressing" find "carer" and "hairdresser"), and what was expanded.
    func expand(_ text: String, blocked: Set<String> = []) -> (query: String, expanded: [(String, String)]) {
        let tokens = PhraseTokenizer.tokens(text)
        let words = tokens.map(\.stem)
        var additions: [(String, String)] = []
        var used = Array(repeating: false, count: words.count)
        // Only entries whose first word the text holds can match; they are tried in the table's order.
        let candidates = Set(words.flatMap { synonymsByFirstWord[$0] ?? [] }).sorted()
        for synonym in candidates.lazy.map({ self.synonyms[$0] }) where synonym.words.count <= words.count {
            for start in 0...(words.count - synonym.words.count)
            where words[start] == synonym.words[0] && !used[start..<(start + synonym.words.count)].contains(true) {
                if words[start..<(start + synonym.words.count)].elementsEqual(synonym.words),
                    !tokens[start..<(start + synonym.words.count)].allSatisfy({ blocked.contains($0.lower) }),
                    !insideLongerJobTitle(tokens, start: start, end: start + synonym.words.count)
                {
                    additions.append((synonym.everyday, synonym.expansion))
                    for position in start..<(start + synonym.words.count) { used[position] = true }
                }
            }
        }
        guard !additions.isEmpty else { return (text, []) }
        return (text + " " + additions.map(\.1).joined(separator: " "), additions)
    }

    /// Words joining two jobs in one title ("hairdressers and barbers").
    static let joiningWords: Set<String> = ["and", "or", "&"]

    /// The most words a job title holding an everyday table entry is looked for in (`insideLongerJobTitle`).
    static let longerTitleWords = 4

    /// Whether the words `tokens[start..<end]` (an everyday table entry, "nurse") lie inside a longer run
    /// of the text's words, within one clause, that is itself a SOC 2020 job title ("dental nurse",
    /// "veterinary nurse"): that job title names the job, and the table's wording for the shorter title
    /// (a registered nurse) would add another job's words to it.
    func insideLongerJobTitle(_ tokens: [TextToken], start: Int, end: Int) -> Bool {
        let span = end - start
        guard span < Self.longerTitleWords else { return false }
        for length in stride(from: Self.longerTitleWords, to: span, by: -1) {
            for first in stride(from: max(0, end - length), through: min(start, tokens.count - length), by: 1) {
                let run = tokens[first..<(first + length)]
                // No job title reads across a comma or full stop ("nursery, nurse"). A title joining jobs
                // ("hairdressers and barbers") names each of them, so the entry is that job after all.
                if run.dropFirst().contains(where: \.clauseBreak) || run.contains(where: { Self.joiningWords.contains($0.lower) }) { continue }
                if socJobTitles.contains(run.flatMap { Self.singularWords($0.lower) }.joined()) { return true }
            }
        }
        return false
    }

    /// The lower-cased words of `sentence` that an exclusion phrase of the vocabulary reads in another sense.
    func blockedWords(_ sentence: String) -> Set<String> {
        let tokens = PhraseTokenizer.tokens(sentence)
        return Set(exclusions.scan(tokens).flatMap { match in tokens[match.tokenRange].map(\.lower) })
    }

    /// The engine's explanation in words: the matched form and the terms that counted most.
    private func describe(_ hit: MatchHit, equal: Bool? = nil) -> String {
        let explanation = hit.explanation
        var parts: [String] = []
        if let form = explanation.matchedForm {
            let how = switch (explanation.formMatch, equal) {
            case (_, false?): "resembles"
            case (.exact, _): "equals"
            case (.normalized, _), (nil, true?): "has the same words as"
            case (nil, nil): "resembles"
            }
            parts.append("the query \(how) \"\(form)\"")
        }
        let terms = explanation.terms.prefix(4).map(\.term)
        if !terms.isEmpty { parts.append("terms " + terms.joined(separator: ", ")) }
        if !explanation.corrections.isEmpty {
            parts.append("read " + explanation.corrections.sorted { $0.key < $1.key }.map { "\($0.key) as \($0.value)" }.joined(separator: ", "))
        }
        return parts.isEmpty ? "description match" : parts.joined(separator: "; ")
    }

    private func result(for id: String, scheme: OccupationScheme, score: Double, why: String) -> OccupationResult? {
        switch scheme {
        case .ifate:
            guard let position = standardByID[id] else { return nil }
            let standard = standards[position]
            return OccupationResult(
                id: id, scheme: .ifate, code: standard.reference, title: standard.title, route: standard.route, level: standard.level,
                score: score, why: why)
        case .soc2020:
            guard let position = socByID[id] else { return nil }
            let group = socGroups[position]
            return OccupationResult(
                id: id, scheme: .soc2020, code: group.code, title: group.title, route: socRoutes[group.code], level: nil, score: score, why: why)
        }
    }
}
