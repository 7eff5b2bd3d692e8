@testable import Careers
import Domain
import Foundation
import Taxonomy
import Testing

// MARK: - A course named for a wished job no path reaches; the nearest course that teaches a path's gap (review 13 p08, review 12 p07)

/// Principles: when a wished job's standard is too high or an older version, so no path is shown towards it, a local
/// course whose title names the job is named in that note (an adviser names the paramedic degree rather than telling the
/// learner to look for one), and a learner on A levels hears that a degree is the usual way in after them; and when the
/// courses in the learner's district teach none of a path's gap (a general engineering apprenticeship for a would-be
/// mechanic in Redditch), the nearest courses that do are listed first, saying where they are.
@Suite("A course named for a wished job; the nearest course that teaches a path's gap")
struct WishCourseAndNearTeachingTests {
    static let paramedicDegree = "BSc (Hons) Paramedic Science"
    static let vehicleDiploma = "Level 2 Diploma in Light Vehicle Maintenance and Repair"
    static let engineeringApprenticeship = "Engineering Technician Apprenticeship (Level 3)"

    // MARK: Principle: a course whose title names the wished job is named

    @Test("a 17-year-old on A levels who wants to be a paramedic hears of the paramedic degree as the usual way in after A levels")
    func paramedicDegreeForSixthFormer() async throws {
        let diagnostician = try await Self.catalogue.value
        let text = "I'm 17, I work as a waiter at a wedding venue near Bromsgrove at weekends, setting tables, serving the wedding breakfast, "
            + "clearing. Did St John Ambulance cadets for 3 years, first aid. I want to work on the ambulances, an ambulance technician or "
            + "paramedic eventually, I'm in my first year of A levels biology and PE"
        let diagnostic = try diagnostician.diagnose(
            LearnerProfile(text: text, constraints: LearnerConstraints(districts: [.bromsgrove])), today: TestCatalogue.today)
        checkPathInvariants(diagnostic)
        let note = try #require(diagnostic.notices.first { $0.hasPrefix("Paramedic (level 6)") }, "\(diagnostic.notices)")
        #expect(note.contains("\(Self.paramedicDegree) at University of Worcester (Worcester; starts 2027-09-20)"), "\(note)")
        #expect(note.contains("the usual way in after A levels"), "\(note)")
    }

    @Test("the course sentence: a title holding every word of the job, degree wording only after A levels, nil when none names it")
    func sentence() async throws {
        let diagnostician = try await Self.catalogue.value
        let index = diagnostician.currentIndex
        let today = TestCatalogue.today.description
        let adult = try #require(diagnostician.wishCourseSentence(
            job: "Paramedic", level: 6, index: index, constraints: LearnerConstraints(ageBand: .adult), today: today, afterLevelThree: false))
        #expect(adult.hasPrefix(Self.paramedicDegree) && adult.hasSuffix("is a course here that trains for it; check its entry requirements."))
        let sixthFormer = try #require(diagnostician.wishCourseSentence(
            job: "Paramedic", level: 6, index: index, constraints: LearnerConstraints(ageBand: .youth), today: today, afterLevelThree: true))
        #expect(sixthFormer.hasSuffix("trains for it: a degree like this is the usual way in after A levels."))
        #expect(diagnostician.wishCourseSentence(
            job: "Hearing aid dispenser", level: 5, index: index, constraints: LearnerConstraints(), today: today, afterLevelThree: false) == nil)
    }

    // MARK: Principle: the nearest course that teaches the gap, when the district's own teach none of it

    @Test("a mechanic's path in Redditch, where only a general engineering apprenticeship runs, lists the light vehicle diploma next door first")
    func nearestTeachingCourse() async throws {
        let diagnostician = try await Self.catalogue.value
        let courses = try diagnostician.pathCourses("ST0033", constraints: LearnerConstraints(districts: [.redditch], ageBand: .youth))
        #expect(courses.map(\.title) == [Self.vehicleDiploma, Self.engineeringApprenticeship], "\(courses.map(\.title))")
        #expect(courses.first?.why.summary.hasSuffix("No course for this runs in Redditch, where you asked for courses; this one is in Bromsgrove.") == true)
        // The district's own course, which teaches none of the gap, stays, saying nothing of place.
        #expect(courses.last?.why.summary.contains("No course for this runs") == false)
    }

    /// The test catalogue plus a paramedic degree at a university in Worcester, a light vehicle diploma in Bromsgrove and a
    /// general engineering apprenticeship at the employer's workplace, worded as the feeds word them.
    static let catalogue: Task<CareerDiagnostician, any Error> = Task {
        var courses = TestCatalogue.courses()
        let university = ProviderRef(id: ProviderID(rawValue: "university-of-worcester")!, name: "University of Worcester")
        let bromsgrove = Venue(name: "Bromsgrove campus", address: Address(town: "Bromsgrove", postcode: "B60 3AX"))
        func add(_ id: Int64, _ provider: ProviderRef, _ title: String, _ level: Int, _ route: Route, summary: String, learn: String, runs: [CourseRun]) {
            courses.append(TestCatalogue.extra(
                id: 950 + id, sourceID: "wish-\(id)", provider: provider, title: title, summary: summary, learn: learn, level: level, route: route,
                runs: runs))
        }
        add(
            1, university, paramedicDegree, 6, .healthAndScience,
            summary: "Train to become a registered paramedic, with placements across the regional ambulance service.",
            learn: "Clinical assessment, emergency care, pharmacology, anatomy and physiology, and paramedic practice.",
            runs: [TestCatalogue.run("2027-09-20", .classroom, TestCatalogue.worcesterVenue, pence: 953500, study: .fullTime)])
        add(
            2, TestCatalogue.worcester, vehicleDiploma, 2, .engineeringAndManufacturing,
            summary: "Full-time motor vehicle course for 16-18s: servicing, brakes, suspension, engines, electrics and EV safety awareness.",
            learn: "Carry out routine servicing and repair of light vehicle engines, chassis and electrical systems using the correct tools and procedures.",
            runs: [TestCatalogue.run("2027-09-06", .classroom, bromsgrove, pence: 0, costText: "Free for 16-18 year olds", study: .fullTime)])
        add(
            3, TestCatalogue.worcester, engineeringApprenticeship, 3, .engineeringAndManufacturing,
            summary: "For apprentices employed by Worcestershire manufacturers and engineering firms in maintenance, machining, fitting or "
                + "technical support roles. Precision engineering, food manufacturing and automotive supply chain employers recruit through the college every year.",
            learn: "Depending on your pathway: machining, maintenance, mechatronics, or product design and development. All apprentices study "
                + "engineering maths and science, CAD, health and safety, and problem-solving methods such as root cause analysis.",
            runs: [TestCatalogue.run("2027-09-06", .workBased, pence: 0, funding: "Funded apprenticeship", study: .fullTime)])
        return try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses))
    }
}

