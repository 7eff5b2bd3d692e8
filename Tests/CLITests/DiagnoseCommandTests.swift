import ArgumentParser
import Careers
@testable import CLI
import Domain
import Foundation
import Testing

// MARK: - diagnose command line

@Suite("diagnose command line")
struct DiagnoseCommandTests {
    @Test("diagnose turns its options into a profile with constraints")
    func profileFromOptions() throws {
        let command = try #require(try Skillway.parseAsRoot([
            "diagnose", "--text", "Chef for 5 years", "--title", "Chef", "--aspiration", "teaching", "--district", "Wyre Forest",
            "--district", "worcester", "--mode", "online", "--max-cost", "250.50", "--funded-only", "--min-level", "entry", "--max-level", "3",
            "--start-from", "2027-01-01", "--provider", "kidderminster-college", "--target-route", "Care services", "--json",
        ]) as? Skillway.Diagnose)
        let profile = try command.makeProfile()
        #expect(profile.text == "Chef for 5 years" && profile.currentTitle == "Chef" && profile.aspiration == "teaching")
        #expect(profile.targetRoute == .careServices)
        #expect(profile.constraints.districts == [.wyreForest, .worcester])
        #expect(profile.constraints.deliveryModes == [.online])
        #expect(profile.constraints.maxCostPence == 25_050)
        #expect(profile.constraints.fundedOnly)
        #expect(profile.constraints.minLevel == .entry && profile.constraints.maxLevel == Level(rank: 3))
        #expect(profile.constraints.startFrom == "2027-01-01")
        #expect(profile.constraints.provider?.rawValue == "kidderminster-college")
    }

    @Test("diagnose refuses a missing or doubled profile, both outputs, and bad constraint values, naming the option")
    func refusals() throws {
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["diagnose"]) }
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["diagnose", "--text", "a", "--file", "b.txt"]) }
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["diagnose", "--text", "a", "--json", "--html", "x.html"]) }
        for (option, value) in [("--district", "Narnia"), ("--mode", "carrier-pigeon"), ("--min-level", "eleven"), ("--start-to", "31/12/2027")] {
            let command = try #require(try Skillway.parseAsRoot(["diagnose", "--text", "a", option, value]) as? Skillway.Diagnose)
            do {
                _ = try command.makeProfile()
                Issue.record("\(option) \(value) was accepted")
            } catch let error as ValidationError {
                #expect(error.message.hasPrefix(option))
            }
        }
    }
}
