import Careers
import Domain
import Storage
import Testing

// MARK: - Courses a learner can take, over the default catalogue (review 11, G1 and "also noted")

@Suite("Courses a learner can take, over the default catalogue (review 11)")
struct ReviewElevenCourseTests {
    static let carer = """
        care assistant in a nursing home in Bromsgrove 10 years, personal care, meds rounds, end of life care, dementia. stopped 5 years \
        ago to care for my husband who has MS, hes in a home now. I liked the medical side, maybe taking bloods as a phlebotomist?
        """

    @Test("a district limit keeps a funded work-based apprenticeship with no stated venue: its place of work is the employer's")
    func apprenticeshipAtTheEmployer() async throws {
        let diagnostic = try await DefaultCatalogueCourseTests.diagnose(
            LearnerProfile(text: Self.carer, constraints: LearnerConstraints(districts: [.bromsgrove])))
        let courses = diagnostic.paths.flatMap(\.courses)
        let apprenticeship = courses.first { $0.title == "Healthcare Support Worker Apprenticeship" }
        #expect(apprenticeship != nil, "\(DefaultCatalogueCourseTests.listed(diagnostic))")
        #expect(apprenticeship?.deliveryMode == .workBased && apprenticeship?.district == nil)
        for course in courses {
            // Every course is in the district, online, or a funded place at the employer's workplace: not a course sold
            // to employers per group at their premises.
            let atEmployer = course.deliveryMode == .workBased && course.district == nil && course.funded
            // Or the nearest course for a path none of whose courses runs in the district, saying so (review 13).
            let nearest = course.why.summary.contains("No course for this runs in Bromsgrove")
            #expect(course.deliveryMode == .online || course.district == .bromsgrove || atEmployer || nearest,
                    "\(course.title) is in \(course.district?.name ?? "no stated place")")
        }
    }

    @Test("an adult is shown the courses free or priced for adults before any whose free places are 16-18-year-olds'")
    func adultCoursesFirst() async throws {
        for (text, aspiration) in [(Self.carer, nil), ("""
            waitress at a tea room in broadway for 6 years, I'm 29, also do the baking when the cook is off. I was diagnosed with \
            rheumatoid arthritis last year, my hands and feet flare up and I cant carry trays or be on my feet all shift anymore. want a \
            sit down job, maybe reception or admin, or something where I can be my own boss
            """, nil), ("""
            pest control technician 9 yrs covering south worcestershire, rats mice wasps, bird proofing, lots of restaurant and food \
            business contracts, reports for the EHO visits, RSPH level 2. Id like to move into trading standards or food safety \
            inspection for the council, something more investigative
            """, "trading standards officer")] as [(String, String?)] {
            let diagnostic = try await DefaultCatalogueCourseTests.diagnose(LearnerProfile(text: text, aspiration: aspiration))
            var unpublished = 0
            for path in diagnostic.paths {
                let published = path.courses.map { !($0.costToLearner == .charged && $0.costPence == nil) }
                unpublished += published.filter { !$0 }.count
                // Once a course with no adult fee is listed, no course free or priced for adults follows it.
                if let first = published.firstIndex(of: false) {
                    #expect(!published[first...].contains(true), "\(path.occupation.title): \(path.courses.map(\.title))")
                }
            }
            print("unpublished adult fees listed: \(unpublished)")
        }
    }

    @Test("a course whose where-next names a job title made of common words that together name one occupation leads to it")
    func commonWordsNamingOneJob() async throws {
        // "Junior data analyst" (Data technician's job title): junior, data and analyst each name many jobs, all three one.
        let diagnostic = try await DefaultCatalogueCourseTests.diagnose(LearnerProfile(text: """
            delivery driver for DPD round redditch 5 years, own van, 120 drops a day, scanner, routes, dealing with customers. done a free \
            google data analytics course online in the evenings and loved it, excel, sql basics, tableau. would love to be a data analyst \
            but dont have a degree, is it too late at 31
            """))
        let path = try #require(diagnostic.paths.first { $0.occupation.title == "Data technician" }, "\(diagnostic.paths.map(\.occupation.title))")
        #expect(path.courses.contains { $0.title == "Data Analytics Skills Bootcamp" }, "\(path.courses.map(\.title))")
    }

    @Test("the default catalogue's Access to Higher Education diploma is level 3, not a master's for the \"ma (\" of \"Diploma (\"")
    func accessDiplomaLevel() async throws {
        let courses = try await DefaultCatalogueCourseTests.store.value.coursesForTagging().map(\.course)
        let access = courses.filter { $0.title.hasPrefix("Access to H") }
        #expect(!access.isEmpty)
        for course in access {
            let level = course.level ?? course.qualification?.levelText.flatMap(Level.infer(from:)) ?? Level.infer(from: course.title)
            #expect(level == Level(rank: 3), "\(course.title): \(level?.description ?? "no level")")
        }
    }

    @Test("a course named for another occupation reaches a path through a word of its field only when the two fields are kin")
    func fieldWordOfAnotherOccupation() async throws {
        // "Nursing" is the field of a nursing associate; a dental nursing diploma trains dental nurses, whose field is not hers.
        let diagnostic = try await DefaultCatalogueCourseTests.diagnose(LearnerProfile(text: """
            hotel housekeeper 4 years, I looked after my nan when she was poorly and I want to work in the hospital
            """, aspiration: "nursing associate"))
        let path = try #require(diagnostic.paths.first { $0.occupation.title.hasPrefix("Nursing associate") }, "\(diagnostic.paths.map(\.occupation.title))")
        let titles = path.courses.map(\.title)
        #expect(titles.contains("FdSc Nursing Associate (Apprenticeship)"), "\(titles)")
        #expect(!titles.contains { $0.contains("Dental Nursing") }, "\(titles)")
    }

    @Test("a school leaver doing A levels is not offered a second full-time level 3 programme as their step")
    func noSecondLevelThree() async throws {
        let diagnostic = try await DefaultCatalogueCourseTests.diagnose(LearnerProfile(text: """
            18, worcester, doing A levels in art, media and english, should get BBC. I draw all the time and do 2d animation in \
            procreate and blender, i post them on tiktok. everyone says go to uni but i dont want the debt. want to be an animator or work on games
            """, constraints: LearnerConstraints(ageBand: .youth)))
        let courses = diagnostic.paths.flatMap(\.courses)
        #expect(!courses.isEmpty, "\(diagnostic.paths.map(\.occupation.title))")
        for course in courses {
            let level = course.level?.rank ?? 9
            #expect(!(level <= 3 && course.studyMode == .fullTime && course.deliveryMode != .workBased),
                    "\(course.title) (\(course.level?.description ?? "no level"), full time)")
        }
        // A 16-year-old after GCSEs still is: a T Level or extended diploma is their next step.
        let leaver = try await DefaultCatalogueCourseTests.diagnose(LearnerProfile(text: """
            im 16 and just finished my GCSEs in worcester. I draw all the time and do 2d animation, want to be an animator or work on games
            """, constraints: LearnerConstraints(ageBand: .youth)))
        #expect(leaver.paths.flatMap(\.courses).contains { ($0.level?.rank ?? 9) <= 3 && $0.studyMode == .fullTime && $0.deliveryMode != .workBased },
                "\(DefaultCatalogueCourseTests.listed(leaver))")
    }
}
