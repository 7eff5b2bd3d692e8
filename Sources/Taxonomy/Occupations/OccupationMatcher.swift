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
    private let standardByID: [String: Int]
    private let socByID: [String: Int]

    /// Reciprocal-rank fusion constant.
    static let fusionK = 60.0

    init(data: TaxonomyData) {
        standards = data.standards
        socGroups = data.socUnitGroups
        standardIndex = MatchIndex(documents: data.standards.map(Self.document))
        socIndex = MatchIndex(documents: data.socUnitGroups.map(Self.document))
        synonyms = data.jobTitleSynonyms.map { (PhraseTokenizer.tokens($0.everyday).map(\.stem), $0.occupational, $0.everyday) }
            .sorted { $0.words.count > $1.words.count }
        standardByID = Dictionary(uniqueKeysWithValues: data.standards.enumerated().map { ("ifate:" + $1.reference, $0) })
        socByID = Dictionary(uniqueKeysWithValues: data.socUnitGroups.enumerated().map { ("soc2020:" + $1.code, $0) })
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
            let (query, expanded) = expand(text)
            return Reading(isHistory: false, queries: [(query, nil)], expanded: expanded)
        }
        var queries: [(query: String, clause: String?)] = []
        for range in SkillExtractor.sentences(in: text) {
            for clause in Self.clauses(String(text[range])) {
                queries.append((expand(clause).query, clause))
            }
        }
        queries.append((expand(text).query, nil))
        return Reading(isHistory: true, queries: queries, expanded: [])
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
        let (query, expanded) = expand(title)
        return matchTitle(Reading(isHistory: false, queries: [(query, nil)], expanded: expanded), scheme: scheme, top: top, index: index)
    }

    private func matchTitle(_ reading: Reading, scheme: OccupationScheme, top: Int, index: MatchIndex) -> [OccupationResult] {
        let expanded = reading.expanded
        let note = expanded.isEmpty ? "" : "; everyday wording read as " + expanded.map { "\"\($0.0)\" → \($0.1)" }.joined(separator: ", ")
        return index.search(reading.queries[0].query, top: top).compactMap { hit in
            result(for: hit.id, scheme: scheme, score: (hit.score * 10_000).rounded() / 10_000, why: "title match: \(describe(hit))\(note)")
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
            add(index.search(query, top: depth), weight: 1.0, clause: clause)
        }
        if !skillLabels.isEmpty { add(index.search(skillLabels.joined(separator: ", "), top: depth), weight: 0.5, clause: nil) }
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

    /// Splits a sentence into clauses at commas and "and then"-style joins.
    static func clauses(_ sentence: String) -> [String] {
        var text = sentence
        // In ASCII text a joiner is found case-insensitively exactly when its lower-case form is in the
        // lower-cased text; only then is Foundation's replacement needed (replacing one joiner never
        // makes another appear).
        let ascii = sentence.utf8.allSatisfy { $0 < 0x80 }
        let lowered = PhraseSearch(sentence.lowercased())
        for joiner in [" and then ", " then ", " before that ", " after that ", ", "] {
            if ascii, !lowered.contains(joiner) { continue }
            text = text.replacingOccurrences(of: joiner, with: "\u{1F}", options: .caseInsensitive)
        }
        return text.split(separator: "\u{1F}").map { $0.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)) }
            .filter { PhraseTokenizer.tokens($0).count >= 2 }
    }

    /// The query with the everyday job-title table applied (compared by stem, so "carers" and
    /// "hairdressing" find "carer" and "hairdresser"), and what was expanded.
    func expand(_ text: String) -> (query: String, expanded: [(String, String)]) {
        let words = PhraseTokenizer.tokens(text).map(\.stem)
        var additions: [(String, String)] = []
        var used = Array(repeating: false, count: words.count)
        for synonym in synonyms where synonym.words.count <= words.count {
            for start in 0...(words.count - synonym.words.count) where !used[start..<(start + synonym.words.count)].contains(true) {
                if Array(words[start..<(start + synonym.words.count)]) == synonym.words {
                    additions.append((synonym.everyday, synonym.expansion))
                    for position in start..<(start + synonym.words.count) { used[position] = true }
                }
            }
        }
        guard !additions.isEmpty else { return (text, []) }
        return (text + " " + additions.map(\.1).joined(separator: " "), additions)
    }

    /// The engine's explanation in words: the matched form and the terms that counted most.
    private func describe(_ hit: MatchHit) -> String {
        let explanation = hit.explanation
        var parts: [String] = []
        if let form = explanation.matchedForm {
            let how = switch explanation.formMatch {
            case .exact: "equals"
            case .normalized: "has the same words as"
            case nil: "resembles"
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
