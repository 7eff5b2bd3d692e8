import Testing
@testable import Taxonomy

// MARK: - Standards linked to SOC 2020 by weighing their titles

@Suite("SOC links weighed from a standard's titles")
struct SOCLinkingTests {
    private func codes(_ reference: String) -> [String] {
        bundled.data.standards.first { $0.reference == reference }?.soc.map(\.code) ?? []
    }

    @Test("a standard whose titles each code to several groups is linked to the group most of them default to: Adult care worker to care workers")
    func careWorkers() {
        // "care worker", "carer" and "care assistant" also code to nursing auxiliaries (in hospitals) and nursery
        // assistants, but their unqualified coding is 6135; only "Personal Assistant" defaults elsewhere.
        #expect(codes("ST0005") == ["6135"])
        // A lead care worker codes as a senior one ("lead carer" → "senior carer").
        #expect(codes("ST0006") == ["6136"])
        #expect(bundled.data.standards.first { $0.reference == "ST0005" }?.soc.first?.source == "weighed")
    }

    @Test("a standard's own title coded to several groups links to its default group when that group's title names the same work")
    func ownTitleDefault() {
        #expect(codes("ST0096") == ["5321"], "Plasterer: Plasterers, not plaster-cast making or coke ovens")
        #expect(codes("ST0191") == ["5432"], "Baker: Bakers and flour confectioners")
        #expect(codes("ST0454") == ["6112"], "Teaching assistant")
    }

    @Test("titles spread over unrelated groups link nothing: a wrong link is worse than none")
    func spreadTitles() {
        // Enhanced clinical practitioner: a nurse, a dietitian, a physiologist and a dental technician.
        #expect(codes("ST0895").isEmpty)
        // Rail and rail systems engineer: civil, project, signalling, mechanical and rolling stock engineers.
        #expect(codes("ST0495").isEmpty)
        // Metal recycling general operative: "general operative" alone would read it as a textile process operative.
        #expect(codes("ST0507").isEmpty)
    }

    @Test("weighing: one tail reading alone is not enough, two distinct titles agreeing are")
    func weighing() {
        var index = SOCCodingIndex()
        index.units = ["general operative": ["8112"], "funeral arranger": ["6138"], "funeral operative": ["6138"]]
        index.groupTitles = ["8112": "Textile process operatives", "6138": "Undertakers, mortuary and crematorium assistants"]
        #expect(TaxonomyBuilder.weighedLinks(titles: ["Metal recycling general operative"], codingIndex: index).isEmpty)
        let links = TaxonomyBuilder.weighedLinks(titles: ["A Funeral Arranger", "A Funeral Operative", "Funeral team member"], codingIndex: index)
        #expect(links == [SOCLink(code: "6138", via: "A Funeral Arranger", source: "weighed")])
    }

    @Test("a standard's own title reads as its first word and its job noun when the group backs that reading: Highways maintenance skilled operative is a highways operative")
    func firstWordAndNoun() {
        #expect(codes("ST0053") == ["8152"], "Highways maintenance skilled operative: Road construction operatives")
        #expect(codes("ST0299") == ["7114"], "Pharmacy services assistant: Pharmacy and optical dispensing assistants")
        #expect(codes("ST0664") == ["4135"], "Library, information and archive services assistant: Library clerks and assistants")
        // A slash joining two jobs is not read across: a highways electrician is no road construction operative.
        #expect(!codes("ST0052").contains("8152"))
        var index = SOCCodingIndex()
        index.units = ["highways operative": ["8152"], "bakery operative": ["8111"]]
        index.defaults = index.units
        index.groupTitles = ["8152": "Road construction operatives", "8111": "Food, drink and tobacco process operatives"]
        index.exampleTitles = ["8152": ["highways operative"]]
        #expect(TaxonomyBuilder.weighedLinks(titles: ["Highways maintenance skilled operative"], codingIndex: index).map(\.code) == ["8152"])
        // Unbacked (not a Volume 1 example title, no shared work word), the short reading alone links nothing.
        #expect(TaxonomyBuilder.weighedLinks(titles: ["Bakery line quality operative"], codingIndex: index).isEmpty)
        // Typical job titles are read as written; only the standard's own title is shortened.
        #expect(TaxonomyBuilder.weighedLinks(titles: ["Highways gang operative", "Road worker"], codingIndex: index).isEmpty)
    }

    @Test("typical titles agreeing on a trade word link when nothing else does: Site carpenter and Architectural joiner are carpenters and joiners")
    func tradeWords() {
        #expect(codes("ST0264") == ["5316"], "Carpentry and joinery")
        #expect(codes("ST0263") == ["5316"], "Advanced carpentry and joinery")
        // Tried only when the weighing without trade words links nothing: Animal trainer keeps its link.
        #expect(codes("ST0398") == ["6129"])
        var index = SOCCodingIndex()
        index.units = ["carpenter": ["5316"], "joiner": ["5316"], "operative": ["8119"]]
        index.defaults = index.units
        index.groupTitles = ["5316": "Carpenters and joiners", "8119": "Process operatives n.e.c."]
        let titles = ["Site carpenter", "Architectural joiner", "Carpentry and joinery"]
        #expect(TaxonomyBuilder.weighedLinks(titles: titles, codingIndex: index).isEmpty)
        #expect(TaxonomyBuilder.weighedLinks(titles: titles, codingIndex: index, tradeWords: true).map(\.code) == ["5316"])
        // A post word is no trade: two operatives of any kind link nothing.
        #expect(TaxonomyBuilder.weighedLinks(titles: ["Line operative", "Packing operative", "Food operative"], codingIndex: index, tradeWords: true).isEmpty)
    }
}
