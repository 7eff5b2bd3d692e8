import Domain
import Matching

// MARK: - The names of an occupation's trade or field

extension CourseIndex {
    /// Words that name a role, not a trade or field: taken off an occupation's name to leave its trade
    /// ("Landscape or horticulture supervisor" → horticulture, "Pharmacy technician" → pharmacy).
    static let roleWords: Set<String> = [
        "assistant", "technician", "operative", "operator", "supervisor", "manager", "officer", "practitioner", "professional", "specialist",
        "adviser", "advisor", "coordinator", "co-ordinator", "leader", "lead", "senior", "junior", "trainee", "apprentice", "team", "member",
        "associate", "consultant", "partner", "advanced", "principal", "chief", "head", "deputy", "support", "services", "service", "level",
        "integrated", "degree",
    ]

    /// Course-title phrases that stand for a field no word of the occupation's names gives: a professional
    /// body's qualification (CIPD for HR, NEBOSH and IOSH for health and safety), or the teaching and assessing awards of further-education
    /// teachers and assessors. Keyed by a phrase of the standard's title.
    static let fieldPhrases: [String: [String]] = [
        "hr": ["cipd", "people practice", "human resource management", "human resources"],
        "people professional": ["cipd", "people practice", "human resource management"],
        "arborist": ["arboriculture", "tree surgery"],
        "horticulture": ["rhs", "horticultural"],
        "assessor coach": ["education and training", "teach your trade", "assessor", "assessing vocational"],
        "learning and skills teacher": ["education and training", "teach your trade", "teaching in the lifelong learning sector"],
        // A graduate trains to teach in schools through a PGCE, whose title names neither teacher nor teaching.
        "teacher": ["pgce"],
        // The field's professional qualifications: the NEBOSH certificate and IOSH Managing Safely are how people
        // start as health and safety technicians and advisers (not the one-day IOSH Working Safely induction).
        "safety, health and environment": ["nebosh", "occupational health and safety", "iosh managing safely"],
    ]

    /// The names of an occupation's trade or field that a course title may use instead of the job's own
    /// name, as term sets, from a standard's title: the name without its role words (`roleWords`:
    /// "Pharmacy technician" → pharmacy), its trade noun in place of the worker's ("Florist" → floristry,
    /// "Social worker" → social work), each of two single-word trades joined by "and" or "or" on its own
    /// ("Carpentry and joinery" → carpentry; joinery), and the phrases of `fieldPhrases`.
    static func tradeNames(of name: String, analyzer: TextAnalyzer) -> [Set<String>] {
        tradePhrases(of: name, analyzer: analyzer).map { Set($0) }
    }

    /// `tradeNames` as phrases, their terms in the order written ("occupational therapy"), for finding
    /// them in a course's where-next.
    static func tradePhrases(of name: String, analyzer: TextAnalyzer, fieldPhrases withPhrases: Bool = true) -> [[String]] {
        let lowered = withoutBrackets(name).lowercased()
        let words = lowered.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        var names: [[String]] = []
        let kept = words.filter { !roleWords.contains($0) }
        if !kept.isEmpty {
            // Two single words joined by "and" or "or": each names the trade.
            if kept.count == 3, kept[1] == "and" || kept[1] == "or" {
                names.append([kept[0]])
                names.append([kept[2]])
            } else {
                names.append(kept)
            }
        }
        var result: [[String]] = []
        for words in names {
            result.append(analyzer.terms(words.joined(separator: " ")))
            // The trade noun of the last word when it names a worker.
            if let last = words.last {
                for trade in tradeNouns(of: last) {
                    result.append(analyzer.terms((words.dropLast() + [trade]).joined(separator: " ")))
                }
            }
        }
        for (key, phrases) in fieldPhrases where withPhrases && (lowered == key || lowered.hasPrefix(key + " ") || lowered.hasSuffix(" " + key) || lowered.contains(" " + key + " ")) {
            result += phrases.map { analyzer.terms($0) }
        }
        return result.filter { !$0.isEmpty }
    }

    /// The trade nouns a worker's name may stand for: carpenter → carpentry, joiner → joinery, butcher →
    /// butchery, worker → work, florist → floristry, pharmacist → pharmacy. Forms that are no English
    /// word never meet a course title, so no list of trades is needed.
    static func tradeNouns(of word: String) -> [String] {
        if word == "worker" { return ["work"] }
        if word.hasSuffix("er"), word.count > 4 { return [word + "y", String(word.dropLast(2)) + "ry"] }
        if word.hasSuffix("ist"), word.count > 5 { return [word + "ry", String(word.dropLast(3)) + "y"] }
        return []
    }
}
