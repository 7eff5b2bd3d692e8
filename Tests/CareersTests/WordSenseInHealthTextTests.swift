@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - "till" and "theatre" in a clinician's story

/// An operating department practitioner's words (heldout-20, development data): "till they're safe" is a time,
/// not a till, and the operating theatre's bright lights are no stage work. The same words in their trade's
/// sense are still read.
@Suite("Word sense: 'till' as a time, 'theatre' in a hospital, biologics as medicine")
struct WordSenseInHealthTextTests {
    @Test("'till they're safe' and a hospital's theatre give no cash handling or stage skill")
    func clinicianWords() async throws {
        let cases: [(text: String, notHeld: String)] = [
            ("Scrub nurse 6 years, I look after them in recovery till they're safe to go back to the ward.", "cash-handling"),
            ("cleaner at the leisure centre, I stay till it's locked up and till we're done on a friday.", "cash-handling"),
            ("Anaesthetic practitioner at the hospital, the bright theatre lights and long lists give me migraines.", "live-events-and-theatre"),
            ("ODP for 8 years, most of my time in theatres with the surgeons and the anaesthetist.", "live-events-and-theatre"),
            ("hydraulic hose fitter 10 years, ankylosing spondylitis, on biologics now and the stiffness is better.", "science"),
        ]
        for (text, notHeld) in cases {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            #expect(!heldSkillIDs(diagnostic).contains(notHeld), "\(text): \(heldSkillIDs(diagnostic).sorted())")
        }
        let shop = try await TestCatalogue.diagnose(LearnerProfile(text: "Saturday job in a bakery, on the till and cashing up at close."))
        #expect(heldSkillIDs(shop).contains("cash-handling"), "\(heldSkillIDs(shop).sorted())")
        let stage = try await TestCatalogue.diagnose(LearnerProfile(text: "I run the lights for the theatre in town, panto every winter and the touring shows."))
        #expect(heldSkillIDs(stage).contains("live-events-and-theatre"), "\(heldSkillIDs(stage).sorted())")
    }

    @Test("the epilepsy of the people a carer supports is not the carer's: no driving or heights notes; the learner's own still is")
    func othersEpilepsy() async throws {
        let carer = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Support worker 6 years in a supported living service for adults with learning disabilities and epilepsy, personal care, \
            meds, seizure plans. One lad has epilepsy so I've done the epilepsy training.
            """))
        #expect(!carer.notices.contains { $0.contains("epilepsy") || $0.contains("driving") }, "\(carer.notices)")
        let erector = try await TestCatalogue.diagnose(LearnerProfile(text: """
            steel erector 14 yrs, portal frames, bolting up. last year I was diagnosed with epilepsy, so no more heights.
            """))
        #expect(erector.notices.contains { $0.contains("work at height") }, "\(erector.notices)")
    }
}

