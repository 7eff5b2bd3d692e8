import Matching
// MARK: - Phrase patterns

/// One word of a phrase pattern.
struct PatternToken: Sendable, Hashable {
    /// The stem, or the lower-cased word for abbreviations and words with digits (never stemmed).
    var key: String
    /// True when `key` is compared with the text's lower-cased word rather than its stem.
    var exact: Bool
    /// The word as the vocabulary wrote it (compared when the phrase is case-sensitive).
    var original: String
    /// True when the word matches itself (or its plural) rather than its stem.
    var wholeWord: Bool
    /// An abbreviation that is also an everyday word ("NICE", "IT", "SAP"): matched only in capitals.
    var capitalsOnly: Bool
    /// True when the form itself has clause punctuation before this word ("equality, diversity and
    /// inclusion", "Node.js"); otherwise a text word after such punctuation does not continue the phrase
    /// (an exclusion phrase still does: "residential, nursing and home care" is no nursing care).
    var breakBefore = false

    /// Abbreviations whose lower-case form is an everyday English word.
    static let everydayWords: Set<String> = [
        "it", "nice", "send", "sen", "sage", "cam", "sap", "wan", "pat", "ms", "us", "or", "am", "pa", "ta", "bus", "cap", "aed", "eye", "mi", "pc",
    ]

    init(_ word: Substring) {
        original = String(word)
        let lower = word.lowercased()
        let letters = word.filter(\.isLetter)
        let isAbbreviation = letters.count >= 2 && letters.allSatisfy(\.isUppercase)
        exact = isAbbreviation || word.contains(where: \.isNumber)
        let stem = TermStemmer.stem(lower)
        // A stem much shorter than the word means a derivational suffix ("accountancy" → "account"):
        // such words match themselves and their plural only, never every word sharing the stem.
        wholeWord = !exact && lower.count - stem.count > 3
        key = exact || wholeWord ? lower : stem
        capitalsOnly = isAbbreviation && Self.everydayWords.contains(lower)
    }

    func matches(_ token: TextToken, caseSensitive: Bool) -> Bool {
        if caseSensitive || capitalsOnly { return token.original == original }
        if wholeWord { return token.lower == key || token.lower == key + "s" }
        return exact ? token.lower == key : token.stem == key
    }
}

/// A vocabulary form (label or alias) of one skill as a sequence of pattern words.
struct PhrasePattern: Sendable {
    var skillIndex: Int
    /// The form as written in the vocabulary (without the `=` marker).
    var form: String
    var tokens: [PatternToken]
    /// Matches only in the vocabulary's own capitalisation (forms written `=Excel`).
    var caseSensitive: Bool
    /// An exclusion phrase (written `!custom made`): the words it matches are read as no skill.
    var blocks = false
    /// For a contextual exclusion (written `!chippy ~ fish chips frying`), the stems of the words after
    /// `~`: the exclusion holds only in a sentence with one of them (a chippy frying fish is a chip
    /// shop, not a carpenter). Empty for an exclusion that always holds, and for forms.
    var context: Set<String> = []

    /// The key two forms share when they say the same thing after stemming.
    var normalizedKey: String { tokens.map(\.key).joined(separator: " ") }

    init?(skillIndex: Int, form written: String) {
        // "phrase ~ context words": the words after "~" are the exclusion's context.
        let halves = written.split(separator: "~", maxSplits: 1, omittingEmptySubsequences: false)
        let rawForm = halves.count == 2 ? String(halves[0].drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) : written
        if halves.count == 2 {
            context = Set(PhraseTokenizer.tokens(String(halves[1])).map(\.stem))
            guard !context.isEmpty else { return nil }
        }
        let caseSensitive = rawForm.hasPrefix("=")
        let form = caseSensitive ? String(rawForm.dropFirst()) : rawForm
        let words = PhraseTokenizer.tokens(form).map { token in
            var word = PatternToken(token.original)
            word.breakBefore = token.clauseBreak
            return word
        }
        guard !words.isEmpty else { return nil }
        self.skillIndex = skillIndex
        self.form = form
        self.tokens = words
        self.caseSensitive = caseSensitive
    }

    /// Every form of every skill, and each skill's exclusion phrases as blocking patterns.
    static func patterns(for skills: [Skill]) -> [PhrasePattern] {
        skills.enumerated().flatMap { offset, skill in
            skill.forms.compactMap { PhrasePattern(skillIndex: offset, form: $0) }
                + skill.exclusions.compactMap { phrase in
                    PhrasePattern(skillIndex: offset, form: phrase).map { var pattern = $0; pattern.blocks = true; return pattern }
                }
        }
    }
}

/// Where a pattern matched: token positions in the text.
struct PhraseMatch: Sendable {
    var pattern: PhrasePattern
    var tokenRange: Range<Int>
}

/// Finds vocabulary forms in tokenised text, longest match first, without overlaps.
///
/// An exclusion phrase matches like any form, and wins a tie with a form of the same length, but
/// is not reported: the words it covers are read as no skill, so "custom made devices" (an
/// exclusion of Customs and border) never reaches the one-word form "customs".
///
/// Two words with one stem are not always one word: "customers" and "customs" both stem to
/// "custom". When a text word is itself a vocabulary word (compared in the singular) that only
/// other skills use, it stands for those skills, so a different word of the pattern does not
/// match it by stem: "customers" finds Customer service, never Customs and border.
struct PhraseIndex: Sendable {
    private var byFirstKey: [String: [PhrasePattern]] = [:]
    /// Each vocabulary word (singular, lower-cased) and the skills whose forms use it.
    private var owners: [String: Set<Int>] = [:]

    init(patterns: [PhrasePattern]) {
        for pattern in patterns {
            byFirstKey[pattern.tokens[0].key, default: []].append(pattern)
            for token in pattern.tokens where !token.exact && !pattern.blocks {
                owners[Self.singular(token.original.lowercased()), default: []].insert(pattern.skillIndex)
            }
        }
        for key in byFirstKey.keys {
            byFirstKey[key]?.sort { ($0.tokens.count, $0.blocks ? 1 : 0) > ($1.tokens.count, $1.blocks ? 1 : 0) }
        }
    }

    /// Non-overlapping matches, scanning left to right and preferring the longest pattern; words an
    /// exclusion phrase covers are skipped and reported as nothing.
    func matches(in tokens: [TextToken]) -> [PhraseMatch] {
        scan(tokens).filter { !$0.pattern.blocks }
    }

    /// The matches with the exclusion phrases' own matches among them (`pattern.blocks`), so a
    /// caller can also treat the words they cover as read.
    func scan(_ tokens: [TextToken]) -> [PhraseMatch] {
        var result: [PhraseMatch] = []
        var position = 0
        while position < tokens.count {
            if let found = longest(at: position, in: tokens) {
                result.append(found)
                position = found.tokenRange.upperBound
            } else {
                position += 1
            }
        }
        return result
    }

    private func longest(at position: Int, in tokens: [TextToken]) -> PhraseMatch? {
        let token = tokens[position]
        var candidates = byFirstKey[token.stem] ?? []
        if token.lower != token.stem { candidates += byFirstKey[token.lower] ?? [] }
        if token.lower.hasSuffix("s"), String(token.lower.dropLast()) != token.stem { candidates += byFirstKey[String(token.lower.dropLast())] ?? [] }
        var best: PhraseMatch?
        for pattern in candidates where position + pattern.tokens.count <= tokens.count {
            // A longer pattern wins; of two the same length the first found, unless the later one is an exclusion.
            if let current = best, current.tokenRange.count > pattern.tokens.count
                || (current.tokenRange.count == pattern.tokens.count && (current.pattern.blocks || !pattern.blocks)) { continue }
            let matched = pattern.tokens.indices.allSatisfy { offset in
                let word = pattern.tokens[offset], token = tokens[position + offset]
                return word.matches(token, caseSensitive: pattern.caseSensitive) && !isOtherWord(token, for: word, skill: pattern.skillIndex)
                    && (offset == 0 || !token.clauseBreak || word.breakBefore || pattern.blocks)
            }
            if matched, !pattern.context.isEmpty, !Self.sentence(of: position, in: tokens, contains: pattern.context) { continue }
            if matched { best = PhraseMatch(pattern: pattern, tokenRange: position..<(position + pattern.tokens.count)) }
        }
        return best
    }

    // MARK: Contextual exclusions

    /// Whether the sentence holding token `position` has a word whose stem is in `context`.
    static func sentence(of position: Int, in tokens: [TextToken], contains context: Set<String>) -> Bool {
        var start = position
        while start > 0, !tokens[start].sentenceStart { start -= 1 }
        var end = position + 1
        while end < tokens.count, !tokens[end].sentenceStart { end += 1 }
        return tokens[start..<end].contains { context.contains($0.stem) || context.contains($0.lower) }
    }

    // MARK: Distinct words sharing a stem

    /// True when the text word is a different vocabulary word from the pattern word, used only by
    /// other skills' forms ("customers" for the "customs" of Customs and border).
    private func isOtherWord(_ token: TextToken, for word: PatternToken, skill: Int) -> Bool {
        guard !word.exact else { return false }
        let written = Self.singular(token.lower)
        guard written != Self.singular(word.original.lowercased()), let users = owners[written] else { return false }
        return !users.contains(skill)
    }

    /// The word without a plural ending: "customers" → "customer", "bodies" → "body"; words ending
    /// in -ss, -us or -is are kept.
    static func singular(_ word: String) -> String {
        if word.hasSuffix("'s") { return String(word.dropLast(2)) }
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") { return String(word.dropLast()) }
        return word
    }
}
