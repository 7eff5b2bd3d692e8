import Domain
import Foundation
import Matching

// MARK: - Retired standards with statements

/// Everyday occupations (healthcare support worker, scaffolder, laboratory technician, general welder…)
/// that the 2023 snapshot lists only as a retired (or withdrawn) version, but with its K/S/B statements.
/// Their skills are read from the statements exactly as for an approved standard; only the version's
/// status differs, so each is marked `StandardBasis.retired2023Statements` and its paths say so.
enum RetiredStandards {
    /// The retired records with statements among `records` (of `file`) that no standard in `kept`
    /// supersedes, placed on the 2026 tree like the others: not one of the same reference, nor one whose
    /// title is the same once edition and degree qualifiers are set aside (`SourceReaders.supersessionKey`:
    /// "Midwife (2019 NMC standards) (degree)" is the current "Midwife (degree)"). Of several retired
    /// versions of one reference, or of one title, the latest is kept.
    static func read(
        _ records: [SourceReaders.RawStandard], file: String, routes: [RouteNode], kept: [OccupationalStandard]
    ) throws -> [OccupationalStandard] {
        let keptReferences = Set(kept.map(\.reference))
        let keptTitles = Set(kept.map { SourceReaders.supersessionKey(title: $0.title, level: $0.level) })
        var chosen: [String: (index: Int, raw: SourceReaders.RawStandard)] = [:]  // edition-free title → latest record
        for (index, raw) in records.enumerated() where raw.status != "Approved for delivery" && !(raw.knowledge ?? []).isEmpty {
            let title = SourceReaders.supersessionKey(title: raw.title, level: raw.level)
            guard !keptReferences.contains(raw.referenceNumber), !keptTitles.contains(title) else { continue }
            // One entry per reference and per title: a later record replaces an earlier one of either.
            if let (key, existing) = chosen.first(where: { $0.value.raw.referenceNumber == raw.referenceNumber || $0.key == title }) {
                guard isLater(raw, than: existing.raw) else { continue }
                chosen[key] = nil
            }
            chosen[title] = (index, raw)
        }
        return try chosen.values.map { index, raw in
            var standard = try SourceReaders.standard(from: raw, at: index, file: file, routes: routes)
            standard.basis = StandardBasis.retired2023Statements
            return standard
        }.sorted { $0.reference < $1.reference }
    }

    /// True when `record` is a later version than `other`: by version number, then LARS code.
    static func isLater(_ record: SourceReaders.RawStandard, than other: SourceReaders.RawStandard) -> Bool {
        let (mine, theirs) = (versionParts(record.version), versionParts(other.version))
        if mine != theirs { return mine.lexicographicallyPrecedes(theirs) == false }
        return (record.larsCode ?? 0) > (other.larsCode ?? 0)
    }

    private static func versionParts(_ version: String?) -> [Int] {
        (version ?? "").split(separator: ".").map { Int($0) ?? 0 }
    }
}
