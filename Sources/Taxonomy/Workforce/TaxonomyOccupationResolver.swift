public import Domain
import Foundation
import Matching

// MARK: - Employers' role titles to occupations

/// Resolves an employer's role title to a SOC 2020 unit group and, where one fits, an IfATE standard,
/// with the taxonomy's occupation matcher. A standard is attached only when it is linked to the chosen
/// unit group, so the two codes never disagree.
public struct TaxonomyOccupationResolver: OccupationResolving {
    let taxonomy: SkillsTaxonomy
    /// Matches scoring below this are not trusted (the matcher's title scores run from 0 to about 1.2,
    /// with exact titles far above).
    let minimumScore: Double

    public init(taxonomy: SkillsTaxonomy, minimumScore: Double = 0.6) {
        self.taxonomy = taxonomy
        self.minimumScore = minimumScore
    }

    public func resolveOccupation(title: String, sectorHint: String?) async throws -> OccupationMatch? {
        let cleaned = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !cleaned.isEmpty else { return nil }
        let socs = taxonomy.matchOccupations(cleaned, scheme: .soc2020, top: 3).results.filter { $0.score >= minimumScore }
        let standards = taxonomy.matchOccupations(cleaned, scheme: .ifate, top: 5).results.filter { $0.score >= minimumScore }
        // Prefer a unit group that one of the matching standards links to: the two matchers agree.
        for soc in socs {
            if let standard = standards.first(where: { linked($0.code, soc: soc.code) }) {
                return OccupationMatch(soc2020Unit: soc.code, title: soc.title, standardReference: standard.code, confidence: confidence(min(soc.score, standard.score)))
            }
        }
        if let soc = socs.first {
            return OccupationMatch(soc2020Unit: soc.code, title: soc.title, standardReference: nil, confidence: confidence(soc.score))
        }
        // No unit group matched well: take the best standard's own unit group.
        if let standard = standards.first, let link = taxonomy.standard(reference: standard.code)?.soc.first,
            let group = taxonomy.socUnitGroup(code: link.code)
        {
            return OccupationMatch(soc2020Unit: group.code, title: group.title, standardReference: standard.code, confidence: confidence(standard.score) * 0.8)
        }
        return nil
    }

    private func linked(_ standard: String, soc: String) -> Bool {
        taxonomy.standard(reference: standard)?.soc.contains { $0.code == soc } ?? false
    }

    private func confidence(_ score: Double) -> Double { min(1, max(0, score / 1.2)) }
}
