import Domain
import Testing
@testable import Careers

// MARK: - A path's courses, asked of the engine directly

extension CareerDiagnostician {
    /// The courses a path towards standard `code` lists, its gap being the whole of the standard's skills, for a learner
    /// working at `level` (nil: not placed) under `constraints`: what `courses(for:)` gives with a fresh scratch. `held`: the
    /// ids of skills the learner says they have, left out of the gap.
    func pathCourses(_ code: String, level: Int? = nil, held: [String] = [], constraints: LearnerConstraints) throws -> [CourseOption] {
        let position = try #require(model.targetPosition[code], "\(code) is a target")
        let index = currentIndex
        let scratch = CourseScratch(courses: index.entries.count, skills: model.skills.count, terms: index.termIDs.count)
        scratch.learner(jobSkills: [], level: level)
        var has = held.isEmpty ? [] : Array(repeating: false, count: model.skills.count)
        for id in held { has[try #require(model.skillPosition[id], "\(id) is a skill")] = true }
        let gap = model.targets[position].skills.filter { has.isEmpty || !has[$0.skill] }.map { (skill: $0.skill, weight: $0.weight) }
        return courses(
            for: position, gap: gap, held: has, index: index, constraints: constraints, today: TestCatalogue.today.description, scratch: scratch
        ).courses
    }
}
