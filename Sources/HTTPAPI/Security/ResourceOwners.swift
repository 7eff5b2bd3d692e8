public import Domain

// MARK: - Who owns a resource named in a path

/// Looks up the organisation that owns a resource named by a path parameter, for
/// `Access.employerResource`. Anything that is not a well-formed id of an existing resource has no owner.
public struct ResourceOwners: Sendable {
    let charters: (any CharterAssessmentRepository)?
    let plans: (any WorkforcePlanRepository)?

    public init(charters: (any CharterAssessmentRepository)?, plans: (any WorkforcePlanRepository)? = nil) {
        self.charters = charters
        self.plans = plans
    }

    /// The owner, or nil when there is no such resource.
    public func owner(of resource: OwnedResource, id: String) async throws -> OrganisationID? {
        switch resource {
        case .charterAssessment:
            guard let charters, id.count <= 18, let number = Int64(id), number > 0 else { return nil }
            return try await charters.owner(ofAssessment: number)
        case .plan:
            guard let plans, id.count <= 18, let number = Int64(id), number > 0 else { return nil }
            return try await plans.owner(ofPlan: number)
        }
    }
}
