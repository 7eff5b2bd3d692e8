import Careers
import Domain
import Testing

// MARK: - "It matches what you said" only for the job or field wished for

/// A path is said to match the wish only when it is the job the wish names or lies in a field the wish
/// names in words: not because it shares a route with the named job, nor because the wish mentions a
/// skill of its route, nor because a field word sits inside a job's name ("digital" in "digital marketing").
@Suite("Wish match claims")
struct WishMatchClaimTests {
    static let claim = "matches what you said"

    @Test("a wish naming a job claims no other job of its route")
    func namedJobClaimsOnlyItself() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Accounts assistant for 4 years, sales ledger, bank reconciliations and VAT returns on Xero. I'd like to qualify as an accounting technician.
            """))
        checkPathInvariants(diagnostic)
        let named = ["Professional accounting / taxation technician", "Assistant accountant"]
        for path in diagnostic.paths where path.why.summary.contains(Self.claim) {
            #expect(named.contains { path.occupation.title.hasPrefix($0) }, "\(path.occupation.title): \(path.why.summary)")
        }
    }

    @Test("a skill the wish mentions names no field: a plumber wanting to teach plumbing is not told plumbing jobs match")
    func skillInWishIsNoField() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Plumber for 15 years, boilers, bathrooms, central heating, gas safe registered. Trained a couple of apprentices.",
            aspiration: "teach plumbing at a college"))
        checkPathInvariants(diagnostic)
        for path in diagnostic.paths where path.why.summary.contains(Self.claim) {
            #expect(path.occupation.route == Route.educationAndEarlyYears.rawValue, "\(path.occupation.title): \(path.why.summary)")
        }
    }

    @Test("a field word inside a job's name claims no job of that field")
    func fieldWordInsideAJobName() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Hotel receptionist, check ins, bookings, handling complaints and taking payments. I post on the hotel's social media.",
            aspiration: "digital marketing"))
        checkPathInvariants(diagnostic)
        for path in diagnostic.paths where path.why.summary.contains(Self.claim) {
            #expect(path.occupation.route != Route.digital.rawValue, "\(path.occupation.title): \(path.why.summary)")
        }
    }
}
