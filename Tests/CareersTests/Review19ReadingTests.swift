@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 19: the learner's words in their sense

/// Review 19's learners (development data): what the learner only asks about ("how long does it take to get gas
/// safe?"), someone else's worker or condition ("his OT", "my eldest has ADHD") and other people's advice
/// ("Teachers keep saying go to uni") are not skills held; a beer python, a qualification's "level 4", "low poly"
/// models, a self-storage site manager, a potter's glazes, "the electric", warehouse slabs and bilge pumps are read
/// in their sense; and the trade words of a sommelier, a fleet coordinator and a vineyard worker are read.
@Suite("Review 19 reading: asked about, someone else's, and words in their sense")
struct Review19ReadingTests {
    // MARK: Asked about, not held

    @Test("a skill named only in a question about getting or needing it is not held; one the question says the learner has is")
    func askedAboutNotHeld() async throws {
        let asked: [(text: String, notHeld: String)] = [
            // Review 19 p04, in his own words.
            ("i work at the marina at upton, 7 years. fixing bilge pumps and the water and heating systems on the narrowboats. "
                + "how long does it take to get gas safe if im starting at 33?", "gas-engineering"),
            ("Warehouse operative 6 years, picking and loading. What do I need to get my forklift licence, and who pays?", "forklift-operation"),
            ("Care assistant in a nursing home. How long would it take to become a phlebotomist?", "phlebotomy"),
            ("Retail supervisor, rotas and stock. How do I learn Python if I've never coded?", "python"),
        ]
        for (text, notHeld) in asked {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            #expect(!heldSkillIDs(diagnostic).contains(notHeld), "\(text): \(heldSkillIDs(diagnostic).sorted())")
        }
        let held: [(text: String, held: String)] = [
            // Review 19 p16: his CSCS is his, asked about or not.
            ("concrete floor finisher 16 years, power floating and curing. Would my CSCS and 16 years count for anything?", "construction-site-safety"),
            ("Forklift driver 9 years in a cold store. What can I do with my forklift licence apart from warehouses?", "forklift-operation"),
            ("Gas Safe registered engineer 12 years, boilers and landlord certificates. How do I get into teaching it?", "gas-engineering"),
        ]
        for (text, heldSkill) in held {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            #expect(heldSkillIDs(diagnostic).contains(heldSkill), "\(text): \(heldSkillIDs(diagnostic).sorted())")
        }
    }

    @Test("the extractor says why: a question's skill is set apart as asked about")
    func askedAboutReason() throws {
        let result = try SkillsTaxonomy.bundled().extract("how long does it take to get gas safe if im starting at 33?")
        #expect(!result.skills.contains { $0.skillID == "gas-engineering" })
        let asked = try #require(result.negated.first { $0.skillID == "gas-engineering" })
        #expect(asked.reason.contains("asked about"), "\(asked.reason)")
    }

    // MARK: Someone else's

    @Test("someone else's worker, condition or advice is not the learner's: his OT, my eldest's ADHD, what teachers keep saying, the farmers served")
    func someoneElses() async throws {
        let cases: [(text: String, notHeld: String)] = [
            // Review 19 p19, p13, p08 and p05, in their own words.
            ("Facilities assistant at a business park, 5 years. I look after my grandad who had a stroke and I've watched how his OT got him "
                + "making a cup of tea again and back in the garden.", "allied-health-practice"),
            ("fleet coordinator for a van hire firm 2012 to 2020. i had my second baby and my eldest has ADHD so i stayed home.", "neurodiversity-awareness"),
            ("I'm 17, doing A levels in computer science and maths. I make Discord bots in Python. Teachers keep saying go to uni but I don't want the debt.",
                "teaching"),
            ("Tractor driver for a contractor 12 years, drilling, combining, silage, keeping the job records for the farmers.", "farm-management"),
            // Others in their own words.
            ("Shop assistant 4 years. My nan's physio comes every week and my youngest has dyslexia.", "neurodiversity-awareness"),
            ("Chef 10 years. My kids' teachers always tell me I should teach cooking.", "teaching"),
        ]
        for (text, notHeld) in cases {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            #expect(!heldSkillIDs(diagnostic).contains(notHeld), "\(text): \(heldSkillIDs(diagnostic).sorted())")
        }
        let own: [(text: String, held: String)] = [
            ("I'm an OT in the community, home visits and equipment assessments, 6 years.", "allied-health-practice"),
            ("Teaching assistant, and I was a teacher in Poland for 8 years before we moved.", "teaching"),
            ("I run the family farm, 200 acres of arable, I'm a farmer like my dad.", "farm-management"),
        ]
        for (text, heldSkill) in own {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            #expect(heldSkillIDs(diagnostic).contains(heldSkill), "\(text): \(heldSkillIDs(diagnostic).sorted())")
        }
    }

    // MARK: Words in their sense

    @Test("words in their sense: a beer python, level 4 in laser, low poly, a storage site manager, glazes, the electric, warehouse slabs, bilge pumps")
    func wordsInTheirSense() async throws {
        let cases: [(text: String, title: String?, notHeld: String)] = [
            ("cellar service technician 9 years, installing and cleaning beer lines, python cooling units, remote coolers, gas cylinders.",
                "Cellar service technician", "python"),
            ("Laser and skin technician 5 years, laser hair removal, skin peels, level 4 in laser and IPL, core of knowledge.", nil, "land-surveying"),
            ("im 24, i draw every night in procreate, ive started learning blender and made a couple of low poly models.", nil, "equine-care"),
            ("self storage site manager in kidderminster, 4 years, lettings, padlocks and the access system, chasing arrears.", nil,
                "construction-project-management"),
            ("I've run my own pottery studio for 10 years, throwing and hand building, glazes, kiln firing, selling at craft fairs.", "Potter", "glazing"),
            ("Potter with my own studio. Money is up and down and the kiln electric has gone mad.", nil, "electrical-engineering"),
            ("concrete floor finisher 16 years, warehouse slabs and house floors all over the midlands, laser screed, power floating.",
                "Concrete floor finisher", "warehouse-operations"),
            ("i work at the marina, pumping out the boats, fixing bilge pumps and the water and heating systems on the narrowboats.", nil, "heat-pumps"),
            ("Glasshouse section leader at a bedding plant nursery 14 years, sowing, pricking out, potting on the plug plants.", nil,
                "early-years-education"),
            ("Swimming teacher at the leisure centre 3 years, teaching core aquatic skills to non swimmers, lifeguarding the pool.", nil, "animal-care"),
        ]
        for (text, title, notHeld) in cases {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: title))
            #expect(!heldSkillIDs(diagnostic).contains(notHeld), "\(text): \(heldSkillIDs(diagnostic).sorted())")
            #expect(!diagnostic.notices.contains { $0.contains("\"pony\"") }, "\(diagnostic.notices)")
        }
    }

    @Test("the same words in their skill's sense are still read: Python code, a laser level on site, a housing site manager, double glazing, a heat pump installer")
    func skillSensesKept() async throws {
        let cases: [(text: String, held: String)] = [
            ("Data analyst 3 years, I write Python scripts and SQL every day.", "python"),
            ("Groundworker, setting out with the laser level and the dumpy, drainage and footings.", "land-surveying"),
            ("Site manager on a housing development for Bloor, 80 plots, subcontractors and programme.", "construction-project-management"),
            ("Double glazing fitter 10 years, windows and doors installation, glazier by trade.", "glazing"),
            ("Warehouse operative 5 years, picking and packing, goods in.", "warehouse-operations"),
            ("Plumber, I fit air source heat pumps and underfloor heating.", "heat-pumps"),
            ("Nursery nurse at a day nursery 7 years, EYFS and learning journals.", "early-years-education"),
            ("Pet shop assistant, I run the aquatics section, tropical fish and the reptiles.", "animal-care"),
        ]
        for (text, held) in cases {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            #expect(heldSkillIDs(diagnostic).contains(held), "\(text): \(heldSkillIDs(diagnostic).sorted())")
        }
    }

    @Test("a leisure team member's swimming teaching ('core aquatic skills') is not animal care, so guinea pigs at a farm park do not lead to it")
    func leisureNotAnimalCare() async throws {
        let engine = try await TestCatalogue.shared.value
        let leisure = try #require(engine.model.targetPosition["ST0390"])
        #expect(!engine.model.targets[leisure].skills.contains { engine.model.skills[$0.skill].id == "animal-care" })
        // Review 19 p09, in his own words.
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "im 16, year 11 at a school in kidderminster, should get 5s and 6s and a 7 in biology. saturday job at a farm park near bewdley, "
                + "feeding the goats and lambs, cleaning out, helping kids hold the guinea pigs, telling people the rules. i play rugby and i did "
                + "the first aid course at the club. i want to be a paramedic. do i have to go to uni or can i do it as an apprenticeship?",
            aspiration: "paramedic"))
        #expect(heldSkillIDs(diagnostic).contains("animal-care"), "\(heldSkillIDs(diagnostic).sorted())")
        for path in diagnostic.paths where path.occupation.title.hasPrefix("Leisure team member") {
            #expect(!path.why.summary.contains("built on animal care"), "\(path.why.summary)")
        }
    }

    // MARK: Trade words

    @Test("trade words are read: a sommelier's WSET, a fleet coordinator's O licence and fleet software, a vineyard's pruning, winery and tours, a potter's pottery")
    func tradeWordsRead() async throws {
        let cases: [(text: String, held: [String])] = [
            ("Sommelier at a hotel restaurant in Worcester for 6 years, WSET level 3 with merit, I build the wine list.", ["food-and-beverage-service"]),
            ("fleet coordinator for a van hire firm, booking in services and MOTs, the O licence paperwork, driver licence checks, the fleet software.",
                ["logistics-administration"]),
            ("vineyard worker 8 years near malvern, pruning and tying in, canopy work, helping in the winery with pressing and bottling, doing the tours at weekends.",
                ["horticulture", "brewing", "tourism-and-travel"]),
            ("I've run my own pottery studio for 10 years, kiln firing, selling at craft fairs.", ["crafts"]),
        ]
        for (text, held) in cases {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            for skill in held {
                #expect(heldSkillIDs(diagnostic).contains(skill), "\(text): \(heldSkillIDs(diagnostic).sorted())")
            }
        }
        // Booking a van's MOT is fleet administration, not fixing the van.
        let fleet = try await TestCatalogue.diagnose(LearnerProfile(text: cases[1].text))
        #expect(!heldSkillIDs(fleet).contains("motor-vehicle-maintenance"), "\(heldSkillIDs(fleet).sorted())")
    }
}
