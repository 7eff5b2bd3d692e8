@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 16: time away from paid work, however it is put

/// Review 16's returners (development data) put their break as a CV line ("2011 - present: at home bringing up
/// my three children"), as giving a job up when a child needed them ("Gave it up when my son was diagnosed"), or
/// as having to stop when a partner fell ill ("Had to stop 3 years ago when the wife had a stroke"). Each is time
/// away from paid work; stopping an activity ("stopped smoking 2 years ago") and people in work are not.
@Suite("Review 16 returners: the break read however it is put")
struct Review16ReturnerTests {
    @Test("a CV's 'present: at home bringing up the children', a job given up when a child needed them, a forced stop to care")
    func breaksRead() {
        let texts = [
            "Payroll clerk, builders merchant, Kidderminster, 2004 - 2012. 2012 - present: at home bringing up my two boys, treasurer of the PTA.",
            "Spent nine years bringing up the kids after the twins were born, before that I was a dental receptionist.",
            "Teaching assistant at a primary for 6 years. Gave it up when my daughter got ill and needed me at home, she is much better now.",
            "I was a hairdresser for 12 years. Packed it in when my mum was diagnosed with dementia, she passed last year.",
            "plasterer 20 years, had to stop 2 years ago when my dad had his fall and I looked after him till he went into a home.",
            "Had to give up 4 years ago when the wife got ill, before that I was a chef for 15 years.",
        ]
        for text in texts {
            #expect(ReturnerNotice.notice(in: text) != nil, "\(text)")
            // Read as the diagnostic reads it, with the clauses about someone else blanked.
            #expect(ReturnerNotice.notice(in: OthersClauses.blanked(text)) != nil, "blanked: \(OthersClauses.blanked(text))")
        }
    }

    @Test("stopping an activity, or a stop while still in work, is no break")
    func noBreak() {
        let texts = [
            "Forklift driver 9 years. I stopped smoking 2 years ago and I do park runs now.",
            "Van driver, had to stop driving in 2021 after my seizure, I work in the warehouse now picking and packing.",
            "I work as a receptionist at a dental practice and I'm at home bringing up my kids in the evenings.",
            "Care assistant, I had to stop doing nights 3 years ago, I work days now in the same home.",
        ]
        for text in texts {
            #expect(ReturnerNotice.notice(in: text) == nil, "\(text): \(ReturnerNotice.notice(in: text) ?? "")")
        }
    }

    @Test("a returner who gave up work to care is told how to come back, in a whole diagnosis")
    func wholeDiagnosis() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I was a dental nurse for 10 years in Evesham. Gave it up when my son was diagnosed with ADHD and needed me at home. "
                + "He is at secondary school now. I'd like to go back, maybe part time."))
        #expect(diagnostic.notices.contains { $0.hasPrefix("You have had time away from paid work") }, "\(diagnostic.notices)")
    }
}
