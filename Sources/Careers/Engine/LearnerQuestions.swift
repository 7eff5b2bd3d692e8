import Foundation
import Matching

// MARK: - The learner's direct questions

/// A direct question the learner asks in their text ("Can I do an adult electrical apprenticeship at my age?",
/// "do I need a qualification for that?", "what do I do now?"), with the kinds of answer it asks for.
///
/// Its wording is kept only to choose how the answer opens: the answers (`CareerDiagnostician.questionAnswers`)
/// restate what was asked in their own words, so no name, employer or place from the text is quoted back.
struct LearnerQuestion: Sendable, Hashable {
    /// What a question asks about, as an adviser would sort it.
    enum Kind: Sendable, Hashable, CaseIterable {
        /// Whether their age bars them ("at my age", "am I too old", "is it too late").
        case age
        /// Whether they can train on the job ("can I do an apprenticeship", "train on the job and get paid").
        case apprenticeship
        /// Whether the job needs a degree or university ("without a degree", "without 3 years at uni", "is it a degree").
        case degree
        /// Whether the job needs a qualification ("do I need a qualification for that?", "without qualifications").
        case qualification
        /// What to do next ("what do I do now?", "what are my options?", "is there a course…?").
        case options
        /// Whether an employer would take them on ("would anyone hire me?").
        case prospects
        /// What courses cost ("Free courses?", "how much does it cost?").
        case cost
        /// Whether what they have done counts, or they start again ("would my CSCS and 16 years count for anything or do I start
        /// from nothing?", "Do I need to do everything again?").
        case experience
        /// Whether they need an Access course first ("do I need an access course first?", "should I do an Access to HE?").
        case access
        /// Which employers take people on ("which firms near Worcester do them?", "who is hiring?").
        case employers
        /// How to get back on a professional register after it lapsed ("How do I get back on the HCPC register, is there a
        /// return to practice route?").
        case register
        /// Whether they can train part time, round their work ("Could I train part time without giving up the walling?").
        case partTime
    }

    /// The kinds the question asks about, in `Kind` order.
    var kinds: [Kind]
    /// An age the question itself names ("an apprenticeship at 44?"), when it names one.
    var statedAge: Int?
    /// The question's own wording, lower-case with plain apostrophes: read to word the answer's opening
    /// ("train on the job and get paid", "what are my options"), never quoted.
    var wording: String
}

extension LearnerQuestion {
    // MARK: Finding questions

    /// The direct questions of `text` whose kind is known, in text order: sentences ending in "?", and sentences
    /// without one whose clause opens with a question's wording ("can i do an apprenticeship", "what do i do now",
    /// "is there a way in") or says a worry about age ("I worry I'm too old"). A question comparing two ways in
    /// ("is an apprenticeship as good as a degree?") asks for a judgement the diagnostic cannot give, and a question
    /// of no known kind ("is it shift work?") gets no answer: neither is returned.
    static func questions(in text: String) -> [LearnerQuestion] {
        sentences(of: text).compactMap { sentence, asked in
            let lower = " " + sentence.lowercased().plainApostrophes + " "
            guard let wording = asked ? questionClause(of: lower) : unmarkedQuestion(in: lower) else { return nil }
            let padded = " " + wording.trimmingCharacters(in: .whitespaces) + " "
            guard !comparisonWords.contains(where: padded.contains) else { return nil }
            let kinds = Kind.allCases.filter { kind in matches(kind, padded) }
            guard !kinds.isEmpty else { return nil }
            return LearnerQuestion(kinds: kinds, statedAge: ageNamed(in: padded), wording: padded)
        }
    }

    /// The text's sentences, each with whether it ends in a question mark. A sentence ends at ".", "!" or "?"
    /// followed by a space or the end, and at a line break.
    static func sentences(of text: String) -> [(String, Bool)] {
        var result: [(String, Bool)] = []
        var current = ""
        let characters = Array(text)
        for (offset, character) in characters.enumerated() {
            if character.isNewline {
                if !current.trimmingCharacters(in: .whitespaces).isEmpty { result.append((current, false)) }
                current = ""
                continue
            }
            current.append(character)
            let next = offset + 1 < characters.count ? characters[offset + 1] : " "
            if ".!?".contains(character), next.isWhitespace || next == "\"" || next == ")" {
                let trimmed = current.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { result.append((trimmed, trimmed.contains("?"))) }
                current = ""
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { result.append((current.trimmingCharacters(in: .whitespaces), current.contains("?"))) }
        return result
    }

    // MARK: The question's clause

    /// Words that open a question ("can i", "is there", "what"), each as a clause's first words.
    static let questionOpeners = [
        "can i ", "could i ", "can you ", "do i ", "does ", "did ", "is ", "are ", "am i ", "would ", "will ", "should ", "shall ",
        "what ", "what's ", "whats ", "how ", "where ", "which ", "who ", "when ", "why ", "have i ", "has ", "any ", "was ",
    ]

    /// Words that end the clause before a question's own ("I want to be a dietitian, can I…", "I'm 47 and can I…").
    static let clauseBreaks = [", ", "; ", " - ", " but ", " and ", " so ", ": "]

    /// The clause of a question sentence (lower-case, padded) that asks it: from the first clause opening with a
    /// question's words (`questionOpeners`) to the end; the whole sentence when no clause does ("apprenticeship or
    /// uni at my age?", "Free courses?").
    static func questionClause(of sentence: String) -> String {
        if questionOpeners.contains(where: { sentence.hasPrefix(" " + $0) }) { return sentence }
        var best: String.Index?
        for breaker in clauseBreaks {
            var searchStart = sentence.startIndex
            while let range = sentence.range(of: breaker, range: searchStart..<sentence.endIndex) {
                let rest = sentence[range.upperBound...]
                if questionOpeners.contains(where: { rest.hasPrefix($0) }), best.map({ range.upperBound < $0 }) ?? true {
                    best = range.upperBound
                }
                searchStart = range.upperBound
            }
        }
        return best.map { " " + String(sentence[$0...]) } ?? sentence
    }

    /// A question's wordings said without a question mark ("do i need a qualification for that", "can i do an
    /// apprenticeship", "what do i do now"), each at the start of a clause.
    static let unmarkedOpeners = [
        "do i need ", "do i have to ", "can i ", "could i ", "is there a way ", "is there any way ", "is there a course ", "is it too late",
        "am i too old", "what do i do now", "what can i do", "what could i do", "what are my options", "what should i do",
        "what else can i do", "what else could i do", "what job can i do", "what jobs can i do", "what work can i do",
        "would anyone ", "will anyone ", "would an employer ", "would employers ", "is it possible ",
    ]

    /// Worries that ask a question without its wording ("I worry I'm too old", "not sure what to do now").
    static let worryPhrases = [
        "worry i'm too old", "worry im too old", "worry i am too old", "worried i'm too old", "worried im too old", "worried i am too old",
        "scared i'm too old", "scared im too old", "afraid i'm too old", "afraid im too old", "think i'm too old", "think im too old",
        "feel too old", "don't know what to do now", "dont know what to do now", "not sure what to do now", "don't know what to do next",
        "dont know what to do next", "not sure what to do next", "don't know what my options are", "dont know what my options are",
    ]

    /// The clause of a sentence without a question mark that asks a question, or nil when none does.
    static func unmarkedQuestion(in sentence: String) -> String? {
        if let worry = worryPhrases.first(where: sentence.contains) { return " " + worry + " " }
        let starts = [" "] + clauseBreaks
        for start in starts {
            var searchStart = sentence.startIndex
            while let range = sentence.range(of: start, range: searchStart..<sentence.endIndex) {
                let rest = sentence[range.upperBound...]
                // A clause opening the sentence counts only from its first word.
                if start != " " || range.lowerBound == sentence.startIndex, unmarkedOpeners.contains(where: { rest.hasPrefix($0) }) {
                    return " " + String(rest)
                }
                searchStart = range.upperBound
            }
        }
        return nil
    }

    // MARK: Kinds

    /// Words that make a question a comparison or a judgement ("as good as a degree", "which is better"):
    /// it is left unanswered.
    static let comparisonWords = [" as good as ", " better than ", " which is better", " is it better", " worth it", " worse than "]

    /// Each kind's words in a question's clause (lower-case, padded with spaces).
    static let kindWords: [Kind: [String]] = [
        .age: [
            " at my age", " my age ", " my age?", " too old", " too late", " age limit", " older learner", " mature student",
            " over 40", " over 50", " over 60",
        ],
        .apprenticeship: [
            " apprenticeship", " apprentice ", " apprentice?", " apprentices", " train on the job", " learn on the job", " training on the job",
            " learning on the job", " get paid while", " earn while", " paid to train", " paid training", " earn and learn",
            // Training while still in work ("Can I train while I'm still earning, is there a salaried route?").
            " train while i'm still earning", " train while im still earning", " train while still earning", " while i'm still earning",
            " while im still earning", " salaried route", " salaried training", " paid route", " earn as i learn", " earn while i learn",
        ],
        .degree: [
            " degree", " uni ", " uni?", " uni,", " university",
        ],
        .qualification: [
            " qualification", " qualified", " certificate", " qualifications",
        ],
        .options: [
            " what do i do now", " what can i do", " what could i do", " what are my options", " what options", " what should i do",
            " what else can i do", " what else could i do", " what job can i do", " what jobs can i do", " what work can i do",
            " where do i start", " where should i start", " what next", " what now", " where do i go from here", " what to do now",
            " what to do next", " what my options are", " is there a course", " are there courses", " are there any courses",
            " any courses", " what course", " which course",
            // What they could move into, or what would bring their skills up to date ("What could I move into now that isn't patrol?",
            // "What would bring me up to date?").
            " what could i move into", " what can i move into", " what else could i move into", " bring me up to date",
            " get me up to date", " get up to date", " bring my skills up to date",
        ],
        .prospects: [
            " would anyone hire", " will anyone hire", " would anyone employ", " will anyone employ", " would anyone take me",
            " will anyone take me", " would an employer", " would employers", " will employers", " will i get a job", " would i get a job",
            " could i get a job", " can i get a job", " am i employable",
        ],
        .cost: [
            " free course", " free courses", " is it free", " are they free", " how much", " cost ", " cost?", " costs", " pay for",
            " afford", " funding", " funded", " student loan",
        ],
        .experience: [
            " count for anything", " count for something", " count for much", " start from nothing", " start from scratch",
            " start from zero", " do everything again", " start all over", " start again from", " experience count", " experience counts",
            " years count", " does my experience", " will my experience", " would my experience",
            // Whether they have to train again ("would I need to retrain?").
            " need to retrain", " have to retrain", " need to re-train", " have to re-train", " need to start again", " have to start again",
        ],
        .access: [" access course", " access courses", " access to he", " access to higher education", " access diploma"],
        .employers: [
            " which firms", " which employers", " which companies", " what firms", " what employers", " what companies", " who is hiring",
            " who's hiring", " whos hiring", " who takes on", " who would take on",
        ],
        .register: [
            " back on the register", " back on the hcpc", " back on the nmc", " rejoin the register", " re-register", " reregister",
            " return to practice", " return-to-practice", " registration back", " restore my registration", " renew my registration",
        ],
        .partTime: [
            " part time", " part-time", " in the evenings", " evening course", " evening courses", " round my shifts", " around my shifts",
            " round my job", " around my job", " round work", " around work", " without giving up", " while i work", " while working",
            " alongside work", " alongside my job",
        ],
    ]

    /// Whether the question's clause `padded` asks about `kind`. A question about a degree asks whether the way in
    /// needs one ("without a degree", "do i have to go to uni", "uni only", "is it a degree"), not about a degree
    /// apprenticeship, which is an apprenticeship.
    static func matches(_ kind: Kind, _ padded: String) -> Bool {
        // An age the question names ("an apprenticeship at 44?") asks about age, unless the question asks how long something
        // takes ("how long does it take to get gas safe if im starting at 33?"): the age there is where they start from.
        if kind == .age, ageNamed(in: padded) != nil {
            return !durationWords.contains(where: padded.contains) || kindWords[.age]!.contains(where: padded.contains)
        }
        guard let words = kindWords[kind], words.contains(where: padded.contains) else { return false }
        // Part time asks about training round work only when the question is about training ("could I train part time"), not
        // about working hours ("could I work part time as a receptionist?").
        if kind == .partTime { return trainingWords.contains(where: padded.contains) }
        if kind == .degree {
            let rest = padded.replacingOccurrences(of: "degree apprenticeship", with: "apprenticeship")
            return words.contains(where: rest.contains)
        }
        // "too late" about an age, not a start date ("is it too late to apply for september").
        if kind == .age, !kindWords[.age]!.contains(where: { $0 != " too late" && padded.contains($0) }) {
            return !padded.contains(" too late to apply") && !padded.contains(" too late for this year")
        }
        return true
    }

    /// Words that make a question about part time one about training (`Kind.partTime`).
    static let trainingWords = [
        " train", " study", " studying", " course", " learn", " qualif", " do it", " one i can do", " diploma", " certificate", " apprenticeship",
    ]

    /// Words that make a question one about how long training takes ("how long does it take").
    static let durationWords = [" how long", " how many years", " how many months", " how quickly", " how fast"]

    /// An age the question names after "at" ("an apprenticeship at 44?"), 19 to 99.
    static func ageNamed(in padded: String) -> Int? {
        let words = padded.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "?,.!")) }
        for (index, word) in words.enumerated() where word == "at" && index + 1 < words.count {
            if let age = Int(words[index + 1]), (19...99).contains(age) { return age }
        }
        return nil
    }
}
