import Foundation
import Taxonomy

// MARK: - What a learner wants to leave or can no longer do

/// Something a learner says they want to leave behind or can no longer do ("off the phones", "lost
/// my licence", "bad back"), and the jobs it rules out: those built on it.
struct WorkLimit: Sendable {
    /// How the notice names it, e.g. "phone work".
    let name: String
    /// Phrases that state the limit wherever they appear ("lost my licence").
    let statements: [String]
    /// Words that name it inside a clause the learner rules out ("don't want to go back on the phones").
    let ruledOutWords: [String]
    /// Skills that carry it (labels of the skills vocabulary).
    let skillLabels: Set<String>
    /// Words of job titles that carry it ("driver").
    let titleWords: Set<String>
    /// Whether a job that names one of the skills at all is ruled out (lifting: any of it hurts a bad
    /// back), rather than only one built on it (among its core skills or named throughout its standard).
    let anyMention: Bool

    /// The limits the engine reads. The first is the physical one: cannot lift, kneel or climb.
    static let all: [WorkLimit] = [
        WorkLimit(
            name: "lifting or climbing",
            statements: [
                "back injury", "bad back", "back problems", "back problem", "back pain", "injured my back", "cannot do heavy lifting",
                "can't do heavy lifting", "no heavy lifting", "cannot lift", "can't lift", "unable to lift", "avoid lifting", "knee injury",
                "bad knees", "knee problems", "knees are bad", "cannot kneel", "can't kneel", "cannot climb", "can't climb",
            ],
            ruledOutWords: ["lifting", "heavy", "ladders", "heights", "climbing", "physical", "manual work"],
            skillLabels: ["Manual handling", "Working at height"], titleWords: [], anyMention: true),
        WorkLimit(
            name: "phone work",
            statements: ["off the phones", "off the phone", "away from the phones", "no more calls"],
            ruledOutWords: ["phone", "phones", "calls", "call centre", "call center", "headset", "telephone"],
            skillLabels: ["Call handling"], titleWords: [], anyMention: false),
        WorkLimit(
            name: "driving",
            statements: [
                "lost my licence", "lost my license", "lost my driving licence", "can't drive", "cant drive", "cannot drive", "unable to drive",
                "not allowed to drive", "banned from driving", "no longer drive", "stop driving", "had to stop driving",
            ],
            ruledOutWords: ["driving", "drive", "the road", "behind the wheel", "sat down all day", "sitting down all day", "sat in a cab"],
            skillLabels: ["Driving licence", "Van driving", "HGV driving", "Bus and coach driving", "Vehicle inspection"], titleWords: ["driver", "driving", "chauffeur"],
            anyMention: false),
        WorkLimit(
            name: "dealing with customers",
            statements: ["away from customers", "away from the public", "fed up with customers"],
            ruledOutWords: ["customers", "customer facing", "the public", "complaints"],
            skillLabels: ["Customer service", "Complaint handling"], titleWords: [], anyMention: false),
    ]

    /// Whether the limit rules out `target`: its title names the limit, or it names one of the limit's
    /// skills among its core skills (`OccupationSkillModel.coreSize`) or throughout its standard
    /// (strong evidence); with `anyMention`, anywhere.
    func rulesOut(_ target: OccupationSkillModel.Target, skills: [Skill]) -> Bool {
        let title = target.standard.title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        if title.contains(where: titleWords.contains) { return true }
        return target.skills.indices.contains { rank in
            skillLabels.contains(skills[target.skills[rank].skill].label)
                && (anyMention || rank < OccupationSkillModel.coreSize || target.strong[rank])
        }
    }

    /// Index of the physical limit in `all`.
    static let physical = 0

    /// Words that start what a learner says they cannot or will not go on doing, anywhere in the text.
    static let cannotNeedles = [
        " can't ", " cant ", " cannot ", " unable to ", " no longer ", " fed up with ", " sick of ", " had enough of ", " get away from ",
        " get out of ", " don't want to ", " dont want to ", " do not want to ",
    ]

    /// Words that start what a wish rules out: the negations of a wish (`CareerDiagnostician.negationNeedles`)
    /// and `cannotNeedles`. Read in wishes only, since in job history a negation is often a boast
    /// ("never had an accident driving").
    static let wishNeedles = CareerDiagnostician.negationNeedles + cannotNeedles

    /// Ruled-out clauses that are not limits: "I don't mind customers", "not afraid of heights".
    static let notLimits = ["mind", "afraid", "scared", "worried", "bothered", "a problem", "an issue", "fussed"]

    /// The limits (indices into `all`) the learner states: a statement anywhere in `text`, or a
    /// ruled-out word in a clause they say they cannot go on with (anywhere) or a wish rules out (`wishes`).
    static func stated(in text: String, wishes: String) -> [Int] {
        let lower = normalised(text)
        let search = PhraseSearch(lower)
        let ruledOut = (CareerDiagnostician.negatedClauses(lower, needles: cannotNeedles)
            + CareerDiagnostician.negatedClauses(normalised(wishes), needles: wishNeedles))
            .filter { clause in !notLimits.contains { clause.hasPrefix($0 + " ") || clause == $0 } }
            .map { PhraseSearch(" " + $0 + " ") }
        return all.indices.filter { index in
            let limit = all[index]
            return search.containsAny(limit.statements)
                || ruledOut.contains { clause in limit.ruledOutWords.contains { clause.contains(" " + $0 + " ") || clause.contains(" " + $0 + ",") } }
        }
    }

    /// Lower-cased, plain apostrophes, padded with spaces.
    static func normalised(_ text: String) -> String { " " + text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'") + " " }
}

extension CareerDiagnostician {
    /// What the diagnostic says about a limit it read.
    static func limitNotice(_ index: Int) -> String {
        let limit = WorkLimit.all[index]
        if index == WorkLimit.physical {
            return "You mention a physical limit, so moves into jobs that list manual handling or working at height are not suggested."
        }
        return "You say you want to leave \(limit.name) or can no longer do it, so jobs built on it ("
            + list(limit.skillLabels.sorted()) + ") are not suggested, as moves or as steps up."
    }
}
