import ArgumentParser
import Careers
@testable import CLI
import Foundation
import Testing

// MARK: - bench startup

@Suite("bench startup command")
struct StartupBenchTests {
    @Test("bench startup reads its options and refuses no runs or a reference that is not a program")
    func options() throws {
        let command = try #require(
            try Skillway.parseAsRoot(["bench", "startup", "--runs", "3", "--text", "Chef for 5 years"]) as? Skillway.Bench.StartupBench)
        #expect(command.runs == 3 && command.text == "Chef for 5 years" && command.reference == nil)
        #expect(command.arguments(URL(fileURLWithPath: "/tmp/x.sqlite")) == [
            "diagnose", "--db", "/tmp/x.sqlite", "--text", "Chef for 5 years", "--today", "2026-12-05",
        ])
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["bench", "startup", "--runs", "0"]) }
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["bench", "startup", "--reference", "/nonexistent/skillway"]) }
    }

    @Test("the in-process breakdown names the taxonomy, each engine part, the catalogue and the whole build, in order")
    func breakdownRows() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("startup-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let parts = try await Skillway.Bench.StartupBench.startupParts(database: folder.appendingPathComponent("empty.sqlite"))
        #expect(parts.map(\.name) == ["taxonomy: read and index"] + EngineStartup.partNames
            + ["catalogue: read 0 tagged courses", "whole diagnostician over the catalogue"])
        #expect(parts.allSatisfy { $0.seconds >= 0 })
    }
}
