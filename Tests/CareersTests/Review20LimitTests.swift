@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 20: limits read as stated, and kept

/// Review 20's learners with a condition or a complaint (development data): a complaint that the work "has gone all desk
/// based" is no wish for desk work; fingers and wrists that keep subluxing state the hands limit, closing hair work; a
/// retina detached and the sight of one eye lost is sight loss, and "taken me off patrol for good" closes patrol work;
/// "helping people but sitting down" asks to sit, closing orientation and mobility work walked with clients.
@Suite("Review 20 limits: complaints, hands, one eye's sight, patrol and sitting down")
struct Review20LimitTests {
    @Test("a complaint that the work has gone desk based is no wish for indoor work; a wish for a desk job is")
    func complaintNotWish() async throws {
        // Review 20 p03, in his own words.
        let adjuster = "Loss adjuster for 12 years, the last 6 with a national firm covering Worcester and the Marches. Flood, fire and escape "
            + "of water claims, interviewing policyholders, writing reports that stand up if it goes to court. I'm 41. I spend half the job "
            + "thinking like an investigator anyway and the insurer side has gone all desk based and targets. I want to be a detective."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: adjuster, currentTitle: "Loss adjuster"))
        #expect(!diagnostic.notices.contains { $0.contains("indoor or desk-based") || $0.contains("leave outdoor work") }, "\(diagnostic.notices)")
        #expect(!diagnostic.paths.contains { $0.why.summary.contains("out of the weather") }, "\(diagnostic.paths.map(\.why.summary))")
        #expect(WorkLimit.stated(in: "Roofer 20 years, my knees are fine but I want a desk based job now.", wishes: "").contains(WorkLimit.indoors))
        #expect(!WorkLimit.stated(in: "the office side has become too desk based for me", wishes: "").contains(WorkLimit.indoors))
    }

    @Test("fingers and wrists that keep subluxing state the hands limit, and no hair work is offered")
    func subluxingHands() async throws {
        // Review 20 p16, in her own words.
        let text = "I fit wigs and hair pieces at a hair loss clinic in Bromsgrove, 7 years. Mostly women going through chemo or with alopecia, "
            + "consultations, measuring heads, cutting and styling the wigs to suit them, hand knotting repairs. NVQ level 3 hairdressing before "
            + "that. I have hypermobile Ehlers-Danlos, my fingers and wrists keep subluxing and the fine knotting and cutting is getting "
            + "impossible. I'm 33. Could I go into something like a cancer support worker role?"
        #expect(WorkLimit.stated(in: text, wishes: "").contains(WorkLimit.hands))
        #expect(!WorkLimit.stated(in: "My wrists are fine, I cut hair all day.", wishes: "").contains(WorkLimit.hands))
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Wig specialist"))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("condition of your hands") }, "\(diagnostic.notices)")
        for path in diagnostic.paths {
            #expect(!path.occupation.title.lowercased().contains("hair"), "\(path.occupation.title)")
            #expect(!path.courses.contains { $0.title.lowercased().contains("hair") }, "\(path.occupation.title)")
        }
    }

    @Test("the sight of one eye lost is sight loss, and 'taken me off patrol for good' closes patrol work")
    func oneEyeOffPatrol() async throws {
        // Review 20 p18, in his own words.
        let text = "Traffic officer with National Highways for 10 years, patrolling the M5 and M50 from the outstation near Strensham. Clearing "
            + "debris, setting up lane closures, managing the scene at crashes with the police and fire service, welfare of stranded drivers, "
            + "lots of radio work and incident logs. Last year I had a detached retina and lost most of the sight in my right eye. I can still "
            + "drive a car but occupational health have taken me off patrol for good. I'm 49. What could I move into now that isn't patrol?"
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Traffic officer"))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("sight loss") }, "\(diagnostic.notices)")
        // He can still drive: sight lost in one eye is no medical bar on driving here.
        #expect(!diagnostic.notices.contains { $0.contains("leave driving") }, "\(diagnostic.notices)")
        for path in diagnostic.paths {
            let title = path.occupation.title.lowercased()
            #expect(!title.contains("police") && !title.contains("security"), "\(path.occupation.title)")
        }
        #expect(WorkLimit.stated(in: "Postman 20 years, blind in my left eye since a car crash.", wishes: "").contains(WorkLimit.sight))
        #expect(!WorkLimit.stated(in: "Optician's assistant, I have never had a detached retina myself.", wishes: "").contains(WorkLimit.sight))
    }

    @Test("'helping people but sitting down' asks to sit, and orientation and mobility work is not offered")
    func sittingDown() async throws {
        // Review 20 p15, in her own words.
        let text = "Support worker at a homeless hostel in Worcester for 8 years. Key working with residents, support plans, risk assessments, "
            + "benefits and housing applications, naloxone, safeguarding referrals, lots of joint work with the drug and alcohol team and "
            + "probation. Level 3 in health and social care. Two years ago I was diagnosed with fibromyalgia and the night shifts and being on my "
            + "feet all day are wiping me out. I'm 37. I want to keep helping people but sitting down with regular hours. What jobs could I do?"
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("sit for work") }, "\(diagnostic.notices)")
        #expect(!diagnostic.paths.contains { $0.occupation.code == "ST0431" }, "\(diagnostic.paths.map(\.occupation.title))")
        let engine = try await TestCatalogue.shared.value
        let rehabilitation = try #require(engine.model.targetPosition["ST0431"])  // Rehabilitation worker (visual impairment)
        #expect(engine.model.isRuledOut(rehabilitation, by: [WorkLimit.all.count - WorkLimit.exposureLimits.count - 1]))
    }
}
