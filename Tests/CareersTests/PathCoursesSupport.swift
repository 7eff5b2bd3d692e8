import Domain
import Testing
@testable import Careers

// MARK: - A path's courses, asked of the engine directly

extension CareerDiagnostician {
    /// The courses a path towards standard `code` lists, its gap being the whole of the standard's skills, for a learner
    /// working at `level` (nil: not placed) under `constraints`: what `courses(for:)` gives with a fresh scratch.
    func pathCourses(_ code: String, level: Int? = nil, constraints: LearnerConstraints) throws -> [CourseOption] {
        let position = try #require(model.targetPosition[code], "\(code) is a target")
        let index = currentIndex
        let scratch = CourseScratch(courses: index.entries.count, skills: model.skills.count, terms: index.termIDs.count)
        scratch.learner(jobSkills: [], level: level)
        let gap = model.targets[position].skills.map { (skill: $0.skill, weight: $0.weight) }
        return courses(for: position, gap: gap, index: index, constraints: constraints, today: TestCatalogue.today.description, scratch: scratch).courses
    }
}
