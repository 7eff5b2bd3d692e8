import ArgumentParser
import Charters
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
