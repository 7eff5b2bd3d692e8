import Foundation
import Matching

// MARK: - Skill extraction

/// Finds the vocabulary's skills in free text: stemmed phrase matching with spans first, then the
/// skills a named everyday job implies (job-title table), the matching engine's sentence ranking as
/// a cautious fallback, and negated mentions set apart.
struct SkillExtractor: Sendable {
    /// Texts longer than this many characters are cut (and the cut reported).
    static let maxCharacters = 20_000

    let skills: [Skill]
    let phrases: PhraseIndex
    let engine: MatchIndex
    let analyzer = TextAnalyzer()
    /// The terms of "work" itself, which says nothing of which work: on its own beside words read as
    /// another skill ("work in a day nursery"), it does not make the engine fallback read a form.
    let everydayTerms: Set<String>
    /// Job titles that imply skills: each title's skill positions, and a phrase index over the
    /// titles (a pattern's `skillIndex` is the title's position in `impliedSkills`).
    let impliedSkills: [(title: String, skills: [Int])]
    let titles: PhraseIndex
    /// Every everyday job title, lower-cased ("sparky", "plumber"): a skill form that is one names a worker,
    /// who may be someone else (`namesSomeoneElse`).
    let everydayTitles: Set<String>

    init(skills: [Skill], jobTitles: [JobTitleSynonym] = []) {
        self.skills = skills
        everydayTerms = Set(TextAnalyzer().terms("work worked working works"))
        phrases = PhraseIndex(patterns: PhrasePattern.patterns(for: skills))
        let positions = Dictionary(uniqueKeysWithValues: skills.enumerated().map { ($1.id, $0) })
        let implying = jobTitles.filter { !$0.skills.isEmpty }
            .map { (title: $0.everyday, skills: $0.skills.compactMap { positions[$0] }) }
        impliedSkills = implying
        everydayTitles = Set(jobTitles.map { $0.everyday.lowercased() })
        titles = PhraseIndex(patterns: implying.enumerated().compactMap { offset, entry in PhrasePattern(skillIndex: offset, form: entry.title) })
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
        var excluded: [String] = []
        var excludedRanges: [Range<String.Index>] = []
        // Which words stand in a question ("how long does it take to get gas safe?"), worked out only when the text asks one.
        // A sentence opening as a question ("Can I become a physio without A levels") asks one, its mark left off or not.
        let questions = text.contains("?") || Self.opensQuestion(tokens) ? Self.questionWords(tokens, text: text) : []
        // Where the last service the learner names as working beside ends ("with the police"), so the next one listed
        // ("and fire service") is read as beside them too.
        var partnerEnd: Int?
        for match in phrases.scan(tokens) {
            if match.pattern.blocks {
                let range = tokens[match.tokenRange.lowerBound].range.lowerBound..<tokens[match.tokenRange.upperBound - 1].range.upperBound
                excluded.append(String(text[range]))
                excludedRanges.append(range)
                continue
            }
            let first = tokens[match.tokenRange.lowerBound], last = tokens[match.tokenRange.upperBound - 1]
            let range = first.range.lowerBound..<last.range.upperBound
            // "exhausted" is no form of "exhausts"; "teaching myself python" is learning, not teaching.
            if Self.isVerbOfPluralNoun(match, tokens: tokens) || Self.isReflexive(after: match.tokenRange.upperBound, in: tokens, text: text) {
                excluded.append(String(text[range]))
                continue
            }
            // "with the sparky we sub to": a job title after a word of working beside or for someone names another worker.
            if everydayTitles.contains(match.pattern.form.lowercased()) || everydayTitles.contains(text[range].lowercased())
                || Self.namesWorker(match.pattern.form) || Self.workerWords.contains(PhraseIndex.singular(text[range].lowercased())),
                Self.namesSomeoneElse(before: match.tokenRange.lowerBound, end: match.tokenRange.upperBound, in: tokens)
            {
                excluded.append(String(text[range]))
                continue
            }
            // "I've called ambulances", "rang the police": a service the learner summoned, not work they did.
            if Self.namesCalledService(match.tokenRange, in: tokens) {
                excluded.append(String(text[range]))
                continue
            }
            // "sat with them till someone came": "till" meaning until, not the shop's till.
            if Self.isUntil(match.tokenRange, in: tokens, text: text) {
                excluded.append(String(text[range]))
                continue
            }
            // "the books for his plastering business": someone else's trade; "watched the OT": a worker the learner saw at work;
            // "his OT got him making a cup of tea": the worker someone else has.
            let isWorker = Self.isAbbreviation(String(text[range]))
                || everydayTitles.contains(match.pattern.form.lowercased()) || everydayTitles.contains(text[range].lowercased())
            if Self.namesOthersTrade(match.tokenRange, in: tokens)
                || (Self.isAbbreviation(String(text[range])) && Self.observed(before: match.tokenRange.lowerBound, in: tokens))
                || (isWorker && Self.othersPossessive(before: match.tokenRange.lowerBound, in: tokens))
            {
                excluded.append(String(text[range]))
                continue
            }
            // "managing the scene at crashes with the police and fire service": services the learner works beside.
            if Self.namesPartnerService(match.tokenRange, in: tokens, after: partnerEnd) {
                excluded.append(String(text[range]))
                partnerEnd = match.tokenRange.upperBound
                continue
            }
            let skill = skills[match.pattern.skillIndex]
            let written = String(text[range])
            let exact = written.lowercased() == match.pattern.form.lowercased()
            // "social media ads and analytics, which I know nothing about": disowned by the clause after it.
            let negation = Self.negation(before: match.tokenRange.lowerBound, in: tokens, text: text)
                ?? Self.disowned(after: match.tokenRange.upperBound, in: tokens)
            let asking = negation == nil && !questions.isEmpty ? Self.asking(before: match.tokenRange.lowerBound, in: tokens, questions: questions) : nil
            let how = exact ? "says \"\(written)\"" : "says \"\(written)\" (a form of \"\(match.pattern.form)\")"
            var reason = match.pattern.form == skill.label ? "the text \(how)" : "the text \(how), an alias of \(skill.label)"
            if let negation { reason += "; negated by \"\(negation)\"" }
            if let asking { reason += "; asked about (\"\(asking)\"), not said to be held" }
            found.append(ExtractedSkill(
                skillID: skill.id, label: skill.label, kind: skill.kind,
                start: text.distance(from: text.startIndex, to: range.lowerBound), end: text.distance(from: text.startIndex, to: range.upperBound),
                text: written, alias: match.pattern.form, method: exact ? .exact : .stemmed,
                confidence: exact ? 0.95 : 0.85, reason: reason, negated: negation != nil || asking != nil))
        }
        var matchedIDs = Set(found.map(\.skillID))
        // Words a phrase match already explains cannot, on their own, be evidence for the fallback;
        // words an exclusion phrase reads as no skill ("residential, nursing and home care") are no
        // evidence for it at all.
        let explained = Set(found.flatMap { analyzer.terms($0.text) })
        let blocked = Set(excluded.flatMap { analyzer.terms($0) })
        for implied in impliedMatches(in: text, tokens: tokens, excluding: matchedIDs, blockedRanges: excludedRanges, read: found, questions: questions) {
            found.append(implied)
            matchedIDs.insert(implied.skillID)
        }
        // A question's words are what the learner asks about, never evidence for the cautious fallback.
        for sentence in sentences where questions.isEmpty || !Self.isQuestion(sentence, in: text) {
            if let fallback = engineMatch(in: text, sentence: sentence, excluding: matchedIDs, explained: explained, blocked: blocked) {
                found.append(fallback)
                matchedIDs.insert(fallback.skillID)
            }
        }
        // A licence the text says was taken, revoked or lost is not held, whatever job once implied it.
        if let lost = Self.lostLicence(in: text) {
            for index in found.indices where found[index].label == Self.licenceLabel && !found[index].negated {
                found[index].negated = true
                found[index].reason += "; the text says \"\(lost)\""
            }
        }
        found.sort { $0.start < $1.start }
        let held = found.filter { !$0.negated }
        return ExtractionResult(
            outcome: held.isEmpty ? .noSkillFound : .skillsFound, skills: held, negated: found.filter(\.negated), truncatedAt: truncatedAt)
    }

    // MARK: Skills a named job implies

    /// The skills implied by the everyday job titles the text names, except those already found; each
    /// quotes the title as its evidence and is negated with it ("never worked as a carer"). A title
    /// inside wording an exclusion reads in another sense (`blockedRanges`: "a dry cleaners" is a shop,
    /// not a cleaner) implies nothing. Nor does a word that only shares a title's stem inside words a
    /// vocabulary form has read as a skill (`read`): "upvc door mechanisms" is locksmithing, not a mechanic.
    private func impliedMatches(
        in text: String, tokens: [TextToken], excluding: Set<String>, blockedRanges: [Range<String.Index>] = [],
        read: [ExtractedSkill] = [], questions: [Bool] = []
    ) -> [ExtractedSkill] {
        var result: [ExtractedSkill] = []
        var added: Set<Int> = []
        // Worked out only when a title is written other than as the table has it (offsets to indices walk the text).
        lazy var readRanges = read.map { text.index(text.startIndex, offsetBy: $0.start)..<text.index(text.startIndex, offsetBy: $0.end) }
        for match in titles.matches(in: tokens) {
            let entry = impliedSkills[match.pattern.skillIndex]
            let first = tokens[match.tokenRange.lowerBound], last = tokens[match.tokenRange.upperBound - 1]
            let range = first.range.lowerBound..<last.range.upperBound
            if blockedRanges.contains(where: { $0.overlaps(range) }) { continue }
            if Self.namesSomeoneElse(before: match.tokenRange.lowerBound, end: match.tokenRange.upperBound, in: tokens) { continue }
            let written = String(text[range])
            if PhraseIndex.singular(written.lowercased()) != PhraseIndex.singular(entry.title.lowercased()),
                readRanges.contains(where: { $0.overlaps(range) })
            {
                continue
            }
            let negation = Self.negation(before: match.tokenRange.lowerBound, in: tokens, text: text)
            let asking = negation == nil && !questions.isEmpty ? Self.asking(before: match.tokenRange.lowerBound, in: tokens, questions: questions) : nil
            for position in entry.skills where !excluding.contains(skills[position].id) && added.insert(position).inserted {
                let skill = skills[position]
                var reason = "the text names the job \"\(written)\", which involves \(skill.label)"
                if let negation { reason += "; negated by \"\(negation)\"" }
                if let asking { reason += "; asked about (\"\(asking)\"), not said to be held" }
                result.append(ExtractedSkill(
                    skillID: skill.id, label: skill.label, kind: skill.kind,
                    start: text.distance(from: text.startIndex, to: range.lowerBound), end: text.distance(from: text.startIndex, to: range.upperBound),
                    text: written, alias: entry.title, method: .jobTitle, confidence: 0.7, reason: reason, negated: negation != nil || asking != nil))
            }
        }
        return result
    }

    // MARK: Someone else's job

    /// Words before a job title that make it another worker the learner works beside or for ("with the
    /// sparky we sub to", "labouring for a plumber", "alongside the nurses"), not the learner's own job.
    static let besideWords: Set<String> = [
        "with", "alongside", "for", "helping", "helped", "assisting", "assisted", "under", "behind",
        // A worker the learner watched at work ("watched the OT work out what he needed", "saw the nurses").
        "watched", "watching", "saw", "seen", "seeing", "observed", "observing",
    ]
    /// Words of watching someone at work, which with a determiner before a worker make the worker someone else.
    static let watchingWords: Set<String> = ["watched", "watching", "watch", "saw", "seen", "seeing", "observed", "observing"]
    /// Possessives of someone else ("his", "her", "their").
    static let othersPossessives: Set<String> = ["his", "her", "their"]
    /// Words after a trade that make it a business ("his plastering business"): the trade of whoever owns it.
    static let businessWords: Set<String> = ["business", "businesses", "firm", "company"]
    /// Words after "my" and a job title that make the title the learner's own ("my carer role", "my HGV driver days");
    /// without one, "my support worker", "my manager" is someone who works with or for the learner.
    static let ownWorkWords: Set<String> = [
        "role", "roles", "job", "jobs", "work", "days", "career", "training", "course", "apprenticeship", "qualification", "qualifications",
        "ticket", "tickets", "card", "cert", "certificate", "certificates", "nvq", "level", "business", "company", "firm", "van", "uniform",
        "hours", "shift", "shifts", "experience", "background", "side", "skills", "duties", "licence", "license", "post", "position",
        "contract", "registration", "pin", "badge", "diploma", "exam", "exams", "time", "years",
    ]

    /// True when a mention (`range` of tokens) is someone else's trade: "his", "her" or "their" (or a person's
    /// name with "'s") right before it and "business" or "firm" right after ("the books for his plastering business").
    static func namesOthersTrade(_ range: Range<Int>, in tokens: [TextToken]) -> Bool {
        guard range.lowerBound > 0, range.upperBound < tokens.count, businessWords.contains(tokens[range.upperBound].lower) else { return false }
        let previous = tokens[range.lowerBound - 1].lower
        if othersPossessives.contains(previous) || (previous.hasSuffix("'s") && previous != "it's" && previous != "that's") { return true }
        // "my mums cleaning business": a person's, with the apostrophe left out.
        if previous.hasSuffix("s"), !previous.hasSuffix("ss"), OthersClauses.people.contains(String(previous.dropLast())) { return true }
        // "Accounts payable supervisor at a haulage company": the employer named by its trade, where the learner works.
        return range.lowerBound > 1 && ["a", "an", "the"].contains(previous) && tokens[range.lowerBound - 2].lower == "at"
    }

    /// Endings of a one-word form that name a worker ("farmer", "gardener", "florist", "electrician").
    static let workerFormEndings = ["er", "ist", "ian"]
    /// One-word forms with such an ending that name a thing, not a worker.
    static let thingForms: Set<String> = ["computer", "laser", "boiler", "boilers", "printer", "water", "paper", "poster", "power", "timber", "rubber", "fibre"]

    /// Words that name a worker without a worker's ending (singular, lower-cased): after a word of working beside someone
    /// ("rehab with the physios", "alongside the nurses", "under the chef") they are someone else, not the learner's work.
    static let workerWords: Set<String> = [
        "physio", "medic", "paramedic", "nurse", "vet", "chef", "cook", "doctor", "surgeon", "midwife", "midwive", "instructor", "tutor",
        "assessor", "counsellor", "surveyor", "ot", "gp",
    ]

    /// True when a skill form names a worker: one word ending as a worker's name does ("farmer" of Farm management), not a thing.
    static func namesWorker(_ form: String) -> Bool {
        let lower = form.lowercased()
        guard !lower.contains(" "), lower.count > 4, !thingForms.contains(lower) else { return false }
        return workerFormEndings.contains(where: lower.hasSuffix)
    }

    /// True when `written` is an abbreviation in capitals ("OT", "ODP"): as a worker's name, it may be someone the learner saw.
    static func isAbbreviation(_ written: String) -> Bool {
        (2...4).contains(written.count) && written.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// True when a word of watching and a determiner stand right before token `start` ("watched the OT").
    static func observed(before start: Int, in tokens: [TextToken]) -> Bool {
        start > 1 && otherDeterminers.contains(tokens[start - 1].lower) && watchingWords.contains(tokens[start - 2].lower)
    }
    /// Determiners between such a word and the title.
    static let otherDeterminers: Set<String> = ["the", "a", "an", "our", "their", "his", "her", "my"]
    /// Job titles whose family sense a word before them gives: a foster or family carer cares for their own
    /// family, not as paid care work ("foster carer", "full time carer for my son").
    static let familyCarerWords: Set<String> = ["foster", "family", "unpaid", "young", "kinship", "his", "her", "sons", "son's", "daughters", "daughter's"]

    /// True when the words right before a job title (at token `start`, ending before `end`) name another worker:
    /// a word of working beside or for someone and a determiner ("with the sparky"), "my" or "our" with no word of
    /// the learner's own work after the title ("my support worker helps me"), or the title is a family carer's
    /// ("foster carer", "full time carer" for a child). The learner's own job reads "as a carer", "I'm a carer".
    static func namesSomeoneElse(before start: Int, end: Int? = nil, in tokens: [TextToken]) -> Bool {
        guard start > 0 else { return false }
        let previous = tokens[start - 1].lower
        let title = tokens[start].lower
        // "my support worker helps me", "our manager": a worker the learner has, unless their own work follows ("my carer role").
        if let end, ["my", "our"].contains(previous), !(end < tokens.count && ownWorkWords.contains(tokens[end].lower)) { return true }
        if title == "carer" || title == "carers" {
            if familyCarerWords.contains(previous) { return true }
            // "full time carer" for a child or partner: followed by "for my" or "to my".
            if previous == "time", start + 2 < tokens.count, ["for", "to"].contains(tokens[start + 1].lower),
                ["my", "our", "his", "her"].contains(tokens[start + 2].lower)
            {
                return true
            }
            // "his full time carer", "been his carer".
            if start > 2, ["his", "her", "their", "my"].contains(tokens[start - 3].lower), tokens[start - 1].lower == "time" { return true }
        }
        // "most of the farmers", "all of the nurses": a share of a group of workers, who are others ("one of the carers" is the learner).
        if start > 2, ["the", "our", "those"].contains(previous), tokens[start - 2].lower == "of", shareWords.contains(tokens[start - 3].lower) {
            return true
        }
        guard start > 1, otherDeterminers.contains(previous), besideWords.contains(tokens[start - 2].lower) else { return false }
        return true
    }
    /// Words of a share before "of the" and a group of workers ("most of the farmers").
    static let shareWords: Set<String> = ["most", "all", "some", "many", "lots", "loads", "few", "half", "both", "several"]

    // MARK: Services worked beside

    /// Last words of a mention that name a service or agency as a body of people ("the police", "the fire service",
    /// "probation", "the council"): after "with the" it is who the learner works beside, not their own work.
    static let serviceNouns: Set<String> = [
        "police", "service", "services", "brigade", "probation", "ambulance", "paramedics", "council", "councils", "nhs", "agency",
        "agencies", "department", "departments",
    ]
    /// Words of working beside someone before a service ("with the police", "alongside the fire service").
    static let partnerWords: Set<String> = ["with", "alongside", "beside"]
    /// Words before "with" that make the service the learner's own ("I was with the police", "12 years with the fire
    /// service", "on call with the fire service", "volunteered with the ambulance service") or their wish's employer.
    static let membershipWords: Set<String> = [
        "was", "were", "been", "am", "is", "are", "i'm", "im", "be", "being", "served", "serving", "serve", "joined", "join", "career",
        "years", "year", "months", "time", "call", "retained", "volunteer", "volunteered", "volunteering", "apprenticeship", "employed", "job",
        "role", "jobs", "roles", "trained", "training", "started", "start",
        // "I want to work with the police": the employer a wish names.
        "work", "works", "worked", "working",
    ]
    /// Endings of a worker's name before "with the" ("a crime scene investigator with the police", "an officer with the
    /// fire service"): the service employs them.
    static let employedEndings = ["er", "ers", "or", "ors", "ist", "ists", "ian", "ians"]

    /// True when a mention (`range` of tokens) names a service or agency (`serviceNouns`) the learner works beside: "with
    /// (the)" before it, not after a word of belonging to it (`membershipWords`: "I was with the police") or a worker's
    /// name (`employedEndings`: "an investigator with the police"), or "and" or a
    /// comma right after such a service (`partnerEnd`, the token after it): "with the police and fire service".
    static func namesPartnerService(_ range: Range<Int>, in tokens: [TextToken], after partnerEnd: Int?) -> Bool {
        guard serviceNouns.contains(tokens[range.upperBound - 1].lower) else { return false }
        var start = range.lowerBound
        if start > 0, ["the", "a", "an"].contains(tokens[start - 1].lower), !tokens[start].clauseBreak { start -= 1 }
        if let partnerEnd {
            if start > 0, PhraseTokenizer.continuing.contains(tokens[start - 1].lower), partnerEnd == start - 1 { return true }
            if tokens[start].clauseBreak, partnerEnd == start { return true }
        }
        guard start > 0, partnerWords.contains(tokens[start - 1].lower), !tokens[start].clauseBreak else { return false }
        guard start > 1 else { return true }
        let before = tokens[start - 2].lower
        return !membershipWords.contains(before) && !(before.count > 4 && employedEndings.contains(where: before.hasSuffix))
    }

    // MARK: Services summoned, and "till" as until

    /// Words of calling a service out ("called an ambulance", "rang the police", "phoned 999 for an ambulance").
    static let callingWords: Set<String> = [
        "call", "calls", "called", "calling", "ring", "rang", "ringing", "rung", "phone", "phoned", "phoning", "dial", "dialled", "dialed",
        "summon", "summoned", "alert", "alerted", "contact", "contacted", "contacting", "for",
    ]

    /// True when a mention (`range` of tokens) ends with a service (`serviceNouns`, in the singular: "ambulances") that a
    /// word of calling stands right before, past an article ("I've called ambulances", "rang the police", "waited for the
    /// ambulance"): the service the learner called out, not their own work. "for" counts only after a word of calling or
    /// waiting ("called for an ambulance", "waited for the police"); "worked for the ambulance service" is their work.
    static func namesCalledService(_ range: Range<Int>, in tokens: [TextToken]) -> Bool {
        guard serviceNouns.contains(PhraseIndex.singular(tokens[range.upperBound - 1].lower)) else { return false }
        var before = range.lowerBound - 1
        if before >= 0, ["the", "a", "an"].contains(tokens[before].lower), !tokens[before + 1].clauseBreak { before -= 1 }
        guard before >= 0, !tokens[before + 1].clauseBreak, callingWords.contains(tokens[before].lower) else { return false }
        guard tokens[before].lower == "for" else { return true }
        return before > 0 && (callingWords.contains(tokens[before - 1].lower) || ["wait", "waited", "waiting", "waits"].contains(tokens[before - 1].lower))
            && tokens[before - 1].lower != "for"
    }

    /// Words that, right after "till", make it "until": someone or something that comes or happens ("till someone came",
    /// "till the crash team came", "till late", "till 3am").
    static let untilFollowers: Set<String> = [
        "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "he", "she", "they", "we", "i", "you", "it", "late", "midnight",
        "close", "closing", "then", "now", "morning", "the", "their", "her", "his", "help", "dawn", "lunch", "lunchtime", "home",
    ]
    /// Words before "till" that make it the shop's till ("on the till", "behind my till", "cashing up the till").
    static let tillDeterminers: Set<String> = [
        "the", "a", "my", "our", "their", "his", "her", "on", "behind", "at", "each", "every", "one", "own", "shop", "cash", "self", "service",
        "your", "that", "this", "busy",
    ]

    /// True when a one-word mention is "till" used as "until" ("sat with girls who got separated from their mates till
    /// someone came"): no determiner or word of place before it, and a word of someone or some time coming after it.
    static func isUntil(_ range: Range<Int>, in tokens: [TextToken], text: String) -> Bool {
        guard range.count == 1, tokens[range.lowerBound].lower == "till", range.upperBound < tokens.count,
            !tokens[range.upperBound].clauseBreak, untilFollowers.contains(tokens[range.upperBound].lower) || tokens[range.upperBound].lower.first?.isNumber == true
        else { return false }
        guard range.lowerBound > 0, !tokens[range.lowerBound].clauseBreak else { return true }
        return !tillDeterminers.contains(tokens[range.lowerBound - 1].lower)
    }

    // MARK: Disowned by the clause after

    /// Relative words that open a clause about what comes before them ("which I know nothing about").
    static let relativeWords: Set<String> = ["which", "that"]
    /// The learner as the subject of such a clause.
    static let selfWords: Set<String> = ["i", "i've", "ive", "i'd", "i'm", "im"]
    /// Words of knowing or having done something, which a word of lacking (`lackWords`) denies in such a clause.
    static let knowingWords: Set<String> = [
        "know", "knew", "understand", "understood", "done", "do", "did", "used", "use", "tried", "touched", "experience", "clue", "idea",
        "learnt", "learned", "studied",
    ]
    /// Words of lacking: the negators and "nothing", "little".
    static let lackWords: Set<String> = negators.union(["little", "nowt", "zero"])

    /// The clause after a mention that says the learner does not know it or has never done it, if any: within five
    /// words after it in one clause (a list: "social media ads and analytics, which"), "which" or "that", then "I" and,
    /// within four words, a word of lacking and one of knowing ("which I know nothing about", "that I've never used").
    /// A clause of not liking it ("which I never enjoyed") leaves it held.
    static func disowned(after end: Int, in tokens: [TextToken]) -> String? {
        var index = end
        while index < tokens.count, index - end <= 5, !relativeWords.contains(tokens[index].lower) {
            if tokens[index].sentenceStart || tokens[index].clauseBreak || clauseBreakers.contains(tokens[index].lower) { return nil }
            index += 1
        }
        guard index + 1 < tokens.count, relativeWords.contains(tokens[index].lower), selfWords.contains(tokens[index + 1].lower) else { return nil }
        var last = index + 1
        var lacking = false, knowing = false
        while last + 1 < tokens.count, last - index < 6, !tokens[last + 1].sentenceStart {
            last += 1
            let word = tokens[last].lower
            if lackWords.contains(word) || word.hasSuffix("n't") { lacking = true }
            if knowingWords.contains(word) { knowing = true }
            if lacking && knowing { return tokens[index...last].map(\.original).joined(separator: " ") }
        }
        return nil
    }

    // MARK: Asked about, not held

    /// Per token, whether it stands in a sentence that ends with a question mark.
    static func questionWords(_ tokens: [TextToken], text: String) -> [Bool] {
        var result = Array(repeating: false, count: tokens.count)
        var start = 0
        while start < tokens.count {
            var end = start + 1
            while end < tokens.count, !tokens[end].sentenceStart { end += 1 }
            // What follows the sentence's last word, to the next sentence's first, holds its closing mark.
            let after = end < tokens.count ? text[tokens[end - 1].range.upperBound..<tokens[end].range.lowerBound] : text[tokens[end - 1].range.upperBound...]
            if after.contains("?") || Self.isQuestionOpening(start, end: end, tokens: tokens) { for index in start..<end { result[index] = true } }
            start = end
        }
        return result
    }

    /// Words that open a question when the subject follows them ("can I", "is there", "should I").
    static let questionAuxiliaries: Set<String> = ["can", "could", "should", "would", "will", "do", "does", "is", "are", "shall", "might", "may"]
    /// Subjects after such a word ("could I", "is there", "would it").
    static let questionSubjects: Set<String> = ["i", "you", "there", "it", "we", "someone", "anyone"]
    /// Question words that, with an auxiliary or "long" after them, open a question ("how long", "how do", "what should").
    static let questionWordOpeners: Set<String> = ["how", "what", "which", "where", "when", "why", "who"]

    /// Whether the sentence from token `start` to before `end` opens as a question: an auxiliary and a subject ("Can I
    /// become a physio without A levels"), or a question word and an auxiliary ("how long does it take", "what should I do").
    static func isQuestionOpening(_ start: Int, end: Int, tokens: [TextToken]) -> Bool {
        guard start + 1 < end else { return false }
        let first = tokens[start].lower, second = tokens[start + 1].lower
        if questionAuxiliaries.contains(first) { return questionSubjects.contains(second) }
        return questionWordOpeners.contains(first) && (questionAuxiliaries.contains(second) || ["long", "much", "many", "did"].contains(second))
    }

    /// Whether some sentence of the text opens as a question (`isQuestionOpening`).
    static func opensQuestion(_ tokens: [TextToken]) -> Bool {
        tokens.indices.contains { index in
            tokens[index].sentenceStart && index + 1 < tokens.count && isQuestionOpening(index, end: min(tokens.count, index + 2), tokens: tokens)
        }
    }

    /// Whether the sentence (a range of `text`) is a question: it ends with a question mark.
    static func isQuestion(_ sentence: Range<String.Index>, in text: String) -> Bool {
        sentence.upperBound < text.endIndex && text[sentence.upperBound] == "?"
    }

    /// Words of getting, becoming or needing something, which in a question make what follows them what the learner
    /// asks about ("how long does it take to get gas safe?", "would I need BASIS first?", "should I do the CPC?").
    static let acquiringWords: Set<String> = [
        "get", "getting", "become", "becoming", "learn", "learning", "gain", "qualify", "qualifying", "need", "needs", "do", "study", "train",
        "take", "pass", "achieve", "retrain",
    ]
    /// Words naming a course, which in a question make what follows them what the learner asks for ("a course in
    /// digital marketing?"), unless it is theirs ("my course in it").
    static let courseWords: Set<String> = ["course", "courses"]
    /// Words of a course done, before it ("did a course in it").
    static let doneWords: Set<String> = ["did", "done", "completed", "finished", "passed", "took"]
    /// Words that, between such a word and a mention, say the learner has it ("what can I do with my NVQ", "with ten years of welding").
    static let heldWords: Set<String> = ["my", "our", "with", "years", "year", "experience", "already", "i've", "ive", "have", "has", "had", "been"]
    /// Modals that, with "I" right before a mention, ask whether the learner could do it ("could I teach", "can I nurse").
    static let askingModals: Set<String> = ["could", "can", "would", "should", "will", "might"]

    /// The words that make a mention at token `start` something the learner asks about, when it stands in a question
    /// (`questions`): a word of getting or needing within four words before it in its clause with no word of holding between
    /// ("to get gas safe", "need BASIS"), or a modal and "I" right before it ("could I teach"); nil otherwise.
    static func asking(before start: Int, in tokens: [TextToken], questions: [Bool]) -> String? {
        guard start < questions.count, questions[start], start > 0 else { return nil }
        if start > 1, tokens[start - 1].lower == "i", askingModals.contains(tokens[start - 2].lower), !tokens[start - 1].clauseBreak {
            return tokens[start - 2].original + " " + tokens[start - 1].original
        }
        guard !tokens[start].clauseBreak else { return nil }
        var index = start - 1
        while index >= 0, start - index <= 4 {
            let word = tokens[index].lower
            // "get my forklift licence" gets it; "do with my NVQ" has it.
            let gettingMine = ["my", "our"].contains(word) && index > 0 && acquiringWords.contains(tokens[index - 1].lower)
            if heldWords.contains(word) && !gettingMine { return nil }
            // "is there a short course in digital marketing?" asks for one; "my course in it" is held.
            if courseWords.contains(word) {
                if tokens[max(0, index - 3)..<index].contains(where: { heldWords.contains($0.lower) || doneWords.contains($0.lower) }) { return nil }
                return String(tokens[index...(start - 1)].map(\.original).joined(separator: " "))
            }
            if acquiringWords.contains(word) { return String(tokens[index...(start - 1)].map(\.original).joined(separator: " ")) }
            // "another way in like being a vet nurse first?": a way the learner weighs, not work they do.
            if word == "being", index > 0, weighingWords.contains(tokens[index - 1].lower), !tokens[index].clauseBreak {
                return String(tokens[(index - 1)...(start - 1)].map(\.original).joined(separator: " "))
            }
            if tokens[index].clauseBreak { return nil }
            index -= 1
        }
        return nil
    }

    /// Words before "being" that, in a question, make it a way or a job the learner weighs ("like being a vet nurse first",
    /// "or being a TA", "about being a carer", "by being an apprentice"); "after being a carer for years" is what they did.
    static let weighingWords: Set<String> = ["like", "or", "than", "about", "by", "considering", "consider", "try", "trying", "instead"]

    // MARK: Someone else's worker

    /// True when the word right before token `start` makes what follows someone else's: "his", "her", "their", or a person
    /// with "'s" ("grandad's", "my son's"). Used for workers only ("his OT", "her carer"): "his personal care" may be the
    /// learner's work for him.
    static func othersPossessive(before start: Int, in tokens: [TextToken]) -> Bool {
        guard start > 0 else { return false }
        let previous = tokens[start - 1].lower
        if othersPossessives.contains(previous) { return true }
        return previous.hasSuffix("'s") && OthersClauses.people.contains(String(previous.dropLast(2)))
    }

    // MARK: Engine fallback

    /// The engine's best skill for a sentence, kept only when the sentence holds every word of one of
    /// the skill's forms (in any order), or at least two thirds of a longer form's words and at least
    /// three of them, so a vague sentence finds nothing: "ten years as a care assistant" shares
    /// "years" and "care" with "early years care" but is not childcare. A two-word form's words must
    /// stand within two words of each other in one clause (no comma or colon between them): "3 years,
    /// early mornings" is not "early years", while "management of several projects" is project management.
    /// Words a phrase match has already read as another skill are not enough on their own, and words
    /// an exclusion phrase covers (`blocked` terms) do not count at all.
    private func engineMatch(
        in text: String, sentence: Range<String.Index>, excluding: Set<String>, explained: Set<String>, blocked: Set<String> = []
    ) -> ExtractedSkill? {
        var sentence = sentence
        while sentence.lowerBound < sentence.upperBound, text[sentence.lowerBound].isWhitespace {
            sentence = text.index(after: sentence.lowerBound)..<sentence.upperBound
        }
        while sentence.lowerBound < sentence.upperBound, text[text.index(before: sentence.upperBound)].isWhitespace {
            sentence = sentence.lowerBound..<text.index(before: sentence.upperBound)
        }
        let words = String(text[sentence])
        // "level 4 in laser" is a qualification's level, no word of a skill's form ("laser level").
        let read = Self.droppingGrades(words)
        let clauseTerms = read.split(whereSeparator: { ",:".contains($0) }).map { analyzer.terms(String($0)).filter { !blocked.contains($0) } }
        let sentenceTerms = Set(clauseTerms.joined())
        guard sentenceTerms.count >= 2 else { return nil }
        // The clauses' words with the stop words, worked out only for a two-word form the engine ranks.
        lazy var clauseTokens = read.split(whereSeparator: { ",:".contains($0) }).map { analyzer.tokens(String($0)) }
        for hit in engine.search(read, top: 3, explain: false) where !excluding.contains(hit.id) {
            guard let skill = skills.first(where: { $0.id == hit.id }) else { continue }
            var best: (form: String, share: Double)?
            // A form with a number ("class 2", "level 3") is read only as written, by the phrase match:
            // the words of "year 2 class" are not a class 2 licence.
            for form in skill.forms where !form.contains(where: \.isNumber) {
                var seen: Set<String> = []
                let ordered = analyzer.terms(form).filter { seen.insert($0).inserted }
                let terms = Set(ordered)
                guard terms.count >= 2 else { continue }
                if terms.count == 2, !clauseTerms.contains(where: { Self.near(Array(terms), within: 2, in: $0) }) { continue }
                // Nor are two words of separate items or phrases: "cutting and fitting van and shop graphics" is no shop
                // fitting, nor "worked at an independent toy shop" working independently.
                if terms.count == 2, !clauseTokens.contains(where: { Self.readsAsPair(ordered, in: $0, blocked: blocked, everyday: everydayTerms) }) {
                    continue
                }
                let sharedTerms = terms.intersection(sentenceTerms)
                // "BTEC in health and social care" is Healthcare support, not also the Health and Social Care Act.
                if sharedTerms.isSubset(of: explained) { continue }
                // Nor is a form whose other shared words are everyday ones: "work in a day nursery", with
                // "nursery" read as early years, is no nursery work with plants.
                if !sharedTerms.isDisjoint(with: explained), sharedTerms.subtracting(explained).isSubset(of: everydayTerms) { continue }
                let shared = sharedTerms.count
                let share = Double(shared) / Double(terms.count)
                guard shared == terms.count || (share >= 2.0 / 3.0 && shared >= 3) else { continue }
                if share > best?.share ?? 0 { best = (form, share) }
            }
            guard let best else { continue }
            // "I couldnt walk up a hill" is a limit, not hill walking: the form's words after a denial in their clause.
            if Self.deniedInClause(terms: Set(analyzer.terms(best.form)), clauses: clauseTokens) { return nil }
            return ExtractedSkill(
                skillID: skill.id, label: skill.label, kind: skill.kind,
                start: text.distance(from: text.startIndex, to: sentence.lowerBound), end: text.distance(from: text.startIndex, to: sentence.upperBound),
                text: words, alias: best.form, method: .engine, confidence: ((0.35 + 0.3 * best.share) * 100).rounded() / 100,
                reason: "the sentence shares \(Int((best.share * 100).rounded()))% of the words of \"\(best.form)\" and the matching engine ranks \(skill.label) first",
                negated: false)
        }
        return nil
    }

    /// `words` without each word of a grade or level that a number follows ("level 4", "year 11", "grade 5"): the number
    /// says which level of a qualification or a school year, and the word names no skill.
    static func droppingGrades(_ words: String) -> String {
        guard words.contains(where: \.isNumber) else { return words }
        return words.replacingOccurrences(of: #"(?i)\b(level|lvl|year|grade|stage|band)(\s*)(?=[0-9])"#, with: "$2", options: .regularExpression)
    }

    /// Words that join separate items of a list: two words of a form on either side of one, in the other order, are not the form.
    static let listJoiners: Set<String> = ["and", "or", "&", "nor"]
    /// Articles, which start a new phrase: an everyday word ("work") before one is not read with the word after it.
    static let articles: Set<String> = ["a", "an", "the"]

    /// Whether the two terms of a two-word form (`ordered`, in the form's order) stand in `tokens` (a clause's words, stop
    /// words included) as the form: at most one other word apart, not counting stop words and `blocked` terms, as `near`
    /// reads them; in the other order, with no word joining list items between them ("fitting van and shop graphics"); and,
    /// for a form with an everyday word (`everyday`: "work"), with no article between them ("worked at an independent toy shop").
    static func readsAsPair(_ ordered: [String], in tokens: [AnalyzedToken], blocked: Set<String>, everyday: Set<String>) -> Bool {
        guard ordered.count == 2 else { return false }
        let kept = tokens.indices.filter { !tokens[$0].isStopWord && !blocked.contains(tokens[$0].term) }
        let hasEveryday = everyday.contains(ordered[0]) || everyday.contains(ordered[1])
        for (k, position) in kept.enumerated() where tokens[position].term == ordered[0] {
            for other in max(0, k - 2)..<min(kept.count, k + 3) where tokens[kept[other]].term == ordered[1] {
                let first = min(position, kept[other]), second = max(position, kept[other])
                let between = tokens[(first + 1)..<second]
                if kept[other] < position, between.contains(where: { listJoiners.contains($0.normalized) }) { continue }
                if hasEveryday, between.contains(where: { articles.contains($0.normalized) }) { continue }
                return true
            }
        }
        return false
    }

    /// Whether, in the clause where a form's words (`terms`) first stand, a denial comes within six words before the first
    /// of them ("I couldnt walk up a hill"), as `negation` reads a phrase match.
    static func deniedInClause(terms: Set<String>, clauses: [[AnalyzedToken]]) -> Bool {
        for clause in clauses {
            guard let first = clause.firstIndex(where: { terms.contains($0.term) }) else { continue }
            for index in stride(from: first - 1, through: max(0, first - 6), by: -1) {
                let word = clause[index].normalized
                if clauseBreakers.contains(word) { return false }
                if negators.contains(word) || word.hasSuffix("n't") || word.hasSuffix("n\u{2019}t") { return true }
            }
            return false
        }
        return false
    }

    /// True when the two terms of `pair` occur in `sequence` (either order) at most `distance` terms apart.
    static func near(_ pair: [String], within distance: Int, in sequence: [String]) -> Bool {
        guard pair.count == 2 else { return false }
        for (index, term) in sequence.enumerated() where term == pair[0] {
            let window = sequence[max(0, index - distance)..<min(sequence.count, index + distance + 1)]
            if window.contains(pair[1]) { return true }
        }
        return false
    }

    /// Ids of the skills a named job implies that no vocabulary form in the text names: what the text
    /// says only through a job title. One phrase pass over the text, no engine search.
    func impliedOnlySkillIDs(in text: String) -> Set<String> {
        guard !impliedSkills.isEmpty else { return [] }
        let tokens = PhraseTokenizer.tokens(text)
        let titled = titles.matches(in: tokens)
        guard !titled.isEmpty else { return [] }
        let named = Set(phrases.matches(in: tokens).map(\.pattern.skillIndex))
        var result: Set<String> = []
        for match in titled {
            for position in impliedSkills[match.pattern.skillIndex].skills where !named.contains(position) { result.insert(skills[position].id) }
        }
        return result
    }

    // MARK: A licence lost

    /// The vocabulary label of the driving licence, which a licence lost takes away.
    static let licenceLabel = "Driving licence"
    /// Phrases saying the learner's licence was taken away ("the DVLA have taken my licence", "licence
    /// revoked", "banned from driving"). Written with both spellings of licence.
    static let lostLicencePhrases: [String] = [
        "taken my licence", "took my licence", "taken away my licence", "took away my licence", "lost my licence", "lost my driving licence",
        "revoked my licence", "licence was revoked", "licence has been revoked", "licence revoked", "licence was taken", "licence has been taken",
        "licence taken away", "licence suspended", "licence was suspended", "surrendered my licence", "banned from driving",
        "disqualified from driving", "had my licence taken", "surrender my licence", "gave up my licence", "given up my licence",
        "handed in my licence", "hand in my licence", "handed back my licence",
    ].flatMap { [$0, $0.replacingOccurrences(of: "licence", with: "license")] }

    /// The words of the text saying its learner's licence was taken away, if any (`lostLicencePhrases`);
    /// not when a denial stands just before them ("I have never lost my licence").
    static func lostLicence(in text: String) -> String? {
        let lower = text.lowercased()
        guard lower.contains("licen") || lower.contains("driving") else { return nil }
        // In ASCII text a byte search answers "absent" for most phrases before Foundation's search is asked.
        let search = PhraseSearch(lower)
        for phrase in lostLicencePhrases {
            if search.isASCII, !search.contains(phrase) { continue }
            guard let found = lower.range(of: phrase) else { continue }
            let before = lower[lower.index(found.lowerBound, offsetBy: -min(20, lower.distance(from: lower.startIndex, to: found.lowerBound)))..<found.lowerBound]
            let words = before.split(whereSeparator: { !$0.isLetter && $0 != "'" }).suffix(3)
            if words.contains(where: { negators.contains(String($0)) || $0.hasSuffix("n't") }) { continue }
            return phrase
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

    // MARK: Words that only look like a form

    /// True when a one-word form written as a plural noun ("exhausts") met a verb or adjective of the
    /// same stem in the text ("exhausted", "exhausting"): a thing's name, not the thing. A longer form
    /// gives the word its sense ("quality checks" is quality checking).
    static func isVerbOfPluralNoun(_ match: PhraseMatch, tokens: [TextToken]) -> Bool {
        guard match.pattern.tokens.count == 1 else { return false }
        return zip(match.pattern.tokens, tokens[match.tokenRange]).contains { word, token in
            let form = word.original.lowercased()
            guard !word.exact, form.count > 3, form.hasSuffix("s"), !form.hasSuffix("ss"), !form.hasSuffix("us"), !form.hasSuffix("is")
            else { return false }
            let noun = String(form.dropLast())
            guard token.lower != form, token.lower != noun else { return false }
            return token.lower.hasSuffix("ed") || token.lower.hasSuffix("ing")
        }
    }

    /// Pronouns that turn a verb back on the learner: "teaching myself Python" is learning it.
    static let reflexives: Set<String> = ["myself", "yourself", "himself", "herself", "themselves", "ourselves", "meself"]

    /// True when the word right after a mention, in the same clause, is a reflexive pronoun
    /// ("taught myself", "training myself up"): the skill is done to the learner, not by them.
    static func isReflexive(after end: Int, in tokens: [TextToken], text: String) -> Bool {
        guard end < tokens.count, reflexives.contains(tokens[end].lower) else { return false }
        let gap = text[tokens[end - 1].range.upperBound..<tokens[end].range.lowerBound]
        return !gap.contains(where: { ".!?;:,\n".contains($0) })
    }

    /// Words that negate what follows them in a clause.
    static let negators: Set<String> = [
        "no", "not", "never", "without", "lack", "lacks", "lacking", "none", "nor", "neither", "unable", "cannot",
        // Contractions as learners type them without the apostrophe ("cant climb ladders", "dont drive").
        "cant", "dont", "doesnt", "didnt", "couldnt", "wont", "wouldnt", "isnt", "wasnt", "arent", "werent", "havent", "hasnt", "hadnt",
        "shouldnt", "mustnt",
        // "I know nothing about social media".
        "nothing",
    ]
    /// Words that, followed by a possessive (`possessives`), say the learner no longer has what follows
    /// ("I've lost my driving licence"); "homes lose heat" loses nothing of the learner's.
    static let lossWords: Set<String> = ["lost", "lose", "losing", "surrendered", "forfeited"]
    /// Possessives after a loss word that make the loss someone's own.
    static let possessives: Set<String> = ["my", "our", "his", "her", "their"]
    /// Words that, between a loss word and a mention, say the loss was of a post, not of the skill: "lost my
    /// job as a carer" still names caring work done.
    static let postWords: Set<String> = [
        "job", "jobs", "role", "position", "post", "contract", "business", "shop", "work", "hours", "place", "employment", "interest",
    ]

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
            if lossWords.contains(word), index + 1 < position, possessives.contains(tokens[index + 1].lower),
                !tokens[(index + 1)..<position].contains(where: { postWords.contains($0.lower) })
            {
                return String(tokens[index].original)
            }
            index -= 1
            // Articles do not count against the reach: "can't be round the tanks and the forklifts".
            if !["the", "a", "an"].contains(word) { steps += 1 }
        }
        return nil
    }
}
