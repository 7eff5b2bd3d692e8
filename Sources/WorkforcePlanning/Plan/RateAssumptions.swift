import Foundation

// MARK: - Rate assumptions

/// The plan's leaver and retirement assumptions; each is editable and every resolved rate carries its source.
public struct RateAssumptions: Codable, Sendable, Equatable {
    /// The sector benchmark annual leaver rate (excluding retirement), 0–1.
    public var benchmarkLeaverRate: Double
    /// Where the benchmark comes from, e.g. "Skills for Care 2021/22 (29%)".
    public var benchmarkSource: String
    /// Prior weight k (person-years) given to the benchmark when blending with the firm's own history.
    public var priorWeight: Double
    /// Person-years of own history from which the observed rate is used on its own.
    public var observedThreshold: Double
    /// Annual retirement probability by age band for people with no stated intention (editable defaults).
    public var retirementHazards: [AgeBand: Double]
    /// Retirement probability for people whose age band is not recorded.
    public var unknownAgeRetirementHazard: Double
    /// The age mix new hires arrive with (shares summing to 1).
    public var hireAgeMix: [AgeBand: Double]

    /// Default hire mix: 30% 16–24, 40% 25–34, 20% 35–44, 10% 45–54.
    public static let defaultHireAgeMix: [AgeBand: Double] = [.from16to24: 0.3, .from25to34: 0.4, .from35to44: 0.2, .from45to54: 0.1]

    /// Illustrative defaults: no retirement under 55, rising with age. Needs calibration (see the docs).
    public static let defaultRetirementHazards: [AgeBand: Double] = [
        .from16to24: 0, .from25to34: 0, .from35to44: 0, .from45to54: 0.005, .from55to59: 0.04, .from60to64: 0.15, .over65: 0.3,
    ]

    /// Creates a set of assumptions.
    public init(
        benchmarkLeaverRate: Double = 0.15, benchmarkSource: String = "default 15% (replace with a sector figure)",
        priorWeight: Double = 6, observedThreshold: Double = 30,
        retirementHazards: [AgeBand: Double] = RateAssumptions.defaultRetirementHazards, unknownAgeRetirementHazard: Double = 0.02,
        hireAgeMix: [AgeBand: Double] = RateAssumptions.defaultHireAgeMix
    ) {
        self.hireAgeMix = hireAgeMix
        self.benchmarkLeaverRate = benchmarkLeaverRate
        self.benchmarkSource = benchmarkSource
        self.priorWeight = priorWeight
        self.observedThreshold = observedThreshold
        self.retirementHazards = retirementHazards
        self.unknownAgeRetirementHazard = unknownAgeRetirementHazard
    }

    /// The annual retirement probability for an age band (nil band → the unknown-age figure).
    public func retirementHazard(_ band: AgeBand?) -> Double {
        guard let band else { return unknownAgeRetirementHazard }
        return retirementHazards[band] ?? 0
    }
}
