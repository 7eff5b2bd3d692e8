@testable import Careers
import Domain
import Testing

// MARK: - Limits that are the learner's own

@Suite("Work limits: only the learner's own")
struct WorkLimitOwnershipTests {
    /// The names of the limits read in `text` and `wishes`, as the reading tests read them.
    static func limits(_ text: String, wishes: String = "") -> [String] {
        WorkLimitReadingTests.limits(text, wishes: wishes)
    }

    @Test("a body part inside another word, a body part denied in a list, or a patient's condition is not a limit", arguments: [
        "Family support worker helping couples through relationship problems and tenants with membership problems at the club.",
        "Team leader, I coached new managers through leadership problems.",
        "Accounts assistant, I cleared a bad backlog of supplier invoices in my first month.",
        "Labourer for six years. Fit and strong, no back, knee or shoulder problems at all.",
        "Physiotherapy assistant on a ward, helping patients with back pain and knee problems get moving again.",
        "Rehab assistant: I help patients with back pain and hip replacements with their exercises.",
    ])
    func notTheLearnersBody(_ text: String) {
        #expect(!Self.limits(text).contains("lifting or climbing"), "\(Self.limits(text))")
    }

    @Test("the learner's own back, knee or hip still is", arguments: [
        "Warehouse picker for five years. I've got a bad back now.",
        "Bricklayer, but my knee problems mean I need a change.",
        "I had a hip replacement last year. Delivery driver before that.",
    ])
    func theLearnersBody(_ text: String) {
        #expect(Self.limits(text).contains("lifting or climbing"), "\(Self.limits(text))")
    }

    @Test("calming other people's nerves, or caring about customers, is not a limit on dealing with them", arguments: [
        "Dental receptionist. I reassure nervous customers and book their appointments.",
        "Youth worker. I run anxiety groups for young people at the centre.",
        "Nursery practitioner. I settle nervous children and reassure anxious parents at drop-off.",
        "Retail supervisor for four years. I hate letting customers down when stock runs out.",
    ])
    func othersNerves(_ text: String) {
        #expect(!Self.limits(text).contains("dealing with customers"), "\(Self.limits(text))")
    }

    @Test("the learner's own anxiety about people still is")
    func ownAnxiety() {
        #expect(Self.limits("Shop assistant. I get really bad anxiety around big crowds of people now.").contains("dealing with customers"))
    }

    @Test("no shifts to be had, accepting nights, or just having come off a night shift is not a night or shift limit", arguments: [
        "Care worker on the bank, I can't get any shifts at the moment.",
        "Warehouse operative through an agency, but the agency had no more shifts for me after Christmas.",
        "Security officer looking for days only in the week, but I'm happy to do nights at weekends.",
        "I've just come off nights so sorry if this is rambling. Support worker for four years.",
    ])
    func notANightsLimit(_ text: String) {
        #expect(!Self.limits(text).contains("night or shift work"), "\(Self.limits(text))")
    }

    @Test("wanting to come off nights still is")
    func comingOffNights() {
        #expect(Self.limits("Hospital porter. I really need to come off nights for my health.").contains("night or shift work"))
    }

    @Test("a list after 'sick of' keeps every item: the drunks and the late finishes")
    func listAfterSickOf() async throws {
        let text = "Bar supervisor for seven years, cellar and till. I'm sick of the drunks and the late finishes."
        #expect(Set(Self.limits(text)) == ["dealing with customers", "night or shift work"], "\(Self.limits(text))")
        // The typo corrector must leave "drunks" alone, so the diagnostic reads it too.
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        #expect(!diagnostic.notices.contains { $0.contains("\"drunks\"") }, "notices: \(diagnostic.notices)")
        #expect(diagnostic.notices.contains { $0.contains("dealing with customers") }, "notices: \(diagnostic.notices)")
        #expect(diagnostic.notices.contains { $0.contains("night or shift work") }, "notices: \(diagnostic.notices)")
    }

    @Test("'no more driving' before a wish is read as a limit")
    func noMoreDriving() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I do multi-drop van deliveries for a parcel firm. No more driving for me, I'd like to work in a warehouse.
            """))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("leave driving") }, "notices: \(diagnostic.notices)")
    }
}
