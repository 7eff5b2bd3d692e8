@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - An assistant to management is no lead role

@Suite("Lead roles")
struct LeadRoleTests {
    @Test("A call-centre agent at the top of their pathway is not 'stepped up' to an assistant's job whose title names management")
    func assistantIsNoLeadRole() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text:
            "Call centre agent for a bank 4 years, handling complaints, customer service, fraud checks. Sick of the phones."))
        checkPathInvariants(diagnostic)
        let steps = diagnostic.upskill.map(\.occupation.title)
        #expect(!steps.contains { $0.lowercased().contains("assistant") }, "steps: \(steps)")
    }

    @Test("Lead roles are read from title words: a manager or supervisor leads, an assistant to management does not")
    func leadWords() async throws {
        let model = try await TestCatalogue.shared.value.model
        let lead = { (title: String) in model.targets.indices.first { model.targets[$0].standard.title == title }.map { model.isLeadRole[$0] } }
        #expect(lead("Housing and property management assistant") == false)
        #expect(lead("Hospitality manager") == true)
    }
}

// MARK: - Steps up outside the occupation family

@Suite("Steps up outside the family")
struct OutsideFamilyStepUpTests {
    @Test("A butcher is not stepped up to equipment technician jobs on customer service, stock control and food safety")
    func butcherNotEquipmentTechnician() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Im a butcher, been on the meat counter at a supermarket 8 yrs. Boning, cutting, knife skills, food hygiene level 2, serving "
                + "customers and doing the orders. Want a change of career.",
            currentTitle: "Butcher"))
        checkPathInvariants(diagnostic)
        let steps = diagnostic.upskill.map(\.occupation.title)
        #expect(!steps.contains { $0.hasSuffix("technician") && !$0.contains("Butcher") }, "steps: \(steps)")
    }
}
