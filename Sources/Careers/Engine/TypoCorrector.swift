import Matching
import Taxonomy

// MARK: - Typo correction

/// Corrects misspelt words towards the skills vocabulary before extraction ("custmer servise" →
/// "customer service", "safegaurding" → "safeguarding").
///
/// A word is left alone when it is a real English word (`EnglishWords`: "beard" is not a misspelt
/// "board", nor "lots" "logs") or a known word: it appears anywhere in the standards, SOC 2020 titles
/// and descriptions, or the vocabulary. An unknown word of four or more letters is replaced by
/// the vocabulary word one edit away (insertion, deletion, substitution or swap of neighbours; two
/// edits for words of nine or more letters), when exactly one such word is nearest. A four-letter
/// word ("stok", "exel") is read only as a vocabulary word with the same first letter, since short
/// words are one edit from many others.
struct TypoCorrector: Sendable {
    /// Words the vocabulary's skill forms and everyday job titles use, by length, with how many
    /// forms and titles use each.
    private let targets: [Int: [(word: [UInt8], uses: Int)]]
    private let known: Set<String>
    /// Real English words (`EnglishWords.bundled` unless a test gives others): never misspellings.
    private let dictionary: EnglishWords
    /// Words shorter than this are never corrected.
    static let minimumLength = 4

    /// Number words and common words of a learner's story that sit one edit from vocabulary words.
    static let everydayWords: Set<String> = [
        "zero", "four", "five", "nine", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "first", "second", "third",
        "fourth", "fifth", "came", "come", "comes", "started", "starts", "altogether", "loved", "liked", "hated",
        "worked", "moved", "went", "left", "kept", "took", "gave", "made", "months", "years", "weeks", "ages",
        // Holidays as learners shorten them ("saturdays and summer hols"): not "hops".
        "hols", "hol",
        // Words of a learner's life the word list lacks, one edit from a vocabulary word: go-karts are not "parts",
        // a maths resit is not "resin", nor a stoma "stock".
        "kart", "karts", "karting", "gokart", "gokarts", "resit", "resits", "resitting", "resat", "stoma", "stomas",
        // "Poly" is a word of its own (low poly models, a poly tunnel, poly bags), not a misspelt "pony".
        "poly", "polys",
    ]

    /// Contractions as learners type them without the apostrophe ("arent", "wouldnt", "youre"): the word they
    /// are, never a vocabulary word one edit away ("arent" is not "agent").
    static let apostropheFreeContractions: Set<String> = [
        "arent", "isnt", "wasnt", "werent", "dont", "doesnt", "didnt", "cant", "couldnt", "wont", "wouldnt", "shouldnt", "mustnt",
        "havent", "hasnt", "hadnt", "neednt", "mightnt", "youre", "youve", "youll", "youd", "theyre", "theyve", "theyll", "theyd",
        "weve", "well", "were", "ive", "ill", "id", "im", "hes", "shes", "its", "thats", "whats", "wheres", "theres", "heres",
        "whos", "lets", "aint", "yall",
    ]

    /// Names of software, apps and online platforms learners say they use, lower-cased: known words, so
    /// never corrected towards the vocabulary ("figma" is not "sigma", "xero" not "zero").
    static let productNames: Set<String> = [
        "figma", "canva", "sketch", "procreate", "photoshop", "illustrator", "indesign", "lightroom", "premiere", "capcut", "davinci",
        "blender", "unity", "unreal", "autocad", "revit", "sketchup", "solidworks", "fusion", "xero", "sage", "quickbooks", "kashflow",
        "jira", "trello", "asana", "notion", "slack", "zoom", "teams", "outlook", "excel", "shopify", "wix", "wordpress", "squarespace",
        "etsy", "ebay", "tiktok", "instagram", "facebook", "youtube", "linkedin", "python", "javascript", "html", "github", "tableau",
        "salesforce", "hubspot", "mailchimp", "hootsuite", "flexi", "roland", "sap", "oracle", "epos", "deliveroo", "ubereats",
        // Brands of the tools and kit learners name ("my own clippers (wahl)", "a Midas desk"): the tool, never a word one edit away.
        "wahl", "andis", "babyliss", "oster", "ghd", "dyson", "dewalt", "makita", "milwaukee", "hilti", "festool", "ryobi", "stihl",
        "husqvarna", "karcher", "numatic", "snapon", "midas", "digico", "behringer", "smaart", "yamaha", "jcb", "kubota", "manitou",
        "hyster", "linde", "emis", "systmone",
    ]

    /// The corrector for `taxonomy`'s vocabulary, leaving alone the words of `dictionary`.
    init(taxonomy: SkillsTaxonomy, dictionary: EnglishWords = .bundled) {
        self.dictionary = dictionary
        var known = Set<String>()
        var targetWords: [String: Int] = [:]
        func words(_ text: String) -> [String] {
            LowercasedWords.words(text, digits: false)
        }
        let data = taxonomy.data
        for skill in data.skills {
            for form in skill.forms { for word in Set(words(form)) { targetWords[word, default: 0] += 1; known.insert(word) } }
        }
        for synonym in data.jobTitleSynonyms {
            for word in Set(words(synonym.everyday) + words(synonym.occupational)) { targetWords[word, default: 0] += 1; known.insert(word) }
        }
        for standard in data.standards {
            for text in [standard.title, standard.overview] + standard.typicalJobTitles + standard.statements.map(\.text) + standard.duties.map(\.text) {
                known.formUnion(words(text))
            }
        }
        for group in data.socUnitGroups {
            for text in [group.title, group.description] + group.tasks + group.relatedJobTitles + group.aliases { known.formUnion(words(text)) }
        }
        // Everyday function words ("here", "were", "then") are known too: short ones sit one edit
        // from vocabulary words ("herd"), and the taxonomy's texts need not contain them all.
        known.formUnion(StopWords.english)
        // Numbers and everyday story words are never misspellings of vocabulary ("nine" is not "nice",
        // "came" not "care", "started" not "starter").
        known.formUnion(Self.everydayWords)
        known.formUnion(Self.apostropheFreeContractions)
        // Names of software and online tools ("figma", "canva", "xero") are what the learner uses, never
        // misspellings of vocabulary words ("sigma").
        known.formUnion(Self.productNames)
        // So are the words learners name their limits with ("sick of the drunks"), which must not become others ("drinks").
        for limit in WorkLimit.all { for phrase in limit.statements + limit.ruledOutWords { known.formUnion(words(phrase)) } }
        self.known = known
        var byLength: [Int: [(word: [UInt8], uses: Int)]] = [:]
        for (word, uses) in targetWords.sorted(by: { $0.key < $1.key }) where word.count >= 4 {
            byLength[word.utf8.count, default: []].append((Array(word.utf8), uses))
        }
        targets = byLength
    }

    /// The text with misspelt words corrected, and what was corrected (original → correction).
    func correct(_ text: String) -> (text: String, corrections: [(String, String)]) {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var corrections: [(String, String)] = []
        var word = ""
        var sentenceStart = true
        func flush() {
            guard !word.isEmpty else { return }
            defer {
                word = ""
                sentenceStart = false
            }
            let lower = word.lowercased()
            // A capitalised word inside a sentence is a name (a person, street or employer): left
            // alone, so it is neither changed nor quoted in the "Read … as …" notice.
            let properNoun = !sentenceStart && word.first?.isUppercase == true
            guard !properNoun, !Self.isMixedCase(word), lower.count >= Self.minimumLength, lower.allSatisfy({ $0.isASCII }), !isKnown(lower), let fixed = nearest(lower),
                !Self.isShortStemVowelChange(lower, fixed), !isUndoingWord(lower, fixed)
            else {
                output += word
                return
            }
            let cased = word.first?.isUppercase == true ? fixed.prefix(1).uppercased() + fixed.dropFirst() : fixed
            output += cased
            if !corrections.contains(where: { $0.0 == word }) { corrections.append((word, cased)) }
        }
        for character in text {
            if character.isLetter {
                word.append(character)
            } else {
                flush()
                if ".!?\n".contains(character) { sentenceStart = true }
                output.append(character)
            }
        }
        flush()
        return (output, corrections)
    }

    /// True for a word that is no misspelling: a real English word, a word the taxonomy uses, a
    /// regular inflection of one (`isInflectionOfKnown`), or one of them after a common prefix
    /// (`isPrefixedKnown`: "resoling", "rewiring").
    func isKnown(_ word: String) -> Bool {
        isPlainKnown(word) || isPrefixedKnown(word)
    }

    /// A real English word, a word the taxonomy uses, or a regular inflection of either.
    private func isPlainKnown(_ word: String) -> Bool {
        dictionary.contains(word) || known.contains(word) || isInflectionOfKnown(word)
    }

    /// Prefixes that make a new real word of a real word ("re" + "soling", "un" + "blocking").
    static let wordPrefixes = ["re", "un", "pre", "mis", "over", "under", "out", "sub"]

    /// True when the word is a common prefix (`wordPrefixes`) before a known word of at least five
    /// letters ("resoling": re + soling, the -ing of "sole"; "rewiring"): a trade's own word made the
    /// regular way, not a misspelling of a vocabulary word one edit away ("resolving").
    func isPrefixedKnown(_ word: String) -> Bool {
        Self.wordPrefixes.contains { prefix in
            word.hasPrefix(prefix) && word.count - prefix.count >= 5 && isPlainKnown(String(word.dropFirst(prefix.count)))
        }
    }

    /// True for a word written with a capital after its first letter and a small letter somewhere
    /// ("iPads", "PCBs", "eBay", "PowerPoint"): a product name or an acronym's plural, written that way
    /// on purpose, never a misspelling. A word in all capitals is still read (a learner may type in capitals).
    static func isMixedCase(_ word: String) -> Bool {
        word.dropFirst().contains(where: \.isUppercase) && word.contains(where: \.isLowercase)
    }

    /// True for a regular inflection of a known word, which is not a misspelling: a plural ("tills"),
    /// a past tense or an -ing form ("turfing", "clocking", "frying"), with a dropped e ("baking"), a
    /// doubled consonant ("shopping") or y → i ("fried").
    func isInflectionOfKnown(_ word: String) -> Bool {
        // Known: a taxonomy word or a real English word ("soling" is the -ing of "sole").
        func known(_ stem: String) -> Bool { self.known.contains(stem) || dictionary.contains(stem) }
        for suffix in ["s", "es", "ed", "ing"] where word.hasSuffix(suffix) && word.count >= suffix.count + 3 {
            let stem = String(word.dropLast(suffix.count))
            if known(stem) { return true }
            guard suffix != "s" else { continue }
            if suffix != "es", known(stem + "e") { return true }
            if suffix != "es", let last = stem.last, stem.dropLast().last == last, known(String(stem.dropLast())) { return true }
            if suffix != "ing", stem.hasSuffix("i"), known(stem.dropLast() + "y") { return true }
        }
        return false
    }

    /// Prefixes of undoing or removing that make a trade's own word of a known one ("deleafing" tomato plants, "deburring",
    /// "descaling", "deboning"): such a word is no misspelling of a vocabulary word two edits away ("delegating"). A word
    /// one edit from one is still read as it ("desinging" is "designing" with two letters swapped).
    static let undoingPrefixes = ["de", "dis"]

    /// True when `word` is an undoing prefix (`undoingPrefixes`) before a known word of at least five letters and
    /// `fixed` is more than one edit from it.
    func isUndoingWord(_ word: String, _ fixed: String) -> Bool {
        Self.undoingPrefixes.contains { prefix in
            word.hasPrefix(prefix) && word.count - prefix.count >= 5 && isPlainKnown(String(word.dropFirst(prefix.count)))
        } && Self.distance(Array(word.utf8), Array(fixed.utf8), limit: 2) > 1
    }

    /// Endings a short stem takes with its last consonant doubled ("dag" → "dagging", "dagged").
    static let doublingEndings = ["ing", "ed", "er", "ers"]
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// True when `word` is a three-letter stem inflected with its consonant doubled, spelt as the rule
    /// wants ("dagging": dag + g + ing), and `fixed` differs from it only in the stem's vowel
    /// ("digging"): three-letter stems sit one vowel from many others (dag, dig, dog, dug), and a
    /// carefully doubled consonant is no slip of the fingers, so such a word is a trade's own word, not a typo.
    static func isShortStemVowelChange(_ word: String, _ fixed: String) -> Bool {
        let letters = Array(word), other = Array(fixed)
        guard letters.count == other.count, letters.count >= 5,
            doublingEndings.contains(where: { word.hasSuffix($0) && letters.count == 4 + $0.count }),
            !vowels.contains(letters[0]), vowels.contains(letters[1]), !vowels.contains(letters[2]), letters[2] == letters[3]
        else { return false }
        let differing = letters.indices.filter { letters[$0] != other[$0] }
        return differing == [1] && vowels.contains(other[1])
    }

    /// The nearest vocabulary word within the allowed edits, or nil. Of several equally near, the
    /// one the vocabulary uses at least twice as often as any other wins ("stok" → "stock", not
    /// "stop"); otherwise the word is too ambiguous to correct.
    func nearest(_ word: String) -> String? {
        let bytes = Array(word.utf8)
        let limit = bytes.count >= 9 ? 2 : 1
        var nearest: [(word: [UInt8], uses: Int)] = []
        var bestDistance = limit + 1
        for length in (bytes.count - limit)...(bytes.count + limit) {
            for candidate in targets[length] ?? [] where bytes.count > Self.minimumLength || candidate.word.first == bytes.first {
                let distance = Self.distance(bytes, candidate.word, limit: bestDistance)
                if distance < bestDistance {
                    nearest = [candidate]
                    bestDistance = distance
                } else if distance == bestDistance, distance <= limit {
                    nearest.append(candidate)
                }
            }
        }
        guard bestDistance <= limit else { return nil }
        let ranked = nearest.sorted { $0.uses > $1.uses }
        guard let first = ranked.first, ranked.count == 1 || ranked[1].uses * 2 <= first.uses else { return nil }
        return String(decoding: first.word, as: UTF8.self)
    }

    /// Optimal string alignment distance (edits with neighbour swaps), giving up above `limit`.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, previous2[j - 2] + 1) }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
