import Domain
import Testing
@testable import Taxonomy

// MARK: - A one-word mention in a far route's sense tags no skill

@Suite("Course tags: a word in another route's sense")
struct CourseTagRouteSenseTests {
    static let tagger = CourseTagger(taxonomy: bundled)

    static func skills(_ course: Course) -> Set<String> {
        Set(tagger.tags(for: course).filter { $0.kind == .skill }.map(\.value))
    }

    @Test("a plant nursery in a horticulture diploma is not Early years education; a nursery in an early years course is")
    func nursery() {
        let horticulture = Course(
            sourceID: "h3", title: "Level 3 Extended Diploma in Horticulture",
            summary: "For learners who want to work towards a technical or supervisory role in horticulture.",
            whatYouWillLearn: """
                Over two years you will study:
                - plant health, pests and diseases, and integrated pest management
                - nursery production and protected cropping
                - garden and landscape design, including CAD
                - tree care and the basics of arboriculture
                """,
            level: Level(rank: 3), route: .agricultureEnvironmentalAndAnimalCare)
        let tags = Self.skills(horticulture)
        #expect(!tags.contains("early-years-education"), "\(tags)")
        // The course's own skills, and a name written as one ("CAD"), stay.
        #expect(tags.contains("horticulture") && tags.contains("computer-aided-design"), "\(tags)")
        let earlyYears = Course(
            sourceID: "ey", title: "Level 3 Diploma for the Early Years Workforce",
            whatYouWillLearn: "Plan play and learning for children from birth to five in a nursery, and work with parents.",
            level: Level(rank: 3), route: .educationAndEarlyYears)
        #expect(Self.skills(earlyYears).contains("early-years-education"))
    }

    @Test("'Teaching is one day a week' in a construction HNC is no Teaching skill; teaching in a teacher training course is")
    func teachingDays() {
        let hnc = Course(
            sourceID: "hnc", title: "HNC in Construction Management",
            description: """
                You will study construction technology, measurement and estimating, health and safety law, project management and \
                sustainability. Teaching is one day a week, which most employers in the sector support.
                """,
            level: Level(rank: 4), route: .constructionAndTheBuiltEnvironment)
        let tags = Self.skills(hnc)
        #expect(!tags.contains("teaching"), "\(tags)")
        #expect(tags.contains("construction-project-management") || tags.contains("project-management"), "\(tags)")
        let aet = Course(
            sourceID: "aet", title: "Level 3 Award in Education and Training",
            whatYouWillLearn: "Inclusive teaching and learning approaches, and assessment in education and training.",
            level: Level(rank: 3), route: .educationAndEarlyYears)
        #expect(Self.skills(aet).contains("teaching"))
    }

    @Test("words a sentence merely shares with a far route's phrase tag nothing: 'leading practice' and 'work' are not lead work")
    func engineFind() {
        let foundation = Course(
            sourceID: "fda", title: "FdA Early Years (Sector Endorsed)",
            description: """
                A part-time foundation degree for practitioners in nurseries, pre-schools, childminding and reception classes. \
                It deepens your understanding of child development, play and pedagogy, working with families and leading practice, \
                with assignments rooted in your own setting and work.
                """,
            level: Level(rank: 5), route: .educationAndEarlyYears)
        let tags = Self.skills(foundation)
        #expect(!tags.contains("roofing"), "\(tags)")
        #expect(tags.contains("child-development"), "\(tags)")
    }

    @Test("a name keeps its tag in another route: Python in a digital course, Xero in a bookkeeping one")
    func names() {
        #expect(CourseTagger.isName("Python", at: 10, in: Array("Learn to  Python")))
        #expect(CourseTagger.isName("CAD", at: 0, in: Array("CAD")))
        #expect(!CourseTagger.isName("Teaching", at: 0, in: Array("Teaching is one day a week")))
        #expect(!CourseTagger.isName("Teaching", at: 5, in: Array("Fun. Teaching is one day a week")))
        let bookkeeping = Course(
            sourceID: "aat", title: "AAT Level 2 Certificate in Bookkeeping",
            whatYouWillLearn: "Double-entry bookkeeping, VAT and using accounting software such as Sage and Xero.",
            level: Level(rank: 2), route: .legalFinanceAndAccounting)
        #expect(Self.skills(bookkeeping).contains("accounting-software"))
    }
}
