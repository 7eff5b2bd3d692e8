@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Health conditions: reading them

@Suite("Health conditions: reading what the learner said")
struct HealthConditionReadingTests {
    static func limits(_ text: String, wishes: String = "") -> [String] { WorkLimitReadingTests.limits(text, wishes: wishes) }

    @Test("a condition of the learner's own body is read as the limit it puts on work", arguments: [
        ("I've got carpal tunnel in both wrists, had the op on one.", "work with the hands"),
        ("The arthritis in my hands means I can't grip like I used to.", "work with the hands"),
        ("Years on the tills gave me RSI.", "work with the hands"),
        ("My wrists are really sore by the end of a shift now.", "work with the hands"),
        ("I have really bad dermatitis from the plaster.", "wet work or chemicals"),
        ("My eczema flares up with the hand washing.", "wet work or chemicals"),
        ("I found out I'm allergic to latex.", "wet work or chemicals"),
        ("My skin has got really bad from the cleaning products.", "wet work or chemicals"),
        ("I was diagnosed with epilepsy in March.", "driving"),
        ("My eyesight is going and the optician says no more night driving.", "driving"),
        ("I've got asthma now.", "dusty work or fumes"),
        ("The doctor says I have to get away from the dust.", "dusty work or fumes"),
        ("I have long Covid and tire easily.", "physically demanding or long-hours work"),
        ("I had a heart attack in the spring.", "physically demanding or long-hours work"),
        ("I want something indoors now.", "indoor or desk-based work"),
        ("Twenty years on the breakers gave me vibration white finger.", "work with the hands"),
        ("My fingers have gone numb from the vibration.", "work with the hands"),
        ("I had a hernia op last year.", "lifting or climbing"),
        // Vertigo closes work at height, driving and machinery (its own limit), not lifting.
        ("I get vertigo now.", "work at height, driving or operating machinery"),
        // Tinnitus is an ear that can no longer take loud sound: loud work (headset phone work among it), not deafness.
        ("The headsets have left me with tinnitus.", "loud work"),
        ("I had blackouts and the DVLA took my licence.", "driving"),
        ("I had blackouts and the DVLA took my licence.", "operating machinery"),
        ("I had a seizure and lost my licence, so I cannot drive for a year.", "driving"),
        ("I had a seizure and lost my licence, so I cannot drive for a year.", "operating machinery"),
        ("Had enough of the weather.", "outdoor work"),
    ])
    func read(_ text: String, _ name: String) {
        #expect(Self.limits(text).contains(name), "\(Self.limits(text))")
    }

    @Test("someone else's condition, a denial, a service for a condition or a skill used is not a limit", arguments: [
        "My mum has carpal tunnel so I do her shopping.",
        "No problems with my hands, I can do fiddly work all day.",
        "My hands are fine and I use hand tools every day.",
        "I have never had eczema or any skin problems.",
        "I don't have asthma.",
        "Practice nurse for six years running the asthma clinics and COPD reviews.",
        "Support worker for people with epilepsy and learning disabilities.",
        "I work with patients who have seizures.",
        "Knife skills are my strength after ten years as a chef.",
        "I worked in wet trades for fifteen years and loved it.",
        "Lifeguard for five years, first aid and pool tests.",
        "Audiology assistant fitting hearing aids and testing people for tinnitus.",
        "Physio assistant for patients with sciatica and arthritis.",
    ])
    func notRead(_ text: String) {
        let read = Self.limits(text).filter { ["work with the hands", "wet work or chemicals", "dusty work or fumes", "driving",
                                                "physically demanding or long-hours work", "outdoor work", "indoor or desk-based work", "lifting or climbing", "phone work", "operating machinery", "loud work"].contains($0) }
        #expect(read.isEmpty, "\(read)")
    }

    @Test("what the learner says they can no longer do in general terms is read")
    func generalForm() {
        #expect(Self.limits("I cant do knife work all day anymore.").contains("work with the hands"))
        #expect(Self.limits("The doctor says I have to get out of wet trades for good.").contains("wet work or chemicals"))
        #expect(Self.limits("The doctor says no more lugging crates or 4am starts.").contains("lifting or climbing"))
        #expect(Self.limits("The doctor says no more lugging crates or 4am starts.").contains("physically demanding or long-hours work"))
        #expect(Self.limits("I can't wait to get my hands on the tools again.").isEmpty)
    }
}

// MARK: - Health conditions: what the limits close

@Suite("Health conditions: what the limits close")
struct HealthConditionClosingTests {
    /// The standards (titles) a limit rules out, from the engine's precomputed table.
    static func ruledOut(by limit: Int) async throws -> Set<String> {
        let engine = try await TestCatalogue.shared.value
        return Set(engine.model.targets.indices.filter { engine.model.isRuledOut($0, by: [limit]) }.map { engine.model.targets[$0].standard.title })
    }

    @Test("the hands limit closes knife work, hand-tool trades and hairdressing, not office work")
    func handsClose() async throws {
        let closed = try await Self.ruledOut(by: WorkLimit.hands)
        for title in ["Fishmonger", "Carpentry and joinery", "Advanced and creative hair professional"] { #expect(closed.contains(title), "\(title)") }
        for title in ["Business administrator", "Procurement and supply assistant", "Customer service specialist"] {
            #expect(!closed.contains(title), "\(title)")
        }
    }

    @Test("the skin limit closes the wet trades and the dust limit paint spraying, neither closes a construction technician's job")
    func skinAndDustClose() async throws {
        let skin = try await Self.ruledOut(by: WorkLimit.skin)
        #expect(skin.contains("Plasterer") && skin.contains("Wall and floor tiler"))
        let dust = try await Self.ruledOut(by: WorkLimit.breathing)
        #expect(dust.contains("Industrial coatings applicator") && dust.contains("Vehicle damage paint technician"))
        for title in ["Construction support technician", "Business administrator"] {
            #expect(!skin.contains(title) && !dust.contains(title), "\(title)")
        }
    }

    @Test("a skill the learner says they can no longer do closes the jobs built on it")
    func namedSkill() async throws {
        let engine = try await TestCatalogue.shared.value
        let limits = engine.statedLimits(text: "Hairdresser for twelve years. I can't do hairdressing any more.", wishes: "")
        let hairdressing = try #require(engine.model.skills.firstIndex { $0.label == "Hairdressing" })
        #expect(limits.contains(WorkLimit.namedSkill(hairdressing)), "\(limits)")
        let none = engine.statedLimits(text: "Hairdresser for twelve years. I love hairdressing.", wishes: "")
        #expect(!none.contains(WorkLimit.namedSkill(hairdressing)))
    }
}

// MARK: - Health conditions: the flow

@Suite("Health conditions: moves when a limit closes the learner's own work")
struct HealthConditionFlowTests {
    @Test("someone with years of work history whose own trade a condition closes still gets moves, each saying why", arguments: [
        ("Butcher", "Butcher at a farm shop for 10 years. Cutting and boning, serving on the counter, ordering from the farms. I've got carpal tunnel in both wrists and I cant do knife work all day anymore.", "Butchery"),
        ("Plasterer", "Plasterer for 13 years, skimming, rendering and dry lining. I've got really bad dermatitis on my hands from the plaster and lime and the doctor says I have to get out of wet trades for good.", "Plastering"),
        ("Hairdresser", "Hairdresser for 9 years, cutting, colouring and styling, and I ran the salon bookings and stock. I've developed a latex allergy and bad eczema from the dyes.", "Hairdressing"),
    ])
    func movesWithWhy(_ title: String, _ text: String, _ closedSkill: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: title))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.isEmpty, "notices: \(diagnostic.notices)")
        for path in diagnostic.reskill {
            // What the limit closes is not a strength any move rests on or cites.
            #expect(!path.sharedSkills.contains { $0.label == closedSkill }, "\(path.occupation.title) cites \(closedSkill)")
            #expect(!path.why.summary.contains(closedSkill.lowercased()), "\(path.why.summary)")
        }
        let told = diagnostic.reskill.filter { $0.why.summary.contains("closes much of your own kind of work") }
        #expect(!told.isEmpty, "\(diagnostic.reskill.map(\.why.summary))")
        for path in told { #expect(path.why.summary.contains("can no longer do ("), "\(path.why.summary)") }
    }

    @Test("a desk move rests on a shared skill core to it, or is a plain entry role", arguments: [
        "Office cleaner for 3 years, early mornings. Cleaning, using chemicals safely under COSHH, emptying bins and restocking supplies. I've got bad eczema from the chemicals now.",
        "Care worker for six years, personal care, safeguarding and medication. I hurt my back and cannot lift any more.",
        "Warehouse picker for eight years, stock control and forklift. My knees are shot and I need a job where I can sit down.",
    ])
    func plausibleDeskMoves(_ text: String) async throws {
        let engine = try await TestCatalogue.shared.value
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        for path in diagnostic.reskill where path.why.summary.contains("desk-based") {
            let title = path.occupation.title.lowercased()
            let plain = CareerDiagnostician.plainEntryTitles.contains { title.hasPrefix($0) }
            let position = try #require(engine.model.targets.firstIndex { $0.standard.title == path.occupation.title })
            let core = engine.model.coreSkills[position].map { engine.model.skills[$0].label }
            let sharedCore = path.sharedSkills.contains { shared in core.contains(shared.label) && ![SkillKind.common, .behaviour].contains(shared.kind) }
            #expect(plain || sharedCore, "\(path.occupation.title) rests on \(path.sharedSkills.map(\.label)); core: \(core)")
            if text.hasPrefix("Office cleaner") { #expect(path.occupation.title != "Funeral team member") }
        }
    }

    @Test("a wish to be indoors and away from the public brings desk-based moves")
    func indoorWish() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Civil enforcement officer for four years, patrolling, issuing tickets, writing up notes when people appeal. \
            I want something indoors where people dont shout at me all day.
            """))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("indoor or desk-based work") }, "\(diagnostic.notices)")
        #expect(diagnostic.reskill.contains { $0.why.summary.contains("desk-based") }, "\(diagnostic.reskill.map(\.occupation.title))")
    }
}
