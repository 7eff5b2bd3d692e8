import Foundation

// MARK: - Names, interned once per document

/// What Skillway needs to know about one element or attribute name, worked out the first time the
/// name appears in a document and shared by every later occurrence.
struct XMLName {
    let namespace: XMLNamespace
    let namespaceURI: String?
    /// The local name as written in the document.
    let name: String
    /// The local name lower-cased, for case-tolerant matching.
    let key: String
    /// The name as written, with its prefix (`mlo:start`), for locating the element in the source.
    let qualifiedName: String
    /// Elements of one qualified name share this counter slot (columns are found by qualified name).
    let qualifiedSlot: Int32
    /// A namespace declaration (`xmlns:…`), which is not an attribute of the feed.
    let isNamespaceDeclaration: Bool
    /// `xsi:type`.
    let isXSIType: Bool
}

/// The names of one document, numbered in order of first appearance, looked up by libxml2's
/// interned pointers so no `String` is made or hashed per element.
///
/// The hot fields are also kept in arrays of their own, so reading a key or a name copies one
/// `String` (usually a small one, with no reference count) rather than the whole `XMLName`.
///
/// The arrays are read in the innermost loops of the import and only ever from the parser's thread,
/// so their dynamic exclusivity checks (a thread-local lookup per access) are switched off.
final class XMLNameTable {
    /// One slot of the `recent` cache (`id` -1: empty).
    private struct RecentName {
        var identity = XMLNameIdentity(qualified: nil, namespace: nil)
        var id: Int32 = -1
    }

    /// One slot of the `recentKeys` cache.
    private struct RecentKey {
        var key = ""
        var id: Int32 = -1
        var filled = false
    }

    private(set) var names: [XMLName] = []
    /// `names[i].key`, `.name`, `.qualifiedName`, `.namespace`.
    @exclusivity(unchecked) private(set) var keys: [String] = []
    @exclusivity(unchecked) private(set) var localNames: [String] = []
    @exclusivity(unchecked) private(set) var qualifiedNames: [String] = []
    @exclusivity(unchecked) private(set) var namespaces: [XMLNamespace] = []
    /// `names[i].qualifiedSlot`.
    @exclusivity(unchecked) private(set) var qualifiedSlots: [Int32] = []
    /// Per name: 1 for a namespace declaration, 2 for `xsi:type`, else 0.
    @exclusivity(unchecked) private(set) var attributeKinds: [UInt8] = []
    /// Per name: the number of its lower-cased key (names that differ only in case or namespace share one).
    @exclusivity(unchecked) private(set) var keyIDs: [Int32] = []
    @exclusivity(unchecked) private var keyNumbers: [String: Int32] = [:]
    private var index: [XMLNameIdentity: Int32] = [:]
    /// A direct-mapped cache in front of `index`, slot chosen from the two pointers: a document uses
    /// a few dozen names, so nearly every lookup is answered here without hashing with `Hasher`.
    @exclusivity(unchecked) private var recent = [RecentName](repeating: RecentName(), count: 256)
    private var slotIndex: [UnsafeRawPointer?: Int32] = [:]
    /// A direct-mapped cache in front of `keyNumbers` for the few literal keys the mapper asks for
    /// (dozens of child lookups per course); emptied whenever a new key is numbered.
    @exclusivity(unchecked) private var recentKeys = [RecentKey](repeating: RecentKey(), count: 64)

    /// The number of a lower-cased key, or -1 when no element of the document has that key.
    func keyID(_ key: String) -> Int32 {
        // FNV-1a over the (short) key: cheaper than `Hasher`, and equal literals compare at once.
        var hash: UInt32 = 2_166_136_261
        for byte in key.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let slot = Int(hash & 63)
        let cached = recentKeys[slot]
        if cached.filled, cached.key == key { return cached.id }
        let id = keyNumbers[key] ?? -1
        recentKeys[slot] = RecentKey(key: key, id: id, filled: true)
        return id
    }

    /// The number for the reader's current node name, registering it on first sight.
    func id(for reader: XMLStreamReader) -> Int32 {
        let identity = reader.nameIdentity
        let slot = Self.recentSlot(identity)
        let cached = recent[slot]
        if cached.id >= 0, cached.identity == identity { return cached.id }
        let id = index[identity] ?? register(identity, reader: reader)
        recent[slot] = RecentName(identity: identity, id: id)
        return id
    }

    /// A slot of `recent` for a name (multiplicative hashing of the pointer bits).
    private static func recentSlot(_ identity: XMLNameIdentity) -> Int {
        let qualified = UInt(bitPattern: identity.qualified)
        let namespace = UInt(bitPattern: identity.namespace)
        let mixed = (qualified ^ (namespace &* 31)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 56)
    }

    /// Registers the reader's current node name under `identity` and returns its new number.
    private func register(_ identity: XMLNameIdentity, reader: XMLStreamReader) -> Int32 {
        let uri = reader.namespaceURI
        let name = reader.localName
        let slot = slotIndex[identity.qualified] ?? Int32(slotIndex.count)
        slotIndex[identity.qualified] = slot
        let namespace = XMLNamespace(uri: uri)
        let id = Int32(names.count)
        let entry = XMLName(
            namespace: namespace, namespaceURI: uri, name: name, key: name.lowercased(), qualifiedName: reader.qualifiedName,
            qualifiedSlot: slot, isNamespaceDeclaration: uri == "http://www.w3.org/2000/xmlns/",
            isXSIType: namespace == .xsi && name == "type")
        names.append(entry)
        keys.append(entry.key)
        let keyID: Int32
        if let known = keyNumbers[entry.key] {
            keyID = known
        } else {
            keyID = Int32(keyNumbers.count)
            keyNumbers[entry.key] = keyID
            // A key cached as absent (-1) may be this one.
            recentKeys = [RecentKey](repeating: RecentKey(), count: recentKeys.count)
        }
        keyIDs.append(keyID)
        localNames.append(entry.name)
        qualifiedNames.append(entry.qualifiedName)
        namespaces.append(entry.namespace)
        qualifiedSlots.append(slot)
        attributeKinds.append(entry.isNamespaceDeclaration ? 1 : entry.isXSIType ? 2 : 0)
        index[identity] = id
        return id
    }
}

// MARK: - One element's subtree, flattened

/// The elements, text and attributes of the element being mapped (a course, or the provider's
/// fields), kept in flat arrays that are emptied and reused for the next course, so reading a feed
/// allocates nothing per element once the arrays have grown to the largest course.
///
/// Text is stored in document order in one byte buffer: an element's text (all its descendants'
/// text, joined) is the byte range between its start and its end, and the text between its
/// children is the gap between their ranges. Like the name table, it is used by one thread and its
/// arrays skip dynamic exclusivity checks.
final class XMLEventTree {
    struct Node {
        var name: Int32
        /// The name's key number (`XMLNameTable.keyIDs`), so child lookups compare integers.
        var key: Int32
        var line: Int32
        /// How many elements with the same qualified name started earlier on the same line.
        var occurrenceOnLine: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var nextSibling: Int32 = -1
        var textStart: Int32
        var textEnd: Int32
        var attributeStart: Int32
        var attributeEnd: Int32
        /// Index into `xsiTypes`, or -1.
        var xsiType: Int32 = -1
    }

    struct Attribute {
        var name: Int32
        var valueStart: Int32
        var valueEnd: Int32
    }

    let names: XMLNameTable
    /// The elements, in a buffer of their own: `Node` is plain data, so reading one costs no
    /// reference counting (an `Array` property is retained and released around each access).
    @exclusivity(unchecked) private var nodeBase: UnsafeMutablePointer<Node>
    @exclusivity(unchecked) private var nodeCapacity = 256
    @exclusivity(unchecked) private(set) var nodeCount = 0
    var nodes: UnsafeMutableBufferPointer<Node> { UnsafeMutableBufferPointer(start: nodeBase, count: nodeCount) }
    @exclusivity(unchecked) var text: [UInt8] = []
    @exclusivity(unchecked) var attributes: [Attribute] = []
    @exclusivity(unchecked) var attributeText: [UInt8] = []
    /// `xsi:type` values resolved through the namespaces in scope: (namespace URI, local part).
    @exclusivity(unchecked) var xsiTypes: [(namespace: String?, local: String)] = []

    init(names: XMLNameTable) {
        self.names = names
        nodeBase = .allocate(capacity: nodeCapacity)
    }

    deinit { nodeBase.deallocate() }

    /// Offsets are 32-bit: a single course (or the provider's own fields) may hold up to 1 GiB of
    /// text, attribute values or elements; beyond that the import stops with an error, not a crash.
    static let limit = 1 << 30

    /// True once the tree holds more than `limit` bytes of text or attribute values, or elements.
    var isOverfull: Bool { text.count > Self.limit || attributeText.count > Self.limit || nodeCount > Self.limit }

    /// Forgets everything, keeping the arrays' capacity.
    func reset() {
        nodeCount = 0
        text.removeAll(keepingCapacity: true)
        attributes.removeAll(keepingCapacity: true)
        attributeText.removeAll(keepingCapacity: true)
        xsiTypes.removeAll(keepingCapacity: true)
    }

    /// Adds an element under `parent` (-1: a root) and returns its index.
    func append(name: Int32, line: Int, occurrenceOnLine: Int, parent: Int32) -> Int32 {
        if nodeCount == nodeCapacity {
            let grown = UnsafeMutablePointer<Node>.allocate(capacity: nodeCapacity * 2)
            grown.moveInitialize(from: nodeBase, count: nodeCount)
            nodeBase.deallocate()
            nodeBase = grown
            nodeCapacity *= 2
        }
        let index = Int32(nodeCount)
        let textPosition = Int32(text.count)
        let attributePosition = Int32(attributes.count)
        (nodeBase + nodeCount).initialize(to: Node(
            name: name, key: names.keyIDs[Int(name)], line: Int32(clamping: line), occurrenceOnLine: Int32(clamping: occurrenceOnLine),
            textStart: textPosition, textEnd: textPosition, attributeStart: attributePosition, attributeEnd: attributePosition))
        nodeCount += 1
        let nodes = self.nodes
        if parent >= 0 {
            let last = nodes[Int(parent)].lastChild
            if last >= 0 { nodes[Int(last)].nextSibling = index } else { nodes[Int(parent)].firstChild = index }
            nodes[Int(parent)].lastChild = index
        }
        return index
    }

    /// Records where an element's text ends (at its end tag).
    func close(_ index: Int32) {
        nodeBase[Int(index)].textEnd = Int32(text.count)
    }

    func element(_ index: Int32) -> XElement { XElement(tree: self, index: index) }

    /// The text in `range` of the text buffer as a `String`.
    func string(_ start: Int32, _ end: Int32) -> String {
        text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(end)]), as: UTF8.self) }
    }
}

// MARK: - An element of the tree

/// A read-only view of one element of an `XMLEventTree`, with the queries the XCRI-CAP mapping asks.
/// Views are only used while the tree holds the element (the mapping of one course).
struct XElement {
    unowned(unsafe) let tree: XMLEventTree
    let index: Int32

    var node: XMLEventTree.Node { tree.nodes[Int(index)] }
    /// The element's number in the name table.
    var nameID: Int32 { tree.nodes[Int(index)].name }

    // Each property reads one field of the name (no copy of the whole `XMLName`).
    var namespace: XMLNamespace { tree.names.namespaces[Int(nameID)] }
    /// The local name as written in the document.
    var name: String { tree.names.localNames[Int(nameID)] }
    /// The local name lower-cased, for case-tolerant matching.
    var key: String { tree.names.keys[Int(nameID)] }
    /// The name as written, with its prefix (`mlo:start`).
    var qualifiedName: String { tree.names.qualifiedNames[Int(nameID)] }
    var line: Int { Int(node.line) }
    var occurrenceOnLine: Int { Int(node.occurrenceOnLine) }

    /// The `xsi:type` value resolved through the namespaces in scope: (namespace URI, local part).
    var xsiType: (namespace: String?, local: String)? {
        let slot = node.xsiType
        return slot >= 0 ? tree.xsiTypes[Int(slot)] : nil
    }

    /// The child elements in document order.
    var children: [XElement] {
        var result: [XElement] = []
        let nodes = tree.nodes
        var child = nodes[Int(index)].firstChild
        while child >= 0 {
            result.append(XElement(tree: tree, index: child))
            child = nodes[Int(child)].nextSibling
        }
        return result
    }

    /// Children whose local name matches `key` (lower-case).
    func children(_ key: String) -> [XElement] {
        var result: [XElement] = []
        let keyID = tree.names.keyID(key)
        guard keyID >= 0 else { return result }
        let nodes = tree.nodes
        var child = nodes[Int(index)].firstChild
        while child >= 0 {
            if nodes[Int(child)].key == keyID { result.append(XElement(tree: tree, index: child)) }
            child = nodes[Int(child)].nextSibling
        }
        return result
    }

    /// The first child whose local name matches `key` (lower-case).
    func child(_ key: String) -> XElement? {
        let keyID = tree.names.keyID(key)
        guard keyID >= 0 else { return nil }
        let nodes = tree.nodes
        var child = nodes[Int(index)].firstChild
        while child >= 0 {
            if nodes[Int(child)].key == keyID { return XElement(tree: tree, index: child) }
            child = nodes[Int(child)].nextSibling
        }
        return nil
    }

    /// An attribute's value by local name (any namespace unless given), case-insensitive.
    func attribute(_ name: String, namespace: String? = nil) -> String? {
        let lower = name.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) ? name : name.lowercased()
        let node = node
        guard node.attributeStart < node.attributeEnd else { return nil }
        let keys = tree.names.keys
        for slot in Int(node.attributeStart)..<Int(node.attributeEnd) {
            let attribute = tree.attributes[slot]
            guard keys[Int(attribute.name)] == lower,
                namespace == nil || tree.names.names[Int(attribute.name)].namespaceURI == namespace
            else { continue }
            return tree.attributeText.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[Int(attribute.valueStart)..<Int(attribute.valueEnd)]), as: UTF8.self)
            }
        }
        return nil
    }

    /// All descendant text joined, with no markup handling (for codes, dates, names).
    var rawText: String {
        let node = node
        return tree.string(node.textStart, node.textEnd)
    }
}
