import Foundation
import Testing
@testable import Taxonomy

// MARK: - Building from miniature inputs

@Suite("Taxonomy build")
struct BuildTests {
    /// Writes a miniature copy of the reference data and vocabulary into a fresh folder.
    static func miniatureInputs(codingIndexExtraRow: String = "") throws -> (TaxonomyBuilder.Inputs, URL) {
        let root = FileManager.default.temporaryDirectory.appending(path: "taxonomy-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appending(path: "ifate"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appending(path: "soc2020"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appending(path: "vocabulary"), withIntermediateDirectories: true)
        func write(_ path: String, _ text: String) throws { try text.write(to: root.appending(path: path), atomically: true, encoding: .utf8) }
        try write("ifate/occupational_maps_routes_pathways_clusters_2026-07.json", """
            [{"routeId": 4, "route": "Education and early years", "pathways": [{"pathwayId": 9, "pathway": "Education and early years", "clusters": ["Early years practitioner or educator"]}]},
             {"routeId": 5, "route": "Construction and the built environment", "pathways": [{"pathwayId": 10, "pathway": "Onsite Construction", "clusters": ["Carpenter or joiner", "Plant operative or technician"]}]}]
            """)
        try write("ifate/ifate_standards_2023-01_compact.json", """
            {"count": 3, "standards": [
             {"referenceNumber": "ST0264", "larsCode": 86, "title": "Carpentry and joinery", "status": "Approved for delivery", "level": 2,
              "route": "Construction and the built environment", "pathway": "Onsite construction", "cluster": "Carpenter/joiner",
              "overviewOfRole": "Making and fitting wooden structures.", "typicalJobTitles": ["Site carpenter", "Bench joiner"],
              "knowledge": [{"code": "K1", "text": "Health and safety regulations on site"}], "skills": [{"code": "S1", "text": "Cut and fit joints in timber using hand tools"}],
              "behaviours": [{"code": "B1", "text": "Works effectively in a team"}], "duties": []},
             {"referenceNumber": "ST0135", "larsCode": 60, "title": "Early years educator", "status": "Approved for delivery", "level": 3,
              "route": "Education and childcare", "pathway": "Education and childcare", "cluster": "Early years practitioner/educator",
              "overviewOfRole": "Caring for young children.", "typicalJobTitles": ["Nursery nurse"],
              "knowledge": [{"code": "K1", "text": "Safeguarding children and child protection"}], "skills": [], "behaviours": [], "duties": []},
             {"referenceNumber": "ST0001", "title": "Old retired standard", "status": "Retired", "level": 3, "route": "Digital"}]}
            """)
        try write("soc2020/soc2020_unit_groups_vol1_2025-04.csv", """
            level,code,title,description,entry_routes,tasks,related_job_titles
            major,5,SKILLED TRADES OCCUPATIONS,Trades.,,,
            unit,5316,Carpenters and joiners,"Carpenters and joiners construct, erect, install and repair wooden structures.",Apprenticeship,"cuts and shapes timber | fits doors and windows","Carpenter | Joiner"
            unit,6121,Early education and childcare assistants,Assist in nurseries.,,"plans activities | supervises children","Nursery assistant"
            """)
        try write("soc2020/soc2020_coding_index_v12_2025-04.csv", """
            unique_id,soc2020,soc2020_ext,indexocc,add_qualifier,industry_qualifier,see,title_natural_order,isco08,soc2010,soc2020_unit_group_title,soc2020_ext_title,versno
            a1,5316,5316/01,"Carpenter, site",,,,Site carpenter,7115,5315,Carpenters and joiners,Carpenters,
            a2,5316,5316/02,"Joiner, bench",,,,Bench joiner,7115,5315,Carpenters and joiners,Joiners,
            a3,6121,6121/99,"Nurse, nursery",,,,Nursery nurse,5311,6121,Early education and childcare assistants,n.e.c.,
            a4,5316,5316/99,"Nurse, nursery",,,,Nursery nurse,5311,6121,Carpenters and joiners,n.e.c.,
            a5,}}}},}}}},Chippy,,,see Carpenter,Chippy,}}}},}}}},}}}},}}}},
            \(codingIndexExtraRow)
            """)
        try write("vocabulary/skills.txt", """
            @ kind=technical group=construction
            Carpentry and joinery | chippy | timber joints; joints in timber
            @ kind=technical group=health-and-social-care
            Safeguarding | child protection | safeguarding children
            @ kind=common group=transferable
            Team working | team player | working in a team; works effectively in a team
            """)
        try write("vocabulary/job-titles.txt", "chippy = carpenter joiner\n")
        return (TaxonomyBuilder.Inputs(dataDirectory: root, vocabularyDirectory: root.appending(path: "vocabulary")), root)
    }

    @Test("building twice gives identical bytes, and the manifest version is their hash")
    func deterministic() throws {
        let (inputs, root) = try Self.miniatureInputs()
        defer { try? FileManager.default.removeItem(at: root) }
        let builder = TaxonomyBuilder(inputs: inputs)
        try builder.write(to: root.appending(path: "out1"))
        try builder.write(to: root.appending(path: "out2"))
        let names = try FileManager.default.contentsOfDirectory(atPath: root.appending(path: "out1").path).sorted()
        #expect(names == ["NOTICE", "job-titles.json", "manifest.json", "routes.json", "skills.json", "soc2020.json", "standards.json"])
        for name in names {
            let first = try Data(contentsOf: root.appending(path: "out1/\(name)"))
            let second = try Data(contentsOf: root.appending(path: "out2/\(name)"))
            #expect(first == second, "\(name) differs between builds")
            #expect(!String(decoding: first, as: UTF8.self).contains("\n  "), "\(name) is not compact")
        }
        let notice = try String(contentsOf: root.appending(path: "out1/NOTICE"), encoding: .utf8)
        #expect(notice.contains("Open Government Licence v3.0") && notice.contains("Office for National Statistics"))
    }

    @Test("approved standards only, 2023 names normalised onto the 2026 tree, see rows dropped, SOC links derived only when unambiguous")
    func linksEverything() throws {
        let (inputs, root) = try Self.miniatureInputs()
        defer { try? FileManager.default.removeItem(at: root) }
        let data = try TaxonomyBuilder(inputs: inputs).build()
        #expect(data.standards.map(\.reference) == ["ST0135", "ST0264"])
        let early = try #require(data.standards.first { $0.reference == "ST0135" })
        #expect(early.route == "education-and-early-years")
        #expect(early.pathway == "Education and early years")
        #expect(early.cluster == "Early years practitioner or educator")
        #expect(early.soc.isEmpty, "Nursery nurse is coded to two unit groups, so it is ambiguous")
        let carpentry = try #require(data.standards.first { $0.reference == "ST0264" })
        #expect(carpentry.cluster == "Carpenter or joiner")
        #expect(carpentry.soc == [SOCLink(code: "5316", via: "Site carpenter", source: "derived")])
        #expect(carpentry.skillIDs == ["carpentry-and-joinery", "team-working"])
        #expect(data.socUnitGroups.map(\.code) == ["5316", "6121"])
        #expect(data.socUnitGroups[0].aliases == ["Bench joiner", "Nursery nurse", "Site carpenter"])
        #expect(!data.socUnitGroups.flatMap(\.aliases).contains("Chippy"))
        #expect(data.socUnitGroups[0].tasks == ["cuts and shapes timber", "fits doors and windows"])
        let safeguarding = try #require(data.skills.first { $0.id == "safeguarding" })
        #expect(safeguarding.evidence == ["ST0135"] && safeguarding.routes == ["education-and-early-years"])
    }

    @Test("a standard keeps a skill its skill statements name, not one a word merely shares a stem with, and stores its weight")
    func evidenceStrength() throws {
        let skills = try VocabularyParser.parseSkills("""
            @ kind=technical group=-
            Dog grooming | grooming dogs | dog grooming; coat trimming
            Typing | touch typing | keyboard skills
            Electrical installation | electrician; wiring | electrical installation
            Accountancy | accountant | accountancy
            """, file: "skills.txt")
        func statements(_ prefix: String, _ texts: [String]) -> [Statement] {
            texts.enumerated().map { Statement(code: "\(prefix)\($0.offset + 1)", text: $0.element) }
        }
        var standards = [OccupationalStandard(
            reference: "ST0943", larsCode: nil, title: "Dog groomer", level: 2, route: "agriculture-environmental-and-animal-care",
            pathway: nil, cluster: nil, typicalJobTitles: [], overview: "Grooms dogs of every breed and coat type.", duties: [],
            knowledge: statements("K", ["Coat types and the grooming each type needs", "Take into account the dog's temperament", "Safe use of electrical clippers"]),
            skills: statements("S", ["Carry out coat trimming with scissors and clippers", "Finish coat trimming to the owner's request", "Wire the dog's lead to the table"]),
            behaviours: [], skillIDs: [], soc: [])]
        var vocabulary = skills
        TaxonomyBuilder.addEvidence(skills: &vocabulary, standards: &standards)
        // "type" shares typing's stem and "wire" wiring's: a stem alone is not evidence; "account" is not accountancy.
        #expect(standards[0].skillIDs == ["dog-grooming"])
        // Two skill statements (1 each) and the overview's "grooms dogs" (0.5): 2.5 of the 3 that saturate.
        #expect(standards[0].skillWeights == [0.83])
        #expect(vocabulary.first { $0.id == "dog-grooming" }?.evidence == ["ST0943"])
        #expect(vocabulary.first { $0.id == "typing" }?.evidence == [])
    }

    @Test("an occupation profile gives a standard a core skill its statements word too thinly, and drops a misread one")
    func occupationProfileApplied() throws {
        let (inputs, root) = try Self.miniatureInputs()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try TaxonomyBuilder(inputs: inputs).build()
        #expect(before.standards.first { $0.reference == "ST0264" }?.skillIDs == ["carpentry-and-joinery", "team-working"])
        try "ST0264 (Carpentry and joinery) = Safeguarding; -Team working\n"
            .write(to: root.appending(path: "vocabulary/occupation-skills.txt"), atomically: true, encoding: .utf8)
        let data = try TaxonomyBuilder(inputs: inputs).build()
        let carpentry = try #require(data.standards.first { $0.reference == "ST0264" })
        #expect(carpentry.skillIDs == ["carpentry-and-joinery", "safeguarding"])
        #expect(carpentry.skillWeights?.last == 1.0)
        #expect(data.skills.first { $0.id == "safeguarding" }?.evidence == ["ST0135", "ST0264"])
        #expect(data.skills.first { $0.id == "team-working" }?.evidence == [])
    }

    @Test("a coding-index row for an unknown unit group is a located error and nothing is written")
    func badInputWritesNothing() throws {
        let (inputs, root) = try Self.miniatureInputs(codingIndexExtraRow: "a9,9999,9999/01,\"Wizard\",,,,Wizard,0,0,x,x,")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appending(path: "out")
        #expect {
            try TaxonomyBuilder(inputs: inputs).write(to: out)
        } throws: { error in
            "\(error)".contains("soc2020_coding_index_v12_2025-04.csv:line 7.soc2020") && "\(error)".contains("\"9999\"")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
