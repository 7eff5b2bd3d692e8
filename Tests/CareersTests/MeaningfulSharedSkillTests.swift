@testable import Careers
import Taxonomy
import Testing

// MARK: - Which shared skills say a learner can do a job

@Suite("Meaningful shared skills")
struct MeaningfulSharedSkillTests {
    @Test("a specific skill a job only touches on (not core, not named throughout its standard) does not count; a core one does")
    func onlyCoreOrStrongSkillsCount() async throws {
        let diagnostician = try await TestCatalogue.shared.value
        let model = diagnostician.model
        let eligible = { (skill: Int) in !model.isCommonplace[skill] && OccupationSkillModel.isSpecific(model.skills[skill].kind) }
        // A job with a specific skill among its core skills and another it only touches on.
        let found = model.targets.indices.lazy.compactMap { position -> (Int, Int, Int)? in
            let target = model.targets[position]
            guard let core = target.skills.indices.first(where: { $0 < OccupationSkillModel.coreSize && eligible(target.skills[$0].skill) }),
                let minor = target.skills.indices.first(where: { $0 >= OccupationSkillModel.coreSize && !target.strong[$0] && eligible(target.skills[$0].skill) })
            else { return nil }
            return (position, target.skills[core].skill, target.skills[minor].skill)
        }.first
        let (position, core, minor) = try #require(found)
        var held = Array(repeating: false, count: model.skills.count)
        held[minor] = true
        #expect(diagnostician.meaningfulShared(position, held: held) == 0, "\(model.skills[minor].label) in \(model.targets[position].standard.title)")
        held[core] = true
        #expect(diagnostician.meaningfulShared(position, held: held) == 1)
    }

    @Test("a move is said to follow moves sharing two or more skills only when one of them is listed ahead of it", arguments: [
        "Bus driver in Redditch for twelve years, taking fares, helping people with prams and wheelchairs, walk round checks before each shift.",
        "Kitchen porter for three years: washing up, deep cleaning, taking deliveries and rotating stock in the walk-in fridge.",
        "Care assistant in a residential home: personal care, medication rounds, writing care plans, moving and handling with hoists.",
        "Parcel courier in a van for five years, 100 drops a day, scanning parcels, planning the route and dealing with customers.",
    ])
    func singleSkillNoteHasAStrongerMoveAhead(_ text: String) async throws {
        try await Self.checkSingleSkillNotes(LearnerProfile(text: text))
    }

    @Test("a move right after the one a wish leads with is not said to follow stronger moves")
    func singleSkillNoteAfterWishedMove() async throws {
        try await Self.checkSingleSkillNotes(LearnerProfile(
            text: "Barista for four years in a busy cafe, now shift supervisor: latte art, cashing up, ordering stock, and I run our Instagram and TikTok pages.",
            currentTitle: "Barista", aspiration: "Marketing or social media"))
    }

    /// Every move whose why says moves sharing two or more skills are listed first has one ahead of
    /// it that is neither so noted nor matched to the wish (which leads whatever its skills).
    static func checkSingleSkillNotes(_ profile: LearnerProfile) async throws {
        let diagnostic = try await TestCatalogue.diagnose(profile)
        checkPathInvariants(diagnostic)
        for (index, path) in diagnostic.reskill.enumerated() where path.why.summary.contains("are listed first") {
            #expect(diagnostic.reskill.prefix(index).contains { !$0.why.summary.contains("are listed first") && !$0.why.summary.contains("It matches what you said") },
                    "\(path.occupation.title) is said to follow stronger moves: \(diagnostic.reskill.map(\.occupation.title))")
        }
    }
}
