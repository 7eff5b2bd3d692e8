import Careers
import Domain
import Taxonomy
import Testing

// MARK: - A learner who named the work they want is heard

/// Principle: a learner who names the job they want has been heard, whether or not a standard here is for it. A job
/// no standard is for is said so in one plain line, even when it is one word ("pharmacist", "translator"), and the
/// learner is never asked to "name a kind of work" they just named.
@Suite("Heard wish")
struct HeardWishTests {
    @Test("a one-word job no standard is for is named, and the learner is not asked to name work", arguments: [
        ("Warehouse picker at a distribution centre in Worcester for 4 years, picking and packing orders with a scanner, loading cages. "
            + "I did chemistry at college and I want to be a pharmacist", "pharmacist"),
        ("I clean offices in Redditch in the evenings, 3 years, hoovering, bins, toilets. I am Polish and I speak Polish and English, "
            + "I translate letters for my neighbours. I want to be a translator", "translator"),
    ])
    func oneWordJobIsAnswered(_ text: String, _ job: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, aspiration: job))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("\"\(job)\"") }, "\(diagnostic.notices)")
        #expect(!diagnostic.notices.contains { $0.contains("Naming a kind of work") }, "\(diagnostic.notices)")
    }

    @Test("a learner whose wish their own job or a listed path answers is not asked to name work", arguments: [
        ("Archive assistant", "I was an archive and records assistant at the county record office from 2008 to 2016, cataloguing, "
            + "fetching documents for the searchroom, scanning. Left to look after my children, they are both at school now. "
            + "I would love to get back into archives or libraries, part time"),
        (nil, "night shift baker at a supermarket in Evesham for 5 years, bake off, bread, date labels, food hygiene level 2. "
            + "I looked after my grandad at home before he died and I want to be a carer going into peoples homes"),
    ])
    func wishHeardIsNotAskedFor(_ title: String?, _ text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: title))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.notices.contains { $0.contains("Naming a kind of work") }, "\(diagnostic.notices)")
    }
}
