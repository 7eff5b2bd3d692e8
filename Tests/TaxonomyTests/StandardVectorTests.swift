import Foundation
import Testing
@testable import Taxonomy

// MARK: - Standards' skill vectors: senses and passing mentions (review 5, G4)

/// The skills a standard's vector keeps are the job's, not a word of its statements read in another
/// sense ("operating theatre", "business networking", "good housekeeping", "take into account") or a
/// skill one statement names in passing. Checked on the built resources.
@Suite("Standard skill vectors")
struct StandardVectorTests {
    private func standard(_ reference: String) throws -> OccupationalStandard {
        try #require(bundled.standard(reference: reference))
    }

    /// The texts of a standard's statements and duties and its overview.
    private func texts(_ standard: OccupationalStandard) -> [String] {
        (standard.statements + standard.duties).map(\.text) + [standard.overview]
    }

    // MARK: Wrong senses inside statements

    @Test("an operating theatre is not live events and theatre, in a standard or a SOC unit group's tasks")
    func operatingTheatre() throws {
        #expect(!(try standard("ST0343")).skillIDs.contains("live-events-and-theatre"))  // Veterinary nurse
        let vetNurses = try #require(bundled.data.socUnitGroups.first { $0.code == "3240" })
        #expect(!(vetNurses.taskSkillIDs ?? []).contains("live-events-and-theatre"))
        // Every standard whose theatres are all operating theatres keeps no Live events and theatre.
        let clinical = bundled.data.standards.filter { standard in
            let mentions = texts(standard).filter { $0.lowercased().contains("theatre") }
            return !mentions.isEmpty && mentions.allSatisfy { $0.lowercased().contains("operating theatre") }
        }
        #expect(!clinical.isEmpty)
        for item in clinical { #expect(!item.skillIDs.contains("live-events-and-theatre"), "\(item.reference) \(item.title)") }
        // The stage sense stays.
        #expect(try standard("ST0106").skillIDs.contains("live-events-and-theatre"))  // Creative venue technician
    }

    @Test("business networking is networking with people, not computer networking")
    func businessNetworking() throws {
        let mortgage = try standard("ST0182")
        #expect(!mortgage.skillIDs.contains("networking"))
        #expect(mortgage.skillIDs.contains("networking-with-people"))
        #expect(mortgage.skillIDs.contains("mortgage-advice"))
    }

    @Test("housekeeping as keeping a workplace tidy is not hotel housekeeping")
    func tidyWorkplace() throws {
        let tidiness = ["good housekeeping", "workplace housekeeping", "operational housekeeping", "housekeeping practices",
                        "housekeeping procedures", "housekeeping standards", "maintain housekeeping", "excellent housekeeping"]
        let tidy = bundled.data.standards.filter { standard in
            let mentions = texts(standard).map { $0.lowercased() }.filter { $0.contains("housekeeping") }
            return !mentions.isEmpty && mentions.allSatisfy { text in tidiness.contains { text.contains($0) } }
        }
        #expect(tidy.count >= 5)
        for item in tidy { #expect(!item.skillIDs.contains("housekeeping"), "\(item.reference) \(item.title)") }
        let leisure = try standard("ST0390")  // "the operational housekeeping of the leisure facility"
        #expect(!leisure.skillIDs.contains("housekeeping"))
        #expect(["customer-service", "first-aid", "fitness-instruction"].allSatisfy(leisure.skillIDs.contains))
        // The hotel sense stays where hospitality standards word it.
        #expect(bundled.data.standards.contains { $0.route == "catering-and-hospitality" && $0.skillIDs.contains("housekeeping") })
    }

    @Test("taking something into account or accounting for takings is not accountancy")
    func intoAccount() throws {
        let conductor = try standard("ST0339")  // Passenger transport operative
        #expect(!conductor.skillIDs.contains("accountancy"))
        #expect(conductor.skillIDs.contains("cash-handling") && conductor.skillIDs.contains("passenger-transport"))
        // No standard keeps Accountancy when "account" only ever stands in "into account" / "account for".
        let passing = bundled.data.standards.filter { standard in
            let words = texts(standard).map { $0.lowercased() }.filter { $0.contains("account") }
            return !words.isEmpty && words.allSatisfy { text in
                text.replacingOccurrences(of: "into account", with: "").replacingOccurrences(of: "account for", with: "")
                    .replacingOccurrences(of: "account of", with: "").range(of: "account") == nil
            }
        }
        #expect(passing.count >= 20)
        for item in passing where !item.isThin { #expect(!item.skillIDs.contains("accountancy"), "\(item.reference) \(item.title)") }
    }

    // MARK: Incidental skills the audit found

    @Test("skills named once in passing by the review's standards are dropped, their core skills keep their place")
    func reviewedIncidentals() throws {
        let cases: [(String, dropped: [String], kept: [String])] = [
            ("ST0846", ["electrical-engineering"], ["fashion-and-textiles"]),  // Garment maker
            ("ST0549", ["electronics"], ["fashion-and-textiles", "quality-assurance"]),  // Sewing machinist
            ("ST0329", ["heritage-building-skills", "building-energy-systems"], ["property-and-lettings", "sales"]),  // Junior estate agent
            ("ST0900", ["van-driving"], ["computer-hardware"]),  // Camera prep technician
        ]
        for (reference, dropped, kept) in cases {
            let item = try standard(reference)
            for id in dropped { #expect(!item.skillIDs.contains(id), "\(reference) keeps \(id)") }
            for id in kept {
                let offset = try #require(item.skillIDs.firstIndex(of: id), "\(reference) lost \(id)")
                #expect(item.skillWeight(at: offset) >= 0.6, "\(reference) \(id) is no longer strong")
            }
        }
    }

    // MARK: The audit

    @Test("example lists run from the marker to the end of the clause or bracket")
    func exampleLists() {
        let text = "Complete work records i.e. dockets, documentation or electronic systems. Keep the area safe (such as gloves, masks) at all times."
        let lists = ExampleLists(text)
        func at(_ word: String) -> String.Index { text.range(of: word)!.lowerBound }
        #expect(lists.contains(at("electronic")))
        #expect(!lists.contains(at("Complete")))
        #expect(!lists.contains(at("Keep")))
        #expect(lists.contains(at("masks")))
        #expect(!lists.contains(at("at all times")))
    }

    @Test("the audit flags a skill named only in example lists and one foreign to the standard's route")
    func audit() throws {
        let audited = TaxonomyAudit.audit(bundled.data) { ["ST0390", "ST0549", "ST0005"].contains($0.reference) }
        let leisure = try #require(audited.first { $0.reference == "ST0390" })
        // K6, S6: "… such as reception, social media …"
        let reception = try #require(leisure.entries.first { $0.skillID == "reception" })
        #expect(reception.examplesOnly && !reception.single)
        let fitness = try #require(leisure.entries.first { $0.skillID == "fitness-instruction" })
        #expect(!fitness.examplesOnly && !fitness.incidental)
        let care = try #require(audited.first { $0.reference == "ST0005" })
        let personalCare = try #require(care.entries.first { $0.skillID == "person-centred-care" })
        #expect(!personalCare.foreign && !personalCare.incidental && personalCare.places.count >= 3)
    }
}
