@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Rules from the sixth blind set (careers round 9)

/// Each rule careers round 9 added for career changers' moves, on a profile written for it.
@Suite("Careers round 9 rules")
struct CareerChangerRuleTests {
    // MARK: Wishes

    @Test("Words any job has ('work', 'people') match no job title: no young people's or people professional's job on nothing shared")
    func genericWishWordsMatchNoTitle() async throws {
        let text = "Car park attendant at the hospital for three years, patrolling the levels, checking permits and tickets, helping visitors "
            + "with the pay machines. I'd like to work indoors with people now."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Car park attendant"))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.reskill.map(\.occupation.title)
        #expect(!titles.contains { $0.lowercased().contains("people") }, "\(titles)")
        #expect(!diagnostic.reskill.contains { $0.sharedSkills.isEmpty && ($0.occupation.level ?? 0) > 3 }, "\(titles)")
    }

    @Test("A wished job sharing nothing is offered only a level above the learner's, and said to be a fresh start")
    func wishedJobSharingNothingIsAFreshStart() async throws {
        let text = "Pot washer in a pub kitchen for two years, washing up, cleaning down and putting deliveries away."
        // A level-4 job the wish names is beyond a first step from level-2 work: left out, with a notice.
        let far = try await TestCatalogue.diagnose(
            LearnerProfile(text: text, currentTitle: "Kitchen porter", aspiration: "I'd like to become a families practitioner"))
        checkPathInvariants(far)
        #expect(!far.reskill.contains { $0.sharedSkills.isEmpty && ($0.occupation.level ?? 0) > 3 }, "\(far.reskill.map(\.occupation.title))")
        #expect(far.notices.contains { $0.contains("which your wish names") && $0.contains("fresh start") }, "\(far.notices)")
        // One within reach is offered, and its why says it starts from scratch.
        let near = try await TestCatalogue.diagnose(
            LearnerProfile(text: text, currentTitle: "Kitchen porter", aspiration: "I'd like to be a tree surgeon"))
        checkPathInvariants(near)
        let fresh = try #require(near.reskill.first { $0.sharedSkills.isEmpty }, "\(near.reskill.map(\.occupation.title))")
        #expect(fresh.why.summary.contains("fresh start"), "\(fresh.why.summary)")
        #expect(!fresh.why.summary.contains("needs skills you have not mentioned"), "\(fresh.why.summary)")
    }

    @Test("A wish for creative work steers a baker to creative jobs that keep a distinctive skill, not fresh starts on cleaning")
    func generalWishLooksWithinReachFirst() async throws {
        let text = "Baker at a supermarket in-store bakery in Bromsgrove for five years, baking bread and pastries, food hygiene, shelf "
            + "displays and cleaning down. I would like something more creative."
        let diagnostician = try await TestCatalogue.shared.value
        let diagnostic = try diagnostician.diagnose(LearnerProfile(text: text, currentTitle: "Baker"), today: TestCatalogue.today)
        checkPathInvariants(diagnostic)
        let model = diagnostician.model
        var held = Array(repeating: false, count: model.skills.count)
        for id in heldSkillIDs(diagnostic) { if let position = model.skillPosition[id] { held[position] = true } }
        let creative = diagnostic.reskill.filter { $0.occupation.route == "creative-and-design" }
        #expect(!creative.isEmpty, "\(diagnostic.reskill.map(\.occupation.title))")
        for path in creative {
            let position = try #require(model.targetPosition[path.occupation.code])
            let fit = model.fit(of: model.targets[position], held: held, heldWeight: model.weight(of: held))
            #expect(fit.distinctiveShared > 0, "\(path.occupation.title) keeps nothing distinctive of a baker's work")
            #expect((path.occupation.level ?? 0) <= 3, "\(path.occupation.title)")
        }
    }

    // MARK: Moves

    @Test("A skill at the core of no standard is the least distinctive, and no distinctive core holds a widespread skill")
    func passingMentionsAreNotDistinctive() async throws {
        let model = try await TestCatalogue.shared.value.model
        var core = Set<Int>()
        for target in model.targets {
            for rank in target.skills.indices where rank < OccupationSkillModel.coreSize || target.strong[rank] { core.insert(target.skills[rank].skill) }
        }
        let passing = model.skills.indices.filter { !core.contains($0) }
        #expect(!passing.isEmpty)
        for skill in passing { #expect(model.distinctiveness[skill] == 0, "\(model.skills[skill].label)") }
        for target in model.targets {
            #expect(!target.distinctiveCore.contains { model.isWidespread[$0] }, "\(target.standard.title)")
        }
    }

    @Test("Packing and cleaning, a costume technician's core skills on paper, do not move a packhouse worker into costume work")
    func transferableSkillsCarryMovesOnlyWhereTypical() async throws {
        let text = "Packing operative at a vegetable packhouse near Pershore for four years, packing and labelling leeks and spring onions, "
            + "cleaning the line down at the end of the shift."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Packing operative"))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.reskill.map(\.occupation.title)
        #expect(!diagnostic.reskill.contains { $0.occupation.route == "creative-and-design" }, "\(titles)")
        #expect(!diagnostic.reskill.isEmpty)
    }

    @Test("A baker whose skills reach no other field's job gets the jobs SOC classes with theirs, saying so")
    func socNeighboursWhenSkillsGiveNoMove() async throws {
        // Since careers data round 3 made butchery core to the abattoir worker, a butcher's skills reach another
        // field on their own; a supermarket baker's (baking, food safety, serving customers) still do not.
        let text = "Baker in a supermarket bakery for seven years, baking bread and rolls, food hygiene and temperature checks, "
            + "serving customers."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Baker"))
        checkPathInvariants(diagnostic)
        let neighbour = try #require(
            diagnostic.reskill.first { $0.occupation.route != "catering-and-hospitality" && $0.why.summary.contains("SOC 2020") },
            "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(neighbour.why.summary.contains("SOC 2020 classes its job titles in the same minor group (543)"), "\(neighbour.why.summary)")
        #expect(!neighbour.sharedSkills.isEmpty)
        #expect((neighbour.occupation.level ?? 0) <= 3)
    }
}
