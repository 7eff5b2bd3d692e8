public import Foundation

/// The embedded default catalogue: realistic demonstration feeds for Worcestershire providers that
/// `skillway serve` loads into an empty database.
public enum DefaultCatalogue {
    /// The folder that holds `catalogue.json` and `feeds/`, as bundled with the executable.
    public static var directoryURL: URL? {
        Bundle.module.url(forResource: "catalogue", withExtension: "json")?.deletingLastPathComponent()
    }
}
