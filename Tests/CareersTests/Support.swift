import Careers
import Domain
import Testing

// MARK: - Shared checks on diagnostics

/// Checks that hold for every path of every diagnostic: courses only claim gap skills, uncovered
/// skills are gap skills no listed course covers, shared and missing skills are disjoint.
func checkPathInvariants(_ diagnostic: Diagnostic, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for path in diagnostic.paths {
        let missing = Set(path.missingSkills.map(\.id))
        let shared = Set(path.sharedSkills.map(\.id))
        #expect(missing.isDisjoint(with: shared), "\(path.occupation.title): a skill is both shared and missing", sourceLocation: sourceLocation)
        let importances = path.missingSkills.map(\.importance)
        #expect(importances == importances.sorted(by: >), "\(path.occupation.title): gap not ordered by importance", sourceLocation: sourceLocation)
        var covered = Set<String>()
        for course in path.courses {
            let claims = Set(course.coversSkills.map(\.id))
            #expect(claims.isSubset(of: missing), "\(course.title) claims skills outside the gap of \(path.occupation.title)", sourceLocation: sourceLocation)
            covered.formUnion(claims)
        }
        #expect(Set(path.uncoveredSkills.map(\.id)).isDisjoint(with: covered), "\(path.occupation.title): an uncovered skill is covered", sourceLocation: sourceLocation)
        #expect(Set(path.uncoveredSkills.map(\.id)).isSubset(of: missing), sourceLocation: sourceLocation)
        #expect(!path.why.summary.isEmpty, sourceLocation: sourceLocation)
    }
}

/// Every held skill's id.
func heldSkillIDs(_ diagnostic: Diagnostic) -> Set<String> {
    Set(diagnostic.skills.flatMap(\.skills).map(\.id))
}

/// Every course listed on any path.
func allCourses(_ diagnostic: Diagnostic) -> [CourseOption] {
    diagnostic.paths.flatMap(\.courses)
}
