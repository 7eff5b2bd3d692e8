import Foundation

// MARK: - Resource files

/// The file layout of a built taxonomy and its canonical (deterministic, compact) encoding.
public enum TaxonomyResourceFiles {
    static let routes = "routes.json"
    static let standards = "standards.json"
    static let soc = "soc2020.json"
    static let skills = "skills.json"
    static let jobTitles = "job-titles.json"
    static let manifest = "manifest.json"
    static let notice = "NOTICE"

    /// Minified JSON with sorted keys: the same data always gives the same bytes.
    static func canonical<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// Every file of the taxonomy, the manifest's version being a hash of the other files.
    static func encode(_ data: TaxonomyData) throws -> [(name: String, bytes: Data)] {
        var files: [(name: String, bytes: Data)] = [
            (routes, try canonical(data.routes)),
            (standards, try canonical(data.standards)),
            (soc, try canonical(data.socUnitGroups)),
            (skills, try canonical(data.skills)),
            (jobTitles, try canonical(data.jobTitleSynonyms)),
        ]
        var manifestValue = data.manifest
        manifestValue.version = contentHash(files.map(\.bytes))
        files.append((manifest, try canonical(manifestValue)))
        let noticeText = "Skillway taxonomy resources (built by `skillway taxonomy build`).\n\n" + data.manifest.attribution.joined(separator: "\n") + "\n"
        files.append((notice, Data(noticeText.utf8)))
        return files
    }

    /// A 64-bit FNV-1a hash of the files, as 16 hex digits.
    static func contentHash(_ parts: [Data]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0xFF
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
