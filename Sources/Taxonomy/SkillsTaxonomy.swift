import Foundation
import Matching

// MARK: - The taxonomy service

/// The loaded taxonomy with its lookups, skill extraction and occupation matching.
///
/// Building one indexes every standard, SOC unit group and skill (about a second); share one
/// instance (`SkillsTaxonomy.bundled()` caches the bundled one).
public final class SkillsTaxonomy: Sendable {
    public let data: TaxonomyData
    let extractor: SkillExtractor
    let occupations: OccupationMatcher
    private let skillPositions: [String: Int]
    private let standardPositions: [String: Int]
    private let socPositions: [String: Int]

    public init(data: TaxonomyData) {
        self.data = data
        extractor = SkillExtractor(skills: data.skills, jobTitles: data.jobTitleSynonyms)
        occupations = OccupationMatcher(data: data)
        skillPositions = Dictionary(uniqueKeysWithValues: data.skills.enumerated().map { ($1.id, $0) })
        standardPositions = Dictionary(uniqueKeysWithValues: data.standards.enumerated().map { ($1.reference, $0) })
        socPositions = Dictionary(uniqueKeysWithValues: data.socUnitGroups.enumerated().map { ($1.code, $0) })
    }

    /// The taxonomy bundled in `Resources/taxonomy`, loaded and indexed once per process.
    public static func bundled() throws -> SkillsTaxonomy {
        try bundledResult.get()
    }

    private static let bundledResult: Result<SkillsTaxonomy, any Error> = Result { SkillsTaxonomy(data: try TaxonomyData.bundled()) }

    /// The manifest's content hash; tags made with another version are recomputed.
    public var version: String { data.manifest.version }

    // MARK: Lookups

    public func skill(id: String) -> Skill? { skillPositions[id].map { data.skills[$0] } }
    public func standard(reference: String) -> OccupationalStandard? { standardPositions[reference.uppercased()].map { data.standards[$0] } }
    public func socUnitGroup(code: String) -> SOCUnitGroup? { socPositions[code].map { data.socUnitGroups[$0] } }
    public func route(_ idOrSlug: String) -> RouteNode? {
        data.routes.first { $0.slug == idOrSlug.lowercased() || String($0.id) == idOrSlug }
    }

    /// The skills a SOC 2020 unit group's Volume 1 tasks name, in task order (precomputed when the
    /// taxonomy is built; empty for an unknown code or resources built without them): what someone
    /// placed in that job most likely has even when they do not say so.
    public func taskSkills(ofUnitGroup code: String) -> [Skill] {
        (socUnitGroup(code: code)?.taskSkillIDs ?? []).compactMap { skill(id: $0) }
    }

    /// Skills whose label or an alias contains the query (label matches first), then the engine's
    /// nearest skills for the query's words.
    public func searchSkills(_ query: String, limit: Int = 20) -> [Skill] {
        let needle = query.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !needle.isEmpty else { return Array(data.skills.prefix(limit)) }
        var ranked: [(rank: Int, position: Int)] = []
        for (position, skill) in data.skills.enumerated() {
            let label = skill.label.lowercased()
            if label == needle { ranked.append((0, position)) }
            else if label.hasPrefix(needle) { ranked.append((1, position)) }
            else if label.contains(needle) { ranked.append((2, position)) }
            else if skill.forms.contains(where: { $0.lowercased().trimmingCharacters(in: ["="]) == needle }) { ranked.append((1, position)) }
            else if skill.forms.contains(where: { $0.lowercased().contains(needle) }) { ranked.append((3, position)) }
        }
        var result = ranked.sorted { ($0.rank, data.skills[$0.position].label) < ($1.rank, data.skills[$1.position].label) }.map { data.skills[$0.position] }
        var seen = Set(result.map(\.id))
        for hit in extractor.engine.search(query, top: limit) where seen.insert(hit.id).inserted {
            if let skill = skill(id: hit.id) { result.append(skill) }
        }
        return Array(result.prefix(limit))
    }

    /// The standards of a route.
    public func standards(inRoute slug: String) -> [OccupationalStandard] {
        data.standards.filter { $0.route == slug }
    }

    /// The skills most often expressed by a route's standards, with how many standards express each.
    public func topSkills(inRoute slug: String, limit: Int = 15) -> [(skill: Skill, standards: Int)] {
        var counts: [String: Int] = [:]
        for standard in standards(inRoute: slug) { for id in standard.skillIDs { counts[id, default: 0] += 1 } }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).compactMap { id, count in
            skill(id: id).map { ($0, count) }
        }
    }

    // MARK: Extraction and matching

    /// The skills a text mentions, with spans, the matching form, confidence and reason; negated
    /// mentions are returned apart and never counted as held.
    public func extract(_ text: String) -> ExtractionResult {
        extractor.extract(text)
    }

    /// Ranks occupations of one scheme for a job title or a paragraph of career history.
    /// True when the text, word for word (singular, case and spacing aside), is the title or a job title
    /// of a SOC 2020 unit group ("picker packer", "office cleaner"); a set lookup, no ranking.
    public func namesSOCJobTitle(_ text: String) -> Bool {
        occupations.socJobTitles.contains(OccupationMatcher.singularWords(text).joined())
    }

    public func matchOccupations(_ text: String, scheme: OccupationScheme = .ifate, top: Int = 10) -> OccupationMatches {
        matchOccupations(text, schemes: [(scheme, top)])[0]
    }

    /// Ranks occupations of several schemes for one text, reading it once: a history's clauses, the
    /// everyday job-title expansions and the skills it mentions are worked out once for all schemes.
    /// - Parameters:
    ///   - schemes: each scheme with how many results it wants; one `OccupationMatches` per entry, in order.
    ///   - heldSkillIDs: `extract(text).skillIDs` when the caller has already extracted this very text;
    ///     otherwise the text is extracted here when it reads as a history. Skills the text shows only
    ///     through a job title ("nursery nurse" → child development) count in the "why" but are not
    ///     searched for as words.
    public func matchOccupations(
        _ text: String, schemes: [(scheme: OccupationScheme, top: Int)], heldSkillIDs: [String]? = nil
    ) -> [OccupationMatches] {
        let reading = occupations.read(text)
        var skillIDs: [String] = [], labels: [String] = []
        if reading.isHistory {
            skillIDs = heldSkillIDs ?? extract(text).skillIDs
            // Skills known only from a job title the clauses already search for would count the title twice.
            let impliedOnly = extractor.impliedOnlySkillIDs(in: text)
            labels = skillIDs.filter { !impliedOnly.contains($0) }.compactMap { skill(id: $0)?.label }
        }
        return schemes.map { scheme, top in
            OccupationMatches(
                query: text,
                results: occupations.match(reading, scheme: scheme, top: min(max(top, 1), 100), skillIDs: skillIDs, skillLabels: labels))
        }
    }
}
