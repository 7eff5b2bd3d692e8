import Foundation
import Testing
@testable import Taxonomy

// MARK: - Skills a SOC 2020 unit group's tasks name

/// The skills someone placed in a job most likely has: read once, at build time, from the Volume 1
/// tasks of its unit group, with the team's corrections.
@Suite("SOC 2020 task skills")
struct SOCTaskSkillsTests {
    /// The ids of a bundled unit group's task skills.
    func taskSkills(_ code: String) -> [String] {
        bundled.taskSkills(ofUnitGroup: code).map(\.id)
    }

    @Test("a unit group's tasks name the skills of the job", arguments: [
        ("5431", ["butchery", "food-safety", "customer-service"]),
        ("5432", ["baking"]),
        ("6312", ["security-operations", "record-keeping"]),
        ("8145", ["motor-vehicle-maintenance"]),
        ("5321", ["plastering"]),
        ("9262", ["patient-transport", "moving-and-handling"]),
        ("8214", ["van-driving", "driving-licence"]),
    ])
    func namesTheJobsSkills(_ code: String, _ expected: [String]) {
        let found = taskSkills(code)
        for id in expected { #expect(found.contains(id), "\(code) lacks \(id): \(found)") }
    }

    @Test("formal task wording is not misread", arguments: [
        ("5432", "glazing"), ("5432", "plastics-and-polymer-processing"), ("5323", "foreign-languages"), ("9262", "live-events-and-theatre"),
        ("6312", "facilities-management"), ("9231", "aviation-operations"), ("8212", "warehouse-operations"), ("4129", "live-events-and-theatre"),
    ])
    func noMisreading(_ code: String, _ skill: String) {
        #expect(!taskSkills(code).contains(skill), "\(code) reads \(skill)")
    }

    @Test("common skills and behaviours are not read from tasks, and every id is a vocabulary skill")
    func onlyJobSkills() {
        var groups = 0
        for group in bundled.data.socUnitGroups {
            let ids = group.taskSkillIDs ?? []
            if !ids.isEmpty { groups += 1 }
            #expect(ids.count == Set(ids).count, "\(group.code) repeats a skill")
            for id in ids { #expect(bundled.skill(id: id) != nil, "\(group.code): \(id) is not a skill") }
            // "organises", "listens" and "takes responsibility" say nothing about the job.
            for id in ["planning-and-organisation", "active-listening", "respect", "attention-to-detail"] {
                #expect(!ids.contains(id), "\(group.code) reads \(id)")
            }
        }
        #expect(groups > 300, "only \(groups) unit groups have task skills")
        #expect(taskSkills("0000").isEmpty)
    }

    @Test("the build reads tasks by phrase, ignores stem-only and common matches, and applies a unit group's correction")
    func builtFromTasks() throws {
        let skills = try VocabularyParser.parseSkills("""
            @ kind=technical group=-
            Carpentry and joinery | chippy | timber joints; joints in timber
            Glazing | glazing; glazier | glazing
            Cleaning | cleaning | cleaning
            Doors and windows | doors and windows | fitting doors and windows
            @ kind=common group=transferable
            Planning and organisation | organising; plans activities | planning
            """, file: "skills.txt")
        let group = SOCUnitGroup(
            code: "5316", title: "Carpenters and joiners", description: "", tasks: ["cuts joints in timber", "fits doors and windows", "glazes and cleans frames", "plans activities"],
            relatedJobTitles: [], aliases: [])
        var groups = [group]
        TaxonomyBuilder.addTaskSkills(&groups, skills: skills)
        // "glazes" and "cleans" share only a stem with glazing and cleaning; planning is a common skill.
        #expect(groups[0].taskSkillIDs == ["carpentry-and-joinery", "doors-and-windows"])
        let correction = OccupationSkillProfile(reference: "5316", core: ["cleaning"], dropped: ["doors-and-windows"])
        var corrected = [group]
        TaxonomyBuilder.addTaskSkills(&corrected, skills: skills, profiles: [correction])
        #expect(corrected[0].taskSkillIDs == ["carpentry-and-joinery", "cleaning"])
    }

    @Test("occupation-skills.txt may correct a unit group, naming it by its own title")
    func parsesUnitGroupLines() throws {
        let skills = try VocabularyParser.parseSkills("@ kind=technical group=-\nCleaning | cleaning | cleaning\n", file: "skills.txt")
        let groups = [SOCUnitGroup(code: "9226", title: "Vehicle valeters and cleaners", description: "", tasks: [], relatedJobTitles: [], aliases: [])]
        let profiles = try VocabularyParser.parseOccupationSkills("9226 (Vehicle valeters and cleaners) = Cleaning\n", standards: [], skills: skills, socGroups: groups)
        #expect(profiles == [OccupationSkillProfile(reference: "9226", core: ["cleaning"], dropped: [])])
        #expect(throws: VocabularyErrors.self) {
            try VocabularyParser.parseOccupationSkills("9999 (Nothing) = Cleaning\n", standards: [], skills: skills, socGroups: groups)
        }
    }
}
