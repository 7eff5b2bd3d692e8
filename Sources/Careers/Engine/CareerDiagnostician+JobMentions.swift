import Foundation
import Matching
import Taxonomy

// MARK: - The job the learner's words name

/// A learner names their job anywhere in their text, not only in its opening words: "Returning to work
/// after caring for my mum. I used to be a laboratory technician…", "Ex forces - 12 years in the Royal
/// Engineers as a plant operator", "Registered partially sighted. Worked in a call centre…". Each job
/// mention ("as a …", "worked as …", "I'm a …", "I was a …", "used to be a …", "X for 6 years", the
/// opening words, "worked in a call centre") is matched against the job titles of the SOC 2020 unit
/// groups, and the clearest statement that names one places the learner. Clauses about their health
/// or status ("registered partially sighted", "off with depression") name no job and are read past.
struct JobMention: Sendable, Equatable {
    /// How plainly a mention says it is the learner's job, clearest first.
    enum Clarity: Int, Sendable, Comparable {
        /// "I was a …", "worked as …", "10 years as a …", or the opening words of the text.
        case statement
        /// "… for 6 years": the words before how long they did it.
        case duration
        /// "worked in a call centre": a workplace, read with a post word ("call centre agent").
        case workplace

        static func < (lhs: Clarity, rhs: Clarity) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The learner's words that equal a SOC 2020 job title ("laboratory technician").
    var title: String
    /// The unit groups whose job titles those words equal, best first.
    var groups: [OccupationResult]
    var clarity: Clarity
    /// Whether it is the text's opening words, read from the first word as a given title is.
    var opening = false
    /// The learner's own words the title was found in, when more than the title ("car transporter driver" for the
    /// coding index's "transporter driver"): the everyday job-title table may say which standard they are.
    var spoken: String? = nil
}

extension CareerDiagnostician {
    // MARK: Finding mentions

    /// Words that introduce the learner's job, followed by the job title ("as a", "I'm a", "used to be a").
    static let statementTriggers: [[String]] = [
        ["as", "a"], ["as", "an"], ["worked", "as"], ["work", "as"], ["working", "as"], ["employed", "as"], ["job", "as"],
        ["i'm", "a"], ["i'm", "an"], ["im", "a"], ["im", "an"], ["i", "am", "a"], ["i", "am", "an"], ["i", "was", "a"], ["i", "was", "an"],
        ["been", "a"], ["been", "an"], ["used", "to", "be", "a"], ["used", "to", "be", "an"], ["trained", "as"], ["qualified", "as"],
        // "I was the school librarian", "I'm the office manager": the one post of its kind where they work.
        ["i", "was", "the"], ["i'm", "the"], ["im", "the"], ["i", "am", "the"],
    ]

    /// Words that introduce a workplace rather than a job title ("worked in a call centre").
    static let workplaceTriggers: [[String]] = [
        ["worked", "in", "a"], ["worked", "in", "an"], ["worked", "in", "the"], ["work", "in", "a"], ["work", "in", "the"],
        ["working", "in", "a"], ["working", "in", "the"], ["worked", "on", "the"], ["work", "on", "the"], ["working", "on", "the"],
        // "worked at the abattoir": a place of work, as "in the" is.
        ["worked", "at", "a"], ["worked", "at", "an"], ["worked", "at", "the"], ["work", "at", "a"], ["work", "at", "the"],
        ["working", "at", "a"], ["working", "at", "the"],
    ]

    /// Words that say the learner manages a place ("I manage a charity shop", "I run the café"): the place
    /// with "manager" is their job ("charity shop manager", "shop manager") when a job title says so.
    static let managedPlaceTriggers: [[String]] = [
        ["i", "manage", "a"], ["i", "manage", "an"], ["i", "manage", "the"], ["i", "managed", "a"], ["i", "managed", "an"],
        ["i", "managed", "the"], ["i", "run", "a"], ["i", "run", "an"], ["i", "run", "the"], ["i", "ran", "a"], ["i", "ran", "an"],
        ["i", "ran", "the"],
    ]
    /// Places that are no workplace when managed or run ("I run a team of volunteers", "I ran a marathon").
    static let unmanagedPlaces: Set<String> = [
        "team", "group", "small", "few", "lot", "marathon", "club", "half", "business", "company", "couple", "bit", "number",
    ]

    /// The posts a managed place is tried with: its manager's, else its owner's.
    static let managerPosts = ["manager", "owner"]

    /// Words saying what the learner makes or works on, with the word for one who does it: "I make chocolates" is a
    /// chocolate maker's job, "I fit kitchens" a kitchen fitter's, "I drive buses" a bus driver's, "I groom dogs" a dog
    /// groomer's. The things with the doer's word are read as a job title only when a SOC 2020 job title says so.
    static let doerTriggers: [(words: [String], doer: String)] = [
        (["i", "make"], "maker"), (["i", "build"], "builder"), (["i", "fit"], "fitter"), (["i", "drive"], "driver"),
        (["i", "clean"], "cleaner"), (["i", "repair"], "repairer"), (["i", "groom"], "groomer"), (["i", "train"], "trainer"),
        (["i", "teach"], "teacher"), (["i", "paint"], "painter"), (["i", "install"], "installer"), (["i", "grow"], "grower"),
        (["i", "breed"], "breeder"), (["i", "bake"], "baker"),
    ]

    /// A plural thing as a job title names it: "chocolates" → "chocolate", "dishes" → "dish", "boxes" → "box".
    static func singularThing(_ word: String) -> String {
        for ending in ["sses", "shes", "ches", "xes"] where word.hasSuffix(ending) && word.count > ending.count + 1 {
            return String(word.dropLast(2))
        }
        return singular(word)
    }

    /// Post words tried after a workplace to make it a job title ("call centre" → "call centre agent").
    static let workplacePosts = ["worker", "agent", "assistant", "operative", "operator", "analyst", "clerk", "technician"]

    /// Words that end a job title in running text: what follows is where, for whom or how long.
    static let mentionStops: Set<String> = [
        "in", "at", "near", "for", "with", "on", "since", "from", "until", "till", "when", "where", "who", "which", "that", "but", "so", "because",
        "before", "after", "then", "doing", "handling", "working", "dealing", "looking", "mainly", "mostly", "by", "to", "of",
        "and", "or", "i", "my", "we", "is", "was", "were", "had", "have", "has", "also", "still", "now", "full", "part", "time",
        "years", "yrs", "year", "months",
    ]

    /// The most words of running text read as one job title.
    static let mentionWords = 5

    /// The job the learner's words name most clearly (`JobMention.Clarity`, then earliest), or `nil`.
    func mentionedJob(_ text: String) -> JobMention? {
        var best: (mention: JobMention, offset: Int)?
        for (offset, candidate) in Self.jobMentionCandidates(text).enumerated() {
            if let current = best, current.mention.clarity <= candidate.clarity { continue }
            if !candidate.posts.isEmpty {
                // A place managed or run is the job of its manager, or else of its owner, whom SOC 2020 codes with
                // its managers ("takeaway owner": restaurant and catering establishment managers and proprietors);
                // the things the learner makes or works on are the job of their maker ("chocolate maker", `doerTriggers`).
                let found = candidate.posts.lazy.compactMap { post in
                    self.namedJob(candidate.words.dropLast() + [post], clarity: candidate.clarity, context: candidate.context)
                        .flatMap { $0.title.hasSuffix(" " + post) ? $0 : nil }
                }.first
                if var mention = found {
                    mention.opening = candidate.opening
                    best = (mention, offset)
                }
                continue
            }
            guard var mention = namedJob(candidate.words, clarity: candidate.clarity, prefixOnly: candidate.opening, context: candidate.context)
                ?? (candidate.opening && Self.opensWith(text, candidate.words) ? openingJob(candidate.words) : nil)
            else { continue }
            mention.opening = candidate.opening
            let spoken = candidate.words.filter { $0 != "|" }.joined(separator: " ")
            if spoken != mention.title { mention.spoken = spoken }
            best = (mention, offset)
        }
        return best?.mention
    }

    /// The words of the text's job mentions, in text order, each with how plainly it names the job.
    /// A place the learner manages (`managedPlaceTriggers`) is a candidate only as a job title ending "manager" or "owner", and
    /// the things they make or work on (`doerTriggers`) only as one ending in the doer's word (`posts`).
    /// Each candidate carries the words of its sentence (`context`), which may say which of several jobs of
    /// the same title it is ("cleaner at a secondary school": a school cleaner).
    static func jobMentionCandidates(_ text: String)
        -> [(words: [String], clarity: JobMention.Clarity, opening: Bool, posts: [String], context: [String])]
    {
        var found: [(words: [String], clarity: JobMention.Clarity, opening: Bool, posts: [String], context: [String])] = []
        var first = true
        for sentence in text.split(whereSeparator: { ".;!?\n".contains($0) }) {
            var sentence = Substring(sentence)
            var lower = padded(String(sentence))
            // A clause about the learner's health or status names no job (`isStatusClause`), but the clause
            // of the same sentence that does is read ("I was a porter at the Alex but ive had long covid").
            if isStatusClause(lower) && !PhraseSearch(lower).containsAny([" as a ", " as an ", " worked ", " work as "]) {
                let kept = statusFreeClauses(String(sentence))
                if kept.isEmpty { continue }
                sentence = Substring(kept.joined(separator: ", "))
                lower = padded(String(sentence))
            }
            // Nor does one about unpaid work ("Volunteered with St John Ambulance as a first aider").
            if PhraseSearch(lower).containsAny(voluntaryPhrases) { continue }
            let words = mentionTokens(lower)
            // The opening words of the text, where a CV line puts the job ("Conductor with West Midlands Railway").
            if first {
                first = false
                if let opening = openingTitle(String(sentence)) {
                    found.append((opening.split(separator: " ").prefix(openingTitleWords).map(String.init), .statement, true, [], words))
                }
            }
            for index in words.indices {
                for trigger in statementTriggers where words[index...].starts(with: trigger) {
                    var start = index + trigger.count
                    if start < words.count, ["a", "an", "the"].contains(words[start]) { start += 1 }
                    start = afterWorkingTerms(words, from: start)
                    let title = titleWords(words, from: start)
                    if !title.isEmpty { found.append((title, .statement, false, [], words)) }
                    // "a bridal and prom makeup artist": the words joined to the first by "and" or "or" may end in the
                    // job title those first words only qualify; read after them, so a title the first words name comes first.
                    if let joined = titleAfterJoin(words, from: start + title.count) { found.append((joined, .statement, false, [], words)) }
                }
                for trigger in managedPlaceTriggers where words[index...].starts(with: trigger) {
                    let place = titleWords(words, from: index + trigger.count)
                    // The place with its post word, read only as a job title ending "manager".
                    if let first = place.first, !unmanagedPlaces.contains(first) { found.append((place + ["manager"], .duration, false, managerPosts, words)) }
                }
                // "manager of a pizza takeaway": the place with its post word, as a place managed is.
                if ["manager", "owner"].contains(words[index]), index + 2 < words.count, words[index + 1] == "of",
                    ["a", "an", "the"].contains(words[index + 2])
                {
                    let place = titleWords(words, from: index + 3)
                    if let first = place.first, !unmanagedPlaces.contains(first) { found.append((place + ["manager"], .duration, false, managerPosts, words)) }
                }
                // "I make chocolates", "I fit kitchens": the things made or worked on, with the doer's word.
                for trigger in doerTriggers where words[index...].starts(with: trigger.words) {
                    var start = index + trigger.words.count
                    if start < words.count, ["a", "an", "the", "my", "our", "their"].contains(words[start]) { start += 1 }
                    let things = titleWords(words, from: start)
                    if let last = things.last, !unmanagedPlaces.contains(things[0]) {
                        found.append((things.dropLast() + [singularThing(last), trigger.doer], .duration, false, [trigger.doer], words))
                    }
                }
                for trigger in workplaceTriggers where words[index...].starts(with: trigger) {
                    var place = titleWords(words, from: index + trigger.count)
                    // "a tropical fish and aquatics shop": a place named with "and" is the one place its last words name
                    // (a shop), not its first words ("tropical fish"). Activities joined so ("a warehouse picking and packing")
                    // are what is done there, not the place.
                    if let joined = titleAfterJoin(words, from: index + trigger.count + place.count), let last = place.last,
                        !([last] + joined).contains(where: { $0.hasSuffix("ing") && $0.count > 5 })
                    {
                        place += [words[index + trigger.count + place.count]] + joined
                    }
                    if !place.isEmpty { found.append((place, .workplace, false, [], words)) }
                }
                // "… for 6 years", "… for over ten years": the words before it.
                if words[index] == "for", index > 0, isDuration(words, after: index) {
                    var start = index
                    while start > 0, start > index - mentionWords, words[start - 1] != "|", !mentionStops.contains(words[start - 1]) { start -= 1 }
                    if start < index { found.append((Array(words[start..<index]), .duration, false, [], words)) }
                }
            }
        }
        return found
    }

    /// Words that make a sentence about unpaid work, which names no job the learner holds. The cadet forces a young
    /// person belongs to ("I've done the police cadets for 2 years", "the army cadets", "sea cadets") are voluntary youth
    /// organisations, named in the plural: no police officer's or nurse's job ("Cadet" in the coding index).
    static let voluntaryPhrases = [" volunteer", " voluntary ", " unpaid ", " cadets "]

    /// Whether a clause (lower-cased, padded) states the learner's health or status rather than a job.
    static func isStatusClause(_ lower: String) -> Bool {
        guard PhraseSearch(lower).containsAny(statusPhrases) else { return false }
        // A field of work named for the harm its clients suffered ("personal injury" law) is no harm to the learner.
        guard PhraseSearch(lower).containsAny(harmNamedFields) else { return true }
        var rest = lower
        for field in harmNamedFields { rest = rest.replacingOccurrences(of: field, with: " ") }
        return PhraseSearch(rest).containsAny(statusPhrases)
    }

    /// Fields of work named by a harm their clients suffer, which say nothing of the learner's health.
    static let harmNamedFields = [" personal injury", " industrial injury", " injury claims", " injury lawyer", " brain injury unit"]

    /// Phrases of health or personal status that name no job ("registered partially sighted", "off with
    /// depression"): a clause holding one is not read for the learner's job.
    static let statusPhrases = [
        " registered blind", " partially sighted", " registered disabled", " disabled ", " off sick", " off with ", " signed off",
        " diagnosed ", " long term sick", " long-term sick", " sick leave", " depression", " anxiety", " ptsd", " fibromyalgia", " my health",
        " ill health", " illness", " chronic ", " injury", " injured", " my condition", " dyslexic", " autistic", " adhd", " epilepsy",
        " deaf ", " hard of hearing", " wheelchair user ", " long covid", " cancer", " stroke ", " arthritis", " my back ", " allergic",
        " asthma", " breakdown", " burnout", " burn out", " burnt out",
    ]

    /// The text without its clauses about the learner's health or status (`statusPhrases`), for placing
    /// them in a job; clauses end at punctuation and at `clauseBreaks`. A clause stating a job ("as a …") stays.
    static func droppingStatusClauses(_ text: String) -> String {
        guard isStatusClause(padded(text)) else { return text }
        return statusFreeClauses(text).joined(separator: ". ")
    }

    /// The text's clauses (`clauses(of:)`, cut again at "but") that say nothing of the learner's health
    /// or status, or that state a job ("as a …"), trimmed: "I was a porter at the Alex in Redditch but
    /// ive had long covid for 2 years" keeps the porter.
    static func statusFreeClauses(_ text: String) -> [String] {
        clauses(of: text).flatMap { $0.components(separatedBy: " but ") }.filter { clause in
            let lower = padded(clause)
            return !isStatusClause(lower) || PhraseSearch(lower).containsAny([" as a ", " as an "])
        }
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// School subjects: named as what the learner studies ("A levels in geography, biology and english")
    /// or how well they speak a language ("my english is ok"), they are no job the learner does.
    static let schoolSubjects: Set<String> = [
        "english", "maths", "math", "mathematics", "geography", "biology", "chemistry", "physics", "history", "french", "german", "spanish",
        "science", "sciences", "sociology", "psychology", "literature", "music", "drama",
    ]
    /// Words after a subject that make it name a job ("english teacher", "maths tutor").
    static let subjectJobWords: Set<String> = ["teacher", "teachers", "teaching", "tutor", "tutoring", "lecturer", "technician", "department"]
    /// Words that make a sentence about what the learner studies or how well they speak a language.
    static let studyMarkers = [
        " a levels ", " a-levels ", " a level ", " a-level ", " gcses ", " gcse ", " btec ", " as levels ", " my english ", " english is ",
        " english isn't ", " english not ", " speak english ", " learning english ", " studying ", " study ",
    ]

    /// The text without the school subjects (`schoolSubjects`) of its sentences about study or language
    /// (`studyMarkers`), for placing the learner in a job: "A levels in geography, biology and english" or
    /// "my english is ok now" make no one an English teacher, though their words match teachers' job titles.
    static func droppingStudiedSubjects(_ text: String) -> String {
        guard PhraseSearch(padded(text)).containsAny(studyMarkers) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: ".", omittingEmptySubsequences: false).map { sentence -> String in
                guard PhraseSearch(padded(String(sentence))).containsAny(studyMarkers) else { return String(sentence) }
                let words = sentence.split(separator: " ", omittingEmptySubsequences: false)
                return words.indices.filter { index in
                    let next = index + 1 < words.count ? words[index + 1].lowercased().trimmingCharacters(in: .punctuationCharacters) : ""
                    return !schoolSubjects.contains(words[index].lowercased().trimmingCharacters(in: .punctuationCharacters))
                        || subjectJobWords.contains(next)
                }.map { String(words[$0]) }.joined(separator: " ")
            }.joined(separator: ".")
        }.joined(separator: "\n")
    }

    /// The text without its sentences about unpaid work (`voluntaryPhrases`), as `jobMentionCandidates`
    /// reads past them, for placing the learner in a job: volunteering is experience whose skills count,
    /// not the job they hold ("Volunteered with St John Ambulance as a first aider" does not make a
    /// warehouse supervisor ambulance staff).
    static func droppingVoluntarySentences(_ text: String) -> String {
        let sentences = text.split(whereSeparator: { ".;!?\n".contains($0) })
        let kept = sentences.filter { !PhraseSearch(padded(String($0))).containsAny(voluntaryPhrases) }
        guard kept.count < sentences.count else { return text }
        return kept.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: ". ")
    }

    /// Words that make a sentence about what the learner dislikes or avoids ("I dont like phones or
    /// crowds", "I hate school"): it names no work they do, so it places them in no job.
    static let dislikePhrases = [
        " dont like ", " don't like ", " do not like ", " didnt like ", " didn't like ", " did not like ", " hate ", " cant stand ",
        " can't stand ", " cannot stand ", " dislike ",
    ]

    /// The text without its sentences about what the learner dislikes (`dislikePhrases`), unless the
    /// sentence states a job ("I hate my job as a welder"), for placing them in a job: a dislike is no evidence.
    static func droppingDislikeSentences(_ text: String) -> String {
        let sentences = text.split(whereSeparator: { ".;!?\n".contains($0) })
        let kept = sentences.filter { sentence in
            let lower = PhraseSearch(padded(String(sentence)))
            return !lower.containsAny(dislikePhrases) || lower.containsAny([" as a ", " as an "])
        }
        guard kept.count < sentences.count else { return text }
        return kept.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: ". ")
    }

    /// Lower-case words, with punctuation inside a sentence ("," "(" "-") kept as a "|" boundary.
    static func mentionTokens(_ lower: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        for character in lower {
            if character.isLetter || character.isNumber || character == "'" {
                word.append(character)
                continue
            }
            if !word.isEmpty { tokens.append(word) }
            word = ""
            if ",()[]:/–—-+&\"".contains(character) { tokens.append("|") }
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }

    /// Words saying on what terms the learner works, not what the work is ("a self employed makeup artist").
    static let workingTerms: [[String]] = [["self", "employed"], ["freelance"], ["agency"], ["casual"]]

    /// `start` moved past any `workingTerms` there.
    static func afterWorkingTerms(_ words: [String], from start: Int) -> Int {
        var start = start
        while let terms = workingTerms.first(where: { words[start...].starts(with: $0) }) { start += terms.count }
        return start
    }

    /// The title words after an "and" or "or" at `end`, where a job title's run of words stopped (`titleWords`), or `nil`.
    static func titleAfterJoin(_ words: [String], from end: Int) -> [String]? {
        guard end + 1 < words.count, ["and", "or"].contains(words[end]) else { return nil }
        let joined = titleWords(words, from: end + 1)
        return joined.isEmpty ? nil : joined
    }

    /// The words from `start` up to a boundary or a stop word, at most `mentionWords`.
    static func titleWords(_ words: [String], from start: Int) -> [String] {
        var end = start
        while end < words.count, end - start < mentionWords, words[end] != "|", !mentionStops.contains(words[end]) { end += 1 }
        return start < end ? Array(words[start..<end]) : []
    }

    /// Whether `words[index]` ("for") begins "for N years" ("for 6 years", "for over ten yrs", "for a few years").
    static func isDuration(_ words: [String], after index: Int) -> Bool {
        let fillers: Set<String> = ["over", "nearly", "almost", "about", "around", "a", "few", "couple", "of", "the", "last", "past", "many", "several"]
        let numbers: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty"]
        var position = index + 1
        var counted = false
        while position < words.count, position - index <= 5 {
            let word = words[position]
            if ["years", "yrs", "year", "yr", "months"].contains(word) { return counted }
            if Int(word) != nil || numbers.contains(word) || ["few", "many", "several", "couple"].contains(word) {
                counted = true
            } else if !fillers.contains(word) {
                return false
            }
            position += 1
        }
        return false
    }

    /// The SOC 2020 unit groups a mention's words name: the longest run of them equal to a unit group's job
    /// title (earliest first among equals), or for a workplace, the place with a post word ("call centre agent").
    /// The opening words of a text are read from their first word (`prefixOnly`), as a given title is.
    /// Words of the sentence (`context`) choose between unit groups that share the title (`choosingByContext`).
    func namedJob(_ words: [String], clarity: JobMention.Clarity, prefixOnly: Bool = false, context: [String] = []) -> JobMention? {
        // A workplace is named by its last words ("… aquatics shop"), a job title by its first.
        let words = clarity == .workplace ? Array(words.suffix(Self.mentionWords + 1)) : Array(words.prefix(Self.mentionWords + 1))
        guard !words.isEmpty else { return nil }
        if clarity == .workplace {
            for post in Self.workplacePosts {
                let place = words + [post]
                // Runs ending with the post word: the place named in full, or its last words.
                for start in place.indices.dropLast() {
                    if let mention = jobTitleMention(Array(place[start...]), clarity: clarity) { return mention }
                }
            }
            return nil
        }
        for length in stride(from: words.count, through: 1, by: -1) {
            for start in 0...(prefixOnly ? 0 : words.count - length) {
                if let mention = jobTitleMention(Array(words[start..<start + length]), clarity: clarity) {
                    return plainly(choosingByContext(mention, context: context))
                }
            }
        }
        return nil
    }

    /// A mention whose title several unit groups share, placed in the best of them alone when the coding index gives it
    /// the title with no qualifier of industry or work ("Sales adviser": sales and retail assistants, not "(vehicles)" or
    /// "(insurance)"), as the others are for words of those industries (`choosingByContext` reads them first). As it is
    /// when the best group has the title only for an industry: the title matcher put a group whose own name holds the
    /// title first ("porter", which the everyday table reads as a hospital porter; a GP's "practice manager").
    func plainly(_ mention: JobMention) -> JobMention {
        guard mention.groups.count > 1, let best = mention.groups.first else { return mention }
        let key = Self.singularWords(mention.title).joined()
        guard taxonomy.socUnitGroup(code: best.code)?.plainTitles?.contains(where: { Self.singularWords($0).joined() == key }) ?? false
        else { return mention }
        var mention = mention
        mention.groups = [best]
        return mention
    }

    /// Two-letter words of any sentence, which name no place of work.
    static let littleWords: Set<String> = [
        "an", "as", "up", "it", "me", "be", "no", "he", "do", "go", "us", "so", "if", "am", "we", "my", "by", "of", "on", "or", "to", "in",
        "at", "is", "im", "id", "ok", "oh",
    ]

    /// A mention whose title several unit groups share ("cleaner": cleaners and domestics, launderers,
    /// window cleaners) placed in those of them that a word of its sentence names with it ("cleaner at a
    /// secondary school": "school cleaner"); as it is when no word of the sentence does.
    func choosingByContext(_ mention: JobMention, context: [String]) -> JobMention {
        guard mention.groups.count > 1, !context.isEmpty else { return mention }
        let titleWords = Set(mention.title.split(separator: " ").map(String.init))
        // A two-letter word may name the place ("GP surgery": a GP practice manager), unless it is a little word of any sentence.
        for word in context
        where word != "|" && !titleWords.contains(word) && !Self.mentionStops.contains(word) && (word.count > 2 || word.count == 2 && !Self.littleWords.contains(word)) {
            let qualified = word + " " + mention.title
            guard taxonomy.namesSOCJobTitle(qualified) else { continue }
            let groups = taxonomy.matchOccupations(qualified, scheme: .soc2020, top: 2).results.filter(\.equalsJobTitle)
            let chosen = groups.filter { group in mention.groups.contains { $0.code == group.code } }
            if !chosen.isEmpty {
                var mention = mention
                mention.groups = chosen
                return mention
            }
        }
        return mention
    }

    /// The opening words of a text when they name a unit group in full without equalling one of its job
    /// titles ("Purchase ledger clerk 2009-2018", "Commercial insurance underwriter 2006-2019"): the best
    /// title match, when its job titles hold every one of the words and they are two or more words that
    /// say what the work is. A CV line opens with the job.
    /// Two or more of the words must say what the work is (not post words: "machine operator" names too
    /// many jobs to place by its words alone).
    func openingJob(_ words: [String]) -> JobMention? {
        let words = words.filter { word in !word.contains(where: \.isNumber) }
        guard words.count >= 2, words.filter({ !Self.postWords.contains($0) && !Self.mentionStops.contains($0) }).count >= 2 else { return nil }
        let candidate = words.joined(separator: " ")
        let terms = analyzer.terms(candidate)
        guard terms.count >= 2, let best = taxonomy.matchOccupations(candidate, scheme: .soc2020, top: 1).results.first,
            let stems = titleStems.socGroups[best.code], terms.allSatisfy(stems.contains)
        else { return nil }
        return JobMention(title: candidate, groups: [best], clarity: .statement)
    }

    /// Whether the text opens with `words` as a CV line does ("Purchase ledger clerk 2009-2018"), not with
    /// words about the learner that `openingTitle` set aside ("I work on the production line").
    static func opensWith(_ text: String, _ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        return text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).first.map(String.init) == first
    }

    /// The mention when `words` equal a SOC 2020 job title that says what the work is (not only "manager").
    func jobTitleMention(_ words: [String], clarity: JobMention.Clarity) -> JobMention? {
        guard !words.allSatisfy(Self.postWords.contains), !words.allSatisfy(Self.mentionStops.contains) else { return nil }
        let candidate = words.joined(separator: " ")
        guard taxonomy.namesSOCJobTitle(candidate) else { return nil }
        let results = taxonomy.matchOccupations(candidate, scheme: .soc2020, top: 2).results
        guard results.first?.equalsJobTitle == true else { return nil }
        return JobMention(title: candidate, groups: results.filter(\.equalsJobTitle), clarity: clarity)
    }
}

// MARK: - The learner's own job

extension CareerDiagnostician {
    /// The standards the job title given (`title`), or else the job the text names (`mention`), stands for (`standardsNamed(job:typical:)`).
    func standardsNamed(title: String?, mention: String?) -> Set<Int> {
        if let title { return standardsNamed(job: title, typical: false) }
        return mention.map { standardsNamed(job: $0) } ?? []
    }

    /// The standards the job title given, or else the job the text names, stands for (`standardsNamed(title:mention:)`),
    /// and those the everyday job-title table gives the learner's own words for that job (`JobMention.spoken`: a "car
    /// transporter driver", whom the coding index knows as a transporter driver, drives a large goods vehicle).
    func standardsNamed(title: String?, mention: JobMention?) -> Set<Int> {
        var named = standardsNamed(title: title, mention: mention?.title)
        if title == nil, let spoken = mention?.spoken {
            for wording in synonymWordings[Self.titleKey(spoken)] ?? [] { named.formUnion(standardsNamedByWording(wording)) }
        }
        return named
    }

    /// The standards that are the learner's own job, wherever they are placed: those the job title they gave
    /// or the job their words name stands for (`standardsNamed(title:mention:)`: "teaching assistant" is the
    /// Teaching assistant standard), and those the title of the SOC 2020 unit group they are placed in
    /// (`group`) vouches for (`vouchable`) at the secondary level (a lettings negotiator, placed among estate
    /// agents, does the junior estate agent's job). Such a standard is where they are now: it is not rejected as "not that
    /// job", and it is never offered as a move, sideways or into a new field, nor as a step up.
    func ownJobs(title: String?, history: String, group: OccupationRef?) -> Set<Int> {
        var own = standardsNamed(title: title, mention: title == nil ? mentionedJob(Self.droppingStatusClauses(history)) : nil)
        if let group, group.scheme == .soc2020 {
            // The everyday job a group's title names is entered at the secondary level: a nail technician's
            // group (beauticians) also names Advanced beauty therapist, a step up from it, not their job.
            own.formUnion(standardsNamed(by: group.title).filter { vouchable($0) && model.targets[$0].standard.level <= Self.secondaryLevel })
        }
        return own
    }

    /// The standards a job title names: those whose own title has its words, and those with a typical job
    /// title of the same words whose own title holds the words saying what the work is (not post words such
    /// as "operator"): "plant operator" names Construction plant operative, but "laboratory technician",
    /// a typical job title of Technical dyer and colourist, does not name that standard.
    /// A job title the learner gave is placed by the title match itself (`titleAgrees`), so only standards
    /// whose own title it is are named by it (`typical` false); a job named in the text counts typical job titles too.
    func standardsNamed(job title: String, typical: Bool = true) -> Set<Int> {
        let key = Self.titleKey(title)
        var named = Set(standardsByTitle[key] ?? [])
        // The everyday job-title table may say which standard an everyday title is ("bar manager" →
        // hospitality manager): a run of its occupational words that is a standard's own title names it.
        for wording in synonymWordings[key] ?? [] {
            named.formUnion(standardsNamedByWording(wording))
        }
        guard typical else { return named }
        let work = analyzer.terms(title).filter { !Self.postStems.contains($0) }
        guard !work.isEmpty else { return named }
        for position in standardsByJobTitle[key] ?? [] where !named.contains(position) {
            let own = Set(analyzer.terms(model.targets[position].standard.title))
            if work.allSatisfy(own.contains) { named.insert(position) }
        }
        return named
    }

    /// The standards whose own title is the opening words of `wording`, not all post words ("hospitality manager" in
    /// "hospitality manager pub manager bar manager"; a long title in full, "mineral processing mobile and static plant
    /// operator"). Only the opening words: "civil engineering operative" later in a groundworker's wording does not make
    /// them an engineering operative.
    func standardsNamedByWording(_ wording: String) -> Set<Int> {
        let words = wording.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { Self.singular(String($0)) }
        var named: Set<Int> = []
        for length in 1...max(1, min(words.count, Self.wordingTitleWords)) where words.count >= length {
            let run = words[0..<length]
            guard !run.allSatisfy({ Self.postStems.contains($0) || Self.postWords.contains($0) }) else { continue }
            named.formUnion(standardsByTitle[run.joined()] ?? [])
        }
        return named
    }

    /// The most opening words of an everyday title's occupational wording read as one standard's own title.
    static let wordingTitleWords = 8

    /// The occupational wording the everyday job-title table gives the words of `title` ("Bar manager" →
    /// "hospitality manager pub manager bar manager"), joined; empty when it names no everyday title.
    func everydayWording(of title: String) -> String {
        let padded = " " + LowercasedWords.joined(title) + " "
        return taxonomy.data.jobTitleSynonyms.filter { padded.contains(" " + LowercasedWords.joined($0.everyday) + " ") }
            .map(\.occupational).joined(separator: " ")
    }

    /// Target positions by each of their standard's typical job titles (`titleKey`).
    static func standardsByJobTitle(_ model: OccupationSkillModel) -> [String: [Int]] {
        var table: [String: [Int]] = [:]
        for (position, target) in model.targets.enumerated() {
            for title in Set(target.standard.typicalJobTitles.map(titleKey)) { table[title, default: []].append(position) }
        }
        return table
    }

    /// The table's occupational wordings by the key (`titleKey`) of their everyday title, in table order.
    static func synonymWordings(_ synonyms: [JobTitleSynonym]) -> [String: [String]] {
        var table: [String: [String]] = [:]
        for synonym in synonyms { table[titleKey(synonym.everyday), default: []].append(synonym.occupational) }
        return table
    }

    /// A title's words, lower-cased and singular (`singular`), joined: "Teaching assistants" → "teachingassistant".
    static func titleKey(_ title: String) -> String {
        title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { singular(String($0)) }.joined()
    }

    /// Target positions by their standard's own title (`titleKey`), without a bracketed note ("Teaching
    /// assistant", not "(level 3)").
    static func standardsByTitle(_ model: OccupationSkillModel) -> [String: [Int]] {
        var table: [String: [Int]] = [:]
        for (position, target) in model.targets.enumerated() {
            let title = target.standard.title.split(separator: "(").first.map(String.init) ?? target.standard.title
            table[titleKey(title), default: []].append(position)
        }
        return table
    }
}

// MARK: - An assistant's level

extension CareerDiagnostician {
    /// The level from which a standard is a higher technical or degree-level post, not an assistant's job.
    static let assistantCeiling = 4

    /// Whether a learner whose job is `job` may hold `standard` as their job: an assistant ("medical laboratory
    /// assistant") works below higher technical level, so a standard at `assistantCeiling` or above is theirs only
    /// when its own title is an assistant's too (Buying and merchandising assistant, level 4); Technician scientist (level 5),
    /// which lists "Laboratory Assistant" among its typical job titles, is not a lab assistant's job.
    static func assistantMayHold(_ standard: OccupationalStandard, job: String) -> Bool {
        guard standard.level >= assistantCeiling else { return true }
        func endsAssistant(_ text: String) -> Bool {
            text.lowercased().split { !$0.isLetter }.last.map { $0 == "assistant" || $0 == "assistants" } ?? false
        }
        return !endsAssistant(job) || standard.title.lowercased().split { !$0.isLetter }.contains("assistant")
    }
}

// MARK: - A named job's words in a standard's titles

extension CareerDiagnostician {
    /// Whether a standard's own or typical job titles hold a word of `job` that says what the work is (not a
    /// post word such as "officer" or "assistant"): "benefits and council tax officer" and Revenues and welfare
    /// benefits practitioner's "Council Tax Officer", but not a paintball "marshal" and Rail infrastructure operator.
    func sharesWorkWord(_ position: Int, job: String) -> Bool {
        let standard = model.targets[position].standard
        let work = analyzer.terms(job).filter { !Self.postStems.contains($0) }
        let names = Set(([standard.title] + standard.typicalJobTitles).flatMap { analyzer.terms($0) })
        return work.contains { word in
            names.contains { $0 == word || (min($0.count, word.count) >= 4 && ($0.hasPrefix(word) || word.hasPrefix($0))) }
        }
    }
}

