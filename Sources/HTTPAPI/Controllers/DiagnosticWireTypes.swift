import Careers
import Domain
import Foundation

// MARK: - Wire types of the diagnostic routes

enum DiagnosticWire {
    /// The body of `POST /diagnostics`: a `LearnerProfile` (only `text` is required) plus the
    /// learner's consent to record anonymous demand.
    struct Request: Decodable, Sendable {
        var profile: LearnerProfile
        /// Whether the learner agreed to an anonymous demand record (routes, occupations, gap skills,
        /// district, day — never their words). Absent means no.
        var consent: Bool

        private enum CodingKeys: String, CodingKey { case consent }

        init(from decoder: any Decoder) throws {
            profile = try LearnerProfile(from: decoder, alsoAllowing: [CodingKeys.consent.rawValue])
            do {
                consent = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(Bool.self, forKey: .consent) ?? false
            } catch is DecodingError {
                throw ProfileFieldError(code: "invalid-value", path: "$.consent", reason: "expected true or false")
            }
        }
    }

    /// Where a saved report lives and until when.
    struct Saved: Codable, Sendable {
        var id: String
        var savedAt: String
        var expiresAt: String
        /// `/diagnostics/{id}` and `/diagnostics/{id}.html`.
        var json: String
        var html: String

        init(_ saved: SavedDiagnostic) {
            id = saved.id
            savedAt = ISO8601DateFormatter().string(from: saved.savedAt)
            expiresAt = ISO8601DateFormatter().string(from: saved.expiresAt)
            json = "/diagnostics/\(saved.id)"
            html = "/diagnostics/\(saved.id).html"
        }
    }

    /// A diagnostic with the service's additions, flattened into one JSON object: the diagnostic's own
    /// keys (`skills`, `currentOccupations`, `upskill`, `reskill`, …), `saved` when it was saved, and
    /// `demandRecorded` on `POST`.
    struct Response: Encodable, Sendable {
        var diagnostic: Diagnostic
        var saved: Saved?
        var demandRecorded: Bool?

        private enum CodingKeys: String, CodingKey { case saved, demandRecorded }

        func encode(to encoder: any Encoder) throws {
            try diagnostic.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(saved, forKey: .saved)
            try container.encodeIfPresent(demandRecorded, forKey: .demandRecorded)
        }
    }
}

// MARK: - Demand records from diagnostics

extension LearnerDemandRecord {
    /// The anonymous record of a diagnostic: its demand signal's ids, labelled from the diagnostic's
    /// own paths. Nothing of the learner's text (not even evidence words) goes in.
    init(_ diagnostic: Diagnostic, provider: ProviderID?) {
        let signal = diagnostic.demandSignal
        var routeNames: [String: String] = [:]
        var titles: [String: String] = [:]
        var skillLabels: [String: String] = [:]
        for path in diagnostic.paths {
            if let route = path.occupation.route { routeNames[route] = path.occupation.routeName ?? route }
            titles[path.occupation.id] = path.occupation.title
            for skill in path.missingSkills { skillLabels[skill.id] = skill.label }
            for skill in path.uncoveredSkills { skillLabels[skill.id] = skill.label }
        }
        self.init(
            day: diagnostic.generatedOn, provider: provider, district: signal.district?.rawValue,
            routes: signal.routes.map { DemandItem(id: $0, label: routeNames[$0] ?? $0) },
            occupations: signal.occupations.map { DemandItem(id: $0, label: titles[$0] ?? $0) },
            gapSkills: signal.gapSkills.map { DemandItem(id: $0, label: skillLabels[$0] ?? $0) },
            uncoveredSkills: signal.uncoveredSkills.map { DemandItem(id: $0, label: skillLabels[$0] ?? $0) })
    }
}
