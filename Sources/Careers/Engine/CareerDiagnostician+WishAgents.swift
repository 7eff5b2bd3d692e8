import Matching
import Taxonomy

// MARK: - A wish named by its work or its employer

extension CareerDiagnostician {
    /// A wish's words without the employer or workplace that follows its job or work ("an ecologist for a consultancy",
    /// "food safety inspection for the council", "a car sprayer at a bodyshop", "an exam invigilator at a school"): the
    /// job is what comes before "for" with an article ("for the", "for a", "for an") or "at" ("at a", "at tesco"), when
    /// the word before it is a person doing a job (`namesPerson`) or a kind of work in "-ion". A place of work is where the job is done, never the job: its last word is the job's.
    /// "Care for the elderly" is kept whole: "care" is neither. ("A worker in a factory" keeps "in": the place may be
    /// all that says what the work is.)
    static func cuttingEmployer(_ words: [String]) -> [String] {
        guard words.count >= 3 else { return words }
        let articles: Set<String> = ["the", "a", "an"]
        let opensPlace = { (index: Int) -> Bool in
            let word = words[index].lowercased(), next = words[index + 1].lowercased()
            if word == "at" { return !articles.contains(next) || index + 2 < words.count }
            return word == "for" && articles.contains(next) && index + 2 < words.count
        }
        for index in 1..<(words.count - 1) where opensPlace(index) {
            let before = singular(words[index - 1])
            let isPerson = namesPerson(before)
            let isWork = before.hasSuffix("ion") && before.count > 5
            if (isPerson || isWork) && !wishWords.contains(before) { return Array(words[..<index]) }
        }
        return words
    }

    /// A wish that names a job by its work ("food safety inspection") read as the job title of the one who does it:
    /// the last word's doer ("inspection" → "inspector") heading a typical job title all of whose other words the wish
    /// holds ("Food inspector"). The longest such title wins; `nil` when none fits, so "fire safety inspection" stays
    /// a fire safety inspector's and "production" (no "productor") is left alone.
    func namingTheDoer(_ part: String) -> String? {
        let words = Self.singularWords(part)
        if let title = namingTheMaker(words) { return title }
        guard let last = words.last, last.count > 6, last.hasSuffix("ion") else { return nil }
        let doer = String(last.dropLast(3)) + "or"
        let others = Set(words.dropLast())
        var best: [String]?
        for title in titleEndings[doer].map(\.words) where title.count >= 2 && title.dropLast().allSatisfy(others.contains) {
            if title.count > (best?.count ?? 0) { best = title }
        }
        return best?.joined(separator: " ")
    }

    // MARK: Work named by its verb and what it works on

    /// A wish that names a job by what is done and to what ("build boats", "building boats", "boat building",
    /// "lay bricks") read as the title of the one who does it: the thing worked on and the verb's doer, as one word or
    /// two ("boatbuilder", "bricklayer", "dog trainer"), when a standard's own title or a typical job title is exactly
    /// that. Any learner naming work this way names the job of the person who does it. `nil` when no title is.
    func namingTheMaker(_ words: [String]) -> String? {
        guard (2...4).contains(words.count) else { return nil }
        // The verb first ("build boats") or last as an "-ing" noun ("boat building").
        let splits: [(verb: String, thing: [String])] = [(words[0], Array(words.dropFirst()))]
            + (words.last.map { $0.hasSuffix("ing") ? [($0, Array(words.dropLast()))] : [] } ?? [])
        for (verb, thing) in splits where !thing.isEmpty && thing.allSatisfy({ $0.count > 2 }) {
            let doers = Self.doerForms(of: verb)
            guard !doers.isEmpty else { continue }
            let joined = thing.joined()
            let oneWord = Set(doers.map { joined + $0 })  // "boat" + "builder", built once, not per title
            // The first title, in the standards' order, that is "boatbuilder" or "boat builder".
            let oneWordTitles = oneWord.flatMap { titleEndings[$0] }.filter { $0.words.count == 1 }
            let twoWordTitles = doers.flatMap { titleEndings[$0] }.filter { $0.words.count == thing.count + 1 && Array($0.words.dropLast()) == thing }
            if let first = (oneWordTitles + twoWordTitles).min(by: { $0.order < $1.order }) { return first.words.joined(separator: " ") }
        }
        return nil
    }

    /// The "-er" nouns a verb's doer may take ("build", "building": "builder"; "fit", "fitting": "fitter"; "make",
    /// "making": "maker"). Empty for words too short to be a verb of work.
    static func doerForms(of verb: String) -> Set<String> {
        var stems: Set<String> = []
        if verb.hasSuffix("ing"), verb.count > 5 {
            let stem = String(verb.dropLast(3))
            stems.formUnion([stem, stem + "e"])
            if let last = stem.last, stem.dropLast().last == last { stems.insert(String(stem.dropLast())) }
        } else if verb.count >= 3, !verb.hasSuffix("er") {
            stems.insert(verb)
        }
        var doers: Set<String> = []
        for stem in stems where stem.count >= 3 {
            doers.insert(stem.hasSuffix("e") ? stem + "r" : stem + "er")
            if let last = stem.last, !"aeiouwxy".contains(last) { doers.insert(stem + String(last) + "er") }
        }
        return doers
    }
}

// MARK: - Who the work would be for names no field

/// A wish that names a job often says who it would be for ("new product development for a big food manufacturer",
/// "information governance officer in the NHS or a council"). That is where the job would be, not another kind of work:
/// "food" there is the employer's trade, not cooking, and the NHS is no call for health work of another kind.
extension CareerDiagnostician {
    /// Nouns for an employer, ending a phrase of who the work would be for.
    static let employerNouns: Set<String> = [
        "manufacturer", "manufacturers", "company", "companies", "firm", "firms", "business", "businesses", "employer", "employers",
        "brand", "brands", "retailer", "retailers", "supermarket", "supermarkets", "charity", "charities", "agency", "organisation",
        "organization",
    ]

    /// Words (singular) that name an employer by itself ("the NHS", "a council", "the civil service").
    static let employerWords: Set<String> = ["nhs", "council", "councils", "authority", "government", "county", "borough"]

    /// The wish without the phrases saying who the work would be for: "for", "at" or "with", an article, then at most three
    /// words ending in an employer noun (`employerNouns`), a trailing comma or full stop kept.
    static func droppingEmployers(_ text: String) -> String {
        let lower = text.lowercased()
        guard employerNouns.contains(where: lower.contains) else { return text }
        var words = text.split(separator: " ").map(String.init)
        var index = 0
        while index + 2 < words.count {
            let opens = ["for", "at", "with"].contains(words[index].lowercased()) && ["a", "an", "the"].contains(words[index + 1].lowercased())
            if opens, let end = (index + 2...min(index + 4, words.count - 1)).first(where: { position in
                employerNouns.contains(String(words[position].lowercased().filter(\.isLetter)))
            }) {
                let trailing = String(words[end].reversed().prefix { !$0.isLetter }.reversed())
                words.replaceSubrange(index...end, with: trailing.isEmpty ? [] : [trailing])
                continue
            }
            index += 1
        }
        return words.joined(separator: " ")
    }

    /// Whether a wish part (`aspirationParts`) is only an employer's name (`employerWords`: "nhs", "council").
    static func namesOnlyEmployer(_ part: String) -> Bool {
        let words = singularWords(part)
        return !words.isEmpty && words.allSatisfy(employerWords.contains)
    }

    /// A wish part without the words naming an employer (`employerWords`): "information governance officer nhs" is the officer's job.
    static func droppingEmployerWords(_ part: String) -> String {
        part.split(separator: " ").filter { !employerWords.contains(singular(String($0))) }.joined(separator: " ")
    }
}
