public import Foundation
import SkillwayResources

// MARK: - The loaded taxonomy

/// Everything the taxonomy holds, as built by `TaxonomyBuilder` and shipped in `Resources/taxonomy`.
public struct TaxonomyData: Sendable {
    public var routes: [RouteNode]
    public var standards: [OccupationalStandard]
    public var socUnitGroups: [SOCUnitGroup]
    public var skills: [Skill]
    public var jobTitleSynonyms: [JobTitleSynonym]
    public var manifest: TaxonomyManifest

    public init(
        routes: [RouteNode], standards: [OccupationalStandard], socUnitGroups: [SOCUnitGroup], skills: [Skill],
        jobTitleSynonyms: [JobTitleSynonym], manifest: TaxonomyManifest
    ) {
        self.routes = routes
        self.standards = standards
        self.socUnitGroups = socUnitGroups
        self.skills = skills
        self.jobTitleSynonyms = jobTitleSynonyms
        self.manifest = manifest
    }

    /// Loads a built taxonomy folder.
    public static func load(from directory: URL) throws -> TaxonomyData {
        func read<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
            let url = directory.appending(path: name)
            do { return try JSONDecoder().decode(T.self, from: Data(contentsOf: url)) } catch {
                throw TaxonomyBuildError(file: name, location: nil, reason: "cannot be loaded from \(directory.path): \(error)")
            }
        }
        return TaxonomyData(
            routes: try read(TaxonomyResourceFiles.routes, as: [RouteNode].self),
            standards: try read(TaxonomyResourceFiles.standards, as: [OccupationalStandard].self),
            socUnitGroups: try read(TaxonomyResourceFiles.soc, as: [SOCUnitGroup].self),
            skills: try read(TaxonomyResourceFiles.skills, as: [Skill].self),
            jobTitleSynonyms: try read(TaxonomyResourceFiles.jobTitles, as: [JobTitleSynonym].self),
            manifest: try read(TaxonomyResourceFiles.manifest, as: TaxonomyManifest.self))
    }

    /// The taxonomy bundled with Skillway (`Resources/taxonomy`).
    public static func bundled() throws -> TaxonomyData {
        guard let directory = SkillwayResources.taxonomyDirectoryURL else {
            throw TaxonomyBuildError(file: "taxonomy", location: nil, reason: "is not bundled with this binary; run `skillway taxonomy build`")
        }
        return try load(from: directory)
    }
}
