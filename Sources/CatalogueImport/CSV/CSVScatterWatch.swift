import Dispatch
import Foundation

// MARK: - Looking ahead for scattered course rows

/// Scans a course file ahead of the streamed import, on a thread of its own and by raw bytes only
/// (no values are made), for a row that comes back to a course after another course's rows.
///
/// The streamed import stores each course once a row of another course follows it, and has to start
/// again grouped-first when a later row belongs to a stored course. This scan finds such files in a
/// fraction of the time the import takes, so the streamed attempt gives up early rather than near the
/// end. It only advises: rows whose raw key bytes differ may still be one course once cleaned (and
/// the reverse), so the stream keeps its own exact check, and a false alarm only costs speed.
final class CSVScatterWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var found: Int?
    private var stopped = false
    private let running = DispatchGroup()

    /// The record number of the first row seen coming back to an earlier course, if any yet.
    var scatteredRow: Int? { lock.withLock { found } }

    /// Starts scanning the records after `reader`'s position (the reader's bytes must outlive the
    /// scan: call `stopAndWait()` before they go).
    func start(_ reader: CSVReader, header: CSVHeaderMap) {
        running.enter()
        let work = HandedOver((reader: reader, header: header))
        startParserThread { [self] in
            var reader = work.value.reader
            let row = Self.firstScatteredRow(&reader, header: work.value.header) { lock.withLock { stopped } }
            lock.withLock { found = row }
            running.leave()
        }
    }

    /// Stops the scan and waits for its thread to end.
    func stopAndWait() {
        lock.withLock { stopped = true }
        running.wait()
    }

    // MARK: Scanning

    /// The record number of the first row whose raw course key (LARS code or non-LARS course fields,
    /// and the seven descriptions) appeared before another key; nil when there is none, when the
    /// file cannot be read to the end (the import reports that), or when `shouldStop` says so.
    static func firstScatteredRow(_ reader: inout CSVReader, header: CSVHeaderMap, shouldStop: () -> Bool) -> Int? {
        let leading = header.template == .nonLars ? ["COURSE_TYPE", "SECTOR", "EDUCATION_LEVEL", "AWARDING_BODY"] : ["LARS_QAN"]
        let columns = (leading + CSVTemplate.descriptionColumns).compactMap(header.index)
        var record = reader.makeRecord()
        var previous = reader.makeRecord()
        var earlier: Set<UInt64> = []
        var current: UInt64?
        var scanned = 0
        while (try? reader.next(into: &record)) == true {
            scanned += 1
            if scanned & 255 == 0, shouldStop() { return nil }
            guard record.count == header.count else { continue }  // skipped by the import as well
            // The rows of one course repeat its key: comparing with the row before is cheaper than hashing.
            if current != nil, sameKey(record, previous, columns: columns) { continue }
            var key = KeyHash()
            for column in columns { record.withBytes(column) { key.add($0) } }
            swap(&record, &previous)
            guard key.value != current else { continue }
            if earlier.contains(key.value) { return previous.row }
            if let current { earlier.insert(current) }
            current = key.value
        }
        return nil
    }

    /// True when the key columns of two records hold the same bytes.
    private static func sameKey(_ record: CSVRecord, _ other: CSVRecord, columns: [Int]) -> Bool {
        for column in columns {
            let same = record.withBytes(column) { mine in other.withBytes(column) { theirs in
                mine.count == theirs.count && (mine.isEmpty || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0)
            } }
            if !same { return false }
        }
        return true
    }
}

// MARK: - Key hash

/// A fast 64-bit hash of a course key's columns, eight bytes at a time. Not `Hasher`: the scan only
/// advises (a rare collision would only send the import down the slower grouped path), and SipHash
/// over a kilobyte of descriptions per row cost a quarter of the scan.
private struct KeyHash {
    private(set) var value: UInt64 = 0x9E37_79B9_7F4A_7C15

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index + 8 <= raw.count {
            mix(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        while index < raw.count {
            tail = tail << 8 | UInt64(raw[index])
            index += 1
        }
        mix(tail)
        // The length ends each column, so bytes cannot move between columns unnoticed.
        mix(UInt64(raw.count) | 0x1F << 56)
    }

    private mutating func mix(_ word: UInt64) {
        value = (value ^ word) &* 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 29
    }
}
