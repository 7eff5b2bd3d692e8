import Domain
import Foundation
import HTTPAPI
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

// MARK: - Organisations and tokens for tests

/// A database with one organisation of each kind plus unusable tokens, for access tests.
///
/// `provider-a` owns the provision of `malvern-digital`, `provider-b` that of `worcester-college`.
struct AccountsFixture {
    let database: AppDatabase
    /// Secret by caller name.
    let secrets: [String: String]
    /// Token id by caller name.
    let tokenIDs: [String: String]

    /// The callers that hold a usable token.
    static let members = ["provider-a", "provider-b", "employer", "partner", "admin"]
    /// The callers whose token must be refused with 401.
    static let unusable = ["expired", "revoked", "made-up"]

    static let organisations: [String: Organisation] = [
        "provider-a": Organisation(
            id: OrganisationID(rawValue: "malvern-digital")!, name: "Malvern Digital", kind: .provider, ukprn: "10012345",
            providerID: ProviderID(rawValue: "malvern-digital")!),
        "provider-b": Organisation(
            id: OrganisationID(rawValue: "worcester-college")!, name: "Worcester College", kind: .provider,
            providerID: ProviderID(rawValue: "worcester-college")!),
        "employer": Organisation(id: OrganisationID(rawValue: "acme-engineering")!, name: "Acme Engineering", kind: .employer),
        "partner": Organisation(id: OrganisationID(rawValue: "worcestershire-lsip")!, name: "Worcestershire LSIP", kind: .partner),
        "admin": Organisation(id: OrganisationID(rawValue: "skillway-ops")!, name: "Skillway Operations", kind: .admin),
    ]

    /// Creates the organisations and tokens. The `expired` token lasts one day, so it is expired for
    /// an application whose clock is `AccountsFixture.later`.
    static func make(database: AppDatabase? = nil) async throws -> AccountsFixture {
        let database = try database ?? AppDatabase.inMemory()
        var secrets: [String: String] = [:]
        var ids: [String: String] = [:]
        for (caller, organisation) in organisations.sorted(by: { $0.key < $1.key }) {
            _ = try await database.createOrganisation(organisation)
            let issued = try await database.issueToken(for: organisation.id, name: "\(caller) test token", lifetimeDays: 30)
            secrets[caller] = issued.secret
            ids[caller] = issued.token.id
        }
        let owner = organisations["provider-b"]!.id
        let expired = try await database.issueToken(for: owner, name: "short-lived", lifetimeDays: 1)
        secrets["expired"] = expired.secret
        let revoked = try await database.issueToken(for: owner, name: "revoked", lifetimeDays: 30)
        #expect(try await database.revokeToken(id: revoked.token.id))
        secrets["revoked"] = revoked.secret
        secrets["made-up"] = "sw_" + String(repeating: "ab", count: 32)
        return AccountsFixture(database: database, secrets: secrets, tokenIDs: ids)
    }

    /// Two days from now: after the `expired` token's expiry, before the others'.
    static var later: Date { Date().addingTimeInterval(2 * 86_400) }

    /// The Authorization header for a caller (none for `anonymous`).
    func headers(_ caller: String, _ extra: HTTPFields = [:]) -> HTTPFields {
        var fields = extra
        if let secret = secrets[caller] { fields[.authorization] = "Bearer \(secret)" }
        return fields
    }

    /// Audit events with these outcomes.
    func auditCount(_ outcomes: Set<AuditOutcome>) async throws -> Int {
        try await database.auditEvents(AuditQuery(limit: AuditQuery.maxLimit)).events.filter { outcomes.contains($0.outcome) }.count
    }
}

/// A configuration for tests: generous rate limits, a clock two days ahead.
func testConfiguration(maxFeedBytes: Int = 5 * 1024 * 1024) -> AppConfiguration {
    AppConfiguration(
        port: 0, maxFeedBytes: maxFeedBytes, addressRate: .init(burst: 100_000, perSecond: 100_000),
        tokenRate: .init(burst: 100_000, perSecond: 100_000), now: { AccountsFixture.later })
}

struct ErrorEnvelope: Decodable {
    struct Inner: Decodable {
        var code: String
        var message: String
    }
    var error: Inner
}

func decodeBody<T: Decodable>(_ type: T.Type, _ response: TestResponse) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(response.body.readableBytesView))
}

/// A small valid XCRI-CAP feed with one course.
func sampleFeed(title: String = "Cyber Security Essentials", provider: String = "Malvern Digital") -> String {
    """
    <catalog xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:mlo="http://purl.org/net/mlo">
    <provider><dc:title>\(provider)</dc:title>
     <course><dc:identifier>MD-1</dc:identifier><dc:title>\(title)</dc:title><dc:description>Protect a small business network.</dc:description>
       <presentation><dc:identifier>MD-1-A</dc:identifier><mlo:start dtf="2027-02-01">1 February 2027</mlo:start><attendanceMode identifier="ON"/><mlo:cost>Free</mlo:cost></presentation></course>
    </provider></catalog>
    """
}
