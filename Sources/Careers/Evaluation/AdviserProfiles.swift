public import Foundation
import Matching

// MARK: - Profiles with an adviser's expectations

/// A team-written learner profile and the reskill paths a careers adviser would accept for it.
public struct AdviserProfile: Codable, Sendable {
    /// A short id, e.g. `care-worker`.
    public var name: String
    /// Career changer, school leaver, returner or health condition.
    public var group: String
    public var text: String
    public var title: String?
    public var aspiration: String?
    /// Routes every top-three reskill path must be in (unless it is one of `plausibleTitles`).
    public var plausibleRoutes: [String]
    /// Occupations outside those routes an adviser would also accept.
    public var plausibleTitles: [String]?
    /// Words no reskill path's title may contain ("Dog groomer" for a care worker).
    public var forbidden: [String]
    /// The highest level a top-three reskill path may have.
    public var maxLevel: Int
    /// A route the learner's own words ask for, which must be among the reskill paths.
    public var wishRoute: String?
    /// Whether the learner has a job to step up from, so at least one upskill path is expected.
    public var expectsUpskill: Bool?

    /// The profile as the diagnostic reads it.
    public var learnerProfile: LearnerProfile { LearnerProfile(text: text, currentTitle: title, aspiration: aspiration) }
}

/// A file of adviser profiles: `{"about": "…", "profiles": [ … ]}`.
public struct AdviserProfileSet: Codable, Sendable {
    public var about: String
    public var profiles: [AdviserProfile]

    /// Reads the file, with the file name in any error.
    public static func load(_ url: URL) throws -> AdviserProfileSet {
        do { return try JSONDecoder().decode(AdviserProfileSet.self, from: Data(contentsOf: url)) } catch {
            throw DiagnosticInputError(field: url.lastPathComponent, reason: "is not a readable adviser profile file: \(error)")
        }
    }
}

// MARK: - The adviser's verdict

/// What an adviser would object to in one diagnostic.
public struct AdviserVerdict: Sendable {
    /// How many reskill paths the verdict looked at (the top three).
    public static let topPaths = 3

    public var profile: String
    /// The top reskill paths as "Title (route, level)".
    public var top: [String]
    /// Each objection in plain words; empty when every top path is plausible.
    public var problems: [String]

    public var plausible: Bool { problems.isEmpty }

    /// Judges the diagnostic's reskill paths against the profile's expectations.
    public init(_ profile: AdviserProfile, diagnostic: Diagnostic) {
        self.profile = profile.name
        let top = Array(diagnostic.reskill.prefix(Self.topPaths))
        self.top = top.map { path in
            "\(path.occupation.title) (\(path.occupation.route ?? "-"), L\(path.occupation.level.map(String.init) ?? "-"), "
                + "\(Int((path.score * 100).rounded()))%: \(path.sharedSkills.prefix(4).map(\.label).joined(separator: ", ")))"
        }
        var problems: [String] = []
        if top.isEmpty { problems.append("no reskill path") }
        for path in top {
            let title = path.occupation.title
            let routeOK = path.occupation.route.map(profile.plausibleRoutes.contains) ?? false
            if !routeOK && !(profile.plausibleTitles ?? []).contains(title) { problems.append("\(title): route \(path.occupation.route ?? "-") is implausible") }
            if let level = path.occupation.level, level > profile.maxLevel { problems.append("\(title): level \(level) is above \(profile.maxLevel)") }
        }
        for path in diagnostic.reskill {
            for word in profile.forbidden where path.occupation.title.localizedCaseInsensitiveContains(word) {
                problems.append("\(path.occupation.title) is absurd for this profile")
            }
        }
        if let wish = profile.wishRoute, !diagnostic.reskill.contains(where: { $0.occupation.route == wish }) {
            problems.append("the wish for \(wish) was not picked up")
        }
        if profile.expectsUpskill == true && diagnostic.upskill.isEmpty { problems.append("no upskill path") }
        self.problems = problems
    }
}
