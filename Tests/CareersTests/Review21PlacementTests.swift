import Careers
import Domain
import Taxonomy
import Testing

// MARK: - The learner's current job, placed as an adviser would (review 21, theme T4)

@Suite("Review 21 placements")
struct Review21PlacementTests {
    static func groups(_ diagnostic: Diagnostic) -> [String] {
        diagnostic.currentOccupations.filter { $0.occupation.scheme == .soc2020 }.map(\.occupation.code)
    }

    static func standards(_ diagnostic: Diagnostic) -> [String] {
        diagnostic.currentOccupations.filter { $0.occupation.scheme == .ifate }.map(\.occupation.title)
    }

    /// Principle: a coding-index title coded only with a qualifier of the work ("Fisher, copper": a metal works' job) does not
    /// link a standard whose other titles code elsewhere as said (a fisherman's trade) to that unit group.
    @Test("the Fisher standard is not linked to metal treating, so a heat treatment operator is no fisher")
    func heatTreatmentOperatorIsNoFisher() async throws {
        let taxonomy = try SkillsTaxonomy.bundled()
        let fisher = try #require(taxonomy.standard(reference: "ST0952"))
        #expect(!fisher.soc.contains { $0.code == "8115" }, "\(fisher.soc)")
        #expect(fisher.soc.contains { $0.code == "5119" }, "\(fisher.soc)")
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Heat treatment operator at a spring works for 9 years. Loading the furnaces, case hardening and annealing, checking \
            hardness on the test machine, writing up the batch records, forklift licence.
            """, currentTitle: "Heat treatment operator"))
        checkPathInvariants(diagnostic)
        // The coding index has the title among metal (8115) and carbon (8113) process operatives alike.
        #expect(["8113", "8115"].contains(Self.groups(diagnostic).first ?? ""), "\(Self.groups(diagnostic))")
        #expect(!Self.standards(diagnostic).contains("Fisher"), "\(Self.standards(diagnostic))")
    }

    /// Principle: a standard whose own title names another doer ("driver", "arborist") than the learner's title does, and none
    /// of whose titles names theirs, is another job; so is one sharing only the title's last word through a title that says
    /// another kind of it ("Interior stone fixer", a bare "Examiner") when the learner said which kind ("steel", "driving").
    @Test("a job title is not placed at a standard of another doer or another kind of the same doer", arguments: [
        ("Driving examiner", "Driving examiner for 8 years, car and motorcycle tests, marking faults on the sheet, explaining why people failed, "
            + "written reports and standards checks. Before that I taught people to drive.", ["Marine surveyor (degree)", "Engineer surveyor"]),
        ("Revenue protection inspector", "Revenue protection inspector on the trains for 5 years, checking tickets, issuing penalty fares, "
            + "interviews under caution and case files for the prosecutions team, body cam.", ["Passenger transport driver - bus, coach and tram"]),
        ("Steel fixer", "Steel fixer on commercial sites for 15 years, reading bar bending schedules, fixing rebar for slabs and columns, "
            + "spacers and cover, chargehand now with a small gang.", ["Stonemason", "Interior systems installer"]),
        ("Falconer", "Falconer at a country park for 9 years, flying displays for visitors, training hawks and owls, feeding and "
            + "weighing, cleaning aviaries, giving talks to school groups.", ["Arborist"]),
    ])
    func anotherDoerIsAnotherJob(_ title: String, _ text: String, _ wrong: [String]) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: title))
        checkPathInvariants(diagnostic)
        let standards = Self.standards(diagnostic)
        #expect(!wrong.contains(where: standards.contains), "\(standards)")
    }

    /// Principle: the everyday job-title table says which standard a title is when the coding index does not: a falconer trains
    /// birds of prey for displays, the animal trainer's work.
    @Test("a falconer is placed at Animal trainer")
    func falconerIsAnAnimalTrainer() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Falconer at a bird of prey centre for 9 years, flying displays twice a day, training the hawks and owls, weighing and \
            feeding, cleaning the aviaries, talks for school groups.
            """, currentTitle: "Falconer"))
        checkPathInvariants(diagnostic)
        #expect(Self.standards(diagnostic).first == "Animal trainer", "\(Self.standards(diagnostic))")
        #expect(Self.groups(diagnostic).first == "5119", "\(Self.groups(diagnostic))")
    }

    /// Principle: a job title the coding index gives a unit group word for word places the learner there; groups the title only
    /// resembles ("Writer": authors, writers and translators; "Steel fixer's labourer") are not what they do now.
    @Test("a signwriter is a signage technician among sign makers, not an author; a steel fixer is not his own labourer")
    func titleEqualsItsGroup() async throws {
        let signwriter = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Signwriter for 12 years, hand painted lettering on shop fronts and pub signs, gold leaf, and vinyl graphics for vans \
            that I design on the computer and cut on the plotter.
            """, currentTitle: "Signwriter"))
        checkPathInvariants(signwriter)
        #expect(Self.standards(signwriter).first == "Signage technician", "\(Self.standards(signwriter))")
        #expect(Self.groups(signwriter) == ["5449"], "\(Self.groups(signwriter))")
        #expect(signwriter.skills.flatMap(\.skills).contains { $0.id == "graphic-design" }, "\(signwriter.skills.flatMap(\.skills).map(\.label))")
        let fixer = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Steel fixer for 20 years on bridges and car parks, tying rebar, reading the drawings and schedules, checking cover \
            before the concrete pour.
            """, currentTitle: "Steel fixer"))
        #expect(Self.groups(fixer) == ["5319"], "\(Self.groups(fixer))")
    }

    /// Principle: "I was the school librarian" states the learner's job as "I was a school librarian" does.
    @Test("a school librarian who says 'I was the school librarian' is placed among librarians, not cleaners")
    func theLibrarian() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I was the school librarian at a secondary school near Worcester for 9 years, running the library and the book \
            clubs, reading schemes for year 7, the library management system, and helping kids with homework at lunch. I have \
            an English degree. The post was cut in 2021. I'd like to get back into a school.
            """))
        checkPathInvariants(diagnostic)
        let groups = Self.groups(diagnostic)
        #expect(groups.first == "2471", "\(groups)")
        #expect(!groups.contains("9223"), "\(groups)")
        #expect(Self.standards(diagnostic).contains("Library, information and archive services assistant"), "\(Self.standards(diagnostic))")
    }

    /// Principle: a workplace named with "and" ("a pet and aquatics shop") is the place its last words name (a shop), not its
    /// first words ("pet", "tropical fish").
    @Test("a Saturday job at a tropical fish and aquatics shop is shop work, not a fishmonger's")
    func aquaticsShop() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            im 17 and at college doing animal management. on saturdays i work at a tropical fish and aquatics shop, water \
            testing for customers, cleaning the tanks, bagging up fish and helping people choose plants.
            """))
        checkPathInvariants(diagnostic)
        let groups = Self.groups(diagnostic)
        #expect(!groups.contains("5433"), "\(groups)")
        #expect(groups.first == "7111", "\(groups)")
        #expect(!Self.standards(diagnostic).contains("Fishmonger"), "\(Self.standards(diagnostic))")
    }
}
