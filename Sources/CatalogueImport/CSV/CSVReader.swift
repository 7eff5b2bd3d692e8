import Foundation

// MARK: - One record as byte ranges

/// Where one field's bytes are: a range of the file, or of the record's unescaped copy when the
/// field had doubled quotes or text after its closing quote.
struct CSVField {
    var start: Int
    var end: Int
    var unescaped: Bool
}

/// One CSV record with where it starts in the file. Fields are byte ranges over the file; a `String`
/// is made only for the values a caller asks for. A record is reused from row to row.
struct CSVRecord {
    /// The file's bytes (owned by the caller of the reader).
    let file: UnsafeBufferPointer<UInt8>
    var fields: [CSVField] = []
    /// Unescaped copies of the fields that needed one.
    var scratch: [UInt8] = []
    /// 1-based physical line the record starts on.
    var line = 0
    /// 1-based record number; the header is row 1.
    var row = 0

    init(file: UnsafeBufferPointer<UInt8>) {
        self.file = file
        fields.reserveCapacity(32)
    }

    var count: Int { fields.count }

    // MARK: Values

    /// Calls `body` with the bytes of field `index`.
    @inline(__always)
    func withBytes<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let field = fields[index]
        if field.unescaped {
            return scratch.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[field.start..<field.end])) }
        }
        return body(UnsafeBufferPointer(rebasing: file[field.start..<field.end]))
    }

    /// The whole field as text (invalid UTF-8 is replaced, as `String(decoding:)` does).
    func string(_ index: Int) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// The field without spaces, tabs, line breaks or no-break spaces at either end; nil when nothing is left.
    func trimmed(_ index: Int) -> String? {
        withBytes(index) { bytes in
            var start = 0
            var end = bytes.count
            while start < end {
                let byte = bytes[start]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    start += 1
                } else if byte == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 {
                    start += 2
                } else {
                    break
                }
            }
            while end > start {
                let byte = bytes[end - 1]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    end -= 1
                } else if byte == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 {
                    end -= 2
                } else {
                    break
                }
            }
            return start == end ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// True when every field is empty or white space (such rows are skipped).
    var isBlank: Bool {
        for index in fields.indices {
            let blank = withBytes(index) { bytes -> Bool in
                for byte in bytes {
                    switch byte {
                    case 0x09...0x0D, 0x20: continue
                    case 0x80...: return String(decoding: bytes, as: UTF8.self).allSatisfy(\.isWhitespace)
                    default: return false
                    }
                }
                return true
            }
            if !blank { return false }
        }
        return true
    }
}

// MARK: - RFC 4180 reader

/// A fast RFC 4180 reader over UTF-8 bytes: quoted fields with doubled quotes, commas and line breaks
/// inside quotes, CRLF or LF line ends, an optional byte-order mark. Works on bytes, not Characters,
/// and makes no `String` per field.
struct CSVReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where the next record starts.
    private(set) var position: Int
    private var line = 1
    private var row = 0
    /// Where reading stops: a record boundary, or the end of the file.
    var limit: Int

    /// - Parameter bytes: the file's bytes; must outlive the reader and its records.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        position = hasBOM ? 3 : 0
        limit = bytes.count
    }

    /// A quoted field that never closed.
    struct UnterminatedQuote: Error {
        var line: Int
        var row: Int
    }

    /// A new record to read into.
    func makeRecord() -> CSVRecord { CSVRecord(file: bytes) }

    /// Reads the next record into `record`; false at the end of the file.
    mutating func next(into record: inout CSVRecord) throws(UnterminatedQuote) -> Bool {
        guard position < limit else { return false }
        row += 1
        record.fields.removeAll(keepingCapacity: true)
        record.scratch.removeAll(keepingCapacity: true)
        record.line = line
        record.row = row
        while true {
            switch try readField(into: &record) {
            case .comma: continue
            case .endOfRecord, .endOfFile: return true
            }
        }
    }

    private enum Terminator { case comma, endOfRecord, endOfFile }

    private mutating func readField(into record: inout CSVRecord) throws(UnterminatedQuote) -> Terminator {
        if position < bytes.count, bytes[position] == 0x22 {
            return try readQuotedField(into: &record)
        }
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x2C {
                record.fields.append(CSVField(start: start, end: position, unescaped: false))
                position += 1
                return .comma
            }
            if byte == 0x0A || byte == 0x0D {
                record.fields.append(CSVField(start: start, end: position, unescaped: false))
                consumeLineEnd()
                return .endOfRecord
            }
            position += 1
        }
        record.fields.append(CSVField(start: start, end: position, unescaped: false))
        return .endOfFile
    }

    private mutating func readQuotedField(into record: inout CSVRecord) throws(UnterminatedQuote) -> Terminator {
        position += 1  // opening quote
        let contentStart = position
        // Set once the field needs an unescaped copy (a doubled quote or text after the closing quote).
        var copyStart: Int?
        var segmentStart = position
        skipToQuote()
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x22 {
                if position + 1 < bytes.count, bytes[position + 1] == 0x22 {
                    if copyStart == nil { copyStart = record.scratch.count }
                    record.scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart...position]))
                    position += 2
                    segmentStart = position
                    continue
                }
                let contentEnd = position
                position += 1  // closing quote
                // Anything between the closing quote and the separator is kept, as spreadsheets do.
                let trailingStart = position
                while position < bytes.count, bytes[position] != 0x2C, bytes[position] != 0x0A, bytes[position] != 0x0D {
                    position += 1
                }
                if copyStart == nil, trailingStart < position { copyStart = record.scratch.count }
                if let copyStart {
                    record.scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<contentEnd]))
                    record.scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[trailingStart..<position]))
                    record.fields.append(CSVField(start: copyStart, end: record.scratch.count, unescaped: true))
                } else {
                    record.fields.append(CSVField(start: contentStart, end: contentEnd, unescaped: false))
                }
                if position >= bytes.count { return .endOfFile }
                if bytes[position] == 0x2C {
                    position += 1
                    return .comma
                }
                consumeLineEnd()
                return .endOfRecord
            }
            if byte == 0x0A { line += 1 }
            position += 1
            skipToQuote()
        }
        throw UnterminatedQuote(line: record.line, row: row)
    }

    /// Moves `position` to the next double quote (or the end of the file), counting the line breaks
    /// passed. Inside a quoted field nothing else matters, so long descriptions are crossed with
    /// `memchr` instead of a byte at a time.
    private mutating func skipToQuote() {
        guard position < bytes.count, bytes[position] != 0x22, let start = bytes.baseAddress else { return }
        let base = UnsafeRawPointer(start)
        let quote = memchr(base + position, 0x22, bytes.count - position).map { base.distance(to: UnsafeRawPointer($0)) } ?? bytes.count
        var scan = position
        while scan < quote, let found = memchr(base + scan, 0x0A, quote - scan) {
            line += 1
            scan = base.distance(to: UnsafeRawPointer(found)) + 1
        }
        position = quote
    }

    private mutating func consumeLineEnd() {
        if bytes[position] == 0x0D {
            position += 1
            if position < bytes.count, bytes[position] == 0x0A { position += 1 }
        } else {
            position += 1
        }
        line += 1
    }
}
