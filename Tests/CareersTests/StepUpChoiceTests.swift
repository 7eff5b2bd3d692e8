@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Which steps up are chosen, and in what order

@Suite("Steps up: the occupation family or two shared specific skills, shrunk for thin standards, by the match shown")
struct StepUpChoiceTests {
    @Test("a coach driver is not stepped up to crewing boats or aircraft on first aid and customer service")
    func notOnBroadSkills() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Coach driver for a tour company in Evesham for seven years with my PCV and CPC: day trips, school runs and airport \
            transfers. Daily walk round checks, good with passengers and first aid trained.
            """))
        checkPathInvariants(diagnostic)
        for path in diagnostic.upskill {
            for word in ["Cabin crew", "Officer of the watch", "Workboat", "Boatmaster", "Seafarer"] {
                #expect(!path.occupation.title.contains(word), "\(path.occupation.title): \(path.sharedSkills.map(\.label))")
            }
        }
    }

    @Test("a warehouse operative with a bad back is still stepped up to supervising the warehouse, not only to teaching")
    func leadRoleKeepsClosedKnowledge() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Twelve years on the shop floor of a distribution centre in Worcester as a warehouse operative: reach truck and \
            counterbalance forklift, picking, goods in and stock control on the WMS. My back is bad now so I can't do the \
            lifting any more, maybe something in planning.
            """))
        checkPathInvariants(diagnostic)
        let steps = diagnostic.upskill.map(\.occupation.title)
        #expect(steps.contains("Transport and warehouse operations supervisor"), "\(steps)")
    }

    @Test("every step up is in the learner's occupation family (or pathway, on a core skill few jobs name) or shares two specific skills, one named by few kinds of job", arguments: [
        "Coach driver for a tour company for seven years with my PCV and CPC: day trips and school runs, good with passengers and first aid trained.",
        "Bank cashier for nine years: cash handling, balancing the tills, opening accounts and fraud checks.",
        "Roofer for twenty years, slate and tiles, leadwork and flat roofs, pricing up jobs. I had a fall and can't climb ladders any more.",
        "Supermarket supervisor for six years: rotas, ordering stock, training new starters and cashing up.",
    ])
    func family(_ text: String) async throws {
        let engine = try await TestCatalogue.shared.value
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        guard let own = diagnostic.currentOccupations.first(where: { $0.occupation.scheme == .ifate }),
            let anchor = engine.model.targetPosition[own.occupation.code]
        else { return }
        let ownStandard = engine.model.targets[anchor].standard
        for path in diagnostic.upskill where !path.why.summary.contains("Teaching or assessing your trade") {
            let position = try #require(engine.model.targetPosition[path.occupation.code])
            let target = engine.model.targets[position]
            let sameGroup = engine.sharesUnitGroup(position, with: anchor)
            let distinctive = target.distinctiveCore.contains { id in path.sharedSkills.contains { $0.id == engine.model.skills[id].id } }
            let specific = path.sharedSkills.compactMap { engine.model.skillPosition[$0.id] }.filter { skill in
                !engine.model.isCommonplace[skill] && OccupationSkillModel.isSpecific(engine.model.skills[skill].kind)
            }
            let twoSpecific = specific.count >= 2 && specific.contains { !engine.model.isWidespread[$0] }
            // A job of their own pathway built on a specific skill of theirs few jobs name (a core skill).
            let pathwayCore = target.standard.pathway != nil && target.standard.pathway == ownStandard.pathway && !target.standard.isThin
                && specific.contains { engine.model.coreSkills[position].contains($0) && !engine.model.isWidespread[$0] }
            #expect(
                position == anchor || sameGroup || (target.standard.cluster == ownStandard.cluster && distinctive) || twoSpecific || pathwayCore,
                "\(path.occupation.title) for \(ownStandard.title): \(path.sharedSkills.map(\.label))")
        }
    }

    @Test("steps up are listed by the match shown")
    func ordered() async throws {
        for text in [
            "Bank cashier for nine years at Lloyds: cash handling, balancing tills, opening accounts, fraud checks and cross selling products.",
            "Care assistant in a nursing home for five years: personal care, medication rounds, moving and handling and care plans.",
        ] {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            let scores = diagnostic.upskill.map(\.score)
            #expect(scores == scores.sorted(by: >), "\(diagnostic.upskill.map { ($0.occupation.title, $0.score) })")
        }
    }

    @Test("a thin standard's fit is shrunk by how few skills it names: 1 of 2 does not beat 5 of 12")
    func shrinkage() async throws {
        let engine = try await TestCatalogue.shared.value
        let model = engine.model
        let thin = try #require(model.targets.indices.first { model.targets[$0].standard.isThin && model.targets[$0].skills.count == 2 })
        let full = try #require(model.targets.indices.first { !model.targets[$0].standard.isThin && model.targets[$0].skills.count >= 12 })
        #expect(model.shrunk(0.5, of: thin) < model.shrunk(0.4, of: full))
        #expect(model.shrunk(0.4, of: full) <= 0.4)
    }

    @Test("someone who wants to be indoors is neither stepped up nor moved to a job naming outdoor work")
    func indoorSteps() async throws {
        let engine = try await TestCatalogue.shared.value
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Relief milker on dairy farms round Ledbury for seven years: milking, calving, hoof trimming, feeding, putting up \
            fencing and tractor driving. The 4am starts in the cold have worn me down and I want to work indoors.
            """))
        checkPathInvariants(diagnostic)
        let outdoor = WorkLimit.all[WorkLimit.outdoors].skillLabels
        for path in diagnostic.paths {
            let position = try #require(engine.model.targetPosition[path.occupation.code])
            let labels = engine.model.targets[position].skills.map { engine.model.skills[$0.skill].label }
            #expect(!labels.contains(where: outdoor.contains), "\(path.occupation.title)")
        }
        for path in diagnostic.upskill where !path.why.summary.contains("Teaching or assessing your trade") {
            let position = try #require(engine.model.targetPosition[path.occupation.code])
            let core = engine.model.coreSkills[position].map { engine.model.skills[$0].label }
            #expect(core.contains(where: CareerDiagnostician.indoorSideSkills.contains), "\(path.occupation.title): \(core)")
        }
    }

    @Test("an experienced tradesperson who names their trade may step up to teaching or assessing it")
    func teaching() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Plumber for eighteen years, bathrooms and central heating, gas safe. I've had an apprentice most years and I \
            enjoy mentoring, so I'd like to pass it on one day.
            """))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.upskill.contains { $0.why.summary.contains("Teaching or assessing your trade") }, "\(diagnostic.upskill.map(\.occupation.title))")
    }
}

// MARK: - Which moves are paths

@Suite("Moves: a move sharing nothing, or one broad skill, is no path unless its field is wished for")
struct MovePathTests {
    @Test("every move the learner did not wish for shares two skills, or one that is specific and sets a kind of work apart", arguments: [
        "I was on the IT service desk for a housing association for five years: password resets, Active Directory, building laptops and Office 365. Then home with the kids for six years.",
        "Nail technician for seven years doing gels and acrylics, and my own bookings on Instagram. I've become allergic to the acrylates.",
        "Bin man for the council for six years, loading the wagon and working the lift, banksman when it reverses.",
        "Receptionist at a dental practice for four years: booking appointments, taking payments and answering the phones.",
    ])
    func shared(_ text: String) async throws {
        let engine = try await TestCatalogue.shared.value
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        for path in diagnostic.reskill where !path.why.summary.contains("desk-based") && !path.why.summary.contains("matches what you said") {
            let skills = path.sharedSkills.compactMap { engine.model.skillPosition[$0.id] }
            let distinctive = skills.count == 1 && OccupationSkillModel.isSpecific(engine.model.skills[skills[0]].kind)
                && !engine.model.isWidespread[skills[0]] && engine.model.distinctiveness[skills[0]] >= OccupationSkillModel.distinctiveFloor
            #expect(skills.count >= 2 || distinctive, "\(path.occupation.title): \(path.sharedSkills.map(\.label))")
        }
    }
}
