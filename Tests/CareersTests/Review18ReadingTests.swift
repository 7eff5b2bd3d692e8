@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 18: everyday words in their sense, conditions for what they close, job skills the words support

/// Review 18's learners (development data): a farmer's lung, an overhead linesman, a head office's operations and
/// training, furniture waxing, one's own blood pressure and wire EDM are read in their sense, not as skills that
/// drive paths; "karts" and "resit" are not "corrected"; farmer's lung is a breathing condition that closes the
/// sheds, Parkinson's closes no lifting, a linesman who can't climb poles gets no work at height, and a learner who
/// needs to sit for work gets neither driving nor work on her feet; a broad unit group's edge tasks give no
/// "likely from your job" skills the learner's words do not support.
@Suite("Review 18 reading: words in their sense, conditions, job skills")
struct Review18ReadingTests {
    // MARK: Words in their sense

    @Test("everyday words are not skills: a farmer's lung, an overhead linesman, operations and training, furniture waxing, my blood pressure, wire EDM")
    func everydayWordsInTheirSense() async throws {
        let cases: [(text: String, notHeld: String)] = [
            ("Dairy herdsman 15 years, milking and calving. The doctor says I've got farmer's lung from the mouldy hay.", "equine-care"),
            ("self employed cattle foot trimmer 12 years, treating digital dermatitis. I've been diagnosed with farmer's lung from mouldy hay and straw dust.", "equine-care"),
            ("Overhead linesman on the 33kV network for 12 years, climbing wood poles, stringing conductors, repairs after storms.", "sports-officiating"),
            ("Overhead linesman for the electricity network 17 years, 11kV and LV, climbing poles, fault finding after storms.", "sports-officiating"),
            ("Pub group area manager, 8 pubs. I'd be good at operations and training at head office.", "rail-operations"),
            ("restaurant general manager 8 years. I think I'd be good at office management or operations or training in a head office.", "rail-operations"),
            ("Warehouse supervisor. At weekends I restore old furniture, stripping, waxing and re-caning chairs for the antiques centre.", "beauty-therapy"),
            ("Transport planner for a haulage firm 10 years. Stuck at a screen all day and my blood pressure is up.", "clinical-observations"),
            ("Taxi driver 20 years, nights. My GP says I have high blood pressure and need to get more exercise.", "clinical-observations"),
            ("Toolmaker 14 years, progressive tools, wire EDM, surface grinding, jig boring, reading drawings.", "electrical-installation"),
        ]
        for (text, notHeld) in cases {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            #expect(!heldSkillIDs(diagnostic).contains(notHeld), "\(text): \(heldSkillIDs(diagnostic).sorted())")
        }
    }

    @Test("the same words in their skill's sense are still read: a football linesman, a beauty therapist's waxing, a carer's blood pressures, a groom lunging")
    func skillSensesKept() async throws {
        let cases: [(text: String, held: String)] = [
            ("I referee junior football on Sundays and run the line as a linesman for the county league.", "sports-officiating"),
            ("Beauty therapist 6 years, waxing, facials, lashes and nails in a salon.", "beauty-therapy"),
            ("Healthcare assistant on a ward, taking blood pressure and obs, helping with washes.", "clinical-observations"),
            ("Groom at a livery yard, mucking out, lunging the young horses, tacking up.", "equine-care"),
            ("Toolmaker, wire EDM and jig boring in the tool room.", "machining"),
        ]
        for (text, held) in cases {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            #expect(heldSkillIDs(diagnostic).contains(held), "\(text): \(heldSkillIDs(diagnostic).sorted())")
        }
    }

    // MARK: Spelling

    @Test("learner words the word list lacks are left alone: karts, a maths resit, a stoma, contractions without apostrophes")
    func learnerWordsNotCorrected() async throws {
        let texts = [
            "17, doing A levels, I work weekends as a marshal at the go karting track, flags, pushing karts, helping with birthday groups.",
            "I drive for the car auction 6 years. Maths was a 3. Do I need to resit maths first?",
            "Warehouse operative, I arent allowed to lift since my op and I have a stoma now, theyre moving me to the office.",
        ]
        for text in texts {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            let read = diagnostic.notices.filter { $0.hasPrefix("Read ") }
            #expect(read.isEmpty, "\(text): \(read)")
        }
    }

    // MARK: Conditions

    static let footTrimmer = "self employed cattle foot trimmer 12 years, dairy and beef farms across worcestershire and herefordshire, my own "
        + "crush on a trailer, trimming, treating digital dermatitis and ulcers, mobility scoring for the milk buyers, advising farmers on "
        + "footbaths. I've been diagnosed with farmer's lung from mouldy hay and straw dust and the consultant says I have to get out of the "
        + "sheds. Im 39. Could I get a job selling for a feed company or an agri merchant, or something in animal health?"

    @Test("farmer's lung is a breathing condition that closes dusty work and the sheds, stables and poultry houses; cattle's dermatitis is no skin condition")
    func farmersLung() async throws {
        let own = "Pig stockman 20 years. I've got farmers lung now and can't be in the sheds with the straw."
        for text in [Self.footTrimmer, own] {
            let stated = WorkLimit.stated(in: text, wishes: "")
            #expect(stated.contains(WorkLimit.breathing), "\(text)")
            #expect(stated.contains { WorkLimit.all[$0].name == WorkLimit.organicDustName }, "\(text)")
        }
        #expect(!WorkLimit.stated(in: Self.footTrimmer, wishes: "").contains(WorkLimit.skin))
        // The learner's own dermatitis still is one.
        #expect(WorkLimit.stated(in: "Hairdresser 10 years, I've got dermatitis on my hands from the colours.", wishes: "").contains(WorkLimit.skin))
        #expect(!WorkLimit.stated(in: "Herdsman, the heifers had digital dermatitis last winter.", wishes: "").contains(WorkLimit.skin))
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: Self.footTrimmer))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("breathing condition") && $0.contains("hay") }, "\(diagnostic.notices)")
        #expect(diagnostic.notices.contains { $0.contains("farm dusts") }, "\(diagnostic.notices)")
        #expect(!diagnostic.notices.contains { $0.contains("skin condition") }, "\(diagnostic.notices)")
        for path in diagnostic.paths {
            let title = path.occupation.title.lowercased()
            #expect(!["groom", "poultry", "livestock", "stockperson", "farm worker"].contains { title.contains($0) }, "\(path.occupation.title)")
        }
    }

    static let legalExecutive = "Chartered legal executive (CILEx fellow) in personal injury at a firm in Worcester, 14 years, running my own "
        + "caseload of road traffic and workplace claims, medical evidence, negotiating settlements, costs. At 46 I've been diagnosed with early "
        + "onset Parkinson's. My right hand has a tremor, my typing is slow and I'm very tired by mid afternoon. I don't want to give up law. "
        + "I'd like something part time with less deadline pressure, maybe mediation, legal training or file reviewing, ideally from home some days."

    @Test("Parkinson's states the energy limit (part-time note) and a tremor the hands limit, but no invented lifting limit")
    func parkinsonsNoLiftingLimit() async throws {
        let texts = [Self.legalExecutive, "Accounts clerk 20 years. Diagnosed with parkinsons last year, I get tired and my hand shakes a bit."]
        for text in texts {
            let stated = WorkLimit.stated(in: text, wishes: "")
            #expect(!stated.contains(WorkLimit.physical), "\(text)")
            #expect(stated.contains(WorkLimit.fatigue), "\(text)")
        }
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: Self.legalExecutive))
        #expect(!diagnostic.notices.contains { $0.contains("physical limit") || $0.contains("heavy lifting") }, "\(diagnostic.notices)")
        #expect(diagnostic.notices.contains { $0.contains("hands or wrists") }, "\(diagnostic.notices)")
        #expect(diagnostic.notices.contains { $0.contains("limits your energy") && $0.contains("part-time") }, "\(diagnostic.notices)")
    }

    @Test("'can't climb poles' closes work at height; a linesman who can't climb is offered no job built on it")
    func linesmanCannotClimb() async throws {
        for text in [
            "Overhead linesman 17 years. After my surgery I can't climb poles or lift heavy for at least a year.",
            "Telecoms engineer, I cant climb poles any more since my knee went.",
        ] {
            #expect(WorkLimit.stated(in: text, wishes: "").contains(WorkLimit.heights), "\(text)")
        }
        #expect(!WorkLimit.stated(in: "Overhead linesman, climbing poles every day, I love it.", wishes: "").contains(WorkLimit.heights))
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Overhead linesman for the electricity network 17 years, 11kV and LV, climbing poles, stringing conductors, fault finding after "
                + "storms. Last year I had bowel cancer and I have a stoma now. I can't climb poles or lift heavy for at least another year. I'd like "
                + "to move into network design or planning in the office, or train the apprentices.",
            currentTitle: "Overhead linesman"))
        checkPathInvariants(diagnostic)
        let engine = try await TestCatalogue.shared.value
        for path in diagnostic.paths {
            let position = try #require(engine.model.targetPosition[path.occupation.code])
            #expect(!engine.model.isRuledOut(position, by: [WorkLimit.heights, WorkLimit.physical]), "\(path.occupation.title)")
        }
    }

    static let restaurantManager = "restaurant general manager at a chain italian in bromsgrove, 8 years, running a team of 30, rotas, P&L, stock "
        + "and GP, food safety and allergens, interviewing and training, complaints, 50+ hours a week on my feet. I have hypermobile EDS, my knees "
        + "and shoulders partly dislocate and I'm in pain after every shift, the rheumatologist says I need to sit down for work. I'm 35, no degree. "
        + "I think I'd be good at office management or operations or training in a head office. What office job would take my experience?"

    @Test("needing to sit for work asks for desk work: no driving instead, and no work on one's feet; sitting an exam is no such need")
    func seatedWorkWanted() async throws {
        let stated = WorkLimit.stated(in: Self.restaurantManager, wishes: "")
        #expect(stated.contains(WorkLimit.physical))
        #expect(stated.contains(WorkLimit.indoors))
        #expect(stated.contains { WorkLimit.all[$0].name == "work on your feet" })
        let exam = WorkLimit.stated(in: "Bar supervisor 5 years, I need to sit my maths GCSE again next summer.", wishes: "")
        #expect(!exam.contains(WorkLimit.indoors) && !exam.contains(WorkLimit.physical), "\(exam)")
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: Self.restaurantManager, currentTitle: "Restaurant manager"))
        checkPathInvariants(diagnostic)
        #expect(!heldSkillIDs(diagnostic).contains("rail-operations"))
        let engine = try await TestCatalogue.shared.value
        let standing = try #require(WorkLimit.all.firstIndex { $0.name == "work on your feet" })
        for path in diagnostic.paths {
            let title = path.occupation.title.lowercased()
            #expect(!title.contains("driver"), "\(path.occupation.title)")
            let position = try #require(engine.model.targetPosition[path.occupation.code])
            #expect(!engine.model.isRuledOut(position, by: [standing, WorkLimit.driving]), "\(path.occupation.title)")
        }
    }

    // MARK: Skills likely from the job

    @Test("a broad unit group's edge tasks give no likely skills the learner's words do not support; a group naming the job keeps its tasks")
    func likelySkillsNeedSupport() async throws {
        func fromJob(_ diagnostic: Diagnostic) -> Set<String> {
            Set(diagnostic.skills.flatMap(\.skills).filter { $0.fromJob != nil }.map(\.id))
        }
        let steeplejack = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Steeplejack 11 years, church spires, factory chimneys, lightning protection installing and testing, rope access, pointing and "
                + "leadwork repairs up high. Im 36 and fit.",
            currentTitle: "Steeplejack"))
        #expect(fromJob(steeplejack).isDisjoint(with: ["plastering", "plumbing", "landscaping", "carpentry-and-joinery"]), "\(fromJob(steeplejack))")
        let linesman = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Overhead linesman 17 years on the 11kV network, climbing poles, stringing conductors, fault finding after storms.",
            currentTitle: "Overhead linesman"))
        #expect(!fromJob(linesman).contains("medical-devices"), "\(fromJob(linesman))")
        // A unit group whose title names the job keeps its tasks' skills for a one-line profile.
        let carer = try await TestCatalogue.diagnose(LearnerProfile(text: "I was a care assistant for 10 years."))
        #expect(!fromJob(carer).isEmpty)
        let butcher = try await TestCatalogue.diagnose(LearnerProfile(text: "I was a butcher for 10 years."))
        #expect(fromJob(butcher).contains("food-safety"), "\(fromJob(butcher))")
    }

    // MARK: Helper notes

    @Test("help with reading and one's own learning disability ask for basic skills; supporting adults with one does not")
    func basicNeedsHeard() {
        #expect(CareerDiagnostician.asksForBasicSkills("My support worker helps me with reading and writing the forms."))
        #expect(CareerDiagnostician.asksForBasicSkills("im 20 and i have a learning disability, i like gardening."))
        #expect(!CareerDiagnostician.asksForBasicSkills("Support worker 6 years for adults with a learning disability in supported living."))
    }

    @Test("'I want to study full time' lists full-time courses first; working full time is not a study wish")
    func fullTimeStudy() {
        let wish = Circumstances.read(wishes: "I want to study full time at college for a year to become an electrician", text: "")
        #expect(wish.fullTimeStudy)
        #expect(wish.preferring(LearnerConstraints()).preferredStudyModes == [.fullTime])
        #expect(!Circumstances.read(wishes: "I want to work full time as an electrician", text: "").fullTimeStudy)
        // Part-time work while studying keeps the part-time order.
        let both = Circumstances.read(wishes: "part time work while I study full time", text: "")
        #expect(both.partTime && !both.fullTimeStudy)
    }
}
