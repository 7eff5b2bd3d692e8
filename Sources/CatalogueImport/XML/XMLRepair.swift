import Foundation

// MARK: - Recovering common XML faults

/// Repairs for faults real XCRI-CAP feeds have, applied only after a strict parse fails, one at a
/// time, each reported as a warning: undeclared HTML entities (`&nbsp;`), control characters pasted
/// from word processors, blank lines before the XML declaration, and Latin-1 text declared as UTF-8.
enum XMLRepair: Equatable {
    case htmlEntities
    case controlCharacters
    case leadingWhitespace
    case latin1

    /// The repair that addresses a libxml2 error, if any.
    static func repair(for error: XMLStreamReader.ParseError, alreadyTried: [XMLRepair]) -> XMLRepair? {
        let candidate: XMLRepair? =
            switch error.code {
            case 26, 27: .htmlEntities
            case 9 where error.message.contains("UTF-8") || error.message.contains("encoding"): .latin1
            case 9, 8: .controlCharacters
            case 81, 32: .latin1
            case 64: .leadingWhitespace
            default: nil
            }
        guard let candidate, !alreadyTried.contains(candidate) else { return nil }
        return candidate
    }

    /// What the repair did, for the import report.
    var explanation: String {
        switch self {
        case .htmlEntities: "The feed uses HTML entities XML does not define (such as &nbsp;); they were read as the characters they stand for."
        case .controlCharacters: "The feed contains control characters XML forbids (often pasted from a word processor); they were removed."
        case .leadingWhitespace: "The feed has text before its XML declaration; it was ignored."
        case .latin1: "The feed is not valid UTF-8 as declared; it was read as ISO-8859-1 (Latin-1)."
        }
    }

    /// Applies the repair to the bytes (the Latin-1 repair changes the decoder, not the bytes).
    func apply(to data: Data) -> Data {
        switch self {
        case .htmlEntities: Self.rewriteEntities(data)
        case .controlCharacters: Data(data.filter { !($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) })
        case .leadingWhitespace:
            if let start = data.firstIndex(of: UInt8(ascii: "<")) { Data(data[start...]) } else { data }
        case .latin1: data
        }
    }

    private static let xmlPredefined: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    /// Replaces `&name;` for known HTML entity names with numeric character references.
    private static func rewriteEntities(_ data: Data) -> Data {
        var output = Data()
        output.reserveCapacity(data.count + 64)
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&") {
                var end = index + 1
                while end < bytes.count, end - index <= 10, (bytes[end] >= 0x61 && bytes[end] <= 0x7A) || (bytes[end] >= 0x41 && bytes[end] <= 0x5A) || (bytes[end] >= 0x30 && bytes[end] <= 0x39) {
                    end += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > index + 1 {
                    let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                    if !xmlPredefined.contains(name), let replacement = HTMLText.namedEntities[name] {
                        for scalar in replacement.unicodeScalars { output.append(contentsOf: Array("&#\(scalar.value);".utf8)) }
                        index = end + 1
                        continue
                    }
                }
            }
            output.append(bytes[index])
            index += 1
        }
        return output
    }
}
