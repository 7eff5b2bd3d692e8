@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 16: a limit stated is not contradicted, and none is invented

/// Review 16's learners with a condition (development data): epilepsy and "no more heights" close work at
/// height; a body said to be wearing out ("my knees are going", "not sure my body can do boarding all day")
/// is the physical limit; a breathing condition closes welding fume and plaster dust; an energy-limiting
/// condition closes emergency response and work that asks for personal fitness; and a wish for a quiet place
/// is no physical limit.
@Suite("Review 16 limits: stated limits bite, and none is invented")
struct Review16LimitTests {
    // MARK: Work at height

    @Test("epilepsy, or 'no more heights' said plainly, closes work at height; a fear denied does not")
    func heightsRead() {
        let stated = [
            "Scaffolder 11 years, tube and fitting. I had two seizures this year and got diagnosed with epilepsy.",
            "roofer 20 years, after my fall the consultant says no more heights, so I need something on the ground.",
            "window cleaner, reach and wash pole. I can't do ladders any more after my operation.",
            "Wind turbine technician. Since the blackouts started I'm not allowed up the towers.",
        ]
        for text in stated {
            #expect(WorkLimit.stated(in: text, wishes: "").contains(WorkLimit.heights), "\(text)")
        }
        for text in ["Scaffolder 11 years, never had a problem with heights, not afraid of heights at all.", "Roofer 20 years, tiling and slating."] {
            #expect(!WorkLimit.stated(in: text, wishes: "").contains(WorkLimit.heights), "\(text)")
        }
    }

    @Test("a steel erector with epilepsy is offered no job built on work at height (riggers, erectors), and is told why")
    func epilepticErector() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Steel erector 12 years, portal frames, bolting up, MEWPs and harness, slinging and signalling for the crane. Last year I had a "
                + "seizure at work and was diagnosed with epilepsy, DVLA took my licence. I did the toolbox talks and want a safety job.",
            currentTitle: "Steel erector"))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("no longer work at height") }, "\(diagnostic.notices)")
        let engine = try await TestCatalogue.shared.value
        for path in diagnostic.paths {
            let position = try #require(engine.model.targetPosition[path.occupation.code])
            #expect(!engine.model.isRuledOut(position, by: [WorkLimit.heights]), "\(path.occupation.title)")
            #expect(!path.occupation.title.lowercased().contains("rigger"), "\(path.occupation.title)")
        }
    }

    // MARK: The body wearing out

    @Test("'my knees are going', 'my back is giving out', 'not sure my body can do it all day' state the physical limit")
    func bodyWearingOut() {
        let stated = [
            "aerial installer, ladders and roofs every day, my knees are going and the work has dropped off.",
            "Bricklayer 25 years, my back is giving out now.",
            "dryliner 15 years, im not sure my body can do boarding all day any more.",
            "groundworker, 58, my body won't take another winter in the trenches.",
        ]
        for text in stated {
            #expect(WorkLimit.stated(in: text, wishes: "").contains(WorkLimit.physical), "\(text)")
        }
        let notStated = [
            "Bricklayer 25 years, my knees are going strong and I still love the work.",
            "Carpenter, my hands are going to be busy with the new build all summer.",
            "Personal trainer, I look after my body and run marathons.",
        ]
        for text in notStated {
            #expect(!WorkLimit.stated(in: text, wishes: "").contains(WorkLimit.physical), "\(text)")
        }
    }

    // MARK: Breathing and energy

    @Test("a breathing condition closes welding and plaster-dust jobs; an energy-limiting one closes ambulance work and jobs asking for fitness")
    func breathingAndEnergyClose() async throws {
        let engine = try await TestCatalogue.shared.value
        let model = engine.model
        let craftsperson = try #require(model.targetPosition["ST0062"])  // Building services engineering craftsperson (pipework welding)
        let maintenance = try #require(model.targetPosition["ST0171"])  // Property maintenance operative (patch plastering)
        #expect(model.isRuledOut(craftsperson, by: [WorkLimit.breathing]))
        #expect(model.isRuledOut(maintenance, by: [WorkLimit.breathing]))
        let ambulance = try #require(model.targetPosition["ST0287"])  // Associate ambulance practitioner
        let nursing = try #require(model.targetPosition["ST0827"])  // Nursing associate: "the level of personal fitness… required"
        #expect(model.isRuledOut(ambulance, by: [WorkLimit.fatigue]))
        #expect(model.isRuledOut(nursing, by: [WorkLimit.fatigue]))
        // An office job stays open to both.
        let administrator = try #require(model.targets.indices.first { model.targets[$0].standard.title == "Business administrator" })
        #expect(!model.isRuledOut(administrator, by: [WorkLimit.breathing, WorkLimit.fatigue]))
    }

    @Test("a voids operative with COPD from the dust is offered no welding or plastering job")
    func copdVoidsOperative() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Maintenance operative for a housing association 18 years, getting empty flats ready for new tenants, patch plastering, "
                + "plumbing, changing locks, painting. I have COPD now and the doctor says I need to get out of the dust. I'd like an office job."))
        checkPathInvariants(diagnostic)
        let engine = try await TestCatalogue.shared.value
        for path in diagnostic.paths {
            let position = try #require(engine.model.targetPosition[path.occupation.code])
            #expect(!engine.model.isRuledOut(position, by: [WorkLimit.breathing]), "\(path.occupation.title)")
        }
        #expect(!heldSkillIDs(diagnostic).contains("machining"))
    }

    // MARK: No invented limit

    @Test("a wish for a quiet place is no physical limit: animal keeping is not said to be work the learner can no longer do")
    func quietPlaceNoPhysicalLimit() async throws {
        #expect(!Circumstances.read(wishes: "I want to work with animals in a quiet place", text: "").limits.contains(WorkLimit.indoors))
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I'm 24 and autistic. I work part time at a garden centre's aquatics section, testing water, cleaning the fish tanks, "
                + "looking after the reptiles and advising customers. Busy places make me anxious. I want to be a zoo keeper somewhere quiet."))
        #expect(!diagnostic.notices.contains { $0.contains("can no longer do") }, "\(diagnostic.notices)")
        #expect(!diagnostic.paths.contains { path in path.why.summary.contains("can no longer do") })
        #expect(heldSkillIDs(diagnostic).contains("animal-care"), "\(heldSkillIDs(diagnostic).sorted())")
    }
}
