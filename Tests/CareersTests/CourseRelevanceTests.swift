import Careers
import Domain
import Foundation
import Taxonomy
import Testing

// MARK: - Courses that teach the gap, said truthfully (review 3, defects 1, 13 and 14)

@Suite("Course relevance and presentation")
struct CourseRelevanceTests {
    static let profiles: [LearnerProfile] = [
        LearnerProfile(text: "HGV class 1 driver for 12 years: Category C licence, Driver CPC, tachograph, vehicle checks and load security.",
                       currentTitle: "HGV driver", aspiration: "transport planning"),
        LearnerProfile(text: "Care assistant for six years: personal care, medication rounds, moving and handling.", aspiration: "team leader"),
        LearnerProfile(text: "Warehouse operative: forklift licence, stock control, picking and packing, despatch.", aspiration: "something with computers"),
        LearnerProfile(text: "Welder fabricator for ten years, MIG and TIG welding, reading engineering drawings.", currentTitle: "Welder"),
        LearnerProfile(text: "Customer advisor in a bank call centre: complaints, payments, Excel.", aspiration: "IT support or coding"),
    ]

    @Test("every listed course covers a gap skill of its path, and its why says so truthfully")
    func everyCourseCoversTheGap() async throws {
        for profile in Self.profiles {
            let diagnostic = try await TestCatalogue.diagnose(profile)
            checkPathInvariants(diagnostic)
            for path in diagnostic.paths {
                for course in path.courses {
                    // A course that trains for the occupation itself is listed though it covers none of the gap, and says so.
                    let forTheJob = (course.why.summary.hasPrefix("A course for ") && course.why.summary.contains(" itself"))
                        || course.why.summary.hasPrefix("A course that leads on to ")
                    #expect(!course.coversSkills.isEmpty || forTheJob, "\(course.title) is listed for \(path.occupation.title) but covers none of its gap")
                    #expect(!course.why.summary.contains("whose title matches"), "\(course.why.summary)")
                    #expect(course.why.summary.hasPrefix("Covers ") || (forTheJob && course.coversSkills.isEmpty), "\(course.why.summary)")
                    #expect(!course.why.summary.contains(/\bA [AEIOU]/), "\(course.why.summary)")
                }
            }
        }
    }

    @Test("a course that mostly teaches what the learner holds is marked down for them, not for a learner who lacks it")
    func heldSkillsMarkedDown() async throws {
        let diploma = "Fabrication and Welding Level 3 Diploma"
        let welder = try await TestCatalogue.diagnose(Self.profiles[3])
        // A care assistant who names metal fabrication (a wish for "team leader" now finds the team leader's job, paths19).
        let carer = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Care assistant for six years: personal care, medication rounds, moving and handling.", aspiration: "metal fabricator"))
        let forWelder = welder.paths.flatMap(\.courses).filter { $0.title == diploma }
        let forCarer = carer.paths.flatMap(\.courses).filter { $0.title == diploma }
        #expect(!forWelder.isEmpty && !forCarer.isEmpty, "the diploma is listed for both learners")
        // Welding, fabrication and drawings are what the welder has: at most half marks for them …
        #expect(forWelder.allSatisfy { $0.matchScore <= 0.5 }, "\(forWelder.map(\.matchScore))")
        // … while for a care assistant moving into metal fabrication it is the course to take.
        #expect(forCarer.contains { $0.matchScore > 0.5 }, "\(forCarer.map(\.matchScore))")
    }

    @Test("an occupation is shown once: a path to the learner's own job goes, another guessed occupation stays a path")
    func occupationShownOnce() async throws {
        let diagnostician = try await TestCatalogue.shared.value
        var raw = try diagnostician.diagnose(Self.profiles[1], today: TestCatalogue.today)
        let step = try #require(raw.upskill.first, "the care assistant has an upskill path")
        // A first step towards a job the wish names stays a path whatever the guesses (`isWished`): not this check's case.
        let sideways = try #require(raw.reskill.first { !$0.why.summary.hasPrefix("A first step towards") }, "the care assistant has a reskill path")
        // As the review found it: the learner's job also listed as a path, a step-up also listed as their job.
        raw.currentOccupations = [
            OccupationGuess(occupation: sideways.occupation, confidence: 0.6, why: "x"),
            OccupationGuess(occupation: step.occupation, confidence: 0.59, why: "x"),
        ] + raw.currentOccupations.filter { $0.occupation.scheme == .soc2020 }
        let shown = diagnostician.presented(raw)
        #expect(!shown.reskill.contains { $0.occupation.id == sideways.occupation.id }, "a path to the learner's own job")
        #expect(shown.upskill.contains { $0.occupation.id == step.occupation.id })
        #expect(!shown.currentOccupations.contains { $0.occupation.id == step.occupation.id })
        #expect(shown.currentOccupations.first?.occupation.id == sideways.occupation.id)
        let paths = Set(shown.paths.map(\.occupation.id))
        #expect(shown.currentOccupations.allSatisfy { !paths.contains($0.occupation.id) })
        #expect(!shown.demandSignal.occupations.contains(sideways.occupation.id))
    }

    @Test("occupation titles lose catalogue noise")
    func displayTitles() {
        #expect(OccupationRef.displayTitle("Optical assistant 2022") == "Optical assistant")
        #expect(OccupationRef.displayTitle("Supply chain practitioner (fast moving consumer good) (previously Operator Manager)")
            == "Supply chain practitioner (fast moving consumer good)")
        #expect(OccupationRef.displayTitle("Level 2 Adult care worker") == "Level 2 Adult care worker")
        #expect(OccupationRef.displayTitle("Dental technician") == "Dental technician")
    }

    @Test("matched words are the words as written, each once, never stems")
    func matchedTermsAsWritten() async throws {
        let diagnostician = try await TestCatalogue.shared.value
        var terms = 0
        for profile in Self.profiles {
            let diagnostic = try diagnostician.diagnoseForLearner(profile, today: TestCatalogue.today)
            for path in diagnostic.paths {
                let lowered = path.why.matchedTerms.map { $0.lowercased() }
                #expect(Set(lowered).count == lowered.count, "repeats in \(path.why.matchedTerms)")
                for course in path.courses {
                    let words = course.why.matchedTerms.map { $0.lowercased() }
                    #expect(Set(words).count == words.count, "repeats in \(course.why.matchedTerms)")
                    let titleWords = course.title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
                    for word in words where !titleWords.contains(word) {
                        terms += 1
                        #expect(!titleWords.contains { $0.hasPrefix(word) && $0 != word }, "'\(word)' is a stem of a word of \(course.title)")
                    }
                }
            }
        }
        #expect(terms > 0)
    }
}
