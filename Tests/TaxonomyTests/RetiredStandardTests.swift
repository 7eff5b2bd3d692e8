import Foundation
import Testing
@testable import Taxonomy

// MARK: - Retired 2023 versions with statements

/// Everyday jobs the 2023 snapshot lists only as a retired version but with K/S/B statements
/// (healthcare support worker, scaffolder, laboratory technician…) are standards whose skills are read
/// from their statements, marked retired; a current standard of the same job (same reference, or the
/// same title once edition and degree qualifiers are set aside) supersedes a retired one, and no thin
/// standard is built for a job now loaded with statements.
@Suite("Retired standards with statements")
struct RetiredStandardTests {
    @Test("Healthcare support worker ST0216 is a standard with skills read from its statements and the retired note")
    func healthcareSupportWorker() throws {
        let worker = try #require(bundled.data.standards.first { $0.reference == "ST0216" })
        #expect(worker.basis == StandardBasis.retired2023Statements)
        #expect(!worker.isThin && worker.isRetiredVersion)
        #expect(!worker.knowledge.isEmpty && !worker.skills.isEmpty)
        // Read from its statements (clinical observations, infection control…), not inferred.
        #expect(worker.skillIDs.contains("clinical-observations") && worker.skillIDs.contains("infection-prevention-and-control"), "\(worker.skillIDs)")
        #expect(worker.route == "health-and-science" && worker.level == 2)
        #expect(worker.soc.map(\.code).contains("6131"), "\(worker.soc)")
        let detail = try #require(bundled.occupationDetail("ifate:ST0216"))
        #expect(detail.basisNote == "skills read from the standard's statements; the 2023 snapshot lists this version as retired")
        #expect(StandardBasis.caveat(for: worker.basis)?.contains("has been updated since our information on it") == true)
        // Other everyday jobs the snapshot only holds as retired versions with statements.
        for reference in ["ST0359", "ST0248", "ST0225", "ST0224", "ST0349", "ST0171", "ST0608", "ST0432", "ST0572", "ST0129"] {
            #expect(bundled.data.standards.contains { $0.reference == reference && $0.basis == StandardBasis.retired2023Statements }, "\(reference)")
        }
    }

    @Test("one registered nurse, nursing associate and midwife each: a retired edition is not a second standard of the job")
    func supersededEditionsAppearOnce() throws {
        let standards = bundled.data.standards
        for job in ["registered nurse", "nursing associate", "midwife"] {
            let matching = standards.filter { SourceReaders.editionFreeTitle($0.title) == job }
            #expect(matching.count == 1, "\(job): \(matching.map { "\($0.reference) \($0.title)" })")
            #expect(matching.allSatisfy { !$0.isThin }, "\(job)")
        }
        // The current midwife (ST0794) supersedes the retired 2019 NMC edition; the NMC 2018 registered nurse,
        // with statements, replaces the thin NMC 2010 one.
        #expect(!standards.contains { $0.reference == "ST0948" || $0.reference == "ST0293" || $0.reference == "ST0508" })
        #expect(standards.first { $0.reference == "ST0781" }?.basis == StandardBasis.retired2023Statements)
        // A current edition with a year in its title supersedes the retired one: optical assistant 2022.
        #expect(!standards.contains { $0.reference == "ST0530" || $0.reference == "ST0419" })
    }

    @Test("edition and degree qualifiers are set aside when telling whether a standard supersedes another")
    func editionFreeTitles() {
        #expect(SourceReaders.editionFreeTitle("Registered nurse degree (NMC 2018)") == "registered nurse")
        #expect(SourceReaders.editionFreeTitle("Registered nurse - degree (NMC 2010)") == "registered nurse")
        #expect(SourceReaders.editionFreeTitle("Midwife (2019 NMC standards) (degree)") == "midwife")
        #expect(SourceReaders.editionFreeTitle("Optical assistant 2022") == "optical assistant")
        #expect(SourceReaders.editionFreeTitle("Dental nurse (integrated)") == "dental nurse")
        #expect(SourceReaders.editionFreeTitle("General welder (arc processes)") == "general welder arc processes")
        // A degree apprenticeship does not supersede the everyday job of its name.
        #expect(SourceReaders.supersessionKey(title: "Digital marketer", level: 3)
            != SourceReaders.supersessionKey(title: "Digital marketer (integrated degree)", level: 6))
    }

    @Test("the builder keeps the latest retired version with statements, skips one a current standard supersedes, and builds no thin twin")
    func builderRules() throws {
        let (inputs, root) = try ThinStandardTests.inputs()
        defer { try? FileManager.default.removeItem(at: root) }
        try """
            {"count": 5, "standards": [
             {"referenceNumber": "ST0589", "larsCode": 400, "title": "Commis chef", "status": "Approved for delivery", "level": 2,
              "route": "Catering and hospitality", "pathway": "Catering", "cluster": "Chef", "overviewOfRole": "Preparing food.",
              "knowledge": [{"code": "K1", "text": "Food safety practices"}], "skills": [{"code": "S1", "text": "Cook dishes"}], "behaviours": [], "duties": []},
             {"referenceNumber": "ST0590", "larsCode": 90, "version": "1.0", "title": "Commis chef (2019)", "status": "Retired", "level": 2,
              "route": "Catering and hospitality", "knowledge": [{"code": "K1", "text": "Cooking"}], "skills": [], "behaviours": [], "duties": []},
             {"referenceNumber": "ST0213", "larsCode": 157, "version": "1.0", "title": "Hair professional", "status": "Retired", "level": 2,
              "route": "Hair and beauty", "overviewOfRole": "Hair cutting and styling.", "typicalJobTitles": ["Barber"],
              "knowledge": [{"code": "K1", "text": "Hair cutting techniques"}], "skills": [{"code": "S1", "text": "Styles hair"}], "behaviours": [], "duties": []},
             {"referenceNumber": "ST0213", "larsCode": 158, "version": "1.1", "title": "Hair professional", "status": "Retired", "level": 2,
              "route": "Hair and beauty", "overviewOfRole": "Hairdressing and barbering.", "typicalJobTitles": ["Barber", "Hairdresser"],
              "knowledge": [{"code": "K1", "text": "Hair cutting techniques"}], "skills": [{"code": "S1", "text": "Styles hair"}], "behaviours": [], "duties": []},
             {"referenceNumber": "ST0214", "larsCode": 100, "title": "Hair professional", "status": "Retired", "level": 2,
              "route": "Hair and beauty", "overviewOfRole": "Working as a barber or hairdresser.", "typicalJobTitles": ["Barber"], "knowledge": []}]}
            """.write(to: inputs.standards, atomically: true, encoding: .utf8)
        let data = try TaxonomyBuilder(inputs: inputs).build()
        #expect(data.standards.map(\.reference) == ["ST0213", "ST0589"])
        let hair = try #require(data.standards.first { $0.reference == "ST0213" })
        #expect(hair.larsCode == 158 && hair.basis == StandardBasis.retired2023Statements)
        #expect(hair.skillIDs.contains("hairdressing"), "\(hair.skillIDs)")
        // Its skills are its own, but the skills' evidence and routes (which course tagging weighs) stay the approved standards'.
        #expect(data.skills.first { $0.id == "hairdressing" }?.evidence == [])
        #expect(data.manifest.counts["retiredStandardsWithStatements"] == 1 && data.manifest.counts["thinStandards"] == 0)
        let without = try TaxonomyBuilder(inputs: inputs, includesRetiredStandards: false).build()
        #expect(!without.standards.contains { $0.basis == StandardBasis.retired2023Statements })
    }
}
