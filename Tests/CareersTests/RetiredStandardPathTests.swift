import Careers
import Domain
import Testing

// MARK: - Retired standards with statements, and a school leaver's named level-4 job

/// Everyday jobs the 2023 snapshot lists only as retired versions with statements (healthcare support
/// worker, software development technician…) are offered like any standard, their why saying the version
/// is retired. A school leaver who names a level-4 job (open to apprentices from 18) is offered it, with the
/// entry requirement an adviser would add (and its level-3 first step unless they hold or are finishing a level 3); one who names only a field is not offered
/// level 4 or above this way, nor is a degree-level job they name listed as a path (one studying at level 3 is told
/// it is a degree apprenticeship: `SixthFormerDegreeWishTests`; one with a first step towards it is offered it:
/// `WishedStandardOfferTests.degreeApprenticeshipForALevelStudent`). The tests fail without the retired standards
/// (no ST0216 or ST0128) and without the school-leaver rule (Software developer left out by the level-3 cap).
@Suite("Retired standard paths")
struct RetiredStandardPathTests {
    @Test("a care worker moving to hospital work is offered the healthcare support worker standard, its why saying the version is retired")
    func healthcareSupportWorkerPath() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Care assistant in a nursing home for 4 years: personal care, taking observations, helping residents mobilise, \
            infection control, recording fluid charts. I'd like to work on a hospital ward.
            """))
        // (The text was a healthcare support worker's until the job was read from the whole title: she is one, so the
        // standard is her own job, never a path; a care worker moving to hospital work is the case the test names.)
        checkPathInvariants(diagnostic)
        let worker = try #require(diagnostic.paths.first { $0.occupation.code == "ST0216" }, "\(diagnostic.paths.map(\.occupation.title))")
        // The retired version is said in a learner's words, without the snapshot's jargon (review 10).
        #expect(worker.why.summary.contains("The apprenticeship for this job has been updated since our information on it"), "\(worker.why.summary)")
        #expect(!worker.why.summary.contains("snapshot"))
        #expect(!worker.why.summary.contains("best guess"))
        #expect(worker.sharedSkills.contains { $0.id == "clinical-observations" })
    }

    @Test("a 17-year-old asking for a software developer apprenticeship is offered it with its entry requirement")
    func schoolLeaverNamedLevel4() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            17, doing A levels in computer science maths and physics at a sixth form in droitwich. I code in python and a bit of javascript, \
            made a discord bot and a website for my dads business. Dont really want uni debt, is there a software developer apprenticeship near me
            """))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.reskill.map(\.occupation.title)
        let developer = try #require(diagnostic.reskill.first { $0.occupation.code == "ST0116" }, "\(titles)")
        #expect(developer.why.summary.hasPrefix("The job your wish names"), "\(developer.why.summary)")
        #expect(developer.why.summary.contains("usually ask for A levels or a level 3 qualification first"), "\(developer.why.summary)")
        #expect(diagnostic.notices.contains { $0.contains("Software developer (level 4), which your wish names, is an apprenticeship you can apply for from 18") })
        // Doing A levels, they may start at level 4 (`LeaverStartLevelTests`), so no level-3 first step is needed; nothing at degree level.
        #expect(diagnostic.paths.allSatisfy { ($0.occupation.level ?? 0) <= 4 }, "\(titles)")
    }

    @Test("a school leaver naming only a field, or a degree-level job, is not offered level 4 or above as the job they named", arguments: [
        "Im 16 and just done my GCSEs, maths 6 and DT 7. Im always taking things apart and putting them back together. I want an engineering apprenticeship not sixth form.",
        "I'm 17 and doing A levels in biology and chemistry. I want to be a paramedic but I don't want to go to uni.",
    ])
    func schoolLeaverFieldOrDegree(_ text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        for path in diagnostic.reskill {
            #expect(!path.why.summary.contains("usually ask for A levels"), "\(path.occupation.title)")
            // An A-level student may start at level 4 (`LeaverStartLevelTests`); one just done with GCSEs at level 3.
            let start = text.contains("A levels") ? 4 : 3
            #expect((path.occupation.level ?? 0) <= start || path.why.summary.contains("long-term goal"), "\(path.occupation.title) L\(path.occupation.level ?? 0)")
        }
    }
}
