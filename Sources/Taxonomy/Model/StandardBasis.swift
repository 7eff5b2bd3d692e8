// MARK: - Where a standard's skills come from

/// The kinds of standard by the source of their skills and the status of their version. Most standards
/// are approved and carry K/S/B statements (`basis == nil`). A thin standard is an everyday occupation
/// that the 2023 snapshot only lists as a retired version of the old template, without statements, so
/// its skills are inferred (`retired2023Overview`). A retired standard with statements has its skills
/// read from its statements like an approved one, but the snapshot lists its version as retired
/// (`retired2023Statements`).
public enum StandardBasis {
    /// A retired 2023 version whose skills are inferred from its overview, occupational summary,
    /// keywords and typical job titles, and from the tasks of the SOC 2020 unit groups its job
    /// titles place it in.
    public static let retired2023Overview = "retired-2023-overview"

    /// A retired (or withdrawn) 2023 version with K/S/B statements: its skills are read from them as
    /// for an approved standard; only the version's status differs.
    public static let retired2023Statements = "retired-2023-statements"

    /// True when a standard of `basis` has its skills inferred rather than read from statements.
    public static func infersSkills(_ basis: String?) -> Bool {
        basis != nil && basis != retired2023Statements
    }

    /// What a user is told about a standard of `basis`, or nil for an approved one with K/S/B statements.
    public static func note(for basis: String?) -> String? {
        switch basis {
        case nil: nil
        case retired2023Overview?:
            "skills inferred from the standard's overview and job titles; the 2023 snapshot lists this version as retired"
        case retired2023Statements?:
            "skills read from the standard's statements; the 2023 snapshot lists this version as retired"
        case let other?: "skills inferred (\(other))"
        }
    }

    /// The sentence a path's why adds for a standard of `basis`, in words a learner reads (the fact that its version is
    /// retired, without the snapshot's jargon), or nil for an approved one with statements.
    public static func caveat(for basis: String?) -> String? {
        guard note(for: basis) != nil else { return nil }
        if basis == retired2023Statements {
            return "The apprenticeship for this job has been updated since our information on it, so ask a training provider what the current one involves."
        }
        return "Its skills are our best guess from the job's description, as the official list of its skills has been withdrawn; "
            + "ask a training provider what the job's training involves now."
    }
}

extension OccupationalStandard {
    /// True when its skills are inferred rather than read from K/S/B statements (`basis`).
    public var isThin: Bool { StandardBasis.infersSkills(basis) }

    /// True when the 2023 snapshot lists its version as retired (thin or with statements).
    public var isRetiredVersion: Bool { basis != nil }

    /// How its skills were found and, for a retired version, that it is retired, in words a user reads;
    /// nil for an approved standard with statements.
    public var basisNote: String? { StandardBasis.note(for: basis) }
}
