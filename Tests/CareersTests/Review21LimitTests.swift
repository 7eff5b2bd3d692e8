@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 21: limits read, and what they close

/// Review 21's learners with a condition (development data): panic attacks and anxiety after an assault at work get a note
/// on support and close confrontational and enforcement work (custody, security, policing); a lung condition from birds
/// closes the sheds and the birds, not every path.
@Suite("Review 21 limits: anxiety after an assault at work, and a bird fancier's lung")
struct Review21LimitTests {
    // Review 21 p17, in his own words.
    static let inspector = "revenue protection inspector on the trains for 8 years, working the cross city line and the lines through "
        + "bromsgrove and worcester. checking tickets, penalty fares, taking statements under caution, writing up prosecution files, body "
        + "worn camera, conflict management. last year i was assaulted on a late train and since then i get panic attacks on the platform "
        + "and i cant do it, im being treated for anxiety and im on a phased return that isnt working. im 39. im good at the paperwork "
        + "and the law side. what could i do that is away from the public?"

    @Test("anxiety after an assault at work states the confrontational-work limit; an assault with no fear left, or someone else's, does not")
    func assaultStatesLimit() throws {
        let confrontation = try #require(WorkLimit.all.firstIndex { $0.name == WorkLimit.confrontationName })
        #expect(WorkLimit.stated(in: Self.inspector, wishes: "").contains(confrontation))
        #expect(!WorkLimit.stated(in: "Door supervisor 10 years. I was assaulted once in 2015 and it never bothered me, I love the job.", wishes: "")
            .contains(confrontation))
        #expect(!WorkLimit.stated(in: "Support worker. My colleague was assaulted last year and now she gets panic attacks.", wishes: "")
            .contains(confrontation))
    }

    @Test("the inspector gets a note on anxiety and support, and no custody, security, police or enforcement path")
    func inspectorPaths() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: Self.inspector, currentTitle: "Revenue protection inspector"))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("anxiety or panic attacks") && $0.contains("Access to Work") }, "\(diagnostic.notices)")
        #expect(diagnostic.notices.contains { $0.contains("confrontational and enforcement work") }, "\(diagnostic.notices)")
        for path in diagnostic.paths {
            let title = path.occupation.title.lowercased()
            for word in ["custody", "detention", "security", "police", "prison", "enforcement"] {
                #expect(!title.contains(word), "\(path.occupation.title)")
            }
        }
    }

    @Test("a falconer with bird fancier's lung keeps paths on his animal and public work, none in sheds, stables or abattoirs")
    func falconer() async throws {
        // Review 21 p18, in his own words.
        let text = "Falconer at a bird of prey centre near Evesham for 12 years. Flying displays three times a day, talking to the crowds on "
            + "the mic, training and handling the owls, hawks and falcons, weighing and feeding, cleaning the mews, hatching and rearing "
            + "chicks, school visits and the experience days, hunting with the harris hawks in the winter. Lantra award in bird of prey "
            + "handling. Last year I got so breathless I couldnt walk up a hill, they found bird fanciers lung and the chest consultant says "
            + "no more birds at all. I'm 41. What can I do with what I know?"
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Falconer"))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("lung condition") }, "\(diagnostic.notices)")
        #expect(!diagnostic.paths.isEmpty, "\(diagnostic.notices)")
        #expect(!heldSkillIDs(diagnostic).contains("outdoor-activities"))
        for path in diagnostic.paths {
            let title = path.occupation.title.lowercased()
            for word in ["poultry", "livestock", "abattoir", "equine", "farm"] { #expect(!title.contains(word), "\(path.occupation.title)") }
        }
    }

    @Test("anxiety is the learner's own when they say so; helping people with anxiety is not")
    func anxietyNote() {
        #expect(WorkLimit.healthNotes(in: "I get panic attacks in crowds since last year.").contains { $0.contains("anxiety or panic attacks") })
        #expect(WorkLimit.healthNotes(in: "Signed off with anxiety for three months, back now.").contains { $0.contains("anxiety or panic attacks") })
        #expect(!WorkLimit.healthNotes(in: "Support worker for people with anxiety and depression, 6 years.").contains { $0.contains("anxiety or panic attacks") })
    }
}
