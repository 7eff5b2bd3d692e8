import Careers
import Domain
import Taxonomy
import Testing

// MARK: - The learner's current job and level, placed as an adviser would (review 20, theme T4)

@Suite("Review 20 placements")
struct Review20PlacementTests {
    static func groups(_ diagnostic: Diagnostic) -> [String] {
        diagnostic.currentOccupations.filter { $0.occupation.scheme == .soc2020 }.map(\.occupation.code)
    }

    static func standards(_ diagnostic: Diagnostic) -> [String] {
        diagnostic.currentOccupations.filter { $0.occupation.scheme == .ifate }.map(\.occupation.title)
    }

    static func jobSkills(_ diagnostic: Diagnostic) -> [String] {
        diagnostic.skills.flatMap(\.skills).filter { $0.fromJob != nil }.map(\.label)
    }

    /// Principle: "I make X" says the learner is an X maker, as "I was an X maker" would; the things they make, with the
    /// doer's word, place them when a job title of the coding index says so, not the words of the rest of their text.
    @Test("a chocolate maker who says 'I make chocolates' is placed among food process operatives, not financial managers")
    func chocolateMaker() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I make chocolates at a small artisan chocolate company near Bromsgrove, 6 years now. Tempering by hand and on the \
            machine, ganaches, moulding bars and bonbons, shelf life trials, the allergen matrix and labels, SALSA audit \
            paperwork, HACCP level 3. I also work out new flavours for the seasonal ranges and cost them up.
            """))
        checkPathInvariants(diagnostic)
        let groups = Self.groups(diagnostic)
        #expect(groups.first == "8111", "\(groups)")
        #expect(!groups.contains("1131"), "\(groups)")
        #expect(!diagnostic.upskill.contains { $0.occupation.title == "Trading standards professional" }, "\(diagnostic.upskill.map(\.occupation.title))")
    }

    @Test("'I make furniture' and 'I groom dogs' name the maker's and the groomer's jobs", arguments: [
        ("I make furniture in a small workshop near Pershore, tables and chairs to order, mostly oak, 10 years now. I'd like something "
            + "with a steadier wage.", "5442"),
        ("I groom dogs from my own van, 5 years now, bathing, clipping and hand stripping, nail clipping, booking through Facebook. "
            + "I'd like to work with horses.", "6129"),
    ])
    func doerNamesTheJob(_ text: String, _ code: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        #expect(Self.groups(diagnostic).first == code, "\(Self.groups(diagnostic))")
    }

    /// Principle: the standard a job title or named job stands for is the learner's job, ahead of standards that only share
    /// its unit group: a saddler is a bespoke saddler before a material cutter.
    @Test("a saddler is placed at Bespoke saddler first")
    func saddler() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Saddler for 11 years at a saddlery workshop near Bromsgrove. Cutting and stitching leather by hand and machine, \
            making bridles and headcollars, repairing and restuffing saddles, fitting saddles to horses at yards.
            """, currentTitle: "Saddler"))
        checkPathInvariants(diagnostic)
        #expect(Self.standards(diagnostic).first == "Bespoke saddler", "\(Self.standards(diagnostic))")
    }

    /// Principle: a biomedical scientist's own standard is the healthcare science practitioner degree (HCPC registration in
    /// the life sciences), not a level-2 assistant's job.
    @Test("a biomedical scientist returner is placed at Healthcare science practitioner")
    func biomedicalScientist() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Biomedical scientist in the blood sciences lab at Worcestershire Royal from 2007 to 2016, HCPC registered then. \
            Haematology and transfusion, running the analysers, blood films, crossmatching, quality control, and on-call nights \
            on my own. BSc in biomedical science and the IBMS registration portfolio.
            """))
        checkPathInvariants(diagnostic)
        let standards = Self.standards(diagnostic)
        #expect(standards.first == "Healthcare science practitioner (integrated degree)", "\(standards)")
        #expect(!Self.jobSkills(diagnostic).contains("Food production"), "\(Self.jobSkills(diagnostic))")
    }

    /// Principle: a canteen or catering manager runs a catering unit, the hospitality manager's job, and is not offered a
    /// level-2 chef's job as the only way on.
    @Test("a canteen manager is placed at Hospitality manager, with no production chef step down")
    func canteenManager() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            canteen manager for a contract caterer 8 years, running the staff restaurant at a big factory in kidderminster. \
            breakfasts and hot lunches for 400 people over 2 shifts, ordering, food safety, the allergen folder, rotas for 5 \
            staff, tills, cash and the monthly figures for the client. level 3 food safety.
            """, currentTitle: "Canteen manager"))
        checkPathInvariants(diagnostic)
        #expect(Self.standards(diagnostic).first == "Hospitality manager", "\(Self.standards(diagnostic))")
        #expect(!diagnostic.paths.contains { $0.occupation.title == "Production chef" }, "\(diagnostic.paths.map(\.occupation.title))")
    }

    /// Principle: a loss adjuster handles insurance claims; the engineering standards whose job titles share his unit group
    /// (estimators, valuers and assessors) are not his job, and nor is a health records skill the group's task lists as
    /// one of several sources of information.
    @Test("a loss adjuster is placed at Insurance professional, with no engineering job or health records")
    func lossAdjuster() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Loss adjuster for 12 years, the last 6 with a national firm covering Worcester and the Marches. Flood, fire and \
            escape of water claims, interviewing policyholders, spotting stories that don't add up, working with the counter \
            fraud team, writing reports that stand up if it goes to court. ACII chartered, and I have a 2:1 in geography.
            """, currentTitle: "Loss adjuster"))
        checkPathInvariants(diagnostic)
        let standards = Self.standards(diagnostic)
        #expect(standards.first == "Insurance professional", "\(standards)")
        #expect(!standards.contains("Engineering manufacturing technician"), "\(standards)")
        #expect(!Self.jobSkills(diagnostic).contains("Health records"), "\(Self.jobSkills(diagnostic))")
    }

    /// Principle: a quarry plant operator's standard is the mineral processing plant operator's, not construction's, and
    /// his step up is not an erector rigger's.
    @Test("a quarry plant operator is placed at Mineral processing mobile and static plant operator")
    func quarryPlantOperator() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            loading shovel and dump truck driver at a sand and gravel quarry near holt heath for 9 years. loading the wagons, \
            feeding the screens and the washing plant, daily checks and greasing, keeping the haul roads right, weighbridge cover.
            """, currentTitle: "Quarry plant operator"))
        checkPathInvariants(diagnostic)
        #expect(Self.standards(diagnostic).first == "Mineral processing mobile and static plant operator", "\(Self.standards(diagnostic))")
        #expect(!diagnostic.upskill.contains { $0.occupation.title == "Engineering construction erector rigger" }, "\(diagnostic.upskill.map(\.occupation.title))")
    }

    /// Principle: the everyday job-title table reads the learner's own words for their job, though the coding index knows
    /// it by fewer ("transporter driver"): a car transporter driver drives an articulated lorry.
    @Test("a class 1 car transporter driver is placed at Large goods vehicle driver first, with no boatmaster step up")
    func carTransporterDriver() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Car transporter driver for 6 years, class 1, taking new cars from the ports to dealers all over the country out of \
            a depot near Kidderminster. Loading the decks, strapping down, damage inspections on the handheld, tacho and hours.
            """))
        checkPathInvariants(diagnostic)
        let standards = Self.standards(diagnostic)
        #expect(standards.first == "Large goods vehicle (LGV) driver", "\(standards)")
        #expect(!diagnostic.upskill.contains { $0.occupation.title == "Boatmaster" }, "\(diagnostic.upskill.map(\.occupation.title))")
    }

    /// Principle: a skill a unit group's task names only as one of a list of alternatives ("with another metal, plastic
    /// powder or material") is no skill every holder of the job has.
    @Test("an anodising line setter is not credited with plastics processing from his job")
    func anodiser() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Anodising and plating line setter at a metal finishing firm in Redditch, 15 years. Racking the parts, running the \
            tanks, checking solution strengths and temperatures, titrations, COSHH, coating thickness testing, loading the jigs, \
            training new starters.
            """))
        checkPathInvariants(diagnostic)
        #expect(Self.groups(diagnostic).first == "8115", "\(Self.groups(diagnostic))")
        #expect(!Self.jobSkills(diagnostic).contains("Plastics and polymer processing"), "\(Self.jobSkills(diagnostic))")
    }
}
