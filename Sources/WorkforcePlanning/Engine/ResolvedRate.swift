import Foundation

// MARK: - Resolved leaver rates

/// An annual rate together with where it came from, so every figure can show its assumptions.
public struct ResolvedRate: Codable, Sendable, Equatable {
    /// Where a rate came from.
    public enum Source: String, Codable, Sendable {
        case observed, benchmark, owner, blended, scenario
    }

    /// The annual rate, 0–1.
    public var value: Double
    /// Its source.
    public var source: Source
    /// Leavers observed in the firm's own history.
    public var observedEvents: Int
    /// Person-years of own history behind it.
    public var exposure: Double
    /// A sentence explaining the figure.
    public var explanation: String
}

extension WorkforcePlan {
    /// The annual leaver rate (excluding retirement) for a role.
    ///
    /// Order: a scenario override, then the owner's own figure, then the firm's history — used alone when
    /// there are at least `observedThreshold` person-years, blended with the sector benchmark otherwise
    /// (â = (L + k·b) ÷ (E + k), using at most the latest three years) — and the benchmark when there is no
    /// history at all.
    public func leaverRate(for role: Role, scenario: Scenario? = nil) -> ResolvedRate {
        let recent = role.history.sorted { $0.year > $1.year }.prefix(3)
        let events = recent.reduce(0) { $0 + $1.leavers }
        let exposure = recent.reduce(0.0) { $0 + $1.averageHeadcount }
        if let override = scenario?.leaverRateOverrides?[role.id] {
            return ResolvedRate(
                value: override, source: .scenario, observedEvents: events, exposure: exposure,
                explanation: "\(percent(override)) set by the \(scenario?.name ?? "") scenario")
        }
        if let owner = role.leaverRateOverride {
            return ResolvedRate(value: owner, source: .owner, observedEvents: events, exposure: exposure, explanation: "\(percent(owner)) set by the owner")
        }
        let bench = rates.benchmarkLeaverRate
        guard exposure > 0 else {
            return ResolvedRate(
                value: bench, source: .benchmark, observedEvents: 0, exposure: 0,
                explanation: "\(percent(bench)) sector benchmark (\(rates.benchmarkSource)); no own history")
        }
        if exposure >= rates.observedThreshold {
            let observed = min(1, Double(events) / exposure)
            return ResolvedRate(
                value: observed, source: .observed, observedEvents: events, exposure: exposure,
                explanation: "\(percent(observed)) observed: \(events) leaver\(events == 1 ? "" : "s") in \(formatNumber(exposure)) person-years")
        }
        let k = rates.priorWeight
        let blended = (Double(events) + k * bench) / (exposure + k)
        return ResolvedRate(
            value: blended, source: .blended, observedEvents: events, exposure: exposure,
            explanation: "\(percent(blended)) blended: \(events) leaver\(events == 1 ? "" : "s") in \(formatNumber(exposure)) person-years with the \(percent(bench)) benchmark weighted as \(formatNumber(k)) person-years")
    }
}

// MARK: - Formatting helpers

/// `0.153` → `"15.3%"`.
func percent(_ value: Double) -> String {
    let tenths = (value * 1000).rounded() / 10
    return tenths == tenths.rounded() ? "\(Int(tenths))%" : "\(tenths)%"
}

/// `6.0` → `"6"`, `2.5` → `"2.5"`.
func formatNumber(_ value: Double) -> String {
    let hundredths = (value * 100).rounded() / 100
    return hundredths == hundredths.rounded() ? "\(Int(hundredths))" : "\(hundredths)"
}
