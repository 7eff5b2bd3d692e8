public import Domain
import Matching

// MARK: - Measuring tags of far routes

extension CourseTagger {
    /// A course's skill tag whose skill belongs to a route far from the course's (`SkillHomes.isFar`).
    public struct FarTag: Sendable, Hashable {
        public let course: String
        public let route: String
        public let skill: String
        public let reason: String
    }

    /// The technical, digital and net-zero skill tags of `courses` whose skill's home route is far from the
    /// course's route: the tags most likely to come from an incidental mention (a customer-service course
    /// tagged Machining for "Turning Complaints into Loyalty"). For measuring the tagger over a catalogue.
    public func farRouteTags(_ courses: [Course]) -> [FarTag] {
        courses.flatMap { course -> [FarTag] in
            let tags = tags(for: course)
            guard let route = tags.first(where: { $0.kind == .route })?.value else { return [] }
            return tags.filter { tag in
                guard tag.kind == .skill, let skill = taxonomy.skill(id: tag.value), OccupationSkillModelKinds.specific.contains(skill.kind) else { return false }
                return homes.isFar(skill: tag.value, from: route)
            }.map { FarTag(course: course.title, route: route, skill: $0.label, reason: $0.reason) }
        }
    }
}

/// The skill kinds that say a person can do a particular job.
enum OccupationSkillModelKinds {
    static let specific: Set<SkillKind> = [.technical, .digital, .netZero]
}
