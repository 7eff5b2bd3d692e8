import Foundation

// MARK: - Worcestershire districts

/// The six Worcestershire districts, plus everything outside the county.
public enum District: String, CaseIterable, Codable, Sendable {
    case bromsgrove
    case malvernHills = "malvern-hills"
    case redditch
    case worcester
    case wychavon
    case wyreForest = "wyre-forest"
    case outsideCounty = "outside-county"

    /// The district's name as the council spells it.
    public var name: String {
        switch self {
        case .bromsgrove: "Bromsgrove"
        case .malvernHills: "Malvern Hills"
        case .redditch: "Redditch"
        case .worcester: "Worcester"
        case .wychavon: "Wychavon"
        case .wyreForest: "Wyre Forest"
        case .outsideCounty: "Outside county"
        }
    }
}

// MARK: - Resolving a district from an address

extension District {
    /// The district a UK postcode lies in, judged on its outward code (`WR10 3JP` → `WR10`).
    ///
    /// Worcestershire's outward codes mostly fall in one district; where one straddles a boundary the
    /// district holding most of its addresses wins. Returns `.outsideCounty` for any other valid-looking
    /// postcode and nil when the text is not a postcode.
    public static func forPostcode(_ postcode: String) -> District? {
        let compact = postcode.uppercased().filter { $0.isLetter || $0.isNumber }
        guard (5...7).contains(compact.count), compact.first?.isLetter == true else { return nil }
        let outward = String(compact.dropLast(3))
        let inward = compact.suffix(3)
        guard inward.first?.isNumber == true, inward.dropFirst().allSatisfy(\.isLetter) else { return nil }
        return outwardCodes[outward] ?? .outsideCounty
    }

    /// The district a town or village name lies in, when it is one Skillway knows; nil otherwise.
    public static func forTown(_ town: String) -> District? {
        towns[foldedKey(town, trimming: true)]
    }

    public static func resolve(postcode: String?, town: String?, otherText: [String] = []) -> District? {
        if let postcode, let district = forPostcode(postcode) { return district }
        if let town, let district = forTown(town) { return district }
        for text in otherText {
            let lower = " " + foldedKey(text, trimming: false) + " "
            for (spaced, comma, district) in townNeedles where TextSearch.contains(lower, spaced) || TextSearch.contains(lower, comma) {
                return district
            }
        }
        return nil
    }

    /// Lower-cased with hyphens as spaces (and optionally trimmed), without Foundation's bridged
    /// string functions: this runs for every run a feed stores.
    private static func foldedKey(_ text: String, trimming: Bool) -> String {
        var bytes = Array(text.lowercased().utf8)
        for index in bytes.indices where bytes[index] == 0x2D { bytes[index] = 0x20 }
        var folded = String(decoding: bytes, as: UTF8.self)
        if trimming { folded = folded.trimmingCharacters(in: .whitespacesAndNewlines) }
        return folded
    }

    /// Town names as searched for inside other text: " name " and " name,", longest names first so
    /// "droitwich spa" wins over "droitwich".
    private static let townNeedles: [(String, String, District)] = towns
        .sorted { $0.key.count != $1.key.count ? $0.key.count > $1.key.count : $0.key < $1.key }
        .map { (" \($0.key) ", " \($0.key),", $0.value) }

    private static let outwardCodes: [String: District] = [
        "WR1": .worcester, "WR2": .worcester, "WR3": .worcester, "WR4": .worcester, "WR5": .worcester,
        "WR6": .malvernHills, "WR8": .malvernHills, "WR13": .malvernHills, "WR14": .malvernHills,
        "WR15": .malvernHills,
        "WR7": .wychavon, "WR9": .wychavon, "WR10": .wychavon, "WR11": .wychavon, "WR12": .wychavon,
        "DY10": .wyreForest, "DY11": .wyreForest, "DY12": .wyreForest, "DY13": .wyreForest,
        "DY14": .wyreForest,
        "B60": .bromsgrove, "B61": .bromsgrove, "B45": .bromsgrove, "B47": .bromsgrove, "B48": .bromsgrove,
        "DY9": .bromsgrove,
        "B96": .redditch, "B97": .redditch, "B98": .redditch,
    ]

    private static let towns: [String: District] = [
        "worcester": .worcester, "st johns": .worcester, "warndon": .worcester,
        "malvern": .malvernHills, "great malvern": .malvernHills, "malvern link": .malvernHills,
        "upton upon severn": .malvernHills, "tenbury wells": .malvernHills, "martley": .malvernHills,
        "evesham": .wychavon, "pershore": .wychavon, "droitwich": .wychavon, "droitwich spa": .wychavon,
        "broadway": .wychavon, "inkberrow": .wychavon, "ombersley": .wychavon, "hartlebury": .wychavon,
        "kidderminster": .wyreForest, "stourport on severn": .wyreForest, "stourport": .wyreForest,
        "bewdley": .wyreForest,
        "bromsgrove": .bromsgrove, "hagley": .bromsgrove, "rubery": .bromsgrove, "wythall": .bromsgrove,
        "alvechurch": .bromsgrove, "catshill": .bromsgrove,
        "redditch": .redditch, "astwood bank": .redditch,
    ]
}
