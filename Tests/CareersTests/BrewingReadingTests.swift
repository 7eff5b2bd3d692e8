@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Brewing read as a skill

/// Brewing work a learner describes (home brewing, helping on brew days, mashing in, the fermenters) is the
/// Brewing skill, which the Brewer standard is built on, so a brewery worker who wants the brewhouse is offered
/// it on their own evidence; "brewing up" is a cup of tea; and a drayman's line cleaning for the landlords he
/// delivers to is the brewery's service, not bar work.
@Suite("Brewing read as a skill")
struct BrewingReadingTests {
    static let drayman = "drayman for a brewery in evesham 7 years, class 2, delivering kegs to pubs round the vale, doing the line cleaning "
        + "for the landlords. ive done homebrew for years and help the head brewer on brew days, mashing in and cleaning out the fermenters. "
        + "i want to get into the brewhouse properly."

    @Test("home brewing, brew days, mashing in and fermenters are Brewing, and the Brewer standard holds it")
    func brewingIsASkill() async throws {
        let labels = try await ReviewElevenWordSenseTests.labels(Self.drayman, title: "Drayman")
        #expect(labels.contains("Brewing"), "\(labels)")
        #expect(!labels.contains("Food and beverage service"), "\(labels)")
        let engine = try await TestCatalogue.shared.value
        let brewer = try #require(engine.model.targetPosition["ST0580"])
        #expect(engine.model.targets[brewer].standard.title == "Brewer")
        #expect(engine.model.targets[brewer].skills.contains { engine.model.skills[$0.skill].label == "Brewing" })
    }

    @Test("the drayman who wants the brewhouse is offered Brewer, sharing his brewing")
    func draymanToBrewer() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: Self.drayman, currentTitle: "Drayman"))
        checkPathInvariants(diagnostic)
        let brewer = try #require(diagnostic.reskill.first { $0.occupation.title == "Brewer" }, "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(brewer.sharedSkills.contains { $0.label == "Brewing" })
    }

    @Test("brewing up a cup of tea and a barman's line cleaning are not Brewing; bar work stays bar work")
    func otherSenses() async throws {
        let labels = try await ReviewElevenWordSenseTests.labels(
            "bar supervisor at a pub in pershore, pulling pints, cellar management and line cleaning every week, and brewing up for the staff.")
        #expect(!labels.contains("Brewing"), "\(labels)")
        #expect(labels.contains("Food and beverage service"), "\(labels)")
    }
}
