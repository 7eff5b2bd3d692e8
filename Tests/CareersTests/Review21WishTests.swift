@testable import Careers
import Domain
import Foundation
import Testing

// MARK: - The learner's wish read as the right job (review 21, T1)

/// A wish is read as the job it names, whatever words close it: when they want it ("probation services officer first", "a nursery
/// manager one day"), their age ("quantity surveying … at my age") and a word of standing alone ("an accountant, chartered
/// eventually") name no job. What a question asks whether they need ("do I need to pass my C1 driving first") is no wish. A job a
/// retired standard's title names first is still named by the current one within reach (HR support for "HR"). Everyday names of
/// nursery work, a subject teacher and a vet are their standards (a vet has none: the veterinary nurse is the nearest).
@Suite("Review 21 wishes")
struct Review21WishTests {
    // The diagnosis and wish-claim helpers of the review-20 wish suite.
    typealias Shared = Review20WishTests

    @Test("words saying when or at what age close a wish without naming a job; a word of standing alone names none")
    func wishTails() {
        #expect(CareerDiagnostician.droppingWishTail(["probation", "services", "officer", "first"]) == ["probation", "services", "officer"])
        #expect(CareerDiagnostician.droppingWishTail(["be", "a", "nursery", "manager", "one", "day"]) == ["be", "a", "nursery", "manager"])
        #expect(CareerDiagnostician.droppingWishTail(["quantity", "surveying", "as", "an", "apprenticeship", "at", "my", "age"])
            == ["quantity", "surveying", "as", "an", "apprenticeship"])
        #expect(CareerDiagnostician.droppingWishTail(["train", "as", "an", "electrician", "at", "52"]) == ["train", "as", "an", "electrician"])
        #expect(CareerDiagnostician.droppingWishTail(["chartered", "eventually"]).isEmpty)
        // A word of the job stays: "first aid trainer", "chartered surveyor".
        #expect(CareerDiagnostician.droppingWishTail(["first", "aid", "trainer"]) == ["first", "aid", "trainer"])
        #expect(CareerDiagnostician.droppingWishTail(["chartered", "surveyor"]) == ["chartered", "surveyor"])
        // Whom the job would serve is no word of it.
        #expect(CareerDiagnostician.droppingWishTail(["be", "a", "social", "worker", "with", "children"]) == ["be", "a", "social", "worker"])
        #expect(CareerDiagnostician.droppingWishTail(["work", "with", "children"]) == ["work", "with", "children"])
    }

    @Test("what a question asks whether the learner needs is dropped from the wish; the work it is for stays")
    func requirementsAsked() {
        #expect(CareerDiagnostician.droppingRequirements("and do I need to pass my C1 driving first?").isEmpty)
        #expect(CareerDiagnostician.droppingRequirements("Do I need a degree for probation").lowercased() == "for probation")
        #expect(CareerDiagnostician.droppingRequirements("do I have to get A levels to be a vet?") == "to be a vet")
        #expect(CareerDiagnostician.droppingRequirements("I want to work in IT") == "I want to work in IT")
    }

    static let drivingExaminer = """
        Driving examiner with the DVSA for 11 years, mostly at the Worcester test centre, and before that I was a driving instructor for \
        6. Conducting car tests, marking faults, debriefing candidates who have just failed and are in bits, sometimes angry, the odd one \
        who threatens you. Reports, standards checks, mentoring new examiners. I'm 52. I've realised the part I'm good at is talking to \
        people at their worst and staying calm. My neighbour is a probation officer and I'd like to do that, or probation services officer \
        first. Do I need a degree for probation and will they train me on the job?
        """

    /// Principle: "first" after a job says when, not what: the probation services standard is the job named.
    @Test("a driving examiner who wants to be a probation services officer first is offered probation work")
    func probationFirst() async throws {
        let diagnostic = try await Shared.diagnose(Self.drivingExaminer, title: "Driving examiner")
        checkPathInvariants(diagnostic)
        #expect(diagnostic.paths.contains { ["ST0494", "ST0648"].contains($0.occupation.code) && Shared.claimsWish($0) }, "\(Shared.describe(diagnostic))")
        #expect(diagnostic.demandSignal.aspired, "\(diagnostic.demandSignal)")
        // The degree question is answered about probation, not about another job listed.
        let degree = try #require(diagnostic.notices.first { $0.hasPrefix("You asked whether you need a degree") }, "\(diagnostic.notices)")
        #expect(degree.contains("Probation"), "\(degree)")
    }

    @Test("a warehouse team leader who wants to be a probation officer one day is offered probation work")
    func probationOneDay() async throws {
        let diagnostic = try await Shared.diagnose("""
            Team leader at a parcel warehouse in Redditch for 8 years, running a shift of 20, return to work interviews, sorting out \
            arguments on the floor, inductions and the absence paperwork. I volunteer with a youth offending panel once a month. I'm 41. \
            I'd like to work in probation, maybe a probation officer one day.
            """)
        checkPathInvariants(diagnostic)
        #expect(diagnostic.paths.contains { ["ST0494", "ST0648"].contains($0.occupation.code) && Shared.claimsWish($0) }, "\(Shared.describe(diagnostic))")
    }

    /// Principle: "at my age" closes a question about quantity surveying: the QS technician is the job named, not the trades of its route.
    @Test("a heat treatment operator asking about quantity surveying at his age is offered the QS technician's apprenticeship")
    func quantitySurveyingAtMyAge() async throws {
        let diagnostic = try await Shared.diagnose("""
            heat treatment operator at a needle factory in redditch, 12 years. running the hardening and tempering furnaces, loading the \
            baskets, setting the temperatures and times off the job cards, hardness testing on the rockwell, keeping the furnace logs and \
            the SPC charts, quench oil, PPE. Ive got level 2 maths and english from college and i did a level 3 in engineering maintenance \
            on day release years ago. Im 38. the factory keeps cutting shifts. my brother in law is a QS and says im good with numbers and \
            would be good at it. can i do quantity surveying as an apprenticeship at my age?
            """, title: "Heat treatment operator")
        checkPathInvariants(diagnostic)
        // A standard whose titles hold "quantity surveying technician": the construction QS technician (ST0049, level 4) or the
        // surveying technician (ST0332, level 3, whose typical titles include quantity surveying technicians). Since the
        // session-25 merge the operator, no longer placed at a standard, is offered the level 3 one only (see the issue note).
        #expect(diagnostic.paths.contains { ["ST0049", "ST0332"].contains($0.occupation.code) && Shared.claimsWish($0) }, "\(Shared.describe(diagnostic))")
        // Trades of the route are no job the wish names, nor its field said in words.
        #expect(!diagnostic.paths.contains { ["ST0651", "ST0750"].contains($0.occupation.code) && $0.why.summary.contains("your wish names") },
            "\(Shared.describe(diagnostic))")
    }

    /// Principle: a retired HR consultant standard named first does not hide HR support, a current job within reach.
    @Test("a beauty counter manager who wants to move into HR is offered HR support")
    func humanResources() async throws {
        let diagnostic = try await Shared.diagnose("""
            Beauty counter manager for a skincare and cosmetics brand in a department store in Worcester, 9 years. Skin consultations, \
            makeovers for weddings and proms, hitting the counter targets, training the new consultants, doing the rota for 4 of us, stock \
            counts and the brand's audits. I sorted out two disciplinaries and a grievance with the store HR because the brand doesn't have \
            anyone local. I'm 35, level 3 beauty therapy from college. Department stores are closing and I liked the people side. I want to \
            move into HR, maybe HR advisor. Is CIPD level 3 worth doing first and can I do it online?
            """)
        checkPathInvariants(diagnostic)
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0239" && Shared.claimsWish($0) }, "\(Shared.describe(diagnostic))")
        #expect(diagnostic.demandSignal.aspired && diagnostic.demandSignal.occupations.contains("ifate:ST0239"), "\(diagnostic.demandSignal)")
    }

    /// Principle: a vet has no apprenticeship standard; the veterinary nurse's is the nearest, not a livestock vet technician's.
    @Test("a 16-year-old in an aquatics shop who wants to be a vet is offered veterinary nursing as the first step, not lab animals")
    func vet() async throws {
        let diagnostic = try await Shared.diagnose("""
            im 16 and in year 11 at a school in malvern. saturdays and sundays i work at a tropical fish and aquatics shop, testing peoples \
            water, cleaning tanks, netting fish, feeding, spotting which ones are ill and treating them, the reptile room too. i have 2 \
            dogs, a bearded dragon and a corn snake. predicted 7 in biology, 6 in chemistry, 6 maths, 5 english. i want to be a vet. my \
            teacher says i need three A levels and top grades, is that true or is there another way in like being a vet nurse first?
            """, aspiration: "vet")
        checkPathInvariants(diagnostic)
        #expect(diagnostic.reskill.first?.occupation.code == "ST0343", "\(Shared.describe(diagnostic))")
        #expect(!diagnostic.paths.contains { ["ST0058", "ST0946"].contains($0.occupation.code) && Shared.claimsWish($0) }, "\(Shared.describe(diagnostic))")
        #expect(diagnostic.notices.contains { $0.hasPrefix("You name \"vet\"") }, "\(diagnostic.notices)")
    }

    @Test("a dog groomer who wants to be a vet hears that no standard is for it and is offered veterinary nursing")
    func vetOwnWording() async throws {
        let diagnostic = try await Shared.diagnose("""
            I've been a dog groomer at a salon in Pershore for 5 years, bathing, clipping, hand stripping, nails and ears, spotting skin \
            problems and lumps and telling the owners to see their vet. I'm 24 with GCSEs. I'd really like to train to be a vet now.
            """)
        checkPathInvariants(diagnostic)
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0343" }, "\(Shared.describe(diagnostic))")
        #expect(!diagnostic.paths.contains { $0.occupation.code == "ST0946" && Shared.claimsWish($0) }, "\(Shared.describe(diagnostic))")
    }

    /// Principle: "chartered" alone is a word of standing, not a chartered manager.
    @Test("a school leaver who wants to be an accountant, chartered eventually, is not offered chartered management")
    func charteredEventually() async throws {
        let diagnostic = try await Shared.diagnose("""
            I'm 18 and just finished A levels at a school in Bromsgrove, maths, business and geography, expecting A, B, B. I've worked at \
            an independent toy shop on the high street for two years, tills, window displays, ordering stock, and the owner lets me do the \
            cashing up and help with the VAT spreadsheet now. I like it when the numbers reconcile. Everyone in my year is going to uni but \
            I don't want the debt. I want to be an accountant, chartered eventually. Which is better, AAT or the level 7 apprenticeship, \
            and do Big Four firms take school leavers near here?
            """)
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.contains { $0.occupation.code == "ST0272" }, "\(Shared.describe(diagnostic))")
        #expect(!diagnostic.notices.contains { $0.hasPrefix("Chartered manager") }, "\(diagnostic.notices)")
        #expect(diagnostic.paths.contains { ["ST0001", "ST0002", "ST0003"].contains($0.occupation.code) && Shared.claimsWish($0) }, "\(Shared.describe(diagnostic))")
    }

    /// Principle: working in a nursery is early years work, not the painting trades.
    @Test("a 16-year-old who wants to work in a nursery is offered early years work")
    func nursery() async throws {
        let diagnostic = try await Shared.diagnose("""
            im 16 in year 11 at a school in redditch. i help my mum and dad with their bouncy castle and party hire business at weekends, \
            setting up castles and soft play at kids parties, doing the face painting and the party games, keeping an eye on the little \
            ones so nobody gets hurt. i love little kids, i look after my cousins all the time. predicted 4s and 5s, 4 in maths. i want to \
            work in a nursery and maybe be a nursery manager one day. should i do the level 3 at college or an apprenticeship?
            """)
        checkPathInvariants(diagnostic)
        #expect(diagnostic.reskill.first.map { ["ST0135", "ST0888"].contains($0.occupation.code) } ?? false, "\(Shared.describe(diagnostic))")
        #expect(diagnostic.demandSignal.aspired, "\(diagnostic.demandSignal)")
    }

    @Test("a plant nursery worker's wish to run a plant nursery is no early years wish")
    func plantNursery() async throws {
        let diagnostic = try await Shared.diagnose("""
            I've worked at a plant nursery near Evesham for 6 years, potting on, taking cuttings, watering, loading the lorries for the \
            garden centres. I'm 30. I'd like to run a nursery of my own one day, growing shrubs and perennials.
            """)
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.contains { ["ST0135", "ST0888", "ST0551"].contains($0.occupation.code) }, "\(Shared.describe(diagnostic))")
    }

    /// Principle: a teacher named by the subject taught is a school teacher.
    @Test("a school librarian with an English degree who asks about training as an English teacher at her age is offered teaching")
    func englishTeacher() async throws {
        let diagnostic = try await Shared.diagnose("""
            I was the school librarian at a high school in Droitwich for 11 years until 2020. Running the library on my own, the library \
            system, book clubs and reading for pleasure, accelerated reader for year 7 and 8, helping the SEN kids and the ones hiding at \
            lunchtime, and I did the careers corner too. I have a degree in English. When covid shut the school they cut my post and I \
            looked after my mum who was dying. I'm 54. I'd like to go back into a school or college. Could I train as an English teacher \
            at my age or is there a better route in?
            """)
        checkPathInvariants(diagnostic)
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0490" && Shared.claimsWish($0) }, "\(Shared.describe(diagnostic))")
        #expect(!diagnostic.notices.contains { $0.contains("\"english teacher\"") }, "\(diagnostic.notices)")
        #expect(!diagnostic.notices.contains { $0.hasPrefix("Outdoor learning specialist") }, "\(diagnostic.notices)")
    }

    @Test("a teaching assistant who wants to become a maths teacher is offered the teacher's apprenticeship")
    func mathsTeacher() async throws {
        let diagnostic = try await Shared.diagnose("""
            Teaching assistant in a secondary school in Kidderminster for 6 years, maths intervention groups for year 9 and 10, covering \
            lessons, marking. I did a maths degree at Worcester before that. I'm 33. I want to become a maths teacher, ideally while I keep \
            getting paid.
            """)
        checkPathInvariants(diagnostic)
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0490" }, "\(Shared.describe(diagnostic))")
    }

    /// Principle: "do I need to pass my C1 driving first" asks about a requirement: no driving field is wished for.
    @Test("a car park attendant who wants to be a paramedic and asks about C1 driving is not offered transport as his wish's field")
    func paramedicC1() async throws {
        let diagnostic = try await Shared.diagnose("""
            I'm a car park attendant at the hospital in Kidderminster, 4 years, patrols, the pay machines, the barriers, helping lost \
            patients and visitors, keeping the ambulance bay clear, and once I did CPR on a man who collapsed by the pay station till the \
            crash team came. Before that I stacked shelves. I'm 24, I have 5 GCSEs including maths and english at 4, and a first aid at \
            work certificate. I want to be a paramedic. Is there an apprenticeship with the ambulance service or do I need a degree, and do \
            I need to pass my C1 driving first?
            """, aspiration: "paramedic")
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.contains { $0.occupation.route == "transport-and-logistics" && $0.why.summary.contains("your wish names") },
            "\(Shared.describe(diagnostic))")
        #expect(diagnostic.paths.contains { ["ST0287", "ST0627"].contains($0.occupation.code) }, "\(Shared.describe(diagnostic))")
    }
}
