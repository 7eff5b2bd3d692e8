import ArgumentParser
import Careers
@testable import CLI
import Domain
import Foundation
import Storage
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
        for (option, value) in [
            ("--district", "Narnia"), ("--mode", "carrier-pigeon"), ("--min-level", "eleven"), ("--start-to", "31/12/2027"), ("--age-band", "teen"),
        ] {
            Self.expectRefusal(["diagnose", "--text", "a", option, value], naming: option)
        }
    }

    // MARK: Review 3 (defects 9 and 15)

    @Test("contradictory bounds are refused naming the later option")
    func contradictions() {
        Self.expectRefusal(["diagnose", "--text", "Care assistant", "--min-level", "4", "--max-level", "2"], naming: "--max-level")
        Self.expectRefusal(["diagnose", "--text", "Care assistant", "--start-from", "2027-09-01", "--start-to", "2027-01-01"], naming: "--start-to")
        #expect(throws: Never.self) { try Skillway.parseAsRoot(["diagnose", "--text", "Care assistant", "--min-level", "2", "--max-level", "2"]) }
    }

    @Test("a negative --max-cost is called negative, not missing; an empty --text is refused before any work")
    func negativeCostAndEmptyText() {
        let message = Self.expectRefusal(["diagnose", "--text", "x", "--max-cost", "-5"], naming: "--max-cost")
        #expect(message.contains("negative") && !message.contains("Missing value"))
        Self.expectRefusal(["diagnose", "--text", "   "], naming: "--text")
    }

    @Test("--age-band sets the band; without it the profile leaves it to the text")
    func ageBand() throws {
        let young = try #require(try Skillway.parseAsRoot(["diagnose", "--text", "a", "--age-band", "16-18"]) as? Skillway.Diagnose)
        #expect(try young.makeProfile().constraints.ageBand == .youth)
        let unsaid = try #require(try Skillway.parseAsRoot(["diagnose", "--text", "Forklift driver"]) as? Skillway.Diagnose)
        #expect(try unsaid.makeProfile().constraints.ageBand == nil)
    }

    @Test("an unknown --provider is refused naming the option and the known ids; a known one passes")
    func unknownProvider() async throws {
        let store = try AppDatabase.inMemory()
        let known = ProviderID(rawValue: "kidderminster-college")!
        try await store.saveProvider(Provider(id: known, name: "Kidderminster College"))
        try await Skillway.Diagnose.checkProvider(known, in: store)
        do {
            try await Skillway.Diagnose.checkProvider(ProviderID(rawValue: "nope")!, in: store)
            Issue.record("an unknown provider was accepted")
        } catch let error as DiagnoseError {
            #expect(error.description.hasPrefix("--provider: 'nope'"))
            #expect(error.description.contains("kidderminster-college"))
        }
    }

    @Test("help shows sizes as sizes")
    func helpDefaults() {
        let help = Skillway.helpMessage(for: Skillway.Serve.self)
        #expect(help.contains("(default: 5MB)"), "\(help)")
        #expect(!help.contains("ByteSize"))
    }

    /// Expects `arguments` to be refused with a message that starts with `option` and the diagnose usage; returns the message.
    @discardableResult
    static func expectRefusal(_ arguments: [String], naming option: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        do {
            _ = try Skillway.parseAsRoot(arguments)
            Issue.record("\(arguments) was accepted", sourceLocation: sourceLocation)
            return ""
        } catch {
            let message = Skillway.message(for: error)
            #expect(message.hasPrefix(option), "\(message)", sourceLocation: sourceLocation)
            #expect(Skillway.fullMessage(for: error).contains("Usage: skillway diagnose"), sourceLocation: sourceLocation)
            return message
        }
    }

    // MARK: Review 4 (defects 18, 20, 21)

    @Test("an unreadable --file is an input error (exit 66, no usage text), not a usage error")
    func unreadableFile() throws {
        do {
            let command = try Skillway.parseAsRoot(["diagnose", "--file", "/nonexistent/profile.txt"])
            Issue.record("an unreadable file was accepted: \(command)")
        } catch {
            #expect(Skillway.exitCode(for: error).rawValue == 66)
            #expect(!Skillway.fullMessage(for: error).contains("Usage:"), "\(Skillway.fullMessage(for: error))")
        }
    }

    @Test("every course in the summary says how it is taught, with the district when it has one")
    func modeOnEveryCourse() {
        var course = CourseOption(
            id: 1, title: "Level 3 Diploma in Beauty Therapy", provider: ProviderRef(id: ProviderID(rawValue: "wcg")!, name: "WCG"),
            level: Level(rank: 3), nextStart: "2027-09-06", flexibleStart: false, deliveryMode: .classroom, studyMode: .fullTime, costPence: nil,
            costText: nil, funded: true, costToLearner: .ifEligible, district: .wychavon, url: nil, coversSkills: [], matchScore: 0.5,
            why: Explanation(summary: "Covers beauty therapy.", matchedTerms: [], shared: [], missing: []))
        #expect(DiagnosticSummary.place(course) == "classroom, full-time, Wychavon")
        course.district = nil
        course.deliveryMode = .workBased
        // A work-based run with no venue (an apprenticeship) is at the employer's workplace, and says so.
        #expect(DiagnosticSummary.place(course) == "work-based, full-time, at the employer's workplace")
    }

    @Test("an evidence quote cut from inside the learner's quotation marks shows no stray mark")
    func quotableEvidence() {
        #expect(DiagnosticReport.quotable("serving\" food") == "serving food")
        #expect(DiagnosticReport.quotable("\u{201C}cashing up") == "cashing up")
        #expect(DiagnosticReport.quotable("customers' orders") == "customers' orders")
    }

}
