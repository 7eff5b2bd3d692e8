public import Foundation

// MARK: - Charter frameworks and report templates

extension SkillwayResources {
    /// The folder of charter framework files, rate tables and accreditation schemes.
    public static var chartersDirectoryURL: URL? {
        Bundle.module.url(forResource: "charters", withExtension: nil)
    }

    /// A report template (`templates/<name>.mustache`).
    public static func templateURL(named name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: "mustache", subdirectory: "templates")
    }
}
