import CLibXML2
import Domain
import Foundation

// MARK: - XCRI-CAP streaming parser

/// Reads an XCRI-CAP 1.2 or 1.1 feed with libxml2's pull reader, one course at a time.
///
/// Each `course` element is read from the reader's events into a flat buffer (`XMLEventTree`, emptied
/// and reused for the next course), mapped to a `Course` and handed to `onCourse` before the next one
/// is read, so memory stays flat however large the feed and nothing is allocated per element. Elements are matched by
/// namespace URI and local name; a feed with no or unknown namespaces is read by element names with a
/// warning. Provider-level details (title, UKPRN, address) are reported through `onProvider` when the
/// provider element ends, since feeds put them before or after their courses.
final class XCRIParser {
    private let source: FeedSource
    private let sourceName: String
    private let encoding: String?
    let today: String?

    private(set) var format: FeedFormat = .xcriUnknown
    /// Issues found so far, with what is needed to find their column later.
    @exclusivity(unchecked) private(set) var pending: [(issue: ImportIssue, qualifiedName: String?, occurrence: Int)] = []
    @exclusivity(unchecked) private var warnedOnce: Set<String> = []
    /// Course identifiers seen so far, to catch duplicates.
    @exclusivity(unchecked) var seenCourseIDs: Set<String> = []

    // The parser is used by one thread at a time; its per-element state skips dynamic exclusivity
    // checks (see XMLEventTree).

    // Per-line element counters, for locating columns.
    @exclusivity(unchecked) private var lastLine = -1
    /// Indexed by the qualified name's slot in the name table: no String is hashed per element.
    @exclusivity(unchecked) private var lineCounts: [Int32] = []
    /// The slots counted on the current line, to clear when the line changes.
    @exclusivity(unchecked) private var countedSlots: [Int32] = []

    /// Element names, interned once per document.
    private let names = XMLNameTable()
    /// The course being read (emptied for each course).
    private lazy var courseTree = XMLEventTree(names: names)
    /// The provider's own fields (everything but its courses).
    private lazy var providerTree = XMLEventTree(names: names)
    /// Elements that are read only for their warnings (catalog-level extras).
    private lazy var scratchTree = XMLEventTree(names: names)
    /// Open elements while a subtree is read.
    @exclusivity(unchecked) private var openElements: [Int32] = []
    /// `checkVocabulary`'s verdict per element name (the format is known before any course is read).
    @exclusivity(unchecked) var vocabularyVerdicts: [VocabularyVerdict] = []
    /// Results of the text parsers, which repeat across a feed's courses (dates, venues, codes).
    @exclusivity(unchecked) var memo = XCRIMemo()

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
            courseTree.reset()
            let element = try buildElement(reader, into: courseTree)
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
            let counted = countElement(reader)
            switch reader.localKey {
            case "provider":
                providers.append(try readProvider(reader, courseIndex: &courseIndex, onCourse: onCourse))
            case "course":
                let line = reader.line
                courseTree.reset()
                let element = try buildElement(reader, into: courseTree, counted: counted)
                courseIndex += 1
                warnOnce("course-under-catalog", line: line, "Courses sit directly under <catalog> with no <provider>; they are imported for this provider.")
                if let course = mapCourse(element, index: courseIndex) { try onCourse(course) }
            default:
                scratchTree.reset()
                _ = try buildElement(reader, into: scratchTree, counted: counted)
            }
        }
    }

    private func readProvider(_ reader: XMLStreamReader, courseIndex: inout Int, onCourse: (Course) throws -> Void) throws -> ProviderDetails {
        let providerDepth = reader.depth
        let providerLine = reader.line
        // Provider fields are collected under a shell element without its courses.
        providerTree.reset()
        let shell = providerTree.append(name: names.id(for: reader), line: providerLine, occurrenceOnLine: 0, parent: -1)
        if !reader.isEmptyElement {
            while try reader.read() {
                guard let type = reader.nodeType else { continue }
                if type == .endElement, reader.depth == providerDepth { break }
                guard type == .element else { continue }
                let counted = countElement(reader)
                if reader.localKey == "course" {
                    courseTree.reset()
                    let element = try buildElement(reader, into: courseTree, counted: counted)
                    courseIndex += 1
                    if let course = mapCourse(element, index: courseIndex) { try onCourse(course) }
                } else {
                    _ = try buildElement(reader, into: providerTree, parent: shell, counted: counted)
                }
            }
        }
        providerTree.close(shell)
        return mapProvider(providerTree.element(shell))
    }

    // MARK: Reading elements into the flat tree

    /// Counts the element the reader is on for its line; returns its name and how many elements of
    /// the same qualified name came before it on the line.
    private func countElement(_ reader: XMLStreamReader) -> (name: Int32, line: Int, occurrence: Int) {
        let line = reader.line
        let name = names.id(for: reader)
        let slot = Int(names.qualifiedSlots[Int(name)])
        if line != lastLine {
            lastLine = line
            for counted in countedSlots { lineCounts[Int(counted)] = 0 }
            countedSlots.removeAll(keepingCapacity: true)
        }
        if slot >= lineCounts.count { lineCounts.append(contentsOf: repeatElement(0, count: slot + 1 - lineCounts.count)) }
        if lineCounts[slot] == 0 { countedSlots.append(Int32(slot)) }
        lineCounts[slot] += 1
        return (name, line, Int(lineCounts[slot]) - 1)
    }

    /// Adds the element the reader is on (with its attributes) to `tree`.
    private func addElement(_ reader: XMLStreamReader, into tree: XMLEventTree, parent: Int32, counted: (name: Int32, line: Int, occurrence: Int)) -> Int32 {
        let index = tree.append(name: counted.name, line: counted.line, occurrenceOnLine: counted.occurrence, parent: parent)
        guard reader.moveToFirstAttribute() else { return index }
        var xsiType: String?
        repeat {
            let name = names.id(for: reader)
            let kind = names.attributeKinds[Int(name)]
            if kind == 1 { continue }
            let start = Int32(tree.attributeText.count)
            reader.withValueBytes { tree.attributeText.append(contentsOf: $0) }
            tree.attributes.append(XMLEventTree.Attribute(name: name, valueStart: start, valueEnd: Int32(tree.attributeText.count)))
            if kind == 2, xsiType == nil { xsiType = reader.value ?? "" }
        } while reader.moveToNextAttribute()
        reader.moveToElement()
        tree.nodes[Int(index)].attributeEnd = Int32(tree.attributes.count)
        if let type = xsiType {
            let resolved: (String?, String)
            let parts = type.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count == 2 {
                let prefix = String(parts[0])
                let namespace = reader.lookupNamespace(prefix: prefix)
                if namespace == nil {
                    warnOnce("xsi-prefix-\(prefix)", element: tree.element(index),
                             "xsi:type \"\(type)\" uses the undeclared prefix \"\(prefix)\"; its local part is used.")
                }
                resolved = (namespace, String(parts[1]))
            } else {
                resolved = (reader.lookupNamespace(prefix: ""), type)
            }
            tree.nodes[Int(index)].xsiType = Int32(tree.xsiTypes.count)
            tree.xsiTypes.append(resolved)
        }
        return index
    }

    /// Reads the element the reader is on, and everything inside it, into `tree` under `parent`.
    private func buildElement(
        _ reader: XMLStreamReader, into tree: XMLEventTree, parent: Int32 = -1, counted: (name: Int32, line: Int, occurrence: Int)? = nil
    ) throws -> XElement {
        let root = addElement(reader, into: tree, parent: parent, counted: counted ?? countElement(reader))
        if reader.isEmptyElement { return tree.element(root) }
        openElements.removeAll(keepingCapacity: true)
        openElements.append(root)
        while try reader.read() {
            if tree.isOverfull {
                throw FeedRejection(
                    code: "too-large", at: SourceLocation(line: reader.line, element: tree.element(root).qualifiedName),
                    "One element holds more than 1 GiB of text; the feed cannot be imported.", format: format)
            }
            switch reader.rawNodeType {
            case 1:  // element
                let element = addElement(reader, into: tree, parent: openElements[openElements.count - 1], counted: countElement(reader))
                if reader.isEmptyElement { tree.close(element) } else { openElements.append(element) }
            case 3, 4, 13, 14:  // text, CDATA, whitespace, significant whitespace
                reader.withValueBytes { tree.text.append(contentsOf: $0) }
            case 5:  // entity reference
                warnOnce("entity-\(reader.localName)", line: reader.line,
                         "The entity reference &\(reader.localName); is not expanded (entities are never substituted).")
            case 15:  // end element
                tree.close(openElements.removeLast())
                if openElements.isEmpty { return tree.element(root) }
            default:
                continue
            }
        }
        return tree.element(root)
    }

    // MARK: Issues

    func warn(_ code: String, line: Int?, column: Int? = nil, element: String?, field: String? = nil, _ message: String) {
        pending.append((ImportIssue(.warning, code: code, at: SourceLocation(line: line, column: column, element: element), field: field, message), nil, 0))
    }

    func issue(_ severity: ImportIssue.Severity, _ code: String, at element: XElement, path: String, field: String? = nil, _ message: String) {
        let location = SourceLocation(line: element.line, element: path)
        pending.append((ImportIssue(severity, code: code, at: location, field: field ?? element.qualifiedName, message), element.qualifiedName, element.occurrenceOnLine))
    }

    private func warnOnce(_ key: String, line: Int?, _ message: String) {
        guard warnedOnce.insert(key).inserted else { return }
        warn(key.split(separator: "-").first.map(String.init) ?? key, line: line.flatMap { $0 > 0 ? $0 : nil }, element: nil, message)
    }

    func warnOnce(_ key: String, element: XElement, path: String? = nil, _ message: String) {
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
