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
        var earlier: Set<Int> = []
        var current: Int?
        var scanned = 0
        while (try? reader.next(into: &record)) == true {
            scanned += 1
            if scanned & 255 == 0, shouldStop() { return nil }
            guard record.count == header.count else { continue }  // skipped by the import as well
            var hasher = Hasher()
            for column in columns {
                record.withBytes(column) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
                hasher.combine(UInt8(0x1F))
            }
            let key = hasher.finalize()
            guard key != current else { continue }
            if earlier.contains(key) { return record.row }
            if let current { earlier.insert(current) }
            current = key
        }
        return nil
    }
}
