import ArgumentParser
import Charters
import Foundation
import Testing

@testable import CLI

// MARK: - charter commands

@Suite("Charter command line")
struct CharterCommandLineTests {
    @Test("charter assess parses its options and refuses bad dates and --json with --html")
    func assess() throws {
        let command = try #require(
            try Skillway.parseAsRoot([
                "charter", "assess", "--framework", "hw-gec", "--answers", "a.json", "--as-of", "2026-06-01", "--html", "r.html",
            ]) as? Skillway.CharterCommand.Assess)
        #expect(command.framework == "hw-gec" && command.answers == "a.json" && command.asOf == "2026-06-01" && command.html == "r.html")
        #expect(throws: (any Error).self) {
            try Skillway.parseAsRoot(["charter", "assess", "--framework", "hw-gec", "--answers", "a.json", "--as-of", "1 June"])
        }
        #expect(throws: (any Error).self) {
            try Skillway.parseAsRoot(["charter", "assess", "--framework", "hw-gec", "--answers", "a.json", "--json", "--html", "r.html"])
        }
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["charter", "assess", "--answers", "a.json"]) }
    }

    @Test("charter compare takes two files; list and show parse")
    func others() throws {
        let compare = try #require(
            try Skillway.parseAsRoot(["charter", "compare", "2026.json", "2027.json", "--json"]) as? Skillway.CharterCommand.Compare)
        #expect(compare.first == "2026.json" && compare.second == "2027.json" && compare.json)
        #expect(try Skillway.parseAsRoot(["charter", "list"]) is Skillway.CharterCommand.List)
        let show = try #require(try Skillway.parseAsRoot(["charter", "show", "hw-gec", "--version", "1.0.0"]) as? Skillway.CharterCommand.Show)
        #expect(show.id == "hw-gec" && show.version == "1.0.0")
    }

    @Test("the bundled charters load through the command's loader")
    func library() throws {
        let library = try loadLibrary()
        #expect(library.frameworkIDs.sorted() == ["hw-gec", "wm-gwc"])
    }
}

// MARK: - Running the commands

@Suite("Charter commands run")
struct CharterCommandRunTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/charter-answers-example.json").path

    @Test("assess writes an HTML report for the documented example")
    func html() async throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("charter-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: out) }
        let command = try #require(
            try Skillway.parseAsRoot(["charter", "assess", "--framework", "hw-gec", "--answers", Self.example, "--html", out.path, "--no-courses"])
                as? Skillway.CharterCommand.Assess)
        try await command.run()
        let page = try String(contentsOf: out, encoding: .utf8)
        #expect(page.contains("Severn Vale Care Ltd") && page.contains("Result: Committed"))
    }

    @Test("a submitted file with a rejected answer exits 1 and writes nothing")
    func rejected() async throws {
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.example))) as! [String: Any]
        var answers = object["answers"] as! [String: Any]
        answers["HW.PAY.01"] = ["value": "thirteen pounds"]
        object["answers"] = answers
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("charter-\(UUID().uuidString).json")
        let out = input.deletingPathExtension().appendingPathExtension("html")
        try JSONSerialization.data(withJSONObject: object).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let command = try #require(
            try Skillway.parseAsRoot(["charter", "assess", "--framework", "hw-gec", "--answers", input.path, "--html", out.path, "--no-courses"])
                as? Skillway.CharterCommand.Assess)
        await #expect(throws: ExitCode(1)) { try await command.run() }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}

@Suite("Charter template")
struct CharterTemplateTests {
    @Test("every criterion gets a hint that names how to answer it")
    func hints() throws {
        let library = try loadLibrary()
        let framework = try #require(library.framework("hw-gec", version: "1.0.0"))
        let hints = framework.criteria.map { CharterAnswerHint.hint(for: $0.criterion) }
        #expect(hints.count == framework.criteria.count)
        let pay = try #require(framework.criterion("HW.PAY.01"))
        #expect(CharterAnswerHint.hint(for: pay).contains("at least the dated rate rlw_uk (rlw_london in London)"))
        let scale = try #require(framework.criterion("HW.VOI.01"))
        #expect(CharterAnswerHint.hint(for: scale).contains("value: a level 0–4 (0 No regular channel;"))
    }

    @Test("template parses its options")
    func parse() throws {
        let command = try #require(
            try Skillway.parseAsRoot(["charter", "template", "hw-gec", "--headcount", "120"]) as? Skillway.CharterCommand.Template)
        #expect(command.id == "hw-gec" && command.headcount == 120)
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["charter", "template", "hw-gec", "--headcount", "0"]) }
    }
}
