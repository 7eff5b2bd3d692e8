import Domain
import Foundation
import Testing
@testable import WorkforcePlanning

// MARK: - Provider demand never reveals an employer

@Suite("Demand aggregation")
struct AggregationTests {
    func record(_ employer: Int, _ district: District = .wyreForest, soc: String = "5223", people: Double = 2, signal: DemandSignal = .recruitReplacement) -> DemandRecord {
        DemandRecord(employer: "e\(employer)", district: district, occupation: soc, signal: signal, horizon: .from1to3y, people: people)
    }

    @Test("five employers with ten people between them are published, rounded to 5")
    func publishable() {
        let table = DemandAggregator.aggregate((1...5).map { record($0, people: 2.4) })
        #expect(table.cells.count == 1)
        #expect(table.cells[0].people == 10)  // 12 rounds to 10
        #expect(table.cells[0].geography == "wyre-forest" && table.cells[0].occupation == "5223" && !table.cells[0].remainder)
        #expect(table.cells[0].employersBand == "5-9")
        #expect(DemandAggregator.round(12.5, base: 5) == 15 && DemandAggregator.round(12.4, base: 5) == 10)
    }

    @Test("four employers are never enough; nine people are never enough")
    func thresholds() {
        #expect(DemandAggregator.aggregate((1...4).map { record($0, people: 5) }).cells.isEmpty)
        #expect(DemandAggregator.aggregate((1...5).map { record($0, people: 1.8) }).cells.isEmpty)
        #expect(DemandAggregator.aggregate((1...4).map { record($0, people: 5) }).suppressedGroups == 1)
    }

    @Test("one employer with more than half the figure stops it being published at every level")
    func dominance() {
        let records = (1...4).map { record($0, people: 1) } + [record(5, people: 6)]
        let table = DemandAggregator.aggregate(records)
        #expect(table.cells.isEmpty)
        #expect(table.suppressedGroups == 1)
        // Exactly half is allowed.
        #expect(DemandAggregator.aggregate((1...4).map { record($0, people: 1.25) } + [record(5, people: 5)]).cells.count == 1)
    }

    @Test("small district groups are coarsened to the county and to shorter SOC codes before suppression")
    func coarsening() {
        let records = (1...3).map { record($0, .wyreForest, people: 2) } + (4...5).map { record($0, .redditch, soc: "5224", people: 2) }
        let table = DemandAggregator.aggregate(records)
        #expect(table.cells.count == 1)
        #expect(table.cells[0].geography == "worcestershire" && table.cells[0].occupation == "522" && table.cells[0].occupationDigits == 3)
        #expect(table.cells[0].remainder)
    }

    @Test("randomised: every published figure has ≥ 5 employers, ≥ 10 people, no employer over half, and no record counts twice")
    func neverRevealsAnEmployer() throws {
        var generator = SplitMix64(seed: 2026)
        let districts = District.allCases.filter { $0 != .outsideCounty }
        let socs = ["5223", "5224", "5213", "6135", "6136", "3132", "1121"]
        for _ in 0..<20 {
            var records: [DemandRecord] = []
            for employer in 0..<30 {
                let district = districts[Int(generator.next() % UInt64(districts.count))]
                for _ in 0..<(1 + Int(generator.next() % 4)) {
                    let soc = socs[Int(generator.next() % UInt64(socs.count))]
                    let people = (generator.nextUnit() < 0.1 ? 15 : 0.5) + generator.nextUnit() * 4
                    records.append(DemandRecord(employer: "employer-\(employer)", district: district, occupation: soc, signal: .recruitReplacement, horizon: .upTo1y, people: people))
                }
            }
            let (cells, _) = DemandAggregator.aggregateTraced(records, rules: .standard)
            var used: [Int] = []
            for traced in cells {
                var byEmployer: [String: Double] = [:]
                for record in traced.records { byEmployer[record.employer, default: 0] += record.people }
                let total = byEmployer.values.reduce(0, +)
                #expect(byEmployer.count >= 5)
                #expect(total >= 10)
                #expect(byEmployer.values.max()! <= total / 2)
                #expect(traced.cell.people % 5 == 0)
                used += traced.records.map { record in records.firstIndex(of: record)! }
            }
            #expect(Set(used).count == used.count)
            let published = String(decoding: try JSONEncoder().encode(DemandAggregator.aggregate(records)), as: UTF8.self)
            #expect(!published.contains("employer-"))
        }
    }

    @Test("a plan's demand records carry no labels and skip roles without an occupation")
    func planRecords() throws {
        var plan = PlanTemplates.make("engineering-workshop", asOf: baseline)!
        plan.roles[4].occupation = nil
        let records = try plan.demandRecords(employer: "org-1")
        #expect(!records.isEmpty)
        #expect(records.allSatisfy { $0.employer == "org-1" && $0.district == .wyreForest && $0.occupation != "4159" })
        #expect(records.contains { $0.signal == .apprenticeshipIntent && $0.people == 1 })
        #expect(records.contains { $0.signal == .upskill && $0.skill == "cad-cam" && $0.people == 2 })
        let replacement = records.filter { $0.signal == .recruitReplacement }.reduce(0) { $0 + $1.people }
        let projection = try plan.project()
        let resolved = projection.roles.filter { $0.role != "office-administrator" }
        #expect(close(replacement, resolved.flatMap(\.years).reduce(0) { $0 + $1.leavers + $1.retirements }))
    }
}
