import Foundation
import Matching
import Taxonomy

// MARK: - The level of the course a learner is on

extension CareerDiagnostician {
    /// Words just before "level N" that say the learner is on that course now ("doing level 2 hospitality",
    /// "studying a level 3 diploma", "I'm on a level 2 course"), not that they want it or hold it.
    static let studyingWords: Set<String> = ["doing", "studying", "taking", "started", "starting", "enrolled", "on"]

    /// The highest level of a course the learner's text says they are on now ("doing level 2 hospitality at
    /// college 1 day a week" → 2), or nil: a course below it is a step back for them (`isStepBack`). A level
    /// they want ("want to do level 3"), never did or hold is not read.
    static func studiedLevel(_ text: String) -> Int? {
        let words = LowercasedWords.words(text, digits: true)
        var found: Int?
        for (offset, word) in words.enumerated() where word == "level" && offset + 1 < words.count {
            guard let level = Int(words[offset + 1]), (1...8).contains(level) else { continue }
            // "doing level 2", "doing a level 2", "on my level 3": the studying word is one or two words before.
            let before = words[max(0, offset - 2)..<offset]
            guard let verb = before.lastIndex(where: studyingWords.contains) else { continue }
            let between = words[(verb + 1)..<offset]
            guard between.allSatisfy({ ["a", "my", "the", "an"].contains($0) }) else { continue }
            // "on" is a study word only as "on a/my level …" (not "on level 2 of the car park").
            if words[verb] == "on" && between.isEmpty { continue }
            // "not doing level 2", "stopped doing", "want to start": not a course they are on.
            if verb > 0, ["not", "stopped", "quit", "to", "never"].contains(words[verb - 1]) { continue }
            found = max(found ?? 0, level)
        }
        return found
    }

    /// Whether a course at `course` level is a step back for the learner: below the level of the course they are on
    /// (`studied`: a level 1 cookery diploma for a student on a level 2 hospitality course), or a level 1 (or entry)
    /// course for an adult working at level 2 or above (`working`) who does not ask for basic skills or English
    /// (`basics`): a level 1 multi-trade diploma is a school leaver's taster, not a smart meter installer's way
    /// into construction. A course whose title names the occupation is not judged here.
    static func isStepBack(course: Int?, studied: Int?, working: Int?, basics: Bool) -> Bool {
        guard let course else { return false }
        if let studied, course < studied { return true }
        if !basics, let working, working >= 2, course <= 1 { return true }
        return false
    }
}

// MARK: - The level a learner says they hold

extension CareerDiagnostician {
    /// Words that, before a level in the same sentence, make it one the learner wants, is working towards or lacks, not one
    /// they hold ("I'd like to do level 3", "doing A levels", "no degree").
    static let notHeldLevelWords: Set<String> = [
        "want", "wants", "wanted", "like", "would", "could", "need", "needs", "hoping", "hope", "planning", "plan", "going", "thinking",
        "considering", "start", "starting", "doing", "studying", "taking", "apply", "applying", "get", "getting", "towards", "no", "not",
        "without", "never", "dont", "didnt", "cant", "haven't", "havent", "don't", "didn't", "if", "or", "maybe", "should", "will",
    ]

    /// The highest qualification level the learner's text says they hold, with the words that say it as written ("WSET level
    /// 3", "degree"), or nil: "level N" (or "NVQ N"), A levels (3), a foundation degree (5), a degree or BA/BSc (6), a master's
    /// (7). A level in a question ("would a level 4 apprenticeship take someone my age?") or after words of wanting, studying or
    /// lacking in its sentence (`notHeldLevelWords`) is not held. For judging a free place that is for those without a level
    /// (`CostWording.judged`).
    static func heldLevel(_ text: String) -> (level: Int, words: String)? {
        var best: (level: Int, words: String)?
        func consider(_ level: Int, _ words: String) {
            if best == nil || level > best!.level { best = (level, words) }
        }
        var sentence = ""
        var sentences: [(text: String, question: Bool)] = []
        for character in text {
            if ".!?\n;".contains(character) {
                if !sentence.trimmingCharacters(in: .whitespaces).isEmpty { sentences.append((sentence, character == "?")) }
                sentence = ""
            } else {
                sentence.append(character)
            }
        }
        if !sentence.trimmingCharacters(in: .whitespaces).isEmpty { sentences.append((sentence, false)) }
        for (written, question) in sentences where !question {
            let original = written.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).map(String.init)
            let words = original.map { $0.lowercased() }
            for (index, word) in words.enumerated() {
                guard !words[..<index].contains(where: notHeldLevelWords.contains) else { break }
                let next = index + 1 < words.count ? words[index + 1] : ""
                let afterNext = index + 2 < words.count ? words[index + 2] : ""
                let before = index > 0 && words[index - 1].allSatisfy(\.isLetter) && !["a", "my", "the", "and", "an", "with", "in", "at"].contains(words[index - 1])
                    ? original[index - 1] + " " : ""
                if ["level", "lvl", "nvq"].contains(word) {
                    let number = word == "nvq" && next == "level" ? afterNext : next
                    if let level = Int(number), (1...8).contains(level) {
                        consider(level, before + original[index...min(index + (number == next ? 1 : 2), original.count - 1)].joined(separator: " "))
                    }
                } else if word == "levels" && index > 0 && words[index - 1] == "a" {
                    consider(3, "A levels")
                } else if word == "degree" && !["apprenticeship", "apprenticeships", "level"].contains(next) {
                    if index > 0 && words[index - 1] == "foundation" { consider(5, "foundation degree") } else { consider(6, "degree") }
                } else if ["ba", "bsc", "beng", "llb"].contains(word) && ["in", "hons"].contains(next) {
                    consider(6, original[index])
                } else if ["masters", "msc"].contains(word) {
                    consider(7, original[index])
                }
            }
        }
        return best
    }
}

// MARK: - Tickets a learner holds

extension CareerDiagnostician {
    /// The ticket codes a word is (lower-case): letters with digits ("PA1", "PA6"), or an acronym of four or more capitals
    /// ("CSCS", "SMSTS", "IPAF"); not a plain word, a year or a short acronym ("NHS", "UK").
    static func ticketCode(_ word: Substring) -> String? {
        let letters = word.filter(\.isLetter), digits = word.filter(\.isNumber)
        if !letters.isEmpty, !digits.isEmpty, letters.allSatisfy(\.isUppercase), word.count <= 6 { return word.lowercased() }
        if digits.isEmpty, letters.count >= 4, letters.allSatisfy(\.isUppercase) { return word.lowercased() }
        return nil
    }

    /// The ticket codes a course title names (`ticketCode`): "Level 2 Award in the Safe Use of Pesticides (PA1 and PA6)" →
    /// pa1, pa6.
    static func ticketCodes(_ title: String) -> Set<String> {
        Set(title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).compactMap(ticketCode))
    }

    /// Words in a sentence that make its tickets ones the learner lacks, has let lapse or wants ("my CSCS has expired",
    /// "I want to get my IPAF"), not ones they hold.
    static let lapsedTicketWords = [
        "expired", "out of date", "lapsed", "ran out", "run out", "renew", "want", "like to", "need", "hoping", "going to", "get my",
        "no longer", "not got", "havent", "haven't", "dont have", "don't have", "never",
    ]

    /// The ticket codes the learner's text says they hold (`ticketCode`: "spraying (PA1, PA2, PA6)"), from sentences that are
    /// not questions and do not say the ticket lapsed or is wanted (`lapsedTicketWords`).
    static func heldTicketCodes(_ text: String) -> Set<String> {
        var codes: Set<String> = []
        var sentence = ""
        func take(_ question: Bool) {
            defer { sentence = "" }
            let lower = sentence.lowercased()
            guard !question, !lapsedTicketWords.contains(where: lower.contains) else { return }
            codes.formUnion(sentence.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).compactMap(ticketCode))
        }
        for character in text {
            if ".!?\n".contains(character) { take(character == "?") } else { sentence.append(character) }
        }
        take(false)
        return codes
    }
}

// MARK: - Qualifications a learner holds, by subject

extension CareerDiagnostician {
    /// Words that end the subject of a held qualification ("NVQ level 3 hairdressing before that", "level 3 in health and
    /// social care from college").
    static let subjectEndWords: Set<String> = [
        "before", "from", "at", "with", "when", "but", "which", "that", "so", "then", "since", "for", "i", "im", "i'm", "ive", "i've", "my",
        "while", "whilst", "too", "as", "by", "in", "back", "years", "year", "ago", "done", "got", "passed", "qualification", "qualified",
    ]

    /// The qualifications the learner's text says they hold, each with its level and its subject as written: "level 3 in supporting
    /// teaching and learning" (3, "supporting teaching and learning"), "NVQ level 3 hairdressing" (3, "hairdressing"), "Level 3 in
    /// health and social care". Read as `heldLevel` reads a level (not in a question, nor after words of wanting or lacking), with
    /// the words after the level, past "in", "a", "diploma" or "certificate", up to a word that ends the subject (`subjectEndWords`).
    static func heldQualifications(_ text: String) -> [(level: Int, subject: String)] {
        var found: [(level: Int, subject: String)] = []
        var sentence = ""
        var sentences: [String] = []
        for character in text {
            if ".!?\n;,".contains(character) {
                if character != "?" && !sentence.trimmingCharacters(in: .whitespaces).isEmpty { sentences.append(sentence) }
                sentence = ""
            } else {
                sentence.append(character)
            }
        }
        if !sentence.trimmingCharacters(in: .whitespaces).isEmpty { sentences.append(sentence) }
        let leading: Set<String> = ["in", "a", "an", "diploma", "certificate", "award", "nvq", "qualification", "of"]
        for written in sentences {
            let original = written.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" })
            let words = original.map { $0.lowercased() }
            var read = 0
            for (index, word) in words.enumerated() where index >= read && ["level", "lvl", "nvq"].contains(word) {
                guard !words[..<index].contains(where: notHeldLevelWords.contains) else { break }
                var at = index + 1
                if word == "nvq" && at < words.count && words[at] == "level" { at += 1 }
                guard at < words.count, let level = Int(words[at]), (1...8).contains(level) else { continue }
                // A level after a body's acronym ("AAT level 3", "CIPD level 5") is that body's qualification, whatever words follow:
                // its subject is the acronym (`courseAcronyms`), which names the body's other courses at or below it as held.
                if index > 0, word == "level", courseAcronyms(of: String(original[index - 1])).count == 1 {
                    found.append((level, words[index - 1]))
                }
                at += 1
                while at < words.count && leading.contains(words[at]) { at += 1 }
                var subject: [String] = []
                while at < words.count, !subjectEndWords.contains(words[at]), subject.count < 6, Int(words[at]) == nil {
                    subject.append(words[at])
                    at += 1
                }
                while let last = subject.last, ["and", "the", "of"].contains(last) { subject.removeLast() }
                read = at
                if !subject.isEmpty { found.append((level, subject.joined(separator: " "))) }
            }
        }
        return found
    }
}

// MARK: - A learner who does not want university

extension CareerDiagnostician {
    /// Phrases in which a learner says they do not want to go to university ("I dont want to go to uni and end up in loads of
    /// debt", "uni isn't for me", "rather than university").
    static let noUniversityPhrases = [
        "dont want to go to uni", "don't want to go to uni", "do not want to go to uni", "not going to uni", "not go to uni", "no uni",
        "dont want uni", "don't want uni", "avoid uni", "skip uni", "instead of uni", "rather than uni", "without going to uni",
        "uni isnt for me", "uni isn't for me", "uni is not for me", "university isnt for me", "university isn't for me",
        "university is not for me", "never wanted uni", "not doing uni", "wont go to uni", "won't go to uni",
    ]

    /// Phrases in which a learner says they cannot take on a degree's debt or go without a wage while they study ("I don't want
    /// the debt", "I can't go without wages for two years"): a bachelor's degree at £9,535 a year, full time, is no course for
    /// them any more than for one who says no to university; a degree apprenticeship, paid and with its fees paid, is.
    static let noFeeDegreePhrases = [
        "dont want the debt", "don't want the debt", "do not want the debt", "dont want debt", "don't want debt", "dont want any debt",
        "don't want any debt", "dont want to be in debt", "don't want to be in debt", "do not want to be in debt", "dont want to get into debt",
        "don't want to get into debt", "dont want a student loan", "don't want a student loan", "without the debt", "without getting into debt",
        "without any debt", "avoid the debt", "avoid debt", "cant afford uni", "can't afford uni", "cannot afford uni", "cant afford to go to uni",
        "can't afford to go to uni", "cant go without wages", "can't go without wages", "cannot go without wages", "cant go without a wage",
        "can't go without a wage", "cant go without pay", "can't go without pay", "cant afford to stop working", "can't afford to stop working",
        "cannot afford to stop working", "cant afford to give up work", "can't afford to give up work", "cant afford to give up my job",
        "can't afford to give up my job", "cant afford to be a student", "can't afford to be a student", "need to keep earning",
        "have to keep earning", "cant live without a wage", "can't live without a wage", "cant manage without a wage",
        "can't manage without a wage",
    ]

    /// Whether the learner says they do not want to go to university (`noUniversityPhrases`, "uni" also standing for "university"),
    /// or cannot take on its debt or go without a wage to study (`noFeeDegreePhrases`): a bachelor's degree is then no course for
    /// them (the £9,535-a-year LLB for a school leaver who wants to qualify as a solicitor through an apprenticeship; the BA in
    /// accounting for an 18-year-old who does not want the debt), and their path's way in is the apprenticeship its standard is.
    static func saysNoUniversity(_ text: String) -> Bool {
        let words = text.lowercased().plainApostrophes.split(whereSeparator: { !$0.isLetter && $0 != "'" })
            .map { $0 == "university" ? "uni" : String($0) }
        let search = PhraseSearch(" " + words.joined(separator: " ") + " ")
        return search.containsAny((noUniversityPhrases + noFeeDegreePhrases).map { " " + $0.replacingOccurrences(of: "university", with: "uni") + " " })
    }
}
