// The tree-based XCRI-CAP mapper as it was before the streaming rewrite, kept only as the oracle
// that XCRIMapperEquivalenceTests compares the production mapper with. Not used by the app.

import Domain
@testable import CatalogueImport
import Foundation

// MARK: - XCRI-CAP streaming parser

/// Reads an XCRI-CAP 1.2 or 1.1 feed with libxml2's pull reader, one course at a time.
///
/// Each `course` element is read into a small tree, mapped to a `Course` and handed to `onCourse`
/// before the next one is read, so memory stays flat however large the feed. Elements are matched by
/// namespace URI and local name; a feed with no or unknown namespaces is read by element names with a
/// warning. Provider-level details (title, UKPRN, address) are reported through `onProvider` when the
/// provider element ends, since feeds put them before or after their courses.
final class LegacyXCRIParser {
    private let source: FeedSource
    private let sourceName: String
    private let encoding: String?
    let today: String?

    private(set) var format: FeedFormat = .xcriUnknown
    /// Issues found so far, with what is needed to find their column later.
    private(set) var pending: [(issue: ImportIssue, qualifiedName: String?, occurrence: Int)] = []
    private var warnedOnce: Set<String> = []
    /// Course identifiers seen so far, to catch duplicates.
    var seenCourseIDs: Set<String> = []

    // Per-line element counters, for locating columns.
    private var lastLine = -1
    /// Keyed by the interned qualified-name pointer: no String is hashed per element.
    private var lineCounts: [UnsafeRawPointer?: Int] = [:]

    init(source: FeedSource, sourceName: String, encoding: String? = nil, today: String? = nil) {
        self.source = source
        self.sourceName = sourceName
        self.encoding = encoding
        self.today = today
    }

    /// Parses the whole feed.
    /// - Throws: `XMLReadFailure` when the document is not well-formed; `FeedRejection` when it is not
    ///   XCRI-CAP; anything the callbacks throw.
    func parse(onProvider: (ProviderDetails) throws -> Void, onCourse: (Course) throws -> Void) throws {
        switch source {
        case .data(let data):
            try data.withUnsafeBytes { buffer in
                guard let reader = XMLStreamReader(buffer: buffer, url: sourceName, encoding: encoding) else {
                    throw FeedRejection(code: "unreadable", "The file could not be opened as XML.")
                }
                try run(reader, onProvider: onProvider, onCourse: onCourse)
            }
        case .file(let url):
            guard let reader = XMLStreamReader(path: url.path, encoding: encoding) else {
                throw FeedRejection(code: "unreadable", "The file could not be opened as XML.")
            }
            try run(reader, onProvider: onProvider, onCourse: onCourse)
        }
    }

    private func run(_ reader: XMLStreamReader, onProvider: (ProviderDetails) throws -> Void, onCourse: (Course) throws -> Void) throws {
        // Find the root element.
        var rootFound = false
        while try reader.read() {
            if reader.nodeType == .documentType {
                warnOnce("doctype", line: reader.line, "The document type declaration is ignored; no DTD is loaded.")
            }
            if reader.nodeType == .element {
                rootFound = true
                break
            }
        }
        guard rootFound else { throw FeedRejection(code: "no-root", "The file holds no XML elements.") }
        let rootNamespace = XMLNamespace(uri: reader.namespaceURI)
        switch rootNamespace {
        case .xcri12: format = .xcriCap12
        case .xcri11: format = .xcriCap11
        default:
            format = .xcriUnknown
            warn("no-namespace", line: reader.line, element: reader.qualifiedName,
                 "The root element is not in an XCRI-CAP namespace; elements are matched by name.")
        }
        let rootKey = reader.localName.lowercased()
        var courseIndex = 0
        var providers: [ProviderDetails] = []

        switch rootKey {
        case "catalog":
            if !reader.isEmptyElement {
                try readCatalog(reader, courseIndex: &courseIndex, providers: &providers, onCourse: onCourse)
            }
        case "provider":
            providers.append(try readProvider(reader, courseIndex: &courseIndex, onCourse: onCourse))
        case "course":
            let element = try buildElement(reader)
            courseIndex += 1
            if let course = mapCourse(element, index: courseIndex) { try onCourse(course) }
        default:
            throw FeedRejection(
                code: "not-xcri", at: SourceLocation(line: reader.line, column: 1, element: reader.qualifiedName),
                "The root element <\(reader.qualifiedName)> is not an XCRI-CAP catalog, provider or course.", format: format)
        }
        // Drain the rest so trailing well-formedness errors are caught.
        while try reader.read() {}
        for warning in reader.reportedErrors where !warning.isFatal {
            warn("xml-warning", line: warning.line, column: warning.column, element: nil, warning.message)
        }
        if providers.count > 1 {
            let names = providers.compactMap(\.name).joined(separator: ", ")
            warn("several-providers", line: nil, element: "provider",
                 "The feed has \(providers.count) provider elements (\(names)); all their courses are imported for this provider.")
        }
        if let first = providers.first { try onProvider(first) }
    }

    // MARK: Structure

    private func readCatalog(
        _ reader: XMLStreamReader, courseIndex: inout Int, providers: inout [ProviderDetails], onCourse: (Course) throws -> Void
    ) throws {
        let catalogDepth = reader.depth
        while try reader.read() {
            guard let type = reader.nodeType else { continue }
            if type == .endElement, reader.depth == catalogDepth { return }
            guard type == .element else { continue }
            countElement(reader)
            switch reader.localKey {
            case "provider":
                providers.append(try readProvider(reader, courseIndex: &courseIndex, onCourse: onCourse))
            case "course":
                let line = reader.line
                let element = try buildElement(reader, alreadyCounted: true)
                courseIndex += 1
                warnOnce("course-under-catalog", line: line, "Courses sit directly under <catalog> with no <provider>; they are imported for this provider.")
                if let course = mapCourse(element, index: courseIndex) { try onCourse(course) }
            default:
                _ = try buildElement(reader, alreadyCounted: true)
            }
        }
    }

    private func readProvider(_ reader: XMLStreamReader, courseIndex: inout Int, onCourse: (Course) throws -> Void) throws -> ProviderDetails {
        let providerDepth = reader.depth
        let providerLine = reader.line
        // Provider fields are collected in a shell element without its courses.
        let shell = LegacyXElement(namespace: XMLNamespace(uri: reader.namespaceURI), name: reader.localName,
                             qualifiedName: reader.qualifiedName, line: providerLine, occurrenceOnLine: 0, attributes: [])
        if !reader.isEmptyElement {
            while try reader.read() {
                guard let type = reader.nodeType else { continue }
                if type == .endElement, reader.depth == providerDepth { break }
                guard type == .element else { continue }
                countElement(reader)
                if reader.localKey == "course" {
                    let element = try buildElement(reader, alreadyCounted: true)
                    courseIndex += 1
                    if let course = mapCourse(element, index: courseIndex) { try onCourse(course) }
                } else {
                    let element = try buildElement(reader, alreadyCounted: true)
                    shell.content.append(.element(element))
                }
            }
        }
        return mapProvider(shell)
    }

    // MARK: Building element trees

    private func countElement(_ reader: XMLStreamReader) {
        let line = reader.line
        if line != lastLine {
            lastLine = line
            lineCounts.removeAll(keepingCapacity: true)
        }
        lineCounts[reader.qualifiedNameID, default: 0] += 1
    }

    private func makeElement(_ reader: XMLStreamReader, alreadyCounted: Bool) -> LegacyXElement {
        if !alreadyCounted { countElement(reader) }
        let qualifiedName = reader.qualifiedName
        let element = LegacyXElement(
            namespace: reader.namespace, name: reader.localName, key: reader.localKey, qualifiedName: qualifiedName,
            line: reader.line, occurrenceOnLine: (lineCounts[reader.qualifiedNameID] ?? 1) - 1, attributes: reader.attributes())
        if let type = element.attributes.first(where: { $0.name == "type" && XMLNamespace(uri: $0.namespace) == .xsi })?.value {
            let parts = type.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count == 2 {
                let prefix = String(parts[0])
                let namespace = reader.lookupNamespace(prefix: prefix)
                if namespace == nil {
                    warnOnce("xsi-prefix-\(prefix)", element: element,
                             "xsi:type \"\(type)\" uses the undeclared prefix \"\(prefix)\"; its local part is used.")
                }
                element.xsiType = (namespace, String(parts[1]))
            } else {
                element.xsiType = (reader.lookupNamespace(prefix: ""), type)
            }
        }
        return element
    }

    /// Reads the element the reader is on, and everything inside it, into a tree.
    private func buildElement(_ reader: XMLStreamReader, alreadyCounted: Bool = false) throws -> LegacyXElement {
        let root = makeElement(reader, alreadyCounted: alreadyCounted)
        if reader.isEmptyElement { return root }
        var stack = [root]
        while try reader.read() {
            switch reader.nodeType {
            case .element:
                let element = makeElement(reader, alreadyCounted: false)
                stack[stack.count - 1].content.append(.element(element))
                if !reader.isEmptyElement { stack.append(element) }
            case .text, .cdata, .significantWhitespace, .whitespace:
                if let value = reader.value { stack[stack.count - 1].content.append(.text(value)) }
            case .entityReference:
                warnOnce("entity-\(reader.localName)", line: reader.line,
                         "The entity reference &\(reader.localName); is not expanded (entities are never substituted).")
            case .endElement:
                stack.removeLast()
                if stack.isEmpty { return root }
            default:
                continue
            }
        }
        return root
    }

    // MARK: Issues

    func warn(_ code: String, line: Int?, column: Int? = nil, element: String?, field: String? = nil, _ message: String) {
        pending.append((ImportIssue(.warning, code: code, at: SourceLocation(line: line, column: column, element: element), field: field, message), nil, 0))
    }

    func issue(_ severity: ImportIssue.Severity, _ code: String, at element: LegacyXElement, path: String, field: String? = nil, _ message: String) {
        let location = SourceLocation(line: element.line, element: path)
        pending.append((ImportIssue(severity, code: code, at: location, field: field ?? element.qualifiedName, message), element.qualifiedName, element.occurrenceOnLine))
    }

    private func warnOnce(_ key: String, line: Int?, _ message: String) {
        guard warnedOnce.insert(key).inserted else { return }
        warn(key.split(separator: "-").first.map(String.init) ?? key, line: line.flatMap { $0 > 0 ? $0 : nil }, element: nil, message)
    }

    func warnOnce(_ key: String, element: LegacyXElement, path: String? = nil, _ message: String) {
        guard warnedOnce.insert(key).inserted else { return }
        issue(.warning, String(key.prefix(while: { $0 != ":" })), at: element, path: path ?? element.qualifiedName, message)
    }

    /// The issues with columns filled in from the source text.
    func resolvedIssues() -> [ImportIssue] {
        let requests = pending.enumerated().compactMap { index, entry -> XMLColumnResolver.Request? in
            guard let name = entry.qualifiedName, let line = entry.issue.location.line, entry.issue.location.column == nil else { return nil }
            return XMLColumnResolver.Request(index: index, line: line, qualifiedName: name, occurrence: entry.occurrence)
        }
        var issues = pending.map(\.issue)
        guard !requests.isEmpty, let data = try? source.bytes() else { return issues }
        for (index, column) in XMLColumnResolver.columns(in: data, for: requests) {
            issues[index].location.column = column
        }
        return issues
    }
}
