import Foundation

// MARK: - RFC 4180 reader

/// One CSV record with where it starts in the file.
struct CSVRecord {
    var fields: [String]
    /// 1-based physical line the record starts on.
    var line: Int
    /// 1-based record number; the header is row 1.
    var row: Int
}

/// A fast RFC 4180 reader over UTF-8 bytes: quoted fields with doubled quotes, commas and line breaks
/// inside quotes, CRLF or LF line ends, an optional byte-order mark. Works on bytes, not Characters.
struct CSVReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int
    private var line = 1
    private var row = 0

    /// - Parameter bytes: the file's bytes; must outlive the reader.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        position = hasBOM ? 3 : 0
    }

    /// A quoted field that never closed.
    struct UnterminatedQuote: Error {
        var line: Int
        var row: Int
    }

    /// The next record, or nil at the end of the file.
    mutating func next() throws(UnterminatedQuote) -> CSVRecord? {
        guard position < bytes.count else { return nil }
        row += 1
        let startLine = line
        var fields: [String] = []
        fields.reserveCapacity(28)
        while true {
            let (field, terminator) = try readField(startLine: startLine)
            fields.append(field)
            switch terminator {
            case .comma: continue
            case .endOfRecord, .endOfFile: return CSVRecord(fields: fields, line: startLine, row: row)
            }
        }
    }

    private enum Terminator { case comma, endOfRecord, endOfFile }

    private mutating func readField(startLine: Int) throws(UnterminatedQuote) -> (String, Terminator) {
        if position < bytes.count, bytes[position] == 0x22 {
            return try readQuotedField(startLine: startLine)
        }
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x2C {
                let field = string(start, position)
                position += 1
                return (field, .comma)
            }
            if byte == 0x0A || byte == 0x0D {
                let field = string(start, position)
                consumeLineEnd()
                return (field, .endOfRecord)
            }
            position += 1
        }
        return (string(start, position), .endOfFile)
    }

    private mutating func readQuotedField(startLine: Int) throws(UnterminatedQuote) -> (String, Terminator) {
        position += 1  // opening quote
        var buffer: [UInt8] = []
        var segmentStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x22 {
                if position + 1 < bytes.count, bytes[position + 1] == 0x22 {
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart...position]))
                    position += 2
                    segmentStart = position
                    continue
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<position]))
                position += 1  // closing quote
                // Anything between the closing quote and the separator is kept, as spreadsheets do.
                let trailingStart = position
                while position < bytes.count, bytes[position] != 0x2C, bytes[position] != 0x0A, bytes[position] != 0x0D {
                    position += 1
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[trailingStart..<position]))
                let field = String(decoding: buffer, as: UTF8.self)
                if position >= bytes.count { return (field, .endOfFile) }
                if bytes[position] == 0x2C {
                    position += 1
                    return (field, .comma)
                }
                consumeLineEnd()
                return (field, .endOfRecord)
            }
            if byte == 0x0A { line += 1 }
            position += 1
        }
        throw UnterminatedQuote(line: startLine, row: row)
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

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
