import Careers
import Domain
import Taxonomy
import Testing

// MARK: - The standard an adviser would name first is offered

/// Review 11 G1: standards in the data that an adviser would name were not offered. Each test names the
/// general rule that now offers it.
@Suite("Standards an adviser would name")
struct StandardOfferedTests {
    /// Principle: a standard the data links to no unit group (no job titles the SOC coding index reads, as the
    /// fast-fit standard Autocare technician, or Specialist tyre operative) is of no other field, so its skills alone decide
    /// whether it is the field of a job no standard stands for; a tyre fitter (SOC 8145) then steps up to light vehicle technician.
    @Test("a tyre fitter steps up in the fast-fit field to the light vehicle technician, the job he names")
    func tyreFitterStepsUp() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "tyre fitter at a fast fit centre in worcester 7 years, tyres, tracking, brake pads and discs, exhausts, batteries, "
                + "tpms sensors, dealing with customers at the counter. we get loads of electric cars and hybrids in now and nobody knows "
                + "how to work on them. i want to get my EV qualifications and become a proper vehicle technician on electric vehicles",
            currentTitle: "Tyre fitter"))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.upskill.contains { $0.occupation.code == "ST0033" }, "\(diagnostic.upskill.map(\.occupation.title))")
        // Placed in the fast-fit field itself (once "tpms sensors" reads as vehicle maintenance), or told the step ups are the nearest field's.
        let fastFit = diagnostic.currentOccupations.contains { ["ST0498", "ST0499"].contains($0.occupation.code) }
        #expect(fastFit || diagnostic.notices.contains { $0.contains("the step ups shown are those of the nearest field") }, "\(diagnostic.notices)")
        #expect(!diagnostic.notices.contains { $0.contains("none is shown as your current occupation and upskill paths are not shown") })
    }

    /// Principle: a job the wish names in words no standard's title holds is still trained for by the standard whose
    /// own title holds every word of its work ("health" and "safety"): that standard is offered as a first step towards
    /// it, and the words of that job ("health") name no field whose other jobs would claim the wish.
    @Test("a powder coater who wants to be a health and safety adviser is offered the safety, health and environment technician")
    func healthAndSafetyAdviser() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Powder coater and paint sprayer at a trailer manufacturer near Pershore, 15 years. Pre treatment, masking, spraying, "
                + "curing ovens, COSHH, I'm the first aider and on the health and safety committee, do the toolbox talks. Want to come off "
                + "the tools and become a health and safety adviser, would need NEBOSH I think"))
        checkPathInvariants(diagnostic)
        let first = try #require(diagnostic.reskill.first, "\(diagnostic.notices)")
        #expect(first.occupation.code == "ST0550", "\(diagnostic.reskill.map(\.occupation.title))")
        // Offered for the wish: as the job it names (once "health and safety" names no field) or as a first step towards it.
        #expect(first.why.summary.hasPrefix("A first step towards health and safety adviser") || first.why.summary.hasPrefix("The job your wish names"),
            "\(first.why.summary)")
        #expect(!diagnostic.notices.contains { $0.contains("no apprenticeship standard here is for that job") }, "\(diagnostic.notices)")
        for path in diagnostic.reskill where path.occupation.route == "health-and-science" {
            #expect(!path.why.summary.contains("matches what you said"), "\(path.occupation.title)")
        }
    }

    /// Principle: a standard's skills are what its job does. Rendering an animation is no plastering, and a
    /// vehicle paint technician refinishes vehicle bodies rather than decorating rooms.
    @Test("misread skills are dropped from the animator's, VFX artist's and vehicle paint technician's standards")
    func misreadSkillsDropped() throws {
        let taxonomy = try SkillsTaxonomy.bundled()
        let animator = try #require(taxonomy.standard(reference: "ST0488"))
        #expect(!animator.skillIDs.contains("plastering"))
        #expect(animator.skillIDs.contains("animation"))
        #expect(!(try #require(taxonomy.standard(reference: "ST0903"))).skillIDs.contains("plastering"))
        let paint = try #require(taxonomy.standard(reference: "ST0448"))
        #expect(!paint.skillIDs.contains("painting-and-decorating"))
        #expect(paint.skillIDs.contains("vehicle-body-repair"))
    }

    /// Principle: a standard's skills include the core work its own duties name, even where its wording misses the
    /// vocabulary's phrase: a data technician analyses data for trends (D5, S6, S7), a learning mentor supports learners'
    /// learning (S1, S3, S6), a community activator coach coaches sport sessions (S2).
    @Test("the data technician, learning mentor and community activator coach hold the core skill their duties name")
    func coreSkillsFromDuties() throws {
        let taxonomy = try SkillsTaxonomy.bundled()
        #expect(try #require(taxonomy.standard(reference: "ST0795")).skillIDs.contains("data-analytics"))
        #expect(try #require(taxonomy.standard(reference: "ST0148")).skillIDs.contains("teaching-assistance"))
        #expect(try #require(taxonomy.standard(reference: "ST0478")).skillIDs.contains("sports-coaching"))
    }

    /// Principle: a wish that names a job by its work ("food safety inspection") names the job of the one who does it
    /// ("Food inspector", a typical job title of the environmental health practitioner), and the employer after it
    /// ("for the council") names no job.
    @Test("a pest controller who wants food safety inspection for the council is offered the environmental health practitioner's way")
    func foodSafetyInspectionNamesTheInspector() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "pest control technician 9 yrs covering south worcestershire, rats mice wasps, bird proofing, lots of restaurant and food "
                + "business contracts, reports for the EHO visits, RSPH level 2. Id like to move into trading standards or food safety "
                + "inspection for the council, something more investigative",
            aspiration: "trading standards officer"))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("Environmental health practitioner (integrated degree) (level 6), which your wish names") },
            "\(diagnostic.notices)")
    }

    /// Principle: a first step towards a degree-level job keeps its work (same cluster, or both built on a skill that tells
    /// its work from others); one that shares only the wide pathway (a dental nurse or mortuary technician for a speech and
    /// language therapist) is not named, and the learner is told the usual way in: a degree, often after Access to HE.
    @Test("a credit controller who wants to be a speech and language therapist is told the usual way in, not sent to dental nursing")
    func degreeWishWithNoFirstStepSaysTheWayIn() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "credit controller for a fishing tackle manufacturer in redditch, 10 years, chasing overdue accounts, sage, aged debt reports, "
                + "payment plans, stopping accounts. my son had speech therapy as a toddler and it changed his life, ive been volunteering in "
                + "his school helping with a talking group. want to be a speech and language therapist",
            currentTitle: "Credit controller", aspiration: "speech and language therapist"))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.reskill.contains { $0.why.summary.hasPrefix("A first step towards Speech and language therapist") },
            "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(!diagnostic.reskill.contains { ["ST0113", "ST0889"].contains($0.occupation.code) }, "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(diagnostic.notices.contains { $0.contains("Speech and language therapist") && $0.contains("Access to Higher Education Diploma") },
            "\(diagnostic.notices)")
    }

    /// Principle: jobs the wish names in a field take none of the two places kept there for what the learner's skills
    /// suggest: a 16-year-old who sands, masks and flats at a body shop and names panel beating and body repair still
    /// sees the vehicle damage paint technician, the job his prep work fits best.
    @Test("a school leaver who preps cars and names panel beater and body repairer is offered the vehicle paint technician too")
    func namedJobsLeaveRoomForTheSkillsMove() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "im 16 and in year 11 in kidderminster, my dad has a car body repair shop and i go in on saturdays, sanding, masking up, "
                + "flatting, polishing, taking bumpers off. want to be a panel beater / body repairer like my dad and get an apprenticeship"))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.reskill.contains { $0.occupation.code == "ST0448" }, "\(diagnostic.reskill.map(\.occupation.title))")
        #expect(diagnostic.reskill.first?.occupation.code == "ST0403", "\(diagnostic.reskill.map(\.occupation.title))")
    }
}
