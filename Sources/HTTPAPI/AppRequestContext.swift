public import Hummingbird

// MARK: - Request context

/// The context every Skillway request carries. Accounts and access control will add the caller's
/// identity here.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// JSON request bodies are small; feed uploads collect their body with their own limit.
    public var maxUploadSize: Int { 1024 * 1024 }
}
