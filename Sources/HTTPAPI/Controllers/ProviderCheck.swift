import Careers
import Domain
import Hummingbird

// MARK: - Provider ids named by a caller

/// Looks up a provider id a request names (`?provider=`, `constraints.provider`): one in the catalogue,
/// or one with an account whose first feed has not arrived yet. `POST /diagnostics` and
/// `GET /insights/demand` refuse any other id with the same 400 `unknown-provider`.
struct ProviderCheck: Sendable {
    let catalogue: any CatalogueStore
    let accounts: any AccountStore

    /// Throws the located `unknown-provider` 400 (with the known ids) unless `id` is known.
    func require(_ id: ProviderID, parameter: String? = nil, path: String? = nil) async throws {
        guard try await catalogue.provider(id: id) == nil, try await accounts.organisation(owningProvider: id) == nil else { return }
        let listed = try await catalogue.providers().map(\.provider.id.rawValue)
        let owned = try await accounts.organisations().compactMap { $0.providerID?.rawValue }
        let known = Set(listed + owned).sorted()
        var details: [String: JSONValue] = ["value": .string(id.rawValue), "allowed": .array(known.map(JSONValue.string))]
        if let parameter { details["parameter"] = .string(parameter) }
        if let path { details["path"] = .string(path) }
        throw APIError(
            .badRequest, code: "unknown-provider",
            message: "\(path ?? parameter ?? "provider"): there is no provider with the id '\(id.rawValue)' in the catalogue; see GET /providers.",
            details: .object(details))
    }
}

// MARK: - Query parameters a route knows

extension Request {
    /// Refuses a query parameter the route does not know (`?colour=blue`) with a 400
    /// `unknown-parameter` listing the allowed names, and a did-you-mean when one is close.
    func requireKnownQueryParameters(_ allowed: [String]) throws {
        for (name, _) in uri.queryParameters where !allowed.contains(String(name)) {
            let written = String(name.prefix(64))
            var details: [String: JSONValue] = ["parameter": .string(written), "allowed": .array(allowed.map(JSONValue.string))]
            let suggestion = ProfileFieldError.closest(to: written, in: allowed)
            if let suggestion { details["didYouMean"] = .string(suggestion) }
            throw APIError(
                .badRequest, code: "unknown-parameter",
                message: "Unknown query parameter '\(written)'" + (suggestion.map { " (did you mean \($0)?)" } ?? "")
                    + "; allowed: \(allowed.joined(separator: ", ")).",
                details: .object(details))
        }
    }
}
