@testable import Careers
import Domain
import Foundation
import Testing

// MARK: - The learner's wish read as the right job (review 20, T1)

/// A wish is read as the job it names: a title of another specialism of the same grade of job ("Youth support worker" for a
/// cancer support worker) is not it; activities listed after a named job ("a tree surgeon, climbing and cutting") say what that
/// job does and name no job of their own; everyday names of a detective, an operating department practitioner and a school
/// teacher are their standards; and an employer the wish names for a job ("in the NHS or a council") is no field of its own.
@Suite("Review 20 wishes")
struct Review20WishTests {
    static func diagnose(_ text: String, title: String? = nil, aspiration: String? = nil) async throws -> Diagnostic {
        try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: title, aspiration: aspiration))
    }

    static func describe(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.paths.map { "\($0.occupation.code) \($0.occupation.title): \($0.why.summary.prefix(90))" }) \(diagnostic.notices)"
    }

    static func claimsWish(_ path: CareerPath) -> Bool {
        ["your wish names", "matches what you said you would like to do"].contains { path.why.summary.contains($0) }
    }

    /// Principle: "cancer support worker" names no youth support worker: the title names another specialism of the job.
    @Test("a wig fitter who wants to be a cancer support worker is not offered youth support work as the job her wish names")
    func cancerSupportWorker() async throws {
        let diagnostic = try await Self.diagnose("""
            I fit wigs and hair pieces at a hair loss clinic in Bromsgrove, 7 years. Mostly women going through chemo or with alopecia, \
            consultations, measuring heads, cutting and styling the wigs to suit them, hand knotting repairs, washing and setting, the NHS \
            wig vouchers. NVQ level 3 hairdressing before that. I have hypermobile Ehlers-Danlos, my fingers and wrists keep subluxing and \
            the fine knotting and cutting is getting impossible. I'm 33. The clients are the best bit of the job and I'd still like to \
            support people like them. Could I go into something like a cancer support worker role?
            """, title: "Wig specialist")
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.contains { $0.occupation.code == "ST0906" && Self.claimsWish($0) }, "\(Self.describe(diagnostic))")
        #expect(!diagnostic.demandSignal.occupations.contains("ifate:ST0906"), "\(diagnostic.demandSignal.occupations)")
    }

    @Test("a care assistant who wants to be a dementia support worker is not told a peer or youth support worker is that job")
    func specialismOwnWording() async throws {
        let diagnostic = try await Self.diagnose("""
            care assistant in a nursing home in Droitwich for 5 years, personal care, medication rounds, activities with the residents, \
            handovers and care plans. I'm 38. My nan had dementia and I want to be a dementia support worker for a charity.
            """)
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.contains { ["ST0906", "ST0896"].contains($0.occupation.code) && Self.claimsWish($0) }, "\(Self.describe(diagnostic))")
    }

    /// Principle: activities listed after a named job say what it does ("climbing and cutting"): no material cutter.
    @Test("a 16-year-old who wants to be a tree surgeon, climbing and cutting, is offered arboriculture, not material cutting")
    func treeSurgeonClimbingAndCutting() async throws {
        let diagnostic = try await Self.diagnose("""
            im 16, year 11 at a school in bewdley. i work weekends and all of november and december at a christmas tree farm near far \
            forest, netting the trees, loading them in cars, pruning and shaping in the summer, strimming round the plantation. i love being \
            out in the woods and climbing, i go to the climbing wall every week. predicted 5 in maths, 4 in english and 5-4 in science. i \
            want to be a tree surgeon, an arborist, climbing and cutting. can i start an apprenticeship at 16 or do i need my chainsaw \
            tickets first?
            """)
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.contains { $0.occupation.code == "ST0899" }, "\(Self.describe(diagnostic))")
        #expect(!diagnostic.demandSignal.occupations.contains("ifate:ST0899"))
        let first = try #require(diagnostic.reskill.first, "\(Self.describe(diagnostic))")
        #expect(first.occupation.code == "ST0223", "\(Self.describe(diagnostic))")
    }

    @Test("the activities after a named job are read as its work; one offered as another choice still names work")
    func activitiesDescribingJob() {
        #expect(CareerDiagnostician.activitiesDescribingJob(in: "i want to be a tree surgeon, an arborist, climbing and cutting") == ["climbing", "cutting"])
        #expect(CareerDiagnostician.activitiesDescribingJob(in: "I'd like to be a carer, cooking and cleaning for people") == ["cooking", "cleaning"])
        #expect(CareerDiagnostician.activitiesDescribingJob(in: "I want to be a chef or baking").isEmpty)
        #expect(CareerDiagnostician.activitiesDescribingJob(in: "I'd like to do welding or plumbing").isEmpty)
    }

    /// Principle: a detective is trained as a detective constable (the serious and complex crime investigator), not as a PCSO first.
    @Test("a chartered loss adjuster who wants to be a detective is offered the detective constable's standard, not PCSO first")
    func detective() async throws {
        let diagnostic = try await Self.diagnose("""
            Loss adjuster for 12 years, the last 6 with a national firm covering Worcester and the Marches. Flood, fire and escape of water \
            claims, interviewing policyholders, spotting stories that don't add up, working with the counter fraud team, writing reports \
            that stand up if it goes to court. ACII chartered, and I have a 2:1 in geography. I'm 41. I spend half the job thinking like an \
            investigator anyway and the insurer side has gone all desk based and targets. I want to be a detective with West Mercia. Is \
            there a direct entry detective scheme and would they take me at 41?
            """, title: "Loss adjuster", aspiration: "detective")
        checkPathInvariants(diagnostic)
        #expect(diagnostic.paths.contains { $0.occupation.code == "ST0512" }, "\(Self.describe(diagnostic))")
        #expect(!diagnostic.notices.contains { $0.contains("Police community support officer (level 4) is offered as a first step") }, "\(diagnostic.notices)")
    }

    /// Principle: theatre support work leads to operating department practice; prosthetics does not.
    @Test("a car transporter driver who wants to be an ODP is not sent to prosthetics first")
    func operatingDepartmentPractitioner() async throws {
        let diagnostic = try await Self.diagnose(Review20WishTests.odpDriver, aspiration: "operating department practitioner")
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.contains { $0.occupation.code == "ST0632" }, "\(Self.describe(diagnostic))")
        #expect(diagnostic.notices.contains { $0.hasPrefix("Operating department practitioner (integrated degree) (level 6), which your wish names")
            && $0.lowercased().contains("healthcare support worker (level") }, "\(diagnostic.notices)")
        #expect(diagnostic.demandSignal.aspired)
    }

    /// Principle: the NHS or a council named as where a wished job would be is no field of its own.
    @Test("a returning archivist who wants records work in the NHS or a council goes back into her own job, with no health field claimed")
    func archivistInTheNHS() async throws {
        let diagnostic = try await Self.diagnose("""
            I was an archivist at the county record office in Worcester from 2008 to 2016, cataloguing collections, answering enquiries \
            from family historians and solicitors, running the searchroom, packaging and conservation checks, digitising parish registers, \
            and freedom of information requests for the council. I have an MA in archives and records management from Liverpool. I stopped \
            to home school my son who is autistic, he is at college now. I'm 51. Everything is digital now, electronic records and data \
            protection. I'd like to get back in, maybe as a records manager or information governance officer in the NHS or a council. \
            What would bring me up to date?
            """)
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.contains { $0.occupation.route == "health-and-science" && Self.claimsWish($0) }, "\(Self.describe(diagnostic))")
        let archivist = try #require(diagnostic.paths.first { $0.occupation.code == "ST0904" }, "\(Self.describe(diagnostic))")
        #expect(archivist.why.summary.hasPrefix("Back into the work you did before"), "\(archivist.why.summary)")
    }

    /// Principle: a teacher in a wish that names a school is a school teacher (degree-level, QTS), and going back into the
    /// school is going back into the learner's own job.
    @Test("a returning learning mentor who asks whether she needs a degree to teach hears of the teacher's degree apprenticeship")
    func schoolTeacher() async throws {
        let diagnostic = try await Self.diagnose("""
            learning mentor at a high school in upton for 7 years until 2019. one to ones with kids who were struggling, attendance, anger \
            management groups, anxiety, the ones on reduced timetables, running the homework club and the nurture room, lots of calls home \
            and writing it all up on cpoms. level 3 in supporting teaching and learning. i left when my husband was poorly, hes better now. \
            im 43. id like to go back into a school, maybe pastoral or SEN, or even train as a teacher one day. do i need a degree to \
            teach, because i havent got one?
            """)
        checkPathInvariants(diagnostic)
        let answer = try #require(diagnostic.notices.first { $0.hasPrefix("You asked whether you need a degree") }, "\(diagnostic.notices)")
        #expect(answer.contains("Teacher (level 6) is degree-level"), "\(answer)")
        #expect(!answer.contains("Learning and skills teacher (level 5) is an apprenticeship standard below degree level"), "\(answer)")
        let first = try #require(diagnostic.upskill.first, "\(Self.describe(diagnostic))")
        #expect(first.occupation.code == "ST0148" && first.why.summary.hasPrefix("Back into the work you did before"), "\(Self.describe(diagnostic))")
    }

    @Test("who the work would be for names no field")
    func employers() {
        #expect(CareerDiagnostician.droppingEmployers("new product development for a big food manufacturer.") == "new product development .")
        #expect(CareerDiagnostician.droppingEmployers("I'd like to work with animals") == "I'd like to work with animals")
        #expect(CareerDiagnostician.namesOnlyEmployer("nhs"))
        #expect(!CareerDiagnostician.namesOnlyEmployer("nurse"))
    }
}

// MARK: - Learners shared by the review 20 suites

extension Review20WishTests {
    /// Review 20's p19 in his own words: a class 1 driver who wants to be an operating department practitioner and asks
    /// about an apprenticeship and an Access course.
    static let odpDriver = """
        Car transporter driver for 6 years, class 1, taking new cars from the ports to dealers all over the country out of a depot \
        near Kidderminster. Loading the decks, strapping down, damage inspections on the handheld, tacho and hours. I'm 30 and away 4 \
        nights a week. My partner is a theatre nurse and she got me a shadow day in theatres, watching the ODPs doing the anaesthetics \
        and recovery was the best thing I've ever seen. I've got 5 GCSEs and nothing else. I want to be an operating department \
        practitioner. Can I do it as an apprenticeship, and do I need an access course first?
        """
}
