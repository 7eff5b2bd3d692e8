import Domain
import Foundation
import Matching

// MARK: - Thin standards (retired 2023 versions without statements)

/// Everyday occupations (hair professional, commis chef, retailer, team leader…) that the 2023
/// snapshot only holds as retired versions of the old template, with no K/S/B statements or duties.
/// Each becomes a "thin" standard (`StandardBasis.retired2023Overview`) when no standard with
/// statements (approved or retired) has the same reference or title, edition and degree qualifiers set
/// aside (`SourceReaders.supersessionKey`: the 2018 registered nurse with statements covers the 2010
/// one); its skills are inferred from its own words and from
/// the SOC 2020 unit groups its job titles place it in (`inferSkills`).
enum ThinStandards {
    /// The retired (or withdrawn) records without statements that no standard in `kept` covers, placed
    /// on the 2026 tree like the others. A record needs an overview or summary to say what the job is.
    static func read(
        _ records: [SourceReaders.RawStandard], file: String, routes: [RouteNode], kept: [OccupationalStandard]
    ) throws -> [OccupationalStandard] {
        let keptReferences = Set(kept.map(\.reference))
        let keptTitles = Set(kept.map { SourceReaders.supersessionKey(title: $0.title, level: $0.level) })
        var result: [String: OccupationalStandard] = [:]
        for (index, raw) in records.enumerated() where raw.status != "Approved for delivery" && (raw.knowledge ?? []).isEmpty {
            let title = SourceReaders.tidyTitle(raw.title)
            guard !keptReferences.contains(raw.referenceNumber), !keptTitles.contains(SourceReaders.supersessionKey(title: title, level: raw.level)) else { continue }
            let overview = clean(raw.overviewOfRole), summary = clean(raw.occupationalSummary)
            guard !overview.isEmpty || !summary.isEmpty else { continue }
            let (route, level, pathway, cluster) = try SourceReaders.placement(of: raw, at: index, file: file, routes: routes)
            var standard = OccupationalStandard(
                reference: raw.referenceNumber, larsCode: raw.larsCode, title: title, level: level,
                route: route, pathway: pathway, cluster: cluster,
                typicalJobTitles: unique((raw.typicalJobTitles ?? []).map(SourceReaders.tidyTitle)),
                overview: [overview, summary].filter { !$0.isEmpty }.joined(separator: "\n"),
                duties: [], knowledge: [], skills: [], behaviours: [], skillIDs: [], soc: [])
            standard.basis = StandardBasis.retired2023Overview
            standard.keywords = unique((raw.keywords ?? []).map(clean))
            if let existing = result[standard.reference], existing.larsCode ?? 0 > standard.larsCode ?? 0 { continue }
            result[standard.reference] = standard
        }
        return result.values.sorted { $0.reference < $1.reference }
    }

    private static func clean(_ text: String?) -> String {
        (text ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Non-empty, first spelling of each (case-insensitive).
    private static func unique(_ texts: [String]) -> [String] {
        var seen: Set<String> = []
        return texts.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    /// Thin standards whose inferred skills the audit (BENCHMARKS, "Thin standards") found to be
    /// misreadings, with the reason; they are left out until the vocabulary reads them right.
    static let droppedAfterAudit: [String: String] = [
        "ST0067": "Bus and coach engineering technician: \"bus and coach\" is read as Bus and coach driving",
        "ST0271": "Steel fixer: its only skill, Site supervision, comes from the job title \"construction site supervisor\"",
        "ST0376": "Motorcycle technician: \"maintenance\" is read as Property maintenance, and nothing names motorcycle repair",
        "ST0534": "Architectural assistant: \"design\" is read as Product design, and nothing names architecture",
    ]

    // MARK: Inferred skills

    /// How much a mention adds to a thin standard's evidence for a skill: in its title or a typical
    /// job title 1, in its overview or summary 0.5 (as for standards with statements, `SkillEvidence`),
    /// in a one-word keyword 0.5 too, since such keywords are topics ("craft", "textiles" for a
    /// papermaker) rather than statements of the work, while a keyword phrase ("cutting and styling",
    /// "operations manager") counts as a title. The tasks of the SOC 2020 unit groups its job titles place
    /// it in share `socTaskWeight`: one unit group's task skill is kept on its own, while a standard
    /// whose titles spread over several groups keeps only the task skills that several of them, or
    /// its own words, also name.
    static let namedWeight = 1.0
    static let overviewWeight = 0.5
    static let keywordWeight = 0.5
    static let socTaskWeight = 0.7

    /// Fills in each thin standard's skills and weights, and drops those whose own words name no
    /// specific skill (what the job is about stays unknown, and unit-group tasks alone are too loose).
    ///
    /// The extractor reads the standard's title, typical job titles, keywords, overview and summary;
    /// its phrase matches (exact or stemmed, not negated, and outside the titles not a one-word form
    /// only sharing a stem, as for SOC tasks) and the skills the job-title table says a named job implies count, its loose
    /// sentence-level fallback does not. The SOC 2020 task skills of the unit groups its titles
    /// resolve to add the work such a job involves. Evidence is summed and kept from
    /// `SkillEvidence.threshold` on, weighted as for other standards. Behaviours ("reliable") say
    /// nothing about the job and are left out. The team's occupation profiles (`occupation-skills.txt`)
    /// then add core skills and drop misreadings, as for any standard.
    static func inferSkills(
        _ standards: inout [OccupationalStandard], skills: [Skill], jobTitles: [JobTitleSynonym], socGroups: [SOCUnitGroup],
        profiles: [OccupationSkillProfile] = []
    ) {
        let extractor = SkillExtractor(skills: skills, jobTitles: jobTitles)
        let kindByID = Dictionary(uniqueKeysWithValues: skills.map { ($0.id, $0.kind) })
        let taskSkills = Dictionary(uniqueKeysWithValues: socGroups.map { ($0.code, $0.taskSkillIDs ?? []) })
        let profileByReference = Dictionary(profiles.map { ($0.reference, $0) }, uniquingKeysWith: { first, _ in first })
        var unnamed: Set<String> = []
        for index in standards.indices {
            let standard = standards[index]
            var sources = ([standard.title] + standard.typicalJobTitles).map { (text: $0, weight: namedWeight, names: true) }
            sources += (standard.keywords ?? []).map { (text: $0, weight: $0.contains(" ") ? namedWeight : keywordWeight, names: false) }
            sources += standard.overview.split(separator: "\n").map { (text: String($0), weight: overviewWeight, names: false) }
            var strength: [String: Double] = [:]
            for (text, weight, names) in sources {
                var found: Set<String> = []
                for skill in extractor.extract(text).skills where skill.method != .engine {
                    // A job named by its own agent noun ("Bricklayer", "Groundworker") is that work, so
                    // in a title a word sharing only its stem with a one-word form counts; elsewhere not.
                    if skill.kind == .behaviour || (!names && TaxonomyBuilder.isStemOnly(skill)) { continue }
                    found.insert(skill.skillID)
                }
                for id in found { strength[id, default: 0] += weight }
            }
            let ownWords = strength
            let share = socTaskWeight / Double(max(standard.soc.count, 1))
            for link in standard.soc {
                for id in taskSkills[link.code] ?? [] { strength[id, default: 0] += share }
            }
            if let profile = profileByReference[standard.reference] {
                for id in profile.dropped { strength[id] = nil }
                for id in profile.core where kindByID[id] != nil { strength[id] = SkillEvidence.saturation }
            }
            let kept = strength.filter { $0.value >= SkillEvidence.threshold }.sorted { $0.key < $1.key }
            standards[index].skillIDs = kept.map(\.key)
            standards[index].skillWeights = kept.map { SkillEvidence.weight($0.value) }
            // The standard must itself name the kind of work: a specific skill its own words are
            // enough evidence for (a team profile's core skill counts), or what it is stays unknown.
            let named = kept.contains { id, value in
                let kind = kindByID[id] ?? .common
                let specific = kind != .common && kind != .behaviour
                return specific && (ownWords[id] ?? 0 >= SkillEvidence.threshold || value >= SkillEvidence.saturation)
            }
            if !named { unnamed.insert(standard.reference) }
        }
        standards.removeAll { unnamed.contains($0.reference) || droppedAfterAudit[$0.reference] != nil }
    }
}
