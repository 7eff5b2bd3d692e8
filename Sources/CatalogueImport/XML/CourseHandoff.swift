import Domain
import Foundation

// MARK: - Parsing on one thread, storing on another

/// A bounded queue between the thread that parses a feed and the thread that stores it.
///
/// The parser blocks once `capacity` items wait, so at most that many mapped courses are held in
/// memory however large the feed; the store blocks while the queue is empty. Either side can end
/// the exchange: the parser with `finish(throwing:)` (its error, if any, is rethrown to the store
/// once the queue has drained), the store with `cancel()` (the parser's next `send` throws).
/// `Carried` is what a course travels as: the importer sends `any PreparedCourse` (payloads already
/// computed on the parser's thread).
final class FeedHandoff<Carried>: @unchecked Sendable {
    /// What the parser hands over, in document order.
    enum Item {
        case course(Carried)
        case provider(ProviderDetails)
    }

    /// Thrown by `send` once the store has given up.
    struct Cancelled: Error {}

    private let condition = NSCondition()
    /// A ring of `capacity` slots: `count` items from `head` on, wrapping round.
    private var ring: [Item?]
    private var head = 0
    private var count = 0
    private let capacity: Int
    private var finished = false
    private var failure: (any Error)?
    private var cancelled = false
    /// The parser waits for room, or the store for an item (guarded by `condition`).
    private var senderWaits = false
    private var receiverWaits = false

    init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
        ring = Array(repeating: nil, count: self.capacity)
    }

    // MARK: Parser side

    /// Queues an item, waiting while the queue is full. Throws `Cancelled` once the store gave up.
    /// A full queue is resumed only once the store has taken half of it, and each side is woken only
    /// when the other waits, so a slow store does not wake the parser once per course.
    func send(_ item: Item) throws(Cancelled) {
        condition.lock()
        defer { condition.unlock() }
        if count == capacity {
            senderWaits = true
            while count > capacity / 2, !cancelled { condition.wait() }
            senderWaits = false
        }
        if cancelled { throw Cancelled() }
        ring[(head + count) % capacity] = item
        count += 1
        if receiverWaits { condition.broadcast() }
    }

    /// True when at least half the queue's capacity waits to be stored: the storing side is the
    /// slower one, so the parser should take work off it (see `CatalogueImporter.runXML`).
    var storeIsBehind: Bool {
        condition.lock()
        defer { condition.unlock() }
        return count * 2 >= capacity
    }

    /// Marks the end of the feed; `error` (when given) is rethrown to the store after the last item.
    func finish(throwing error: (any Error)? = nil) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    // MARK: Store side

    /// The next item, waiting for one; nil at the end of the feed. Rethrows the parser's error.
    func receive() throws -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while count == 0, !finished {
            receiverWaits = true
            condition.wait()
        }
        receiverWaits = false
        if count > 0, let item = ring[head] {
            ring[head] = nil
            head = (head + 1) % capacity
            count -= 1
            if senderWaits, count <= capacity / 2 { condition.broadcast() }
            return item
        }
        if let failure { throw failure }
        return nil
    }

    /// Stops the parser (its next `send` throws) and drops what is queued.
    func cancel() {
        condition.lock()
        cancelled = true
        for index in ring.indices { ring[index] = nil }
        head = 0
        count = 0
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until the parser has called `finish`.
    func waitUntilFinished() {
        condition.lock()
        while !finished { condition.wait() }
        condition.unlock()
    }
}

/// A handoff of plain mapped courses.
typealias CourseHandoff = FeedHandoff<Course>

// MARK: - Running the parser on its own thread

/// Runs `work` on a new thread with a generous stack and returns at once; `work` must end by calling
/// `finish` on the handoff it feeds.
func startParserThread(_ work: @escaping @Sendable () -> Void) {
    let thread = Thread(block: work)
    thread.stackSize = 8 << 20
    thread.name = "skillway-feed-parser"
    thread.start()
}

/// Carries a value that is used by one thread at a time (handed over through `CourseHandoff`'s lock)
/// across the thread boundary.
final class HandedOver<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
