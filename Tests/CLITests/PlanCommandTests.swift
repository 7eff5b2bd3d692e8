import Domain
import ArgumentParser
@testable import CLI
import Foundation
import Testing
import WorkforcePlanning

// MARK: - plan commands

@Suite("plan command line")
struct PlanCommandTests {
    @Test("plan new parses its template, date and output")
    func new() throws {
        let command = try #require(try Skillway.parseAsRoot(["plan", "new", "--template", "cafe", "--as-of", "2026-04-01", "--out", "cafe.json"]) as? Skillway.Plan.New)
        #expect(command.template == "cafe")
        #expect(command.asOf == PlanDate("2026-04-01"))
        #expect(command.out == "cafe.json")
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["plan", "new", "--template", "cafe", "--as-of", "01/04/2026"]) }
    }

    @Test("plan project takes a scenario, runs and --json; runs are bounded")
    func project() throws {
        let command = try #require(try Skillway.parseAsRoot(["plan", "project", "p.json", "--scenario", "growth", "--json", "--runs", "500"]) as? Skillway.Plan.Project)
        #expect(command.file == "p.json" && command.scenario == "growth" && command.json && command.runs == 500)
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["plan", "project", "p.json", "--runs", "0"]) }
    }

    @Test("the HTML page escapes what it shows")
    func html() throws {
        var plan = try #require(PlanTemplates.make("cafe", asOf: PlanDate("2026-04-01")!))
        plan.organisation.name = "Tea & <Cake>"
        let page = try PlanReport(plan: plan, runs: 50).html()
        #expect(page.contains("Tea &amp; &lt;Cake&gt;"))
        #expect(!page.contains("<Cake>"))
    }
}
