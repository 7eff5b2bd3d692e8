public import Foundation

/// Files bundled with Skillway that are not code: the OpenAPI document and, later, report templates.
public enum SkillwayResources {
    /// The OpenAPI 3.1 document that describes the HTTP API.
    public static var openAPIDocumentURL: URL? {
        Bundle.module.url(forResource: "openapi", withExtension: "json")
    }

    /// The built taxonomy folder (`Resources/taxonomy`: routes, standards, SOC 2020, skills).
    public static var taxonomyDirectoryURL: URL? {
        Bundle.module.url(forResource: "taxonomy", withExtension: nil)
    }
}
