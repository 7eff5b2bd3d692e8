import Careers
import Domain
import Taxonomy

// MARK: - A small realistic catalogue for the diagnostic tests

/// Three providers, about twenty courses across routes, modes, districts, costs and start dates.
/// Courses carry no stored tags, so the diagnostician tags them with the real course tagger.
enum TestCatalogue {
    static let today = CalendarDate(year: 2026, month: 12, day: 5)!

    static let kidderminster = ProviderRef(id: ProviderID(rawValue: "kidderminster-college")!, name: "Kidderminster College")
    static let worcester = ProviderRef(id: ProviderID(rawValue: "heart-of-worcestershire-college")!, name: "Heart of Worcestershire College")
    static let online = ProviderRef(id: ProviderID(rawValue: "learn-online-worcs")!, name: "Learn Online Worcestershire")

    static let kidderminsterVenue = Venue(name: "Kidderminster campus", address: Address(town: "Kidderminster", postcode: "DY10 1AB"))
    static let worcesterVenue = Venue(name: "Worcester city campus", address: Address(town: "Worcester", postcode: "WR1 2JF"))
    static let redditchVenue = Venue(name: "Redditch campus", address: Address(town: "Redditch", postcode: "B97 4DE"))

    /// One run.
    static func run(
        _ start: String?, _ mode: DeliveryMode, _ venue: Venue? = nil, pence: Int? = nil, costText: String? = nil, funding: String? = nil,
        study: StudyMode = .partTime, flexible: Bool = false
    ) -> CourseRun {
        CourseRun(
            sourceID: "run-\(start ?? "flex")-\(mode.rawValue)", start: start.map { PartialDate(iso: $0, precision: .day) }, flexibleStart: flexible,
            studyMode: .init(raw: study.rawValue, value: study), deliveryMode: .init(raw: mode.rawValue, value: mode),
            cost: pence != nil || costText != nil ? Cost(amountPence: pence, text: costText) : nil, fundingNotes: funding,
            venue: mode == .online ? nil : venue)
    }

    struct Spec {
        var provider: ProviderRef
        var title: String
        var summary: String
        var learn: String
        var level: Int
        var route: Route?
        var runs: [CourseRun]
    }

    static let specs: [Spec] = [
        Spec(provider: kidderminster, title: "HGV Driver Skills Bootcamp (Category C)",
             summary: "Train to drive large goods vehicles and gain your Category C licence.",
             learn: "HGV driving, vehicle checks, tachograph and drivers' hours rules, load security and Driver CPC.",
             level: 2, route: .transportAndLogistics,
             runs: [run("2027-02-22", .classroom, kidderminsterVenue, pence: 0, funding: "Fully funded Skills Bootcamp")]),
        Spec(provider: worcester, title: "Warehouse and Logistics Operations Level 2",
             summary: "For people moving into warehouse, stock and distribution work.",
             learn: "Warehouse operations, stock control, logistics, supply chain basics, forklift safety and despatch.",
             level: 2, route: .transportAndLogistics,
             runs: [run("2027-01-18", .classroom, worcesterVenue, pence: 30000)]),
        Spec(provider: worcester, title: "Supply Chain Practitioner Apprenticeship",
             summary: "Plan and manage the flow of goods in a supply chain.",
             learn: "Supply chain management, logistics, procurement, inventory management, transport planning and e-commerce fulfilment.",
             level: 3, route: .transportAndLogistics,
             runs: [run("2027-03-01", .workBased, worcesterVenue, pence: 0, funding: "Funded apprenticeship", study: .fullTime)]),
        Spec(provider: online, title: "CIPD Level 3 Foundation Certificate in People Practice",
             summary: "Start a career in HR.",
             learn: "Human resources, recruitment, employment law, people management and learning and development.",
             level: 3, route: .businessAndAdministration,
             runs: [run("2027-01-11", .online, pence: 180000)]),
        Spec(provider: worcester, title: "Level 3 Diploma in Adult Care",
             summary: "For care workers ready to lead in adult social care.",
             learn: "Person-centred care, care planning, duty of care, safeguarding, infection prevention and control, dementia care and leadership.",
             level: 3, route: .careServices,
             runs: [run("2027-02-01", .classroom, worcesterVenue, pence: 0, funding: "Free with the Adult Skills Fund")]),
        Spec(provider: kidderminster, title: "Lead Adult Care Worker Apprenticeship",
             summary: "Lead and mentor care teams.",
             learn: "Care planning, coaching and mentoring, person-centred care, end of life care and medication administration.",
             level: 3, route: .careServices,
             runs: [run("2027-01-25", .workBased, kidderminsterVenue, pence: 0, funding: "Funded apprenticeship", study: .fullTime)]),
        Spec(provider: online, title: "Data Analysis Skills Bootcamp",
             summary: "Learn to analyse data for business decisions, online and part time.",
             learn: "Data analysis, spreadsheets, SQL, data visualisation and Power BI dashboards.",
             level: 3, route: .digital,
             runs: [run("2027-02-15", .online, pence: 0, funding: "Fully funded")]),
        Spec(provider: worcester, title: "Software Development Skills Bootcamp",
             summary: "Become a junior software developer.",
             learn: "Programming in Python and JavaScript, software testing, version control with Git and web development.",
             level: 3, route: .digital,
             runs: [run("2027-03-08", .classroom, redditchVenue, pence: 0, funding: "Fully funded Skills Bootcamp")]),
        Spec(provider: online, title: "IT User Skills for the Workplace",
             summary: "Digital skills for office work.",
             learn: "Microsoft Excel, Word and Outlook, online safety, cyber security awareness and IT support basics.",
             level: 2, route: .digital,
             runs: [run(nil, .online, pence: 9900, flexible: true)]),
        Spec(provider: kidderminster, title: "Fabrication and Welding Level 3 Diploma",
             summary: "Advanced welding and fabrication for industry.",
             learn: "MIG, TIG and MMA welding, fabrication, engineering drawings, quality control and inspection.",
             level: 3, route: .engineeringAndManufacturing,
             runs: [run("2027-09-06", .classroom, kidderminsterVenue, pence: 90000)]),
        Spec(provider: kidderminster, title: "CNC Programming and Machining",
             summary: "Set and program CNC machines.",
             learn: "CNC programming, machining, precision measurement, engineering drawings and CAD.",
             level: 3, route: .engineeringAndManufacturing,
             runs: [run("2027-01-13", .classroom, kidderminsterVenue, pence: 49500)]),
        Spec(provider: worcester, title: "Customer Service Level 2 Certificate",
             summary: "Deliver excellent customer service.",
             learn: "Customer service, complaint handling, communication and customer relationship management.",
             level: 2, route: .salesMarketingAndProcurement,
             runs: [run("2027-01-20", .online, pence: 15000)]),
        Spec(provider: worcester, title: "AAT Level 2 Certificate in Bookkeeping",
             summary: "Keep the books of a small business.",
             learn: "Bookkeeping, double-entry accounts, payroll basics, VAT and accounting software such as Sage.",
             level: 2, route: .legalFinanceAndAccounting,
             runs: [run("2027-01-11", .classroom, worcesterVenue, pence: 64000)]),
        Spec(provider: kidderminster, title: "Team Leader or Supervisor Apprenticeship",
             summary: "First-line management.",
             learn: "Leadership, people management, budgeting, workforce planning, project management and coaching.",
             level: 3, route: .businessAndAdministration,
             runs: [run("2027-02-10", .workBased, kidderminsterVenue, pence: 0, funding: "Funded apprenticeship", study: .fullTime)]),
        Spec(provider: online, title: "Digital Marketing Skills Bootcamp",
             summary: "Market a business online.",
             learn: "Digital marketing, social media marketing, search engine optimisation, content creation and Google Analytics.",
             level: 3, route: .salesMarketingAndProcurement,
             runs: [run("2027-04-20", .online, pence: 0, funding: "Fully funded")]),
        Spec(provider: kidderminster, title: "Counterbalance Forklift Training",
             summary: "Forklift licence for warehouse staff.",
             learn: "Forklift operation, safe loading, manual handling and warehouse safety.",
             level: 1, route: .transportAndLogistics,
             runs: [run("2027-01-06", .classroom, kidderminsterVenue, pence: 25000)]),
        Spec(provider: online, title: "Level 2 Certificate in Understanding Mental Health",
             summary: "Understand mental health and how to support people.",
             learn: "Mental health support, wellbeing, stress management and signposting.",
             level: 2, route: .healthAndScience,
             runs: [run(nil, .online, pence: 0, funding: "Free for adults in Worcestershire", flexible: true)]),
        Spec(provider: kidderminster, title: "Electrical Installation Level 2 Diploma",
             summary: "Start a career as an electrician.",
             learn: "Electrical installation, wiring regulations BS 7671, electrical testing and inspection, health and safety.",
             level: 2, route: .constructionAndTheBuiltEnvironment,
             runs: [run("2027-09-06", .classroom, kidderminsterVenue, pence: 0, funding: "Free for 19-23 year olds", study: .fullTime)]),
        Spec(provider: worcester, title: "Food Safety and Catering Level 2",
             summary: "Work in a professional kitchen.",
             learn: "Food safety, food preparation, cooking and kitchen hygiene.",
             level: 2, route: .cateringAndHospitality,
             runs: [run("2026-01-12", .classroom, worcesterVenue, pence: 20000)]),
        Spec(provider: online, title: "Business Administration Level 3",
             summary: "Run an office.",
             learn: "Administration, diary management, minute taking, data entry, spreadsheets and project coordination.",
             level: 3, route: .businessAndAdministration,
             runs: [run("2027-02-02", .online, pence: 45000), run("2027-01-12", .classroom, redditchVenue, pence: 45000)]),
    ]

    /// The catalogue as tagged courses (no stored tags).
    static func courses() -> [TaggedCourse] {
        specs.enumerated().map { index, spec in
            let course = Course(
                sourceID: "c\(index + 1)", title: spec.title, summary: spec.summary, whatYouWillLearn: spec.learn, level: Level(rank: spec.level),
                route: spec.route, runs: spec.runs)
            return TaggedCourse(
                entry: CatalogueCourse(id: Int64(index + 1), provider: spec.provider, course: course, updatedAt: "2026-11-01T00:00:00Z"), tags: [])
        }
    }

    /// One extra course as a test adds it to the catalogue: untagged, updated on the catalogue's date.
    static func extra(
        id: Int64, sourceID: String, provider: ProviderRef = worcester, title: String, summary: String, learn: String,
        entry: String? = nil, next: String? = nil, level: Int?, route: Route, runs: [CourseRun]
    ) -> TaggedCourse {
        let course = Course(
            sourceID: sourceID, title: title, summary: summary, whatYouWillLearn: learn, entryRequirements: entry, whereNext: next,
            level: level.flatMap { Level(rank: $0) }, route: route, runs: runs)
        return TaggedCourse(entry: CatalogueCourse(id: id, provider: provider, course: course, updatedAt: "2026-11-01T00:00:00Z"), tags: [])
    }

    /// One diagnostician over this catalogue, built once for all tests.
    static let shared: Task<CareerDiagnostician, any Error> = Task {
        try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: StaticCourseSource(courses: courses()))
    }

    static func diagnose(_ profile: LearnerProfile) async throws -> Diagnostic {
        try await shared.value.diagnose(profile, today: today)
    }
}
