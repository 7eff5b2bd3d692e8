public import Domain
// MARK: - Action plans

/// One step of an employer's action plan.
public struct ActionItem: Sendable, Codable, Hashable {
    public enum Priority: String, Sendable, Codable, Hashable, Comparable {
        /// A legal minimum is not met: act now.
        case legal
        /// Blocks the next tier.
        case nextTier
        /// A dated commitment the employer made.
        case commitment
        /// A rate rise already announced that current pay will not meet.
        case upcomingChange
        /// Raises the score; not blocking.
        case improvement

        var order: Int { [.legal, .nextTier, .commitment, .upcomingChange, .improvement].firstIndex(of: self)! }
        public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.order < rhs.order }
    }

    public var criterion: String
    public var pillar: String
    public var priority: Priority
    /// What the criterion asks.
    public var title: String
    /// What to do.
    public var action: String
    /// Why it is in the plan.
    public var reason: String
    public var due: CharterDate
    public var evidenceHint: String
    public var resources: [String]
    /// Keywords the course search uses for this item.
    public var courseKeywords: [String]
    /// Courses from the catalogue that help, when a suggester was given.
    public var courses: [SuggestedCourse]
}

/// A course suggested for an action.
public struct SuggestedCourse: Sendable, Codable, Hashable {
    public var id: String
    public var title: String
    public var provider: String
    public var detail: String?

    public init(id: String, title: String, provider: String, detail: String? = nil) {
        self.id = id
        self.title = title
        self.provider = provider
        self.detail = detail
    }
}

/// Finds courses for a skills-related criterion; `CatalogueCourseSuggester` implements it over the catalogue search.
public protocol CourseSuggesting: Sendable {
    /// Up to `limit` courses matching any of `keywords`, best first.
    func suggestCourses(keywords: [String], limit: Int) async throws -> [SuggestedCourse]
}

/// Builds the action plan from unmet, partly met and committed criteria.
public enum ActionPlanner {
    /// Months allowed for an item that blocks the next tier, and for plain improvements.
    static let nextTierMonths = 3
    static let laterTierMonths = 6
    static let improvementMonths = 12

    /// The action plan for a result: legal gaps first, then what blocks the next tier, commitments,
    /// announced rate rises and improvements; each with a due date and suggested resources.
    public static func plan(for result: AssessmentResult, framework: CharterFramework) -> [ActionItem] {
        let open = result.tiers.enumerated().filter { !$0.element.reached }
        func blockingRank(_ id: String) -> Int? { open.first { $0.element.blockers.contains { $0.criterion == id } }?.offset }
        /// The first open tier held back by this pillar's score (any unmet criterion in it helps).
        func pillarRank(_ pillar: String) -> Int? {
            open.first { $0.element.blockers.contains { $0.criterion == nil && $0.pillar == pillar } }?.offset
        }
        let firstOpen = open.first?.offset

        var items: [ActionItem] = []
        for (pillar, criterion) in framework.criteria {
            guard let outcome = result.criterion(criterion.id) else { continue }
            let action = criterion.action.isEmpty ? "Put in place: \(criterion.text)" : criterion.action
            func item(_ priority: ActionItem.Priority, due: CharterDate, reason: String) -> ActionItem {
                ActionItem(
                    criterion: criterion.id, pillar: pillar.code, priority: priority, title: criterion.text, action: action, reason: reason,
                    due: due, evidenceHint: criterion.evidenceHint, resources: criterion.resources, courseKeywords: criterion.courseKeywords,
                    courses: [])
            }
            switch outcome.state {
            case .met:
                if let upcoming = outcome.upcomingShortfall {
                    items.append(item(.upcomingChange, due: upcoming.owedFrom, reason: outcome.explanation))
                }
            case .committed:
                items.append(
                    item(.commitment, due: outcome.commitmentDue ?? result.asOf.adding(months: improvementMonths), reason: outcome.explanation))
            case .notMet, .partial, .unanswered, .rejected:
                if outcome.legalMinimum {
                    items.append(
                        item(
                            .legal, due: result.asOf,
                            reason:
                                "A legal minimum since \(criterion.statutoryFloorFrom.map(String.init(describing:)) ?? "now"). \(outcome.explanation)"
                        ))
                } else if let rank = blockingRank(criterion.id) {
                    let months = rank == firstOpen ? nextTierMonths : laterTierMonths
                    items.append(
                        item(
                            .nextTier, due: result.asOf.adding(months: months),
                            reason: "Needed for \(result.tiers[rank].label). \(outcome.explanation)"))
                } else if let rank = pillarRank(pillar.code) {
                    let months = rank == firstOpen ? nextTierMonths : laterTierMonths
                    items.append(
                        item(
                            .nextTier, due: result.asOf.adding(months: months),
                            reason: "Raises \(pillar.name), whose score holds back \(result.tiers[rank].label). \(outcome.explanation)"))
                } else {
                    items.append(item(.improvement, due: result.asOf.adding(months: improvementMonths), reason: outcome.explanation))
                }
            case .notApplicable, .outOfScope, .notYetInForce:
                break
            }
        }
        return items.sorted { ($0.priority, $0.due, $0.criterion) < ($1.priority, $1.due, $1.criterion) }
    }

    /// Adds catalogue courses to the items whose criteria are about skills.
    /// - Parameters:
    ///   - plan: the plan to complete.
    ///   - suggester: the course search.
    ///   - perItem: the most courses per item.
    public static func addCourses(to plan: inout [ActionItem], using suggester: any CourseSuggesting, perItem: Int = 3) async throws {
        for index in plan.indices where !plan[index].courseKeywords.isEmpty {
            plan[index].courses = try await suggester.suggestCourses(keywords: plan[index].courseKeywords, limit: perItem)
        }
    }
}
