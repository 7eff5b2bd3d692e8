import Foundation
import Matching

// MARK: - Example lists inside a statement

/// The stretches of a statement that list examples: from "such as", "for example", "for instance",
/// "e.g.", "i.e." or "including" to the end of the sentence or clause (`.`, `;`, `:`, `?`, `!`, a line
/// break), or to the closing bracket when the marker stands inside brackets. A skill named only
/// there ("legislation such as … the Electricity at Work Regulations") is one the statement points
/// at in passing, not one the job is built on (`TaxonomyAudit` flags it).
struct ExampleLists {
    /// The markers that open an example list, lower case, matched as whole words.
    static let markers = ["such as", "for example", "for instance", "e.g.", "e.g", "i.e.", "including"]

    private(set) var ranges: [Range<String.Index>] = []

    init(_ text: String) {
        var starts: Set<String.Index> = []
        for marker in Self.markers {
            var searchStart = text.startIndex
            while let found = text.range(of: marker, options: [.caseInsensitive], range: searchStart..<text.endIndex) {
                searchStart = found.upperBound
                guard Self.isWordStart(found.lowerBound, in: text), Self.isWordEnd(found.upperBound, in: text),
                    starts.insert(found.lowerBound).inserted
                else { continue }
                ranges.append(found.upperBound..<Self.listEnd(after: found, in: text))
            }
        }
    }

    /// Whether the text position lies inside an example list.
    func contains(_ position: String.Index) -> Bool {
        ranges.contains { $0.contains(position) }
    }

    // MARK: Bounds

    /// Where the list opened at `marker` ends: the closing bracket of a bracket the marker stands in,
    /// else the first sentence or clause end.
    private static func listEnd(after marker: Range<String.Index>, in text: String) -> String.Index {
        let bracketed = isInsideBracket(marker.lowerBound, in: text)
        var position = marker.upperBound
        while position < text.endIndex {
            let character = text[position]
            if bracketed ? character == ")" : ".;:?!\n)".contains(character) { return position }
            position = text.index(after: position)
        }
        return text.endIndex
    }

    private static func isInsideBracket(_ position: String.Index, in text: String) -> Bool {
        let before = text[..<position]
        guard let open = before.lastIndex(of: "(") else { return false }
        return !before[open...].contains(")")
    }

    private static func isWordStart(_ position: String.Index, in text: String) -> Bool {
        position == text.startIndex || !text[text.index(before: position)].isLetter
    }

    private static func isWordEnd(_ position: String.Index, in text: String) -> Bool {
        position == text.endIndex || !text[position].isLetter || text[text.index(before: position)] == "."
    }
}
