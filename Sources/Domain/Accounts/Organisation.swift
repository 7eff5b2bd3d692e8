import Foundation

// MARK: - Organisations

/// The kinds of organisation that hold Skillway accounts.
public enum OrganisationKind: String, Codable, Sendable, CaseIterable {
    /// A training provider: owns one catalogue provider's provision.
    case provider
    /// An employer: owns its workforce plans and charter assessments.
    case employer
    /// A partner (the LSIP body, the council, a college's careers team): reads aggregated, suppressed demand.
    case partner
    /// Skillway's operators: manage organisations, tokens and the audit log.
    case admin
}

/// An organisation's identifier: a lower-case slug such as `kidderminster-college`, following the
/// same rule as provider ids.
public struct OrganisationID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible, Comparable {
    public let rawValue: String

    /// Accepts 1–64 characters of `a-z`, `0-9` and `-`, starting with a letter or digit.
    public init?(rawValue: String) {
        guard ProviderID(rawValue: rawValue) != nil else { return nil }
        self.rawValue = rawValue
    }

    public var description: String { rawValue }
    public static func < (lhs: OrganisationID, rhs: OrganisationID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = OrganisationID(rawValue: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an organisation id")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Why a text is not a valid organisation id, for error messages.
    public static let rule = "an organisation id is 1–64 characters of lower-case letters, digits and hyphens, not starting with a hyphen"
}

/// An organisation with an account.
public struct Organisation: Codable, Sendable, Hashable {
    public var id: OrganisationID
    public var name: String
    public var kind: OrganisationKind
    /// The UK Provider Reference Number (8 digits) of a provider, when known.
    public var ukprn: String?
    /// The catalogue provider whose provision a provider organisation owns (providers only).
    public var providerID: ProviderID?
    /// When the organisation was created (ISO 8601).
    public var createdAt: String

    public init(
        id: OrganisationID, name: String, kind: OrganisationKind, ukprn: String? = nil, providerID: ProviderID? = nil, createdAt: String = ""
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.ukprn = ukprn
        self.providerID = providerID
        self.createdAt = createdAt
    }

    /// Checks the fields a caller supplies: a non-blank name of at most 200 characters without
    /// control characters, an 8-digit UKPRN, and a provider id only for providers.
    /// - Returns: the problem in plain English, or nil when the organisation is valid.
    public func validationProblem() -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return "The organisation needs a name." }
        if name.count > 200 { return "The organisation name is \(name.count) characters; at most 200 are allowed." }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "The organisation name contains control characters."
        }
        if let ukprn, !(ukprn.count == 8 && ukprn.allSatisfy(\.isASCII) && ukprn.allSatisfy(\.isNumber)) {
            return "A UKPRN is 8 digits; \"\(ukprn.prefix(20))\" is not."
        }
        if ukprn != nil, kind != .provider { return "Only providers have a UKPRN." }
        if providerID != nil, kind != .provider { return "Only providers own catalogue provision." }
        if kind == .provider, providerID == nil { return "A provider organisation must own a catalogue provider id." }
        return nil
    }
}
