import Careers
import Domain
import Taxonomy
import Testing

// MARK: - The learner's current job, placed as an adviser would (review 19, theme T4)

@Suite("Review 19 placements")
struct Review19PlacementTests {
    static func groups(_ diagnostic: Diagnostic) -> [String] {
        diagnostic.currentOccupations.filter { $0.occupation.scheme == .soc2020 }.map(\.occupation.code)
    }

    /// Principle: a title the coding index gives several unit groups, one per industry, is placed in the group whose
    /// description and tasks the learner's own words back, and only there.
    @Test("a potter who throws and fires a kiln is a ceramics maker, not a chemical or metal process operative")
    func potter() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I make and sell my own stoneware from a small studio, wheel throwing, mixing glazes, loading and firing the kiln, \
            decorating mugs and bowls, and I run weekend pottery classes. Sales at markets and online.
            """, currentTitle: "Potter"))
        checkPathInvariants(diagnostic)
        let groups = Self.groups(diagnostic)
        #expect(groups.first == "5441", "\(groups)")
        #expect(!groups.contains("8113") && !groups.contains("8115"), "\(groups)")
    }

    @Test("a tractor driver for a farm contractor is a mobile machine driver, not an HGV driver")
    func tractorDriver() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Tractor driver for a farm contractor for 9 years, ploughing, drilling, mowing and baling silage, slurry spreading, \
            hedge trimming in the autumn, GPS steering. I'd like a job with better hours.
            """))
        checkPathInvariants(diagnostic)
        let groups = Self.groups(diagnostic)
        #expect(groups.first == "8229", "\(groups)")
        #expect(!groups.contains("8211"), "\(groups)")
    }

    /// Principle: a title that equals no unit group's and resembles several by one word ("laser") is placed where the
    /// learner's words about the work back it.
    @Test("a laser and skin clinic technician is a beautician, not a laser operator in a factory")
    func laserSkinTechnician() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I do laser hair removal, chemical peels and microneedling at a skin clinic, consultations and patch tests, \
            aftercare advice, four years now, level 4 laser qualification.
            """, currentTitle: "Laser and skin clinic technician"))
        let groups = Self.groups(diagnostic)
        #expect(groups.first == "6222", "\(groups)")
        #expect(!groups.contains("8139"), "\(groups)")
    }

    @Test("a concrete floor finisher on building sites is not a factory process operative")
    func concreteFloorFinisher() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Concrete floors for 12 years on warehouse and housing sites, laying and levelling the pour, power floating, \
            curing and cutting joints, setting out levels, running a small gang.
            """, currentTitle: "Concrete floor finisher"))
        let groups = Self.groups(diagnostic)
        #expect(!groups.contains("8119"), "\(groups)")
        #expect(groups.first.map { $0.hasPrefix("81") || $0.hasPrefix("53") } == true, "\(groups)")
    }

    /// Principle: the cadet forces a young person belongs to ("the police cadets", "the army cadets") are voluntary
    /// youth organisations, no nurse's or police officer's job.
    @Test("a sixth former in the police cadets is not placed among registered nurses")
    func policeCadets() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I'm 17 and at sixth form doing law and sociology. I have been in the police cadets for three years and I help \
            at the youth club on Fridays. I want to join West Mercia police when I'm old enough.
            """))
        let groups = Self.groups(diagnostic)
        #expect(!groups.contains("2237"), "\(groups)")
    }

    /// Principle: the title's own group stays first when its name holds the title; the rule only chooses among groups
    /// the title ties.
    @Test("a teaching assistant is still placed among teaching assistants")
    func ownGroupStays() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            Teaching assistant in a reception class, phonics groups, one to one with a child with autism, lunchtime duties, \
            displays and hearing readers. Eight years in the same school.
            """, currentTitle: "Teaching assistant"))
        #expect(Self.groups(diagnostic).first == "6112", "\(Self.groups(diagnostic))")
    }
}
