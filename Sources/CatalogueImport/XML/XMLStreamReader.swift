import CLibXML2
import Foundation

// MARK: - libxml2 xmlTextReader

/// A forward-only pull reader over an XML document in memory, wrapping libxml2's `xmlTextReader`.
///
/// Parsing never touches the network (`XML_PARSE_NONET`), never loads external DTDs and never
/// substitutes entities, so external-entity and entity-expansion attacks have nothing to work with.
/// Not `Sendable`: one reader belongs to one task, and the buffer it reads must outlive it.
final class XMLStreamReader {
    /// libxml2's reader node types that Skillway acts on.
    enum NodeType: Int32 {
        case element = 1, attribute = 2, text = 3, cdata = 4, entityReference = 5, entity = 6
        case processingInstruction = 7, comment = 8, document = 9, documentType = 10
        case documentFragment = 11, notation = 12, whitespace = 13, significantWhitespace = 14
        case endElement = 15, endEntity = 16, xmlDeclaration = 17
    }

    /// A well-formedness or encoding error libxml2 reported.
    struct ParseError: Sendable {
        var line: Int
        var column: Int
        var code: Int32
        var message: String
        var isFatal: Bool
    }

    /// Collects libxml2's structured errors for one reader.
    private final class ErrorSink {
        var errors: [ParseError] = []
    }

    private let reader: xmlTextReaderPtr
    private let sink = ErrorSink()

    /// Interned-string caches: libxml2 returns the same pointer for the same name within a document.
    private var stringCache: [UnsafeRawPointer: String] = [:]
    private var keyCache: [UnsafeRawPointer: String] = [:]
    private var namespaceCache: [UnsafeRawPointer: XMLNamespace] = [:]

    private static let initialise: Void = { xmlInitParser() }()

    /// Opens a reader over `buffer`, which must stay valid until the reader is released.
    /// - Parameters:
    ///   - buffer: the document's bytes.
    ///   - url: a name for the document, used in libxml2's own messages.
    ///   - encoding: an encoding that overrides the document's declaration (e.g. `ISO-8859-1`), or nil.
    init?(buffer: UnsafeRawBufferPointer, url: String, encoding: String? = nil) {
        _ = Self.initialise
        guard let base = buffer.baseAddress else { return nil }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_COMPACT.rawValue)
        guard let reader = xmlReaderForMemory(base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), url, encoding, options)
        else { return nil }
        self.reader = reader
        installErrorHandler()
    }

    /// Opens a reader that streams the file at `path` in small chunks, so memory stays flat however
    /// large the file is.
    init?(path: String, encoding: String? = nil) {
        _ = Self.initialise
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_COMPACT.rawValue)
        guard let reader = xmlReaderForFile(path, encoding, options) else { return nil }
        self.reader = reader
        installErrorHandler()
    }

    private func installErrorHandler() {
        let context = Unmanaged.passUnretained(sink).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let sink = Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
            sink.errors.append(ParseError(
                line: Int(error.pointee.line), column: Int(error.pointee.int2), code: error.pointee.code,
                message: message.trimmingCharacters(in: .whitespacesAndNewlines),
                isFatal: error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue))
        }, context)
    }

    deinit { xmlFreeTextReader(reader) }

    // MARK: Reading

    /// Advances to the next node. Returns false at the end of the document; throws the first fatal
    /// error when the document is not well-formed.
    func read() throws(XMLReadFailure) -> Bool {
        let result = xmlTextReaderRead(reader)
        if result == 1 { return true }
        if result == 0, !sink.errors.contains(where: \.isFatal) { return false }
        throw XMLReadFailure(errors: sink.errors)
    }

    /// Errors and warnings libxml2 reported so far.
    var reportedErrors: [ParseError] { sink.errors }

    var nodeType: NodeType? { NodeType(rawValue: xmlTextReaderNodeType(reader)) }
    var depth: Int { Int(xmlTextReaderDepth(reader)) }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The current node's local name (interned: compare by value, cached per pointer).
    var localName: String { cached(xmlTextReaderConstLocalName(reader)) ?? "" }
    /// The current node's qualified name as written (`mlo:start`).
    var qualifiedName: String { cached(xmlTextReaderConstName(reader)) ?? "" }
    /// The identity of the current node's qualified name: libxml2 interns names in the document's
    /// dictionary, so equal names share one pointer (a cheap key for per-name counters).
    var qualifiedNameID: UnsafeRawPointer? { xmlTextReaderConstName(reader).map(UnsafeRawPointer.init) }
    /// The current node's namespace URI, or nil.
    var namespaceURI: String? { cached(xmlTextReaderConstNamespaceUri(reader)) }
    /// The current node's local name lower-cased, for case-tolerant matching (cached per name).
    var localKey: String {
        guard let pointer = xmlTextReaderConstLocalName(reader) else { return "" }
        let key = UnsafeRawPointer(pointer)
        if let cached = keyCache[key] { return cached }
        let lowered = localName.lowercased()
        keyCache[key] = lowered
        return lowered
    }

    /// The current node's namespace, recognised once per distinct URI.
    var namespace: XMLNamespace {
        guard let pointer = xmlTextReaderConstNamespaceUri(reader) else { return .none }
        let key = UnsafeRawPointer(pointer)
        if let cached = namespaceCache[key] { return cached }
        let namespace = XMLNamespace(uri: namespaceURI)
        namespaceCache[key] = namespace
        return namespace
    }

    /// The text of a text or CDATA node, or an attribute's value.
    var value: String? { xmlTextReaderConstValue(reader).map { String(cString: $0) } }

    /// The line the current node starts on (exact, unlike the parser's read-ahead position).
    var line: Int {
        guard let node = xmlTextReaderCurrentNode(reader) else { return Int(xmlTextReaderGetParserLineNumber(reader)) }
        return Int(xmlGetLineNo(node))
    }

    /// The current element's attributes, as (namespace URI, local name, value). The import reads
    /// attributes one by one into its event tree; this (and `qualifiedNameID`) serve the tree-based
    /// mapper the tests keep as an oracle.
    /// `key` is the local name lower-cased (cached per interned name, like `localKey`).
    func attributes() -> [(namespace: String?, name: String, key: String, value: String)] {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return [] }
        var result: [(String?, String, String, String)] = []
        var more = xmlTextReaderMoveToFirstAttribute(reader)
        while more == 1 {
            let namespace = namespaceURI
            if namespace != "http://www.w3.org/2000/xmlns/" {
                result.append((namespace, localName, localKey, value ?? ""))
            }
            more = xmlTextReaderMoveToNextAttribute(reader)
        }
        xmlTextReaderMoveToElement(reader)
        return result
    }

    // MARK: Raw access for the streaming mapper

    /// The current node's libxml2 type code (cheaper than `nodeType` in a hot loop).
    var rawNodeType: Int32 { xmlTextReaderNodeType(reader) }

    /// The interned qualified name and namespace URI of the current node: libxml2 hands out one
    /// pointer per distinct string of a document, so the pair identifies a name without a `String`.
    var nameIdentity: XMLNameIdentity {
        XMLNameIdentity(
            qualified: xmlTextReaderConstName(reader).map(UnsafeRawPointer.init),
            namespace: xmlTextReaderConstNamespaceUri(reader).map(UnsafeRawPointer.init))
    }

    /// Calls `body` with the bytes of the current text node or attribute value (valid only inside).
    func withValueBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        guard let value = xmlTextReaderConstValue(reader) else { return nil }
        return try body(UnsafeBufferPointer(start: value, count: strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))))
    }

    /// Moves to the current element's first attribute (true when there is one).
    func moveToFirstAttribute() -> Bool { xmlTextReaderMoveToFirstAttribute(reader) == 1 }
    /// Moves to the next attribute of the element (true when there is one).
    func moveToNextAttribute() -> Bool { xmlTextReaderMoveToNextAttribute(reader) == 1 }
    /// Moves back from an attribute to its element.
    func moveToElement() { xmlTextReaderMoveToElement(reader) }

    /// The namespace URI bound to `prefix` where the reader stands (empty prefix: the default namespace).
    func lookupNamespace(prefix: String) -> String? {
        let resolved = prefix.isEmpty ? xmlTextReaderLookupNamespace(reader, nil) : prefix.withCString { cPrefix in
            xmlTextReaderLookupNamespace(reader, UnsafeRawPointer(cPrefix).assumingMemoryBound(to: xmlChar.self))
        }
        guard let resolved else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private func cached(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        let key = UnsafeRawPointer(pointer)
        if let string = stringCache[key] { return string }
        let string = String(cString: pointer)
        stringCache[key] = string
        return string
    }
}

/// The document is not well-formed (or not decodable); `errors` holds libxml2's reports.
struct XMLReadFailure: Error {
    var errors: [XMLStreamReader.ParseError]

    /// The first fatal error, or the first of any.
    var primary: XMLStreamReader.ParseError? { errors.first(where: \.isFatal) ?? errors.first }
}

/// A name's identity in one document: its interned qualified-name and namespace-URI pointers.
struct XMLNameIdentity: Hashable {
    var qualified: UnsafeRawPointer?
    var namespace: UnsafeRawPointer?
}
