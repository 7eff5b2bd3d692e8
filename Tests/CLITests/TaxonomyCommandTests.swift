import ArgumentParser
@testable import CLI
import Testing

// MARK: - Taxonomy commands

@Suite("Command line: taxonomy")
struct TaxonomyCommandTests {
    @Test("occupations match takes text, scheme, top and --json, and refuses an unknown scheme")
    func occupationsMatch() throws {
        let command = try #require(
            try Skillway.parseAsRoot(["occupations", "match", "HGV driver", "--scheme", "soc2020", "--top", "3", "--json"]) as? Skillway.Occupations.Match)
        #expect(command.text == "HGV driver" && command.scheme == "soc2020" && command.top == 3 && command.json)
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["occupations", "match", "chippy", "--scheme", "esco"]) }
        #expect(throws: (any Error).self) { try Skillway.parseAsRoot(["occupations", "match", "chippy", "--top", "0"]) }
    }

    @Test("taxonomy build defaults to ../shared/data, Taxonomy/ and Resources/taxonomy")
    func taxonomyBuild() throws {
        let command = try #require(try Skillway.parseAsRoot(["taxonomy", "build"]) as? Skillway.TaxonomyCommand.Build)
        #expect(command.from == "../shared/data" && command.vocabulary == "Taxonomy" && command.out == "Resources/taxonomy")
    }

    @Test("skills search, show and extract, and routes, parse")
    func skillsAndRoutes() throws {
        #expect(try Skillway.parseAsRoot(["skills", "search", "weld"]) is Skillway.Skills.Search)
        #expect(try Skillway.parseAsRoot(["skills", "show", "welding", "--json"]) is Skillway.Skills.Show)
        #expect(try Skillway.parseAsRoot(["skills", "extract", "I am a welder"]) is Skillway.Skills.Extract)
        #expect(try Skillway.parseAsRoot(["routes", "--json"]) is Skillway.Routes)
    }
}
