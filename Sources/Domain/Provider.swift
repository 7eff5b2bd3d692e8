import Foundation

// MARK: - Providers

/// A provider's identifier in Skillway: a lower-case slug such as `kidderminster-college`.
public struct ProviderID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible, Comparable {
    public let rawValue: String

    /// Accepts 1–64 characters of `a-z`, `0-9` and `-`, starting with a letter or digit.
    public init?(rawValue: String) {
        guard (1...64).contains(rawValue.count),
            rawValue.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }),
            rawValue.first != "-"
        else { return nil }
        self.rawValue = rawValue
    }

    public var description: String { rawValue }
    public static func < (lhs: ProviderID, rhs: ProviderID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = ProviderID(rawValue: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a provider id")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Why a text is not a valid provider id, for error messages.
    public static let rule = "a provider id is 1–64 characters of lower-case letters, digits and hyphens, not starting with a hyphen"
}

/// A training provider: a college, university, independent training provider or employer.
public struct Provider: Codable, Sendable, Hashable {
    public var id: ProviderID
    public var name: String
    /// UK Provider Reference Number (8 digits), when known.
    public var ukprn: String?
    public var website: String?
    public var address: Address?

    public init(id: ProviderID, name: String, ukprn: String? = nil, website: String? = nil, address: Address? = nil) {
        self.id = id
        self.name = name
        self.ukprn = ukprn
        self.website = website
        self.address = address
    }
}

/// What a feed says about its provider; merged into the stored provider on import.
public struct ProviderDetails: Sendable, Hashable {
    public var name: String?
    public var ukprn: String?
    public var website: String?
    public var address: Address?

    public init(name: String? = nil, ukprn: String? = nil, website: String? = nil, address: Address? = nil) {
        self.name = name
        self.ukprn = ukprn
        self.website = website
        self.address = address
    }
}

/// A provider with the size of its current provision, for listings.
public struct ProviderSummary: Codable, Sendable, Hashable {
    public var provider: Provider
    public var courseCount: Int
    public var runCount: Int
    /// When the provider's provision last changed (ISO 8601), if it has been imported.
    public var lastImportedAt: String?

    public init(provider: Provider, courseCount: Int, runCount: Int, lastImportedAt: String?) {
        self.provider = provider
        self.courseCount = courseCount
        self.runCount = runCount
        self.lastImportedAt = lastImportedAt
    }
}
