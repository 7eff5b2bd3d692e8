import Matching
// MARK: - Clauses about someone else

/// Finds the clauses of a learner's text whose subject is someone else: "my wife went back to
/// nursing", "my dad was a plumber", "my partner works in IT", "she is a teacher". What they say is
/// another person's job, skills or wishes, not the learner's, so the diagnostic reads the text without
/// them (`blanked`).
///
/// A clause is someone else's when it opens (at the start of a sentence, after `;`, or after a joining
/// word such as "and", "but", "so", "when") with a possessive and a person ("my wife", "our eldest
/// son", "my ex husband", "my mum's", as "my mum is") or with "he" or "she". It runs to the end of the
/// sentence, to a comma before a joining word, or to the first word that brings the learner back in
/// ("I", "me", "we"): "my dad taught me plumbing" leaves "plumbing" to the learner, and "my husband
/// and I ran a pub" is theirs from the start; "she wants me to train as a dental nurse" stays hers.
public enum OthersClauses {
    /// Possessives that open a clause about someone else.
    static let possessives: Set<String> = ["my", "our", "his", "her", "their"]
    /// Words that may stand between the possessive and the person ("my older brother", "my late dad").
    static let modifiers: Set<String> = [
        "older", "oldest", "eldest", "elder", "younger", "youngest", "little", "big", "late", "step", "ex", "new", "other", "best",
        "own", "twin", "two", "teenage", "grown", "current", "then",
    ]
    /// People a learner talks about.
    static let people: Set<String> = [
        "wife", "husband", "partner", "boyfriend", "girlfriend", "fiance", "fiancee", "fiancé", "fiancée", "ex", "mum", "mam", "mom",
        "mother", "dad", "father", "parents", "stepdad", "stepmum", "son", "sons", "daughter", "daughters", "brother", "brothers",
        "sister", "sisters", "nan", "nana", "nanna", "gran", "granny", "grandma", "grandmother", "grandad", "granddad", "grandpa",
        "grandfather", "grandparents", "uncle", "aunt", "auntie", "aunty", "cousin", "cousins", "friend", "friends", "mate", "mates",
        "neighbour", "neighbours", "kids", "children", "child", "boss", "manager", "colleague", "colleagues", "family", "in-laws",
        // Children and partners as learners name them ("my lad has autism", "my hubby drives for a living").
        "kid", "boy", "boys", "girl", "girls", "lad", "baby", "hubby", "missus", "stepson", "stepdaughter", "grandson", "granddaughter",
        "grandchildren", "grandkids", "niece", "nephew",
        // Someone who teaches the learner ("my teacher says I should train"): what they do or say is theirs.
        "teacher", "teachers", "tutor", "tutors", "lecturer", "lecturers", "coach", "instructor",
    ]
    /// Modifiers that name a child on their own ("my eldest has ADHD", "our youngest started school"): with no person
    /// after them, the modifier is the person.
    static let childModifiers: Set<String> = ["eldest", "oldest", "youngest"]
    /// Pronouns that name someone else as the subject, with "he's" and "she's" as learners type them without the
    /// apostrophe ("shes stable now with carers coming in").
    static let pronouns: Set<String> = ["he", "she", "he's", "she's", "hes", "shes"]
    /// Words that bring the learner back into a clause, ending what is someone else's.
    static let firstPerson: Set<String> = ["i", "i'm", "i've", "i'd", "i'll", "im", "ive", "me", "my", "we", "we're", "we've", "we'd", "us", "myself"]
    /// The first-person words that are objects: "me to", "us to" carry someone else's wish for the learner.
    static let objects: Set<String> = ["me", "us"]
    /// Words that join clauses: a clause about someone else may start after one, and a comma before one ends it.
    /// (Not "after", "before" or "since", which also lead a person as a preposition: "I look after my mum".)
    /// "as" gives a reason as "because" does ("I gave up work as my son has autism"): what follows is the son's.
    static let joiners: Set<String> = [
        "and", "but", "so", "because", "cos", "as", "while", "whilst", "when", "though", "although", "then", "now", "once", "whereas",
    ]
    /// Words after "mum's" or "dad's" that make it "mum is" or "dad has" rather than a possessive ("my
    /// dad's a plumber", but "my dad's shop").
    static let contractionFollowers: Set<String> = [
        "a", "an", "the", "been", "got", "gone", "always", "never", "now", "still", "just", "not", "retired", "working", "training",
        "doing", "in", "on", "at", "off", "back", "going", "also", "already", "starting", "studying", "self",
    ]

    /// The text with each clause about someone else replaced by spaces (the same number of characters,
    /// so positions in it are positions in `text`).
    public static func blanked(_ text: String) -> String {
        let found = ranges(in: text)
        guard !found.isEmpty else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var position = text.startIndex
        for range in found {
            result += text[position..<range.lowerBound]
            result += String(repeating: " ", count: text[range].count)
            position = range.upperBound
        }
        result += text[position...]
        return result
    }

    /// The ranges of the clauses about someone else, in text order.
    static func ranges(in text: String) -> [Range<String.Index>] {
        let tokens = PhraseTokenizer.tokens(text)
        var result: [Range<String.Index>] = []
        var index = 0
        while index < tokens.count {
            guard let subjectEnd = subject(at: index, tokens: tokens),
                opensClause(at: index, tokens: tokens, text: text) || describedAfter(subjectEnd, tokens: tokens)
            else {
                index += 1
                continue
            }
            var end = subjectEnd
            while end + 1 < tokens.count, !endsClause(before: end + 1, tokens: tokens, text: text) { end += 1 }
            result.append(tokens[index].range.lowerBound..<tokens[end].range.upperBound)
            index = end + 1
        }
        return result
    }

    // MARK: Reading a clause

    /// Relative pronouns that describe the person before them ("my mum who had dementia").
    static let relatives: Set<String> = ["who", "who's", "whos", "who'd"]

    /// Whether the person ending at `subjectEnd` is described by a relative clause ("to look after my mum
    /// who had dementia"): wherever it stands, what follows is that person's condition or job, not the learner's.
    static func describedAfter(_ subjectEnd: Int, tokens: [TextToken]) -> Bool {
        subjectEnd + 1 < tokens.count && relatives.contains(tokens[subjectEnd + 1].lower)
    }

    /// Whether a clause may start at token `index`: the first word, after a sentence break, or after a joining word.
    static func opensClause(at index: Int, tokens: [TextToken], text: String) -> Bool {
        guard index > 0 else { return true }
        if sentenceBreak(before: index, tokens: tokens, text: text) || tokens[index].clauseBreak { return true }
        // "me and my partner": the learner is in it.
        if index > 1, ["and", "&"].contains(tokens[index - 1].lower), firstPerson.contains(tokens[index - 2].lower) { return false }
        return joiners.contains(tokens[index - 1].lower)
    }

    /// The position of the last word of a subject naming someone else at `index` ("my wife", "my
    /// older brother Dan", "she"), or nil when the clause opens otherwise or the learner is part of
    /// the subject ("my husband and I").
    static func subject(at index: Int, tokens: [TextToken]) -> Int? {
        let first = tokens[index].lower
        if pronouns.contains(first) { return index }
        // "Husband is in the army", "Wife works nights": a person named without "my", a verb next.
        if people.contains(first), index + 1 < tokens.count, bareSubjectVerbs.contains(tokens[index + 1].lower) { return index }
        // "Teachers keep saying go to uni", "Nurses told me to apply": people named by their work, then a word of telling.
        if index + 1 < tokens.count, tellingVerbs.contains(tokens[index + 1].lower), namesGroup(first) {
            // "keep", "always" tell only with a word of telling next ("keep saying"), not "Orders keep coming in".
            guard !persistingWords.contains(tokens[index + 1].lower)
                || (index + 2 < tokens.count && tellingVerbs.contains(tokens[index + 2].lower) && !persistingWords.contains(tokens[index + 2].lower))
            else { return nil }
            return index
        }
        if let group = groupSubject(at: index, tokens: tokens) { return group }
        if let acquaintance = acquaintanceSubject(at: index, tokens: tokens) { return acquaintance }
        guard possessives.contains(first) else { return nil }
        var position = index + 1
        while position < tokens.count, position - index <= 3, modifiers.contains(tokens[position].lower) { position += 1 }
        guard position < tokens.count else { return nil }
        // "my eldest has ADHD": the modifier is the child, and the clause theirs.
        if position > index + 1, childModifiers.contains(tokens[position - 1].lower), !people.contains(tokens[position].lower),
            !people.contains(String(tokens[position].lower.dropLast(2)))
        {
            return position - 1
        }
        let word = tokens[position].lower
        var person = word
        if word.hasSuffix("'s") {
            // "my dad's a plumber" (dad is), not "my dad's shop" (his shop).
            person = String(word.dropLast(2))
            guard people.contains(person), position + 1 < tokens.count, contractionFollowers.contains(tokens[position + 1].lower) else { return nil }
            return position
        }
        guard people.contains(person) else { return nil }
        // "my husband and I", "me and my partner": the learner is in it.
        if position + 2 < tokens.count, ["and", "&"].contains(tokens[position + 1].lower), firstPerson.contains(tokens[position + 2].lower) {
            return nil
        }
        // A name after the person ("my wife Sarah").
        if position + 1 < tokens.count, tokens[position + 1].original.first?.isUppercase == true, !tokens[position + 1].clauseBreak,
            !firstPerson.contains(tokens[position + 1].lower)
        {
            return position + 1
        }
        return position
    }

    /// People a learner names without "my" ("a mate of mine", "one of my friends"): an acquaintance.
    static let acquaintances: Set<String> = [
        "mate", "mates", "friend", "friends", "pal", "pals", "neighbour", "cousin", "colleague", "colleagues", "relative", "lad", "bloke",
    ]

    /// The position of the last word of an acquaintance named as the subject at `index`: "a mate of mine",
    /// "a friend", "one of my mates", "a mate from school" is not read past "mate". What such a clause says ("a
    /// mate of mine is a lift engineer") is that person's job, not the learner's; nil otherwise.
    static func acquaintanceSubject(at index: Int, tokens: [TextToken]) -> Int? {
        let first = tokens[index].lower
        var position: Int
        if first == "a" || first == "an" {
            position = index + 1
            while position < tokens.count, position - index <= 2, modifiers.contains(tokens[position].lower) { position += 1 }
        } else if first == "one", index + 2 < tokens.count, tokens[index + 1].lower == "of", possessives.contains(tokens[index + 2].lower) {
            position = index + 3
        } else {
            return nil
        }
        guard position < tokens.count, acquaintances.contains(tokens[position].lower) else { return nil }
        // "a mate of mine", "a friend of ours".
        if position + 2 < tokens.count, tokens[position + 1].lower == "of", ["mine", "ours"].contains(tokens[position + 2].lower) {
            return position + 2
        }
        return position
    }

    /// Verbs that, right after a person named without a possessive ("Husband is in the army"), make
    /// that person the subject of the clause.
    static let bareSubjectVerbs: Set<String> = [
        "is", "was", "works", "worked", "has", "had", "does", "did", "used", "runs", "ran", "got", "gets", "went", "goes", "served",
        "serves", "drives", "retired", "wants",
    ]
    /// Words of telling or urging after a group named by its work ("Teachers keep saying", "the nurses told me"): what
    /// follows is their advice, not the learner's work.
    static let tellingVerbs: Set<String> = [
        "keep", "kept", "say", "says", "said", "saying", "tell", "tells", "told", "telling", "reckon", "reckoned", "think", "thought",
        "suggest", "suggested", "suggesting", "advise", "advised", "recommend", "recommended", "push", "pushed", "pushing", "want", "wanted",
        "always", "encourage", "encouraged", "insist", "insisted", "asking", "nagging",
        // Hearsay: what people talk about ("people talk about data engineering and power BI") is theirs, not work the learner did.
        "talk", "talks", "talking", "mention", "mentions", "mentioned", "rave", "raving",
    ]

    /// Words of telling that only go on or repeat, telling nothing on their own ("keep", "always").
    static let persistingWords: Set<String> = ["keep", "kept", "always"]

    /// Whether `word` names people as a group: a plural word for people, or a plural word for workers ("teachers", "carers").
    static func namesGroup(_ word: String) -> Bool {
        groupWords.contains(word) || people.contains(word) && word.hasSuffix("s") || (word.count > 4 && workerEndings.contains(where: word.hasSuffix))
    }

    /// Plural endings of words naming people by their work ("carers", "nurses" aside, "doctors",
    /// "electricians", "assistants", "therapists", "paramedics").
    static let workerEndings = ["ers", "ors", "ists", "ians", "ants", "ics"]
    /// Plural words for people that no ending marks.
    static let groupWords: Set<String> = ["nurses", "staff", "people", "medics", "midwives", "police", "firefighters", "workmen", "lads", "girls"]
    /// Words that open a group named as the subject ("the carers that came in").
    static let groupOpeners: Set<String> = ["the", "those", "these"]
    /// Relative words after such a group: "the carers that came in were brilliant".
    static let groupRelatives: Set<String> = ["that", "who", "who'd", "whod"]

    /// The position of the group of other people at `index` ("the carers that came in", "the nurses
    /// who looked after my dad"): a plural word for people after "the", then a relative word and not the
    /// learner ("the patients who I cared for" is the learner's work). What such a clause says is what
    /// those people do, not what the learner does; nil otherwise.
    static func groupSubject(at index: Int, tokens: [TextToken]) -> Int? {
        guard groupOpeners.contains(tokens[index].lower), index + 3 < tokens.count else { return nil }
        let noun = tokens[index + 1].lower
        guard groupWords.contains(noun) || (noun.count > 4 && workerEndings.contains(where: noun.hasSuffix)) || people.contains(noun),
            groupRelatives.contains(tokens[index + 2].lower), !firstPerson.contains(tokens[index + 3].lower)
        else { return nil }
        return index + 2
    }

    /// Whether the clause about someone else ends before token `index`: at the end of a sentence, at a
    /// word bringing the learner back in, or at a comma before a joining word.
    static func endsClause(before index: Int, tokens: [TextToken], text: String) -> Bool {
        if sentenceBreak(before: index, tokens: tokens, text: text) { return true }
        // "wants me to train as a dental nurse": what someone wants of the learner is still theirs.
        if firstPerson.contains(tokens[index].lower) {
            return !(objects.contains(tokens[index].lower) && index + 1 < tokens.count && tokens[index + 1].lower == "to")
        }
        let gap = text[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
        return gap.contains(",") && joiners.contains(tokens[index].lower) && tokens[index].lower != "and"
    }

    /// Whether a sentence ends between token `index - 1` and token `index` (`.`, `!`, `?`, `;` or a line break).
    static func sentenceBreak(before index: Int, tokens: [TextToken], text: String) -> Bool {
        guard index > 0 else { return true }
        return text[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound].contains { ".!?;\n".contains($0) }
    }
}
