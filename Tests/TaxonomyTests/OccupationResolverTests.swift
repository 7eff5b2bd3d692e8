import Domain
import Foundation
import Testing
@testable import Taxonomy

// MARK: - Employers' role titles to occupations

@Suite("Occupation resolver for workforce plans")
struct OccupationResolverTests {
    let resolver = TaxonomyOccupationResolver(taxonomy: bundled)

    @Test("small-firm titles resolve to their SOC unit group; a standard is attached only when it links to that group")
    func titles() async throws {
        let welder = try #require(try await resolver.resolveOccupation(title: "Welder fabricator", sectorHint: "C"))
        #expect(welder.soc2020Unit == "5213")
        let machinist = try #require(try await resolver.resolveOccupation(title: "CNC machinist", sectorHint: "C"))
        #expect(machinist.soc2020Unit.hasPrefix("522"))
        let carer = try #require(try await resolver.resolveOccupation(title: "Senior carer", sectorHint: "Q"))
        #expect(carer.soc2020Unit.hasPrefix("613"))
        for match in [welder, machinist, carer] {
            #expect((0...1).contains(match.confidence))
            if let reference = match.standardReference {
                let links = bundled.standard(reference: reference)?.soc.map(\.code) ?? []
                #expect(links.contains(match.soc2020Unit), "\(reference) does not link to \(match.soc2020Unit)")
            }
        }
    }

    @Test("blank or meaningless titles resolve to nothing")
    func nothing() async throws {
        #expect(try await resolver.resolveOccupation(title: "   ", sectorHint: nil) == nil)
        #expect(try await resolver.resolveOccupation(title: "zzqx vvbn", sectorHint: nil) == nil)
    }
}
