@testable import Careers
import Domain
import Foundation
import Taxonomy
import Testing

// MARK: - Conditions caused by the work: reading them

@Suite("Work conditions: a condition the work caused is read as the exposures that caused it")
struct WorkConditionReadingTests {
    static func limits(_ text: String, wishes: String = "") -> [String] { WorkLimitReadingTests.limits(text, wishes: wishes) }

    @Test("an allergy, occupational asthma or PTSD states the limits of what caused it", arguments: [
        ("Gel and acrylic nails for six years, but I'm now allergic to the acrylates.", [WorkLimit.sensitiserName, "wet work or chemicals"]),
        ("The dermatologist says I have an acrylate allergy and must stop doing nails.", [WorkLimit.sensitiserName, "wet work or chemicals"]),
        ("I've been diagnosed with occupational asthma from the two pack paint.", ["dusty work or fumes", WorkLimit.sensitiserName]),
        ("Resprayer for nine years until my asthma from the isocyanates got too bad.", ["dusty work or fumes", WorkLimit.sensitiserName]),
        ("Firefighter for twelve years, then I was diagnosed with PTSD after a fatal fire.", [WorkLimit.traumaName]),
        ("Prison officer, signed off with post traumatic stress last spring.", [WorkLimit.traumaName]),
    ])
    func read(_ text: String, _ names: [String]) {
        let read = Self.limits(text)
        for name in names { #expect(read.contains(name), "\(read)") }
    }

    @Test("someone else's condition, one they help others with, or a denial is not read", arguments: [
        "My husband has PTSD from the army so I work school hours.",
        "Support worker for people with PTSD and anxiety in supported housing.",
        "I'm not allergic to the acrylates, I just want a change from nails.",
    ])
    func notRead(_ text: String) {
        let read = Self.limits(text).filter { [WorkLimit.sensitiserName, WorkLimit.traumaName].contains($0) }
        #expect(read.isEmpty, "\(read)")
    }

    @Test("a wish to be away from emergencies rules out emergency work")
    func wish() {
        #expect(Self.limits("", wishes: "I want to stay with patients but away from emergencies and blue lights").contains(WorkLimit.traumaName))
        #expect(!Self.limits("", wishes: "I want to stay with patients on the wards").contains(WorkLimit.traumaName))
    }
}

// MARK: - Conditions caused by the work: what they close

@Suite("Work conditions: jobs exposed to the same cause are neither moves nor steps up")
struct WorkConditionClosingTests {
    /// Every path's title, moves and steps up.
    static func titles(_ diagnostic: Diagnostic) -> [String] { diagnostic.paths.map(\.occupation.title) }

    @Test("the exposures close the jobs built on them, not office or care work")
    func closes() async throws {
        let engine = try await TestCatalogue.shared.value
        let sensitiserLimit = try #require(WorkLimit.all.firstIndex { $0.name == WorkLimit.sensitiserName })
        let traumaLimit = try #require(WorkLimit.all.firstIndex { $0.name == WorkLimit.traumaName })
        let sensitiser = Set(engine.model.targets.indices.filter { engine.model.isRuledOut($0, by: [sensitiserLimit]) }
            .map { engine.model.targets[$0].standard.title })
        for title in ["Nail services technician", "Composites technician", "Industrial coatings applicator", "Vehicle damage paint technician"] {
            #expect(sensitiser.contains(title), "\(title)")
        }
        let trauma = Set(engine.model.targets.indices.filter { engine.model.isRuledOut($0, by: [traumaLimit]) }
            .map { engine.model.targets[$0].standard.title })
        for title in ["Associate ambulance practitioner", "Police constable (integrated degree)", "Specialist rescue operative", "Mortuary technician"] {
            #expect(trauma.contains(title), "\(title)")
        }
        for title in ["Business administrator", "Adult care worker", "Healthcare support worker"] {
            #expect(!sensitiser.contains(title) && !trauma.contains(title), "\(title)")
        }
    }

    @Test("a nail technician allergic to the acrylates is offered no job working with them, and still has moves")
    func nailTechnician() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Nail technician in a busy salon in Worcester for six years doing gel extensions, acrylic sets, nail art and pedicures, and I \
            look after the bookings and the salon's Facebook page. I've become allergic to the acrylates, my fingertips split and \
            weep, and the doctor told me to stop for good.
            """, currentTitle: "Nail technician"))
        checkPathInvariants(diagnostic)
        for title in Self.titles(diagnostic) {
            for word in ["Nail", "Composites", "coatings", "Dental laboratory", "paint"] { #expect(!title.contains(word), "\(title)") }
        }
        // The allergy closes the beauty work it came from: no move rests on it (a dog groomer's nail clipping).
        for path in diagnostic.reskill { #expect(!path.sharedSkills.contains { $0.label == "Beauty therapy" }, "\(path.occupation.title)") }
        #expect(diagnostic.notices.contains { $0.contains("acrylates") }, "\(diagnostic.notices)")
        #expect(!diagnostic.reskill.isEmpty, "\(diagnostic.notices)")
    }

    @Test("a paint sprayer with occupational asthma is offered no spraying, coatings or composites work, and still has a move")
    func paintSprayer() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Resprayer at a body shop in Kidderminster for nine years: masking, mixing two pack paint, spraying in the booth, \
            colour matching and polishing out. The consultant diagnosed occupational asthma from the isocyanates and I can never \
            go back in a booth.
            """, currentTitle: "Vehicle paint sprayer"))
        checkPathInvariants(diagnostic)
        for title in Self.titles(diagnostic) {
            for word in ["paint", "coatings", "Composites"] { #expect(!title.contains(word), "\(title)") }
        }
        #expect(!diagnostic.reskill.isEmpty, "\(diagnostic.notices)")
    }

    @Test("a firefighter with PTSD is offered no emergency, police or rescue job, nor their own")
    func firefighter() async throws {
        let engine = try await TestCatalogue.shared.value
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Firefighter for twelve years on a busy watch in Redditch: house fires, road traffic collisions, rescues, first aid and \
            fire safety visits in schools. After a fatal fire last year I was diagnosed with PTSD and I can't go back on the run. \
            I'd like to stay in public service but away from emergencies.
            """))
        checkPathInvariants(diagnostic)
        for title in Self.titles(diagnostic) {
            for word in ["Firefighter", "Ambulance", "Police", "rescue", "Emergency", "Custody", "Mortuary"] {
                #expect(!title.localizedCaseInsensitiveContains(word), "\(title)")
            }
        }
        // Nor the job the text reads as, or its close kin.
        if let own = diagnostic.currentOccupations.first(where: { $0.occupation.scheme == .ifate }),
            let anchor = engine.model.targetPosition[own.occupation.code]
        {
            let kin = Set(engine.closeKin(of: anchor).map { engine.model.targets[$0].standard.title })
            for title in Self.titles(diagnostic) { #expect(!kin.contains(title), "\(title)") }
        }
        #expect(diagnostic.notices.contains { $0.contains("emergency or traumatic work") }, "\(diagnostic.notices)")
    }
}
