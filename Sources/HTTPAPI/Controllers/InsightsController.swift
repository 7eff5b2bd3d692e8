import Domain
import Foundation
import Hummingbird

// MARK: - Provider insights

/// `GET /insights/demand?provider=&from=&to=&district=`: what consenting learners asked for, by route,
/// occupation, gap skill and district, with every count under 10 hidden.
///
/// Access (`Access.demandInsights`): a provider organisation sees the demand recorded in its own
/// hosted view (`provider` may be omitted or must be its own; another provider's answers 404, like any
/// refusal); partners and admins see one provider's view with `provider=ID`, or every view (neutral
/// included) without it.
struct InsightsController {
    let demand: (any LearnerDemandStore)?
    /// Refuses a `provider` the catalogue and the accounts do not know, as `POST /diagnostics` does.
    let providers: ProviderCheck
    let now: @Sendable () -> Date

    /// The query parameters the route takes.
    static let parameters = ["provider", "from", "to", "district"]

    /// Without `from`, the window is the 90 days up to `to` (default today, UTC).
    static let defaultWindowDays = 90

    func addRoutes(to routes: SecureRoutes) {
        routes.get("/insights/demand", access: .demandInsights(query: "provider"), use: demandSummary)
    }

    @Sendable func demandSummary(_ request: Request, context: AppRequestContext) async throws -> JSONResponse<LearnerDemandSummary> {
        try request.requireKnownQueryParameters(Self.parameters)
        let filter = try Self.filter(request, scope: context.scope, today: Self.day(now()))
        if let provider = filter.provider, context.scope.provider == nil { try await providers.require(provider, parameter: "provider") }
        let records = try await demand?.demandRecords(filter) ?? []
        return JSONResponse(LearnerDemandSummary(records: records, filter: filter))
    }

    // MARK: Parameters

    /// The filter the query asks for, inside what the caller may see.
    static func filter(_ request: Request, scope: AccessScope, today: String) throws -> LearnerDemandFilter {
        let query = request.uri.queryParameters
        func text(_ name: String) -> String? { query[Substring(name)].map(String.init).flatMap { $0.isEmpty ? nil : $0 } }
        var provider = scope.provider
        if provider == nil, let asked = text("provider") {
            guard let id = ProviderID(rawValue: asked) else { throw APIError.invalidParameter("provider", String(asked.prefix(64)), expected: ProviderID.rule) }
            provider = id
        }
        func date(_ name: String) throws -> CalendarDate? {
            guard let value = text(name) else { return nil }
            guard let date = CalendarDate(value) else { throw APIError.invalidParameter(name, String(value.prefix(32)), expected: "a date (yyyy-MM-dd)") }
            return date
        }
        guard let todayDate = CalendarDate(today) else { throw APIError(.internalServerError, code: "internal", message: "The server clock is not usable.") }
        let to = try date("to") ?? todayDate
        let from = try date("from") ?? Self.daysBefore(to, Self.defaultWindowDays - 1)
        guard from <= to else {
            throw APIError.invalidParameter("from", from.description, expected: "a date on or before to=\(to.description)")
        }
        var district: String?
        if let value = text("district") {
            guard let known = District(rawValue: value) else {
                throw APIError.invalidParameter(
                    "district", String(value.prefix(32)), expected: "one of " + District.allCases.map(\.rawValue).joined(separator: ", "))
            }
            district = known.rawValue
        }
        return LearnerDemandFilter(provider: provider, from: from.description, to: to.description, district: district)
    }

    /// `date` minus `days` days.
    static func daysBefore(_ date: CalendarDate, _ days: Int) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let start = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) ?? Date()
        return CalendarDate(day(calendar.date(byAdding: .day, value: -days, to: start) ?? start)) ?? date
    }

    /// A moment's day in UTC, `yyyy-MM-dd`.
    static func day(_ date: Date) -> String {
        ISO8601DateFormatter.string(from: date, timeZone: .gmt, formatOptions: [.withFullDate])
    }
}
