public import Careers
public import Domain
import Synchronization
import Taxonomy

// MARK: - The career diagnostician, built once

/// The one `CareerDiagnostician` of a server: built on first use (or by `prepare()` at start-up) from
/// the bundled taxonomy and the whole catalogue, then shared by every request. After a feed upload,
/// `refresh()` rebuilds its in-memory course index if the catalogue changed.
public final class CareerEngine: Sendable {
    private let make: @Sendable () async throws -> CareerDiagnostician
    private let building = Mutex<Task<CareerDiagnostician, any Error>?>(nil)

    /// An engine over a catalogue, indexing it with the bundled taxonomy when first needed.
    public convenience init(catalogue: some CourseSource) {
        self.init { try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: catalogue) }
    }

    /// An engine that gets its diagnostician from `make` when first needed (tests pass a prepared one).
    public init(make: @escaping @Sendable () async throws -> CareerDiagnostician) {
        self.make = make
    }

    /// The diagnostician, building it on the first call; concurrent first calls share one build, and
    /// a failed build is retried by the next call.
    public func diagnostician() async throws -> CareerDiagnostician {
        let task = building.withLock { current in
            if let current { return current }
            let make = self.make
            let started = Task { try await make() }
            current = started
            return started
        }
        do {
            return try await task.value
        } catch {
            building.withLock { if $0 == task { $0 = nil } }
            throw error
        }
    }

    /// Builds the diagnostician now (at server start-up), so the first learner does not wait.
    public func prepare() async throws {
        _ = try await diagnostician()
    }

    /// Rebuilds the course index if the catalogue changed since it was built. Does nothing before the
    /// first build (which reads the current catalogue anyway).
    public func refresh() async throws {
        guard let task = building.withLock({ $0 }) else { return }
        try await task.value.refreshIfChanged()
    }
}
