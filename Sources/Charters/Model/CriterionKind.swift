// MARK: - Criterion kinds

/// How a criterion is answered and scored (each normalised to a score from 0 to 1).
public enum CriterionKind: Sendable, Hashable {
    /// Yes or no: met scores 1.
    case yesNo
    /// A 0–4 maturity scale with a description per level: scores level ÷ 4, met at `passLevel`.
    case scale(ScaleConfig)
    /// A number compared with a fixed threshold or a dated rate parameter.
    case numeric(NumericConfig)
    /// Pick several options: scores min(1, picked ÷ minCount).
    case multiSelect(MultiSelectConfig)
    /// Met when enough evidence is attached (a reviewer confirms it later).
    case evidenceOnly(EvidenceConfig)
    /// A measured outcome with an observation date, compared with a threshold.
    case metric(MetricConfig)

    /// The kind names used in framework files.
    public enum Name: String, Sendable, Codable, CaseIterable {
        case yesNo, scale, numeric, multiSelect, evidenceOnly, metric
    }

    public var name: Name {
        switch self {
        case .yesNo: .yesNo
        case .scale: .scale
        case .numeric: .numeric
        case .multiSelect: .multiSelect
        case .evidenceOnly: .evidenceOnly
        case .metric: .metric
        }
    }
}

/// A maturity scale: exactly five level descriptions for 0 (not started) to 4 (embedded and evaluated).
public struct ScaleConfig: Sendable, Codable, Hashable {
    public var levels: [String]
    /// The lowest level that counts as met.
    public var passLevel: Int

    public init(levels: [String], passLevel: Int) {
        self.levels = levels
        self.passLevel = passLevel
    }
}

/// Which way a threshold is passed.
public enum Comparator: String, Sendable, Codable, Hashable {
    case atLeast, atMost

    public func passes(_ value: Double, _ threshold: Double) -> Bool {
        switch self {
        case .atLeast: value >= threshold
        case .atMost: value <= threshold
        }
    }

    public var symbol: String { self == .atLeast ? "≥" : "≤" }
}

/// A threshold: a fixed value, or a dated rate parameter (with a London variant for pay rates).
public struct Threshold: Sendable, Codable, Hashable {
    public var value: Double?
    public var parameter: String?
    public var londonParameter: String?

    public init(value: Double? = nil, parameter: String? = nil, londonParameter: String? = nil) {
        self.value = value
        self.parameter = parameter
        self.londonParameter = londonParameter
    }
}

/// A number compared with a threshold. `partialWithin` (a fraction such as 0.1) scores 0.5 when the value
/// misses the threshold by no more than that fraction.
public struct NumericConfig: Sendable, Codable, Hashable {
    public var unit: String
    public var comparator: Comparator
    public var threshold: Threshold
    public var partialWithin: Double?

    public init(unit: String, comparator: Comparator, threshold: Threshold, partialWithin: Double? = nil) {
        self.unit = unit
        self.comparator = comparator
        self.threshold = threshold
        self.partialWithin = partialWithin
    }
}

/// Options to pick from, with a minimum count and size-band rules that raise it or require options.
public struct MultiSelectConfig: Sendable, Codable, Hashable {
    public struct Option: Sendable, Codable, Hashable {
        public var id: String
        public var label: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    /// From a headcount, a higher minimum and/or options that must be among those picked.
    public struct SizeRule: Sendable, Codable, Hashable {
        public var minHeadcount: Int
        public var minCount: Int?
        public var requiredOptions: [String]?

        public init(minHeadcount: Int, minCount: Int? = nil, requiredOptions: [String]? = nil) {
            self.minHeadcount = minHeadcount
            self.minCount = minCount
            self.requiredOptions = requiredOptions
        }
    }

    public var options: [Option]
    public var minCount: Int
    public var sizeRules: [SizeRule]?

    public init(options: [Option], minCount: Int, sizeRules: [SizeRule]? = nil) {
        self.options = options
        self.minCount = minCount
        self.sizeRules = sizeRules
    }

    /// The minimum count and required options for an employer of this headcount.
    public func requirement(headcount: Int) -> (minCount: Int, required: [String]) {
        var minCount = self.minCount
        var required: [String] = []
        for rule in sizeRules ?? [] where headcount >= rule.minHeadcount {
            if let count = rule.minCount { minCount = max(minCount, count) }
            for option in rule.requiredOptions ?? [] where !required.contains(option) { required.append(option) }
        }
        return (minCount, required)
    }
}

/// Evidence-only criteria: the kinds of evidence that count and how many references are needed.
public struct EvidenceConfig: Sendable, Codable, Hashable {
    public var types: [String]
    public var minItems: Int

    public init(types: [String], minItems: Int) {
        self.types = types
        self.minItems = minItems
    }

    enum CodingKeys: String, CodingKey { case types, minItems }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        types = try c.decodeIfPresent([String].self, forKey: .types) ?? []
        minItems = try c.decodeIfPresent(Int.self, forKey: .minItems) ?? 1
    }
}

/// A measured outcome: a metric observed on a date, compared with a threshold. Observations older than
/// `maxAgeMonths` do not count.
public struct MetricConfig: Sendable, Codable, Hashable {
    public var metric: String
    public var unit: String
    public var comparator: Comparator
    public var threshold: Threshold
    public var maxAgeMonths: Int

    public init(metric: String, unit: String, comparator: Comparator, threshold: Threshold, maxAgeMonths: Int = 12) {
        self.metric = metric
        self.unit = unit
        self.comparator = comparator
        self.threshold = threshold
        self.maxAgeMonths = maxAgeMonths
    }

    enum CodingKeys: String, CodingKey { case metric, unit, comparator, threshold, maxAgeMonths }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        metric = try c.decode(String.self, forKey: .metric)
        unit = try c.decode(String.self, forKey: .unit)
        comparator = try c.decode(Comparator.self, forKey: .comparator)
        threshold = try c.decode(Threshold.self, forKey: .threshold)
        maxAgeMonths = try c.decodeIfPresent(Int.self, forKey: .maxAgeMonths) ?? 12
    }
}
