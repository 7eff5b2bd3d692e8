import Foundation
import Matching
import Taxonomy

// MARK: - Wishes in the profile text

extension CareerDiagnostician {
    /// Words that introduce what someone wants to do rather than what they have done, anywhere in a
    /// sentence.
    static let aspirationMarkers = [
        "want to", "wants to", "would like", "i'd like", "id like", "hoping to", "hope to", "interested in", "aspire", "my goal",
        "my dream", "looking to move", "looking to get", "looking to change", "looking for a", "plan to", "planning to", "keen to",
        "thinking of", "thinking about", "wish to", "aiming to", "aim to", "i'd love", "id love", "would love", "i'd prefer",
        "would prefer", "i prefer", "i fancy", "dream job", "open to", "could see myself", "see myself", "i'd enjoy", "would enjoy",
        "i need something", "need something", "i need a job", "need a job", "i need work", "need work that", "something less",
        "something more", "rather work", "rather be", "ideal job", "next step", "i'd really like", "love to work", "like to work",
        // A plain "I want" with a job or kind of work ("I want a days job that's quiet").
        "i want a", "i want an", "i want something", "i want work", "i want more", "i want less",
        // The same with the "I" left out, as learners write ("want a proper career but still with animals",
        // "want a apprenticeship doing machinery").
        "want a", "want an",
        // "Fancy" as learners say it ("quite fancy tree surgery", "I'd fancy working outdoors"); not "a fancy restaurant".
        "quite fancy", "really fancy", "would fancy", "i'd fancy", "id fancy", "fancy doing", "fancy working", "fancy being", "fancy trying",
        "fancy getting", "fancy something", "fancy a go",
        // "want something steady, maybe office or driving a van locally": the "I" left out again.
        "want something", "want work",
        // Work the learner thinks they would be good at is work they would like ("I think I'd be good at office management").
        "i'd be good at", "id be good at", "i would be good at", "i'd be good in", "i'd be great at", "i would be great at", "i'd be good as",
    ]

    /// Verbs of looking for work: with a word for work soon after (`soughtWorkWords`) they make a wish
    /// ("Looking for office based work in Worcester", "seeking a part-time admin role").
    /// A question whether there is such work ("is there a software developer apprenticeship near me") seeks it too.
    static let seekingNeedles = [" looking for ", " seeking ", " searching for ", " applying for ", " on the lookout for ", " is there a ", " is there an ", " are there any "]
    /// Words for work that, within `seekingReach` words of a seeking verb, make what is sought a job.
    static let soughtWorkWords: Set<String> = [
        "work", "job", "jobs", "role", "roles", "position", "positions", "employment", "career", "opportunity", "opportunities",
        "apprenticeship", "apprenticeships", "placement", "something", "post", "posts", "vacancies",
    ]
    /// How many words after a seeking verb may name the work sought.
    static let seekingReach = 4

    /// Words that join a reason to the wish it leads to ("Kids are at school now so I want to get back
    /// to work"): the reason is where the learner stands, not what they wish for.
    static let reasonJoiners = [" so ", " now that ", " which means "]

    /// Each aspiration marker as a whole phrase: followed by a space or comma.
    static let aspirationNeedles: [String] = aspirationMarkers.flatMap { (marker: String) -> [String] in [" \(marker) ", " \(marker),"] }

    /// Words that make a sentence a wish only when it opens with them ("Maybe office work with
    /// computers."), since inside a sentence they hedge a fact ("I worked there maybe five years").
    static let openingWishMarkers = ["maybe", "perhaps", "ideally", "hopefully", "possibly", "preferably", "something", "fancy"]

    /// Words that say a sentence reports the past, so an opening "maybe" hedges a fact.
    static let historyWords: Set<String> = ["worked", "was", "were", "did", "had", "used", "spent", "left", "ago", "years", "been", "i've", "ive"]

    /// `text` lower-cased, with plain apostrophes, padded with a space each side: the form the phrase
    /// lists here are matched against.
    static func padded(_ text: String) -> String { " " + text.lowercased().plainApostrophes + " " }

    /// Words that make a clause after a comma of a question a wish when it opens with them ("I liked the medical
    /// side, maybe taking bloods as a phlebotomist?"): the hedges of `openingWishMarkers` that never report a fact
    /// there, and "thinking" ("thinking bookkeeping or an accounts job", which opens a wish anywhere).
    static let clauseWishMarkers: Set<String> = ["maybe", "perhaps", "ideally", "hopefully", "possibly", "preferably", "thinking"]

    /// Words after an opening "thinking" that make it a skill or a habit ("thinking on my feet",
    /// "thinking outside the box"), not a wish.
    static let thinkingAsSkill: Set<String> = ["on", "skills", "skill", "outside", "ahead", "critically", "logically", "creatively", "quickly", "fast", "back"]

    /// Words that open a question about what the learner could do ("could I train as a phlebotomist?",
    /// "what about bookkeeping?"): such a question is a wish, not a report of work done.
    static let questionOpeners = [
        "could i", "can i", "should i", "would i", "what about", "how about", "how do i", "how would i", "how can i", "could that",
        "would that", "is it possible to", "am i able to",
        // Whether they hold what the work needs ("have F gas? no not yet"): asked, not held.
        "have", "do i have", "do i need", "would i need", "need",
    ]

    /// True when a sentence (lower-cased, padded with spaces, plain apostrophes) says what the learner would like:
    /// it holds a wish phrase (`aspirationMarkers`) or seeks work, or it or one of its clauses after a comma opens
    /// with a wish word (`openingWishMarkers`, `clauseWishMarkers`) and reports no past, or it is a question
    /// about what they could do (`questionOpeners`). Words in a wish are not evidence of skills held or of the
    /// learner's job.
    static func isWish(_ lower: String) -> Bool {
        if PhraseSearch(lower).containsAny(aspirationNeedles) || seeksWork(lower) { return true }
        let sentenceWords = lower.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        let sentencePast = sentenceWords.contains(where: historyWords.contains)
        let question = lower.trimmingCharacters(in: .whitespaces).hasSuffix("?")
        for (index, clause) in lower.split(separator: ",").enumerated() {
            let words = index == 0 ? sentenceWords : clause.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
            guard let first = words.first else { continue }
            if question, questionOpeners.contains(where: { words.starts(with: $0.split(separator: " ").map(String.init)) }) { return true }
            let thinking = first == "thinking" && !(words.dropFirst().first.map(thinkingAsSkill.contains) ?? true)
            // After a comma, a hedge opens a wish only in a question ("…, maybe taking bloods as a phlebotomist?"): in a
            // statement it often hedges what the learner needs ("Back injury means I need less physical work, maybe office").
            let opens = thinking || (index == 0 ? openingWishMarkers.contains(first) : question && clauseWishMarkers.contains(first) && first != "thinking")
            let past = index == 0 ? sentencePast : words.contains(where: historyWords.contains)
            if opens && !past { return true }
        }
        return false
    }

    /// True when a seeking verb has a word for work within `seekingReach` words after it ("looking for
    /// office based work"), not "looking for faults on the line".
    static func seeksWork(_ lower: String) -> Bool {
        let search = PhraseSearch(lower)
        for needle in seekingNeedles where search.contains(needle) {
            var from = lower.startIndex
            while let found = lower.range(of: needle, range: from..<lower.endIndex) {
                let after = lower[found.upperBound...].split(whereSeparator: { !$0.isLetter && $0 != "-" }).prefix(seekingReach)
                if after.contains(where: { soughtWorkWords.contains(String($0)) }) { return true }
                from = found.upperBound
            }
        }
        return false
    }

    /// A wish clause split at a joiner before its wish ("kids are at school now so I want to get back to
    /// work"): the reason (history) and the wish; the reason is nil when no joiner comes before the wish.
    static func splittingReason(_ clause: String) -> (reason: String?, wish: String) {
        let lower = padded(clause)
        let search = PhraseSearch(lower)
        guard search.containsAny(aspirationNeedles) else { return (nil, clause) }
        let firstWish = aspirationNeedles.compactMap { search.range(of: $0)?.lowerBound }.min() ?? lower.endIndex
        guard let joiner = reasonJoiners.compactMap({ search.range(of: $0) }).filter({ $0.upperBound <= firstWish })
            .max(by: { $0.lowerBound < $1.lowerBound }) ?? otherSubjectBreak(lower, before: firstWish)
        else { return (nil, clause) }
        // `padded` adds one leading space and keeps every other character in place.
        let start = lower.distance(from: lower.startIndex, to: joiner.lowerBound)
        let end = lower.distance(from: lower.startIndex, to: joiner.upperBound)
        let characters = Array(clause)
        guard start >= 1, end - 1 <= characters.count else { return (nil, clause) }
        let reason = String(characters[0..<(start - 1)]).trimmingCharacters(in: .whitespaces)
        let wish = String(characters[(end - 1)...]).trimmingCharacters(in: .whitespaces)
        return (reason.isEmpty ? nil : reason, wish)
    }

    /// Words after "but" that open a remark on what the work is like now or how the learner feels about it ("I'd like to get
    /// back into graphic design but I know it's all InDesign and web and social media now"), not another wish, nor
    /// anything the learner does: the tools it names are the field's, not theirs.
    static let remarkOpeners = [
        "i know it's", "i know its", "i know it is", "i know that", "i know everything", "i know things", "i feel", "i think it's", "i think its",
        "i realise", "i realize", "i worry", "i'm worried", "im worried", "i am worried", "i'm aware", "im aware", "i am aware", "it's all", "its all",
        "it is all", "everything is", "everything's", "things have changed", "it's changed", "its changed", "it has changed",
    ]

    /// A wish clause without what follows a "but" that opens a remark (`remarkOpeners`).
    static func droppingRemark(_ clause: String) -> String {
        let normal = clause.plainApostrophes
        guard let but = normal.range(of: " but ", options: .caseInsensitive) else { return clause }
        let rest = normal[but.upperBound...].trimmingCharacters(in: .whitespaces)
        let lower = rest.lowercased()
        guard remarkOpeners.contains(where: { lower.hasPrefix($0 + " ") }), !isWish(padded(rest)) else { return clause }
        let wish = normal[..<but.lowerBound].trimmingCharacters(in: .whitespaces)
        return wish.isEmpty ? clause : wish
    }

    /// Words naming someone other than the learner as the subject of a clause ("now theyre at school").
    static let otherSubjects = [" they ", " theyre ", " they're ", " kids ", " children ", " he ", " she ", " hes ", " he's ", " shes ", " she's "]

    /// The learner's "I" that opens the wish (`firstWish`) when the words before it are about someone
    /// else with no joiner between ("now theyre at school I want to get back out there"): a break between
    /// the reason and the wish, as "so" is. `nil` otherwise.
    static func otherSubjectBreak(_ lower: String, before firstWish: String.Index) -> Range<String.Index>? {
        let head = lower[..<firstWish]
        let space: String.Index
        if head.hasSuffix(" i") {
            space = head.index(head.endIndex, offsetBy: -2)
        } else if lower[firstWish...].hasPrefix(" i") {
            space = firstWish
        } else {
            return nil
        }
        guard PhraseSearch(" " + lower[..<space] + " ").containsAny(otherSubjects) else { return nil }
        // The break is the space before the "I": the wish keeps its "I".
        return space..<lower.index(after: space)
    }

    /// True when a clause, once what it rules out is dropped, reports the past and wishes nothing.
    static func isPastClause(_ clause: String) -> Bool {
        let kept = " " + droppingNegatedClauses(clause) + " "
        guard !isWish(kept) else { return false }
        return kept.split(whereSeparator: { !$0.isLetter && $0 != "'" }).contains { historyWords.contains(String($0)) }
    }

    /// The text's sentences split into history and wishes ("I want to move into logistics", "Maybe
    /// office work with computers").
    static func splitAspirations(_ text: String) -> (history: String, wishes: [String]) {
        var history: [String] = []
        var wishes: [String] = []
        var sentence = ""
        func flush() {
            let whole = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
            sentence = ""
            // What the learner once wanted, or someone else wants for them, is neither ("My dad wants me
            // to do accounting but I love cars"): the learner holds no such skill and wishes no such job.
            let trimmed = droppingOthersWishes(whole)
            guard !trimmed.isEmpty else { return }
            let lower = padded(trimmed)
            guard isWish(lower) else { return history.append(trimmed) }
            // A clause of a wish sentence that only reports the past ("I've been signed off with
            // anxiety, I'd like something quieter") is history: it names no wish. So are the clauses
            // before the first that wishes ("I'm 18 and just finished my A levels in English, history
            // and psychology, I don't want to go to uni"): people say where they stand, then what they want.
            let clauses = trimmed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            // A clause before the first wish stays with it when it names a field the learner likes ("I love
            // animals") or rules something out ("no more driving").
            let firstWish = clauses.firstIndex { isWish(padded($0)) } ?? 0
            for (offset, clause) in clauses.enumerated() {
                let leading = offset < firstWish && !isLikedField(clause) && !isRulingOut(clause)
                // After the wish, what the learner says they lack ("no computer skills") or are good at ("i'm good at
                // organising") is where they stand, not work they wish for; a liked field still names one.
                // So is how they rate themselves at something ("on the computer im ok but slow"), whatever field it names.
                let standing = offset > firstWish && (isLack(clause) || ratesSelf(clause) || (isStrength(clause) && wishRoutes(clause).isEmpty))
                    && !isWish(padded(clause))
                if leading || standing || isPastClause(clause) {
                    history.append(clause)
                } else {
                    let (reason, wish) = splittingReason(clause)
                    if let reason { history.append(reason) }
                    // What the learner asks whether they need ("do I need to pass my C1 driving first") is neither a wish nor held.
                    let asked = droppingRequirements(droppingRemark(wish))
                    if !asked.isEmpty { wishes.append(asked) }
                }
            }
        }
        for character in text {
            sentence.append(character)
            if ".!?\n;".contains(character) { flush() }
        }
        flush()
        return (history.joined(separator: "\n"), wishes)
    }

    // MARK: Words around a wished job that name no job

    /// Words that close a wish saying when, not what ("or probation services officer first", "a nursery manager one day",
    /// "a vet nurse first"): after a job's name they are no word of it, so the job is matched by its own last word.
    static let wishTimeTails: [[String]] = [
        ["first"], ["later"], ["later", "on"], ["one", "day"], ["someday"], ["some", "day"], ["eventually"], ["in", "future"],
        ["in", "the", "future"], ["long", "term"], ["longer", "term"], ["after", "that"], ["afterwards"], ["down", "the", "line"],
        ["too"], ["as", "well"], ["in", "time"], ["one", "day", "maybe"],
    ]

    /// Phrases in a wish or question that say the learner's age ("can i do quantity surveying as an apprenticeship at my age",
    /// "an english teacher at 54"): where they stand, never a word of the job.
    static let agePhrases: [[String]] = [["at", "my", "age"], ["for", "my", "age"], ["my", "age"], ["at", "my", "time", "of", "life"]]

    /// Words that qualify a job's grade or standing ("chartered", "qualified"): alone, in a wish part of their own ("an accountant,
    /// chartered eventually"), they name no job, not a chartered manager.
    static let standingWords: Set<String> = ["chartered", "qualified", "registered", "certified", "fully"]

    /// A wish part's words (lower-case) without its age (`agePhrases`, "at 38") and the words that close it saying when
    /// (`wishTimeTails`); none when all that is left is a word of standing (`standingWords`).
    static func droppingWishTail(_ words: [String]) -> [String] {
        var kept = words
        // Who a named job would work with or for ("a social worker with children", "a support worker for a charity") says whom it
        // serves, not another kind of work: no early years job matches a wish to do social work with children (review 21, p03).
        if let cut = kept.indices.dropFirst().first(where: { index in
            ["with", "for"].contains(kept[index]) && !wishWords.contains(kept[index - 1]) && namesPerson(singular(kept[index - 1]))
        }) {
            kept.removeSubrange(cut...)
        }
        var index = 0
        while index < kept.count {
            if let phrase = agePhrases.first(where: { index + $0.count <= kept.count && Array(kept[index..<(index + $0.count)]) == $0 }) {
                kept.removeSubrange(index..<(index + phrase.count))
                continue
            }
            // "at 38": an age after "at", 16 to 99.
            if kept[index] == "at", index + 1 < kept.count, let age = Int(kept[index + 1]), (16...99).contains(age) {
                kept.removeSubrange(index...(index + 1))
                continue
            }
            index += 1
        }
        while let tail = wishTimeTails.filter({ kept.count > $0.count && Array(kept.suffix($0.count)) == $0 }).max(by: { $0.count < $1.count }) {
            kept.removeLast(tail.count)
        }
        if kept.count == 1, standingWords.contains(kept[0]) { return [] }
        return kept
    }

    /// Words that ask whether the learner needs something ("do I need a degree", "do I need to pass my C1 driving first"):
    /// what follows is a requirement they ask about, not work they wish for.
    static let requirementQuestions = [
        " do i need ", " do i have to ", " would i need ", " will i need ", " do you need ", " do they need ", " does it need ",
        " would i have to ", " will i have to ",
    ]

    /// Words after a requirement asked about that name the work it would be for ("do I need a degree for probation",
    /// "do I need A levels to be a vet"): the work is kept as a wish.
    static let requirementSubjects = [" for ", " to be a ", " to be an ", " to become ", " as a ", " as an ", " to work as ", " to work in "]

    /// A wish clause without the requirement it asks about (`requirementQuestions`): from the asking words to the work it is
    /// for (`requirementSubjects`), which stays, or else to the clause's end. Empty when nothing else is left.
    static func droppingRequirements(_ clause: String) -> String {
        let lower = padded(clause)
        guard let asked = requirementQuestions.compactMap({ lower.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return clause }
        let rest = lower[asked.upperBound...]
        let subject = requirementSubjects.compactMap { rest.range(of: $0) }.min(by: { $0.lowerBound < $1.lowerBound })
        // `padded` adds one leading space and keeps every other character in place: the clause keeps its own case ("IT").
        let characters = Array(" " + clause.plainApostrophes + " ")
        guard characters.count == lower.count else { return clause }
        let offset = { (index: String.Index) in lower.distance(from: lower.startIndex, to: index) }
        let head = String(characters[..<offset(asked.lowerBound)])
        let tail = subject.map { String(characters[offset($0.lowerBound)...]) } ?? ""
        let kept = (head + tail).trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "?,")))
        let words = kept.split(separator: " ")
        // A clause left with only a joining word ("or", "and") asks nothing else.
        return words.allSatisfy({ ["or", "and", "but", "so"].contains($0) }) ? "" : kept
    }

    // MARK: Wishes that are not the learner's own

    /// Phrases that start a wish the learner once had or someone else has for them.
    static let othersWishMarkers = [" used to want ", " wanted to be ", " wants me to ", " want me to ", " wanted me to ", " expects me to "]

    /// The sentence without its clauses (to a comma, "but" or the end) that start with `othersWishMarkers`.
    static func droppingOthersWishes(_ sentence: String) -> String {
        var text = " " + sentence.plainApostrophes + " "
        // Most sentences hold no marker: for ASCII text a byte search of the lower-cased words tells.
        let lowered = PhraseSearch(text.lowercased())
        if lowered.isASCII, !lowered.containsAny(othersWishMarkers) { return text.trimmingCharacters(in: .whitespaces) }
        while let found = othersWishMarkers.compactMap({ text.range(of: $0, options: .caseInsensitive) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            let rest = text[found.upperBound...]
            let end = [rest.firstIndex(where: { ",.;!?\n".contains($0) }), rest.range(of: " but ", options: .caseInsensitive)?.lowerBound]
                .compactMap { $0 }.min() ?? text.endIndex
            text.replaceSubrange(found.lowerBound..<end, with: " ")
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    // MARK: Clauses that go with a wish

    /// Phrases that say the learner likes a kind of work or is good at it ("I love animals", "caring is
    /// what I'm good at").
    static let likingNeedles = [
        " i love ", " i really love ", " i enjoy ", " i really enjoy ", " i like ", " i'm good at ", " im good at ", " good at ",
        " passionate about ", " my passion ", " i'm into ", " im into ",
    ]

    /// Whether a clause says the learner likes or is good at a kind of work the engine reads (`wishTopics`).
    static func isLikedField(_ clause: String) -> Bool {
        let lower = padded(clause)
        return PhraseSearch(lower).containsAny(likingNeedles) && !wishRoutes(clause).isEmpty
    }

    /// Phrases opening a clause that says what the learner is good at ("i'm good at organising").
    static let strengthOpeners = [" i'm good at ", " im good at ", " i am good at ", " i'm great at ", " im great at ", " i'm good with ", " im good with "]
    /// Phrases opening a clause that says what the learner lacks ("no computer skills", "not good with computers").
    static let lackOpeners = [" no ", " not much ", " not good with ", " not great with ", " rubbish with ", " useless with ", " don't have ", " dont have "]
    /// Words that make a clause opening with `lackOpeners` a lack of skill, not a limit ("no more driving").
    static let lackNouns: Set<String> = [
        "skills", "skill", "experience", "qualifications", "qualification", "degree", "gcses", "computers", "computer", "technology", "confidence",
    ]

    /// Whether a clause says what the learner is good at (`strengthOpeners`).
    static func isStrength(_ clause: String) -> Bool {
        let lower = padded(clause)
        return strengthOpeners.contains { lower.hasPrefix($0) }
    }

    /// Phrases in which the learner rates how well they do something ("on the computer im ok but slow", "with phones i'm
    /// not bad"): the clause says where they stand, never work they wish for.
    static let selfRatings = [
        " im ok ", " i'm ok ", " i am ok ", " im okay ", " i'm okay ", " i am okay ", " im alright ", " i'm alright ", " i am alright ",
        " im not bad ", " i'm not bad ", " i am not bad ", " im slow ", " i'm slow ", " i am slow ", " im a bit slow ", " i'm a bit slow ",
        " im fine ", " i'm fine ", " i am fine ", " im decent ", " i'm decent ", " im rubbish ", " i'm rubbish ", " im useless ", " i'm useless ",
        " im not great ", " i'm not great ", " im not very good ", " i'm not very good ",
    ]

    /// Whether a clause rates the learner at something (`selfRatings`).
    static func ratesSelf(_ clause: String) -> Bool {
        let lower = padded(clause.replacingOccurrences(of: ",", with: " "))
        return PhraseSearch(lower).containsAny(selfRatings)
    }

    /// Whether a clause says what the learner lacks: it opens with `lackOpeners` and names a skill,
    /// qualification or experience (`lackNouns`): "no computer skills", not "no more driving".
    static func isLack(_ clause: String) -> Bool {
        let lower = padded(clause)
        guard lackOpeners.contains(where: { lower.hasPrefix($0) }), !lower.hasPrefix(" no more ") else { return false }
        return lower.split(whereSeparator: { !$0.isLetter }).contains { lackNouns.contains(String($0)) }
    }

    /// Whether a clause, without a verb, rules something out ("no more driving", "away from the phones").
    static func isRulingOut(_ clause: String) -> Bool {
        let lower = padded(clause)
        return [" no more ", " away from ", " not ", " never again ", " rather not "].contains { lower.hasPrefix($0) }
    }

    // MARK: Kinds of work a wish names

    /// Everyday words for a kind of work and the routes that hold it ("work outdoors", "office work",
    /// "helping people"). Matched as whole words or phrases in the learner's wishes only.
    static let wishTopics: [(phrases: [String], routes: [String])] = [
        (["outdoors", "outdoor", "outside", "open air", "nature", "countryside", "on the land", "gardening", "farming", "farm", "plants", "gardens",
          "horticulture", "growing"],
         ["agriculture-environmental-and-animal-care"]),
        (["animals", "animal", "dogs", "horses", "pets"], ["agriculture-environmental-and-animal-care"]),
        (["office", "admin", "administration", "desk", "desk job", "paperwork", "reception"], ["business-and-administration"]),
        (["computers", "computer", "it", "tech", "technology", "coding", "software", "digital", "data"], ["digital"]),
        (["helping people", "help people", "caring", "care work", "care", "carer", "carers", "care worker", "home carer", "domiciliary",
          "looking after people", "making a difference", "support people",
          "supporting people", "residents", "patients", "the elderly", "older people", "vulnerable people"],
         ["care-services", "health-and-science"]),
        (["children", "kids", "young people", "teaching", "school", "schools"], ["education-and-early-years"]),
        (["design", "creative", "art", "arts", "drawing", "animation", "animations", "animating", "animator", "illustration", "illustrating",
          "graphic design", "graphics", "digital art"],
         ["creative-and-design"]),
        (["with my hands", "hands on", "hands-on", "building", "trade", "trades"], ["construction-and-the-built-environment"]),
        (["architecture", "architect", "architectural", "buildings", "building design", "construction", "surveying"],
         ["construction-and-the-built-environment"]),
        (["driving", "driver", "deliveries", "logistics", "warehouse"], ["transport-and-logistics"]),
        (["money", "finance", "accounts", "accounting", "accountancy", "numbers", "banking"], ["legal-finance-and-accounting"]),
        (["selling", "sales", "marketing", "customers", "customer service", "trade-counter", "shop counter", "parts counter"],
         ["sales-marketing-and-procurement"]),
        (["cooking", "food", "kitchen", "hospitality"], ["catering-and-hospitality"]),
        (["police", "security", "fire service", "emergency services", "prison"], ["protective-services"]),
        (["health", "healthcare", "nhs", "hospital", "fitness", "sport"], ["health-and-science"]),
        (["engineering", "manufacturing", "machines", "machinery", "factory"], ["engineering-and-manufacturing"]),
        (["hair", "beauty", "nails"], ["hair-and-beauty"]),
    ]

    /// Kinds of work that are also the opening word of job titles in their route ("data technician"),
    /// so a wish naming one alone is matched as a title too, within the route.
    static let fieldWords: Set<String> = ["data", "software", "marketing", "accounting", "finance", "security", "engineering"]

    /// Words before "in it" / "into it" that make "it" the thing already named, not the field
    /// ("go back into it", "get straight back in it", "stay in it").
    static let returnWords: Set<String> = ["back", "stay", "staying", "stayed", "remain", "straight"]

    /// Words after a lower-case "it" that make it the field ("it support", "an it job").
    static let itNouns: Set<String> = ["support", "job", "jobs", "sector", "industry", "department", "technician", "helpdesk", "career"]

    /// The routes the kinds of work named in a wish belong to. "Hands on with" someone means close
    /// contact with them ("more hands on with the residents"), not a trade.
    /// With `primaryOnly`, only the first route of each kind of work named.
    static func wishRoutes(_ text: String, primaryOnly: Bool = false) -> Set<String> {
        let padded = PhraseSearch(droppingTechnicianTech(droppingRegulatedWork(wishWordsPadded(text))))
        var routes: Set<String> = []
        for topic in wishTopics where topic.phrases.contains(where: { padded.contains(" " + $0 + " ") }) {
            routes.formUnion(primaryOnly ? Array(topic.routes.prefix(1)) : topic.routes)
        }
        return routes
    }

    /// `padded` without a "tech" that is short for the technician of the work named before it ("lash tech", "nail tech",
    /// "vet tech", "lab tech"): only "tech" after a word wishes are said in ("in tech", "a tech job") or "big" names the field.
    static func droppingTechnicianTech(_ padded: String) -> String {
        guard padded.contains(" tech") else { return padded }
        var words = padded.split(separator: " ").map(String.init)
        for index in words.indices.dropFirst() where ["tech", "techs"].contains(words[index]) {
            let before = words[index - 1]
            if !wishWords.contains(before), before != "big", before != "_" { words[index] = "~" }
        }
        return " " + words.joined(separator: " ") + " "
    }

    /// Words that make the work named before them the thing regulated or inspected, not the work itself:
    /// "food safety inspection" is an inspector's job, not a cook's.
    static let regulationWords: Set<String> = [
        "safety", "hygiene", "standards", "inspection", "inspections", "inspector", "inspectors", "regulation", "regulations", "regulator",
        "compliance", "enforcement", "law",
    ]

    /// `padded` (a wish's words as `wishWordsPadded` gives them) without a kind of work named only as the thing
    /// regulated or inspected: the word before a regulation word (`regulationWords`: "food safety",
    /// "animal welfare law") and "health and safety" are left out, so "food safety inspection" names no
    /// kitchen and "health and safety adviser" no hospital.
    static func droppingRegulatedWork(_ padded: String) -> String {
        let search = PhraseSearch(padded)
        guard regulationWords.contains(where: { search.contains(" " + $0 + " ") }) else { return padded }
        var words = padded.split(separator: " ").map(String.init)
        for index in words.indices.dropFirst() where regulationWords.contains(words[index]) {
            // "health and safety": the pair is the regulation.
            if index >= 2, words[index - 1] == "and", words[index - 2] == "health" { words[index - 2] = "~" }
            words[index - 1] = "~"
        }
        return " " + words.joined(separator: " ") + " "
    }

    /// The wish's words, lower-cased and joined by single spaces, padded with a space each side, as kinds
    /// of work are matched against them: a pronoun "it" becomes "_", and "hands on with" someone "with".
    static func wishWordsPadded(_ text: String) -> String {
        // A pronoun "it" ("I'd like to do it in a hospital") is never IT: only "IT", "it" after "in" or
        // "into" ("something in it", since wishes often reach here lower-cased), or "it" before a word of
        // the trade ("it support") names the field.
        let raw = text.plainApostrophes.split(whereSeparator: { !$0.isLetter && $0 != "-" })
        let words = raw.indices.map { index -> String in
            let word = raw[index]
            guard word.lowercased() == "it", word != "IT" else { return word.lowercased() }
            let next = index + 1 < raw.count ? raw[index + 1].lowercased() : ""
            let previous = index > 0 ? raw[index - 1].lowercased() : ""
            // "Back into it", "back in it" is the learner's own field taken up again ("go back into it"),
            // a pronoun, whatever the word before says.
            let beforePrevious = index > 1 ? raw[index - 2].lowercased() : ""
            let intoField = (previous == "in" || previous == "into") && !Self.returnWords.contains(beforePrevious)
            return itNouns.contains(next) || intoField ? "it" : "_"
        }
        var padded = " " + words.joined(separator: " ") + " "
        // (Foundation's replacing copies the whole text even when the phrase is absent; look for the word first.)
        if words.contains("hands") || words.contains("hands-on") {
            for phrase in [" hands on with ", " hands-on with "] { padded = padded.replacingOccurrences(of: phrase, with: " with ") }
        }
        // A trade counter (a builders' or parts merchant's) is selling to the trades, not a trade.
        if words.contains("counter") || words.contains("counters") {
            for phrase in [" trade counter ", " trade counters "] { padded = padded.replacingOccurrences(of: phrase, with: " trade-counter ") }
        }
        return padded
    }

    /// The wish with each pronoun "it" left out, punctuation and case kept: "go back into it" names
    /// no job, and a lower-case "it" left in would be matched against titles with "IT" in them
    /// (`wishWordsPadded` says which "it" names the field).
    static func droppingPronounIt(_ text: String) -> String {
        guard text.range(of: "it", options: .caseInsensitive) != nil else { return text }
        let marked = wishWordsPadded(text).split(separator: " ")
        let normal = text.plainApostrophes
        let words = normal.split(whereSeparator: { !$0.isLetter && $0 != "-" })
        // `wishWordsPadded` keeps one word for each word of `words`; "_" marks a pronoun "it".
        guard marked.count == words.count else { return text }
        var result = ""
        var from = normal.startIndex
        for (word, mark) in zip(words, marked) where mark == "_" {
            result += normal[from..<word.startIndex]
            from = word.endIndex
        }
        return result + normal[from...]
    }

    // MARK: Activities that say what a named job does

    /// One-word activities ("climbing and cutting") listed right after a job the wish names for the person doing it ("I want to
    /// be a tree surgeon, an arborist, climbing and cutting"), each after a comma or "and": they say what that job's work is and
    /// name no job of their own (no material cutter from "cutting"). One offered as another choice ("a chef or baking") is kept.
    static func activitiesDescribingJob(in wish: String) -> Set<String> {
        var described: Set<String> = []
        // The wish's clauses come joined by full stops (`splitAspirations`), so a full stop parts a list as a comma does.
        let tokens = wish.lowercased().plainApostrophes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        var afterJob = false
        for (index, token) in tokens.enumerated() {
            let word = String(token.filter(\.isLetter))
            let previous = index > 0 ? tokens[index - 1] : ""
            let listed = previous.hasSuffix(",") || previous.hasSuffix(".") || previous.hasSuffix(";") || previous == "and" || previous == "&"
            let activity = word.count > 5 && word.hasSuffix("ing")
            if activity, afterJob, listed {
                described.insert(word)
                continue
            }
            // A job named for the person ("arborist", "a tree surgeon"): a doer's word, or a word after an article that names no
            // wish or everyday word.
            let article = ["a", "an"].contains(previous)
            if !activity, !word.isEmpty, !wishWords.contains(word), !genericWishWords.contains(singular(word)),
                namesPerson(singular(word)) || (article && word.count > 2)
            {
                afterJob = true
            }
            // Another choice ("a chef or baking") is no list of what the job does.
            if previous == "or" || word == "or" { afterJob = false }
        }
        return described
    }

    // MARK: What a wish rules out

    /// Words that turn the rest of their clause into what the learner does not want ("away from the
    /// phones", "don't want to go back on the phones", "not just cooking").
    static let negationNeedles = [
        " don't ", " dont ", " do not ", " not ", " away from ", " no more ", " never ", " rather not ", " instead of ",
        // What someone is fed up of is what they want to leave ("fed up of 6 til 6 shifts", "sick of being cold").
        " fed up of ", " fed up with ", " sick of ", " tired of ",
        // So is what they want to get off or out of ("get off the road", "get out of retail"): a place
        // named after them is left behind, not the job wished for.
        " get off ", " get out of ", " off the ",
        // What the learner likes less than something else ("I like the fiddly bits more than the selling").
        " more than the ", " rather than ",
    ]

    /// Words that end what a negation rules out, short of the clause's end: a conjunction or a new
    /// wish ("I was not happy in retail and I want to work in care", "not too physical, like office work").
    static let negationStops = [" but ", " and ", " so ", " because ", " though ", " like ", " such as "] + aspirationNeedles

    /// The text without what it rules out: from a negation word to the end of its clause (comma, full
    /// stop, semicolon, line end) or to the first conjunction or wish after it (`negationStops`), so
    /// what the learner wants to leave behind names no route and the wish that follows is kept. A
    /// wish word straight after the negation is negated itself ("don't want to go back on the phones").
    static func droppingNegatedClauses(_ text: String) -> String { splitNegations(text, needles: negationNeedles).kept }

    /// The clauses `droppingNegatedClauses` would drop for `needles`, lower-cased and trimmed, without
    /// the negation word: what the learner rules out ("go back on the phones").
    static func negatedClauses(_ text: String, needles: [String]) -> [String] { splitNegations(text, needles: needles).negated }

    /// The text without what it rules out, and what it rules out.
    /// `stops` end what a negation rules out short of the clause's end.
    static func splitNegations(_ text: String, needles: [String], stops: [String] = negationStops) -> (kept: String, negated: [String]) {
        var lower = padded(text)
        var negated: [String] = []
        // Until something is removed, a byte search of the text as given rules out absent needles (most).
        let search = PhraseSearch(lower)
        var removed = false
        for needle in needles {
            if !removed, !search.contains(needle) { continue }
            // Each pass removes one occurrence; what follows a removal is a stop, punctuation or the end,
            // which starts no new occurrence.
            while let start = lower.range(of: needle) {
                removed = true
                let rest = start.upperBound..<lower.endIndex
                var end = lower[rest].firstIndex(where: { ",.;!?\n".contains($0) }) ?? lower.endIndex
                // Stops are searched from the word after the negation, so one that starts there (its
                // leading space is the negation's trailing one) belongs to what is negated.
                for stop in stops {
                    if let found = lower.range(of: stop, range: rest), found.lowerBound < end { end = found.lowerBound }
                }
                let clause = lower[start.upperBound..<max(start.upperBound, end)].trimmingCharacters(in: .whitespaces)
                if !clause.isEmpty { negated.append(clause) }
                lower.replaceSubrange(start.lowerBound..<end, with: " ")
            }
        }
        return (lower.trimmingCharacters(in: .whitespaces), negated)
    }

    // MARK: Circumstances in a wish

    /// Phrases that make a wish's clause about getting to work, working hours, pay or how the work
    /// would feel, not a kind of work.
    static let circumstancePhrases = [
        " get to ", " on the bus", " by bus", " public transport", " walking distance", " near home", " close to home", " commute",
        " school hours", " part time", " part-time", " hours ",
        // What the job would pay or how it would feel names no field ("better money" is not finance).
        " better money", " more money", " good money", " decent money", " better pay", " more pay", " good pay", " higher pay",
        " better paid", " well paid", " pay rise", " wage", " salary", " commission", " bonuses", " use my head", " use my brain", " more of a challenge", " stimulating",
        // What the job would give besides the work names no field either: a pension is not pensions
        // administration, nor getting a qualification a qualification engineer's job.
        " pension", " sick pay", " holiday pay", " learn something", " a qualification", " qualifications",
        // Where the work is done is no job either: "from home" is no mortgage adviser's home loans.
        " from home", " at home", " home based", " home-based", " remotely", " remote work", " work remote",
        // Nor is being out travelling to customers: "a service technician for the dealer, on the road" is no road worker.
        " on the road",
        // What the learner has to pay for is no job either: "I have a mortgage" is no mortgage adviser's work.
        " have a mortgage", " got a mortgage", " my mortgage", " the mortgage", " mortgage to pay", " bills to pay", " pay the bills",
        // Nor is the way in the learner would rather avoid: "can I join without a degree?" is no degree-level job (review 17, p04).
        " without a degree", " without doing a degree", " without having a degree", " without a uni degree", " without going to uni",
        " without going to university", " without uni", " without university", " without a student loan", " student loan",
    ]

    /// When a school leaver would start, which names no field ("when I leave school I want to do baking"
    /// is no job in a school): dropped from a wish, the rest of its clause kept.
    static let startTimePhrases = [
        "when i leave school", "when i leave college", "when i leave sixth form", "when i finish school", "when i finish college",
        "once i leave school", "once i finish school", "after i leave school", "after i finish school", "after my gcses",
        "after my a levels", "after sixth form",
    ]

    /// `text` without `startTimePhrases`, in any case.
    static func droppingStartTimes(_ text: String) -> String {
        guard PhraseSearch(text.lowercased()).containsAny(startTimePhrases) else { return text }
        var result = text
        for phrase in startTimePhrases {
            while let found = result.range(of: phrase, options: .caseInsensitive) { result.replaceSubrange(found, with: " ") }
        }
        return result
    }

    /// The wish without what it says about getting to work, working hours, pay or how the work would
    /// feel, which names no job. In each clause (between commas, full stops, semicolons, line ends,
    /// "and", "or" and "but") holding such a phrase, the phrase is dropped; the rest is kept when it
    /// still names a kind of work (`wishRoutes`: "I want to work part-time in care", "I would love to
    /// get to work with animals"), else the clause goes ("something I can get to by bus").
    static func droppingCircumstances(_ text: String) -> String {
        var marked = droppingStartTimes(text)
        for conjunction in [" and ", " or ", " but "] { marked = marked.replacingOccurrences(of: conjunction, with: ",\(conjunction)") }
        return marked.split(whereSeparator: { ",.;\n".contains($0) }).compactMap { clause -> String? in
            var lower = " " + clause.lowercased() + " "
            guard PhraseSearch(lower).containsAny(circumstancePhrases) else { return String(clause) }
            for phrase in circumstancePhrases { lower = removingPhrase(phrase, from: lower) }
            return wishRoutes(lower).isEmpty ? nil : lower.trimmingCharacters(in: .whitespaces)
        }
        .joined(separator: ",")
    }

    /// `text` without `phrase` where it ends a word ("on the bus", not "on the buses").
    static func removingPhrase(_ phrase: String, from text: String) -> String {
        var text = text
        var from = text.startIndex
        while let found = text.range(of: phrase, range: from..<text.endIndex) {
            if found.upperBound < text.endIndex, text[found.upperBound].isLetter {
                from = found.upperBound
                continue
            }
            let offset = text.distance(from: text.startIndex, to: found.lowerBound)
            text.replaceSubrange(found, with: " ")
            from = text.index(text.startIndex, offsetBy: offset + 1)
        }
        return text
    }

    // MARK: Life outside work

    /// Phrases that make a clause about home life, family or hobbies rather than a job ("after
    /// raising a family", "treasurer for the PTA", "in my spare time I bake"). Such clauses still
    /// evidence skills, but do not say what the learner's job is.
    static let lifeContextPhrases = [
        " raising a family", " raising my ", " raising our ", " bringing up ", " my children", " my kids", " our children", " our kids",
        " my own children", " my family", " at home with ", " stay at home ", " stay-at-home ", " pta ", " parent teacher ", " hobby",
        " hobbies", " spare time", " for fun ", " my mum", " my dad", " my mother", " my father", " my parents", " my husband",
        " my wife", " my partner", " my grandchildren", " maternity leave", " career break",
    ]

    /// Words that start a new clause of a sentence, where home life often joins a job ("I was a
    /// receptionist for six years before taking time out to raise my children").
    static let clauseBreaks = [" before ", " after ", " then ", " while ", " since ", " until "]

    /// The text's clauses, each padded with a space each side: pieces between punctuation, cut again at
    /// `clauseBreaks`.
    static func clauses(of text: String) -> [String] {
        var clauses: [String] = []
        for piece in text.split(whereSeparator: { ".!?\n;,".contains($0) }) {
            var rest = " " + piece + " "
            while let cut = clauseBreaks.compactMap({ rest.range(of: $0, options: .caseInsensitive) }).min(by: { $0.lowerBound < $1.lowerBound }) {
                clauses.append(String(rest[..<cut.lowerBound]))
                rest = " " + rest[cut.upperBound...]
            }
            clauses.append(rest)
        }
        return clauses
    }

    /// The text without its clauses about home life, family or hobbies (`lifeContextPhrases`), for
    /// placing the learner in a job; clauses end at punctuation and at `clauseBreaks`.
    static func droppingLifeContext(_ text: String) -> String {
        clauses(of: text).filter { clause in
            !PhraseSearch(padded(clause)).containsAny(lifeContextPhrases)
        }
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: ". ")
    }

    // MARK: When no move fits

    /// Why no move into another field is shown and what to say instead. A learner whose skills are
    /// all their own field's (a beauty therapist's facials and waxing) is told so, and asked for the
    /// kind of work they would like in everyday words, which the engine reads (`wishTopics`).
    static func noMoveNotice(ownRoute: String?, aspired: Bool) -> String {
        let why = ownRoute.map { "The skills you describe belong to \($0.lowercased()) work, and no job in another field is built on them, " }
            ?? "No occupation in another field shares enough of your skills, "
        let ask = aspired
            ? "so a move is not suggested from skills alone. Naming a kind of work helps (e.g. \"office work\", \"caring for people\", "
                + "\"working with customers\") and so do everyday skills you use, such as taking bookings, handling money or keeping records."
            : "so a move is not suggested from skills alone. Say what you would like to do (e.g. \"I'd like to work in logistics\" or "
                + "\"something in an office\") to see paths there, and mention everyday skills you use, such as taking bookings, handling money or keeping records."
        return why + ask
    }
}
