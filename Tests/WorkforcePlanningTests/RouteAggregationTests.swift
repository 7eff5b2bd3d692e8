import Domain
import Foundation
import Testing
@testable import WorkforcePlanning

// MARK: - Route figures follow the same disclosure rules

@Suite("Demand aggregation by route")
struct RouteAggregationTests {
    func record(
        _ employer: Int, soc: String = "5223", route: Route? = .engineeringAndManufacturing, people: Double,
        signal: DemandSignal = .recruitReplacement, district: District = .wyreForest
    ) -> DemandRecord {
        DemandRecord(employer: "e\(employer)", district: district, occupation: soc, route: route, signal: signal, horizon: .from1to3y, people: people)
    }

    @Test("a route figure from five employers and twelve people is published, rounded to 10, in the 5-9 band")
    func published() throws {
        let table = DemandAggregator.aggregate((1...5).map { record($0, people: 2.4) })
        #expect(table.byRoute.count == 1)
        let cell = try #require(table.byRoute.first)
        #expect(cell.route == .engineeringAndManufacturing && cell.routeName == "Engineering and manufacturing")
        #expect(cell.signal == .recruitReplacement && cell.horizon == .from1to3y)
        #expect(cell.people == 10 && cell.employersBand == "5-9")
        #expect(table.suppressedRouteGroups == 0)
    }

    @Test("route figures sum over occupations and districts within the route")
    func sumsAcrossOccupations() throws {
        let records = (1...3).map { record($0, soc: "5223", people: 4) } + (4...6).map { record($0, soc: "5213", people: 4, district: .malvernHills) }
        let table = DemandAggregator.aggregate(records)
        // Neither occupation has five employers, so no occupation cell at 4 digits; the route has six.
        let cell = try #require(table.byRoute.first)
        #expect(cell.people == 25)
    }

    @Test("four employers are not enough for a route figure")
    func fourEmployers() {
        let table = DemandAggregator.aggregate((1...4).map { record($0, people: 5) })
        #expect(table.byRoute.isEmpty)
        #expect(table.suppressedRouteGroups == 1)
    }

    @Test("fewer than ten people are not enough for a route figure")
    func tooFewPeople() {
        let table = DemandAggregator.aggregate((1...6).map { record($0, people: 1.5) })
        #expect(table.byRoute.isEmpty && table.suppressedRouteGroups == 1)
    }

    @Test("one employer holding over half of a route figure suppresses it")
    func dominantEmployer() {
        // 4 × 1.25 + 6 = 11 people; the sixth-person employer holds 6 > 5.5.
        let dominated = DemandAggregator.aggregate((1...4).map { record($0, people: 1.25) } + [record(5, people: 6)])
        #expect(dominated.byRoute.isEmpty && dominated.suppressedRouteGroups == 1)
        // Exactly half is allowed: 5 × 1 + 5 = 10, the largest holds 5.
        let halved = DemandAggregator.aggregate((1...5).map { record($0, people: 1) } + [record(6, people: 5)])
        #expect(halved.byRoute.count == 1)
    }

    @Test("records without a route are not counted in route figures")
    func unroutedLeftOut() throws {
        let routed = (1...5).map { record($0, people: 2) }
        let unrouted = (6...10).map { record($0, route: nil, people: 3) }
        let table = DemandAggregator.aggregate(routed + unrouted)
        let cell = try #require(table.byRoute.first)
        #expect(table.byRoute.count == 1 && cell.people == 10)
        // The occupation figure still counts everybody (10 + 15 people).
        #expect(table.cells.map(\.people) == [25])
        let onlyUnrouted = DemandAggregator.aggregate(unrouted)
        #expect(onlyUnrouted.byRoute.isEmpty && onlyUnrouted.suppressedRouteGroups == 0 && onlyUnrouted.cells.count == 1)
    }

    @Test("a route figure is held back when subtracting published occupation figures would reveal one employer")
    func noDifferencing() {
        // Five employers publish an occupation figure; a sixth employer's lone demand in another unit group
        // of the same route is suppressed there, so the route total minus that figure would expose it.
        let records = (1...5).map { record($0, people: 2.4) } + [record(6, soc: "5221", people: 3)]
        let table = DemandAggregator.aggregate(records)
        #expect(table.cells.count == 1)
        #expect(table.byRoute.isEmpty && table.suppressedRouteGroups == 1)
    }

    @Test("route tables carry no employer keys")
    func noEmployerKeys() throws {
        let records = (1...5).map { record($0, people: 2.4) }
        let json = String(decoding: try JSONEncoder().encode(DemandAggregator.aggregate(records)), as: UTF8.self)
        #expect(json.contains("\"byRoute\"") && json.contains("engineering-and-manufacturing"))
        #expect(!json.contains("\"e1\"") && !json.contains("\"e5\""))
    }

    // MARK: Records from plans

    struct StubRouter: OccupationRouting {
        func route(soc2020Unit: String, standardReference: String?) -> Route? {
            switch standardReference {
            case "ST1305", "ST0852": .engineeringAndManufacturing
            default: soc2020Unit == "1121" ? .businessAndAdministration : nil
            }
        }
    }

    @Test("a plan's records carry the route of each role's occupation, and none where it has no route")
    func planRecords() throws {
        let plan = PlanTemplates.make("engineering-workshop", asOf: baseline)!
        let withRoutes = try plan.demandRecords(employer: "org-1", routes: StubRouter())
        let router = StubRouter()
        for record in withRoutes {
            let role = try #require(plan.roles.first { $0.occupation?.soc2020Unit == record.occupation })
            let expected = plan.roles.filter { $0.occupation?.soc2020Unit == record.occupation }
                .map { router.route(soc2020Unit: $0.occupation!.soc2020Unit, standardReference: $0.occupation!.standardReference) }
            #expect(expected.contains(record.route), "role \(role.id)")
        }
        #expect(withRoutes.contains { $0.route == .engineeringAndManufacturing })
        #expect(withRoutes.contains { $0.route == nil && $0.occupation == "4159" })
        // Without a router every record has no route, and the people are the same.
        let without = try plan.demandRecords(employer: "org-1")
        #expect(without.allSatisfy { $0.route == nil })
        #expect(close(without.reduce(0) { $0 + $1.people }, withRoutes.reduce(0) { $0 + $1.people }))
    }
}
