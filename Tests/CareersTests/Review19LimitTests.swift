@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 19: a limit announced is kept by the paths

/// Review 19's learners with a condition (development data): epilepsy with the licence taken closes the jobs whose
/// standards ask their holder to drive (an ambulance crew's "operate and drive the ambulance vehicles safely"), and a
/// back after surgery closes construction plant operative work, though neither standard names driving or manual
/// handling among its skills.
@Suite("Review 19 limits: driving and plant work closed as announced")
struct Review19LimitTests {
    @Test("the driving limit closes jobs whose standard asks the holder to drive; the physical limit closes plant operatives")
    func standardsClosed() async throws {
        let engine = try await TestCatalogue.shared.value
        let model = engine.model
        let associate = try #require(model.targetPosition["ST0287"])  // Associate ambulance practitioner
        let support = try #require(model.targetPosition["ST0627"])  // Ambulance support worker (emergency, urgent and non-urgent)
        let paramedic = try #require(model.targetPosition["ST0567"])  // Paramedic (degree)
        let plant = try #require(model.targetPosition["ST0736"])  // Construction plant operative
        for position in [associate, support, paramedic] {
            #expect(model.isRuledOut(position, by: [WorkLimit.driving]), "\(model.targets[position].standard.title)")
        }
        #expect(model.isRuledOut(plant, by: [WorkLimit.physical]))
        // A healthcare support worker drives no one: the driving limit leaves that job open.
        let hsw = try #require(model.targetPosition["ST0216"])
        #expect(!model.isRuledOut(hsw, by: [WorkLimit.driving]))
    }

    @Test("an ambulance care assistant with epilepsy and no licence is offered no driving job, and is told driving is closed")
    func epilepticAmbulanceCareAssistant() async throws {
        let texts = [
            // Review 19 p17, in her own words.
            "Ambulance care assistant on patient transport for 6 years, taking people to dialysis and outpatients at Kidderminster and Worcester, "
                + "wheelchairs, stretchers, carry chair, manual handling, observations, dementia patients, first aid at work. In March I had my first "
                + "seizures and was diagnosed with epilepsy, so the DVLA took my licence and I'm off driving for at least a year. I'm 34. I love the "
                + "patient side. I'd like to stay in the NHS with patients without driving, maybe a healthcare assistant or a therapy assistant.",
            "Emergency care assistant with the ambulance service 4 years, blue lights, obs, helping the paramedic on jobs. I've had seizures since "
                + "the summer and it's epilepsy, so no driving now. I want to stay in healthcare.",
        ]
        let engine = try await TestCatalogue.shared.value
        for text in texts {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            checkPathInvariants(diagnostic)
            #expect(diagnostic.notices.contains { $0.contains("leave driving") }, "\(diagnostic.notices)")
            for path in diagnostic.paths {
                let position = try #require(engine.model.targetPosition[path.occupation.code])
                #expect(!engine.model.isRuledOut(position, by: [WorkLimit.driving]), "\(path.occupation.title)")
                #expect(!path.occupation.title.lowercased().contains("ambulance"), "\(path.occupation.title)")
                #expect(!path.occupation.title.lowercased().contains("paramedic"), "\(path.occupation.title)")
            }
        }
    }

    @Test("a concrete floor finisher after back surgery is offered no plant operative work")
    func backSurgeryNoPlant() async throws {
        let texts: [(text: String, title: String?)] = [
            // Review 19 p16, in his own words.
            ("concrete floor finisher 16 years, warehouse slabs and house floors all over the midlands, laser screed, power floating, curing, "
                + "joint cutting, setting out the levels, running a gang of 4. I herniated two discs in my lower back last year and had surgery, "
                + "the surgeon says no more heavy lifting or bending all day. I'm 41. I can read drawings and I price jobs for the boss. I'd like "
                + "something like estimator, quantity surveyor or site manager, off the tools.", "Concrete floor finisher"),
            ("Groundworker 12 years, drainage, kerbs, footings, a bit of 360 and dumper work. My back has gone, the physio says no more digging "
                + "or lifting. What else could I do in construction?", nil),
        ]
        for (text, title) in texts {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: title))
            checkPathInvariants(diagnostic)
            #expect(diagnostic.notices.contains { $0.contains("physical limit") }, "\(diagnostic.notices)")
            for path in diagnostic.paths {
                #expect(!path.occupation.title.lowercased().contains("plant operative"), "\(path.occupation.title)")
            }
        }
    }
}
