// swift-tools-version: 6.1
import PackageDescription

/// Settings every Skillway target shares: Swift 6 language mode plus the upcoming features the
/// style guide asks for.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Skillway",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "skillway", targets: ["CLI"]),
        .library(name: "SkillwayHTTPAPI", targets: ["HTTPAPI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        // MARK: - Core
        .target(name: "Domain", swiftSettings: swiftSettings),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "CatalogueImport",
            dependencies: [
                "Domain", "CLibXML2",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        // A C wrapper for `sqlite3_config`, which is variadic and so not callable from Swift.
        .target(name: "CSQLiteSettings", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(
            name: "Storage",
            dependencies: ["Domain", "CSQLiteSettings", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        // MARK: - Matching and taxonomy
        .target(name: "Matching", swiftSettings: swiftSettings),
        .target(
            name: "Taxonomy",
            dependencies: ["Domain", "Matching", "SkillwayResources"],
            swiftSettings: swiftSettings
        ),
        // MARK: - Career diagnostic
        .target(
            name: "Careers",
            dependencies: [
                "Domain", "Taxonomy", "Matching", "SkillwayResources",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: swiftSettings
        ),
        // MARK: - Good employment charters
        .target(
            name: "Charters",
            dependencies: [
                "Domain", "SkillwayResources",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: swiftSettings
        ),
        // MARK: - Workforce planning
        .target(
            name: "WorkforcePlanning",
            dependencies: ["Domain", "SkillwayResources", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: swiftSettings
        ),
        // MARK: - Bundled data
        .target(
            name: "SkillwayResources",
            path: "Resources",
            resources: [.copy("openapi.json"), .copy("taxonomy"), .copy("charters"), .copy("templates")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "DefaultCatalogue",
            path: "Catalogue",
            exclude: ["README.md"],
            resources: [.copy("catalogue.json"), .copy("feeds")],
            swiftSettings: swiftSettings
        ),
        // MARK: - Interfaces
        .target(
            name: "HTTPAPI",
            dependencies: [
                "Domain", "CatalogueImport", "Storage", "SkillwayResources", "Matching", "Taxonomy", "Charters", "Careers",
                "WorkforcePlanning",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "CLI",
            dependencies: [
                "Domain", "CatalogueImport", "Storage", "HTTPAPI", "DefaultCatalogue", "Matching", "Taxonomy",
                "Charters", "Careers",
                "WorkforcePlanning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // MARK: - Tests
        .testTarget(name: "DomainTests", dependencies: ["Domain"], swiftSettings: swiftSettings),
        .testTarget(
            name: "CatalogueImportTests",
            dependencies: ["CatalogueImport", "Domain", "Storage", "DefaultCatalogue"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StorageTests",
            dependencies: ["Storage", "Domain", "CatalogueImport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HTTPAPITests",
            dependencies: [
                "HTTPAPI", "Domain", "Storage", "CatalogueImport", "Charters", "Careers", "Taxonomy",
                "WorkforcePlanning",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["CLI", "Storage", "Domain", "Careers", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MatchingTests",
            dependencies: ["Matching"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "ChartersTests", dependencies: ["Charters", "Domain"], swiftSettings: swiftSettings),
        .testTarget(name: "WorkforcePlanningTests", dependencies: ["WorkforcePlanning", "Domain"], swiftSettings: swiftSettings),
        .testTarget(name: "CareersTests", dependencies: ["Careers", "Taxonomy", "Domain"], exclude: ["Blind"], resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "TaxonomyTests", dependencies: ["Taxonomy", "Matching", "Domain"], swiftSettings: swiftSettings),
    ]
)
