import Domain
import Foundation
import Matching

// MARK: - Located profile errors

/// A profile field that cannot be read, located by its JSON path (`$.constraints.maxCostPence`):
/// an unknown field (with the closest known name), a value of the wrong type or outside the allowed
/// values (listed), or contradictory bounds. Services answer it as a 400 naming `path`.
public struct ProfileFieldError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `unknown-field`, `invalid-value` or `contradictory-constraints`.
    public var code: String
    /// Where, e.g. `$.constraints.maxLevel` or `$.constraints.deliveryModes[1]`.
    public var path: String
    /// What is wrong, as one clause without a final full stop.
    public var reason: String
    /// For an unknown field: the known field it is probably a misspelling of.
    public var didYouMean: String?
    /// The values (or field names) that are accepted here, when there is a short list.
    public var allowed: [String]?

    public init(code: String, path: String, reason: String, didYouMean: String? = nil, allowed: [String]? = nil) {
        self.code = code
        self.path = path
        self.reason = reason
        self.didYouMean = didYouMean
        self.allowed = allowed
    }

    /// `path: reason.`
    public var description: String { "\(path): \(reason)." }

    // MARK: Unknown fields

    /// Throws for the first member of the object being decoded whose name is not in `known`.
    static func refuseUnknownFields(_ decoder: any Decoder, known: [String]) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) where !known.contains(key.stringValue) {
            throw unknownField(key.stringValue, at: render(container.codingPath + [key]), known: known)
        }
    }

    /// The error for an unknown member `name` at `path`.
    public static func unknownField(_ name: String, at path: String, known: [String]) -> ProfileFieldError {
        let suggestion = closest(to: name, in: known)
        return ProfileFieldError(
            code: "unknown-field", path: path,
            reason: "unknown field `\(name.prefix(64))`" + (suggestion.map { " (did you mean \($0)?)" } ?? " (known fields: \(known.joined(separator: ", ")))"),
            didYouMean: suggestion, allowed: known)
    }

    /// The known name `name` is most likely a slip for: one that starts or ends with it or that it
    /// starts with (maxCost → maxCostPence, title → currentTitle), or is within a third of its length
    /// in edits; nil when none is close.
    public static func closest(to name: String, in known: [String]) -> String? {
        let lower = name.lowercased()
        guard lower.count >= 3 else { return nil }
        if let containing = known.first(where: { $0.lowercased().hasPrefix(lower) || lower.hasPrefix($0.lowercased()) }) { return containing }
        if lower.count >= 4, let ending = known.first(where: { $0.lowercased().hasSuffix(lower) }) { return ending }
        let scored = known.map { ($0, editDistance(lower, $0.lowercased())) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= max(1, lower.count / 3) else { return nil }
        return best
    }

    /// Edits (insert, delete, substitute, swap two neighbours) from one name to the other.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs), right = Array(rhs)
        guard !left.isEmpty, !right.isEmpty else { return max(left.count, right.count) }
        var table = Array(repeating: Array(repeating: 0, count: right.count + 1), count: left.count + 1)
        for i in 0...left.count { table[i][0] = i }
        for j in 0...right.count { table[0][j] = j }
        for i in 1...left.count {
            for j in 1...right.count {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[left.count][right.count]
    }

    /// `$`, `$.constraints`, `$.constraints.districts[2]`.
    public static func render(_ path: [any CodingKey]) -> String {
        path.reduce("$") { text, key in key.intValue.map { "\(text)[\($0)]" } ?? "\(text).\(key.stringValue)" }
    }
}

/// Any member name.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}

// MARK: - Reading fields with located errors

/// Reads the fields of one object so that every failure, whatever the decoder's own wording, becomes
/// a `ProfileFieldError` at the field's path saying what was expected.
struct ProfileFieldReader<Key: CodingKey> {
    let container: KeyedDecodingContainer<Key>

    func path(_ key: Key, index: Int? = nil) -> String {
        ProfileFieldError.render(container.codingPath + [key]) + (index.map { "[\($0)]" } ?? "")
    }

    func invalid(_ key: Key, index: Int? = nil, _ reason: String, allowed: [String]? = nil) -> ProfileFieldError {
        ProfileFieldError(
            code: "invalid-value", path: path(key, index: index),
            reason: reason + (allowed.map { "; expected one of " + $0.joined(separator: ", ") } ?? ""), allowed: allowed)
    }

    /// Runs `read`; a decoding error becomes "expected …" at the field.
    func read<Value>(_ key: Key, expected: String, _ read: () throws -> Value?) throws -> Value? {
        do {
            return try read()
        } catch let error as ProfileFieldError {
            throw error
        } catch {
            // The decoder's own errors (including a number that does not fit, which is not even a
            // DecodingError) say nothing a caller can use: say what was expected, here.
            throw ProfileFieldError(code: "invalid-value", path: path(key), reason: "expected \(expected)")
        }
    }

    /// A list of a string enumeration's values; each wrong value is named with the allowed ones.
    func values<Value: RawRepresentable & CaseIterable>(_ key: Key, of type: Value.Type, kind: String) throws -> [Value] where Value.RawValue == String {
        let allowed = Value.allCases.map(\.rawValue)
        let names = try read(key, expected: "a list of \(kind)s (\(allowed.joined(separator: ", ")))") {
            try container.decodeIfPresent([String].self, forKey: key)
        } ?? []
        return try names.enumerated().map { position, name in
            guard let value = Value(rawValue: name.lowercased()) else {
                throw invalid(key, index: position, "'\(name.prefix(32))' is not a \(kind)", allowed: allowed)
            }
            return value
        }
    }

    /// A level: "entry", "1"–"8" (a JSON number 1–8 is accepted too).
    func level(_ key: Key) throws -> Level? {
        let expected = "a level: \"entry\" or \"1\" to \"8\""
        if let number = try? container.decodeIfPresent(Int.self, forKey: key) {
            guard let level = Level(rank: number) else { throw invalid(key, "\(number) is not a level; expected \(expected)") }
            return level
        }
        guard let text = try read(key, expected: expected, { try container.decodeIfPresent(String.self, forKey: key) }) else { return nil }
        guard let level = Level(code: text) else { throw invalid(key, "'\(text.prefix(32))' is not a level; expected \(expected)") }
        return level
    }

    /// A calendar day, `yyyy-MM-dd`.
    func day(_ key: Key) throws -> String? {
        guard let text = try read(key, expected: "a date, yyyy-MM-dd", { try container.decodeIfPresent(String.self, forKey: key) }) else { return nil }
        guard let date = CalendarDate(text) else { throw invalid(key, "'\(text.prefix(32))' is not a date (yyyy-MM-dd)") }
        return date.description
    }
}
