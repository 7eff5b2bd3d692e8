import ArgumentParser
import CatalogueImport
import Domain
import Foundation
import Storage

#if canImport(Glibc)
import Glibc
#endif

// MARK: - bench

extension Skillway {
    /// `skillway bench`: the performance benchmarks behind BENCHMARKS.md. Build with `-c release`.
    struct Bench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the performance benchmarks (build with: swift build -c release).",
            discussion: "Each benchmark generates its own deterministic input, measures several runs and reports medians.",
            subcommands: [XML.self, CSV.self, Search.self, Memory.self, ImportOnce.self, DiagnoseBench.self, StartupBench.self])

        // MARK: XML import against xmllint

        struct XML: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "xml", abstract: "End-to-end XCRI-CAP import against `xmllint --stream --noout` on the same file.")

            @Option(help: "Courses in the generated feed (two presentations each).") var courses = 10_000
            @Option(help: "Measured runs (medians are reported).") var runs = 5
            @Option(help: "Folder for the generated feed and databases.") var workDir: String?

            func run() async throws {
                let folder = try benchFolder(workDir)
                let feed = folder.appendingPathComponent("bench-\(courses).xml")
                var generator = SyntheticFeeds()
                try generator.writeXCRI(courses: courses, to: feed)
                let size = try fileSize(feed)
                print("Feed: \(courses) courses, \(courses * 2) presentations, \(megabytes(size))")
                let xmllint = try findExecutable("xmllint", install: "apt-get install libxml2-utils")
                var lint: [Double] = []
                var lintCPU: [Double] = []
                var imports: [Double] = []
                var importCPU: [Double] = []
                var checkpointed: [Double] = []
                for run in 1...runs {
                    let childCPU = childrenCPUTime()
                    lint.append(try timeProcess(xmllint, ["--stream", "--noout", feed.path]))
                    lintCPU.append(childrenCPUTime() - childCPU)
                    let cpu = processCPUTime()
                    let timing = try await timeImport(feed, in: folder, run: run) { $0.courses == courses }
                    importCPU.append(processCPUTime() - cpu)
                    imports.append(timing.committed)
                    checkpointed.append(timing.checkpointed)
                }
                let lintMedian = median(lint)
                let importMedian = median(imports)
                print(table([
                    ["xmllint --stream --noout", format(lintMedian), "1.00×", format(median(lintCPU)), "1.00×", "\(Int(Double(courses) / lintMedian)) courses/s"],
                    ["skillway import (parse, validate, store)", format(importMedian), String(format: "%.2f×", importMedian / lintMedian),
                     format(median(importCPU)), String(format: "%.2f×", median(importCPU) / median(lintCPU)),
                     "\(Int(Double(courses) / importMedian)) courses/s"],
                    ["same, until the WAL is checkpointed", format(median(checkpointed)), String(format: "%.2f×", median(checkpointed) / lintMedian),
                     "—", "—", "\(Int(Double(courses) / median(checkpointed))) courses/s"],
                ], header: ["\(runs) runs, median", "wall", "vs xmllint", "CPU", "CPU vs xmllint", "throughput"]))
                print("Target: within 5× of xmllint — \(importMedian / lintMedian <= 5 ? "met" : "NOT met") (wall clock).")
            }
        }

        // MARK: CSV import throughput

        struct CSV: AsyncParsableCommand {
            static let configuration = CommandConfiguration(commandName: "csv", abstract: "DfE course CSV import throughput in rows per second.")

            @Option(help: "Rows in the generated CSV (two runs per course).") var rows = 100_000
            @Option(help: "Measured runs (medians are reported).") var runs = 5
            @Option(help: "Folder for the generated file and databases.") var workDir: String?

            func run() async throws {
                let folder = try benchFolder(workDir)
                let feed = folder.appendingPathComponent("bench-\(rows).csv")
                var generator = SyntheticFeeds()
                try generator.writeCSV(rows: rows, to: feed)
                print("CSV: \(rows) rows, \(rows / 2) courses, \(megabytes(try fileSize(feed)))")
                var times: [Double] = []
                var cpu: [Double] = []
                for run in 1...runs {
                    let started = processCPUTime()
                    times.append(try await timeImport(feed, in: folder, run: run) { $0.runs == rows }.committed)
                    cpu.append(processCPUTime() - started)
                }
                let time = median(times)
                let cpuTime = median(cpu)
                print(table([["skillway import (parse, validate, group, store)", format(time), "\(Int(Double(rows) / time)) rows/s",
                              format(cpuTime), "\(Int(Double(rows) / cpuTime)) rows/s"]],
                            header: ["\(runs) runs, median", "wall", "throughput", "CPU", "per CPU second"]))
                print("Target: at least 50,000 rows/s — \(Double(rows) / time >= 50_000 ? "met" : "NOT met").")
            }
        }

        // MARK: Search latency

        struct Search: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Search latency on a generated catalogue (100k courses by default).")

            @Option(help: "Courses in the catalogue, spread over 10 providers.") var courses = 100_000
            @Option(help: "Timed repetitions of each query.") var repetitions = 50
            @Option(help: "Folder for the generated feeds and database.") var workDir: String?

            func run() async throws {
                let folder = try benchFolder(workDir)
                let database = folder.appendingPathComponent("bench-search-\(courses).sqlite")
                let store: AppDatabase
                if FileManager.default.fileExists(atPath: database.path), try await AppDatabase.open(path: database.path).searchCourses(CourseSearchQuery(limit: 1)).total == courses {
                    store = try AppDatabase.open(path: database.path)
                    print("Reusing \(database.lastPathComponent)")
                } else {
                    removeDatabase(database)
                    store = try AppDatabase.open(path: database.path)
                    var generator = SyntheticFeeds()
                    let perProvider = courses / 10
                    for index in 0..<10 {
                        let feed = folder.appendingPathComponent("bench-search-\(index).xml")
                        try generator.writeXCRI(courses: perProvider, to: feed, providerIndex: index)
                        let report = try await CatalogueImporter(store: store).importFeed(
                            contentsOf: feed, provider: ProviderID(rawValue: "bench-\(index)")!, options: ImportOptions(maxBytes: Int.max))
                        try? FileManager.default.removeItem(at: feed)
                        printError("  built provider \(index + 1)/10: \(report.courses) courses")
                    }
                }
                let today = "2026-11-21"
                let queries: [(String, CourseSearchQuery)] = [
                    ("welding", CourseSearchQuery(text: "welding")),
                    ("health and social care", CourseSearchQuery(text: "health and social care")),
                    ("cyber security, online", CourseSearchQuery(text: "cyber security", deliveryModes: [.online])),
                    ("plumbing in Worcester", CourseSearchQuery(text: "plumbing", districts: [.worcester])),
                    ("leadership, levels 3–5", CourseSearchQuery(text: "leadership management", minLevel: Level(rank: 3), maxLevel: Level(rank: 5))),
                    ("heat pump, funded", CourseSearchQuery(text: "heat pump installation", fundedOnly: true)),
                    ("accounting by start date", CourseSearchQuery(text: "accounting", sort: .startDate)),
                    ("level 3 diploma (common words)", CourseSearchQuery(text: "level 3 diploma")),
                    ("dementia under £200", CourseSearchQuery(text: "dementia care", maxCostPence: 20_000)),
                    ("digital route, up to level 3", CourseSearchQuery(routes: [.digital], maxLevel: Level(rank: 3))),
                    ("Redditch classroom, spring", CourseSearchQuery(deliveryModes: [.classroom], districts: [.redditch], startFrom: "2027-03-01", startTo: "2027-05-31")),
                    ("second page of welding", CourseSearchQuery(text: "welding", offset: 20)),
                ]
                var rows: [[String]] = []
                var all: [Double] = []
                var allCPU: [Double] = []
                var reference: [Double] = []
                var referenceCPU: [Double] = []
                for (label, base) in queries {
                    var query = base
                    query.today = today
                    for _ in 0..<3 { _ = try await store.searchCourses(query) }
                    var times: [Double] = []
                    var cpu: [Double] = []
                    var total = 0
                    for _ in 0..<repetitions {
                        let startedCPU = processCPUTime()
                        let started = ContinuousClock.now
                        total = try await store.searchCourses(query).total
                        times.append(seconds(ContinuousClock.now - started))
                        cpu.append(processCPUTime() - startedCPU)
                    }
                    all += times
                    allCPU += cpu
                    rows.append([label, "\(total)", format(median(times)), format(percentile(times, 0.9)), format(median(cpu))])
                }
                for _ in 0..<repetitions {
                    let startedCPU = processCPUTime()
                    let started = ContinuousClock.now
                    _ = try await store.keywordMatchIDs("welding", limit: 20)
                    reference.append(seconds(ContinuousClock.now - started))
                    referenceCPU.append(processCPUTime() - startedCPU)
                }
                print("Catalogue: \(courses) courses, \(courses * 2) runs; \(repetitions) timed runs per query after 3 warm-ups")
                print(table(rows, header: ["query", "matches", "median", "p90", "CPU median"]))
                let overall = median(all)
                print("All queries: median \(format(overall)), p90 \(format(percentile(all, 0.9))); bare FTS5 lookup (reference) median \(format(median(reference))), ratio \(String(format: "%.1f×", overall / median(reference)))")
                print("CPU time (process, so machine load is left out): all queries median \(format(median(allCPU))), reference \(format(median(referenceCPU)))")
                print("Target: median under 10 ms — \(overall < 0.010 ? "met" : "NOT met").")
            }
        }

        // MARK: Memory as the feed grows

        struct Memory: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Peak memory of an XML import at two feed sizes (run in child processes).")

            @Option(help: "Courses in the small feed.") var small = 2_000
            @Option(help: "Courses in the large feed.") var large = 32_000
            @Option(help: "Folder for the generated feeds and databases.") var workDir: String?

            func run() async throws {
                let folder = try benchFolder(workDir)
                var rows: [[String]] = []
                var peaks: [Double] = []
                for courses in [small, large] {
                    let feed = folder.appendingPathComponent("bench-memory-\(courses).xml")
                    var generator = SyntheticFeeds()
                    try generator.writeXCRI(courses: courses, to: feed)
                    let output = try runProcess(URL(fileURLWithPath: CommandLine.arguments[0]), ["bench", "import-once", feed.path, "--work-dir", folder.path])
                    guard let kilobytes = output.split(separator: "=").last.flatMap({ Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) else {
                        throw ValidationError("Unexpected output from the child import: \(output)")
                    }
                    peaks.append(kilobytes)
                    rows.append(["\(courses) courses", megabytes(try fileSize(feed)), String(format: "%.1f MB", kilobytes / 1024)])
                    try? FileManager.default.removeItem(at: feed)
                }
                print(table(rows, header: ["feed", "file size", "peak RSS"]))
                print(String(format: "Feed grew %.0f×; peak memory grew %.2f×.", Double(large) / Double(small), peaks[1] / peaks[0]))
            }
        }

        struct ImportOnce: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "import-once", abstract: "Import one feed into a scratch database and print peak RSS (used by bench memory).",
                shouldDisplay: false)

            @Argument var file: String
            @Option var workDir: String?

            func run() async throws {
                let folder = try benchFolder(workDir)
                let database = folder.appendingPathComponent("bench-once-\(ProcessInfo.processInfo.processIdentifier).sqlite")
                defer { removeDatabase(database) }
                let report = try await CatalogueImporter(store: try AppDatabase.open(path: database.path)).importFeed(
                    contentsOf: URL(fileURLWithPath: file), provider: ProviderID(rawValue: "bench")!, options: ImportOptions(maxBytes: Int.max))
                guard report.applied else { throw ValidationError("Import failed: \(report.errors.prefix(3))") }
                var usage = rusage()
                getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
                print("peakRSSKB=\(usage.ru_maxrss)")
            }
        }
    }
}

// MARK: - Measuring

/// Imports `feed` into a fresh on-disk database and returns the wall time in seconds until the import
/// returned (committed) and until the WAL checkpoint it queued had finished; `check` confirms the
/// report read everything it should.
private func timeImport(_ feed: URL, in folder: URL, run: Int, check: (ImportReport) -> Bool) async throws -> (committed: Double, checkpointed: Double) {
    let database = folder.appendingPathComponent("bench-import-\(run).sqlite")
    removeDatabase(database)
    defer { removeDatabase(database) }
    let store = try AppDatabase.open(path: database.path)
    let started = ContinuousClock.now
    let report = try await CatalogueImporter(store: store).importFeed(
        contentsOf: feed, provider: ProviderID(rawValue: "bench")!, options: ImportOptions(maxBytes: Int.max))
    let elapsed = seconds(ContinuousClock.now - started)
    try await store.waitForPendingWrites()
    let settled = seconds(ContinuousClock.now - started)
    guard report.applied, check(report) else { throw ValidationError("Import failed: \(report.errors.prefix(3))") }
    return (elapsed, settled)
}

/// CPU time used by this process so far, in seconds (all threads).
private func processCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// CPU time used by finished child processes so far, in seconds.
private func childrenCPUTime() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

private func benchFolder(_ path: String?) throws -> URL {
    let url = URL(fileURLWithPath: path ?? FileManager.default.temporaryDirectory.appendingPathComponent("skillway-bench").path)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

private func removeDatabase(_ url: URL) {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
}

private func fileSize(_ url: URL) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
}

private func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }

private func findExecutable(_ name: String, install: String) throws -> URL {
    for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
        let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    throw ValidationError("\(name) is not installed; install it with: \(install)")
}

/// Runs a program to completion and returns its wall time in seconds.
private func timeProcess(_ executable: URL, _ arguments: [String]) throws -> Double {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    let started = ContinuousClock.now
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw ValidationError("\(executable.lastPathComponent) failed with status \(process.terminationStatus)") }
    return seconds(ContinuousClock.now - started)
}

/// Runs a program to completion and returns its standard output.
private func runProcess(_ executable: URL, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw ValidationError("\(executable.lastPathComponent) failed with status \(process.terminationStatus)") }
    return String(decoding: data, as: UTF8.self)
}
