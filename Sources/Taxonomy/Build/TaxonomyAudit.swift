import Matching
// MARK: - Auditing the standards' skill vectors

/// A review list of the skills a standard's vector keeps on thin evidence: a skill whose evidence is
/// one statement, a skill named only in a "such as / for example / including" list, and a skill
/// whose home route (where most standards keeping it sit) is not the standard's. It reads the built
/// taxonomy once (`skillway taxonomy audit`); nothing here runs in a diagnosis.
public enum TaxonomyAudit {
    /// One kept skill of a standard and how it got there.
    public struct Entry: Sendable, Codable, Equatable {
        public var skillID: String
        public var label: String
        public var kind: String
        /// The stored evidence weight, 0…1.
        public var weight: Double
        /// Where the standard names it (`K3`, `S2`, `D1`, `title`, `overview`), `ex` appended to a
        /// mention inside an example list; empty when only the team's profile adds it.
        public var places: [String]
        /// The routes whose standards keep the skill at least twice as often as standards overall.
        public var homeRoutes: [String]
        /// One statement (or title) names it.
        public var single: Bool
        /// Every mention is inside an example list.
        public var examplesOnly: Bool
        /// A specific skill (technical, digital, net zero) that the standard's route hardly keeps (`RouteRates.isForeign`).
        public var foreign: Bool
        /// A specific skill on one statement's evidence that is foreign or named in an example list only:
        /// what a reviewer reads first.
        public var incidental: Bool
    }

    /// One standard and its kept skills.
    public struct Standard: Sendable, Codable, Equatable {
        public var reference: String
        public var title: String
        public var level: Int
        public var route: String
        public var statements: Int
        public var entries: [Entry]
    }

    /// Audits the standards with statements that `include` accepts.
    public static func audit(_ data: TaxonomyData, include: (OccupationalStandard) -> Bool = { _ in true }) -> [Standard] {
        let index = PhraseIndex(patterns: PhrasePattern.patterns(for: data.skills))
        let rates = RouteRates(data.standards.filter { !$0.isThin }, skills: data.skills)
        let position = Dictionary(uniqueKeysWithValues: data.skills.enumerated().map { ($1.id, $0) })
        return data.standards.filter { !$0.isThin && include($0) }.map { standard in
            let mentions = SkillEvidence.mentions(of: standard, index: index, skills: data.skills)
            let entries = standard.skillIDs.enumerated().compactMap { offset, id -> Entry? in
                guard let skill = position[id] else { return nil }
                let found = mentions[skill] ?? []
                let places = Set(found.map(\.code))
                let specific = [.technical, .digital, .netZero].contains(data.skills[skill].kind)
                let foreign = specific && rates.isForeign(skill, to: standard.route, keeps: true)
                let examplesOnly = !found.isEmpty && found.allSatisfy(\.inExamples)
                let single = places.count == 1
                return Entry(
                    skillID: id, label: data.skills[skill].label, kind: data.skills[skill].kind.rawValue, weight: standard.skillWeight(at: offset),
                    places: found.map { $0.code + ($0.inExamples ? "ex" : "") }, homeRoutes: rates.homeRoutes(of: skill), single: single,
                    examplesOnly: examplesOnly, foreign: foreign, incidental: specific && single && (foreign || examplesOnly))
            }
            return Standard(
                reference: standard.reference, title: standard.title, level: standard.level, route: standard.route,
                statements: standard.statements.count + standard.duties.count, entries: entries)
        }
    }

}
