public import Domain
import Foundation

// MARK: - Using the taxonomy and the catalogue through Domain ports

/// Training suggested for one skill gap.
public struct GapTraining: Codable, Sendable, Equatable {
    /// Role id.
    public var role: String
    /// Skill id.
    public var skill: String
    /// Level to reach.
    public var targetLevel: Int
    /// People short of it at the horizon.
    public var people: Int
    /// Suggested courses (empty when none fits: an unfilled provision request).
    public var courses: [TrainingSuggestion]
    /// The role's IfATE apprenticeship standard, where one fits the role.
    public var apprenticeshipStandard: String?

    /// Creates an entry.
    public init(role: String, skill: String, targetLevel: Int, people: Int, courses: [TrainingSuggestion], apprenticeshipStandard: String? = nil) {
        self.role = role
        self.skill = skill
        self.targetLevel = targetLevel
        self.people = people
        self.courses = courses
        self.apprenticeshipStandard = apprenticeshipStandard
    }
}

/// Connects a plan to the taxonomy (role titles → occupations) and the catalogue (gaps → courses).
public struct PlanAdvisor: Sendable {
    private let resolver: (any OccupationResolving)?
    private let courses: (any TrainingCourseFinding)?

    /// Creates an advisor; either port may be absent, in which case that step is skipped.
    public init(resolver: (any OccupationResolving)?, courses: (any TrainingCourseFinding)?) {
        self.resolver = resolver
        self.courses = courses
    }

    /// Fills in the occupation of every role that has none, where the resolver finds one.
    /// - Returns: the updated plan and the ids of roles still unresolved.
    public func resolveOccupations(in plan: WorkforcePlan) async throws -> (plan: WorkforcePlan, unresolved: [String]) {
        var updated = plan
        var unresolved: [String] = []
        for index in updated.roles.indices where updated.roles[index].occupation == nil {
            let role = updated.roles[index]
            if let match = try await resolver?.resolveOccupation(title: role.title, sectorHint: plan.organisation.sector) {
                updated.roles[index].occupation = OccupationCode(soc2020Unit: match.soc2020Unit, standardReference: match.standardReference)
            } else {
                unresolved.append(role.id)
            }
        }
        return (updated, unresolved)
    }

    /// Courses for every skill gap at the horizon, most important first.
    public func trainingForGaps(in plan: WorkforcePlan, preferences: TrainingPreferences) async throws -> [GapTraining] {
        let gaps = plan.skillsGap().filter { $0.coverageAtHorizon < $0.headcount && $0.requiredAtHorizon > 0 }
            .sorted { ($0.priority, $1.role, $1.skill) > ($1.priority, $0.role, $0.skill) }
        var result: [GapTraining] = []
        for gap in gaps {
            let occupation = plan.role(gap.role)?.occupation.map {
                OccupationMatch(soc2020Unit: $0.soc2020Unit, title: plan.role(gap.role)?.title ?? "", standardReference: $0.standardReference, confidence: 1)
            }
            let found = try await courses?.courses(
                forSkill: gap.skill, label: gap.label, targetLevel: gap.requiredAtHorizon, occupation: occupation, preferences: preferences) ?? []
            result.append(
                GapTraining(
                    role: gap.role, skill: gap.skill, targetLevel: gap.requiredAtHorizon, people: gap.headcount - gap.coverageAtHorizon, courses: found,
                    apprenticeshipStandard: occupation?.standardReference))
        }
        return result
    }
}

extension WorkforcePlan {
    /// The delivery preferences to search training with: the employer's own, else courses in the
    /// workplace's district or online.
    public var effectiveTrainingPreferences: TrainingPreferences {
        trainingPreferences ?? TrainingPreferences(online: true, districts: [organisation.district])
    }
}
