import Foundation

// MARK: - The level of the course a learner is on

extension CareerDiagnostician {
    /// Words just before "level N" that say the learner is on that course now ("doing level 2 hospitality",
    /// "studying a level 3 diploma", "I'm on a level 2 course"), not that they want it or hold it.
    static let studyingWords: Set<String> = ["doing", "studying", "taking", "started", "starting", "enrolled", "on"]

    /// The highest level of a course the learner's text says they are on now ("doing level 2 hospitality at
    /// college 1 day a week" → 2), or nil: a course below it is a step back for them (`isStepBack`). A level
    /// they want ("want to do level 3"), never did or hold is not read.
    static func studiedLevel(_ text: String) -> Int? {
        let words = LowercasedWords.words(text, digits: true)
        var found: Int?
        for (offset, word) in words.enumerated() where word == "level" && offset + 1 < words.count {
            guard let level = Int(words[offset + 1]), (1...8).contains(level) else { continue }
            // "doing level 2", "doing a level 2", "on my level 3": the studying word is one or two words before.
            let before = words[max(0, offset - 2)..<offset]
            guard let verb = before.lastIndex(where: studyingWords.contains) else { continue }
            let between = words[(verb + 1)..<offset]
            guard between.allSatisfy({ ["a", "my", "the", "an"].contains($0) }) else { continue }
            // "on" is a study word only as "on a/my level …" (not "on level 2 of the car park").
            if words[verb] == "on" && between.isEmpty { continue }
            // "not doing level 2", "stopped doing", "want to start": not a course they are on.
            if verb > 0, ["not", "stopped", "quit", "to", "never"].contains(words[verb - 1]) { continue }
            found = max(found ?? 0, level)
        }
        return found
    }

    /// Whether a course at `course` level is a step back for the learner: below the level of the course they are on
    /// (`studied`: a level 1 cookery diploma for a student on a level 2 hospitality course), or a level 1 (or entry)
    /// course for an adult working at level 2 or above (`working`) who does not ask for basic skills or English
    /// (`basics`): a level 1 multi-trade diploma is a school leaver's taster, not a smart meter installer's way
    /// into construction. A course whose title names the occupation is not judged here.
    static func isStepBack(course: Int?, studied: Int?, working: Int?, basics: Bool) -> Bool {
        guard let course else { return false }
        if let studied, course < studied { return true }
        if !basics, let working, working >= 2, course <= 1 { return true }
        return false
    }
}
