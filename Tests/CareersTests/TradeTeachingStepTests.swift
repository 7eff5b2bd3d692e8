@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Teaching or assessing a trade: only for a trade, on something shown, and a wish only when wished

/// "Teaching or assessing your trade" is a step up for someone who practises a trade and shows something of
/// teaching it (`CareerDiagnostician.upskillPaths`): not filler at a 0% match for a library assistant, not a
/// manager's step, never primary-school teaching, and it matches the wish only when the wish names teaching.
@Suite("Trade teaching step")
struct TradeTeachingStepTests {
    static let teachingStep = "Teaching or assessing your trade"

    @Test("a bar manager who trains her staff has no trade to teach: no teaching or assessing step, no school teacher")
    func managerHasNoTradeToTeach() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Bar manager at a pub in Bromsgrove, 6 years. Cellar management, stock takes, rotas, cashing up, training staff, "
                + "personal licence holder. I want daytime hours now I've got a little one.",
            currentTitle: "Bar manager"))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.upskill.contains { $0.why.summary.hasPrefix(Self.teachingStep) }, "\(diagnostic.upskill.map(\.occupation.title))")
        #expect(!diagnostic.paths.contains { $0.occupation.title == "Teacher" }, "\(diagnostic.paths.map(\.occupation.title))")
    }

    @Test("a library assistant returner is not offered teaching or assessing 'her trade' at a 0% match")
    func noTeachingAtNoMatch() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Before having my children I was a library assistant in Malvern library for 5 years - issuing books, running story time "
                + "for toddlers, helping people use the computers, cataloguing. Kids are at school now so I want to get back to work, school hours ideally.",
            currentTitle: "Library assistant"))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.upskill.contains { $0.why.summary.hasPrefix(Self.teachingStep) }, "\(diagnostic.upskill.map(\.occupation.title))")
        // Nothing is said to match a wish that names no job or field.
        #expect(!diagnostic.paths.contains { $0.why.summary.contains("matches what you said") }, "\(diagnostic.paths.map(\.why.summary))")
    }

    @Test("a tradesperson who has trained apprentices may teach or assess the trade, on a match above 0%")
    func tradespersonWhoTrainsOthers() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Plumber for eighteen years, bathrooms and central heating, gas safe. I've had an apprentice most years and I "
                + "enjoy mentoring."))
        checkPathInvariants(diagnostic)
        let teaching = diagnostic.upskill.filter { $0.why.summary.hasPrefix(Self.teachingStep) }
        #expect(!teaching.isEmpty, "\(diagnostic.upskill.map(\.occupation.title))")
        for step in teaching {
            #expect(step.score >= CareerDiagnostician.minimumTeachingFit, "\(step.occupation.title) \(step.score)")
            // Without a wish, it is not said to match one, nor recorded as wished-for demand.
            #expect(!step.why.summary.contains("matches what you said"), "\(step.why.summary)")
        }
        #expect(!diagnostic.demandSignal.aspired)
    }

    @Test("a craftsperson of twenty years whose back has gone may teach or assess the craft although he names no training")
    func craftspersonOfYears() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Ive been a stonemason for 20 years, banker work, carving and fixing, restoring old church stonework with lime mortar. "
                + "My back has gone and I cant do the heavy lifting any more."))
        checkPathInvariants(diagnostic)
        let teaching = diagnostic.upskill.filter { $0.why.summary.hasPrefix(Self.teachingStep) }
        #expect(!teaching.isEmpty, "\(diagnostic.upskill.map(\.occupation.title))")
        #expect(!diagnostic.demandSignal.aspired)
    }

    @Test("school teaching, built on child development, is not a teaching role for a trade; further-education teaching and assessing are")
    func schoolTeachingIsNoTrade() async throws {
        let engine = try await TestCatalogue.shared.value
        let model = engine.model
        let teaches = { (title: String) in model.targets.indices.first { model.targets[$0].standard.title == title }.map { model.teachesTrade[$0] } }
        #expect(teaches("Teacher") == false)
        #expect(teaches("Assessor coach") == true)
        #expect(teaches("Learning and skills teacher") == true)
    }
}
