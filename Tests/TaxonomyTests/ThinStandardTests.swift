import Foundation
import Matching
import Testing
@testable import Taxonomy

// MARK: - Thin standards from retired 2023 versions

/// Everyday occupations the 2023 snapshot holds only as retired versions without K/S/B statements
/// (a hair professional, a commis chef) become thin standards with inferred skills, marked as such.
@Suite("Thin standards")
struct ThinStandardTests {
    /// A miniature snapshot: an approved commis chef with statements, a retired commis chef of another
    /// reference with the same title, a retired hair professional without statements, a retired record
    /// with no overview, and a retired record whose words name no specific skill.
    static func inputs() throws -> (TaxonomyBuilder.Inputs, URL) {
        let root = FileManager.default.temporaryDirectory.appending(path: "thin-standards-\(UUID().uuidString)")
        for folder in ["ifate", "soc2020", "vocabulary"] {
            try FileManager.default.createDirectory(at: root.appending(path: folder), withIntermediateDirectories: true)
        }
        func write(_ path: String, _ text: String) throws { try text.write(to: root.appending(path: path), atomically: true, encoding: .utf8) }
        try write("ifate/occupational_maps_routes_pathways_clusters_2026-07.json", """
            [{"routeId": 3, "route": "Catering and hospitality", "pathways": [{"pathwayId": 5, "pathway": "Catering", "clusters": ["Chef"]}]},
             {"routeId": 9, "route": "Hair and beauty", "pathways": [{"pathwayId": 20, "pathway": "Hair, beauty and aesthetics", "clusters": ["Hair specialist"]}]}]
            """)
        try write("ifate/ifate_standards_2023-01_compact.json", """
            {"count": 5, "standards": [
             {"referenceNumber": "ST0589", "larsCode": 400, "title": "Commis chef", "status": "Approved for delivery", "level": 2,
              "route": "Catering and hospitality", "pathway": "Catering", "cluster": "Chef",
              "overviewOfRole": "Preparing food in a professional kitchen.", "typicalJobTitles": ["Commis chef"],
              "knowledge": [{"code": "K1", "text": "Food safety practices"}], "skills": [{"code": "S1", "text": "Cook dishes to the recipe"}],
              "behaviours": [], "duties": []},
             {"referenceNumber": "ST0228", "larsCode": 120, "title": "Commis chef ", "status": "Retired", "level": 2,
              "route": "Catering and hospitality", "pathway": "Catering", "cluster": "Chef",
              "overviewOfRole": "Cooking and preparing food under a chef.", "keywords": ["cooking"], "typicalJobTitles": ["Trainee chef"],
              "knowledge": [], "skills": [], "behaviours": [], "duties": []},
             {"referenceNumber": "ST0213", "larsCode": 157, "title": "Hair professional", "status": "Retired", "level": 2,
              "route": "Hair and beauty", "pathway": "Hair, Beauty and Aesthetics", "cluster": "Hair Specialist",
              "overviewOfRole": "Working as a barber or hairdresser to provide hair cutting, styling and grooming services.",
              "occupationalSummary": "", "keywords": ["barbering", "hairdressing", "craft"], "typicalJobTitles": ["Barber", "Hairdresser"],
              "knowledge": [], "skills": [], "behaviours": [], "duties": []},
             {"referenceNumber": "ST0870", "title": "Business support assistant", "status": "Withdrawn", "level": 2,
              "route": "Hair and beauty", "keywords": ["hairdressing"], "knowledge": []},
             {"referenceNumber": "ST0999", "title": "Salon helper", "status": "Retired", "level": 2, "route": "Hair and beauty",
              "overviewOfRole": "Helping in a salon and talking to customers.", "typicalJobTitles": ["Helper"], "knowledge": []}]}
            """)
        try write("soc2020/soc2020_unit_groups_vol1_2025-04.csv", """
            level,code,title,description,entry_routes,tasks,related_job_titles
            unit,5434,Chefs,Chefs plan menus and cook.,,"prepares and cooks food | checks food safety","Chef"
            unit,6221,Hairdressers and barbers,Hairdressers and barbers cut and style hair.,,"cuts and styles hair | deals with customer service queries | cleaning the salon","Barber | Hairdresser"
            """)
        try write("soc2020/soc2020_coding_index_v12_2025-04.csv", """
            unique_id,soc2020,soc2020_ext,indexocc,add_qualifier,industry_qualifier,see,title_natural_order,isco08,soc2010,soc2020_unit_group_title,soc2020_ext_title,versno
            b1,6221,6221/01,Barber,,,,Barber,5141,6221,Hairdressers and barbers,Barbers,
            b2,6221,6221/02,Hairdresser,,,,Hairdresser,5141,6221,Hairdressers and barbers,Hairdressers,
            b3,5434,5434/99,"Chef, trainee",,,,Trainee chef,3434,5434,Chefs,n.e.c.,
            """)
        try write("vocabulary/skills.txt", """
            @ kind=technical group=business-services
            Cooking | cook | cooking food
            Food safety | food hygiene | food safety practices
            @ kind=technical group=business-services
            Hairdressing | hairdresser; hair cutting; barbering | styles hair
            Cleaning | cleaner | cleaning duties
            Customer service | customer care | customer service queries
            @ kind=behaviour group=transferable
            Craft pride | craft | craftsmanship
            """)
        try write("vocabulary/job-titles.txt", "barber = hairdresser\n")
        return (TaxonomyBuilder.Inputs(dataDirectory: root, vocabularyDirectory: root.appending(path: "vocabulary")), root)
    }

    @Test("a retired record without statements becomes a thin standard marked retired-2023-overview, its skills from its words and its unit group's tasks")
    func thinStandardFromRetiredRecord() throws {
        let (inputs, root) = try Self.inputs()
        defer { try? FileManager.default.removeItem(at: root) }
        let data = try TaxonomyBuilder(inputs: inputs).build()
        let hair = try #require(data.standards.first { $0.reference == "ST0213" })
        #expect(hair.basis == StandardBasis.retired2023Overview)
        #expect(hair.isThin && hair.statements.isEmpty)
        #expect(hair.route == "hair-and-beauty" && hair.pathway == "Hair, beauty and aesthetics" && hair.cluster == "Hair specialist")
        #expect(hair.soc.map(\.code) == ["6221"])
        // Hairdressing from its title words and keywords; customer service and cleaning only from the
        // barbers' unit group tasks; the one-word keyword "craft" (a behaviour) adds nothing.
        #expect(hair.skillIDs == ["cleaning", "customer-service", "hairdressing"], "\(hair.skillIDs)")
        #expect(hair.keywords == ["barbering", "hairdressing", "craft"])
        let weights = Dictionary(uniqueKeysWithValues: zip(hair.skillIDs, hair.skillWeights ?? []))
        #expect((weights["hairdressing"] ?? 0) > (weights["cleaning"] ?? 1), "\(weights)")
        #expect(hair.basisNote?.contains("inferred from the standard's overview and job titles") == true)
        #expect(data.manifest.counts["thinStandards"] == 1)
        // Its skills are inferred, so they are not evidence for the skill (course tagging counts evidence).
        #expect(data.skills.first { $0.id == "hairdressing" }?.evidence == [])
        // In standards.json, with the basis; a standard with statements carries none.
        let files = try TaxonomyResourceFiles.encode(data)
        let json = String(decoding: try #require(files.first { $0.name == "standards.json" }).bytes, as: UTF8.self)
        #expect(json.contains("\"basis\":\"retired-2023-overview\""))
        #expect(json.components(separatedBy: "\"basis\"").count == 2)
    }

    @Test("an approved standard of the same title wins; records with no overview, or whose words name no specific skill, are left out")
    func approvedTitleWins() throws {
        let (inputs, root) = try Self.inputs()
        defer { try? FileManager.default.removeItem(at: root) }
        let data = try TaxonomyBuilder(inputs: inputs).build()
        let chefs = data.standards.filter { $0.title.hasPrefix("Commis chef") }
        #expect(chefs.map(\.reference) == ["ST0589"])
        #expect(chefs.first?.basis == nil)
        #expect(!data.standards.contains { ["ST0228", "ST0870", "ST0999"].contains($0.reference) })
        let without = try TaxonomyBuilder(inputs: inputs, includesThinStandards: false).build()
        #expect(!without.standards.contains { $0.isThin })
        #expect(without.standards.count == data.standards.count - 1)
    }

    @Test("the bundled taxonomy places everyday retired standards, each marked thin, none shadowing a standard with statements")
    func bundledThinStandards() throws {
        let thin = bundled.data.standards.filter(\.isThin)
        #expect(thin.count >= 60, "\(thin.count)")
        let full = bundled.data.standards.filter { !$0.isThin }
        // 529 approved and 49 retired versions with statements (was 529 before the retired ones were loaded).
        #expect(full.count == 578)
        let fullTitles = Set(full.map { $0.title.lowercased() })
        for standard in thin {
            #expect(standard.basis == StandardBasis.retired2023Overview)
            #expect(!fullTitles.contains(standard.title.lowercased()), "\(standard.title)")
            #expect(!standard.skillIDs.isEmpty && standard.statements.isEmpty, "\(standard.reference)")
        }
        for reference in ["ST0213", "ST0228", "ST0327", "ST0072", "ST0384", "ST0326", "ST0239", "ST0078", "ST0033"] {
            #expect(thin.contains { $0.reference == reference }, "\(reference) missing")
        }
        let hair = try #require(bundled.occupationDetail("ifate:ST0213"))
        #expect(hair.basisNote?.contains("retired") == true)
        #expect(hair.standard?.skillIDs.contains("hairdressing") == true)
        #expect(bundled.occupationDetail("ST0116")?.basisNote == nil)
    }

    @Test("everyday job titles find the everyday standard", arguments: [
        ("barber", "ST0213"), ("hairdresser", "ST0213"), ("commis chef", "ST0228"), ("team leader", "ST0384"),
        ("customer service advisor", "ST0072"), ("sales assistant", "ST0327"),
    ])
    func everydayTitlesMatch(_ title: String, _ reference: String) {
        let results = bundled.matchOccupations(title, scheme: .ifate, top: 3).results
        #expect(results.contains { $0.code == reference }, "\(title): \(results.map { "\($0.code) \($0.title)" })")
    }

    @Test("a thin standard's title hit weighs less than a standard with statements scoring the same")
    func thinTitleHitsWeighLess() {
        // "customer service agent" is a job title of the thin customer service practitioner (ST0072) and of
        // the aviation customer service operative (ST0907, with statements): scored alike by the engine,
        // the standard whose skills come from statements goes first.
        let hits = [
            MatchHit(id: "ifate:ST0072", score: 2.0, explanation: MatchExplanation()),
            MatchHit(id: "ifate:ST0907", score: 2.0, explanation: MatchExplanation()),
            MatchHit(id: "ifate:ST0116", score: 1.0, explanation: MatchExplanation()),
        ]
        let weighed = bundled.occupations.weighingThin(hits)
        #expect(weighed.map(\.id) == ["ifate:ST0907", "ifate:ST0072", "ifate:ST0116"])
        #expect(weighed[1].score == 2.0 * OccupationMatcher.thinTitleWeight)
        // Without a thin hit the order is the engine's.
        #expect(bundled.occupations.weighingThin(Array(hits.dropFirst())).map(\.id) == ["ifate:ST0907", "ifate:ST0116"])
    }
}
