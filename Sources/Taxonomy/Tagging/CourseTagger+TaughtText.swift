public import Domain
import Foundation
import Matching

// MARK: - What a course teaches

/// The words of a course that say what it teaches, for skill tagging. A course page also says who it is
/// for ("This free course is for builders, plasterers, decorators and housing officers"), how to apply
/// ("see our course page for the current recruitment window") and where it lives on the web
/// ("…/police-constable-degree-apprenticeship.html"); none of that is taught, so tagging it offered a
/// team-leading course to mortuary technicians for its "senior carers" and a police degree to
/// manufacturing managers for its "recruitment".
extension CourseTagger {
    /// The title, summary, description, what you will learn, objective, qualification title and subject
    /// labels, each without web addresses, sentences about applying or recruitment, and the audience
    /// part of a sentence ("for team members who …, such as senior shop floor staff"). Entry
    /// requirements, where next and funding notes are never read.
    public static func taughtText(of course: Course) -> String {
        var parts = [course.title]
        parts += [course.summary, course.description, course.whatYouWillLearn, course.objective].compactMap { $0 }.map(taught)
        parts += [course.qualification?.title].compactMap { $0 }
        parts += course.subjects.map { [$0.label, $0.code].compactMap { $0 }.joined(separator: " ") }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// A passage without its web addresses, application or recruitment sentences, and audience clauses.
    public static func taught(_ passage: String) -> String {
        var sentences: [String] = []
        var text = withoutAddresses(passage)
        for (phrase, plain) in rewrites { text = text.replacingOccurrences(of: phrase, with: plain, options: .caseInsensitive) }
        for sentence in self.sentences(text) {
            let lower = " " + sentence.lowercased() + " "
            if applicationPhrases.contains(where: lower.contains) { continue }
            let kept = withoutAudience(sentence).trimmingCharacters(in: .whitespaces)
            if !kept.isEmpty { sentences.append(kept) }
        }
        return sentences.joined(separator: "\n")
    }

    /// Phrases whose skill word is used in another sense ("cleaning data" is not cleaning), with a
    /// neutral wording.
    static let otherSenses = [
        ("cleaning data", "preparing data"), ("data cleaning", "data preparation"), ("cleansing data", "preparing data"),
        ("data cleansing", "data preparation"), ("clean data", "prepared data"),
    ]

    /// The rewrites made before a passage is read (`otherSenses`). The teaching awards' unit and task names ("Understanding
    /// assessment in education and training", a micro-teach) are wordings of the skills vocabulary, not rewrites here.
    static let rewrites = otherSenses

    // MARK: Web addresses

    /// The passage with every word that is a web address or a file name ("https://…", "www.…",
    /// "page.html") and every bracket left empty by removing them taken out.
    static func withoutAddresses(_ passage: String) -> String {
        let words = passage.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let core = word.trimmingCharacters(in: CharacterSet(charactersIn: "()[]<>.,;:!?\"'"))
            let lower = core.lowercased()
            let address = lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
                || webFileEndings.contains { lower.hasSuffix($0) && lower.count > $0.count }
            return address ? "" : String(word)
        }
        return words.joined(separator: " ").replacingOccurrences(of: "()", with: "").replacingOccurrences(of: "( )", with: "")
    }

    static let webFileEndings = [".html", ".htm", ".php", ".aspx", ".asp", ".pdf"]

    // MARK: Sentences

    /// The passage cut at line breaks and at full stops, question and exclamation marks followed by a space.
    static func sentences(_ passage: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(passage)
        for (position, character) in characters.enumerated() {
            let next = position + 1 < characters.count ? characters[position + 1] : " "
            if character.isNewline || (".?!".contains(character) && (next == " " || next.isNewline)) {
                if !current.trimmingCharacters(in: .whitespaces).isEmpty { result.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { result.append(current) }
        return result
    }

    /// Words of sentences about applying, recruitment or eligibility rather than what is taught
    /// (matched in lower case with a space either side of the sentence).
    static let applicationPhrases = [
        "how to apply", " to apply", "apply through", "apply via", "apply online", "apply by ", "applications are", "applications open",
        "applications close", "application form", "recruitment window", "recruitment round", "recruitment process", "entry requirement",
        "you will need to have", "open to adults", "open to anyone", "open to people", "must be aged", " aged 19 ", " aged 16 ", "right to work",
    ]

    // MARK: Audience

    /// A sentence without the part that says who the course is for: from a marker ("is for", "aimed at",
    /// "suitable for", "for anyone", or a "for" opening the sentence or following a word for the course,
    /// with people within four words: "For analysts and for finance … staff", "certificate for new team
    /// leaders") to the sentence's end. "Finance for managers" in a list of modules stays.
    static func withoutAudience(_ sentence: String) -> String {
        let words = sentence.split(separator: " ").map(String.init)
        let lower = words.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        // The words before the audience, and any after a colon or a comma that goes back to the course
        // ("For care workers moving into senior roles: safeguarding adults, …"; "for IT staff,
        // specialising in software engineering or data analysis"). After a colon that opens a list of people the audience
        // goes on ("For people who want to teach or train adults: trade professionals …, volunteers, and anyone starting out in
        // … the armed forces" teaches no armed forces work).
        func cut(at start: Int) -> String {
            var kept = Array(words[..<start])
            if let resume = ((start + 1)..<max(start + 1, lower.count - 1)).first(where: { position in
                words[position].hasSuffix(":") || (words[position].hasSuffix(",") && resumingWords.contains(lower[position + 1]))
            }), !(words[resume].hasSuffix(":") && listsPeople(lower[(resume + 1)...]))
            {
                kept += words[(resume + 1)...]
            }
            return kept.joined(separator: " ")
        }
        for index in lower.indices {
            let two = index + 1 < lower.count ? lower[index] + " " + lower[index + 1] : lower[index]
            if audienceMarkers.contains(two) { return cut(at: index) }
            guard lower[index] == "for" else { continue }
            // "for people who want to …" is an audience; "caring for people with dementia" is taught.
            if index + 2 < lower.count, ["people", "adults"].contains(lower[index + 1]), ["who", "wanting", "looking"].contains(lower[index + 2]) {
                return cut(at: index)
            }
            // "For analysts …" opening a sentence, or "certificate for new team leaders"; not "finance for managers".
            let opens = index == 0 || lower[max(0, index - 3)..<index].contains(where: courseNouns.contains)
            let window = lower[(index + 1)..<min(index + 5, lower.count)]
            if opens, window.contains(where: isPeople) { return cut(at: index) }
        }
        return sentence
    }

    /// Whether the words after an audience's colon go on naming people: a people word (`isPeople`) among their first
    /// `peopleListWindow` ("trade professionals who want to pass on their skills, trainers in business, volunteers").
    static func listsPeople(_ words: ArraySlice<String>) -> Bool {
        words.prefix(peopleListWindow).contains(where: isPeople)
    }

    /// How many words after an audience's colon are read for people (`listsPeople`).
    static let peopleListWindow = 3

    /// Words for a course, after which "for" + people names its audience.
    static let courseNouns: Set<String> = [
        "course", "courses", "certificate", "diploma", "award", "programme", "program", "qualification", "bootcamp", "apprenticeship",
        "training", "workshop", "module", "class", "classes", "session", "sessions", "free", "online", "designed", "aimed", "suitable", "ideal",
    ]

    /// Words after a comma that go back from the audience to the course ("…, specialising in …").
    static let resumingWords: Set<String> = ["specialising", "specializing", "covering", "focusing", "focussing", "leading", "teaching", "learning"]

    /// Two-word openings of an audience ("aimed at …").
    static let audienceMarkers: Set<String> = [
        "is for", "are for", "aimed at", "designed for", "suitable for", "ideal for", "intended for", "open to", "whether you", "for anyone",
        "for everyone", "for those", "for learners", "for beginners", "for individuals", "for employees", "for staff", "for newcomers",
    ]

    /// A word naming people as an audience: a plural job word ("plasterers", "analysts", "supervisors",
    /// "technicians") or a word for a group ("staff", "members", "anyone"), not one for those served
    /// ("customers", "clients") or for things ("computers").
    static func isPeople(_ word: String) -> Bool {
        if groupWords.contains(word) { return true }
        if notPeople.contains(word) { return false }
        return ["ers", "ors", "ists", "ysts", "ians", "ants", "ents"].contains { word.hasSuffix($0) && word.count > $0.count + 3 }
            && !word.hasSuffix("ments") && !word.hasSuffix("ients") && !word.hasSuffix("ciers")
    }

    static let groupWords: Set<String> = [
        "staff", "members", "anyone", "everyone", "learners", "beginners", "owners", "leavers", "changers", "returners", "professionals",
        "practitioners", "workers", "employees", "volunteers", "graduates", "newcomers", "students",
    ]

    /// Plural words with a job-like ending that are not an audience.
    static let notPeople: Set<String> = [
        "customers", "clients", "patients", "residents", "users", "computers", "others", "papers", "letters", "orders", "numbers", "matters",
        "centers", "filters", "layers", "registers", "printers", "containers", "meters", "chapters", "sectors", "factors", "motors",
        "tractors", "monitors", "elements", "components", "documents", "assignments", "events", "contents", "restaurants", "parents",
    ]

    // MARK: Jobs named in the title

    /// The singular lower-case words of the course's title, qualification title and subject labels
    /// (a subject "Senior care worker" says the course is about that job).
    static func titleWords(of course: Course) -> Set<String> {
        let text = ([course.title, course.qualification?.title] + course.subjects.map(\.label)).compactMap { $0 }.joined(separator: " ")
        return Set(PhraseTokenizer.tokens(text).map { PhraseIndex.singular($0.lower) })
    }

    /// True when every word of `mention` (singular) is among `words`.
    static func names(_ mention: String, in words: Set<String>) -> Bool {
        let tokens = PhraseTokenizer.tokens(mention)
        return !tokens.isEmpty && tokens.allSatisfy { words.contains(PhraseIndex.singular($0.lower)) }
    }
}
