import Testing
@testable import Taxonomy

// MARK: - Skill extraction

@Suite("Skill extraction")
struct ExtractionTests {
    @Test("a contraction typed without its apostrophe negates as the written one does")
    func apostropheLessContractions() throws {
        let text = "Roofer for 20 years, had a fall and have a back injury now, cant climb ladders. I dont drive either."
        let result = bundled.extract(text)
        let held = Set(result.skills.map(\.skillID)), negated = Set(result.negated.map(\.skillID))
        #expect(held.contains("roofing"))
        #expect(!held.contains("working-at-height") && negated.contains("working-at-height"), "\(result.skills.map(\.skillID))")
        #expect(result.negated.first { $0.skillID == "working-at-height" }?.reason.contains("negated by \"cant\"") == true)
    }

    @Test("a CV paragraph: spans point at the words, aliases are named, negated skills are set apart")
    func careerParagraph() throws {
        let text = """
            Five years as a welder in a fabrication shop, mostly MIG welding on steel frames. \
            I keep the stock control spreadsheets up to date in Excel and deal with customers at the trade counter. \
            No experience of CNC programming or forklift driving, but I hold a CSCS card and I'm a good team player.
            """
        let result = bundled.extract(text)
        #expect(result.outcome == .skillsFound)
        let ids = Set(result.skillIDs)
        for expected in ["welding", "stock-control", "spreadsheets", "construction-site-safety", "team-working"] {
            #expect(ids.contains(expected), "missing \(expected)")
        }
        #expect(!ids.contains("cnc-programming") && !ids.contains("forklift-operation"))
        #expect(Set(result.negated.map(\.skillID)) == ["cnc-programming", "forklift-operation"])
        for skill in result.skills + result.negated {
            let start = text.index(text.startIndex, offsetBy: skill.start), end = text.index(text.startIndex, offsetBy: skill.end)
            #expect(String(text[start..<end]) == skill.text)
            #expect(!skill.reason.isEmpty && skill.confidence > 0 && skill.confidence <= 1)
        }
        let welder = try #require(result.skills.first { $0.text == "welder" })
        #expect(welder.alias == "welder" && welder.method == .exact && welder.reason.contains("alias of Welding"))
    }

    @Test("stemmed forms match: \"welded joints\" and \"safeguarded\" wording")
    func stemming() {
        let result = bundled.extract("Produced welded joints to specification and followed safeguarding procedures.")
        #expect(result.skillIDs.contains("welding"))
        #expect(result.skillIDs.contains("safeguarding"))
    }

    @Test("words sharing a stem stay distinct: customers are not customs, but customs declarations are")
    func sharedStems() {
        let shop = bundled.extract("Serving customers on the tills and dealing with customer complaints.")
        #expect(!shop.skillIDs.contains("customs-and-border"))
        let port = bundled.extract("Freight agent preparing customs declarations for imports.")
        #expect(port.skillIDs.contains("customs-and-border"))
    }

    @Test("everyday words are not mistaken for capitalised abbreviations: Excel, NICE, SEND, IT")
    func capitalisation() {
        #expect(!bundled.extract("I excel at most things and the weather was nice.").skillIDs.contains { ["spreadsheets", "nice-guidelines"].contains($0) })
        #expect(bundled.extract("Advanced Excel and NICE guidance.").skillIDs == ["spreadsheets", "nice-guidelines"])
        #expect(!bundled.extract("Please send it back.").skillIDs.contains("special-educational-needs"))
        #expect(bundled.extract("Teaching assistant supporting pupils with SEND.").skillIDs.contains("special-educational-needs"))
    }

    @Test("text without a skill gives noSkillFound rather than a forced match")
    func noSkill() {
        let result = bundled.extract("We went to the seaside on Tuesday and had fish and chips.")
        #expect(result.outcome == .noSkillFound)
        #expect(result.skills.isEmpty)
    }

    @Test("a sentence that rewords a skill is found by the engine fallback, with lower confidence")
    func engineFallback() throws {
        let result = bundled.extract("Responsible for the management of several projects across two sites.")
        let found = try #require(result.skills.first { $0.skillID == "project-management" })
        #expect(found.method == .engine)
        #expect(found.confidence < 0.85)
    }

    @Test("the fallback does not guess from two loose words: a care assistant is not childcare")
    func fallbackNeedsTheWholeForm() throws {
        let result = bundled.extract("Ten years as a care assistant, safeguarding and medication rounds, good at team working.")
        #expect(!result.skillIDs.contains("childcare"))
        #expect(result.skills.allSatisfy { $0.method != .engine || $0.confidence < 0.85 })
        for id in ["safeguarding", "medication-administration", "team-working"] { #expect(result.skillIDs.contains(id), "\(id)") }
    }

    @Test("texts over 20,000 characters are cut and the cut is reported")
    func truncation() {
        let long = String(repeating: "Filler words without meaning here. ", count: 700) + "Welding."
        let result = bundled.extract(long)
        #expect(result.truncatedAt == 20_000)
        #expect(!result.skillIDs.contains("welding"))
    }
}
