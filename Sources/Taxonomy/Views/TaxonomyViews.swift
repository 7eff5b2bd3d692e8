public import Domain
import Foundation
import Matching

// MARK: - Views shared by the CLI and the HTTP API

/// A route as `GET /routes` and `skillway routes` list it.
public struct RouteSummaryView: Codable, Sendable, Hashable {
    public var id: Int
    public var slug: String
    public var name: String
    public var pathways: Int
    public var clusters: Int
    public var standards: Int
    public var courseCount: Int
}

/// A standard as lists show it.
public struct StandardRefView: Codable, Sendable, Hashable {
    public var reference: String
    public var title: String
    public var level: Int
    public var pathway: String?
    public var cluster: String?
}

/// A skill with how many of a route's standards express it.
public struct SkillCountView: Codable, Sendable, Hashable {
    public var id: String
    public var label: String
    public var standards: Int
}

/// `GET /routes/{id}`: the route's pathways, clusters, standards, top skills and course count.
public struct RouteDetailView: Codable, Sendable, Hashable {
    public var id: Int
    public var slug: String
    public var name: String
    public var pathways: [PathwayNode]
    public var standards: [StandardRefView]
    public var topSkills: [SkillCountView]
    public var courseCount: Int
}

/// A skill as search results list it.
public struct SkillSummaryView: Codable, Sendable, Hashable {
    public var id: String
    public var label: String
    public var kind: SkillKind
    public var group: LSIPSkillGroup?
    public var standards: Int
}

/// `GET /skills?q=`.
public struct SkillSearchView: Codable, Sendable, Hashable {
    public var query: String
    public var results: [SkillSummaryView]
}

/// `GET /skills/{id}`: aliases, routes, standards and courses.
public struct SkillDetailView: Codable, Sendable, Hashable {
    public var id: String
    public var label: String
    public var kind: SkillKind
    public var group: LSIPSkillGroup?
    public var groupName: String?
    public var employerAliases: [String]
    public var providerAliases: [String]
    public var routes: [String]
    public var pathways: [String]
    /// The standards whose K/S/B statements express it (the evidence).
    public var standards: [StandardRefView]
    /// Courses tagged with it, most confident first.
    public var courses: [TaggedCourseRef]
}

/// `GET /occupations/{id}`: a standard or a SOC unit group.
public struct OccupationDetailView: Codable, Sendable, Hashable {
    public var id: String
    public var scheme: OccupationScheme
    public var standard: OccupationalStandard?
    /// For a thin standard (`OccupationalStandard.basis`): where its skills come from, in words.
    public var basisNote: String? = nil
    public var socUnitGroup: SOCUnitGroup?
    /// For a SOC unit group: the standards linked to it.
    public var linkedStandards: [StandardRefView]
}

// MARK: - Building the views

extension SkillsTaxonomy {
    public func routeSummaries(courseCounts: [String: Int]) -> [RouteSummaryView] {
        data.routes.map { route in
            RouteSummaryView(
                id: route.id, slug: route.slug, name: route.name, pathways: route.pathways.count,
                clusters: route.pathways.reduce(0) { $0 + $1.clusters.count }, standards: standards(inRoute: route.slug).count,
                courseCount: courseCounts[route.slug] ?? 0)
        }
    }

    public func routeDetail(_ idOrSlug: String, courseCounts: [String: Int]) -> RouteDetailView? {
        guard let route = route(idOrSlug) else { return nil }
        return RouteDetailView(
            id: route.id, slug: route.slug, name: route.name, pathways: route.pathways,
            standards: standards(inRoute: route.slug).map(Self.ref),
            topSkills: topSkills(inRoute: route.slug).map { SkillCountView(id: $0.skill.id, label: $0.skill.label, standards: $0.standards) },
            courseCount: courseCounts[route.slug] ?? 0)
    }

    public func skillSearch(_ query: String, limit: Int = 20) -> SkillSearchView {
        SkillSearchView(query: query, results: searchSkills(query, limit: limit).map {
            SkillSummaryView(id: $0.id, label: $0.label, kind: $0.kind, group: $0.group, standards: $0.evidence.count)
        })
    }

    public func skillDetail(_ id: String, courses: [TaggedCourseRef]) -> SkillDetailView? {
        guard let skill = skill(id: id) else { return nil }
        return SkillDetailView(
            id: skill.id, label: skill.label, kind: skill.kind, group: skill.group, groupName: skill.group?.name,
            employerAliases: skill.employerAliases.map { $0.trimmingCharacters(in: ["="]) },
            providerAliases: skill.providerAliases.map { $0.trimmingCharacters(in: ["="]) },
            routes: skill.routes, pathways: skill.pathways,
            standards: skill.evidence.compactMap { standard(reference: $0) }.map(Self.ref), courses: courses)
    }

    /// A standard (`ifate:ST0116` or `ST0116`) or SOC unit group (`soc2020:2136` or `2136`).
    public func occupationDetail(_ id: String) -> OccupationDetailView? {
        let bare = id.split(separator: ":").last.map(String.init) ?? id
        if let standard = standard(reference: bare), !id.hasPrefix("soc2020:") {
            return OccupationDetailView(
                id: "ifate:" + standard.reference, scheme: .ifate, standard: standard, basisNote: standard.basisNote, socUnitGroup: nil, linkedStandards: [])
        }
        if let group = socUnitGroup(code: bare), !id.hasPrefix("ifate:") {
            let linked = data.standards.filter { $0.soc.contains { $0.code == group.code } }.map(Self.ref)
            return OccupationDetailView(id: "soc2020:" + group.code, scheme: .soc2020, standard: nil, socUnitGroup: group, linkedStandards: linked)
        }
        return nil
    }

    static func ref(_ standard: OccupationalStandard) -> StandardRefView {
        StandardRefView(reference: standard.reference, title: standard.title, level: standard.level, pathway: standard.pathway, cluster: standard.cluster)
    }
}
