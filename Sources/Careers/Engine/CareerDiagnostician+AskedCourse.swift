import Domain
import Foundation
import Matching
import Taxonomy

// MARK: - A course the learner asks about by name

extension CareerDiagnostician {
    /// Title words every kind of course uses, which name no course on their own ("Level 3 Diploma in …", "… Skills Bootcamp").
    static let courseTitleWords: Set<String> = [
        "level", "diploma", "certificate", "award", "extended", "introduction", "introductory", "course", "qualification", "nvq", "btec",
        "apprenticeship", "skill", "bootcamp", "essential", "practice", "practical", "in", "of", "and", "for", "the", "to", "a", "an", "with",
        "on", "at", "your", "non", "regulated", "part", "time", "full", "entry", "foundation", "higher", "advanced", "technical", "understanding",
    ]

    /// A notice naming the course a learner asks about by name in a question ("should i do the transport manager CPC to make
    /// myself stand out?"), when no path below lists it: where it runs, how and what it costs them, their districts first, then
    /// one next to theirs, then any other (saying so). An adviser answers "should I do X" by saying where X is, even when it is
    /// outside the learner's district; the learner's own question asked for it. A title names the course when its words less
    /// the words every course uses (`courseTitleWords`) and its brackets are two or more, or one written as an acronym of three
    /// or more letters (CPC, SMSTS), and the question holds them all. Nil when no question names a course, or the course named
    /// is already listed.
    func askedCourseNotice(
        text: String, shown: [CareerPath], index: CourseIndex, constraints: LearnerConstraints, today: String, scratch: CourseScratch? = nil
    ) -> String? {
        let sentences = Self.questionSentences(text)
        let questions = sentences.map { Set(Self.singularWords($0.lowercased())) }
        guard !questions.isEmpty else { return nil }
        // The questions' words in order, digits kept, for an acronym and the level said after it ("CIPD level 3").
        let ordered = sentences.map { LowercasedWords.words($0, digits: true) }
        let listed = Set(shown.flatMap { $0.courses.map(\.id) })
        var anywhere = constraints
        anywhere.districts = []
        let neighbours = Set(constraints.districts.flatMap { Self.neighbours[$0] ?? [] })
        // The level the learner holds, for a course asked about by its body's acronym with no level (`acronymLevelOrder`).
        var heldLevel: Int??
        // A qualification the learner holds, or one below it in its subject or under its body's name, is not what they ask to take.
        let held = scratch?.heldQualificationCourses(index) ?? []
        var best: (order: [Int], entry: CourseIndex.Entry, run: CourseIndex.Run, asked: [String])?
        for (position, entry) in index.entries.enumerated() {
            let naming = index.namingWords[position]
            var asked = naming
            var order: [Int] = []
            if !naming.isEmpty, questions.contains(where: { Set(naming).isSubset(of: $0) }) {
                order = [-naming.count, 0]
            } else if !index.courseAcronyms[position].isEmpty {
                // A course asked about by its awarding or professional body's acronym (`courseAcronyms`: "Is CIPD level 3 worth
                // doing?", "AAT or the level 7 apprenticeship?"): at the level said after it, when one is, else nearest the level
                // the learner holds.
                guard let said = Self.acronymAsked(index.courseAcronyms[position], in: ordered) else { continue }
                if let level = said.level {
                    guard entry.level?.rank == level else { continue }
                    asked = [said.acronym, "level", String(level)]
                    order = [-2, 0]
                } else {
                    if heldLevel == nil { heldLevel = .some(Self.heldLevel(text)?.level) }
                    asked = [said.acronym]
                    order = [-1, Self.acronymLevelOrder(course: entry.level?.rank, held: heldLevel ?? nil)]
                }
            } else {
                continue
            }
            // A course the paths list, or another provider's run of it, is there to read already.
            if listed.contains(entry.id) { return nil }
            if !held.isEmpty && held[position] { continue }
            guard let first = CourseIndex.bestRun(of: entry, constraints: anywhere, today: today) else { continue }
            // The nearest of its runs (the Redditch class next to a Bromsgrove learner, not the Worcester one a day earlier).
            var run = first
            var place = Self.nearness(of: first, constraints: constraints, neighbours: neighbours, today: today)
            for other in entry.runs where place > 0 && CourseIndex.accepts(other, anywhere, today: today) {
                let nearer = Self.nearness(of: other, constraints: constraints, neighbours: neighbours, today: today)
                if nearer < place { (run, place) = (other, nearer) }
            }
            // The fullest naming first (the course whose title the question holds most of), then the nearest.
            order += [place, Int((run.start ?? "9999").prefix(4)) ?? 9999]
            if best == nil || order.lexicographicallyPrecedes(best!.order) { best = (order, entry, run, asked) }
        }
        guard let best else { return nil }
        let run = best.run
        var outside = ""
        if !constraints.districts.isEmpty, run.deliveryMode != .online, let district = run.district, !constraints.districts.contains(district) {
            outside = " It runs in \(district.name), " + (neighbours.contains(district) ? "next to " : "outside ") + Self.list(constraints.districts.map(\.name)) + "."
        }
        return "You asked about the \(best.asked.joined(separator: " ").uppercasedAcronyms(from: best.entry.title)): "
            + Self.courseLine(best.entry, run, constraints: constraints) + " is the course here for it; check its entry requirements." + outside
    }

    /// The words of a course title that name it (`courseTitleWords` and bracketed parts left out, singular, lower-case), or none
    /// when they are too few to name one course: fewer than two, unless the one is an acronym of three or more letters.
    static func namingWords(of title: String) -> [String] {
        let plain = CourseIndex.withoutBrackets(title)
        let written = plain.split(whereSeparator: { !$0.isLetter }).map(String.init)
        let words = written.filter { !courseTitleWords.contains(singular($0.lowercased())) }
        if words.count >= 2 { return words.map { singular($0.lowercased()) } }
        if let one = words.first, one.count >= 3, one.allSatisfy(\.isUppercase) { return [singular(one.lowercased())] }
        return []
    }

    /// Acronyms of three or more capitals that name a kind of qualification or degree, not a body or a course: "NVQ", "BTEC",
    /// "HNC". A title's other acronyms (`courseAcronyms`) name the body whose qualification it is (CIPD, AAT, NEBOSH, CITB) or the
    /// course itself (SMSTS, CPC).
    static let qualificationAcronyms: Set<String> = [
        "nvq", "btec", "hnc", "hnd", "ncfe", "gcse", "bsc", "msc", "beng", "llb", "qts", "uk", "ict", "cpd", "vrq", "vtct", "ocr", "aqa",
    ]

    /// The acronyms a course title writes (three or more capitals, brackets included: "CITB Site Management Safety Training Scheme
    /// (SMSTS)" → citb, smsts), lower-case, without those that name only a kind of qualification (`qualificationAcronyms`).
    static func courseAcronyms(of title: String) -> [String] {
        var found: [String] = []
        for word in title.split(whereSeparator: { !$0.isLetter }) where word.count >= 3 && word.allSatisfy(\.isUppercase) {
            let lower = word.lowercased()
            if !qualificationAcronyms.contains(lower) && !found.contains(lower) { found.append(lower) }
        }
        return found
    }

    /// The first of `acronyms` a question holds as a word (`questions`: each question's words in order, digits kept), with the
    /// level said straight after it ("CIPD level 3", "AAT L4" is not read), or nil when no question holds one.
    static func acronymAsked(_ acronyms: [String], in questions: [[String]]) -> (acronym: String, level: Int?)? {
        for words in questions {
            for (offset, word) in words.enumerated() where acronyms.contains(word) {
                var level: Int?
                if offset + 2 < words.count, words[offset + 1] == "level", let number = Int(words[offset + 2]), (1...8).contains(number) {
                    level = number
                }
                return (word, level)
            }
        }
        return nil
    }

    /// The order among a body's courses asked about with no level (`acronymAsked`): the course at the level the learner holds first
    /// (an AAT level 3 diploma for an 18-year-old with A levels), then one a level above, then lower ones; with no level held, level
    /// 2 stands for it (a first qualification).
    static func acronymLevelOrder(course: Int?, held: Int?) -> Int {
        let target = held ?? 2
        guard let course else { return 9 }
        return course >= target ? (course - target) * 2 : (target - course) * 2 + 1
    }

    /// The sentences of a text that are questions (ending in "?").
    static func questionSentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        for character in text {
            if ".!\n".contains(character) {
                current = ""
            } else if character == "?" {
                if !current.trimmingCharacters(in: .whitespaces).isEmpty { sentences.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        return sentences
    }
}

extension String {
    /// The words (lower-case) with those the title writes as an acronym upper-cased again ("transport manager cpc" →
    /// "transport manager CPC").
    fileprivate func uppercasedAcronyms(from title: String) -> String {
        let acronyms = Set(title.split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 2 && $0.allSatisfy(\.isUppercase) }.map { $0.lowercased() })
        return split(separator: " ").map { acronyms.contains(String($0)) ? $0.uppercased() : String($0) }.joined(separator: " ")
    }
}

// MARK: - A course to bring a lapsed skill up to date

extension CareerDiagnostician {
    /// Words saying something the learner had is out of date ("my paediatric first aid and safeguarding are out of date").
    static let lapsedWords = ["out of date", "expired", "lapsed", "need refreshing", "needs refreshing", "need updating", "needs updating"]

    /// How many lapsed skills a notice names courses for.
    static let lapsedCourseCount = 2

    /// A notice naming, for each skill the learner says is out of date (`lapsedWords` in its sentence: "My paediatric first aid
    /// and safeguarding are out of date"), the course about it (its title names the skill: Understanding Safeguarding and
    /// Prevent) that no path lists, online or in their districts first, then one next to theirs: what a returner asks an
    /// adviser to refresh before they apply. Nil when no sentence says a skill lapsed or no course is about one.
    func lapsedSkillCourseNotice(text: String, shown: [CareerPath], index: CourseIndex, constraints: LearnerConstraints, today: String) -> String? {
        // Each thing said to be out of date, in the learner's own words ("paediatric first aid": skills found side by side are
        // one), with the skills found in them.
        var lapsed: [(skills: [Int], words: String)] = []
        for sentence in text.split(whereSeparator: { ".!?\n".contains($0) }) {
            let lower = sentence.lowercased()
            guard Self.lapsedWords.contains(where: lower.contains) else { continue }
            let characters = Array(sentence)
            var group: (start: Int, end: Int, skills: [Int])?
            func close() {
                guard let current = group, !current.skills.isEmpty else { return }
                let words = String(characters[max(0, current.start)..<min(current.end, characters.count)]).lowercased()
                if !lapsed.contains(where: { $0.words == words }) { lapsed.append((current.skills, words)) }
            }
            for found in taxonomy.extract(String(sentence)).skills.sorted(by: { $0.start < $1.start }) {
                guard let position = model.skillPosition[found.skillID], !genericSkill[position] else { continue }
                if let current = group, found.start >= current.end, found.start <= characters.count,
                    characters[current.end..<found.start].allSatisfy(\.isWhitespace)
                {
                    group = (current.start, max(current.end, found.end), current.skills + [position])
                } else if let current = group, found.start < current.end {
                    group = (current.start, max(current.end, found.end), current.skills + [position])
                } else {
                    close()
                    group = (found.start, found.end, [position])
                }
            }
            close()
        }
        guard !lapsed.isEmpty else { return nil }
        let listed = Set(shown.flatMap { $0.courses.map(\.id) })
        var anywhere = constraints
        anywhere.districts = []
        let neighbours = Set(constraints.districts.flatMap { Self.neighbours[$0] ?? [] })
        var named: [String] = []
        var none: [String] = []
        for (skills, words) in lapsed where named.count + none.count < Self.lapsedCourseCount {
            // The course's title holds the learner's own words for it: a first aid at work course is no paediatric first aid.
            let said = Set(Self.singularWords(words))
            var best: (order: [Int], entry: CourseIndex.Entry, run: CourseIndex.Run)?
            var onPath = false
            for (position, entry) in index.entries.enumerated() {
                let hot = index.hot[position]
                guard index.tags[Int(hot.tagStart)..<Int(hot.tagEnd)].contains(where: { skills.contains(Int($0.skill)) && $0.titleNamed }),
                    said.isSubset(of: index.titleWords[position])
                else { continue }
                // A course a path lists is there to read already.
                if listed.contains(entry.id) { onPath = true; break }
                guard let run = CourseIndex.bestRun(of: entry, constraints: anywhere, today: today) else { continue }
                let place = Self.nearness(of: run, constraints: constraints, neighbours: neighbours, today: today)
                guard place < 2 else { continue }
                // The nearest, then the shortest way back: no level or the lowest.
                let order = [place, entry.level?.rank ?? 0]
                if best == nil || order.lexicographicallyPrecedes(best!.order) { best = (order, entry, run) }
            }
            if onPath { continue }
            guard let best else {
                none.append(words)
                continue
            }
            named.append("for your \(words), \(Self.courseLine(best.entry, best.run, constraints: constraints))")
        }
        guard !named.isEmpty || !none.isEmpty else { return nil }
        return "You say some of what you had is out of date: "
            + (named.isEmpty ? "" : Self.list(named) + " would bring it up to date before you apply")
            + (none.isEmpty ? "" : (named.isEmpty ? "" : "; ") + "no course here is for your " + Self.list(none) + ", so ask local training providers")
            + "."
    }

    /// "Understanding Safeguarding and Prevent (Heart of Worcestershire College; online; start any time; free)".
    static func courseLine(_ entry: CourseIndex.Entry, _ run: CourseIndex.Run, constraints: LearnerConstraints) -> String {
        let charge = run.charge(for: constraints.ageBand ?? .adult)
        let cost: String
        switch charge.cost {
        case .free: cost = "free"
        case .ifEligible: cost = charge.pence.map { CourseOption.pounds($0) + ", or free if eligible" } ?? "free if eligible"
        case .charged: cost = charge.pence.map { CourseOption.pounds($0) } ?? "fee not published"
        case .notStated: cost = "cost not given"
        }
        let how = [run.deliveryMode == .online ? "online" : run.district?.name, run.studyMode?.rawValue].compactMap { $0 }
        let start = run.flexibleStart ? "start any time" : run.start.map { "starts \($0)" } ?? "start date not given"
        return "\(entry.title) (" + ([entry.provider.name] + how + [start, cost]).joined(separator: "; ") + ")"
    }
}
