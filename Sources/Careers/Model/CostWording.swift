import Domain
import Foundation
import Matching

// MARK: - What a run costs one learner

/// Reads a run's cost and funding wording for one age band: "Free for 16-18 year olds; adults
/// £2,150" is free for a 16-year-old and £2,150 for an adult; "£895 (free if you earn under £25,000)"
/// is free only if the learner is eligible.
public enum CostWording {
    /// What the run costs a learner of `band`, and the amount that applies to them in pence (nil when
    /// the wording gives none for their band: a £0 that is the 16–18 price is not an adult's price).
    /// `condition` is the wording's clause that makes the run free for them, when that depends on
    /// their eligibility ("Adults aged 19-23 who do not yet hold a full Level 2 can study free"); for a run
    /// the learner pays for whose free places are for the other age band, a plain note saying so
    /// (`youthOnlyNote`, `adultConditionsNote`).
    ///
    /// A free place that depends on an adult's income, work or benefits ("free if you are unemployed or
    /// earn less than £25,000", `isAdultFundingCondition`) is an adult's: a 16–18-year-old keeps the fee,
    /// unless the wording gives their own price.
    public static func charge(
        amountPence: Int?, wording texts: [String?], band: AgeBand
    ) -> (cost: CostToLearner, pence: Int?, condition: String?) {
        var youthMentioned = false
        var adultFreeMentioned = false
        var employerShare = false
        var freeClause: String?
        var feeOtherwise = false
        var adultConditionOnly = false
        for text in texts.compactMap({ $0 }) {
            for written in clauses(text) {
                let clause = written.lowercased()
                // "…; otherwise the fee applies": the free part is for some learners only.
                feeOtherwise = feeOtherwise || ["otherwise", "fee applies", "fees apply"].contains { clause.contains($0) }
                let youth = isYouthClause(clause)
                youthMentioned = youthMentioned || youth
                adultFreeMentioned = adultFreeMentioned || (!youth && isAdultClause(clause) && Funding.mentionsFreeOrFunded(clause))
                let applies = band == .youth ? (youth || (!isAdultClause(clause) && !isAdultFundingCondition(clause))) : !youth
                adultConditionOnly = adultConditionOnly
                    || (band == .youth && !youth && isAdultFundingCondition(clause) && Funding.mentionsFreeOrFunded(clause))
                employerShare = employerShare || isEmployerShare(clause)
                // "Employer funded: £180 per learner" is the price an employer pays, not a way to study free.
                // "Interest-free instalments are also available" is a way to pay the fee, not a free place (the CIPD level 3 at £1,850).
                if applies, freeClause == nil, Funding.mentionsFreeOrFunded(clause), !isEmployerPrice(clause), !isInstalments(clause) {
                    freeClause = written.trimmingCharacters(in: .whitespaces)
                }
            }
        }
        // The £0 of a run that is free only for 16–18s is their price, not an adult's; and the £0 of
        // one "free for adults aged 19+" is not a 16–18-year-old's.
        let pence = amountPence == 0
            && ((band == .adult && youthMentioned) || (band == .youth && adultFreeMentioned && !youthMentioned)) ? nil : amountPence
        if let freeClause {
            if isConditional(freeClause.lowercased()) || feeOtherwise { return (.ifEligible, pence, freeClause) }
            // Free to the learner; an amount beside "non-levy employers contribute 5% (£225)" is the employer's.
            return (.free, employerShare && pence != 0 ? nil : pence, nil)
        }
        if pence == 0 { return (.free, 0, nil) }
        // "Free for 16-18 year olds" and nothing for adults: the adult's fee is not published.
        if pence == nil && band == .adult && youthMentioned { return (.charged, nil, youthOnlyNote) }
        if pence != nil { return (.charged, pence, band == .youth && adultConditionOnly ? adultConditionsNote : nil) }
        return (.notStated, nil, nil)
    }

    /// Whether a clause offers a way to spread the fee ("Interest-free instalments are also available"), which says "free" of the
    /// interest, not of the fee.
    static func isInstalments(_ clause: String) -> Bool {
        clause.contains("interest-free") || clause.contains("interest free") || clause.contains("instalment")
    }

    /// The note for an adult on a run free only for 16–18-year-olds whose adult fee the feed does not give.
    public static let youthOnlyNote = "free only for 16-18 year olds; ask the provider what adults pay"

    /// The note for a 16–18-year-old on a priced run whose free places depend on an adult's income, work or benefits.
    public static let adultConditionsNote =
        "the free places it mentions are for adults out of work or on a low income; ask the provider about funding for 16-18 year olds"

    /// True for a 16–19 study programme that is not open to adults: a T Level, or a course that
    /// says it is for 16 to 18 year olds.
    public static func isYouthProgramme(title: String, summary: String?, description: String?) -> Bool {
        if TextSearch.containsWord(title.lowercased(), "t level") || TextSearch.containsWord(title.lowercased(), "t-level") { return true }
        let about = [summary, description].compactMap { $0?.lowercased() }.joined(separator: " ")
        return youthProgrammePhrases.contains { about.contains($0) }
    }

    /// True for a course open only to adults: a Skills Bootcamp (19+ by its funding rules, unless it
    /// says it takes 18-year-olds), or one
    /// whose wording (summary, description, entry requirements; not a cost, which may say who studies
    /// free) says it is for adults aged 19 and over ("Aged 19 or over, living in England", "Open to adults aged 19+").
    public static func isAdultOnly(title: String, wording texts: [String?]) -> Bool {
        let about = texts.compactMap { $0?.lowercased().replacingOccurrences(of: "–", with: "-") }.joined(separator: " ")
        if adultOnlyPhrases.contains(where: about.contains) { return true }
        // A bootcamp that says it takes 18-year-olds ("Aged 18 or over" for an HGV licence) is open to them.
        return TextSearch.containsWord(title.lowercased(), "bootcamp") && !["aged 18", "18 or over", "18+"].contains(where: about.contains)
    }

    /// Whether a run's cost or funding wording gives adults' terms ("adults £2,150", "adults aged 19+ may qualify for free
    /// tuition"): the provider offers the run to adults as well as to 16–18-year-olds.
    static func namesAdults(_ texts: [String?]) -> Bool {
        texts.compactMap { $0 }.contains { text in clauses(text).contains { isAdultClause($0.lowercased()) } }
    }

    // MARK: Wording

    static let adultOnlyPhrases = [
        "aged 19 or over", "aged 19 and over", "aged 19+", "aged 19 or older", "aged 19 and above", "adults only", "19+ only",
        "open to adults", "learners aged 19", "must be 19", "be aged 19",
    ]

    static let youthProgrammePhrases = [
        "for 16 to 18 year olds who", "for 16-18 year olds who", "for 16-18s:", "for 16-18s who", "16-19 study programme",
        "16 to 19 study programme", "16-18 study programme", "16 to 18 study programme",
        // A full-time course its summary says is for 16–18s ("Full-time uniformed services course for 16-18s with fitness
        // training", review 21's p17: a 39-year-old was offered it), or a course for school leavers.
        "for 16-18s with", "course for 16-18s", "course for 16 to 18 year olds", "course for school leavers",
    ]

    /// A cost text cut into clauses at semicolons, full stops and brackets ("£1,350 (free if …)"), as written.
    static func clauses(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        let characters = Array(text)
        for (position, character) in characters.enumerated() {
            // A full stop between digits is a decimal point ("£0.00").
            let decimal = character == "." && position > 0 && position + 1 < characters.count
                && characters[position - 1].isNumber && characters[position + 1].isNumber
            if ";()".contains(character) || (character == "." && !decimal) {
                if !current.trimmingCharacters(in: .whitespaces).isEmpty { parts.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { parts.append(current) }
        return parts
    }

    static func isYouthClause(_ clause: String) -> Bool {
        let text = clause.replacingOccurrences(of: "–", with: "-")
        return ["16-18", "16 to 18", "16-19", "16 to 19", "aged 16", "under 19", "under-19"].contains { text.contains($0) }
    }

    static func isAdultClause(_ clause: String) -> Bool {
        let text = clause.replacingOccurrences(of: "–", with: "-")
        return ["adult", "19+", "aged 19", "19 or over", "19-23", "19 to 23", "24+", "aged 24"].contains { text.contains($0) }
    }

    /// "if you are unemployed", "earn less than £25,000", "on benefits", "Universal Credit": conditions of the
    /// Adult Skills Fund, which a 16–18-year-old's place does not turn on.
    static func isAdultFundingCondition(_ clause: String) -> Bool {
        ["unemployed", "earn under", "earn less", "earning under", "earning less", "earnings", "income", "benefit", "universal credit",
         "low wage", "low-wage", "low pay", "low-paid", "out of work", "not in work"].contains { clause.contains($0) }
    }

    /// "Employer funded: £180 per learner": the price an employer pays for the course, which is its
    /// price rather than a condition for studying free ("Employer funded through the apprenticeship
    /// levy", with no price, is still free to the apprentice).
    static func isEmployerPrice(_ clause: String) -> Bool {
        (clause.contains("employer funded") || clause.contains("employer-funded") || clause.contains("funded by your employer"))
            && clause.contains("£") && !clause.contains("free")
    }

    /// "non-levy employers contribute 5%", "employers co-fund 10%-30%": an employer's share, not the learner's.
    static func isEmployerShare(_ clause: String) -> Bool {
        clause.contains("employer") && ["contribute", "co-fund", "cofund", "co-invest", "pay 5%", "pays 5%"].contains { clause.contains($0) }
    }

    /// Free "if you earn under £25,000", "for unemployed adults", "may qualify", "for most learners".
    static func isConditional(_ clause: String) -> Bool {
        let text = " " + clause.replacingOccurrences(of: "–", with: "-") + " "
        return [" if ", " may ", "eligib", "unemployed", "earn under", "unless", "19-23", "19 to 23", "most learners", "depending", "subject to",
                "do not already", "don't already", "not yet", "without a", "who have not", "benefit"].contains { text.contains($0) }
    }
}

// MARK: - A free place's condition judged against the learner

extension CostWording {
    /// What a learner pays when the only free place a run offers (`condition`, with the run's own `costText`) turns on an age
    /// range they are outside or on not holding a level they say they hold: "Free for adults aged 19-23 studying their first
    /// full Level 3" read for a 56-year-old, "free if you do not already hold a Level 3" for a sommelier with WSET level 3.
    /// The price is then theirs (`charged`), with a note saying why (`ageNote`, `heldLevelNote`); a run whose wording gives
    /// another way to study free (a second free clause) is left as it is, as is one that gives no price (only the note is
    /// added). `age` is the age the learner states, `held` the highest level their text says they hold and its words.
    public static func judged(
        cost: CostToLearner, pence: Int?, condition: String?, costText: String?, age: Int?, held: (level: Int, words: String)?
    ) -> (cost: CostToLearner, pence: Int?, condition: String?) {
        guard cost == .ifEligible, let condition, age != nil || held != nil else { return (cost, pence, condition) }
        let clause = condition.lowercased().replacingOccurrences(of: "–", with: "-")
        // Another free clause in the cost wording is another way in: nothing is judged.
        let others = clauses(costText ?? "").map { $0.lowercased().replacingOccurrences(of: "–", with: "-").trimmingCharacters(in: .whitespaces) }
            .filter { Funding.mentionsFreeOrFunded($0) && !isYouthClause($0) && $0 != clause.trimmingCharacters(in: .whitespaces) }
        guard others.isEmpty else { return (cost, pence, condition) }
        var note: String?
        if let age, let range = ageRange(in: clause), !range.contains(age) {
            note = ageNote(range: range, age: age)
        } else if let held, let level = firstLevelCondition(in: clause), held.level >= level {
            note = heldLevelNote(level: level, words: held.words)
        }
        guard let note else { return (cost, pence, condition) }
        return pence != nil ? (.charged, pence, condition + " — " + note) : (cost, pence, condition + " — " + note)
    }

    /// "at 56 you are outside that age range, so expect to pay the fee; ask the provider about other funding".
    static func ageNote(range: ClosedRange<Int>, age: Int) -> String {
        "at \(age) you are outside ages \(range.lowerBound)-\(range.upperBound), so expect to pay the fee; ask the provider about other funding"
    }

    /// "you mention \"WSET level 3\", so you will probably pay the fee; ask the provider whether it counts".
    static func heldLevelNote(level: Int, words: String) -> String {
        "you mention \"\(words)\", so you will probably pay the fee; ask the provider whether it counts as a level \(level)"
    }

    /// The age range a clause sets for its free places ("adults aged 19-23", "19 to 23 year olds"), or nil: two ages from
    /// 16 to 30, the first the lower, in a clause about age or adults.
    static func ageRange(in clause: String) -> ClosedRange<Int>? {
        guard ["aged", "age ", "year old", "year-old", "adult", "19-", "19 to"].contains(where: clause.contains) else { return nil }
        let words = clause.split(whereSeparator: { !$0.isNumber && $0 != "-" && !$0.isLetter }).map(String.init)
        for (index, word) in words.enumerated() {
            let parts = word.split(separator: "-").map(String.init)
            var pair: (Int, Int)?
            if parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]) { pair = (low, high) }
            if pair == nil, index + 2 < words.count, words[index + 1] == "to", let low = Int(word), let high = Int(words[index + 2]) { pair = (low, high) }
            if let (low, high) = pair, (16...30).contains(low), (low...30).contains(high), low < high { return low...high }
        }
        return nil
    }

    /// Phrases saying a free place is for learners without a level yet ("do not already hold a Level 3", "their first full Level 3").
    static let notHeldPhrases = [
        "do not already hold", "don't already hold", "not already hold", "do not hold", "don't hold", "not yet hold", "not yet have",
        "do not have", "don't have", "without a", "who have not", "haven't got", "first full", "first level",
    ]

    /// The level a clause's free place asks the learner not to hold yet ("free if you do not already hold a Level 3" → 3), or nil.
    static func firstLevelCondition(in clause: String) -> Int? {
        guard notHeldPhrases.contains(where: clause.contains) else { return nil }
        let words = clause.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        for (index, word) in words.enumerated() where word == "level" && index + 1 < words.count {
            if let level = Int(words[index + 1]), (1...8).contains(level) { return level }
        }
        return nil
    }
}
