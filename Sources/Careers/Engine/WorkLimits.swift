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
            ruledOutWords: ["lifting", "heavy", "ladders", "heights", "climbing", "physical work", "physical job", "physical jobs", "too physical", "manual work"],
            skillLabels: ["Manual handling", "Working at height"], titleWords: [], anyMention: true),
        WorkLimit(
            name: "phone work",
            statements: ["off the phones", "off the phone", "away from the phones", "no more calls"],
            ruledOutWords: ["phone", "phones", "calls", "call centre", "call center", "call centres", "call centers", "headset", "telephone"],
            skillLabels: ["Call handling"], titleWords: [], anyMention: false),
        WorkLimit(
            name: "driving",
            statements: [
                "lost my licence", "lost my license", "lost my driving licence", "can't drive", "cant drive", "cannot drive", "unable to drive",
                "not allowed to drive", "banned from driving", "no longer drive", "stop driving", "had to stop driving", "lost my driving license",
                "lost my hgv licence", "lost my hgv license", "licence was revoked", "license was revoked", "licence has been revoked",
                "license has been revoked", "licence revoked", "license revoked", "disqualified from driving",
            ],
            ruledOutWords: ["driving", "drive", "on the road", "behind the wheel", "sat down all day", "sitting down all day", "sat in a cab"],
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
        " get out of ", " don't want to ", " dont want to ", " do not want to ", " hate ", " tired of ",
    ]

    /// Words that start what a wish rules out: the negations of a wish (`CareerDiagnostician.negationNeedles`)
    /// and `cannotNeedles`. Read in wishes only, since in job history a negation is often a boast
    /// ("never had an accident driving").
    static let wishNeedles = CareerDiagnostician.negationNeedles + cannotNeedles

    /// Ruled-out clauses that are not limits, by how they start once `fillers` are dropped: "I don't
    /// (really) mind customers", "not (at all) afraid of heights", "can't wait to get back on the road",
    /// "unable to find driving work", "no longer work at the store", "never had a complaint", "don't
    /// want to lose the physical side".
    static let notLimits = [
        "mind", "afraid", "scared", "worried", "bothered", "a problem", "an issue", "fussed", "wait", "find", "get enough", "believe",
        "afford", "work at", "work for", "work there", "had", "remember", "lose", "miss", "give up", "stop", "leave", "quit",
    ]

    /// Words that soften what follows a negation ("not too bothered", "don't really mind").
    static let fillers = [
        "really", "too", "at all", "all that", "that", "so", "very", "particularly", "overly", "much", "even", "actually", "honestly",
        "especially", "hugely", "massively", "terribly",
    ]

    /// Nouns after a ruled-out word that make it name something else: "the public sector", "heavy
    /// paperwork", "heavy goods vehicles".
    static let otherNouns: Set<String> = [
        "sector", "service", "services", "transport", "health", "paperwork", "admin", "workload", "workloads", "traffic", "goods", "reading",
    ]

    /// Negations that, among the few words before a statement, deny it ("I have never lost my licence").
    static let deniers: Set<String> = ["never", "not", "no", "haven't", "havent", "hasn't", "didn't", "didnt", "wasn't", "don't", "dont", "won't"]

    /// The limits (indices into `all`) the learner states: a statement anywhere in `text` that the
    /// words before it do not deny, or a ruled-out word in a clause they say they cannot go on with
    /// (anywhere) or a wish rules out (`wishes`).
    static func stated(in text: String, wishes: String) -> [Int] {
        let lower = CareerDiagnostician.padded(text)
        let ruledOut = (CareerDiagnostician.negatedClauses(lower, needles: cannotNeedles)
            + CareerDiagnostician.negatedClauses(CareerDiagnostician.padded(wishes), needles: wishNeedles))
            .filter { clause in
                let start = withoutFillers(clause)
                return !notLimits.contains { start.hasPrefix($0 + " ") || start == $0 }
            }
            .map { " " + $0 + " " }
        return all.indices.filter { index in
            let limit = all[index]
            return limit.statements.contains { states($0, in: lower) }
                || ruledOut.contains { clause in limit.ruledOutWords.contains { names($0, in: clause) } }
        }
    }

    /// Whether `statement` occurs in `text` (lower-cased) with no denial among the three words before it.
    static func states(_ statement: String, in text: String) -> Bool {
        var from = text.startIndex
        while let found = text.range(of: statement, range: from..<text.endIndex) {
            let before = text[..<found.lowerBound].split(whereSeparator: { " ,.;!?\n".contains($0) }).suffix(3)
            if !before.contains(where: { deniers.contains(String($0)) }) { return true }
            from = found.upperBound
        }
        return false
    }

    /// Whether `clause` (padded with spaces) names `word` other than as the first half of another
    /// thing (`otherNouns`).
    static func names(_ word: String, in clause: String) -> Bool {
        var from = clause.startIndex
        while let found = clause.range(of: " " + word, range: from..<clause.endIndex) {
            let rest = clause[found.upperBound...]
            if rest.hasPrefix(",") { return true }
            if rest.hasPrefix(" ") {
                let next = rest.dropFirst().prefix { $0.isLetter }
                if !otherNouns.contains(String(next)) { return true }
            }
            from = found.upperBound
        }
        return false
    }

    /// The clause without the softening words it starts with.
    static func withoutFillers(_ clause: String) -> String {
        var start = Substring(clause)
        while let filler = fillers.first(where: { start.hasPrefix($0 + " ") }) { start = start.dropFirst(filler.count + 1) }
        return String(start)
    }

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
