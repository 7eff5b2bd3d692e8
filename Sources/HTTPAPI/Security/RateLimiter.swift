import Synchronization

// MARK: - Token-bucket rate limiting

/// Token buckets keyed by client address or API token, with bounded memory and an injected clock.
///
/// Each key may make `burst` requests at once and `perSecond` more every second after. When the
/// table is full, the bucket idle the longest is dropped (a full bucket carries no information).
public final class RateLimiter: Sendable {
    /// How fast requests are allowed.
    public struct Rate: Sendable, Hashable {
        public var burst: Double
        public var perSecond: Double

        public init(burst: Double, perSecond: Double) {
            self.burst = burst
            self.perSecond = perSecond
        }
    }

    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    private let rate: Rate
    private let capacity: Int
    private let now: @Sendable () -> Double
    private let buckets = Mutex<[String: Bucket]>([:])

    /// - Parameters:
    ///   - rate: burst size and refill rate.
    ///   - capacity: the most keys remembered at once.
    ///   - now: the clock, in seconds (monotonic).
    public init(rate: Rate, capacity: Int = 10_000, now: @escaping @Sendable () -> Double = RateLimiter.monotonicSeconds) {
        self.rate = rate
        self.capacity = max(1, capacity)
        self.now = now
    }

    /// Takes one request from `key`'s bucket. Returns nil when allowed, or the whole seconds to wait.
    public func acquire(_ key: String) -> Int? {
        let time = now()
        return buckets.withLock { buckets in
            var bucket = buckets[key] ?? Bucket(tokens: rate.burst, updated: time)
            bucket.tokens = min(rate.burst, bucket.tokens + max(0, time - bucket.updated) * rate.perSecond)
            bucket.updated = time
            defer {
                if buckets[key] == nil, buckets.count >= capacity { Self.evict(from: &buckets) }
                buckets[key] = bucket
            }
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                return nil
            }
            let wait = (1 - bucket.tokens) / max(rate.perSecond, 0.000_001)
            return max(1, Int(wait.rounded(.up)))
        }
    }

    /// How many keys are remembered.
    public var trackedKeys: Int { buckets.withLock { $0.count } }

    private static func evict(from buckets: inout [String: Bucket]) {
        guard let oldest = buckets.min(by: { $0.value.updated < $1.value.updated })?.key else { return }
        buckets.removeValue(forKey: oldest)
    }

    /// Seconds from a monotonic clock.
    public static let monotonicSeconds: @Sendable () -> Double = {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    private static let start = ContinuousClock.now
}
