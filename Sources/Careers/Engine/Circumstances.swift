import Domain
import Foundation
import Matching
import Taxonomy

// MARK: - How the learner would like to work

/// What a learner says about how they would like to work rather than what: part time, from home,
/// regular hours, fewer people. Each becomes a constraint: courses in a fitting study or delivery
/// mode are listed first, and moves the circumstance rules out are not suggested (`limits`).
struct Circumstances: Equatable, Sendable {
    /// Part-time or fewer hours ("want to go back part time", "school hours").
    var partTime = false
    /// Work done from home ("work I can do from home", "home based").
    var fromHome = false
    /// Regular daytime hours, no shifts ("regular hours", "9 to 5", "no shifts").
    var regularHours = false
    /// Fewer people, quieter work ("something quieter with fewer people", "work on my own").
    var fewerPeople = false
    /// Study full time rather than around work ("I want to study full time", "a full-time course at college").
    var fullTimeStudy = false

    /// Whether nothing was said about how to work.
    var isEmpty: Bool { self == Circumstances() }

    // MARK: Phrases

    /// Phrases, matched as whole words in what the learner wishes, for each circumstance.
    static let partTimePhrases = [
        "part time", "part-time", "parttime", "fewer hours", "less hours", "shorter hours", "reduced hours", "school hours",
        "around the kids", "around my kids", "around the children", "around my children", "around school", "a few days a week",
        "couple of days a week", "two days a week", "three days a week", "2 days a week", "3 days a week", "flexible hours",
        // Term time only is fewer weeks a year, asked for as part time is.
        "term time", "term-time", "termtime", "term time only", "school holidays off",
    ]
    static let fromHomePhrases = [
        "from home", "home based", "home-based", "work at home", "working at home", "do at home", "remote work", "remote job",
        "work remotely", "working remotely", "remotely", "remote working",
    ]
    static let regularHoursPhrases = [
        "regular hours", "set hours", "fixed hours", "normal hours", "sociable hours", "office hours", "steady hours", "stable hours",
        "predictable hours", "9 to 5", "9-5", "9 till 5", "9 til 5", "nine to five", "nine till five", "monday to friday", "mon to fri",
        "mon-fri", "weekdays only", "daytime hours", "daytime work", "daytime job", "day time work", "days only",
        "daytime only", "day time only", "daytimes only",
    ]
    /// Phrases saying, by ruling something out, that the learner wants regular hours: read before
    /// negations are dropped.
    static let noShiftPhrases = ["no shifts", "no shift work", "no more shifts", "not shifts", "no weekends", "no nights", "no night shifts"]
    static let fewerPeoplePhrases = [
        "fewer people", "less people", "quieter", "a quiet job", "quiet job", "quiet work", "something quiet", "somewhere quiet",
        "quiet place", "quiet office", "on my own", "work alone", "working alone", "by myself", "not many people", "behind the scenes",
        "less contact with people", "less people contact", "fewer customers", "less customers",
    ]
    /// Phrases asking to study full time: a way of studying, not of working.
    static let fullTimeStudyPhrases = [
        "study full time", "study full-time", "studying full time", "studying full-time", "full time study", "full-time study",
        "full time course", "full-time course", "full time courses", "full-time courses", "full time at college", "full-time at college",
        "college full time", "college full-time", "full time college", "full-time college", "full time student", "full-time student",
        "full time uni", "full-time uni", "uni full time", "university full time", "train full time", "retrain full time",
    ]
    /// Phrases ruling out busy people work: read before negations are dropped.
    static let awayFromPeoplePhrases = ["away from people", "not around people", "not with people all day", "not dealing with people"]

    // MARK: Reading

    /// Words that make a sentence the wish splitter left in the history ask for something: "Looking for
    /// work I can do from home", not "I work part time at Greggs".
    static let askingWords = [
        " looking for ", " need ", " needs ", " want ", " wants ", " prefer ", " after ", " hoping ", " ideally ", " has to be ",
        " have to be ", " must be ", " can do ", " could do ", " something ", " somewhere ",
        // A CV line's terse wish ("part-time preferred", "preferably part time").
        " preferred ", " preferably ", " if i can ", " if possible ",
    ]

    /// The circumstances stated in `wishes` (what the learner would like) and in the sentences of `text`
    /// that ask for something (`askingWords`) and report no past (`CareerDiagnostician.isPastClause`).
    /// What a wish rules out ("I don't want part time") states nothing.
    static func read(wishes: String, text: String) -> Circumstances {
        // Read clause by clause: a sentence often says where the learner stands before what they ask for ("Been out 7
        // years, my skills are probably out of date, want something part time in school hours"), and the past of its
        // first clauses does not make the last one history.
        let sentences = text.split(whereSeparator: { ".!?;\n,".contains($0) }).map(String.init).filter { sentence in
            PhraseSearch(CareerDiagnostician.padded(sentence)).containsAny(askingWords) && !CareerDiagnostician.isPastClause(sentence)
        }
        let raw = CareerDiagnostician.padded(([wishes] + sentences).joined(separator: ". "))
        let kept = " " + CareerDiagnostician.droppingNegatedClauses(raw) + " "
        var circumstances = Circumstances()
        circumstances.partTime = says(partTimePhrases, in: kept) || limitsHours(text)
        circumstances.fromHome = says(fromHomePhrases, in: kept)
        circumstances.regularHours = says(regularHoursPhrases, in: kept) || says(noShiftPhrases, in: raw)
        circumstances.fewerPeople = says(fewerPeoplePhrases, in: kept) || says(awayFromPeoplePhrases, in: raw)
        // Both at once ("part time work while I study full time") leave the part-time wish to order the courses.
        circumstances.fullTimeStudy = !circumstances.partTime && says(fullTimeStudyPhrases, in: kept)
        return circumstances
    }

    /// Whether one of `phrases` occurs in `lower` (lower-cased, padded) as whole words.
    /// Most phrases are absent: a byte search (`PhraseSearch`) rules them out before the whole-word check.
    static func says(_ phrases: [String], in lower: String) -> Bool {
        let search = PhraseSearch(lower)
        return phrases.contains { phrase in
            guard search.contains(phrase) else { return false }
            var from = lower.startIndex
            while let found = lower.range(of: phrase, range: from..<lower.endIndex) {
                let before = found.lowerBound == lower.startIndex ? " " : lower[lower.index(before: found.lowerBound)]
                let after = found.upperBound == lower.endIndex ? " " : lower[found.upperBound]
                if !before.isLetter && !before.isNumber && !after.isLetter && !after.isNumber { return true }
                from = found.upperBound
            }
            return false
        }
    }

    // MARK: Hours the learner cannot go beyond

    /// Phrases saying the learner cannot work full time ("I cant do full time"), read anywhere in the text:
    /// a limit on hours is a part-time wish whatever the sentence asks.
    static let notFullTimePhrases = [
        "cant do full time", "can't do full time", "cannot do full time", "can't work full time", "cant work full time",
        "cannot work full time", "unable to work full time", "not able to work full time", "couldn't do full time", "couldnt do full time",
        "can't manage full time", "cant manage full time", "cannot manage full time", "too ill to work full time",
    ]
    /// Words beside a number of hours that make it a ceiling ("20 hrs max", "no more than 16 hours").
    static let hourCeilingAfter: Set<String> = ["max", "maximum", "tops", "only"]
    static let hourCeilingBefore: Set<String> = ["max", "maximum", "most"]
    /// The most hours a week that count as part time when the learner sets a ceiling.
    static let partTimeHourCeiling = 30
    /// Words naming hours.
    static let hourWords: Set<String> = ["hrs", "hours", "hr", "hour", "hrs/week", "hours/week"]

    /// Whether the learner says they cannot work full time, or sets a ceiling on their hours below full time
    /// ("20 hrs max", "max 16 hours", "no more than 25 hours", "up to 20 hours"): either is a limit on hours,
    /// read as a wish for part-time work and study.
    static func limitsHours(_ text: String) -> Bool {
        let lower = CareerDiagnostician.padded(text)
        let search = PhraseSearch(lower)
        if search.containsAny(notFullTimePhrases), says(notFullTimePhrases, in: lower) { return true }
        guard search.containsAny([" hrs", " hours", " hr ", "hrs ", "hours "]) else { return false }
        let words = LowercasedWords.words(lower, digits: true)
        for (index, word) in words.enumerated() {
            // "20hrs" as one word, or "20 hrs".
            let digits = word.prefix { $0.isNumber }
            guard !digits.isEmpty, let hours = Int(digits), hours > 0, hours <= partTimeHourCeiling else { continue }
            let unit = digits.count < word.count ? String(word.dropFirst(digits.count)) : (index + 1 < words.count ? words[index + 1] : "")
            guard hourWords.contains(unit) else { continue }
            let unitEnd = digits.count < word.count ? index : index + 1
            let after = words[(unitEnd + 1)..<min(words.count, unitEnd + 4)]
            let before = Array(words[max(0, index - 3)..<index])
            let pair = before.suffix(2).joined(separator: " ")
            // "up to 20 hours", "no more than 16 hours", "less than 25 hours"; not "more than 20 hours", a floor.
            let ceilingPair = pair == "up to" || pair == "less than" || pair == "fewer than"
                || (pair == "more than" && before.count == 3 && ["no", "not"].contains(before[0]))
            if after.contains(where: hourCeilingAfter.contains) || before.suffix(1).contains(where: hourCeilingBefore.contains) || ceilingPair {
                return true
            }
        }
        return false
    }

    // MARK: Applying

    /// The work limits (`WorkLimit.all` indices) the circumstances state: shifts for regular hours,
    /// customers for fewer people, desk-based work for working from home. Quiet work is not desk work: a
    /// learner who wants to keep animals "in a quiet place" or work on their own outdoors says nothing of
    /// their body, so no physical or driving limit comes with it (as a wish for desk work brings, `closing`);
    /// desk-based moves are still offered when their skills suggest few others (`deskWishes`).
    var limits: [Int] {
        var limits: [Int] = []
        if regularHours { limits.append(WorkLimit.nights) }
        if fewerPeople { limits.append(WorkLimit.customers) }
        if fromHome { limits.append(WorkLimit.indoors) }
        return limits
    }

    /// `constraints` with the study and delivery modes to list first: part-time and flexible courses
    /// for part-time work, online ones for work from home.
    func preferring(_ constraints: LearnerConstraints) -> LearnerConstraints {
        var constraints = constraints
        if partTime { constraints.preferredStudyModes = [.partTime, .flexible] }
        if fullTimeStudy { constraints.preferredStudyModes = [.fullTime] }
        if fromHome { constraints.preferredDeliveryModes = [.online] }
        return constraints
    }

    /// What the diagnostic says about each circumstance; a limit already read from the learner's own
    /// words (`stated`) keeps its own notice.
    func notices(stated: [Int]) -> [String] {
        var notices: [String] = []
        if partTime {
            notices.append(
                "You mention part-time work or study, so part-time and flexible courses are listed first; many of these jobs are also "
                    + "offered part time, and an apprenticeship's hours can be agreed with the employer.")
        }
        if fullTimeStudy {
            notices.append("You say you want to study full time, so full-time courses are listed first.")
        }
        if fromHome {
            notices.append(
                "You say you want work you can do from home, so desk-based moves your skills fit are offered and online courses are listed first.")
        }
        if regularHours && !stated.contains(WorkLimit.nights) {
            notices.append("You say you want regular hours, so jobs whose standards are worked in shifts or at night are not suggested.")
        }
        if fewerPeople && !stated.contains(WorkLimit.customers) {
            notices.append(
                "You say you want quieter work with fewer people, so jobs built on serving customers or the public are not suggested.")
        }
        return notices
    }
}

// MARK: - Preferred modes first

extension CareerDiagnostician {
    /// `items` with those whose run meets more of the preferred study and delivery modes of `constraints`
    /// first, in their own order otherwise; as they are when nothing is preferred.
    static func preferredFirst<Item>(_ items: [Item], constraints: LearnerConstraints, run: (Item) -> CourseIndex.Run) -> [Item] {
        guard !constraints.preferredStudyModes.isEmpty || !constraints.preferredDeliveryModes.isEmpty else { return items }
        let met = items.map { item -> Int in
            let run = run(item)
            let study = run.studyMode.map(constraints.preferredStudyModes.contains) == true
            let delivery = run.deliveryMode.map(constraints.preferredDeliveryModes.contains) == true
            return (study ? 1 : 0) + (delivery ? 1 : 0)
        }
        return items.indices.sorted { (met[$1], $0) < (met[$0], $1) }.map { items[$0] }
    }
}

// MARK: - Age and stage

extension Circumstances {
    /// Phrases saying the learner is in post-16 education now: 16–18 whatever else they say.
    static let youthStagePhrases = [
        "year 12", "year 13", "yr 12", "yr 13", "y12", "y13", "college student", "sixth form student", "sixth former", "in sixth form",
        "at sixth form", "doing my a levels", "doing my a-levels", "doing a levels", "doing a-levels", "doing my alevels", "studying a levels",
        "in the sixth form", "a level student", "a-level student", "doing my t level", "doing a t level", "on a t level",
    ]
    /// Words after an age in 16–18 that make it the learner's age ("17 years old", "17yo").
    static let ageNouns: Set<String> = ["year old", "years old", "yr old", "yrs old", "yo", "y o", "year-old"]
    /// Words before a number that make it the learner's age ("I'm 17", "aged 16").
    static let agePrefixes = ["i'm", "im", "i am", "aged", "age", "age:", "i turned", "just turned", "turning"]

    /// The age the learner states, if any: "I'm 17", "aged 16", "17 years old", "17yo", or a text that
    /// opens with the number ("17, left college after a few months").
    static func statedAge(_ text: String) -> Int? {
        let words = CareerDiagnostician.padded(text).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "(" || $0 == ")" })
            .map(String.init)
        for (index, raw) in words.enumerated() where raw.contains(where: \.isNumber) {
            let trimmed = raw.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:!?"))
            let digits = trimmed.prefix { $0.isNumber }
            guard (1...2).contains(digits.count), let age = Int(digits), (13...99).contains(age) else { continue }
            let rest = String(trimmed.dropFirst(digits.count))
            let next = index + 1 < words.count ? words[index + 1].trimmingCharacters(in: CharacterSet(charactersIn: ",.;:!?")) : ""
            let nextTwo = index + 2 < words.count ? next + " " + words[index + 2].trimmingCharacters(in: CharacterSet(charactersIn: ",.;:!?")) : next
            let previous = index > 0 ? words[index - 1] : ""
            let previousTwo = index > 1 ? words[index - 2] + " " + previous : previous
            let named = ["yo", "y/o"].contains(rest) || (["yr", "yrs", "year", "years"].contains(rest) && next == "old")
                || ageNouns.contains(nextTwo) || ageNouns.contains(next)
                || agePrefixes.contains(previous) || agePrefixes.contains(previousTwo)
            // A text opening with the number and a comma or "and" ("16, finishing GCSEs", "17 and bored").
            let opening = index == 0 && rest.isEmpty && (raw.hasSuffix(",") || raw.hasSuffix(".") || next == "and")
            if named || opening { return age }
        }
        return nil
    }

    /// Words before a stage of study that say the learner never did it ("didnt do A levels", "never
    /// took my GCSEs", "no A levels"): an adult saying what they lack, not a student.
    static let studyNotDoneWords = [
        "didnt do", "didn't do", "did not do", "never did", "never done", "never took", "didnt take", "didn't take", "did not take",
        "didnt get", "didn't get", "did not get", "never got", "without", "no", "not got", "havent got", "haven't got", "dont have",
        "don't have", "do not have",
    ]
    /// Stages of study `studyNotDoneWords` may rule out, each possibly after "my" or "any".
    static let studyStages = ["a levels", "a-levels", "a level", "a-level", "alevels", "gcses", "gcse", "t level", "t levels", "btec", "sixth form"]

    /// The text without each stage of study it says the learner never did ("didnt do A levels"), and with
    /// a course at a numbered level ("a level 2 counselling skills course") read as that level, not as A
    /// levels: an adult who did an evening class is no sixth former.
    static func droppingStudyNotDone(_ text: String) -> String {
        var lower = CareerDiagnostician.padded(text)
        var search = PhraseSearch(lower)
        if search.contains(" a level ") {
            for level in 1...8 where lower.contains(" a level \(level)") {
                lower = lower.replacingOccurrences(of: " a level \(level)", with: " level \(level)")
            }
            search = PhraseSearch(lower)
        }
        // Only the words and stages the text holds can match: most texts hold none, and each replacement is a
        // search of the whole text (3,465 of them per diagnosis had cost more than the rest of the reading).
        // Which words it holds is a byte search.
        for words in studyNotDoneWords where search.contains(words) {
            for middle in [" ", " my ", " any "] {
                for stage in studyStages where lower.contains(stage) {
                    for end in [" ", ",", ".", "!", ";"] {
                        lower = lower.replacingOccurrences(of: " \(words)\(middle)\(stage)\(end)", with: " \(end)")
                    }
                }
            }
        }
        return lower.trimmingCharacters(in: .whitespaces)
    }

    /// Phrases only an adult writes: school looked back on ("A level years ago", "when I was at school"),
    /// children of their own, a partner. Any one outranks a bare school word: "I got a B in chemistry at A
    /// level years ago" is a grown-up's past.
    static let adultPhrases = [
        " years ago", " yrs ago", " year ago", " when i was at school", " when i was at college", " when i was in school",
        " back when i was at", " when i left school", " my kids", " my children", " my husband", " my wife", " my grandchildren",
        " my mortgage", " my pension", " since i left school", " after i left school",
        // A business or home of their own is a grown-up's ("its my own van", "running the business", "I have a mortgage").
        " my own business", " my own van", " my own company", " running the business", " run my own", " running my own",
        " self employed", " self-employed", " a mortgage",
    ]
    /// The fewest years of work that only an adult can have: "street cleansing operative, 6 years".
    static let adultWorkYears = 5
    /// Words counting years of work: seasonal work is counted in summers or seasons ("7 summers", "6 seasons").
    static let adultSpanWords: Set<String> = ["years", "yrs", "year", "summers", "seasons", "winters"]

    /// A school stage the learner is at now ("year 11", "doing my GCSEs", "in sixth form"): years of a pastime
    /// ("played football for 6 years") are then a child's, not an adult's years of work.
    static let presentSchoolPhrases = youthStagePhrases + [
        "year 10", "year 11", "yr 10", "yr 11", "y10", "y11", "doing my gcses", "doing gcses", "doing my gcse", "still at school",
    ]

    /// Whether the text carries a sign only an adult gives (`adultPhrases`), or names five or more years
    /// of something ("6 years", "for 8 yrs") that is neither an age ("17 years old") nor a future ("in 5
    /// years"), from a learner at no school stage now (`presentSchoolPhrases`): a school leaver has had no
    /// time for that much work, though a pupil may have played a sport that long.
    static func statesAdulthood(_ text: String) -> Bool {
        let padded = " " + text.lowercased().plainApostrophes + " "
        if PhraseSearch(padded).containsAny(adultPhrases) { return true }
        if says(presentSchoolPhrases, in: padded) { return false }
        let words = LowercasedWords.words(padded, digits: true)
        for (index, word) in words.enumerated() where index + 1 < words.count && adultSpanWords.contains(words[index + 1]) {
            guard let count = Int(word), count >= adultWorkYears, count < 60 else { continue }
            // "17 years old" is an age; "in 5 years time", "within the next 5 years" a future.
            let next = index + 2 < words.count ? words[index + 2] : ""
            let previous = index > 0 ? words[index - 1] : ""
            if next != "old" && next != "time" && !["in", "next", "within"].contains(previous) { return true }
        }
        return false
    }

    /// Whether the text says the learner is 16 to 18: a stated age in that range, or a stage of
    /// post-16 education ("year 12", "doing my A levels", "college student") with no older age stated.
    static func statesYouth(_ text: String) -> Bool {
        if let age = statedAge(text) { return age < 19 }
        return says(youthStagePhrases, in: CareerDiagnostician.padded(text))
    }
}
