import Domain
import Foundation
import Testing
@testable import Taxonomy

// MARK: - Occupations to IfATE routes

@Suite("Occupation router for route demand")
struct OccupationRouterTests {
    let router = TaxonomyOccupationRouter(taxonomy: bundled)

    @Test("a role's standard decides its route, whatever the unit group")
    func standardFirst() {
        #expect(router.route(soc2020Unit: "6135", standardReference: "ST0005") == .careServices)
        #expect(router.route(soc2020Unit: "5221", standardReference: "ST1305") == .engineeringAndManufacturing)
        #expect(router.route(soc2020Unit: "3132", standardReference: "st0973") == .digital)
    }

    @Test("without a standard, a unit group gets a route only when all its standards share one")
    func unitGroupFallback() {
        // Welders' standards are all in engineering and manufacturing.
        #expect(router.route(soc2020Unit: "5213", standardReference: nil) == .engineeringAndManufacturing)
        // Other administrative occupations (4159) have standards in several routes: no guess.
        #expect(router.route(soc2020Unit: "4159", standardReference: nil) == nil)
        // A code no standard links to has no route.
        #expect(router.route(soc2020Unit: "0000", standardReference: nil) == nil)
    }
}
