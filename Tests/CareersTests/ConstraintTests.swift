import Careers
import Domain
import Testing

// MARK: - Constraints on courses

@Suite("Course constraints")
struct ConstraintTests {
    static let careChanger = """
        Retail supervisor for five years: stock control, customer service, cash handling, training new staff. \
        I would like to work in logistics or in an office, maybe doing data or digital work.
        """

    static func diagnose(_ constraints: LearnerConstraints) async throws -> Diagnostic {
        try await TestCatalogue.diagnose(LearnerProfile(text: careChanger, currentTitle: "Retail supervisor", constraints: constraints))
    }

    @Test("Without constraints, courses are listed from more than one provider and mode")
    func unconstrained() async throws {
        let diagnostic = try await Self.diagnose(LearnerConstraints())
        checkPathInvariants(diagnostic)
        let courses = allCourses(diagnostic)
        #expect(Set(courses.map(\.provider.id)).count >= 2)
        #expect(Set(courses.compactMap(\.deliveryMode)).count >= 2)
    }

    @Test("A district keeps classroom courses in that district, and online ones; a path with none there lists the nearest, saying so")
    func district() async throws {
        let diagnostic = try await Self.diagnose(LearnerConstraints(districts: [.wyreForest]))
        #expect(!allCourses(diagnostic).isEmpty)
        for path in diagnostic.upskill + diagnostic.reskill {
            let outside = path.courses.filter { $0.deliveryMode != .online && $0.district != nil && $0.district != .wyreForest }
            // A course elsewhere is listed only when no course for the path runs in the district, and it says so.
            #expect(outside.isEmpty || outside.count == path.courses.count, "\(path.occupation.title): \(path.courses.map { ($0.title, $0.district) })")
            for course in outside {
                #expect(course.why.summary.contains("No course for this runs in Wyre Forest"), "\(course.title): \(course.why.summary)")
            }
        }
    }

    @Test("Someone with a health condition who can only study online gets online courses only")
    func onlineOnly() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: """
                I was a warehouse operative for 10 years (picking, packing, stock control, forklift) but a back condition \
                means I now need flexible work from home. Good with computers and spreadsheets.
                """,
            aspiration: "an office or digital job I can do from home",
            constraints: LearnerConstraints(deliveryModes: [.online])))
        checkPathInvariants(diagnostic)
        let courses = allCourses(diagnostic)
        #expect(!courses.isEmpty)
        #expect(courses.allSatisfy { $0.deliveryMode == .online })
        #expect(diagnostic.reskill.contains { [Route.digital.rawValue, Route.businessAndAdministration.rawValue].contains($0.occupation.route) })
    }

    @Test("A maximum cost and funded-only are honoured")
    func costAndFunding() async throws {
        let capped = allCourses(try await Self.diagnose(LearnerConstraints(maxCostPence: 20_000)))
        #expect(!capped.isEmpty)
        #expect(capped.allSatisfy { ($0.costPence ?? 0) <= 20_000 })
        let funded = allCourses(try await Self.diagnose(LearnerConstraints(fundedOnly: true)))
        #expect(!funded.isEmpty)
        #expect(funded.allSatisfy { $0.funded })
    }

    @Test("Courses that have already started, or start outside the window, are not offered")
    func startWindow() async throws {
        let all = allCourses(try await Self.diagnose(LearnerConstraints()))
        #expect(all.allSatisfy { $0.flexibleStart || ($0.nextStart ?? "9999") >= TestCatalogue.today.description })
        let window = allCourses(try await Self.diagnose(LearnerConstraints(startFrom: "2027-02-01", startTo: "2027-03-31")))
        #expect(!window.isEmpty)
        for course in window where !course.flexibleStart {
            let start = try #require(course.nextStart)
            #expect(start >= "2027-02-01" && start <= "2027-03-31")
        }
    }

    @Test("A level range keeps courses within it")
    func levelRange() async throws {
        let courses = allCourses(try await Self.diagnose(LearnerConstraints(minLevel: Level(rank: 3), maxLevel: Level(rank: 3))))
        #expect(!courses.isEmpty)
        #expect(courses.allSatisfy { $0.level == Level(rank: 3) })
    }

    @Test("A provider-scoped view has the same paths and only that provider's courses")
    func providerScope() async throws {
        let neutral = try await Self.diagnose(LearnerConstraints())
        let scoped = try await Self.diagnose(LearnerConstraints(provider: TestCatalogue.kidderminster.id))
        #expect(scoped.paths.map(\.occupation.id) == neutral.paths.map(\.occupation.id))
        #expect(scoped.providerScope == TestCatalogue.kidderminster)
        let courses = allCourses(scoped)
        #expect(!courses.isEmpty)
        #expect(courses.allSatisfy { $0.provider.id == TestCatalogue.kidderminster.id })
        // Gap skills only the other providers covered are now reported as uncovered.
        let neutralUncovered = neutral.paths.reduce(0) { $0 + $1.uncoveredSkills.count }
        let scopedUncovered = scoped.paths.reduce(0) { $0 + $1.uncoveredSkills.count }
        #expect(scopedUncovered > neutralUncovered)
    }

    @Test("An unknown provider is reported, not an error")
    func unknownProvider() async throws {
        let diagnostic = try await Self.diagnose(LearnerConstraints(provider: ProviderID(rawValue: "no-such-college")!))
        #expect(allCourses(diagnostic).isEmpty)
        #expect(diagnostic.notices.contains { $0.contains("no-such-college") })
    }
}
