@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 20: the learner's words in their sense

/// Review 20's learners (development data): what the learner says they know nothing about, can no longer be near or
/// only work beside ("with the police and fire service") is not a skill held; "anger management", a school's
/// "attendance", a salesperson's "accounts", a river gauge and a road network known inside out are read in their sense;
/// and the trade words of a saddler, a wig fitter, a chocolate maker and an environmental science module are read.
@Suite("Review 20 reading: disowned, beside others, and words in their sense")
struct Review20ReadingTests {
    /// The skill ids the extractor holds for `text`.
    static func held(_ text: String) throws -> Set<String> {
        Set(try SkillsTaxonomy.bundled().extract(text).skills.map(\.skillID))
    }

    // MARK: Disowned

    @Test("a skill the clause after it disowns ('which I know nothing about') is not held; one the clause only dislikes is")
    func disownedByTheClauseAfter() throws {
        // Review 20 p14, in her own words.
        let radio = "I sold advertising for a local radio station in Redditch from 2010 to 2019, selling airtime and sponsorships to local "
            + "businesses. Now it's all digital, social media ads and analytics, which I know nothing about. I'd like to go back into sales "
            + "or marketing, part time."
        let held = try Self.held(radio)
        #expect(!held.contains("social-media"), "\(held.sorted())")
        #expect(held.contains("marketing"), "\(held.sorted())")
        let result = try SkillsTaxonomy.bundled().extract(radio)
        let disowned = try #require(result.negated.first { $0.skillID == "social-media" })
        #expect(disowned.reason.contains("which I know nothing"), "\(disowned.reason)")
        #expect(try !Self.held("Office manager. The new CRM system, which I have never used, went live last month.").contains("customer-relationship-management"))
        // A clause of liking or not liking says nothing of knowing: the skill stays held.
        #expect(try Self.held("Receptionist 5 years, the social media for the salon, which I never enjoyed.").contains("social-media"))
        #expect(try Self.held("I know nothing about cars but I ran the social media for the garage.").contains("social-media"))
    }

    @Test("a course asked for in a question is not held; a course the learner did is")
    func courseAskedFor() async throws {
        let asked = try SkillsTaxonomy.bundled().extract("Sales rep 9 years. Is there a short course in digital marketing that would help me?")
        #expect(!asked.skills.contains { $0.skillID == "digital-marketing" })
        #expect(try Self.held("I did a course in digital marketing last year, would it help me get a job?").contains("digital-marketing"))
    }

    @Test("what the learner can no longer be near is not held: 'can't be round the tanks and the forklifts'")
    func cannotBeRound() async throws {
        // Review 20 p17, in his own words.
        let text = "Anodising and plating line setter at a metal finishing firm in Redditch, 15 years. Racking the parts, running the tanks, "
            + "checking solution strengths and temperatures, titrations, COSHH. I've got retinitis pigmentosa, my side vision has mostly gone "
            + "and the firm says I can't be round the tanks and the forklifts anymore."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        #expect(!heldSkillIDs(diagnostic).contains("forklift-operation"), "\(heldSkillIDs(diagnostic).sorted())")
        #expect(heldSkillIDs(diagnostic).contains("laboratory-skills"), "\(heldSkillIDs(diagnostic).sorted())")
        #expect(try Self.held("Warehouse operative 6 years, driving the forklifts and picking.").contains("forklift-operation"))
    }

    // MARK: Beside others

    @Test("services the learner works beside are not their skills; a service they served in, or a wish's employer, is theirs")
    func servicesBeside() async throws {
        // Review 20 p18, in his own words.
        let text = "Traffic officer with National Highways for 10 years, patrolling the M5 and M50 from the outstation near Strensham. Clearing "
            + "debris, setting up lane closures, managing the scene at crashes with the police and fire service, welfare of stranded drivers, "
            + "lots of radio work and incident logs. I'm calm under pressure and I know the network inside out."
        let held = try Self.held(text)
        for id in ["policing", "fire-and-rescue", "networking"] { #expect(!held.contains(id), "\(id): \(held.sorted())") }
        #expect(held.contains("record-keeping"), "\(held.sorted())")
        #expect(try Self.held("I was with the police for 20 years, response and then custody.").contains("policing"))
        #expect(try Self.held("Retained firefighter, 8 years on call with the fire service.").contains("fire-and-rescue"))
        #expect(try Self.held("Network engineer, routers and switches, I look after the network at a school.").contains("networking"))
    }

    // MARK: Words in their sense

    @Test("anger management, a school's attendance, a salesperson's accounts and a river gauge are read in their sense")
    func wordsInTheirSense() throws {
        // Review 20 p13, p14 and p20, in their own words.
        let mentor = try Self.held(
            "learning mentor at a high school in upton for 7 years. one to ones with kids who were struggling, attendance, anger management "
                + "groups, anxiety, running the homework club.")
        #expect(!mentor.contains("management") && !mentor.contains("reliability"), "\(mentor.sorted())")
        let sales = try Self.held(
            "selling airtime and sponsorships to local businesses, hitting monthly revenue targets and looking after about 80 accounts.")
        #expect(!sales.contains("accountancy"), "\(sales.sorted())")
        let warden = try Self.held("I'm the volunteer flood warden for our village, I help the Environment Agency with the river gauge readings.")
        #expect(!warden.contains("precision-measurement") && warden.contains("environmental-monitoring"), "\(warden.sorted())")
        // The same words in the senses they keep.
        #expect(try Self.held("Team leader, running a team of 12 on the warehouse floor.").contains("management"))
        #expect(try Self.held("Bookkeeper, doing the accounts for small firms and the VAT returns.").contains("accountancy"))
        #expect(try Self.held("CNC setter, checking parts with micrometers and gauges.").contains("precision-measurement"))
    }

    @Test("a saddler's leather, a wig fitter's wigs, a chocolate maker's trade and an environmental science module are read")
    func tradeWordsRead() throws {
        // Review 20 p06, p16, p02 and p20, in their own words.
        #expect(try Self.held("Cutting and stitching leather by hand and machine, making bridles and headcollars, repairing and restuffing saddles.")
            .contains("crafts"))
        #expect(try Self.held("I fit wigs and hair pieces at a hair loss clinic, hand knotting repairs, washing and setting.").contains("hairdressing"))
        let chocolates = try Self.held(
            "I make chocolates at a small artisan chocolate company. Tempering by hand and on the machine, ganaches, shelf life trials, SALSA audit "
                + "paperwork. I also work out new flavours for the seasonal ranges.")
        for id in ["food-production", "food-safety", "menu-and-recipe-development"] { #expect(chocolates.contains(id), "\(id): \(chocolates.sorted())") }
        #expect(try Self.held("I'm doing an Open University module in environmental science.").contains("science"))
    }
}
