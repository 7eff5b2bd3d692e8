import Foundation
import Testing
@testable import Taxonomy

// MARK: - Occupation matching

@Suite("Occupation matching")
struct OccupationMatchingTests {
    func codes(_ text: String, scheme: OccupationScheme = .ifate, top: Int = 3) -> [String] {
        bundled.matchOccupations(text, scheme: scheme, top: top).results.map(\.code)
    }

    @Test("everyday job titles find their standard first", arguments: [
        ("chippy", "ST0264"), ("care assistant", "ST0005"), ("HGV driver", "ST1025"), ("sparky", "ST0152"), ("plumber", "ST0303"),
        ("software developer", "ST0116"), ("payroll clerk", "ST0073"),
    ])
    func everydayTitles(_ title: String, _ expected: String) {
        #expect(codes(title, top: 3).contains(expected), "\(title) → \(codes(title))")
    }

    @Test("job titles find their SOC 2020 unit group", arguments: [
        ("bookkeeper", "4122"), ("chippy", "5316"), ("HGV driver", "8211"), ("care assistant", "6135"), ("brickie", "5313"),
    ])
    func socTitles(_ title: String, _ expected: String) {
        #expect(codes(title, scheme: .soc2020, top: 3).contains(expected), "\(title) → \(codes(title, scheme: .soc2020))")
    }

    @Test("a paragraph of career history finds the occupations it describes")
    func careerHistory() throws {
        let history = """
            I left school at 16 and worked in a care home for six years, helping residents with personal care, \
            medication rounds and moving and handling. Then I became a senior carer, supervising a team of care assistants \
            and writing care plans with families.
            """
        let matches = bundled.matchOccupations(history, top: 5)
        #expect(matches.results.prefix(3).contains { $0.route == "care-services" })
        #expect(matches.results.allSatisfy { !$0.why.isEmpty })
        let care = try #require(matches.results.first { $0.route == "care-services" })
        #expect(care.why.contains("shared skills") || care.why.contains("clause"))
    }

    @Test("the JSON is {query, results: [{id, scheme, code, title, route, level, score, why}]}")
    func jsonShape() throws {
        let data = try JSONEncoder().encode(bundled.matchOccupations("chippy", top: 2))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["query"] as? String == "chippy")
        let first = try #require((object["results"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["id", "scheme", "code", "title", "route", "level", "score", "why"])
        #expect(first["code"] as? String == "ST0264" && first["scheme"] as? String == "ifate")
    }
}
