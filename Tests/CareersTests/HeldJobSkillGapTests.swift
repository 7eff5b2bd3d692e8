import Careers
import Domain
import Testing

// MARK: - Skills the learner's job implies are no gap

/// A skill the learner's job implies (a cashier's cash handling, from the tasks of the unit group their
/// job title places them in) is shown as held from the job, and is never listed as missing on a path.
@Suite("Held job skills are no gap")
struct HeldJobSkillGapTests {
    @Test("a care assistant's job skills (care planning, record keeping) appear in no path's missing skills")
    func jobSkillsNotMissing() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: "I was a care assistant for 10 years."))
        checkPathInvariants(diagnostic)
        let fromJob = Set(diagnostic.skills.flatMap(\.skills).filter { $0.fromJob != nil }.map(\.id))
        #expect(!fromJob.isEmpty, "no skills from the job: \(diagnostic.skills.flatMap(\.skills).map(\.id))")
        #expect(!diagnostic.paths.isEmpty)
        for path in diagnostic.paths {
            let missing = Set(path.missingSkills.map(\.id))
            #expect(missing.isDisjoint(with: fromJob), "\(path.occupation.title) lists \(missing.intersection(fromJob)) as missing")
        }
        // They are the learner's, though moves rest on what they said: no path lists them as shared either.
        #expect(diagnostic.paths.allSatisfy { Set($0.sharedSkills.map(\.id)).isDisjoint(with: fromJob) })
    }
}
