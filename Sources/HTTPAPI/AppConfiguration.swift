public import CatalogueImport

// MARK: - Configuration

/// How the HTTP API is set up.
public struct AppConfiguration: Sendable {
    /// The address to listen on.
    public var hostname: String
    /// The port to listen on (0 picks a free one).
    public var port: Int
    /// The largest feed upload accepted, in bytes.
    public var maxFeedBytes: Int
    /// The server's name, reported by `/health`.
    public var serverName: String

    public init(hostname: String = "127.0.0.1", port: Int = 8080, maxFeedBytes: Int = ImportOptions.defaultMaxBytes, serverName: String = "skillway") {
        self.hostname = hostname
        self.port = port
        self.maxFeedBytes = maxFeedBytes
        self.serverName = serverName
    }
}
