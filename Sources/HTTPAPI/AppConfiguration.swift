public import CatalogueImport
public import Foundation

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

    // MARK: Hostile input

    /// The largest JSON request body, in bytes (default 64 KB).
    public var maxJSONBytes: Int
    /// Depth, string and list limits for JSON bodies.
    public var jsonLimits: JSONLimits
    /// A connection that sends nothing for this long is closed (default 30 s).
    public var idleTimeout: Swift.Duration
    /// A request body must arrive completely within this time (default 120 s).
    public var bodyDeadline: Swift.Duration
    /// Requests allowed per client address (default: bursts of 120, then 20 a second).
    public var addressRate: RateLimiter.Rate
    /// Requests allowed per API token (default: bursts of 60, then 10 a second).
    public var tokenRate: RateLimiter.Rate
    /// The rate limiters' clock in seconds (injectable for tests).
    public var rateClock: @Sendable () -> Double
    /// The clock tokens' expiry is checked against (injectable for tests).
    public var now: @Sendable () -> Date

    public init(
        hostname: String = "127.0.0.1", port: Int = 8080, maxFeedBytes: Int = ImportOptions.defaultMaxBytes, serverName: String = "skillway",
        maxJSONBytes: Int = 64 * 1024, jsonLimits: JSONLimits = JSONLimits(), idleTimeout: Swift.Duration = .seconds(30),
        bodyDeadline: Swift.Duration = .seconds(120), addressRate: RateLimiter.Rate = .init(burst: 120, perSecond: 20),
        tokenRate: RateLimiter.Rate = .init(burst: 60, perSecond: 10), rateClock: @escaping @Sendable () -> Double = RateLimiter.monotonicSeconds,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.hostname = hostname
        self.port = port
        self.maxFeedBytes = maxFeedBytes
        self.serverName = serverName
        self.maxJSONBytes = maxJSONBytes
        self.jsonLimits = jsonLimits
        self.idleTimeout = idleTimeout
        self.bodyDeadline = bodyDeadline
        self.addressRate = addressRate
        self.tokenRate = tokenRate
        self.rateClock = rateClock
        self.now = now
    }
}
