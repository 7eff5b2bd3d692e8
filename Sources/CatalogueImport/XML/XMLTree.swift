import Foundation

// MARK: - Namespaces

/// The namespaces XCRI-CAP feeds use, recognised by URI (never by prefix).
enum XMLNamespace: Hashable {
    case xcri12, xcri11, mlo, dc, dcterms, credit, xcriTerms, courseDataProgramme, xhtml, xsi, geo, skillway
    case none
    case other(String)

    init(uri: String?) {
        guard let uri, !uri.isEmpty else {
            self = .none
            return
        }
        switch uri {
        case "http://xcri.org/profiles/1.2/catalog": self = .xcri12
        case "http://xcri.org/profiles/catalog": self = .xcri11
        case "http://purl.org/net/mlo": self = .mlo
        case "http://purl.org/dc/elements/1.1/": self = .dc
        case "http://purl.org/dc/terms/": self = .dcterms
        case "http://purl.org/net/cm": self = .credit
        // Both terms URIs: many 1.2 feeds bind the description-type prefix to the 1.1 one.
        case "http://xcri.org/profiles/1.2/catalog/terms", "http://xcri.org/profiles/catalog/terms": self = .xcriTerms
        case "http://xcri.co.uk", "http://xcri.co.uk/": self = .courseDataProgramme
        case "http://www.w3.org/1999/xhtml": self = .xhtml
        case "http://www.w3.org/2001/XMLSchema-instance": self = .xsi
        case "http://www.w3.org/2003/01/geo/wgs84_pos", "http://www.w3.org/2003/01/geo/wgs84_pos#": self = .geo
        case "urn:skillway:terms": self = .skillway
        default: self = .other(uri)
        }
    }

    /// True for the namespaces XCRI-CAP structure and metadata elements live in (or none at all).
    var isFeedVocabulary: Bool {
        switch self {
        case .xcri12, .xcri11, .mlo, .dc, .dcterms, .credit, .none, .courseDataProgramme: true
        default: false
        }
    }
}

// MARK: - A small element tree

/// An element read from the feed, kept only for the course (or provider field) being processed, so
/// memory stays flat however large the feed.
final class XElement {
    enum Content {
        case text(String)
        case element(XElement)
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

    var children: [XElement] {
        content.compactMap { if case .element(let child) = $0 { child } else { nil } }
    }

    /// Children whose local name matches `key` (case-insensitive).
    func children(_ key: String) -> [XElement] {
        var result: [XElement] = []
        for item in content {
            if case .element(let child) = item, child.key == key { result.append(child) }
        }
        return result
    }

    /// The first child whose local name matches `key`.
    func child(_ key: String) -> XElement? {
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
