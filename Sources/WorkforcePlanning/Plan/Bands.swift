import Foundation

// MARK: - Age bands

/// Age bands used throughout a plan; people are never recorded with a date of birth.
public enum AgeBand: String, CaseIterable, Codable, Sendable, CodingKeyRepresentable, Comparable {
    case from16to24 = "16-24"
    case from25to34 = "25-34"
    case from35to44 = "35-44"
    case from45to54 = "45-54"
    case from55to59 = "55-59"
    case from60to64 = "60-64"
    case over65 = "65+"

    /// Width of the band in years, used to roll people into the next band as the years pass.
    public var widthYears: Int {
        switch self {
        case .from16to24: 9
        case .from25to34, .from35to44, .from45to54: 10
        case .from55to59, .from60to64: 5
        case .over65: 0
        }
    }

    /// The next band up, nil for 65+.
    public var next: AgeBand? {
        let all = AgeBand.allCases
        let index = all.firstIndex(of: self)!
        return index + 1 < all.count ? all[index + 1] : nil
    }

    public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

// MARK: - Tenure bands

/// Length of service bands.
public enum TenureBand: String, CaseIterable, Codable, Sendable, CodingKeyRepresentable {
    case under1 = "<1"
    case from1to2 = "1-2"
    case from2to5 = "2-5"
    case from5to10 = "5-10"
    case over10 = "10+"
}

// MARK: - Stated intentions

/// When a person has said they intend to retire or leave, as the owner records it.
///
/// The probability is spread evenly over the window: `within1y` → year 1; `in1to3y` → years 2 and 3;
/// `in3to5y` → years 4 and 5 of the plan.
public enum StatedIntention: String, CaseIterable, Codable, Sendable {
    case noneKnown = "none_known"
    case within1y = "within_1y"
    case in1to3y = "1_3y"
    case in3to5y = "3_5y"
    case unknown

    /// The plan years (1-based) the intention covers; empty when nothing is stated.
    public var years: ClosedRange<Int>? {
        switch self {
        case .within1y: 1...1
        case .in1to3y: 2...3
        case .in3to5y: 4...5
        case .noneKnown, .unknown: nil
        }
    }

    /// The probability the event happens in plan year `year` (1-based), before any competing event.
    public func probability(inYear year: Int) -> Double {
        guard let window = years, window.contains(year) else { return 0 }
        return 1 / Double(window.count)
    }

    /// The probability the event happens in `year` given it has not happened in earlier years.
    public func conditionalProbability(inYear year: Int) -> Double {
        guard let window = years, window.contains(year) else { return 0 }
        let remaining = window.upperBound - year + 1
        return 1 / Double(remaining)
    }
}

/// The owner's judgement of how likely someone is to leave, for planning only.
public enum LeaveRisk: String, CaseIterable, Codable, Sendable {
    case low, medium, high, unknown

    /// The factor applied to the role's leaver rate.
    public var multiplier: Double {
        switch self {
        case .low: 0.5
        case .medium, .unknown: 1
        case .high: 2
        }
    }
}

// MARK: - Organisation size

/// Employer size bands by headcount.
public enum SizeBand: String, CaseIterable, Codable, Sendable {
    case micro = "0-4"
    case small = "5-9"
    case smallMedium = "10-49"
    case medium = "50-249"

    /// The band a headcount falls in; nil above 249.
    public static func forHeadcount(_ headcount: Int) -> SizeBand? {
        switch headcount {
        case ..<5: .micro
        case 5...9: .small
        case 10...49: .smallMedium
        case 50...249: .medium
        default: nil
        }
    }
}

/// Importance of a skill to a role.
public enum SkillImportance: String, CaseIterable, Codable, Sendable, Comparable {
    case useful, important, critical

    /// Weight used when ranking gaps: useful 1, important 2, critical 3.
    public var weight: Double {
        switch self {
        case .useful: 1
        case .important: 2
        case .critical: 3
        }
    }

    public static func < (lhs: SkillImportance, rhs: SkillImportance) -> Bool { lhs.weight < rhs.weight }
}
