@testable import Careers
import Domain
import Foundation
import Taxonomy
import Testing

// MARK: - Words read in the sense the learner meant

/// A known tool's name is the tool, not a misspelling of a vocabulary word; a survey of birds is
/// ecology, not land surveying.
@Suite("Words read in their sense")
struct WordSenseReadingTests {
    @Test("a design tool's name (figma) is read as the tool, not corrected to another word")
    func toolNameNotCorrected() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "sign maker for 8 years at a small firm. designing signs and vehicle graphics in Illustrator, vinyl cutting, fitting wraps on vans. "
                + "want to get into web design or UX, i do a bit of figma at home",
            currentTitle: "Sign maker"))
        let read = diagnostic.notices.filter { $0.hasPrefix("Read ") }
        #expect(!read.contains { $0.contains("figma") }, "\(read)")
    }

    @Test("designing screens in figma is user experience design")
    func figmaIsUX() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Junior web designer for two years, building sites in WordPress and designing app screens in figma for clients."))
        #expect(heldSkillIDs(diagnostic).contains("user-experience-design"), "\(heldSkillIDs(diagnostic))")
    }

    @Test("bird surveys for a wildlife trust are ecology, not land surveying")
    func birdSurveys() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text:
            "Im 18 doing a levels in geography and biology. I volunteer with the wildlife trust doing hedge laying and bird surveys. "
                + "want to work outdoors maybe a countryside ranger"))
        let held = heldSkillIDs(diagnostic)
        #expect(!held.contains("land-surveying"), "\(held)")
        #expect(held.contains("biodiversity"), "\(held)")
    }

    @Test("a land survey is still land surveying")
    func landSurveyStillRead() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text:
            "Site engineer for five years, setting out with a total station and doing topographical surveys for housing sites."))
        #expect(heldSkillIDs(diagnostic).contains("land-surveying"))
    }
}

// MARK: - A vague wish names no job

/// A wish for a kind of work ("something more hands on") or a place of work ("for tv or theatre", "in a
/// lab") names no job: no path is called the job the wish names because a typical job title holds the word
/// only as what qualifies another job ("deck hand", "Theatre technician", "lab assistant").
@Suite("Vague wishes name no job")
struct VagueWishTests {
    static let named = "your wish names"

    @Test("'something more hands on' names no deck hand", arguments: [
        "Sales assistant at a jewellers for 6 years. Selling engagement rings and watches, ear piercing, changing watch batteries and straps. "
            + "I like the fiddly bits more than the selling tbh, want something more hands on",
    ])
    func handsOn(_ text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.paths.contains { $0.occupation.title.hasPrefix("Seafarer") }, "\(diagnostic.paths.map(\.occupation.title))")
        for path in diagnostic.paths { #expect(!path.why.summary.contains(Self.named), "\(path.occupation.title): \(path.why.summary)") }
    }

    @Test("an activity named alone ('do baking') is the job whose titles name it (a baking operative is a baker)")
    func activityNamesTheJob() async throws {
        let diagnostician = try await TestCatalogue.shared.value
        let baker = try #require(diagnostician.model.targetPosition["ST0191"])
        #expect(diagnostician.namesAsJob("baking", position: baker))
        let venue = try #require(diagnostician.model.targets.indices.first { diagnostician.model.targets[$0].standard.title == "Creative venue technician" })
        #expect(!diagnostician.namesAsJob("theatre", position: venue))
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I'm 17 and help out in my nan's cafe at weekends making sandwiches and serving. When I leave college I want to do baking."))
        checkPathInvariants(diagnostic)
        let path = try #require(diagnostic.paths.first { $0.occupation.title == "Baker" }, "\(diagnostic.paths.map(\.occupation.title))")
        #expect(path.why.summary.contains(Self.named) || path.why.summary.contains("matches what you said"), "\(path.why.summary)")
    }

    @Test("when a school leaver would start names no field: 'when I leave school I want to do baking' is baking, not a school job")
    func startTimeIsNoWish() async throws {
        #expect(CareerDiagnostician.droppingStartTimes("When I leave school I want to do baking").trimmingCharacters(in: .whitespaces)
            == "I want to do baking")
        #expect(CareerDiagnostician.droppingStartTimes("I want to work in a school") == "I want to work in a school")
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "I'm 17 and help out in my nan's cafe at weekends making sandwiches and serving. When I leave school I want to do baking."))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        #expect(titles.contains("Baker"), "\(titles)")
        #expect(!titles.contains { $0.hasPrefix("Early years") || $0 == "Teaching assistant" || $0 == "Learning mentor" }, "\(titles)")
    }

    @Test("a place of work named alone (theatre, a lab) is no job wished for", arguments: [
        "im 16 at school doing my gcses, i do everyones makeup for prom and parties and post looks on tiktok, i want to do makeup for tv or theatre.",
        "Science technician at a secondary school for 10 years, setting up practicals, making up solutions, COSHH. Looking for something similar or in a lab",
    ])
    func placeIsNoJob(_ text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        for path in diagnostic.paths where ["Creative venue technician", "Food technologist"].contains(path.occupation.title) {
            #expect(!path.why.summary.contains(Self.named), "\(path.occupation.title): \(path.why.summary)")
        }
    }
}

// MARK: - A job named with what it does

/// "An aircraft engineer working on planes" names an aircraft engineer: the clause of what the job does
/// is not part of the job's name.
@Suite("A wished job named with what it does")
struct WishedJobClauseTests {
    @Test("the clause after the job is cut before matching", arguments: [
        ("an aircraft engineer working on planes", "an aircraft engineer"),
        ("a dog groomer working from home", "a dog groomer"),
        ("electrical engineering", "electrical engineering"),
        ("fixing cars", "fixing cars"),
        ("i'd prefer working outdoors", "i'd prefer working outdoors"),
    ])
    func cut(_ part: String, _ expected: String) {
        let words = part.split(separator: " ").map(String.init)
        #expect(CareerDiagnostician.cuttingWhatTheJobDoes(words).joined(separator: " ") == expected)
    }

    @Test("a school leaver wanting to be an aircraft engineer is answered about aircraft work")
    func aircraftEngineer() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text:
            "17 from kidderminster, done first year of a btec engineering at college, good at maths, done some CAD and lathe work. "
                + "I want to be an aircraft engineer working on planes, is there an apprenticeship?"))
        checkPathInvariants(diagnostic)
        let titles = diagnostic.paths.map(\.occupation.title)
        let answered = titles.contains { $0.lowercased().contains("aircraft") || $0.lowercased().contains("aerospace") || $0.lowercased().contains("aviation") }
            || diagnostic.notices.contains { $0.lowercased().contains("aerospace") || $0.lowercased().contains("aircraft") }
        #expect(answered, "paths: \(titles) notices: \(diagnostic.notices)")
    }
}

// MARK: - School subjects and languages name no job

/// A school subject the learner studies, or the language they say they speak, is no job they do:
/// "my english is ok now" makes no one an English teacher.
@Suite("School subjects name no job")
struct SchoolSubjectPlacementTests {
    static func teachingPlaced(_ diagnostic: Diagnostic) -> [String] {
        diagnostic.currentOccupations.map(\.occupation.title).filter { $0.lowercased().contains("teach") || $0.lowercased().contains("language") }
    }

    @Test("a fruit-farm supervisor whose english is ok now is not placed as a teacher")
    func englishIsOk() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text:
            "I am from Poland, I work 8 years on fruit farm near Evesham, supervisor of pickers team, polytunnels, quality checks of strawberries, "
                + "forklift licence, records for the packhouse. Then I stay home 4 years with my son. My english is ok now. I want good job not only picking"))
        #expect(Self.teachingPlaced(diagnostic).isEmpty, "\(diagnostic.currentOccupations.map(\.occupation.title))")
    }

    @Test("the subject words are dropped only in sentences about study or language, and never before 'teacher'")
    func droppingSubjects() {
        #expect(CareerDiagnostician.droppingStudiedSubjects("My english is ok now. I pick fruit") == "My is ok now. I pick fruit")
        #expect(CareerDiagnostician.droppingStudiedSubjects("English teacher for 10 years, teaching GCSE english")
            == "English teacher for 10 years, teaching GCSE")
        #expect(CareerDiagnostician.droppingStudiedSubjects("I read english history books") == "I read english history books")
    }
}

// MARK: - A field's name in "-s" is its adjective in titles

@Suite("Wished job named by its field")
struct FieldNamedWishedJobTests {
    @Test("an electronics engineer is held by electronic engineers' titles, so no 'no standard' notice")
    func electronicsEngineer() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text:
            "Electronics assembler at a defence firm in Malvern for 5 years. Soldering PCBs, through hole and surface mount, wiring looms, "
                + "working from drawings and build sheets. Want to move up into a test technician or electronics engineer role"))
        checkPathInvariants(diagnostic)
        #expect(!diagnostic.notices.contains { $0.contains("\"electronics engineer\"") }, "\(diagnostic.notices)")
    }
}
