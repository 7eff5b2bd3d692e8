public import Foundation

// MARK: - Batch (JSONL) format

/// A query read from a batch file.
public struct BatchQuery: Sendable, Hashable {
    /// The caller's id, echoed in the output.
    public var id: String
    /// The query text.
    public var text: String

    /// Creates a query.
    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

/// A malformed line in a batch file.
public struct BatchFormatError: Error, Hashable, CustomStringConvertible {
    /// The file as named by the caller.
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(file):\(line): \(reason)" }
}

/// Reads and writes the JSON Lines files of `skillway rank`: documents
/// `{"id", "title", "aliases"?, "text"?}`, queries `{"id", "text"}`, results
/// `{"id", "results": [{"id", "score"}]}`. Blank lines are skipped; an empty file is not an error.
public enum BatchFormat {
    /// Parses a documents file.
    /// - Throws: ``BatchFormatError`` naming the first bad line; nothing is returned in that case.
    public static func readDocuments(_ data: Data, file: String) throws -> [MatchDocument] {
        var documents: [MatchDocument] = []
        var seen = Set<String>()
        try forEachObject(data, file: file) { object, line in
            let id = try requiredString(object, "id", file: file, line: line)
            guard seen.insert(id).inserted else { throw BatchFormatError(file: file, line: line, reason: "duplicate document id \"\(id)\"") }
            let title = try requiredString(object, "title", file: file, line: line, allowEmpty: true)
            var aliases: [String] = []
            if let value = object["aliases"], !(value is NSNull) {
                guard let list = value as? [Any] else {
                    throw BatchFormatError(file: file, line: line, reason: "\"aliases\" must be an array of strings")
                }
                for (position, item) in list.enumerated() {
                    guard let alias = item as? String else {
                        throw BatchFormatError(file: file, line: line, reason: "\"aliases\"[\(position)] must be a string")
                    }
                    aliases.append(alias)
                }
            }
            let text = try optionalString(object, "text", file: file, line: line) ?? ""
            documents.append(MatchDocument(id: id, title: title, aliases: aliases, body: text))
        }
        return documents
    }

    /// Parses a queries file.
    /// - Throws: ``BatchFormatError`` naming the first bad line.
    public static func readQueries(_ data: Data, file: String) throws -> [BatchQuery] {
        var queries: [BatchQuery] = []
        try forEachObject(data, file: file) { object, line in
            let id = try requiredString(object, "id", file: file, line: line)
            let text = try requiredString(object, "text", file: file, line: line, allowEmpty: true)
            queries.append(BatchQuery(id: id, text: text))
        }
        return queries
    }

    /// One output line (without the newline) for a query's hits.
    /// - Parameter explain: add each hit's explanation under `"explanation"`.
    public static func resultLine(queryID: String, hits: [MatchHit], explain: Bool = false) -> String {
        var out = "{\"id\":" + quoted(queryID) + ",\"results\":["
        for (i, hit) in hits.enumerated() {
            if i > 0 { out += "," }
            out += "{\"id\":" + quoted(hit.id) + ",\"score\":" + number(hit.score)
            if explain { out += ",\"explanation\":" + explanationJSON(hit.explanation) }
            out += "}"
        }
        return out + "]}"
    }

    // MARK: Reading

    private static func forEachObject(_ data: Data, file: String, _ body: ([String: Any], Int) throws -> Void) throws {
        var line = 0
        var start = data.startIndex
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
            line += 1
            let slice = data[start..<end]
            start = end < data.endIndex ? data.index(after: end) : end
            guard slice.contains(where: { !($0 == 32 || $0 == 9 || $0 == 13) }) else { continue }
            let value: Any
            do {
                value = try JSONSerialization.jsonObject(with: Data(slice), options: [])
            } catch {
                throw BatchFormatError(file: file, line: line, reason: "not valid JSON")
            }
            guard let object = value as? [String: Any] else {
                throw BatchFormatError(file: file, line: line, reason: "expected a JSON object")
            }
            try body(object, line)
        }
    }

    private static func requiredString(_ object: [String: Any], _ key: String, file: String, line: Int, allowEmpty: Bool = false) throws -> String {
        guard let value = object[key], !(value is NSNull) else {
            throw BatchFormatError(file: file, line: line, reason: "missing \"\(key)\"")
        }
        guard let string = value as? String else {
            throw BatchFormatError(file: file, line: line, reason: "\"\(key)\" must be a string")
        }
        guard allowEmpty || !string.isEmpty else {
            throw BatchFormatError(file: file, line: line, reason: "\"\(key)\" must not be empty")
        }
        return string
    }

    private static func optionalString(_ object: [String: Any], _ key: String, file: String, line: Int) throws -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let string = value as? String else {
            throw BatchFormatError(file: file, line: line, reason: "\"\(key)\" must be a string")
        }
        return string
    }

    // MARK: Writing

    static func quoted(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func number(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "0"
    }

    static func explanationJSON(_ e: MatchExplanation) -> String {
        var parts: [String] = []
        let terms = e.terms.map {
            "{\"term\":\(quoted($0.term)),\"contribution\":\(number($0.contribution)),\"form\":\(number($0.formContribution)),\"body\":\(number($0.bodyContribution))}"
        }
        parts.append("\"terms\":[" + terms.joined(separator: ",") + "]")
        if let form = e.matchedForm { parts.append("\"matchedForm\":\(quoted(form))") }
        if let index = e.matchedFormIndex { parts.append("\"matchedFormIndex\":\(index)") }
        parts.append("\"formScore\":\(number(e.formScore))")
        parts.append("\"bodyScore\":\(number(e.bodyScore))")
        if let match = e.formMatch { parts.append("\"formMatch\":\(quoted(match.rawValue))") }
        if e.exactBonus > 0 { parts.append("\"exactBonus\":\(number(e.exactBonus))") }
        if e.phraseBonus > 0 { parts.append("\"phraseBonus\":\(number(e.phraseBonus))") }
        if e.coverageBonus > 0 { parts.append("\"coverageBonus\":\(number(e.coverageBonus))") }
        if !e.corrections.isEmpty {
            let pairs = e.corrections.sorted { $0.key < $1.key }.map { "\(quoted($0.key)):\(quoted($0.value))" }
            parts.append("\"corrections\":{" + pairs.joined(separator: ",") + "}")
        }
        return "{" + parts.joined(separator: ",") + "}"
    }
}
