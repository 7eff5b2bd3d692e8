import CatalogueImport
import Charters
import Domain
import Taxonomy
public import Hummingbird
import HummingbirdCore
public import Logging
public import Storage

// MARK: - Building the application

/// Builds the Skillway HTTP application over a Skillway database.
/// - Parameters:
///   - configuration: where to listen, upload and input limits, timeouts and rate limits.
///   - store: the database (catalogue, accounts and audit log).
///   - logger: the logger for requests and errors.
public func buildApplication(
    configuration: AppConfiguration, store: AppDatabase, logger: Logger = Logger(label: "skillway")
) throws -> some ApplicationProtocol {
    try buildApplication(configuration: configuration, services: AppServices(database: store), logger: logger)
}

/// Builds the Skillway HTTP application over any implementation of the stores.
public func buildApplication(
    configuration: AppConfiguration, services: AppServices, logger: Logger = Logger(label: "skillway")
) throws -> some ApplicationProtocol {
    let router = try buildRouter(services: services, configuration: configuration)
    let idle = configuration.idleTimeout.components
    return Application(
        router: router,
        server: .http1(configuration: .init(idleTimeout: .nanoseconds(idle.seconds * 1_000_000_000 + idle.attoseconds / 1_000_000_000))),
        configuration: .init(address: .hostname(configuration.hostname, port: configuration.port), serverName: configuration.serverName),
        logger: logger)
}

/// Builds the router over a database. Tests call this directly.
public func buildRouter(store: AppDatabase, configuration: AppConfiguration) throws -> Router<AppRequestContext> {
    try buildRouter(services: AppServices(database: store), configuration: configuration)
}

/// Builds the router: middleware first (so every route is guarded), then every route through
/// `SecureRoutes`, each with its access rule.
public func buildRouter(services: AppServices, configuration: AppConfiguration) throws -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    let registry = RouteRegistry()
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: AddressRateLimitMiddleware(limiter: RateLimiter(rate: configuration.addressRate, now: configuration.rateClock)))
    router.add(
        middleware: AuthorizationMiddleware(
            accounts: services.accounts, audit: services.audit, registry: registry, owners: ResourceOwners(charters: services.charters, plans: services.plans),
            tokenLimiter: RateLimiter(rate: configuration.tokenRate, now: configuration.rateClock), now: configuration.now))
    let routes = SecureRoutes(router: router, registry: registry, jsonBodyLimit: configuration.maxJSONBytes)
    let store = services.catalogue
    let taxonomy = try SkillsTaxonomy.bundled()
    let tagStore = store as? any CourseTagStore
    let tagger = CourseTagger(taxonomy: taxonomy)
    HealthController(store: store, serverName: configuration.serverName).addRoutes(to: routes)
    try OpenAPIController().addRoutes(to: routes)
    CourseController(store: store).addRoutes(to: routes)
    ProviderController(
        store: store, importer: CatalogueImporter(store: store), maxFeedBytes: configuration.maxFeedBytes, bodyDeadline: configuration.bodyDeadline,
        afterImport: {
            if let tagStore { _ = try await tagger.retag(tagStore) }
            // The diagnostic's in-memory course index follows the catalogue (after the new tags).
            try await services.careers?.refresh()
        }
    ).addRoutes(to: routes)
    TaxonomyController(taxonomy: taxonomy, tags: tagStore, bodyDeadline: configuration.bodyDeadline).addRoutes(to: routes)
    MeController(services: services).addRoutes(to: routes)
    AdminController(services: services, jsonLimits: configuration.jsonLimits, bodyDeadline: configuration.bodyDeadline).addRoutes(to: routes)
    try CharterController(
        library: services.charterLibrary ?? CharterLibrary.bundled(), charters: services.charters, accounts: services.accounts, courses: store,
        jsonLimits: configuration.jsonLimits, bodyDeadline: configuration.bodyDeadline, now: configuration.now
    ).addRoutes(to: routes)
    PlanController(
        plans: services.plans, resolver: TaxonomyOccupationResolver(taxonomy: taxonomy),
        provision: CatalogueProvisionFinder(taxonomy: taxonomy, catalogue: store, tags: tagStore), routes: TaxonomyOccupationRouter(taxonomy: taxonomy),
        jsonLimits: configuration.jsonLimits,
        bodyDeadline: configuration.bodyDeadline, now: configuration.now
    ).addRoutes(to: routes)
    DiagnosticController(
        engine: services.careers, catalogue: services.catalogue, accounts: services.accounts, saved: services.diagnostics, demand: services.demand, jsonBodyLimit: configuration.maxJSONBytes,
        jsonLimits: configuration.jsonLimits, bodyDeadline: configuration.bodyDeadline, now: configuration.now
    ).addRoutes(to: routes)
    InsightsController(
        demand: services.demand, providers: ProviderCheck(catalogue: services.catalogue, accounts: services.accounts), now: configuration.now
    ).addRoutes(to: routes)
    return router
}
