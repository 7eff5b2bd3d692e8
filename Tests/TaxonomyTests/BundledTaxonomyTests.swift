import Testing
@testable import Taxonomy

// MARK: - The committed resources

@Suite("Bundled taxonomy")
struct BundledTaxonomyTests {
    @Test("15 routes, 35 pathways, 172 clusters; 529 approved standards and 49 retired ones with statements (and thin ones); 412 SOC unit groups; at least 400 skills")
    func counts() {
        let data = bundled.data
        #expect(data.routes.count == 15)
        #expect(data.routes.reduce(0) { $0 + $1.pathways.count } == 35)
        #expect(data.routes.reduce(0) { $0 + $1.pathways.reduce(0) { $0 + $1.clusters.count } } == 172)
        #expect(data.standards.filter { $0.basis == nil }.count == 529)
        #expect(data.standards.filter { $0.basis == StandardBasis.retired2023Statements }.count == 49)
        #expect(data.socUnitGroups.count == 412)
        #expect(data.socUnitGroups.reduce(0) { $0 + $1.aliases.count } > 25_000)
        #expect(data.skills.count >= 400)
        #expect(data.standards.filter { !$0.soc.isEmpty }.count > 200)
        #expect(data.standards.allSatisfy { !$0.skillIDs.isEmpty })
    }

    @Test("the 2023 route \"Education and childcare\" is filed under \"Education and early years\"")
    func educationRoute() throws {
        let route = try #require(bundled.route("4"))
        #expect(route.name == "Education and early years")
        let standards = bundled.standards(inRoute: route.slug)
        #expect(standards.filter { !$0.isThin }.count == 9)
        #expect(!bundled.data.standards.contains { $0.route.contains("childcare") })
    }

    /// Every skill Figure 9 of the LSIP (seed 004) names, in its own words, and the transferable
    /// skills and behaviours the seeds name (including the HoW College "5 Cs").
    static let seedSkills = [
        "Microsoft", "Artificial Intelligence", "Automation", "Augmented Reality", "Virtual Reality", "Cyber Security", "Data management",
        "Data protection", "Digital marketing", "social media", "resource planning", "production planning", "workflow management", "CRM",
        "project management software", "IT sales", "Record digitalisation", "Software development", "Sentiment analysis", "Web development",
        "Programming", "Carbon literacy", "Carbon reduction", "Combined engineering", "Energy efficiency", "Environmental Management Systems",
        "New heat technologies", "Renewable energy", "alternative fuels", "Waste management", "CNC programming", "Electrical engineering",
        "Electronics", "Machine operatives", "Welding", "System engineers", "Building safety", "Hydrogen", "Business Information Modelling",
        "Computer Aided Design", "Sensors", "Food operatives", "Herds people", "Pickers", "Supply Chain Management", "Remote data capture",
        "Administration", "Customer service", "Financial management", "Human resources", "International trade", "Management", "Marketing",
        "Project management", "Change management", "Quality assurance", "Sales", "Social Value", "Accountancy", "allied health professions",
        "Housing qualifications", "Digital medication systems", "prescription management", "NICE regulations", "Safeguarding", "CAD", "CNC",
        "Painting & Decorating", "Planners", "Construction Management", "Quantity Surveying", "Electrician", "Modular building",
        "Communication", "Team working", "Time management", "Resilience", "Planning/organisation", "Self-working", "People management",
        "Adaptability", "Detail orientated", "Critical thinking", "Problem solving", "Dexterity", "Business acumen", "Emotional intelligence",
        "Language", "Neurodiversity", "Mindfulness", "Inclusivity", "Concentration", "Drive", "Continuous Improvement", "Integrity",
        "Creativity", "Collaboration", "Company behaviours", "initiative", "work independently",
    ]

    @Test("every skill the seeds name resolves to a vocabulary skill", arguments: seedSkills)
    func seedSkillIsCovered(_ name: String) {
        let extracted = bundled.extract(name).skills
        let searched = bundled.searchSkills(name, limit: 1)
        #expect(!extracted.isEmpty || !searched.isEmpty, "\(name) has no skill")
    }

    @Test("skills carry the routes and pathways of the standards that express them")
    func skillEvidence() throws {
        let welding = try #require(bundled.skill(id: "welding"))
        #expect(welding.group == .manufacturingAgriTech && welding.kind == .technical)
        #expect(welding.routes.contains("engineering-and-manufacturing"))
        for reference in welding.evidence {
            let standard = try #require(bundled.standard(reference: reference))
            #expect(standard.skillIDs.contains("welding"))
            #expect(welding.routes.contains(standard.route))
        }
        let safeguarding = try #require(bundled.skill(id: "safeguarding"))
        #expect(safeguarding.routes.contains("care-services"))
    }
}
