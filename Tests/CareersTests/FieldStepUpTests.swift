import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Step ups from a job no standard stands for

/// A learner placed in a SOC 2020 unit group that no apprenticeship standard stands for (shelf fillers)
/// is stepped up in the nearest field, the standard whose core skills are that job's tasks (Retailer:
/// retail team leader), and the notices do not say their job could not be recognised while showing it
/// under what they do now (`fieldStandard`).
@Suite("Field step ups")
struct FieldStepUpTests {
    @Test("a night shelf stacker is stepped up to retail team leader, and is not told their job was not recognised")
    func shelfStackerStepsUpInRetail() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: "I stack shelves at night"))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.currentOccupations.contains { $0.occupation.code == "9241" })
        let steps = diagnostic.upskill.map(\.occupation.title)
        #expect(steps.contains("Retail team leader"), "\(steps)")
        #expect(diagnostic.upskill.allSatisfy { ($0.occupation.level ?? 9) <= 4 && $0.occupation.route == Route.salesMarketingAndProcurement.rawValue },
                "\(steps)")
        #expect(!diagnostic.notices.contains { $0.contains("could not be recognised") }, "\(diagnostic.notices)")
        #expect(diagnostic.notices.contains { $0.contains("shelf fillers") && $0.contains("nearest field") }, "\(diagnostic.notices)")
    }

    @Test("a postie whose unit group is shown under what they do now is not told their job could not be recognised")
    func placedGroupNamedInNotice() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Ive been a postie for 12 yrs, walking rounds in all weathers, sorting mail, dealing w customers on the doorstep. \
            My knees are going so I want something less physical, maybe office based.
            """))
        let group = try #require(diagnostic.currentOccupations.first { $0.occupation.scheme == .soc2020 }, "\(diagnostic.currentOccupations)")
        #expect(diagnostic.upskill.isEmpty)
        #expect(!diagnostic.notices.contains { $0.contains("could not be recognised") }, "\(diagnostic.notices)")
        #expect(diagnostic.notices.contains { $0.contains(group.occupation.title.lowercased()) && $0.contains("SOC 2020 \(group.occupation.code)") },
                "\(diagnostic.notices)")
    }

    @Test("a kitchen porter steps up in catering, the field whose core skills are their tasks, and is told no standard is their job")
    func kitchenPorterStepsUpInCatering() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Kitchen porter in a busy pub kitchen for three years: scrubbing pans, mopping down at close and peeling veg for the chefs. Food hygiene certificate.",
            currentTitle: "Kitchen porter"))
        #expect(!diagnostic.upskill.isEmpty)
        #expect(diagnostic.upskill.allSatisfy { $0.occupation.route == Route.cateringAndHospitality.rawValue }, "\(diagnostic.upskill.map(\.occupation.title))")
        #expect(diagnostic.notices.contains { $0.contains("no apprenticeship standard") && $0.contains("nearest field") }, "\(diagnostic.notices)")
    }

    @Test("a dental nurse is not stepped up into beauty work through a nail technician's infection control")
    func dentalNurseNotSteppedIntoBeauty() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I'm a dental nurse, I assist the dentist, sterilise instruments, take x-rays and keep patient records.
            """))
        #expect(!diagnostic.upskill.contains { $0.occupation.route == Route.hairAndBeauty.rawValue }, "\(diagnostic.upskill.map(\.occupation.title))")
    }
}
