import Careers
import Domain
import Testing

// MARK: - What the learner wants to leave or can no longer do

@Suite("Work limits")
struct WorkLimitTests {
    static let contactCentre = """
        Contact centre adviser at an energy supplier for five years: inbound calls about bills, sorting out complaints, taking card \
        payments and keeping customer records up to date on the CRM.
        """
    static let courier = """
        Parcel courier in a van for five years around Bromsgrove, 100 drops a day, scanning parcels, planning the route and dealing \
        with customers.
        """

    /// Every path, upskill and reskill, whose occupation lists the skill.
    static func paths(_ diagnostic: Diagnostic, listing label: String) -> [String] {
        diagnostic.paths.filter { path in (path.sharedSkills.map(\.label) + path.missingSkills.map(\.label)).contains(label) }.map(\.occupation.title)
    }

    @Test("a contact-centre adviser who wants off the phones is not offered a job built on call handling, and is told why")
    func offThePhones() async throws {
        let before = try await TestCatalogue.diagnose(LearnerProfile(text: Self.contactCentre, currentTitle: "Contact centre adviser"))
        #expect(!Self.paths(before, listing: "Call handling").isEmpty, "without the wish a call-handling job is offered: \(before.reskill.map(\.occupation.title))")
        let after = try await TestCatalogue.diagnose(LearnerProfile(
            text: Self.contactCentre + " I want to get off the phones now, it's wearing me down.", currentTitle: "Contact centre adviser"))
        checkPathInvariants(after)
        #expect(Self.paths(after, listing: "Call handling").isEmpty, "\(after.reskill.map(\.occupation.title))")
        #expect(after.notices.contains { $0.contains("phone work") }, "notices: \(after.notices)")
    }

    @Test("a courier who can no longer drive gets no driving job as a move or a step up", arguments: [
        " I had a seizure and lost my licence, so I cannot drive for a year.",
        " The doctor says I can\u{2019}t drive any more after my seizure.",
    ])
    func noLongerDriving(_ sentence: String) async throws {
        let before = try await TestCatalogue.diagnose(LearnerProfile(text: Self.courier, currentTitle: "Courier"))
        let drivingPaths = { (diagnostic: Diagnostic) in
            diagnostic.paths.filter { $0.occupation.title.lowercased().contains("driver") || $0.sharedSkills.contains { $0.label == "Driving licence" } }
                .map(\.occupation.title)
        }
        #expect(!drivingPaths(before).isEmpty, "without the limit a driving job is offered")
        let after = try await TestCatalogue.diagnose(LearnerProfile(text: Self.courier + sentence, currentTitle: "Courier"))
        checkPathInvariants(after)
        #expect(drivingPaths(after).isEmpty, "\(drivingPaths(after))")
        #expect(after.notices.contains { $0.contains("leave driving") }, "notices: \(after.notices)")
    }

    @Test("saying a thing is no trouble is not a limit")
    func notALimit() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: Self.contactCentre + " I don't mind customers or the phones, I just want better hours.", currentTitle: "Contact centre adviser"))
        #expect(!diagnostic.notices.contains { $0.contains("You say you want to leave") }, "notices: \(diagnostic.notices)")
        #expect(!Self.paths(diagnostic, listing: "Call handling").isEmpty)
    }

    @Test("a negation in job history is not a limit: an HGV driver proud of never having had an accident driving is still offered driving work")
    func boastIsNotALimit() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "HGV class 1 driver for fifteen years, tramping and trunking, load securing, tachographs and daily walk-round checks. Never had an accident driving in all that time.",
            currentTitle: "HGV driver"))
        #expect(!diagnostic.notices.contains { $0.contains("leave driving") }, "notices: \(diagnostic.notices)")
    }

    @Test("a learner who can no longer work nights is offered no job whose standard is worked in shifts or at night, and is told why")
    func noMoreNights() async throws {
        let text = "Warehouse operative for six years: picking and packing, goods in, sorting parcels and loading the trailers."
        let before = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Warehouse operative"))
        let after = try await TestCatalogue.diagnose(LearnerProfile(text: text + " I cant do nights any more.", currentTitle: "Warehouse operative"))
        checkPathInvariants(after)
        let shiftJobs = { (diagnostic: Diagnostic) in
            diagnostic.paths.map(\.occupation.title).filter { ["Express delivery sortation hub operative", "Train driver", "Maritime caterer"].contains($0) }
        }
        #expect(shiftJobs(after).isEmpty, "\(shiftJobs(after))")
        #expect(after.notices.contains { $0.contains("night or shift work") }, "notices: \(after.notices)")
        #expect(!before.notices.contains { $0.contains("night or shift work") })
    }

    // MARK: Circumstances in a wish

    @Test("how the learner would get to work names no job: the moves are those of the skills alone")
    func travelWishNamesNoJob() async throws {
        let text = Self.courier + " I had a seizure and lost my licence."
        let plain = try await TestCatalogue.diagnose(LearnerProfile(text: text, currentTitle: "Courier"))
        let withBus = try await TestCatalogue.diagnose(LearnerProfile(text: text + " I need a job I can get to by bus.", currentTitle: "Courier"))
        #expect(withBus.reskill.map(\.occupation.id) == plain.reskill.map(\.occupation.id), "\(withBus.reskill.map(\.occupation.title))")
        #expect(!withBus.reskill.contains { $0.occupation.route == Route.legalFinanceAndAccounting.rawValue })
    }
}
