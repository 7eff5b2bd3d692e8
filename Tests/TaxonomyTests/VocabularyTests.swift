import Testing
@testable import Taxonomy

// MARK: - Vocabulary parsing and validation

@Suite("Skills vocabulary")
struct VocabularyTests {
    @Test("a section line sets kind and group; employer and provider wording are kept apart")
    func parsesSkills() throws {
        let skills = try VocabularyParser.parseSkills("""
            # comment
            @ kind=technical group=construction
            Carpentry and joinery | chippy; first fix | site carpentry; bench joinery
            @ kind=behaviour group=transferable
            Resilience | thick skinned | working under pressure
            """)
        #expect(skills.map(\.id) == ["carpentry-and-joinery", "resilience"])
        #expect(skills[0].kind == .technical && skills[0].group == .construction)
        #expect(skills[0].employerAliases == ["chippy", "first fix"])
        #expect(skills[0].providerAliases == ["site carpentry", "bench joinery"])
        #expect(skills[1].kind == .behaviour && skills[1].sourceLine == 5)
    }

    @Test("an alias another skill already owns (after stemming) is a located error")
    func rejectsSharedAliases() {
        #expect {
            _ = try VocabularyParser.parseSkills("""
                @ kind=technical group=-
                Welding | welder | welded joints
                Fabrication | welders | sheet metal
                """)
        } throws: { error in
            let text = "\(error)"
            return text.contains("line 3 skills[1] (fabrication).aliases") && text.contains("\"welders\" is already a form of welding")
        }
    }

    @Test("unknown kinds, missing fields and skills before any section are all reported")
    func reportsEveryProblem() {
        do {
            _ = try VocabularyParser.parseSkills("""
                Orphan | a | b
                @ kind=wizardry group=-
                @ kind=digital group=digital
                Only two fields | x
                """)
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.count == 4)
            #expect(error.errors[3].reason == "defines no skills")
            #expect(error.errors[0].description.contains("line 1 skills[0] (orphan)"))
            #expect(error.errors[1].description.contains("line 2 (section).kind") && error.errors[1].reason.contains("wizardry"))
            #expect(error.errors[2].description.contains("line 4") && error.errors[2].reason.contains("3 fields"))
        }
    }

    @Test("the job-title table rejects duplicates and lines without '='")
    func jobTitles() throws {
        let table = try VocabularyParser.parseJobTitles("chippy = carpenter joiner\nSparky = electrician\n")
        #expect(table == [JobTitleSynonym(everyday: "chippy", occupational: "carpenter joiner"), JobTitleSynonym(everyday: "sparky", occupational: "electrician")])
        #expect(throws: VocabularyErrors.self) { try VocabularyParser.parseJobTitles("chippy = carpenter\nchippy = joiner\n") }
        #expect(throws: VocabularyErrors.self) { try VocabularyParser.parseJobTitles("brickie bricklayer\n") }
    }

    @Test("a job title's implied skills are read by label, and an unknown label is a located error")
    func jobTitleSkills() throws {
        let skills = try VocabularyParser.parseSkills("""
            @ kind=technical group=-
            Childcare | nanny | childcare
            Early years education | EYFS | early years education
            """)
        let table = try VocabularyParser.parseJobTitles("nursery nurse = early years practitioner | Childcare; early years education\n", skills: skills)
        #expect(table == [JobTitleSynonym(everyday: "nursery nurse", occupational: "early years practitioner", skills: ["childcare", "early-years-education"])])
        #expect {
            try VocabularyParser.parseJobTitles("cook = chef\nnanny = early years practitioner | Childcare; Babysitting\n", skills: skills)
        } throws: { error in
            "\(error)" == "job-titles.txt:line 2.skills: \"Babysitting\" is not a skill label in the skills vocabulary"
        }
    }

    @Test("occupation skill profiles: core skills and drops by label, references and titles checked, errors located")
    func occupationProfiles() throws {
        let skills = try VocabularyParser.parseSkills("""
            @ kind=technical group=-
            Van driving | van driver | van driving
            Scaffolding | scaffolder | scaffolding
            Teaching assistance | TA | teaching assistance
            """)
        let standards = [("ST1025", "Urban driver"), ("ST0454", "Teaching assistant")].map { reference, title in
            OccupationalStandard(
                reference: reference, larsCode: nil, title: title, level: 2, route: "transport-and-logistics", pathway: nil, cluster: nil,
                typicalJobTitles: [], overview: "", duties: [], knowledge: [], skills: [], behaviours: [], skillIDs: [], soc: [])
        }
        let profiles = try VocabularyParser.parseOccupationSkills(
            "# comment\nST1025 (Urban driver) = Van driving\nST0454 = Teaching assistance; -Scaffolding\n", standards: standards, skills: skills)
        #expect(profiles == [
            OccupationSkillProfile(reference: "ST1025", core: ["van-driving"], dropped: []),
            OccupationSkillProfile(reference: "ST0454", core: ["teaching-assistance"], dropped: ["scaffolding"]),
        ])
        #expect {
            try VocabularyParser.parseOccupationSkills(
                "ST9999 = Van driving\nST1025 (Bus driver) = Van driving\nST0454 = Juggling\n", standards: standards, skills: skills)
        } throws: { error in
            guard let errors = error as? VocabularyErrors else { return false }
            return errors.errors.map(\.description) == [
                "occupation-skills.txt:line 1.reference: \"ST9999\" is not an approved standard or a SOC 2020 unit group",
                "occupation-skills.txt:line 2.title: \"(Bus driver)\" is not (Urban driver)",
                "occupation-skills.txt:line 3.skills: \"Juggling\" is not a skill label in the skills vocabulary",
            ]
        }
    }
}
