public import Taxonomy

// MARK: - What building a diagnostician costs, part by part

/// The parts of building a `CareerDiagnostician` that do not depend on the catalogue, timed one by
/// one: what every `skillway diagnose` pays before reading its catalogue (`skillway bench startup`).
public enum EngineStartup {
    /// One part of the build and how long it took.
    public struct Part: Sendable {
        /// What was built.
        public let name: String
        /// Wall-clock seconds.
        public let seconds: Double

        /// A part named `name` that took `seconds`.
        public init(name: String, seconds: Double) {
            self.name = name
            self.seconds = seconds
        }
    }

    /// The names of the parts `timeParts` reports, in order.
    public static let partNames = [
        "skill model and limit tables", "typo-correction vocabulary", "course tagger", "occupation title stems",
        "desk jobs and skills each limit closes",
    ]

    /// Builds each catalogue-independent part of a diagnostician once from `taxonomy`, in the order
    /// `CareerDiagnostician.init` does, and returns how long each took (`partNames`).
    public static func timeParts(taxonomy: SkillsTaxonomy) -> [Part] {
        var parts: [Part] = []
        func time<Built>(_ name: String, _ build: () -> Built) -> Built {
            let started = ContinuousClock.now
            let built = build()
            let elapsed = ContinuousClock.now - started
            parts.append(Part(name: name, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
            return built
        }
        let model = time(partNames[0]) { OccupationSkillModel(taxonomy: taxonomy) }
        let corrector = time(partNames[1]) { TypoCorrector(taxonomy: taxonomy) }
        let tagger = time(partNames[2]) { CourseTagger(taxonomy: taxonomy) }
        let stems = time(partNames[3]) { OccupationTitleStems(model: model, taxonomy: taxonomy) }
        let tables = time(partNames[4]) { () -> (closed: [Set<Int>], desk: Set<Int>) in
            let desk = CareerDiagnostician.deskTargets(model)
            return (CareerDiagnostician.limitClosedSkills(model), CareerDiagnostician.deskSkills(model, deskTargets: desk))
        }
        // Keep every part alive until all are timed, so no part's teardown is counted in the next.
        withExtendedLifetime((model, corrector, tagger, stems, tables)) {}
        return parts
    }
}
