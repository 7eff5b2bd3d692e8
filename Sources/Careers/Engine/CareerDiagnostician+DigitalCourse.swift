import Domain
import Foundation
import Matching
import Taxonomy

// MARK: - A digital skills course for a learner who says their computer skills need work

extension CareerDiagnostician {
    /// True when the learner's text says their computer skills are missing or out of date ("my IT is probably out of
    /// date", "scared of how much has changed, all computers now", "never used a computer"): a free digital skills
    /// course is then offered whatever their paths (`digitalCourseNotice`), and, as computers are a basic skill, the
    /// entry-level courses are theirs too (`asksForBasicSkills` reads the same `computerNeedPhrases`).
    static func asksForDigitalSkills(_ text: String) -> Bool {
        PhraseSearch(" " + text.lowercased().plainApostrophes + " ").containsAny(computerNeedPhrases)
    }

    /// True when the text says the learner has never used a computer: a course for beginners comes before one for work.
    static func digitalBeginner(_ text: String) -> Bool {
        PhraseSearch(" " + text.lowercased().plainApostrophes + " ").containsAny(digitalBeginnerPhrases)
    }

    static let digitalBeginnerPhrases = [
        "never used a computer", "never used computers", "never had a computer", "cant use a computer", "can't use a computer",
        "don't know how to use a computer", "dont know how to use a computer", "computer illiterate",
    ]

    /// The one list of phrases saying the learner's computer skills are missing or out of date, or that the work has gone
    /// over to computers: it drives both the digital skills course notice (`asksForDigitalSkills`) and the basic-skills
    /// reading (`asksForBasicSkills`, entry-level courses and no step-back for them).
    static let computerNeedPhrases = digitalBeginnerPhrases + [
        "not confident with computers", "not confident on computers", "not confident using computers", "not good with computers",
        "not good on computers", "not very good with computers", "rubbish with computers", "rubbish on computers", "bad with computers",
        "struggle with computers", "struggle with technology", "struggle with it ", "my it is probably out of date", "my it is out of date",
        "my it skills are out of date", "it skills are out of date", "it skills are rusty", "my it is rusty", "computer skills are out of date",
        "computer skills are rusty", "computer skills arent", "computer skills aren't", "computer skills are poor", "computer skills are basic",
        "no computer skills", "no it skills", "all computers now", "all on computers now", "everything is on computers", "everything's on computers",
        "everything is online now", "everything's online now", "all online now", "out of touch with technology", "behind with technology",
        "not techy", "not tech savvy", "technophobe", "need to learn computers", "learn to use a computer", "improve my computer",
        "improve my it ", "everything is computerised", "its all on computers",
    ]

    /// A notice offering one free digital skills course (a course at entry level or level 1 whose title names digital skills
    /// or computers, or says digital and teaches the everyday digital skills an essential digital skills course teaches) when the learner says their computer skills
    /// need work (`asksForDigitalSkills`): said once for the whole diagnostic, as an adviser would, since it helps on
    /// any path and whatever the paths are. Online or flexible runs first (something to start at home), a beginners'
    /// course first for one who has never used a computer, a course for work first otherwise. Nil when the text does
    /// not ask or no such course runs under the learner's constraints.
    func digitalCourseNotice(text: String, index: CourseIndex, constraints: LearnerConstraints, today: String) -> String? {
        guard Self.asksForDigitalSkills(text) else { return nil }
        let basics = Set(Self.digitalBasics.compactMap { model.skillPosition[$0] })
        guard !basics.isEmpty else { return nil }
        let beginner = Self.digitalBeginner(text)
        var best: (order: [Int], entry: CourseIndex.Entry, run: CourseIndex.Run)?
        for (position, entry) in index.entries.enumerated() {
            guard let rank = entry.level?.rank, rank <= 1 else { continue }
            let hot = index.hot[position]
            // A digital skills course: its title names digital skills or computers ("Digital Skills for Work", "Computers for
            // Absolute Beginners"), or it teaches the everyday basics and its title says digital.
            let title = entry.title.lowercased()
            let named = title.contains("digital skills") || title.contains("computer")
            guard named || (title.contains("digital") && index.tags[Int(hot.tagStart)..<Int(hot.tagEnd)].contains(where: { basics.contains(Int($0.skill)) }))
            else { continue }
            guard let run = CourseIndex.bestRun(of: entry, constraints: constraints, today: today) else { continue }
            let charge = run.charge(for: constraints.ageBand ?? .adult)
            let order = [
                charge.cost == .free || charge.cost == .ifEligible ? 0 : 1,
                run.deliveryMode == .online ? 0 : run.flexibleStart ? 1 : 2,
                beginner ? rank : 1 - rank,
            ]
            if best == nil || order.lexicographicallyPrecedes(best!.order)
                || (order == best!.order && (run.start ?? "9999") < (best!.run.start ?? "9999"))
            {
                best = (order, entry, run)
            }
        }
        guard let best else { return nil }
        let charge = best.run.charge(for: constraints.ageBand ?? .adult)
        let cost = charge.cost == .free ? "free" : charge.cost == .ifEligible ? "free if eligible" : "a fee"
        let start = best.run.flexibleStart ? "start any time" : best.run.start.map { "starts \($0)" } ?? "start date not given"
        let how = [best.run.deliveryMode?.rawValue, best.run.deliveryMode == .online ? nil : best.run.district?.name].compactMap { $0 }
            .joined(separator: ", ")
        return "You say your computer skills need updating. \(best.entry.title) (\(best.entry.provider.name); \(cost); \(how.isEmpty ? "" : how + "; ")\(start)) "
            + "builds the everyday digital skills most jobs now expect, and you can take it alongside any of the paths below."
    }
}
