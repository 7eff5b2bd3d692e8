import Careers
import Domain
import Foundation
import Testing

// MARK: - Reading profiles

@Suite("Profile input")
struct ProfileInputTests {
    @Test("{\"text\": ...} alone is a valid profile; districts accept names and 'anywhere'")
    func decoding() throws {
        let minimal = try JSONDecoder().decode(LearnerProfile.self, from: Data(#"{"text": "Chef for 3 years"}"#.utf8))
        #expect(minimal.text == "Chef for 3 years")
        #expect(minimal.constraints == LearnerConstraints())
        let full = try JSONDecoder().decode(LearnerProfile.self, from: Data("""
            {"text": "x", "targetRoute": "Digital", "constraints": {"districts": ["Wyre Forest", "worcester"], "deliveryModes": ["online"],
             "maxCostPence": 50000, "fundedOnly": true, "minLevel": "2", "startFrom": "2027-01-01", "provider": "kidderminster-college"}}
            """.utf8))
        #expect(full.targetRoute == .digital)
        #expect(full.constraints.districts == [.wyreForest, .worcester])
        #expect(full.constraints.provider?.rawValue == "kidderminster-college")
        let anywhere = try JSONDecoder().decode(LearnerProfile.self, from: Data(#"{"text": "x", "constraints": {"districts": ["anywhere"]}}"#.utf8))
        #expect(anywhere.constraints.districts.isEmpty)
    }

    @Test("Bad fields are rejected with the field named")
    func badFields() {
        for (json, field) in [
            (#"{"text": "x", "constraints": {"districts": ["Narnia"]}}"#, "districts"),
            (#"{"text": "x", "targetRoute": "astronomy"}"#, "targetRoute"),
            (#"{"text": "x", "constraints": {"startFrom": "2027-02-30"}}"#, "startFrom"),
            (#"{"text": "x", "constraints": {"maxCostPence": -5}}"#, "maxCostPence"),
            // Review 4, defect 17: the slip is named with the field meant.
            (#"{"title": "no text"}"#, "did you mean currentTitle?"),
        ] {
            do {
                _ = try JSONDecoder().decode(LearnerProfile.self, from: Data(json.utf8))
                Issue.record("\(json) was accepted")
            } catch {
                #expect(String(describing: error).contains(field), "\(error) does not name \(field)")
            }
        }
    }

    @Test("An empty profile is refused; an unknown target occupation is refused")
    func emptyAndUnknown() async throws {
        let diagnostician = try await TestCatalogue.shared.value
        #expect(throws: DiagnosticInputError.self) { try diagnostician.diagnose(LearnerProfile(text: "   \n ")) }
        #expect(throws: DiagnosticInputError(field: "targetOccupation", reason: "'ST9999' is not a standard reference, SOC 2020 code or known job title")) {
            try diagnostician.diagnose(LearnerProfile(text: "Chef", targetOccupation: "ST9999"))
        }
    }

    @Test("Long text is capped and the diagnostic says so")
    func longTextCapped() async throws {
        let line = "Warehouse operative picking and packing orders, stock control and forklift driving on night shifts.\n"
        let text = String(repeating: line, count: 200)
        #expect(text.count > CareerDiagnostician.maxTextCharacters)
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        #expect(diagnostic.notices.contains { $0.contains("\(CareerDiagnostician.maxTextCharacters) characters") })
        #expect(heldSkillIDs(diagnostic).contains("stock-control"))
    }

    @Test("A pasted CV with bullets and headings reads like prose")
    func pastedCV() async throws {
        let cv = """
            CURRICULUM VITAE

            Employment history
            2019 – 2025   Warehouse Team Leader, DHL, Redditch
              • Supervised a team of 8 pickers
              • Stock control and cycle counts using SAP
              • Forklift (counterbalance and reach)
            2015 – 2019   Sales Assistant, Next
              - Customer service and cash handling

            Qualifications: GCSE English and maths; First aid at work.
            """
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: cv))
        checkPathInvariants(diagnostic)
        #expect(heldSkillIDs(diagnostic).isSuperset(of: ["stock-control", "customer-service", "first-aid"]))
    }

    @Test("Misspelt words are read as the vocabulary word one edit away, and the diagnostic says so")
    func typos() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Ten years in a warehose: forklfit licence, custmer servise on the trade counter, safegaurding training."))
        #expect(heldSkillIDs(diagnostic).isSuperset(of: ["forklift-operation", "customer-service", "safeguarding"]))
        let notice = try #require(diagnostic.notices.first { $0.hasPrefix("Read ") })
        #expect(notice.contains("\"forklfit\" as \"forklift\""))
        // Correct words, including ones outside the skills vocabulary, are left alone.
        let clean = try await TestCatalogue.diagnose(LearnerProfile(text: "Experienced receptionist, punctual and organised, answering enquiries."))
        #expect(!clean.notices.contains { $0.hasPrefix("Read ") })
    }

    @Test("An inflected known word (turfing, frying, clocking) is not a misspelling of another vocabulary word")
    func inflectionsAreNotTypos() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Landscape gardener, turfing and fencing. Before that a chip shop: frying, serving and clocking in the staff."))
        #expect(!diagnostic.notices.contains { $0.hasPrefix("Read ") }, "\(diagnostic.notices)")
        #expect(!heldSkillIDs(diagnostic).contains("machining"), "\(heldSkillIDs(diagnostic))")
        // A real misspelling ending like an inflection is still corrected.
        let typo = try await TestCatalogue.diagnose(LearnerProfile(text: "Warehouse work: forklfit driving and stock controlling."))
        #expect(typo.notices.contains { $0.contains("\"forklfit\" as \"forklift\"") }, "\(typo.notices)")
    }

    @Test("Four-letter misspellings are read as the vocabulary word one edit away; short everyday words and names are left alone")
    func shortTypos() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: "Shop floor for Jane at the local shop: stok control, tills and the rota."))
        #expect(heldSkillIDs(diagnostic).contains("stock-control"))
        let notice = try #require(diagnostic.notices.first { $0.hasPrefix("Read ") })
        #expect(notice.contains("\"stok\" as \"stock\""))
        for word in ["Shop", "floor", "Jane", "local", "tills", "rota"] { #expect(!notice.contains("\"\(word)\" as")) }
    }

    @Test("Numbers and everyday story words are never corrected (nine is not nice, came is not care)")
    func storyWordsAreNotCorrected() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: """
            I came to the UK nine years ago and started at a bakery, twelve hour shifts on the ovens. Altogether I loved it.
            """))
        let notice = diagnostic.notices.joined(separator: " ").lowercased()
        for word in ["came", "nine", "started", "twelve", "altogether", "loved"] { #expect(!notice.contains("\"\(word)\" as"), "\(notice)") }
    }

    @Test("Everyday function words are never corrected towards vocabulary words one edit away (here is not herd)")
    func functionWordsAreNotCorrected() async throws {
        let diagnostic = try await TestCatalogue.diagnose(
            LearnerProfile(text: "Sam here. There were long shifts then: stok control and forklift driving in the warehouse."))
        let notice = diagnostic.notices.joined(separator: " ")
        #expect(notice.contains("\"stok\" as \"stock\""))
        for word in ["here", "there", "were", "then"] { #expect(!notice.lowercased().contains("\"\(word)\" as")) }
        #expect(!diagnostic.skills.flatMap(\.skills).contains { $0.label.lowercased().contains("herd") })
    }

    @Test("The demand signal holds routes, occupations, gap skills and district, never the learner's words")
    func demandSignalHasNoText() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Chef at the Crown Inn in Bewdley for 5 years: food preparation, food safety, menu planning, stock control.",
            aspiration: "teaching assistant", constraints: LearnerConstraints(districts: [.wyreForest])))
        let signal = diagnostic.demandSignal
        #expect(signal.district == .wyreForest)
        #expect(!signal.routes.isEmpty && !signal.occupations.isEmpty && !signal.gapSkills.isEmpty)
        let json = String(decoding: try JSONEncoder().encode(signal), as: UTF8.self)
        for word in ["Crown", "Bewdley", "Chef", "teaching assistant"] { #expect(!json.contains(word)) }
    }
}
