import Testing
@testable import Taxonomy

// MARK: - Titles as shown, and a title the coding index gives plainly (review 18)

@Suite("Review 18 taxonomy titles")
struct Review18TitleTests {
    /// Principle: a title is shown with no space just inside a bracket, whichever standard it is.
    @Test("no standard title or typical job title has a space just inside a bracket")
    func noSpaceInsideBrackets() {
        let titles = bundled.data.standards.flatMap { [$0.title] + $0.typicalJobTitles }
        let spaced = titles.filter { $0.contains("( ") || $0.contains(" )") || $0.contains("  ") }
        #expect(spaced.isEmpty, "\(spaced)")
        #expect(SourceReaders.tidyTitle("  Police constable ( integrated degree ) ") == "Police constable (integrated degree)")
    }

    /// Principle: the coding index's unqualified entry for a title is kept apart from the entries qualified by industry.
    @Test("'Sales adviser' is plainly a sales assistant's title and a vehicle salesperson's only for vehicles")
    func plainTitles() throws {
        let assistants = try #require(bundled.socUnitGroup(code: "7111"))
        let vehicles = try #require(bundled.socUnitGroup(code: "7115"))
        #expect(assistants.plainTitles?.contains("Sales adviser") == true)
        #expect(vehicles.aliases.contains("Sales adviser"))
        #expect(vehicles.plainTitles?.contains("Sales adviser") == false)
    }

    /// Principle: said with no word of an industry, a title shared by several unit groups is the plain one's.
    @Test("the title 'Sales adviser' matches sales and retail assistants first")
    func plainTitleRanksFirst() {
        let groups = bundled.matchOccupations("Sales adviser", scheme: .soc2020, top: 3).results.map(\.code)
        #expect(groups.first == "7111", "\(groups)")
    }

    /// Principle: a grade word of one field ("semi-senior" in accountancy, "live" sound at gigs) is read in that field.
    @Test("a semi-senior accountant is an accountant and a live sound engineer works with sound", arguments: [
        ("Semi-senior accountant", ["3533", "2421", "4122"], ["8139", "8142"]),
        ("Live sound engineer", ["3417"], ["2112"]),
    ])
    func gradeWords(_ title: String, _ right: [String], _ wrong: [String]) {
        let groups = bundled.matchOccupations(title, scheme: .soc2020, top: 3).results
        #expect(groups.first.map { right.contains($0.code) } == true, "\(groups.map(\.title))")
        let best = groups.first?.score ?? 0
        #expect(!groups.contains { wrong.contains($0.code) && $0.score >= 0.55 * best }, "\(groups.map { "\($0.title) \($0.score)" })")
    }
}
