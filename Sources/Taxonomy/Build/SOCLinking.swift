import Foundation
import Matching

// MARK: - The coding index, as read for linking

/// The SOC 2020 coding index as the builder reads it to link standards to unit groups: every
/// lower-cased title's unit groups, and the groups its rows without an added or industry qualifier
/// code it to (its default coding: "plasterer" is 5321 Plasterers unless made in a plaster-cast works).
struct SOCCodingIndex: Sendable {
    /// Lower-cased title → the unit groups any of its rows code to.
    var units: [String: Set<String>] = [:]
    /// Lower-cased title → the unit groups its unqualified rows code to.
    var defaults: [String: Set<String>] = [:]
    /// Unit group → its Volume 1 title.
    var groupTitles: [String: String] = [:]
    /// Unit group → its Volume 1 example job titles, lower-cased ("highways operative" for 8152).
    var exampleTitles: [String: Set<String>] = [:]
    /// Lower-cased titles every row of which adds a qualifier of the work ("Fisher, copper": a copper fisher in a
    /// metal works): the title alone is another job's ("Fisher" on a fishing vessel), so it links no standard.
    var addedOnly: Set<String> = []

    /// The one unit group `title` codes to: its only group, or else its one default group; nil when none or several.
    func resolved(_ title: String) -> String? {
        guard let all = units[title] else { return nil }
        if all.count == 1 { return all.first }
        guard let chosen = defaults[title], chosen.count == 1 else { return nil }
        return chosen.first
    }
}

// MARK: - Standards → SOC (derived, then weighed)

extension TaxonomyBuilder {
    /// Links each standard to the unit groups its typical job titles (or, without any, its title)
    /// resolve to unambiguously in the coding index ("derived"). A standard none of whose titles
    /// does so is linked by weighing all its titles' evidence (`weighedLinks`, "weighed").
    static func linkSOC(_ standards: inout [OccupationalStandard], codingIndex: SOCCodingIndex) {
        for index in standards.indices {
            let standard = standards[index]
            let titles = standard.typicalJobTitles.isEmpty ? [standard.title] : standard.typicalJobTitles + [standard.title]
            var links: [String: SOCLink] = [:]
            var qualified: Set<String> = []
            for title in titles {
                guard let units = codingIndex.units[title.lowercased()], units.count == 1, let unit = units.first else { continue }
                let added = codingIndex.addedOnly.contains(title.lowercased())
                if links[unit] == nil {
                    links[unit] = SOCLink(code: unit, via: title)
                    if added { qualified.insert(unit) }
                } else if !added {
                    qualified.remove(unit)
                }
            }
            // A title the index codes only with a qualifier of the work it adds ("Fisher, copper": a metal works' job) names
            // another job than the standard's when its other titles code, as said, to another major group (a fisherman's
            // agricultural and fishing trades): that link is dropped.
            let plainMajors = Set(links.keys.filter { !qualified.contains($0) }.compactMap(\.first))
            for unit in qualified where !plainMajors.isEmpty && !plainMajors.contains(unit.first ?? " ") { links[unit] = nil }
            if links.isEmpty {
                var weighed = weighedLinks(titles: titles, codingIndex: codingIndex)
                if weighed.isEmpty { weighed = weighedLinks(titles: titles, codingIndex: codingIndex, tradeWords: true) }
                for link in weighed { links[link.code] = link }
            }
            standards[index].soc = links.values.sorted { $0.code < $1.code }
        }
    }

    /// One title's evidence: the index title it was read as, the unit group that codes to, and how.
    struct TitleEvidence {
        enum Kind { case exact, exactDefault, seniority, tail, firstAndNoun, tradeWord }
        var key: String
        var unit: String
        var kind: Kind
    }

    /// Words that say how senior a job is, not what it is ("Junior estate agent" is an estate agent).
    static let seniorityWords: Set<String> = ["lead", "senior", "junior", "advanced", "principal", "trainee", "apprentice", "chief", "head", "deputy"]
    /// Leading words that the coding index spells "senior" ("lead carer" is coded as "senior carer").
    static let leadWords: Set<String> = ["lead", "head", "principal", "chief"]
    /// Job nouns and joining words that say nothing about the occupation on their own.
    static let genericJobWords: Set<String> = Set("""
        manager technician engineer operative operator assistant officer worker professional specialist practitioner director executive \
        supervisor administrator adviser advisor consultant analyst controller coordinator co ordinator leader member associate agent \
        clerk and of nec n e c other related occupation trade
        """.split(separator: " ").map(String.init))

    /// The unit groups a standard unlinked by its exact titles most plausibly codes to, weighing every
    /// title (typical ones and its own): each title is read in the coding index as written (or
    /// singular), else without its seniority words ("Junior estate agent"), else by its longest tail of
    /// two or more words ("Adult care worker" → "care worker"), a lead's as a senior's, else (its own
    /// title only) by its first word and its job noun ("Highways maintenance skilled operative" →
    /// "highways operative"; not across a slash joining two jobs), strong only when `backsShortReading`; a title coded to
    /// several groups counts for its default coding only. Each distinct index title is one vote. The
    /// votes' minor group (3 digits) must hold a clear majority (more than half of all votes and at
    /// least twice the next minor group) and, within it, one group the most votes (or a tie of groups
    /// with two or more each). One vote alone links only when strong: an exact or seniority reading, or
    /// the standard's own title whose default group's title names the same work (`namesSameWork`:
    /// "Plasterer" → Plasterers). Titles spread over unrelated groups link nothing: a wrong link is worse than none.
    /// With `tradeWords` (tried only when the weighing without them links nothing), a typical title also
    /// reads as its last word alone when that names a trade ("Site carpenter" → "carpenter").
    static func weighedLinks(titles: [String], codingIndex: SOCCodingIndex, tradeWords: Bool = false) -> [SOCLink] {
        var seenTitles: Set<String> = []
        var votes: [(evidence: TitleEvidence, title: String, strong: Bool)] = []
        let ownTitle = titles.last?.lowercased()
        for title in titles {
            let lower = title.lowercased()
            guard seenTitles.insert(lower).inserted else { continue }
            let isOwn = lower == ownTitle
            guard let evidence = evidence(for: lower, isOwnTitle: isOwn, codingIndex: codingIndex, tradeWords: tradeWords) else { continue }
            let strong = evidence.kind == .exact || evidence.kind == .seniority
                || (evidence.kind == .exactDefault && isOwn && namesSameWork(evidence.key, codingIndex.groupTitles[evidence.unit] ?? ""))
                || (evidence.kind == .firstAndNoun && backsShortReading(evidence, codingIndex: codingIndex))
            if let found = votes.firstIndex(where: { $0.evidence.key == evidence.key }) {
                votes[found].strong = votes[found].strong || strong
            } else {
                votes.append((evidence, title, strong))
            }
        }
        guard !votes.isEmpty else { return [] }
        var byUnit: [String: Int] = [:], byMinor: [String: Int] = [:]
        for vote in votes {
            byUnit[vote.evidence.unit, default: 0] += 1
            byMinor[String(vote.evidence.unit.prefix(3)), default: 0] += 1
        }
        let minors = byMinor.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let (top, count) = (minors[0].key, minors[0].value), runnerUp = minors.count > 1 ? minors[1].value : 0
        guard count >= 2 * runnerUp, 2 * count > votes.count, count >= 2 || runnerUp == 0 else { return [] }
        let inside = byUnit.filter { $0.key.hasPrefix(top) }
        let best = inside.values.max() ?? 0
        let chosen = Set(inside.filter { $0.value == best }.keys)
        if chosen.count > 1 && best < 2 { return [] }
        let strongChosen = votes.contains { $0.strong && chosen.contains($0.evidence.unit) }
        guard count >= 2 || strongChosen else { return [] }
        return chosen.sorted().compactMap { unit in
            votes.first { $0.evidence.unit == unit }.map { SOCLink(code: unit, via: $0.title, source: "weighed") }
        }
    }

    /// How the lower-cased `title` reads in the coding index (see `weighedLinks`); nil when it reads as
    /// nothing or as several groups without one default.
    static func evidence(for title: String, isOwnTitle: Bool, codingIndex: SOCCodingIndex, tradeWords: Bool = false) -> TitleEvidence? {
        var text = title
        if isOwnTitle, let open = text.firstIndex(of: "(") {
            let inside = text[open...].filter { $0.isLetter || $0 == " " }.split(separator: " ")
            if !inside.isEmpty, inside.allSatisfy({ $0 == "degree" || $0 == "integrated" }) { text = String(text[..<open]) }
        }
        let words = text.replacingOccurrences(of: ",", with: " ").split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first else { return nil }
        let lead = leadWords.contains(first)
        func forms(_ part: ArraySlice<String>, senior: Bool) -> [String] {
            let plain = part.joined(separator: " "), single = (part.dropLast() + [singular(part.last ?? "")]).joined(separator: " ")
            return senior ? ["senior " + plain, "senior " + single, plain, single] : [plain, single]
        }
        for form in forms(words[...], senior: false) where codingIndex.units[form] != nil {
            guard let unit = codingIndex.resolved(form) else { return nil }
            return TitleEvidence(key: form, unit: unit, kind: (codingIndex.units[form]?.count ?? 0) == 1 ? .exact : .exactDefault)
        }
        var stripped = 0
        while stripped < words.count - 1, seniorityWords.contains(words[stripped]) { stripped += 1 }
        if stripped > 0, words.count - stripped >= 2 || lead {
            for form in forms(words[stripped...], senior: lead) {
                if let unit = codingIndex.resolved(form) { return TitleEvidence(key: form, unit: unit, kind: .seniority) }
            }
        }
        for start in words.indices.dropFirst() where words.count - start >= 2 {
            for form in forms(words[start...], senior: lead) where codingIndex.units[form] != nil {
                guard let unit = codingIndex.resolved(form) else { return nil }
                return TitleEvidence(key: form, unit: unit, kind: .tail)
            }
        }
        // A typical title's last word alone when it names a trade, not a post ("Site carpenter" → "carpenter";
        // never "operative" or "manager"): one weak vote, which links only with another title agreeing.
        if tradeWords, !isOwnTitle, words.count >= 2, let last = words.last, !genericJobWords.contains(last), !genericJobWords.contains(singular(last)) {
            for form in [last, singular(last)] where codingIndex.units[form] != nil {
                guard let unit = codingIndex.resolved(form) else { return nil }
                return TitleEvidence(key: form, unit: unit, kind: .tradeWord)
            }
        }
        // "Highways electrician / service operative" joins two jobs; "Asbestos analyst / surveyor" offers two nouns for one.
        let joinsTwoJobs = (text.split(separator: "/").last.map { $0.split(whereSeparator: \.isWhitespace).count > 1 } ?? false) && text.contains("/")
        if isOwnTitle, words.count >= 3, !joinsTwoJobs, !seniorityWords.contains(first), !genericJobWords.contains(first) {
            for form in forms([first, words[words.count - 1]][...], senior: false) where codingIndex.units[form] != nil {
                guard let unit = codingIndex.resolved(form) else { return nil }
                return TitleEvidence(key: form, unit: unit, kind: .firstAndNoun)
            }
        }
        return nil
    }

    /// True when a standard's own title read as its first word and its job noun ("Highways maintenance
    /// skilled operative" → "highways operative") is backed by the group it codes to: one of the group's
    /// Volume 1 example job titles, or a title that names the group's work (`namesSameWork`). Words
    /// between the first and the last only narrow the job; they do not change the occupation.
    static func backsShortReading(_ evidence: TitleEvidence, codingIndex: SOCCodingIndex) -> Bool {
        codingIndex.exampleTitles[evidence.unit]?.contains(evidence.key) == true
            || namesSameWork(evidence.key, codingIndex.groupTitles[evidence.unit] ?? "")
    }

    /// A plural job word's singular ("carers" → "carer", "secretaries" → "secretary").
    static func singular(_ word: String) -> String {
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") { return String(word.dropLast()) }
        return word
    }

    /// True when `title` and the unit group's title share a word that is not a generic job noun, and the
    /// title's last word, when generic, is the group's too: "Teaching assistant" is one of the teaching
    /// assistants, but a "Systems engineer" is not one of the IT "systems designers".
    static func namesSameWork(_ title: String, _ groupTitle: String) -> Bool {
        func words(_ text: String) -> [String] { text.lowercased().split { !$0.isLetter }.map { singular(String($0)) } }
        let titleWords = words(title), groupWords = Set(words(groupTitle))
        guard let head = titleWords.last else { return false }
        let shares = !Set(titleWords).subtracting(genericJobWords).isDisjoint(with: groupWords.subtracting(genericJobWords))
        return shares && (!genericJobWords.contains(head) || groupWords.contains(head))
    }
}
