// MARK: - How often each route's standards keep a skill

/// How often the standards with statements keep each skill, by route: what tells a skill at home in
/// a standard's route (personal care in a care worker's) from one its route hardly ever keeps
/// (accountancy in a bus conductor's, electronics in a sewing machinist's), which the audit flags.
struct RouteRates: Sendable {
    /// Per skill position, per route: the standards keeping it.
    private(set) var counts: [[String: Int]]
    /// Per route: its standards.
    private(set) var sizes: [String: Int] = [:]
    private(set) var total = 0

    /// The fewest standards keeping a skill for its routes to mean anything.
    static let minimumKept = 3

    /// - Parameter kept: per standard, its route and the positions of the skills it keeps.
    init(_ kept: [(route: String, skills: Set<Int>)], skillCount: Int) {
        counts = Array(repeating: [:], count: skillCount)
        for (route, skills) in kept {
            sizes[route, default: 0] += 1
            total += 1
            for skill in skills { counts[skill][route, default: 0] += 1 }
        }
    }

    /// The standards as built (`skillIDs`).
    init(_ standards: [OccupationalStandard], skills: [Skill]) {
        let position = Dictionary(uniqueKeysWithValues: skills.enumerated().map { ($1.id, $0) })
        self.init(standards.map { ($0.route, Set($0.skillIDs.compactMap { position[$0] })) }, skillCount: skills.count)
    }

    /// The routes whose standards keep the skill at least twice as often as standards overall, most first.
    func homeRoutes(of skill: Int) -> [String] {
        let overall = Double(counts[skill].values.reduce(0, +)) / Double(max(total, 1))
        return counts[skill].map { ($0.key, Double($0.value) / Double(sizes[$0.key] ?? 1)) }
            .filter { $0.1 >= 2 * overall }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.map(\.0)
    }

    /// Whether the skill is foreign to `route`: the route's other standards (leaving out the one asking,
    /// when it keeps the skill) keep it less than a quarter as often as standards overall, and at
    /// least `minimumKept` standards keep it at all.
    func isForeign(_ skill: Int, to route: String, keeps: Bool) -> Bool {
        let kept = counts[skill].values.reduce(0, +)
        guard kept >= Self.minimumKept else { return false }
        let others = Double((counts[skill][route] ?? 0) - (keeps ? 1 : 0)) / Double(max((sizes[route] ?? 0) - 1, 1))
        return others < Double(kept) / Double(max(total, 1)) / 4
    }
}
