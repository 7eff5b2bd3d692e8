// MARK: - Dated rate parameters

/// Dated parameters (pay rates, statutory thresholds) as time series. Annual changes are new rows,
/// never new framework versions, and the engine resolves them at the assessment's as-of date.
public struct RateTable: Sendable, Codable, Hashable {
    public var parameters: [RateParameter]

    public init(parameters: [RateParameter]) { self.parameters = parameters }

    /// The parameter with this key, or nil.
    public func parameter(_ key: String) -> RateParameter? { parameters.first { $0.key == key } }

    /// The value of `key` an employer must meet on `date`, or nil when the key is unknown or nothing
    /// was in force yet.
    public func resolve(_ key: String, at date: CharterDate) -> ResolvedRate? {
        parameter(key)?.resolve(at: date)
    }
}

/// One parameter and its dated values.
public struct RateParameter: Sendable, Codable, Hashable {
    public var key: String
    public var label: String
    public var unit: String
    public var values: [RateValue]

    public init(key: String, label: String, unit: String, values: [RateValue]) {
        self.key = key
        self.label = label
        self.unit = unit
        self.values = values
    }

    /// Resolves the value in force on `date`. A value still inside its grace period is announced but
    /// not yet owed: the previous value is the one required, and the new one is reported as upcoming.
    public func resolve(at date: CharterDate) -> ResolvedRate? {
        let ordered = values.sorted { $0.effectiveFrom < $1.effectiveFrom }
        guard let index = ordered.lastIndex(where: { $0.effectiveFrom <= date }) else { return nil }
        let latest = ordered[index]
        if let grace = latest.graceUntil, date < grace, index > 0 {
            let previous = ordered[index - 1]
            return ResolvedRate(
                key: key, label: label, unit: unit, value: previous.value, inForceFrom: previous.effectiveFrom,
                upcoming: UpcomingRate(value: latest.value, owedFrom: grace, announcedOn: latest.announcedOn), source: previous.source)
        }
        let next = ordered.dropFirst(index + 1).first { $0.announcedOn <= date }
        return ResolvedRate(
            key: key, label: label, unit: unit, value: latest.value, inForceFrom: latest.graceUntil ?? latest.effectiveFrom,
            upcoming: next.map { UpcomingRate(value: $0.value, owedFrom: $0.graceUntil ?? $0.effectiveFrom, announcedOn: $0.announcedOn) },
            source: latest.source)
    }
}

/// One dated value of a parameter.
public struct RateValue: Sendable, Codable, Hashable {
    public var value: Double
    /// When the value was announced.
    public var announcedOn: CharterDate
    /// When it took effect.
    public var effectiveFrom: CharterDate
    /// Until this date the previous value is still accepted (e.g. the Real Living Wage's implementation window).
    public var graceUntil: CharterDate?
    public var source: String

    public init(value: Double, announcedOn: CharterDate, effectiveFrom: CharterDate, graceUntil: CharterDate? = nil, source: String) {
        self.value = value
        self.announcedOn = announcedOn
        self.effectiveFrom = effectiveFrom
        self.graceUntil = graceUntil
        self.source = source
    }
}

/// A parameter's value on a date, with any announced change still to come.
public struct ResolvedRate: Sendable, Codable, Hashable {
    public var key: String
    public var label: String
    public var unit: String
    /// The value owed on the date.
    public var value: Double
    /// Since when that value has been owed.
    public var inForceFrom: CharterDate
    /// A value already announced that will be owed later.
    public var upcoming: UpcomingRate?
    public var source: String
}

/// An announced value that is not owed yet.
public struct UpcomingRate: Sendable, Codable, Hashable {
    public var value: Double
    public var owedFrom: CharterDate
    public var announcedOn: CharterDate
}

// MARK: - Accreditation schemes

/// An external accreditation scheme whose levels count toward criteria (Living Wage Foundation,
/// Disability Confident, Thrive at Work).
public struct AccreditationScheme: Sendable, Codable, Hashable {
    public var code: String
    public var name: String
    /// Levels from lowest to highest.
    public var levels: [Level]
    /// How long an award normally lasts (used when a certificate gives no date).
    public var validityMonths: Int
    public var url: String?

    public struct Level: Sendable, Codable, Hashable {
        public var code: String
        public var label: String
    }

    /// The position of a level (0 lowest), or nil.
    public func rank(of level: String) -> Int? { levels.firstIndex { $0.code == level } }

    /// The display label of a level.
    public func label(of level: String) -> String { levels.first { $0.code == level }?.label ?? level }
}
