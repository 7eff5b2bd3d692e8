// MARK: - Where a standard's skills come from

/// The kinds of standard by the source of their skills. Most standards carry K/S/B statements
/// (`basis == nil`); a thin standard is an everyday occupation that the 2023 snapshot only lists as
/// a retired version of the old template, without statements, so its skills are inferred.
public enum StandardBasis {
    /// A retired 2023 version whose skills are inferred from its overview, occupational summary,
    /// keywords and typical job titles, and from the tasks of the SOC 2020 unit groups its job
    /// titles place it in.
    public static let retired2023Overview = "retired-2023-overview"

    /// What a user is told about a standard of `basis`, or nil for one with K/S/B statements.
    public static func note(for basis: String?) -> String? {
        switch basis {
        case nil: nil
        case retired2023Overview?:
            "skills inferred from the standard's overview and job titles; the 2023 snapshot lists this version as retired"
        case let other?: "skills inferred (\(other))"
        }
    }
}

extension OccupationalStandard {
    /// True when its skills are inferred rather than read from K/S/B statements (`basis`).
    public var isThin: Bool { basis != nil }

    /// How its skills were found, in words a user reads, or nil when they come from its statements.
    public var basisNote: String? { StandardBasis.note(for: basis) }
}
