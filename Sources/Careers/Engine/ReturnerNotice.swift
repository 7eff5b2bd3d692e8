import Foundation
import Matching
import Taxonomy

// MARK: - A note for someone coming back to paid work

/// What an adviser tells someone coming back to paid work after time away (raising children, caring for
/// a parent, illness): the skills from their past jobs still count, and a short course, volunteering or
/// part-time work brings recent experience back. A lapsed professional registration and low confidence,
/// when the learner mentions them, get a sentence each.
///
/// The break is read from the learner's own words ("took 6 years out when I had my twins", "I've been
/// at home since", "I left in 2018 to look after my dad") and quoted back. Someone who says they work
/// now ("I currently work as…") is not told it, nor is a school leaver (the caller decides that).
enum ReturnerNotice {
    // MARK: Words

    /// Phrases (lowercased, padded with spaces) that say the learner has been away from paid work.
    static let breakPhrases = [
        " career break", " back to work", " back into work", " return to work", " returning to work", " go back to work",
        " get back to work", " out of work", " not worked ", " haven't worked", " havent worked", " have not worked",
        " years off", " year off work", " years out", " time out to ", " took time out", " taking time out",
        " stopped work", " stopped working", " stopped for ", " i stopped to ", " i stopped when ", " at home since",
        " at home with my ", " at home with the ", " been at home", " was at home ", " staying at home with", " stay at home mum",
        " stay at home dad", " stay-at-home ", " full-time mum", " full time mum", " full-time carer", " full time carer",
        " maternity leave", " left to look after", " left to care for", " left work to ", " been off ", " been out ",
        " yrs off", " yrs out", " at home raising", " out to raise ", " off to raise ", " years raising ", " until i had my ",
        " left when i had ", " stay home ", " stayed home ", " not practised ", " not practiced ", " not nursed ",
        // Home with the children since ("been home with twins since"), or leaving when a child was born.
        " been home with ", " been home since ", " home with the kids", " home with my kids", " home with the children",
        " home with my children", " left when my son ", " left when my daughter ", " left when my baby ", " left when the baby ",
        " left when my twins ", " left when my first ", " left when my kids ", " left when my children ",
        // Saying the return itself, or how long since the last job ("out of work since 2019", "haven't worked since").
        " i'm returning", " im returning", " i am returning", " out of work since", " havent worked since", " haven't worked since",
        " not worked since", " not had a job since", " been at home with",
        // At home with the family, however it is put ("2011 - present: at home bringing up my three children",
        // "ten years bringing up the kids", "stayed at home to look after them").
        " at home bringing up", " home bringing up", " at home looking after", " at home caring for", " years bringing up",
        " yrs bringing up", " stayed at home to", " stayed home to", " stayed at home with", " stayed at home when",
        // Needed at home by family ("my son needed me at home"): the clause about the son is blanked, leaving the need.
        " needed me at home", " needed me home", " needs me at home",
        // Staying at home after a child, said plainly ("Then I had my youngest late and stayed at home").
        " and stayed at home ", " then stayed at home ", " i stayed at home ", " and stayed home ", " then stayed home ",
    ]
        // The job before the children came ("Before my boys I was a milk recorder"): the learner's own work, dated by the family.
        + ["before my", "before the", "before having my", "before having the", "before i had my", "before i had the", "before i had"].flatMap { opener in
            ["boys", "girls", "kids", "children", "son", "daughter", "twins", "baby", "little one", "family"].flatMap { kin in
                [" i was ", " i worked ", " i was a ", " i did "].map { " " + opener + " " + kin + $0 }
            }
        }
        + lapsedRegistrationPhrases
        // Time in prison is time away from paid work too ("released from prison in march after 2 years").
        + ConvictionNote.prisonStatements.map { " " + $0 }
    /// A professional registration let lapse is time away from practising ("let my registration lapse", "my PIN lapsed").
    static let lapsedRegistrationPhrases: [String] = ["registration", "pin", "nmc pin", "hcpc registration", "nmc registration"].flatMap {
        register -> [String] in
        [" let my \(register) lapse", " my \(register) lapsed", " my \(register) has lapsed", " my \(register) had lapsed"]
    }
    /// Following a partner's posting or move ("my husband was posted to Germany with the army and I went with
    /// him", "we followed my wife's job to Dubai"): forces families and relocations leave paid work behind, so
    /// the move is time away from it. The learner themself being posted ("I was posted to Cyprus") is work,
    /// not a break, so only a partner's move, or going with them, counts.
    static let followedPartnerPhrases: [String] = {
        let partners = ["husband", "wife", "partner", "hubby", "fiance", "fiancee", "other half", "oh"]
        let moves = [
            " was posted", " got posted", " were posted", " was relocated", " got relocated", " was transferred", " got transferred",
            " was stationed", " got stationed", "'s posting", "s posting", "'s job took us", "s job took us", "'s job moved",
            "s job moved", " was sent abroad", " was sent overseas",
        ]
        let partnerMoves = partners.flatMap { partner in moves.map { " " + partner + $0 } }
        let going = [
            // The diagnostic blanks the partner's own clause ("my husband was posted to Germany"), leaving the going.
            " i went with him", " i went with her", " we went with him", " we went with her", " i followed him", " i followed her",
            " i moved with him", " i moved with her", " followed my husband",
            " followed my wife", " followed my partner", " moved abroad with my", " moved overseas with my", " went abroad with my",
            " went overseas with my", " lived abroad with my", " lived overseas with my", " moved out there with my",
            " army wife", " army husband", " forces wife", " forces family", " military wife", " military spouse", " navy wife",
            " raf wife", " army spouse", " forces spouse",
        ]
        return partnerMoves + going
    }()

    /// Clause endings that say the learner is coming back, with nothing after ("so I want to get back", "im ready to
    /// go back"): a return from time away. With anything after them ("want to go back to college") they are read no further.
    static let comingBackEndings = [
        "want to get back", "want to go back", "want to come back", "ready to get back", "ready to go back", "ready to come back",
        "like to get back", "like to go back",
    ]
    /// Children born since the last job, the clause ending there ("Had three kids since", "I've had my boys since"): the time
    /// since is the break.
    static let childrenSinceEndings = ["two", "three", "four", "2", "3", "4", "my", "our", "the"].flatMap { count in
        ["kids", "children", "boys", "girls"].map { "had \(count) \($0) since" }
    }

    /// Clause endings that say the learner stopped work, with nothing after the verb ("had 3 kids and stopped"):
    /// the stop needs no object to be a break.
    static let stoppedEndings = ["and stopped", "then stopped", "so i stopped", "and i stopped", "and gave up", "and gave up work"]

    /// Caring for family ("then looked after my dad till he passed", "caring for my husband for 4 years"):
    /// time away from paid work when the clause also gives it a span (`careSpanWords`); the present "look
    /// after my kids" is left out (working parents say it), and so is a one-off ("I looked after my nan
    /// when she was poorly").
    static let familyCarePhrases = [" looked after my ", " caring for my ", " cared for my ", " full time caring", " full-time caring"]
        // Moving in with an ill parent to care for them ("I moved in with him in Evesham till he died").
        + [" moved in with him ", " moved in with her ", " moved in with them ", " moved back in with "]
        + ["mum", "dad", "mother", "father", "nan", "gran", "grandad", "parents"].map { " moved in with my " + $0 + " " }
        .flatMap { verb in
            ["mum", "dad", "mother", "father", "husband", "wife", "partner", "son", "daughter", "parents", "nan", "gran", "family"]
                .map { verb + $0 }
        }

    /// Caring for someone named before, in a clause the diagnostic blanks as theirs ("Then mum got dementia and I looked
    /// after her till she went into a home"): the caring is the learner's, given a span as the others are, when
    /// someone else's words were blanked before it in the clause (a home carer's "I looked after her for 3 years" is
    /// the job, not a break).
    static let caredForNamedBefore: [String] = [
        " i looked after her ", " i looked after him ", " i cared for her ", " i cared for him ", " i was caring for her ", " i was caring for him ",
    ]

    /// Becoming the carer of someone the clause names as family, or of someone whose words were blanked before
    /// ("Then my husband got ill and I was his carer"): time away from paid work to care. A home carer's "I was her
    /// carer for 3 years" names no family and stays the job.
    static let carerOfKin: [String] = ["was", "became", "was then", "ended up as", "ended up being"].flatMap { verb in
        ["his", "her", "their"].map { " i \(verb) \($0) carer" }
    }

    /// Stopping or leaving after a child was born ("stopped after my third", "left after my first baby"): the child
    /// is the reason, so the stop is a break.
    static let stoppedAfterChild: [String] = ["stopped", "left", "finished", "gave up", "gave up work", "packed in"].flatMap { verb in
        ["first", "second", "third", "fourth", "baby", "son", "daughter", "twins", "youngest", "eldest", "little one"].map {
            " \(verb) after my \($0) "
        }
    }

    /// Verbs of leaving work that, with a purpose of caring (`carePurposes`) in the same clause, say the
    /// learner left paid work to care ("Finished 2018 to look after my mum").
    static let endingVerbs = [
        " finished ", " left ", " stopped ", " gave up ", " packed in ", " quit ", " had to stop ", " had to leave ", " had to give up ",
    ]
    /// Purposes of caring for someone, after a leaving verb (`endingVerbs`).
    static let carePurposes = [" to look after ", " to care for ", " to be a carer", " to become a carer", " to bring up ", " to raise "]

    /// A leaving whose reason is someone else's (blanked) event: "Left when [my son was born]".
    static let leftWhenEndings = [
        "left when", "left work when", "stopped working when", "gave up work when", "finished when", "finished work when",
        // Giving a job up, said as "it" or with no object ("Gave it up when my son was diagnosed").
        "gave it up when", "gave up when", "packed it in when", "packed in when", "packed up work when", "stopped when", "quit when",
        "had to stop when", "had to give up when", "had to give it up when", "had to leave when", "left my job when", "gave up my job when",
        "quit my job when", "finished up when",
    ]
    /// `leftWhenEndings` as words of a padded text, for the one pass over the whole text.
    static let leftWhenNeedles = leftWhenEndings.map { " " + $0 }

    /// `stoppedEndings` as words of a padded text, for the one pass over the whole text.
    static let stoppedNeedles = stoppedEndings.map { " " + $0 }

    /// Words that give caring for family a span of time.
    static let careSpanWords = [" then ", " years", " yrs", " till ", " until ", " since ", " full time", " full-time"]

    /// A past leaving that dates the break ("I left in 2017", "I stopped 6 years ago"): the verb, then a
    /// year or "ago" later in the same clause.
    static let leavingWords = [
        " i left ", " left in ", " stopped ", " i gave up work", " i finished work",
        // A leaving forced on the learner ("Had to stop 3 years ago when the wife had a stroke").
        " had to stop ", " had to give up ", " had to leave ", " had to finish ", " had to pack in ", " had to pack it in ",
    ]

    /// Phrases that say the learner is in paid work now; someone who works now has no break to come back from.
    static let workingNowPhrases = [
        " i currently work", " i'm currently working", " im currently working", " currently employed", " i now work",
        " i work as ", " i work at ", " i work for ", " i work in ", " at the moment i work", " i'm working as ", " im working as ",
        // Needing to go on working while training says a job now ("need to keep working while i train").
        " keep working", " carry on working", " i'm still working", " im still working", " i still work", " keep my job", " stay in work",
    ]

    /// What a leaving verb may name that is no break from work ("I left school in 2019", "I left the
    /// army in 2015"), right after the verb.
    static let leftPlaces = ["school", "college", "uni ", "university", "sixth form", "the army", "the forces", "the navy", "the raf"]

    /// Words after a leaving verb that say the learner left for other work ("I left in 2012 to join Tesco").
    static let leftForWork = [" to join ", " to work ", " to become ", " to start my", " to set up ", " for a job", " for another job"]

    /// Workplace procedures named with the same words as a return ("I did the return to work interviews"): a
    /// manager's task, not a break, so they are read as blank.
    static let procedurePhrases = [
        " return to work interview", " return-to-work interview", " return to work meeting", " return to work form",
        " return to work plan", " back to work interview",
    ]

    static let confidenceLowWords = [" low", " lost my confidence", " lost confidence", " no confidence", " knocked", " shot", " nervous"]
    static let lapsedWords = [" lapsed", " lapse", " expired", " ran out", " run out"]

    // MARK: Notice

    /// The note for a learner whose `text` says they have been away from paid work, or nil.
    static func notice(in text: String) -> String? {
        // The clauses, each padded with spaces, so a phrase ending a sentence ("so i stayed home.") is found.
        let clauses = Self.clauses(of: text)
        let whole = PhraseSearch(clauses.map(\.lower).joined())
        // Most texts name no break at all: one pass over the whole text settles them before any clause is read.
        guard whole.containsAny(breakPhrases) || whole.containsAny(followedPartnerPhrases) || whole.containsAny(leavingWords) || whole.containsAny(familyCarePhrases)
            || whole.containsAny(carePurposes) || whole.containsAny(leftWhenNeedles) || whole.containsAny(stoppedNeedles)
            || whole.containsAny(caredForNamedBefore) || whole.containsAny(comingBackNeedles) || whole.containsAny(carerOfKin)
            || whole.containsAny(stoppedAfterChild),
            !whole.containsAny(workingNowPhrases)
        else { return nil }
        guard let away = clauses.first(where: saysBreak) else { return nil }
        var note = "You have had time away from paid work (\"\(quoted(away))\"). The skills from your past jobs still count, and the"
            + " paths here are built on them. A short course, some volunteering or part-time work can bring your experience up to date,"
            + " and the National Careers Service (0800 100 900, free) helps people plan a return to work."
        if let lapsed = clauses.first(where: { clause in
            let words = PhraseSearch(clause.lower)
            return words.contains(" registration") && words.containsAny(lapsedWords)
        }) {
            // The words are quoted once: the break's own clause may be the one that names the registration.
            let quote = lapsed.written == away.written ? "" : " (\"\(quoted(lapsed))\")"
            note += " A lapsed professional registration\(quote) can usually be restored through the"
                + " regulator's return-to-practice route: ask them what it needs."
        }
        if clauses.contains(where: { clause in
            let words = PhraseSearch(clause.lower)
            return words.contains(" confidence") && words.containsAny(confidenceLowWords)
        }) {
            note += " Many returners feel their confidence has gone; it comes back quickly with a first course or a few weeks of work."
        }
        return note
    }

    // MARK: Reading clauses

    /// One clause of the learner's text: as written, and lowercased with a space each side.
    struct Clause {
        let written: String
        let lower: String
    }

    /// The text's clauses: pieces between sentence punctuation and commas.
    static func clauses(of text: String) -> [Clause] {
        text.split(whereSeparator: { ".!?\n;,()".contains($0) }).compactMap { piece in
            let written = piece.trimmingCharacters(in: .whitespaces)
            return written.isEmpty ? nil : Clause(written: written, lower: blankingProcedures(" " + written.lowercased().plainApostrophes + " "))
        }
    }

    /// The lower-case text with its workplace procedures (`procedurePhrases`) blanked.
    static func blankingProcedures(_ lower: String) -> String {
        // Spells off sick counted in times ("I've been off 3 times this year") are absences from a job held, not a break.
        var lower = lower
        if lower.contains(" been off "), lower.contains(" times ") || lower.contains(" time this year") {
            lower = lower.replacingOccurrences(of: " been off ", with: " ")
        }
        // Going out on the job with someone ("I've been out with him in the holidays", "been out with the fitters") is
        // work experience, not time out of work.
        if lower.contains(" been out with ") { lower = lower.replacingOccurrences(of: " been out with ", with: " with ") }
        guard PhraseSearch(lower).containsAny(procedurePhrases) else { return lower }
        return procedurePhrases.reduce(lower) { $0.replacingOccurrences(of: $1, with: " ") }
    }

    /// Whether a clause says the learner has been away from work: a break phrase, or a leaving verb with a
    /// year or "ago" after it ("I left in 2015 to look after my mum") — not leaving school or college.
    static func saysBreak(_ clause: Clause) -> Bool {
        let words = PhraseSearch(clause.lower)
        if words.containsAny(breakPhrases) || words.containsAny(followedPartnerPhrases) { return true }
        if words.containsAny(familyCarePhrases) && words.containsAny(careSpanWords) { return true }
        if words.containsAny(careSpanWords), let caring = caredForNamedBefore.lazy.compactMap({ clause.lower.range(of: $0) }).first,
            clause.lower[..<caring.lowerBound].contains(blankedRun)
        { return true }
        if words.containsAny(carePurposes) && leftToCare(clause.lower) { return true }
        if words.containsAny(stoppedAfterChild) { return true }
        if let carer = carerOfKin.lazy.compactMap({ clause.lower.range(of: $0) }).first {
            let before = clause.lower[..<carer.lowerBound]
            if before.contains(blankedRun) || familyOpeners.contains(where: { before.contains(" " + $0) }) { return true }
        }
        // "Left when my son was born": the diagnostic reads the text with what is someone else's blanked, so the
        // leaving is all that is left of the clause, and someone else's event was the reason for it.
        let trimmed = clause.lower.trimmingCharacters(in: .whitespaces)
        if leftWhenEndings.contains(where: { trimmed == $0 || trimmed.hasSuffix(" " + $0) }) { return true }
        // The blanked event may be followed by what is left of the clause ("Gave it up when [my son was diagnosed
        // and needed] me at home"): the leaving, then a blank of someone else's words, is the same reason.
        if leftWhenEndings.contains(where: { ending in
            clause.lower.contains(" " + ending + blankedRun) || familyOpeners.contains { clause.lower.contains(" " + ending + " " + $0) }
        }) { return true }
        if stoppedEndings.contains(where: { trimmed == $0 || trimmed.hasSuffix(" " + $0) }) { return true }
        if endsComingBack(clause) { return true }
        guard let verb = leavingWords.lazy.compactMap({ words.range(of: $0) }).first else { return false }
        let after = clause.lower[verb.upperBound...]
        guard !leftPlaces.contains(where: { after.hasPrefix($0) }), !PhraseSearch(String(after)).containsAny(leftForWork) else { return false }
        // Stopping an activity ("stopped smoking 2 years ago", "had to stop driving in 2021") is no break from work.
        if let first = after.split(separator: " ").first, first.hasSuffix("ing"), !workGerunds.contains(String(first)) { return false }
        return after.contains(" ago") || after.split(separator: " ").contains { word in
            word.count == 4 && (word.hasPrefix("19") || word.hasPrefix("20")) && word.allSatisfy(\.isNumber)
        }
    }

    /// Whether the clause ends by saying the learner is coming back (`comingBackEndings`) or that children came since
    /// the last job (`childrenSinceEndings`).
    static func endsComingBack(_ clause: Clause) -> Bool {
        let trimmed = clause.lower.trimmingCharacters(in: .whitespaces)
        return comingBackClauseEndings.contains { trimmed == $0 || trimmed.hasSuffix(" " + $0) }
    }
    /// `comingBackEndings` and `childrenSinceEndings` in one list.
    static let comingBackClauseEndings = comingBackEndings + childrenSinceEndings
    /// `comingBackClauseEndings` as words of a padded text, for the one pass over the whole text (a clause ending with one
    /// holds it with a space before).
    static let comingBackNeedles = comingBackClauseEndings.map { " " + $0 }

    /// Words that open someone else's event after a leaving ("Packed it in when my mum was diagnosed"), read
    /// when the text has not been blanked.
    static let familyOpeners: [String] = ["my", "our", "the"].flatMap { opener in
        [
            "son", "daughter", "mum", "dad", "mother", "father", "husband", "wife", "partner", "kids", "children", "baby", "twins", "nan",
            "gran", "eldest", "youngest", "little one", "first", "missus",
        ].map { opener + " " + $0 + " " }
    }
    /// What is left of a clause where someone else's words were blanked: a run of spaces (`OthersClauses.blanked`).
    static let blankedRun = "   "
    /// Words ending in -ing after a leaving verb that still name the work left ("stopped working in 2019").
    static let workGerunds: Set<String> = ["working", "nursing", "teaching", "caring"]

    /// Words that may stand between a leaving verb and its purpose of caring: the year, or the work left
    /// ("finished 2018 to look after", "gave up work to care for", "left my job in 2019 to look after").
    static let leftObjects: Set<String> = ["in", "work", "my", "job", "the", "working", "there", "then"]

    /// Whether `lower` (a padded clause) has a leaving verb (`endingVerbs`) followed, past a year or the
    /// work left (`leftObjects`), by a purpose of caring (`carePurposes`): "Finished 2018 to look after my
    /// mum". "stopped doing nights to look after the kids" is a change of hours, not a break.
    static func leftToCare(_ lower: String) -> Bool {
        for verb in endingVerbs {
            var from = lower.startIndex
            while let found = lower.range(of: verb, range: from..<lower.endIndex) {
                from = found.upperBound
                let after = lower[found.upperBound...].split(separator: " ").drop { word in
                    leftObjects.contains(String(word)) || (word.count == 4 && word.allSatisfy(\.isNumber))
                }
                let rest = " " + after.joined(separator: " ") + " "
                if carePurposes.contains(where: { rest.hasPrefix($0) }) { return true }
            }
        }
        return false
    }

    /// A clause as quoted back: at most about twelve words.
    static func quoted(_ clause: Clause) -> String {
        // Someone else's words blanked from the clause (`blankedRun`) are quoted as left out: "Gave it up when … me at home".
        let written = clause.written.replacingOccurrences(of: " {3,}", with: " … ", options: .regularExpression)
        let words = written.split(separator: " ")
        return words.count <= 12 ? written : words.prefix(12).joined(separator: " ") + "…"
    }
}
