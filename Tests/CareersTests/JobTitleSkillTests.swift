import Careers
import Domain
import Foundation
import Testing

// MARK: - Skills likely from the learner's job

/// A learner who names their job but few of its skills ("I was a butcher for 10 years") is shown the
/// skills that job's SOC 2020 tasks name, as weaker evidence kept apart from what their words say.
@Suite("Skills likely from the job title")
struct JobTitleSkillTests {
    /// The held skills that come only from the job.
    func jobSkills(_ diagnostic: Diagnostic) -> [HeldSkill] {
        diagnostic.skills.flatMap(\.skills).filter { $0.fromJob != nil }
    }

    @Test("a one-line profile naming a job gets that job's skills as weaker evidence saying where they come from")
    func oneLineProfile() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: "I was a butcher for 10 years."))
        let fromJob = jobSkills(diagnostic)
        #expect(fromJob.contains { $0.id == "food-safety" }, "\(fromJob.map(\.id))")
        for skill in fromJob {
            #expect(skill.fromJob == "5431")
            #expect(skill.evidence == ["from your job as butcher (SOC 2020 5431)"])
            #expect(skill.confidence < 0.6)
        }
        // What the words say stays as the words say it: butchery is quoted, not taken from the job.
        let butchery = try #require(diagnostic.skills.flatMap(\.skills).first { $0.id == "butchery" })
        #expect(butchery.fromJob == nil && butchery.evidence == ["butcher"])
        #expect(!fromJob.contains { $0.id == "butchery" })
    }

    @Test("a job title's unit group adds the skills the text leaves out, each skill once")
    func titleAddsSkills() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: "Five years at the Royal, mostly nights.", currentTitle: "Hospital porter"))
        let fromJob = Set(jobSkills(diagnostic).map(\.id))
        #expect(fromJob.contains("moving-and-handling"), "\(fromJob)")
        // The title's own words already name patient transport ("Hospital porter"), so the job does not repeat it.
        let porter = try #require(diagnostic.skills.flatMap(\.skills).first { $0.id == "patient-transport" })
        #expect(porter.fromJob == nil && porter.evidence == ["Hospital porter"])
        let all = diagnostic.skills.flatMap(\.skills).map(\.id)
        #expect(all.count == Set(all).count)
    }

    @Test("a skill a stated limit closes is not offered from the job")
    func limitClosesJobSkill() async throws {
        let able = try await TestCatalogue.diagnose(LearnerProfile(text: "Scaffolder for nine years round Worcester.", currentTitle: "Scaffolder"))
        #expect(jobSkills(able).contains { $0.id == "working-at-height" }, "\(jobSkills(able).map(\.id))")
        let limited = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Scaffolder for nine years round Worcester. My back has gone and I can't do heavy lifting any more.", currentTitle: "Scaffolder"))
        #expect(!limited.skills.flatMap(\.skills).contains { $0.id == "working-at-height" || $0.id == "manual-handling" })
        #expect(jobSkills(limited).contains { $0.id == "scaffolding" } || limited.skills.flatMap(\.skills).contains { $0.id == "scaffolding" })
    }

    @Test("a school leaver's text names no job held, and a text without a job title opening it gets no job skills", arguments: [
        "I'm 16 and just done my GCSEs. I do a paper round and help at my aunt's stables.",
        "Looking after my mum for six years, and before that some bar work and a bit of cleaning.",
    ])
    func noJobNamed(_ text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        #expect(jobSkills(diagnostic).isEmpty, "\(jobSkills(diagnostic).map(\.id))")
    }

    @Test("job skills are shown, not scored: no path shares a skill known only from the job")
    func displayOnly() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: "I was a butcher for 10 years. I'd like to work in a kitchen."))
        let onlyFromJob = Set(jobSkills(diagnostic).map(\.id))
        #expect(!onlyFromJob.isEmpty)
        for path in diagnostic.paths {
            #expect(onlyFromJob.isDisjoint(with: path.sharedSkills.map(\.id)), "\(path.occupation.title): \(path.sharedSkills.map(\.id))")
        }
    }

    @Test("JSON carries fromJob only for job skills; the report does not quote job evidence as the learner's words")
    func shownAsSuch() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: "I was a butcher for 10 years."))
        let json = String(decoding: try JSONEncoder().encode(diagnostic), as: UTF8.self)
        #expect(json.contains("\"fromJob\":\"5431\""))
        let butchery = String(decoding: try JSONEncoder().encode(diagnostic.skills.flatMap(\.skills).first { $0.id == "butchery" }), as: UTF8.self)
        #expect(!butchery.contains("fromJob"))
        let page = try DiagnosticReport.html(diagnostic)
        // Said to be a guess that is not counted (review 4, S8).
        #expect(page.contains("<dd>likely, from your job as butcher (SOC 2020 5431) — not counted in the matches"))
        #expect(page.contains("is not counted when jobs are matched to you"))
        #expect(page.contains("<dd>\u{201C}butcher\u{201D}</dd>"))
    }
}
