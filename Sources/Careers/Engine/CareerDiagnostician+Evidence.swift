import Domain
import Foundation
import Matching
import Taxonomy

// MARK: - Quoting the profile

/// The diagnostic quotes the learner's own words only where those words evidence a skill or an
/// occupation ("forklift", "stock control", "warehouse operative"), never the sentence around them,
/// so a name, address, phone number or employer in the profile never reaches the JSON, the HTML
/// report or a saved report.
extension CareerDiagnostician {
    /// Most phrases an occupation's explanation quotes.
    static let maxQuotedPhrases = 6

    /// The runs of `text`'s words whose stems are among the stems of `vocabulary` (stop words
    /// excluded), in text order, each once, each as the learner wrote it.
    static func matchedPhrases(in text: String, vocabulary: [String]) -> [String] {
        let analyzer = TextAnalyzer()
        let wanted = Set(vocabulary.flatMap { analyzer.terms($0) })
        guard !wanted.isEmpty else { return [] }
        return matchedPhrases(in: text, tokens: analyzer.tokens(text), wanted: wanted)
    }

    /// The same, for a text already analysed (`tokens` are `TextAnalyzer().tokens(text)`) against
    /// stems worked out once (`wanted`, e.g. an occupation's title stems held by the engine).
    static func matchedPhrases(in text: String, tokens: [AnalyzedToken], wanted: Set<String>) -> [String] {
        guard !wanted.isEmpty else { return [] }
        var phrases: [String] = []
        var run: [String] = []
        func flush() {
            defer { run = [] }
            guard !run.isEmpty else { return }
            let phrase = run.joined(separator: " ")
            if !phrases.contains(where: { $0.lowercased() == phrase.lowercased() }) { phrases.append(phrase) }
        }
        for token in tokens {
            if !token.isStopWord, wanted.contains(token.term), token.normalized.contains(where: \.isLetter) {
                run.append(String(text[token.range]))
            } else {
                flush()
            }
        }
        flush()
        return phrases
    }

    /// The words a skill mention quotes: the mention itself for a phrase match, and only the words
    /// of the matched form for an engine match (which otherwise spans the whole sentence).
    static func evidenceWords(_ skill: ExtractedSkill) -> String? {
        guard skill.method == .engine else { return skill.text }
        let phrases = matchedPhrases(in: skill.text, vocabulary: [skill.alias, skill.label])
        return phrases.isEmpty ? nil : phrases.joined(separator: " … ")
    }

    /// Why an occupation was guessed, quoting only the profile words that name it and the held
    /// skills it shares, never the clause they came from.
    ///
    /// `queryTokens` are `TextAnalyzer().tokens(query)`, analysed once for all the guesses; the
    /// occupations' title stems were worked out when the engine was built (`OccupationTitleStems`).
    func occupationWhy(scheme: OccupationScheme, code: String, query: String, queryTokens: [AnalyzedToken], fromTitle: Bool, held: [Bool]) -> String {
        var wanted: Set<String> = []
        var shared: [String] = []
        if scheme == .ifate, let position = model.targetPosition[code] {
            wanted = titleStems.standards[position]
            shared = model.targets[position].skills.filter { held[$0.skill] }.prefix(4).map { model.skills[$0.skill].label }
        } else if scheme == .soc2020, let stems = titleStems.socGroups[code] {
            wanted = stems
        }
        var parts: [String] = []
        let words = Self.matchedPhrases(in: query, tokens: queryTokens, wanted: wanted).prefix(Self.maxQuotedPhrases)
        if !words.isEmpty {
            let quoted = words.map { "\"\($0)\"" }.joined(separator: ", ")
            parts.append((fromTitle ? "your job title's words " : "your words ") + quoted + " match its title or job titles")
        }
        if !shared.isEmpty { parts.append("shared skills: " + shared.joined(separator: ", ")) }
        if parts.isEmpty {
            parts.append(fromTitle ? "your job title matches its description" : "your text matches its description")
        }
        return parts.joined(separator: "; ")
    }
}

// MARK: - Occupation title stems

/// The stems of every occupation's title and job titles, worked out once when the engine is built:
/// what an occupation guess's explanation looks for among the profile's words.
struct OccupationTitleStems: Sendable {
    /// By target position (`OccupationSkillModel.targets`): the standard's title and typical job titles.
    let standards: [Set<String>]
    /// By SOC 2020 unit group code: the group's title, related job titles and aliases.
    let socGroups: [String: Set<String>]

    init(model: OccupationSkillModel, taxonomy: SkillsTaxonomy) {
        let analyzer = TextAnalyzer()
        standards = model.targets.map { target in
            Set(([target.standard.title] + target.standard.typicalJobTitles).flatMap { analyzer.terms($0) })
        }
        var groups: [String: Set<String>] = [:]
        for group in taxonomy.data.socUnitGroups where groups[group.code] == nil {
            groups[group.code] = Set(([group.title] + group.relatedJobTitles + group.aliases).flatMap { analyzer.terms($0) })
        }
        socGroups = groups
    }
}
