public import Foundation

// MARK: - API tokens

/// What is known about an API token. The secret itself is shown once when the token is issued and
/// stored only as a SHA-256 hash, so it never appears here.
public struct APITokenInfo: Codable, Sendable, Hashable {
    /// The token's public id (`tok_…`), used to list and revoke it.
    public var id: String
    public var organisationID: OrganisationID
    /// A name the organisation chose, e.g. "nightly feed upload".
    public var name: String
    /// ISO 8601 times.
    public var createdAt: String
    public var expiresAt: String
    public var revokedAt: String?

    public init(id: String, organisationID: OrganisationID, name: String, createdAt: String, expiresAt: String, revokedAt: String? = nil) {
        self.id = id
        self.organisationID = organisationID
        self.name = name
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
    }

    /// Whether the token authenticates at `now`.
    public func isUsable(at now: Date) -> Bool {
        guard revokedAt == nil, let expiry = ISO8601DateFormatter().date(from: expiresAt) else { return false }
        return expiry > now
    }

    /// Default lifetime: 90 days.
    public static let defaultLifetimeDays = 90
    /// Longest lifetime: 366 days.
    public static let maxLifetimeDays = 366

    /// Checks a token name: 1–100 characters, no control characters.
    public static func nameProblem(_ name: String) -> String? {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { return "The token needs a name." }
        if name.count > 100 { return "The token name is \(name.count) characters; at most 100 are allowed." }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return "The token name contains control characters." }
        return nil
    }
}

/// A token just issued: its details and the secret, which is never shown again.
public struct IssuedToken: Codable, Sendable {
    public var token: APITokenInfo
    /// `sw_` followed by 64 hexadecimal digits (256 random bits).
    public var secret: String

    public init(token: APITokenInfo, secret: String) {
        self.token = token
        self.secret = secret
    }
}

// MARK: - Callers

/// Who is calling: an organisation through one of its tokens.
public struct Caller: Sendable, Hashable {
    public var organisation: Organisation
    public var tokenID: String
    public var tokenName: String

    public init(organisation: Organisation, tokenID: String, tokenName: String) {
        self.organisation = organisation
        self.tokenID = tokenID
        self.tokenName = tokenName
    }
}

/// The result of checking a presented token.
public enum TokenCheck: Sendable, Hashable {
    case valid(Caller)
    /// A real token past its expiry; the caller is known, for the audit log.
    case expired(Caller)
    /// A real token that was revoked.
    case revoked(Caller)
    /// Not a token Skillway issued (or its organisation was deleted).
    case unknown
}
