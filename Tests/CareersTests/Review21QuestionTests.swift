@testable import Careers
import Domain
import Foundation
import Testing

// MARK: - Questions answered with what serves them, or plainly (review 21, T6)

/// A question is answered only with courses that train for the work of the path they are listed under: a would-be veterinary
/// nurse asking about her age hears no cost line of an energy management course. An apprenticeship asked about without A levels
/// is no degree apprenticeship, which usually asks for them: the learner is told so plainly.
@Suite("Review 21 questions")
struct Review21QuestionTests {
    static func answers(_ diagnostic: Diagnostic) -> [String] {
        diagnostic.notices.filter { $0.hasPrefix("You asked") || $0.hasPrefix("You say you worry") }
    }

    static func diagnose(_ text: String, title: String? = nil, aspiration: String? = nil) async throws -> Diagnostic {
        try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: title, aspiration: aspiration))
    }

    /// Principle: the age answer quotes the cost line only of a course that trains for its path's work.
    @Test("a returning animal technician asking about vet nursing at her age hears of no course for another path's work")
    func ageAnswerServesPath() async throws {
        let diagnostic = try await Self.diagnose("""
            I was an animal technician in a university biomedical research unit in Birmingham from 2006 to 2017, commuting from \
            Bromsgrove. Husbandry for mice and rats, health checks, breeding colonies and records, cage wash, barrier and hygiene \
            procedures, assisting the researchers with procedures under the Home Office licence, IAT level 3. I left when my twins were \
            born and then my dad got dementia and moved in with us. He's in a home now. I'm 44. I'd like to go back to animal work or lab \
            work but maybe not research animals. Could I be a veterinary nurse at my age, or what else?
            """)
        checkPathInvariants(diagnostic)
        let age = try #require(Self.answers(diagnostic).first { $0.contains("no upper age limit") }, "\(diagnostic.notices)")
        #expect(!age.contains("Energy Management"), "\(age)")
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0343" }, "\(diagnostic.paths.map(\.occupation.title))")
    }

    /// Principle: a software apprenticeship asked about without A levels is answered without the degree apprenticeship.
    @Test("a 17-year-old asking for a software apprenticeship without A levels is not pointed to a degree apprenticeship")
    func apprenticeshipWithoutALevels() async throws {
        let diagnostic = try await Self.diagnose("""
            Im 17, left sixth form after a term because it wasnt for me. I work at a big tomato grower near evesham in the greenhouses, \
            picking, deleafing, moving the trolleys, and now I help the grower with the climate computer and the sensor readings because \
            nobody else gets it. At home I code, python mostly, I made a discord bot and a little website for my mums cleaning business. \
            got 6 in maths, 5 in english, 6 in computer science at GCSE. I want to be a software developer. can I get a software \
            apprenticeship without A levels?
            """)
        checkPathInvariants(diagnostic)
        // Answered by the note on the job named (it asks for A levels or a level 3 first), or by an answer naming no degree apprenticeship.
        #expect(diagnostic.notices.contains { $0.contains("A levels") }, "\(diagnostic.notices)")
        for answer in Self.answers(diagnostic) { #expect(!answer.contains("Degree Apprenticeship"), "\(answer)") }
    }

    @Test("a shop worker asking for an accounts apprenticeship without A levels hears of no degree apprenticeship")
    func apprenticeshipWithoutALevelsOwnWording() async throws {
        let diagnostic = try await Self.diagnose("""
            I'm 19 and I've worked on the tills and the cash office at a garden centre in Droitwich for two years, cashing up, the \
            banking, checking the invoices against deliveries. I did GCSEs, 6 in maths. I want to work in accounts. Is there an \
            apprenticeship I can do without A levels?
            """)
        checkPathInvariants(diagnostic)
        for answer in Self.answers(diagnostic) where answer.hasPrefix("You asked about an apprenticeship") {
            #expect(!answer.contains("Degree Apprenticeship"), "\(answer)")
        }
    }

    /// Principle: "do I need a degree for probation" is answered about probation, not about another path listed.
    @Test("a driving examiner asking whether probation needs a degree hears about probation")
    func degreeForProbation() async throws {
        let diagnostic = try await Self.diagnose(Review21WishTests.drivingExaminer, title: "Driving examiner")
        let degree = try #require(Self.answers(diagnostic).first { $0.hasPrefix("You asked whether you need a degree") }, "\(diagnostic.notices)")
        #expect(!degree.contains("Assessor coach"), "\(degree)")
    }
}
