@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Wishes are not evidence (review 11, G2)

/// Words inside a wish ("thinking bookkeeping…", "…, maybe taking bloods as a phlebotomist?") say what the
/// learner would like, not what they have done: they are no held skill and no current job.
@Suite("Review 11: words of a wish are no evidence")
struct ReviewElevenWishTests {
    static func labels(_ diagnostic: Diagnostic) -> [String] { diagnostic.skills.flatMap(\.skills).map(\.label) }

    @Test("a sentence opening with 'thinking' is a wish; 'thinking on my feet' is not", arguments: [
        ("good with numbers. thinking bookkeeping or an accounts assistant job, would need training", true),
        ("I liked the medical side, maybe taking bloods as a phlebotomist?", true),
        ("Could I train as a phlebotomist?", true),
        ("Thinking on my feet is my strength.", false),
        ("I worked there, maybe five years.", false),
    ])
    func wishSentences(_ text: String, _ wish: Bool) {
        let (_, wishes) = CareerDiagnostician.splitAspirations(text)
        #expect(!wishes.isEmpty == wish, "\(wishes)")
    }

    @Test("work named only as what is regulated or inspected is no field of the wish ('food safety inspection' is no kitchen)", arguments: [
        ("Id like to move into trading standards or food safety inspection for the council", "catering-and-hospitality", false),
        ("Want to come off the tools and become a health and safety adviser", "health-and-science", false),
        ("I'd love to work with food", "catering-and-hospitality", true),
        ("something in health care", "health-and-science", true),
    ])
    func regulatedWork(_ wish: String, _ route: String, _ named: Bool) {
        #expect(CareerDiagnostician.wishRoutes(wish).contains(route) == named, "\(CareerDiagnostician.wishRoutes(wish))")
    }

    @Test("a job the learner is thinking of is neither a held skill nor their job, and the wish is heard")
    func thinkingOfBookkeeping() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Ive been a cashier at a building society in Malvern for 12 years, the branch is closing in the spring. Cash, cheques, "
                + "savings accounts, ISAs, balancing the tills, fraud checks. good with numbers. thinking bookkeeping or an accounts "
                + "assistant job, would need training"))
        #expect(!Self.labels(diagnostic).contains("Bookkeeping"), "\(Self.labels(diagnostic))")
        // The current job is read from what she did, not from the job she is thinking of.
        #expect(!diagnostic.currentOccupations.contains { $0.why.lowercased().contains("bookkeeping") || $0.why.contains("assistant job") },
                "\(diagnostic.currentOccupations.map(\.why))")
        #expect(!diagnostic.notices.contains { $0.contains("Say what you would like to do") || $0.contains("Naming a kind of work") })
    }

    @Test("a hedged question after a comma ('maybe taking bloods as a phlebotomist?') is a wish, not a held skill")
    func maybePhlebotomist() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "care assistant in a nursing home in Bromsgrove 10 years, personal care, meds rounds, end of life care, dementia. I liked "
                + "the medical side, maybe taking bloods as a phlebotomist?"))
        #expect(!Self.labels(diagnostic).contains("Phlebotomy"), "\(Self.labels(diagnostic))")
    }
}

// MARK: - Words read in their sense (review 11, G3)

/// A child's nursery, a feeling, a plant-hire counter, tool hire, a ceramic decorator and a car's tyre
/// sensors are not early years, confidence, pharmacy, recruitment, decorating or instrumentation; body-shop
/// tasks, farm tasks and photo editing are skills.
@Suite("Review 11: words read in their sense")
struct ReviewElevenWordSenseTests {
    /// The skills the learner's own words evidence (not those likely from the job they are placed in).
    static func labels(_ text: String, title: String? = nil) async throws -> [String] {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: title))
        return diagnostic.skills.flatMap(\.skills).filter { $0.fromJob == nil }.map(\.label)
    }

    @Test("a child's nursery and low confidence are circumstances and feelings, not skills")
    func nurseryAndConfidence() async throws {
        let labels = try await Self.labels(
            "i was duty manager at the cinema in worcester, cash up, opening and closing, staff rotas, dealing with complaints. left in "
                + "2020 and had my little girl. been out 5 years now, confidence is low. need daytime hours for nursery")
        #expect(!labels.contains("Early years education"), "\(labels)")
        #expect(!labels.contains("Confidence"), "\(labels)")
    }

    @Test("a counter assistant hiring out tools at a plant hire depot does no pharmacy and no recruitment")
    func plantHireCounter() async throws {
        let labels = try await Self.labels(
            "Counter assistant at a plant hire depot in Worcester for 6 years. Hiring out tools and plant, checking kit back in, invoices, deliveries.")
        #expect(!labels.contains("Pharmacy services"), "\(labels)")
        #expect(!labels.contains("Recruitment"), "\(labels)")
    }

    @Test("a ceramic decorator paints china (crafts), not houses")
    func ceramicDecorator() async throws {
        let labels = try await Self.labels(
            "Ceramic decorator (porcelain painter), Royal Worcester factory, 1996-2009: hand painting fruit and birds, gilding, quality checks.")
        #expect(!labels.contains("Painting and decorating"), "\(labels)")
        #expect(labels.contains("Crafts"), "\(labels)")
    }

    @Test("a ceramics decorator's likely job skills are no roofing or house painting: roofing tiles made in a pottery, patterns painted on china")
    func ceramicsTaskSkills() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Ceramic decorator (porcelain painter), Royal Worcester factory, 1996-2009: hand painting fruit and birds, gilding, quality checks."))
        let labels = diagnostic.skills.flatMap(\.skills).map(\.label)
        #expect(!labels.contains("Roofing") && !labels.contains("Painting and decorating"), "\(labels)")
    }

    @Test("tyre pressure sensors are vehicle maintenance, not instrumentation")
    func tpmsSensors() async throws {
        let labels = try await Self.labels("tyre fitter at a fast fit centre 7 years, tyres, tracking, brake pads and discs, batteries, tpms sensors.")
        #expect(!labels.contains("Sensors and instrumentation"), "\(labels)")
    }

    @Test("body-shop tasks, farm tasks and photo editing are read as skills", arguments: [
        ("i go in on saturdays, sanding, masking up, flatting, polishing, taking bumpers off.", "Vehicle body repair"),
        ("I work weekends on a poultry farm collecting eggs, cleaning sheds and feeding.", "Animal care"),
        ("in the summer i did asparagus picking.", "Crop picking and harvesting"),
        ("I'm good with computers and I do a lot of photo editing.", "Digital design"),
    ])
    func tasksRead(_ text: String, _ label: String) async throws {
        let labels = try await Self.labels(text)
        #expect(labels.contains(label), "\(labels)")
    }
}

// MARK: - Limits of the senses and of dust (review 11, G5)

@Suite("Review 11: sight loss, deafness and dust")
struct ReviewElevenLimitTests {
    static func limits(_ text: String) -> [String] { WorkLimitReadingTests.limits(text) }

    @Test("a material's dust is breathed: 'get away from plaster dust' is a breathing limit, not a skin condition")
    func plasterDust() {
        let read = Self.limits("got bad asthma now and the consultant says I have to get away from plaster dust and building sites altogether.")
        #expect(read.contains("dusty work or fumes"), "\(read)")
        #expect(!read.contains("wet work or chemicals"), "\(read)")
    }

    @Test("sight loss is read as a limit of its own", arguments: [
        "Type 1 diabetic and Ive got retinopathy now, eyesight going, lost my driving licence.",
        "I need something that works with bad eyesight.",
        "Registered partially sighted since birth.",
    ])
    func sightRead(_ text: String) {
        #expect(Self.limits(text).contains("work that needs good eyesight"), "\(Self.limits(text))")
    }

    @Test("deafness is read, as one limit on phone work", arguments: [
        "Im profoundly deaf (BSL user, I lip read a bit) and I work in the hospital laundry.",
        "I've got hearing loss and even with my hearing aids I struggle on the phone.",
    ])
    func deafnessRead(_ text: String) {
        let indices = WorkLimit.stated(in: text, wishes: "")
        #expect(indices.contains(WorkLimit.hearing), "\(indices)")
        #expect(!indices.contains(WorkLimit.phone), "\(indices)")
    }

    @Test("someone else's sight or hearing, or a service for it, is no limit", arguments: [
        "Audiology assistant fitting hearing aids and testing people for hearing loss.",
        "Support worker for people with sight loss and visually impaired children.",
        "Optical assistant doing glaucoma tests.",
    ])
    func othersSenses(_ text: String) {
        let read = Self.limits(text)
        #expect(!read.contains("work that needs good eyesight"), "\(read)")
        #expect(WorkLimit.stated(in: text, wishes: "").allSatisfy { $0 != WorkLimit.hearing })
    }

    @Test("sight loss and deafness get a plain notice of what is left out and that Access to Work exists")
    func senseNotices() async throws {
        let sight = try await TestCatalogue.diagnose(LearnerProfile(
            text: "maintenance man at a holiday park 8 yrs, plumbing, bits of electrics, fixing doors, grass cutting. Type 1 diabetic and Ive "
                + "got retinopathy now, eyesight going, lost my driving licence."))
        #expect(sight.notices.contains { $0.contains("sight loss") && $0.contains("Access to Work") }, "\(sight.notices)")
        #expect(!sight.paths.contains { $0.occupation.title.lowercased().contains("weld") })
        let deaf = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Im profoundly deaf (BSL user) and I work in the hospital laundry, sorting, washing machines, folding, 6 years. "
                + "I'm good with computers. Would like an office job where I can use email not phones"))
        #expect(deaf.notices.contains { $0.contains("deafness") && $0.contains("Access to Work") }, "\(deaf.notices)")
    }

    @Test("'get away from building sites' is read, and no site job is offered as a step up or a move")
    func buildingSites() async throws {
        let read = Self.limits("the consultant says I have to get away from plaster dust and building sites altogether.")
        #expect(read.contains("work on building sites"), "\(read)")
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "dry liner and labourer 12 years on sites all over worcestershire, boarding, metal stud, taping and jointing. got bad asthma "
                + "now and the consultant says I have to get away from plaster dust and building sites altogether. 44. can read drawings "
                + "and price up a job. what else can i do",
            currentTitle: "Dry liner"))
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(!titles.contains { $0.lowercased().contains("rigger") || $0.lowercased().contains("erector") }, "\(titles)")
    }

    @Test("a hand condition closes kitchen work, whose knife work its notice names, as a step up too")
    func handsCloseKitchens() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "waitress at a tea room in broadway for 6 years, I'm 29, also do the baking when the cook is off. I was diagnosed with "
                + "rheumatoid arthritis last year, my hands and feet flare up and I cant carry trays or be on my feet all shift anymore. "
                + "want a sit down job, maybe reception or admin"))
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(!titles.contains { $0.lowercased().contains("chef") }, "\(titles)")
    }

    @Test("a doubt about one's own strength for the work states a limit", arguments: [
        ("I don't think I can do heavy lifting any more.", "lifting or climbing"),
        ("I dont think I could face the phones again.", "phone work"),
    ])
    func doubtIsALimit(_ text: String, _ name: String) {
        #expect(Self.limits(text).contains(name), "\(Self.limits(text))")
    }
}

