// The tree-based XCRI-CAP mapper as it was before the streaming rewrite, kept only as the oracle
// that XCRIMapperEquivalenceTests compares the production mapper with. Not used by the app.

@testable import CatalogueImport
import Foundation

// MARK: - A small element tree

/// An element read from the feed, kept only for the course (or provider field) being processed, so
/// memory stays flat however large the feed.
final class LegacyXElement {
    enum Content {
        case text(String)
        case element(LegacyXElement)
    }

    let namespace: XMLNamespace
    /// The local name as written in the document.
    let name: String
    /// The local name lower-cased, for case-tolerant matching.
    let key: String
    /// The name as written, with its prefix (`mlo:start`), for locating the element in the source.
    let qualifiedName: String
    let line: Int
    /// How many elements with the same qualified name started earlier on the same line.
    let occurrenceOnLine: Int
    var attributes: [(namespace: String?, name: String, key: String, value: String)]
    /// The `xsi:type` value resolved through the namespaces in scope: (namespace URI, local part).
    var xsiType: (namespace: String?, local: String)?
    var content: [Content] = []

    init(
        namespace: XMLNamespace, name: String, key: String? = nil, qualifiedName: String, line: Int, occurrenceOnLine: Int,
        attributes: [(namespace: String?, name: String, key: String, value: String)]
    ) {
        self.namespace = namespace
        self.name = name
        self.key = key ?? name.lowercased()
        self.qualifiedName = qualifiedName
        self.line = line
        self.occurrenceOnLine = occurrenceOnLine
        self.attributes = attributes
    }

    var children: [LegacyXElement] {
        content.compactMap { if case .element(let child) = $0 { child } else { nil } }
    }

    /// Children whose local name matches `key` (case-insensitive).
    func children(_ key: String) -> [LegacyXElement] {
        var result: [LegacyXElement] = []
        for item in content {
            if case .element(let child) = item, child.key == key { result.append(child) }
        }
        return result
    }

    /// The first child whose local name matches `key`.
    func child(_ key: String) -> LegacyXElement? {
        for item in content {
            if case .element(let child) = item, child.key == key { return child }
        }
        return nil
    }

    /// An attribute's value by local name (any namespace unless given), case-insensitive.
    ///
    /// Attribute names are compared through their lower-cased keys, made once per distinct name by
    /// the reader, so a lookup lower-cases nothing but `name` (and not that when it is lower-case ASCII,
    /// as every caller's literal is).
    func attribute(_ name: String, namespace: String? = nil) -> String? {
        let lower = name.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) ? name : name.lowercased()
        return attributes.first { $0.key == lower && (namespace == nil || $0.namespace == namespace) }?.value
    }

    /// All descendant text joined, with no markup handling (for codes, dates, names).
    var rawText: String {
        // Most elements hold one text node: return it without copying.
        if content.count == 1, case .text(let text) = content[0] { return text }
        var result = ""
        for item in content {
            switch item {
            case .text(let text): result += text
            case .element(let child): result += child.rawText
            }
        }
        return result
    }
}
