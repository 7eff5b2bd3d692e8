public import Foundation

// MARK: - Account storage port

/// Storage for organisations and their API tokens.
public protocol AccountStore: Sendable {
    /// Creates an organisation. Throws `AccountError.conflict` when the id (or, for a provider, the
    /// catalogue provider id) is already taken.
    func createOrganisation(_ organisation: Organisation) async throws -> Organisation
    /// All organisations, by id.
    func organisations() async throws -> [Organisation]
    /// One organisation, or nil.
    func organisation(id: OrganisationID) async throws -> Organisation?
    /// The provider organisation that owns a catalogue provider's provision, or nil.
    func organisation(owningProvider provider: ProviderID) async throws -> Organisation?
    /// Issues a token for an organisation; the secret is returned once and only its hash is kept.
    /// - Parameters:
    ///   - organisation: the owner.
    ///   - name: what the token is for.
    ///   - lifetimeDays: 1 to `APITokenInfo.maxLifetimeDays`.
    func issueToken(for organisation: OrganisationID, name: String, lifetimeDays: Int) async throws -> IssuedToken
    /// The organisation's tokens (revoked and expired ones too), newest first.
    func tokens(of organisation: OrganisationID) async throws -> [APITokenInfo]
    /// One token by its public id, or nil.
    func token(id: String) async throws -> APITokenInfo?
    /// Revokes a token; returns false if there is no such token. Revoking twice is harmless.
    func revokeToken(id: String) async throws -> Bool
    /// Checks a presented secret at `now`.
    func checkToken(_ secret: String, at now: Date) async throws -> TokenCheck
    /// Removes an organisation, its tokens and every audit event by or about it, leaving a single
    /// event that an organisation of its kind was deleted. Module data must be erased first.
    func eraseOrganisation(id: OrganisationID) async throws -> Bool
}

/// Account operations that cannot be done as asked.
public enum AccountError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalid(String)
    case conflict(String)
    case notFound(String)

    public var description: String {
        switch self {
        case .invalid(let text), .conflict(let text), .notFound(let text): text
        }
    }
}
