import Domain
import Foundation
import Testing
@testable import WorkforcePlanning

// MARK: - Validation and personal data

@Suite("Plan validation")
struct ValidationTests {
    let template = PlanTemplates.make("engineering-workshop", asOf: baseline)!

    /// The template as a JSON tree with one person edited.
    func withFirstPerson(_ edit: (inout [String: Any]) -> Void) throws -> [String: Any] {
        var tree = try jsonTree(template)
        var roles = tree["roles"] as! [[String: Any]]
        var people = roles[0]["people"] as! [[String: Any]]
        edit(&people[0])
        roles[0]["people"] = people
        tree["roles"] = roles
        return tree
    }

    @Test("every template is a valid plan and survives a JSON round trip")
    func templatesValid() throws {
        for summary in PlanTemplates.all {
            let plan = try #require(PlanTemplates.make(summary.name, asOf: baseline))
            let loaded = try PlanLoader.load(PlanLoader.encode(plan), file: summary.name)
            #expect(loaded == plan)
        }
        #expect(PlanTemplates.make("spaceport", asOf: baseline) == nil)
    }

    @Test("a date of birth on a person is refused, with its location")
    func dateOfBirth() throws {
        let found = try issues(withFirstPerson { $0["dateOfBirth"] = "1962-03-14" })
        #expect(found.count == 1)
        #expect(found[0].path == "roles[0].people[0].dateOfBirth")
        #expect(found[0].file == "plan.json")
        #expect(found[0].reason.contains("date of birth"))
    }

    @Test("names, exact ages, health notes and NI numbers are refused")
    func otherPersonalData() throws {
        #expect(try issues(withFirstPerson { $0["name"] = "Sam" }).map(\.path) == ["roles[0].people[0].name"])
        #expect(try issues(withFirstPerson { $0["age"] = 61 }).map(\.path) == ["roles[0].people[0].age"])
        #expect(try issues(withFirstPerson { $0["healthNotes"] = "back trouble" }).map(\.path) == ["roles[0].people[0].healthNotes"])
        #expect(try issues(withFirstPerson { $0["surname"] = "Jones" }).first?.reason.contains("a name") == true)
        #expect(try issues(withFirstPerson { $0["ref"] = "QQ 12 34 56 C" }).first?.reason.contains("National Insurance") == true)
        #expect(try issues(withFirstPerson { $0["started"] = "14/03/2019" }).map(\.path) == ["roles[0].people[0].started"])
    }

    @Test("a label that looks like a name is refused; pseudonymous labels pass")
    func labels() throws {
        let found = try issues(withFirstPerson { $0["label"] = "John Smith" })
        #expect(found.map(\.path) == ["roles[0].people[0].label"])
        for good in ["Person A", "Staff 3", "P1", "Apprentice B2"] { #expect(PersonalDataScreen.isPseudonymousLabel(good)) }
        for bad in ["John", "Mrs Patel", "Person Alice", "person"] { #expect(!PersonalDataScreen.isPseudonymousLabel(bad)) }
    }

    @Test("an email in an action's owner is refused; the organisation's name and skill ids with 'health' are fine")
    func emailsAndFalsePositives() throws {
        var tree = try jsonTree(template)
        var actions = tree["actions"] as! [[String: Any]]
        actions[0]["owner"] = "boss@example.co.uk"
        tree["actions"] = actions
        #expect(try issues(tree).map(\.path) == ["actions[0].owner"])
        let fine = try withFirstPerson { person in
            var skills = person["skills"] as! [String: Any]
            skills["mental-health-awareness"] = 2
            person["skills"] = skills
        }
        #expect(try issues(fine).first { $0.reason.contains("health") } == nil)
    }

    @Test("rule breaches are all reported with their paths")
    func rules() throws {
        var tree = try jsonTree(template)
        tree["horizonYears"] = 7
        var roles = tree["roles"] as! [[String: Any]]
        roles[1]["headcount"] = 4  // three people listed
        var skills = roles[1]["skills"] as! [[String: Any]]
        skills[0]["required"] = 5
        roles[1]["skills"] = skills
        tree["roles"] = roles
        var moves = tree["transitions"] as! [[String: Any]]
        moves[0]["to"] = "astronaut"
        tree["transitions"] = moves
        let paths = try issues(tree).map(\.path)
        #expect(paths.contains("horizonYears"))
        #expect(paths.contains("roles[1].people"))
        #expect(paths.contains("roles[1].skills[0].required"))
        #expect(paths.contains("transitions[0].to"))
    }

    @Test("missing fields, wrong types and bad dates are located")
    func decoding() throws {
        var tree = try jsonTree(template)
        tree.removeValue(forKey: "seed")
        #expect(try issues(tree).map(\.path) == ["seed"])
        tree = try jsonTree(template)
        var roles = tree["roles"] as! [[String: Any]]
        roles[2]["headcount"] = "one"
        tree["roles"] = roles
        let typed = try issues(tree)
        #expect(typed.map(\.path) == ["roles[2].headcount"] && typed[0].reason == "expected a whole number")
        tree = try jsonTree(template)
        tree["baselineDate"] = "2026-02-30"
        #expect(try issues(tree).map(\.path) == ["baselineDate"])
        #expect(throws: PlanValidationError.self) { try PlanLoader.load(Data("{not json".utf8)) }
    }

    @Test("the example in docs/ is a valid plan")
    func docsExample() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = try Data(contentsOf: root.appendingPathComponent("docs/examples/engineering-workshop.plan.json"))
        let plan = try PlanLoader.load(data, file: "engineering-workshop.plan.json")
        #expect(plan.headcount == 7)
        #expect(plan == PlanTemplates.make("engineering-workshop", asOf: plan.baselineDate))
    }
}

// MARK: - Versions

@Suite("Plan versions")
struct VersionTests {
    @Test("saving a change makes the next version; comparing shows the change and the variance against the projection")
    func compare() throws {
        let first = makePlan([Role(id: "fitter", title: "Fitter", headcount: 10, leaverRateOverride: 0.2)])
        var second = first.nextVersion(savedOn: PlanDate("2027-04-02")!, note: "annual review")
        second.baselineDate = PlanDate("2027-04-02")!
        second.roles[0].headcount = 9
        #expect(second.version.number == 2 && second.version.parent == 1)
        let comparison = PlanComparison(from: first, to: second)
        #expect(comparison.yearsBetween == 1)
        #expect(comparison.roles[0].before == 10 && comparison.roles[0].after == 9)
        #expect(comparison.roles[0].projected == 10)
        #expect(comparison.roles[0].variance == -1)
        #expect(comparison.changes.contains("Baseline 2026-04-01 → 2027-04-02"))
    }
}
