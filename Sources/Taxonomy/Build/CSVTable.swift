import Foundation

// MARK: - CSV for the reference data

/// A CSV file read whole: a header and rows addressed by column name (RFC 4180 quoting).
struct CSVTable {
    let file: String
    let header: [String]
    let rows: [[String]]
    private let columns: [String: Int]

    init(url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw TaxonomyBuildError(file: url.lastPathComponent, location: nil, reason: "cannot be read: \(error.localizedDescription)")
        }
        self.init(file: url.lastPathComponent, bytes: Array(data))
    }

    init(file: String, bytes: [UInt8]) {
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func endField() { record.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true) }
        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") { field.append(byte); index += 1 } else { inQuotes = false }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") {
                inQuotes = true
            } else if byte == UInt8(ascii: ",") {
                endField()
            } else if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                endField()
                if record.count > 1 || record.first?.isEmpty == false { records.append(record) }
                record.removeAll(keepingCapacity: true)
            } else {
                field.append(byte)
            }
            index += 1
        }
        if !field.isEmpty || !record.isEmpty { endField(); records.append(record) }
        self.file = file
        header = records.first ?? []
        rows = Array(records.dropFirst())
        columns = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The column's position, or a located error naming the missing column.
    func column(_ name: String) throws -> Int {
        guard let index = columns[name] else {
            throw TaxonomyBuildError(file: file, location: "line 1", reason: "has no \"\(name)\" column (columns: \(header.joined(separator: ", ")))")
        }
        return index
    }
}

extension Array where Element == String {
    /// The value at `index`, or "" when the row is short.
    subscript(safe index: Int) -> String { index < count ? self[index] : "" }
}

// MARK: - Build errors

/// A problem with the build's input, located in its file.
public struct TaxonomyBuildError: Error, CustomStringConvertible, Equatable {
    /// The input file's name.
    public var file: String
    /// Where in the file: a line, a record, a field.
    public var location: String?
    public var reason: String

    public init(file: String, location: String?, reason: String) {
        self.file = file
        self.location = location
        self.reason = reason
    }

    public var description: String { [file, location].compactMap { $0 }.joined(separator: ":") + ": " + reason }
}
