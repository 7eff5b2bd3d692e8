public import Domain
public import Foundation

// MARK: - Importing a feed

/// Imports a provider's feed (XCRI-CAP XML or DfE CSV) into the catalogue.
///
/// An import is atomic: the feed replaces the provider's previous provision in one transaction, and a
/// feed that cannot be parsed, fails in strict mode, or is a dry run changes nothing. Importing the
/// same feed twice reports everything unchanged. Other providers' courses are never touched.
public struct CatalogueImporter: Sendable {
    private let store: any CatalogueStore

    public init(store: any CatalogueStore) {
        self.store = store
    }

    /// Imports `data` as `provider`'s provision and reports what happened.
    ///
    /// Problems with the feed are reported in the returned report (`applied == false` when nothing was
    /// changed); only storage failures throw.
    public func importFeed(_ data: Data, provider: ProviderID, options: ImportOptions = ImportOptions()) async throws -> ImportReport {
        try await reporting(provider, options) { report in try await importData(data, into: report, options: options) }
    }

    /// Imports the feed in the file at `url`. XML feeds are streamed from the file, so memory stays flat
    /// however large the feed. CSV files are mapped and each course is stored once its rows end, so
    /// only the course being read is held; a file whose courses' rows are scattered is grouped whole in
    /// memory first.
    public func importFeed(contentsOf url: URL, provider: ProviderID, options: ImportOptions = ImportOptions()) async throws -> ImportReport {
        var options = options
        options.sourceName = options.sourceName ?? url.lastPathComponent
        return try await reporting(provider, options) { report in
            guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size]) as? Int,
                let handle = try? FileHandle(forReadingFrom: url)
            else {
                throw FeedRejection(code: "unreadable", "The file cannot be read: no such file, or no permission.")
            }
            let head = try handle.read(upToCount: 512) ?? Data()
            try? handle.close()
            guard options.format ?? Self.sniff(head) == .xml, size <= options.maxBytes else {
                return try await importData(try Data(contentsOf: url, options: .alwaysMapped), into: report, options: options)
            }
            return try await importXML(.file(url), into: report, options: options)
        }
    }

    /// Runs one import: starts the report and the clock, turns a rejected feed into a report that
    /// says nothing was applied, and records the duration.
    private func reporting(
        _ provider: ProviderID, _ options: ImportOptions, _ body: (ImportReport) async throws -> ImportReport
    ) async throws -> ImportReport {
        let clock = ContinuousClock.now
        var report = ImportReport(provider: provider, dryRun: options.dryRun, strict: options.strict)
        report.source = options.sourceName
        do {
            report = try await body(report)
        } catch let rejection as FeedRejection {
            report.accepted = false
            report.applied = false
            report.format = rejection.format ?? report.format
            report.errors = rejection.issues + report.errors
        }
        report.durationMilliseconds = Int((ContinuousClock.now - clock) / .milliseconds(1))
        return report
    }

    /// Checks the size limit, then reads the bytes as XML or CSV.
    private func importData(_ data: Data, into report: ImportReport, options: ImportOptions) async throws -> ImportReport {
        guard data.count <= options.maxBytes else {
            throw FeedRejection(code: "too-large", "The file is \(Self.megabytes(data.count)); the limit is \(Self.megabytes(options.maxBytes)).")
        }
        switch options.format ?? Self.sniff(data) {
        case .xml: return try await importXML(.data(data), into: report, options: options)
        case .csv: return try await importCSV(data, into: report, options: options)
        }
    }

    /// XML when the first thing after a byte-order mark and white space is `<`; CSV otherwise.
    public static func sniff(_ data: Data) -> FeedFormatHint {
        var index = data.startIndex
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
        while index < data.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(data[index]) { index += 1 }
        return index < data.endIndex && data[index] == UInt8(ascii: "<") ? .xml : .csv
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }

    // MARK: XML

    private func importXML(_ source: FeedSource, into report: ImportReport, options: ImportOptions) async throws -> ImportReport {
        var repairs: [XMLRepair] = []
        var current = source
        while true {
            do {
                var outcome = try await runXML(current, encoding: repairs.contains(.latin1) ? "ISO-8859-1" : nil, report: report, options: options)
                outcome.warnings = repairs.map { ImportIssue(.warning, code: "repaired", at: SourceLocation(), $0.explanation) } + outcome.warnings
                return outcome
            } catch let failure as XMLReadFailure {
                guard let primary = failure.primary else { throw FeedRejection(code: "not-well-formed", "The XML could not be read.") }
                if repairs.count < 4, let repair = XMLRepair.repair(for: primary, alreadyTried: repairs) {
                    repairs.append(repair)
                    current = .data(repair.apply(to: try current.bytes()))
                    continue
                }
                let location = SourceLocation(line: primary.line, column: primary.column > 0 ? primary.column : nil)
                let message = "The XML is not well-formed: \(primary.message)" + (repairs.isEmpty ? "" : " (after: \(repairs.map(\.explanation).joined(separator: " ")))")
                throw FeedRejection(code: "not-well-formed", at: location, message, format: nil)
            }
        }
    }

    /// Parses on a thread of its own while this one stores what it has mapped, so on two cores the
    /// two halves of the work overlap. The handoff between them is bounded, so memory stays flat.
    /// While the store lags behind, the parser thread also computes the courses' payloads and search
    /// text (`ProvisionWriter.preparation`); otherwise the store computes them when it puts them.
    private func runXML(_ source: FeedSource, encoding: String?, report: ImportReport, options: ImportOptions) async throws -> ImportReport {
        let sourceName = options.sourceName ?? "feed.xml"
        return try await store.withProvision(of: report.provider) { writer in
            var report = report
            let parser = HandedOver(XCRIParser(source: source, sourceName: sourceName, encoding: encoding, today: options.today))
            let handoff = FeedHandoff<any PreparedCourse>()
            let preparation = writer.preparation
            startParserThread {
                do {
                    let preparer = preparation.make()
                    try parser.value.parse(
                        onProvider: { details in try handoff.send(.provider(details)) },
                        onCourse: { course in
                            // Payloads are computed here only while the store lags behind, so the two
                            // threads share the work rather than this one becoming the slower.
                            try handoff.send(.course(handoff.storeIsBehind ? preparer.prepare(course) : UnpreparedCourse(course)))
                        })
                    handoff.finish()
                } catch {
                    handoff.finish(throwing: error)
                }
            }
            let runs = try Self.store(from: handoff, with: writer, report: &report) { details in
                try Self.checkProvider(details, against: writer.provider)
                try writer.updateProvider(details)
            }
            // The parser thread has finished (receive returned nil after `finish`), so reading it here is safe.
            report.format = parser.value.format
            var issues = IssueCollector()
            for issue in parser.value.resolvedIssues() { issues.add(issue) }
            return try Self.finish(report, runs: runs, issues: issues, writer: writer, options: options)
        }
    }

    // MARK: CSV

    /// Imports a CSV file, storing each course while later rows are still being read. A course file
    /// whose courses' rows are not next to each other is rolled back and imported again, grouped
    /// whole before storing (the report and the stored catalogue are the same either way).
    private func importCSV(_ data: Data, into report: ImportReport, options: ImportOptions) async throws -> ImportReport {
        do {
            return try await streamCSV(data, into: report, options: options)
        } catch is ScatteredCourseRows {
            return try await store.withProvision(of: report.provider) { writer in
                try data.withUnsafeBytes { raw in
                    try Self.importGrouped(raw.bindMemory(to: UInt8.self), with: writer, report: report, options: options)
                }
            }
        }
    }

    /// Reads, validates and groups rows on a thread of its own, handing each course over as soon as
    /// a row of another course follows it, while this thread stores the courses handed over. The
    /// reading thread also computes every course's payloads and search text: storing is the slower
    /// side (about three fifths of the work), so this thread only binds and steps.
    private func streamCSV(_ data: Data, into report: ImportReport, options: ImportOptions) async throws -> ImportReport {
        try await store.withProvision(of: report.provider) { writer in
            try data.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                var report = report
                var headerIssues = IssueCollector()
                let parser = DfECSVParser(today: options.today, knownVenues: try writer.venues())
                let (reader, header) = try parser.readHeader(bytes, issues: &headerIssues)
                guard header.template != .venue else {
                    return try Self.importGrouped(bytes, with: writer, report: report, options: options)
                }
                report.format = header.template.format
                let handoff = FeedHandoff<any PreparedCourse>()
                let preparation = writer.preparation
                let reading = CSVReading(parser: parser, reader: reader, header: header, issues: headerIssues)
                // A scan ahead for scattered rows, so such a file is given up on early (it ends before this does).
                let watch = CSVScatterWatch()
                watch.start(reader, header: header)
                defer { watch.stopAndWait() }
                startParserThread {
                    let preparer = preparation.make()
                    do {
                        _ = try reading.parser.streamCourses(
                            after: reading.reader, header: reading.header, issues: &reading.issues, scattered: { watch.scatteredRow }
                        ) { course in
                            try handoff.send(.course(preparer.prepare(course)))
                        }
                        handoff.finish()
                    } catch {
                        handoff.finish(throwing: error)
                    }
                }
                let runs = try Self.store(from: handoff, with: writer, report: &report)
                // The reading thread has finished (the handoff ended), so its issues can be read here.
                return try Self.finish(report, runs: runs, issues: reading.issues, writer: writer, options: options)
            }
        }
    }

    /// Reads the whole file, grouping every row before storing anything: venue files, and course
    /// files whose courses' rows are scattered.
    private static func importGrouped(
        _ bytes: UnsafeBufferPointer<UInt8>, with writer: any ProvisionWriter, report: ImportReport, options: ImportOptions
    ) throws -> (result: ImportReport, commit: Bool) {
        var report = report
        var issues = IssueCollector()
        let parser = DfECSVParser(today: options.today, knownVenues: try writer.venues())
        let (template, content) = try parser.parse(bytes, issues: &issues)
        report.format = template.format
        switch content {
        case .venues(let venues):
            report.venues = venues.count
            let changes = try writer.replaceVenues(venues)
            report.courseChanges = ChangeCounts()
            let (warnings, errors) = issues.finished()
            report.warnings = warnings
            report.errors = errors
            report.venueChanges = changes
            report.accepted = !(options.strict && !errors.isEmpty)
            report.applied = report.accepted && !options.dryRun
            return (report, report.applied)
        case .courses(let courses):
            let runs = try store(courses, with: writer, report: &report)
            return try finish(report, runs: runs, issues: issues, writer: writer, options: options)
        }
    }

    /// Stores the grouped courses in order while a second thread prepares them (payloads and
    /// search text), so on two cores preparing overlaps storing; returns the run counts.
    private static func store(_ courses: [Course], with writer: any ProvisionWriter, report: inout ImportReport) throws -> ChangeCounts {
        let handoff = FeedHandoff<any PreparedCourse>()
        let preparation = writer.preparation
        startParserThread {
            let preparer = preparation.make()
            do {
                for course in courses { try handoff.send(.course(preparer.prepare(course))) }
                handoff.finish()
            } catch {
                handoff.finish(throwing: error)
            }
        }
        return try store(from: handoff, with: writer, report: &report)
    }

    /// Stores the courses handed over until the producing thread finishes, passing provider details to
    /// `onProvider` (ignored when nil); rethrows the producer's error. On any error the producing
    /// thread is stopped and waited for before this returns.
    private static func store(
        from handoff: FeedHandoff<any PreparedCourse>, with writer: any ProvisionWriter, report: inout ImportReport,
        onProvider: ((ProviderDetails) throws -> Void)? = nil
    ) throws -> ChangeCounts {
        var runs = ChangeCounts()
        do {
            while let item = try handoff.receive() {
                switch item {
                case .provider(let details):
                    try onProvider?(details)
                case .course(let prepared):
                    let change = try writer.put(prepared: prepared)
                    report.tally(runs: prepared.runCount, change: change.course)
                    runs = runs + change.runs
                }
            }
        } catch {
            handoff.cancel()
            handoff.waitUntilFinished()
            throw error
        }
        return runs
    }

    // MARK: Shared

    /// Refuses a feed whose UKPRN says it belongs to a different provider.
    private static func checkProvider(_ details: ProviderDetails, against provider: Provider) throws {
        if let stored = provider.ukprn, let declared = details.ukprn, stored != declared {
            throw FeedRejection(
                code: "ukprn-mismatch", field: "ukprn",
                "The feed declares UKPRN \(declared) but provider \(provider.id) has UKPRN \(stored); is this another provider's feed?")
        }
    }

    /// Removes what the feed no longer lists, decides whether to commit, and completes the report.
    private static func finish(
        _ report: ImportReport, runs: ChangeCounts, issues: IssueCollector, writer: any ProvisionWriter, options: ImportOptions
    ) throws -> (result: ImportReport, commit: Bool) {
        var report = report
        let (warnings, errors) = issues.finished()
        report.warnings = warnings
        report.errors = errors
        if report.courses == 0, !options.allowEmpty {
            let detail = errors.isEmpty ? "" : " (\(errors.count) records had errors)"
            throw FeedRejection(
                [ImportIssue(.error, code: "no-courses", at: SourceLocation(),
                             "The feed has no valid courses\(detail), so it would withdraw all of this provider's provision; nothing was changed.")] + errors,
                format: report.format)
        }
        let removed = try writer.removeCoursesNotPut()
        report.removed = removed.courses
        report.runChanges = ChangeCounts(created: runs.created, updated: runs.updated, unchanged: runs.unchanged, removed: runs.removed + removed.runs)
        report.accepted = !(options.strict && !errors.isEmpty)
        report.applied = report.accepted && !options.dryRun
        return (report, report.applied)
    }
}

/// What the CSV reading thread works on, and the issues it found (read once it has finished).
private final class CSVReading: @unchecked Sendable {
    let parser: DfECSVParser
    let reader: CSVReader
    let header: CSVHeaderMap
    var issues: IssueCollector

    init(parser: DfECSVParser, reader: CSVReader, header: CSVHeaderMap, issues: IssueCollector) {
        (self.parser, self.reader, self.header, self.issues) = (parser, reader, header, issues)
    }
}

extension ImportReport {
    mutating func tally(runs runCount: Int, change: ChangeKind) {
        courses += 1
        runs += runCount
        switch change {
        case .created: created += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        }
    }
}
