import CatalogueImport
import Taxonomy
public import Domain
public import Hummingbird
public import Logging

// MARK: - Building the application

/// Builds the Skillway HTTP application over a catalogue store.
/// - Parameters:
///   - configuration: where to listen and the upload limit.
///   - store: the catalogue (the SQLite `AppDatabase` in production, in memory in tests).
///   - logger: the logger for requests and errors.
public func buildApplication(
    configuration: AppConfiguration, store: any CatalogueStore, logger: Logger = Logger(label: "skillway")
) throws -> some ApplicationProtocol {
    let router = try buildRouter(store: store, configuration: configuration)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.hostname, port: configuration.port), serverName: configuration.serverName),
        logger: logger)
}

/// Builds the router: middleware, then every route. Tests call this directly.
public func buildRouter(store: any CatalogueStore, configuration: AppConfiguration) throws -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: LogRequestsMiddleware(.info))
    let taxonomy = try SkillsTaxonomy.bundled()
    if let tags = store as? any CourseTagStore { router.add(middleware: RetagAfterImportMiddleware(tagger: CourseTagger(taxonomy: taxonomy), store: tags)) }
    HealthController(store: store, serverName: configuration.serverName).addRoutes(to: router)
    try OpenAPIController().addRoutes(to: router)
    CourseController(store: store).addRoutes(to: router)
    ProviderController(store: store, importer: CatalogueImporter(store: store), maxFeedBytes: configuration.maxFeedBytes).addRoutes(to: router)
    TaxonomyController(taxonomy: taxonomy, tags: store as? any CourseTagStore).addRoutes(to: router)
    return router
}
