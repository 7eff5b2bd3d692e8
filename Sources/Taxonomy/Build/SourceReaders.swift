import Domain
import Foundation
import Matching

// MARK: - Occupational maps (2026)

/// Reads the reference data files of `../shared/data` into the taxonomy's records.
enum SourceReaders {
    private struct MapRoute: Decodable {
        var routeId: Int
        var route: String
        var pathways: [MapPathway]
    }

    private struct MapPathway: Decodable {
        var pathwayId: Int
        var pathway: String
        var clusters: [String]
    }

    static func routes(from url: URL) throws -> [RouteNode] {
        let file = url.lastPathComponent
        let decoded: [MapRoute]
        do { decoded = try JSONDecoder().decode([MapRoute].self, from: Data(contentsOf: url)) } catch {
            throw TaxonomyBuildError(file: file, location: nil, reason: "is not the occupational-maps JSON: \(error)")
        }
        return try decoded.enumerated().map { index, item in
            guard let route = Route(matching: item.route) else {
                throw TaxonomyBuildError(file: file, location: "[\(index)].route", reason: "\"\(item.route)\" is not one of the 15 routes")
            }
            let pathways = item.pathways.map { PathwayNode(id: $0.pathwayId, name: $0.pathway, clusters: $0.clusters.sorted()) }
            return RouteNode(id: item.routeId, slug: route.rawValue, name: item.route, pathways: pathways.sorted { $0.name < $1.name })
        }.sorted { $0.id < $1.id }
    }

    // MARK: IfATE standards (2023 snapshot)

    private struct StandardsFile: Decodable {
        var standards: [RawStandard]
    }

    struct RawStatement: Decodable {
        var code: String
        var text: String
    }

    /// One record of the standards file as written (read once for the approved standards and the thin ones).
    struct RawStandard: Decodable {
        var referenceNumber: String
        var larsCode: Int?
        var version: String?
        var title: String
        var status: String
        var level: Int?
        var route: String?
        var pathway: String?
        var cluster: String?
        var overviewOfRole: String?
        var occupationalSummary: String?
        var keywords: [String]?
        var typicalJobTitles: [String]?
        var knowledge: [RawStatement]?
        var skills: [RawStatement]?
        var behaviours: [RawStatement]?
        var duties: [RawStatement]?
    }

    /// Every record of the standards file at `url`, as written.
    static func rawStandards(from url: URL) throws -> [RawStandard] {
        do { return try JSONDecoder().decode(StandardsFile.self, from: Data(contentsOf: url)).standards } catch {
            throw TaxonomyBuildError(file: url.lastPathComponent, location: nil, reason: "is not the standards JSON: \(error)")
        }
    }

    /// Where a record sits on the 2026 tree: its route, level, pathway and cluster; a located error
    /// (`standards[i] (ST…).route`) when its route is unknown or its level missing.
    static func placement(
        of raw: RawStandard, at index: Int, file: String, routes: [RouteNode]
    ) throws -> (route: String, level: Int, pathway: String?, cluster: String?) {
        let location = "standards[\(index)] (\(raw.referenceNumber))"
        guard let routeName = raw.route, let route = Route(matching: routeName) else {
            throw TaxonomyBuildError(file: file, location: location + ".route", reason: "\"\(raw.route ?? "")\" is not a known route")
        }
        guard let level = raw.level else { throw TaxonomyBuildError(file: file, location: location + ".level", reason: "is missing") }
        let node = routes.first { $0.slug == route.rawValue }
        let pathway = node.flatMap { matchPathway(raw.pathway, in: $0) }
        let cluster = node.flatMap { matchCluster(raw.cluster, in: $0, preferring: pathway) }
        return (route.rawValue, level, pathway, cluster)
    }

    /// The approved standards with K/S/B statements among `records` (of `file`), placed on the 2026 tree.
    static func standards(_ records: [RawStandard], file: String, routes: [RouteNode]) throws -> [OccupationalStandard] {
        var result: [String: OccupationalStandard] = [:]
        for (index, raw) in records.enumerated() where raw.status == "Approved for delivery" && !(raw.knowledge ?? []).isEmpty {
            let standard = try standard(from: raw, at: index, file: file, routes: routes)
            if let existing = result[standard.reference], existing.larsCode ?? 0 > standard.larsCode ?? 0 { continue }
            result[standard.reference] = standard
        }
        return result.values.sorted { $0.reference < $1.reference }
    }

    /// A record with statements as a standard, placed on the 2026 tree, its skills still to be read.
    static func standard(from raw: RawStandard, at index: Int, file: String, routes: [RouteNode]) throws -> OccupationalStandard {
        let (route, level, pathway, cluster) = try placement(of: raw, at: index, file: file, routes: routes)
        return OccupationalStandard(
            reference: raw.referenceNumber, larsCode: raw.larsCode, title: tidyTitle(raw.title), level: level,
            route: route, pathway: pathway, cluster: cluster,
            typicalJobTitles: (raw.typicalJobTitles ?? []).map(tidyTitle).filter { !$0.isEmpty },
            overview: raw.overviewOfRole ?? "",
            duties: (raw.duties ?? []).map { Statement(code: $0.code, text: $0.text) },
            knowledge: (raw.knowledge ?? []).map { Statement(code: $0.code, text: $0.text) },
            skills: (raw.skills ?? []).map { Statement(code: $0.code, text: $0.text) },
            behaviours: (raw.behaviours ?? []).map { Statement(code: $0.code, text: $0.text) },
            skillIDs: [], soc: [])
    }

    /// A title as it is shown: single spaces, none at either end, and none just inside a bracket
    /// ("Police constable ( integrated degree)" → "Police constable (integrated degree)").
    static func tidyTitle(_ title: String) -> String {
        var text = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for (spaced, closed) in [("( ", "("), (" )", ")"), ("[ ", "["), (" ]", "]")] {
            while text.contains(spaced) { text = text.replacingOccurrences(of: spaced, with: closed) }
        }
        return text
    }

    /// A title with its edition and degree qualifiers set aside, for telling whether one standard
    /// supersedes another: bracketed parts naming a year, the NMC edition or the degree
    /// ("(NMC 2018)", "(2019 NMC standards)", "(degree)", "(integrated degree)", "(integrated)"), a
    /// trailing year ("Optical assistant 2022") and the words "integrated degree" and "degree" go;
    /// `normalizedName` otherwise. "Registered nurse - degree (NMC 2010)" → "registered nurse".
    static func editionFreeTitle(_ title: String) -> String {
        var text = normalizedName(title)
        while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            let inside = text[text.index(after: open)..<close]
            let words = inside.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            let edition = words.allSatisfy { editionWords.contains(String($0)) || isYear($0) }
            text.replaceSubrange(open...close, with: edition ? " " : " " + inside + " ")
        }
        var words = text.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "," }).map(String.init)
        words.removeAll { $0 == "degree" }
        if words.count > 1, words.last.map({ isYear(Substring($0)) }) == true { words.removeLast() }
        if words.last == "integrated" { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// What makes two standards the same job for `editionFreeTitle`'s purpose: the edition-free title,
    /// and whether it is at degree level (6+), since a degree apprenticeship does not supersede the
    /// everyday job of its name ("Digital marketer (integrated degree)", level 6, is not the level-3
    /// digital marketer), while "Registered nurse degree (NMC 2018)" is the NMC 2010 one's successor.
    static func supersessionKey(title: String, level: Int?) -> String {
        editionFreeTitle(title) + ((level ?? 0) >= degreeLevel ? " #degree" : "")
    }

    /// The first level of degree apprenticeships.
    static let degreeLevel = 6

    private static let editionWords: Set<String> = ["degree", "integrated", "nmc", "standards", "standard", "edition", "version"]

    private static func isYear(_ word: Substring) -> Bool {
        word.count == 4 && word.allSatisfy(\.isNumber) && (word.hasPrefix("19") || word.hasPrefix("20"))
    }

    /// 2023 pathway names that the 2026 maps renamed.
    static let pathwayRenames: [String: String] = [
        "retail": "sales and retail",
        "education and childcare": "education and early years",
    ]

    /// Lower case, `&` → "and", `/` → " or ", single spaces.
    static func normalizedName(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "&", with: " and ").replacingOccurrences(of: "/", with: " or ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func matchPathway(_ name: String?, in route: RouteNode) -> String? {
        guard let name else { return nil }
        var key = normalizedName(name)
        key = pathwayRenames[key] ?? key
        if let found = route.pathways.first(where: { normalizedName($0.name) == key }) { return found.name }
        return route.pathways.count == 1 ? route.pathways[0].name : nil
    }

    static func matchCluster(_ name: String?, in route: RouteNode, preferring pathway: String?) -> String? {
        guard let name else { return nil }
        let key = normalizedName(name)
        let ordered = route.pathways.sorted { ($0.name == pathway ? 0 : 1) < ($1.name == pathway ? 0 : 1) }
        for node in ordered {
            if let found = node.clusters.first(where: { normalizedName($0) == key }) { return found }
        }
        return nil
    }

    // MARK: SOC 2020

    /// Unit groups from Volume 1 with their coding-index titles as aliases ("see" rows dropped), and the
    /// coding index as read for linking standards (`SOCCodingIndex`).
    static func socUnitGroups(volume1 url: URL, codingIndex indexURL: URL) throws -> (groups: [SOCUnitGroup], index: SOCCodingIndex) {
        let volume1 = try CSVTable(url: url)
        let (level, code, title, description, tasks, related) = try (
            volume1.column("level"), volume1.column("code"), volume1.column("title"), volume1.column("description"),
            volume1.column("tasks"), volume1.column("related_job_titles"))
        var groups: [String: SOCUnitGroup] = [:]
        for (offset, row) in volume1.rows.enumerated() where row[safe: level] == "unit" {
            let unit = row[safe: code]
            guard unit.count == 4, unit.allSatisfy(\.isNumber) else {
                throw TaxonomyBuildError(file: volume1.file, location: "line \(offset + 2).code", reason: "\"\(unit)\" is not a 4-digit unit group")
            }
            groups[unit] = SOCUnitGroup(
                code: unit, title: row[safe: title], description: row[safe: description],
                tasks: splitList(row[safe: tasks]), relatedJobTitles: splitList(row[safe: related]), aliases: [])
        }
        let codingIndex = try CSVTable(url: indexURL)
        let (socColumn, titleColumn) = try (codingIndex.column("soc2020"), codingIndex.column("title_natural_order"))
        let (addedQualifier, industryQualifier) = try (codingIndex.column("add_qualifier"), codingIndex.column("industry_qualifier"))
        var aliases: [String: [String: String]] = [:]  // unit → lower → first spelling
        var plain: [String: Set<String>] = [:]  // unit → lower titles coded there with no qualifier
        var unqualifiedWork: Set<String> = []  // lower titles with a row that adds no qualifier of the work
        var index = SOCCodingIndex(
            groupTitles: groups.mapValues(\.title),
            exampleTitles: groups.mapValues { Set($0.relatedJobTitles.map { $0.lowercased() }) })
        for (offset, row) in codingIndex.rows.enumerated() {
            let unit = row[safe: socColumn]
            if unit == "}}}}" { continue }
            let name = row[safe: titleColumn].trimmingCharacters(in: .whitespaces)
            guard groups[unit] != nil else {
                throw TaxonomyBuildError(file: codingIndex.file, location: "line \(offset + 2).soc2020", reason: "\"\(unit)\" is not a unit group of Volume 1")
            }
            guard !name.isEmpty else { continue }
            let lower = name.lowercased()
            if aliases[unit, default: [:]][lower] == nil { aliases[unit, default: [:]][lower] = name }
            index.units[lower, default: []].insert(unit)
            let added = !row[safe: addedQualifier].trimmingCharacters(in: .whitespaces).isEmpty
            if !added, row[safe: industryQualifier].trimmingCharacters(in: .whitespaces).isEmpty {
                index.defaults[lower, default: []].insert(unit)
                plain[unit, default: []].insert(lower)
            }
            if !added { unqualifiedWork.insert(lower) }
        }
        index.addedOnly = Set(index.units.keys).subtracting(unqualifiedWork)
        for (unit, names) in aliases {
            groups[unit]?.aliases = names.keys.sorted().compactMap { names[$0] }
            groups[unit]?.plainTitles = (plain[unit] ?? []).sorted().compactMap { names[$0] }
        }
        return (groups.values.sorted { $0.code < $1.code }, index)
    }

    private static func splitList(_ text: String) -> [String] {
        text.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
