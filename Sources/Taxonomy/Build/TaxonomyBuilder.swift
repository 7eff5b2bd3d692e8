public import Foundation
import Matching

// MARK: - Building the resources

/// Turns the reference data and the team's vocabulary into the compact resources the product ships
/// (`Resources/taxonomy`). The same inputs always give the same bytes.
public struct TaxonomyBuilder: Sendable {
    /// Where the input files are.
    public struct Inputs: Sendable {
        public var occupationalMaps: URL
        public var standards: URL
        public var socVolume1: URL
        public var socCodingIndex: URL
        public var skillsVocabulary: URL
        public var jobTitles: URL
        /// The team's occupation skill profiles; none when nil or when the file does not exist.
        public var occupationSkills: URL?

        /// The usual layout: `data/ifate/…`, `data/soc2020/…`, and the vocabulary folder's files.
        public init(dataDirectory data: URL, vocabularyDirectory vocabulary: URL) {
            occupationalMaps = data.appending(path: "ifate/occupational_maps_routes_pathways_clusters_2026-07.json")
            standards = data.appending(path: "ifate/ifate_standards_2023-01_compact.json")
            socVolume1 = data.appending(path: "soc2020/soc2020_unit_groups_vol1_2025-04.csv")
            socCodingIndex = data.appending(path: "soc2020/soc2020_coding_index_v12_2025-04.csv")
            skillsVocabulary = vocabulary.appending(path: "skills.txt")
            jobTitles = vocabulary.appending(path: "job-titles.txt")
            occupationSkills = vocabulary.appending(path: "occupation-skills.txt")
        }

        public init(
            occupationalMaps: URL, standards: URL, socVolume1: URL, socCodingIndex: URL, skillsVocabulary: URL, jobTitles: URL,
            occupationSkills: URL? = nil
        ) {
            self.occupationalMaps = occupationalMaps
            self.standards = standards
            self.socVolume1 = socVolume1
            self.socCodingIndex = socCodingIndex
            self.skillsVocabulary = skillsVocabulary
            self.jobTitles = jobTitles
            self.occupationSkills = occupationSkills
        }
    }

    public var inputs: Inputs
    /// Whether retired 2023 versions without statements become thin standards (`ThinStandards`).
    public var includesThinStandards: Bool
    /// Whether retired 2023 versions with statements become standards (`RetiredStandards`).
    public var includesRetiredStandards: Bool

    public init(inputs: Inputs, includesThinStandards: Bool = true, includesRetiredStandards: Bool = true) {
        self.inputs = inputs
        self.includesThinStandards = includesThinStandards
        self.includesRetiredStandards = includesRetiredStandards
    }

    /// Reads and links everything; throws located errors and writes nothing when an input is wrong.
    public func build() throws -> TaxonomyData {
        let routes = try SourceReaders.routes(from: inputs.occupationalMaps)
        let records = try SourceReaders.rawStandards(from: inputs.standards), recordsFile = inputs.standards.lastPathComponent
        var standards = try SourceReaders.standards(records, file: recordsFile, routes: routes)
        if includesRetiredStandards {
            standards += try RetiredStandards.read(records, file: recordsFile, routes: routes, kept: standards)
            standards.sort { $0.reference < $1.reference }
        }
        var thin = includesThinStandards ? try ThinStandards.read(records, file: recordsFile, routes: routes, kept: standards) : []
        let (socGroups, codingIndex) = try SourceReaders.socUnitGroups(volume1: inputs.socVolume1, codingIndex: inputs.socCodingIndex)
        var skills = try VocabularyParser.parseSkills(try readText(inputs.skillsVocabulary), file: inputs.skillsVocabulary.lastPathComponent)
        let synonyms = try VocabularyParser.parseJobTitles(try readText(inputs.jobTitles), file: inputs.jobTitles.lastPathComponent, skills: skills)
        var profiles: [OccupationSkillProfile] = []
        if let url = inputs.occupationSkills, FileManager.default.fileExists(atPath: url.path) {
            profiles = try VocabularyParser.parseOccupationSkills(
                try readText(url), file: url.lastPathComponent, standards: standards + thin, skills: skills, socGroups: socGroups)
        }
        Self.linkSOC(&standards, codingIndex: codingIndex)
        Self.addEvidence(skills: &skills, standards: &standards, profiles: profiles)
        var soc = socGroups
        Self.addTaskSkills(&soc, skills: skills, profiles: profiles)
        Self.linkSOC(&thin, codingIndex: codingIndex)
        ThinStandards.inferSkills(&thin, skills: skills, jobTitles: synonyms, socGroups: soc, profiles: profiles)
        standards = (standards + thin).sorted { $0.reference < $1.reference }
        var data = TaxonomyData(routes: routes, standards: standards, socUnitGroups: soc, skills: skills, jobTitleSynonyms: synonyms, manifest: .init(
            version: "", sources: ["ifate-2023-01", "maps-2026-07", "soc2020-v12", "skillway-vocabulary"], counts: [:], attribution: Self.attribution))
        data.manifest.counts = [
            "routes": routes.count, "pathways": routes.reduce(0) { $0 + $1.pathways.count },
            "clusters": routes.reduce(0) { $0 + $1.pathways.reduce(0) { $0 + $1.clusters.count } },
            "standards": standards.count, "thinStandards": thin.count,
            "retiredStandardsWithStatements": standards.filter { $0.basis == StandardBasis.retired2023Statements }.count,
            "standardsLinkedToSOC": standards.filter { !$0.soc.isEmpty }.count,
            "socUnitGroups": soc.count, "socAliases": soc.reduce(0) { $0 + $1.aliases.count },
            "skills": skills.count, "skillsWithEvidence": skills.filter { !$0.evidence.isEmpty }.count,
            "jobTitleSynonyms": synonyms.count,
        ]
        return data
    }

    /// Builds and writes the resources into `directory` (created if needed).
    /// - Returns: the files written, by name, with their sizes in bytes.
    @discardableResult
    public func write(to directory: URL) throws -> [(name: String, bytes: Int)] {
        let data = try build()
        let files = try TaxonomyResourceFiles.encode(data)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, bytes) in files { try bytes.write(to: directory.appending(path: name), options: .atomic) }
        return files.map { ($0.name, $0.bytes.count) }
    }

    private func readText(_ url: URL) throws -> String {
        do { return try String(contentsOf: url, encoding: .utf8) } catch {
            throw TaxonomyBuildError(file: url.lastPathComponent, location: nil, reason: "cannot be read as UTF-8 text: \(error.localizedDescription)")
        }
    }

    // MARK: Skills ← K/S/B evidence

    /// Finds each skill's forms in every standard's K/S/B statements, duties, titles and overview
    /// (stemmed phrase matching) and keeps, per standard, the skills with strong enough evidence
    /// (`SkillEvidence`), with their evidence weights; records the standards that keep a skill as its
    /// evidence, and the routes and pathways of all the standards that mention it as its own.
    /// The team's occupation profiles then add a job's core skills with full evidence and drop its
    /// misread ones.
    static func addEvidence(skills: inout [Skill], standards: inout [OccupationalStandard], profiles: [OccupationSkillProfile] = []) {
        let index = PhraseIndex(patterns: PhrasePattern.patterns(for: skills))
        var evidence: [Set<String>] = Array(repeating: [], count: skills.count)
        var mentioned: [Set<String>] = Array(repeating: [], count: skills.count)
        let skillPosition = Dictionary(uniqueKeysWithValues: skills.enumerated().map { ($1.id, $0) })
        let profileByReference = Dictionary(profiles.map { ($0.reference, $0) }, uniquingKeysWith: { first, _ in first })
        for position in standards.indices {
            var strengths = SkillEvidence.strengths(of: standards[position], index: index, skills: skills)
            if let profile = profileByReference[standards[position].reference] {
                for id in profile.dropped { if let skill = skillPosition[id] { strengths[skill] = nil } }
                for id in profile.core { if let skill = skillPosition[id] { strengths[skill] = SkillEvidence.saturation } }
            }
            let kept = strengths
                .filter { $0.value >= SkillEvidence.threshold }
                .map { (id: skills[$0.key].id, skill: $0.key, weight: SkillEvidence.weight($0.value)) }
                .sorted { $0.id < $1.id }
            standards[position].skillIDs = kept.map(\.id)
            standards[position].skillWeights = kept.map(\.weight)
            // A retired version's skills are its own, but the skills' evidence, routes and pathways (which
            // course tagging weighs) stay those of the approved standards, so loading it re-tags no course.
            if standards[position].isRetiredVersion { continue }
            for skill in strengths.keys { mentioned[skill].insert(standards[position].reference) }
            for entry in kept { evidence[entry.skill].insert(standards[position].reference) }
        }
        let byReference = Dictionary(uniqueKeysWithValues: standards.map { ($0.reference, $0) })
        // A skill's routes and pathways are those of every standard mentioning it (course route
        // tagging counts a skill's vote only when it has few routes); its evidence, the standards
        // that keep it.
        for position in skills.indices {
            let refs = evidence[position].sorted()
            skills[position].evidence = refs
            skills[position].routes = Set(mentioned[position].compactMap { byReference[$0]?.route }).sorted()
            skills[position].pathways = Set(mentioned[position].compactMap { byReference[$0]?.pathway }).sorted()
        }
    }

    // MARK: SOC 2020 tasks → skills

    /// Records, per SOC 2020 unit group, the vocabulary skills its Volume 1 tasks name ("cuts or saws
    /// carcasses" → Butchery, "patrols assigned area" → Security operations), worked out once here
    /// so that a diagnosis never reads the tasks. Only the extractor's phrase matches count (exact or
    /// stemmed vocabulary wording, not negated): its sentence-level engine fallback is too loose for
    /// one-line task statements, and tasks name no everyday job titles. As in a standard's evidence
    /// (`SkillEvidence`), a one-word form that the task's word only shares a stem with is not enough:
    /// a baker "glazes pastry" and "moulds dough" but does no glazing or plastics moulding. Common
    /// skills and behaviours ("organises", "listens") say nothing about the job and are left out.
    /// The team's occupation profiles for unit groups (`occupation-skills.txt` lines naming a 4-digit
    /// code) then add the skills an adviser would name and drop misreadings.
    static func addTaskSkills(_ groups: inout [SOCUnitGroup], skills: [Skill], profiles: [OccupationSkillProfile] = []) {
        let extractor = SkillExtractor(skills: skills)
        let profileByCode = Dictionary(profiles.map { ($0.reference, $0) }, uniquingKeysWith: { first, _ in first })
        for index in groups.indices {
            var ids: [String] = []
            for task in groups[index].tasks {
                for found in extractor.extract(task).skills where found.method == .exact || found.method == .stemmed {
                    if isStemOnly(found) || found.kind == .common || found.kind == .behaviour || ids.contains(found.skillID) { continue }
                    ids.append(found.skillID)
                }
            }
            if let profile = profileByCode[groups[index].code] {
                ids.removeAll { profile.dropped.contains($0) }
                ids += profile.core.filter { !ids.contains($0) }
            }
            groups[index].taskSkillIDs = ids
        }
    }

    /// True when a one-word form matched a word that only shares its stem ("glazes" for glazing).
    static func isStemOnly(_ found: ExtractedSkill) -> Bool {
        guard !found.alias.contains(" ") else { return false }
        return PhraseIndex.singular(found.text.lowercased()) != PhraseIndex.singular(found.alias.lowercased())
    }

    // MARK: Attribution

    static let attribution = [
        "Contains public sector information licensed under the Open Government Licence v3.0.",
        "Apprenticeship (occupational) standards and occupational maps: Department for Education / Institute for Apprenticeships and Technical Education (Skills England), Crown copyright, Open Government Licence v3.0.",
        "Source: Office for National Statistics licensed under the Open Government Licence v3.0 (SOC 2020 Volume 1 and coding index v12).",
        "Skills vocabulary and everyday job-title table: written by the Skillway team.",
    ]
}
