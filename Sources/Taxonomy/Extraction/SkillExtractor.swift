import Foundation
import Matching

// MARK: - Skill extraction

/// Finds the vocabulary's skills in free text: stemmed phrase matching with spans first, the
/// matching engine's sentence ranking as a cautious fallback, and negated mentions set apart.
struct SkillExtractor: Sendable {
    /// Texts longer than this many characters are cut (and the cut reported).
    static let maxCharacters = 20_000

    let skills: [Skill]
    let phrases: PhraseIndex
    let engine: MatchIndex
    let analyzer = TextAnalyzer()

    init(skills: [Skill]) {
        self.skills = skills
        phrases = PhraseIndex(patterns: skills.enumerated().flatMap { offset, skill in
            skill.forms.compactMap { PhrasePattern(skillIndex: offset, form: $0) }
        })
        engine = MatchIndex(documents: skills.map { skill in
            MatchDocument(id: skill.id, title: skill.label, aliases: skill.employerAliases + skill.providerAliases, body: "")
        })
    }

    func extract(_ input: String) -> ExtractionResult {
        let text = input.count > Self.maxCharacters ? String(input.prefix(Self.maxCharacters)) : input
        let truncatedAt = input.count > Self.maxCharacters ? Self.maxCharacters : nil
        let tokens = PhraseTokenizer.tokens(text)
        var found: [ExtractedSkill] = []
        let sentences = Self.sentences(in: text)
        for match in phrases.matches(in: tokens) {
            let skill = skills[match.pattern.skillIndex]
            let first = tokens[match.tokenRange.lowerBound], last = tokens[match.tokenRange.upperBound - 1]
            let range = first.range.lowerBound..<last.range.upperBound
            let written = String(text[range])
            let exact = written.lowercased() == match.pattern.form.lowercased()
            let negation = Self.negation(before: match.tokenRange.lowerBound, in: tokens, text: text)
            let how = exact ? "says \"\(written)\"" : "says \"\(written)\" (a form of \"\(match.pattern.form)\")"
            var reason = match.pattern.form == skill.label ? "the text \(how)" : "the text \(how), an alias of \(skill.label)"
            if let negation { reason += "; negated by \"\(negation)\"" }
            found.append(ExtractedSkill(
                skillID: skill.id, label: skill.label, kind: skill.kind,
                start: text.distance(from: text.startIndex, to: range.lowerBound), end: text.distance(from: text.startIndex, to: range.upperBound),
                text: written, alias: match.pattern.form, method: exact ? .exact : .stemmed,
                confidence: exact ? 0.95 : 0.85, reason: reason, negated: negation != nil))
        }
        var matchedIDs = Set(found.map(\.skillID))
        for sentence in sentences {
            if let fallback = engineMatch(in: text, sentence: sentence, excluding: matchedIDs) {
                found.append(fallback)
                matchedIDs.insert(fallback.skillID)
            }
        }
        found.sort { $0.start < $1.start }
        let held = found.filter { !$0.negated }
        return ExtractionResult(
            outcome: held.isEmpty ? .noSkillFound : .skillsFound, skills: held, negated: found.filter(\.negated), truncatedAt: truncatedAt)
    }

    // MARK: Engine fallback

    /// The engine's best skill for a sentence, kept only when the sentence holds every word of one of
    /// the skill's forms (in any order), or at least two thirds of a longer form's words and at least
    /// three of them, so a vague sentence finds nothing: "ten years as a care assistant" shares
    /// "years" and "care" with "early years care" but is not childcare.
    private func engineMatch(in text: String, sentence: Range<String.Index>, excluding: Set<String>) -> ExtractedSkill? {
        var sentence = sentence
        while sentence.lowerBound < sentence.upperBound, text[sentence.lowerBound].isWhitespace {
            sentence = text.index(after: sentence.lowerBound)..<sentence.upperBound
        }
        while sentence.lowerBound < sentence.upperBound, text[text.index(before: sentence.upperBound)].isWhitespace {
            sentence = sentence.lowerBound..<text.index(before: sentence.upperBound)
        }
        let words = String(text[sentence])
        let sentenceTerms = Set(analyzer.terms(words))
        guard sentenceTerms.count >= 2 else { return nil }
        for hit in engine.search(words, top: 3) where !excluding.contains(hit.id) {
            guard let skill = skills.first(where: { $0.id == hit.id }) else { continue }
            var best: (form: String, share: Double)?
            for form in skill.forms {
                let terms = Set(analyzer.terms(form))
                guard terms.count >= 2 else { continue }
                let shared = terms.intersection(sentenceTerms).count
                let share = Double(shared) / Double(terms.count)
                guard shared == terms.count || (share >= 2.0 / 3.0 && shared >= 3) else { continue }
                if share > best?.share ?? 0 { best = (form, share) }
            }
            guard let best else { continue }
            return ExtractedSkill(
                skillID: skill.id, label: skill.label, kind: skill.kind,
                start: text.distance(from: text.startIndex, to: sentence.lowerBound), end: text.distance(from: text.startIndex, to: sentence.upperBound),
                text: words, alias: best.form, method: .engine, confidence: ((0.35 + 0.3 * best.share) * 100).rounded() / 100,
                reason: "the sentence shares \(Int((best.share * 100).rounded()))% of the words of \"\(best.form)\" and the matching engine ranks \(skill.label) first",
                negated: false)
        }
        return nil
    }

    // MARK: Sentences and negation

    /// Sentence ranges: split at . ! ? ; and line breaks.
    static func sentences(in text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let ends = ".!?;\n".contains(character) && (next == text.endIndex || text[next].isWhitespace || character == "\n" || character == ";")
            if ends {
                if start < index { result.append(start..<index) }
                start = next
            }
            index = next
        }
        if start < text.endIndex { result.append(start..<text.endIndex) }
        return result
    }

    /// Words that negate what follows them in a clause.
    static let negators: Set<String> = ["no", "not", "never", "without", "lack", "lacks", "lacking", "none", "nor", "neither", "unable", "cannot"]
    /// Words that end a negation's reach.
    static let clauseBreakers: Set<String> = ["but", "however", "although", "though", "yet", "whereas", "while", "except"]

    /// The negating word within six words before a mention, in the same clause, if any. Commas do not
    /// end the clause, so every item of "no experience of welding, painting or plastering" is negated.
    static func negation(before position: Int, in tokens: [TextToken], text: String) -> String? {
        var index = position - 1
        var steps = 0
        while index >= 0, steps < 6 {
            let gap = text[tokens[index].range.upperBound..<tokens[index + 1].range.lowerBound]
            if gap.contains(where: { ".!?;:\n".contains($0) }) { break }
            let word = tokens[index].lower
            if clauseBreakers.contains(word) { break }
            if negators.contains(word) || word.hasSuffix("n't") { return String(tokens[index].original) }
            index -= 1
            steps += 1
        }
        return nil
    }
}
