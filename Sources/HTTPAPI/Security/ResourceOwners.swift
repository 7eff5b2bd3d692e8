public import Domain

// MARK: - Who owns a resource named in a path

/// Looks up the organisation that owns a resource named by a path parameter, for
/// `Access.employerResource`. Anything that is not a well-formed id of an existing resource has no owner.
public struct ResourceOwners: Sendable {
    let charters: (any CharterAssessmentRepository)?

    public init(charters: (any CharterAssessmentRepository)?) {
        self.charters = charters
    }

    /// The owner, or nil when there is no such resource.
    public func owner(of resource: OwnedResource, id: String) async throws -> OrganisationID? {
        switch resource {
        case .charterAssessment:
            guard let charters, id.count <= 18, let number = Int64(id), number > 0 else { return nil }
            return try await charters.owner(ofAssessment: number)
        }
    }
}
