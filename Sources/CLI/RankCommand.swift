import ArgumentParser
import Foundation
import Matching

#if canImport(Glibc)
import Glibc
#endif

// MARK: - rank

extension Skillway {
    /// `skillway rank`: batch ranking of JSONL queries against a JSONL corpus with the matching engine.
    struct Rank: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rank corpus documents for each query (JSON Lines in, JSON Lines out).",
            discussion: """
                DOCS.jsonl lines: {"id", "title", "aliases"?, "text"?}. QUERIES.jsonl lines: {"id", "text"}. \
                Prints one line per query, in input order: {"id", "results": [{"id", "score"}, ...]}, best first. \
                --timing prints one JSON line of build and per-query timings to standard error (single thread).
                """)

        /// Scoring modes of the command line.
        enum Mode: String, ExpressibleByArgument, CaseIterable {
            case product, sklearn, bm25

            var configuration: MatchConfiguration {
                switch self {
                case .product: .product
                case .sklearn: .sklearn
                case .bm25: .productBM25
                }
            }
        }

        @Option(help: "Documents, one JSON object per line.") var corpus: String
        @Option(help: "Queries, one JSON object per line.") var queries: String
        @Option(help: "Results per query (1–1000).") var top = 10
        @Option(help: "product (default), sklearn (TfidfVectorizer defaults) or bm25 (product with BM25 weights).") var mode = Mode.product
        @Flag(help: "Add each result's explanation (matched terms, form, bonuses).") var explain = false
        @Flag(help: "Print build and query timings to standard error as one JSON line.") var timing = false
        @Option(help: "Run the first N queries once, untimed, before the timed pass.") var warmup = 0

        func validate() throws {
            guard (1...1000).contains(top) else { throw ValidationError("--top must be between 1 and 1000 (got \(top)).") }
            guard warmup >= 0 else { throw ValidationError("--warmup must not be negative.") }
        }

        func run() throws {
            let loadStart = DispatchTime.now().uptimeNanoseconds
            let documents: [MatchDocument]
            let batch: [BatchQuery]
            do {
                documents = try BatchFormat.readDocuments(try readFile(corpus), file: corpus)
                batch = try BatchFormat.readQueries(try readFile(queries), file: queries)
            } catch let error as BatchFormatError {
                printError("error: \(error.description)")
                throw ExitCode.failure
            }
            let loadSeconds = seconds(since: loadStart)
            let rssBefore = residentBytes()
            let buildStart = DispatchTime.now().uptimeNanoseconds
            let buildCPUStart = threadCPUNanoseconds()
            let index = MatchIndex(documents: documents, configuration: mode.configuration)
            let buildSeconds = seconds(since: buildStart)
            let buildCPUSeconds = Double(threadCPUNanoseconds() - buildCPUStart) / 1e9
            let indexBytes = max(0, residentBytes() - rssBefore)

            for query in batch.prefix(warmup) { _ = index.search(query.text, top: top, explain: explain) }
            var output = OutputBuffer()
            var latencies: [Double] = []
            var cpuLatencies: [Double] = []
            latencies.reserveCapacity(batch.count)
            cpuLatencies.reserveCapacity(batch.count)
            let runStart = DispatchTime.now().uptimeNanoseconds
            for query in batch {
                let start = DispatchTime.now().uptimeNanoseconds
                let cpuStart = threadCPUNanoseconds()
                let hits = index.search(query.text, top: top, explain: explain)
                cpuLatencies.append(Double(threadCPUNanoseconds() - cpuStart) / 1e6)
                latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                output.write(BatchFormat.resultLine(queryID: query.id, hits: hits, explain: explain))
            }
            output.flush()
            let wallSeconds = seconds(since: runStart)
            if timing {
                printError(timingLine(documents: documents.count, terms: index.vocabularySize, load: loadSeconds, build: buildSeconds,
                                      buildCPU: buildCPUSeconds, indexBytes: indexBytes, latencies: latencies, cpu: cpuLatencies, wall: wallSeconds))
            }
        }

        // MARK: Helpers

        private func readFile(_ path: String) throws -> Data {
            do {
                return try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                printError("error: cannot read \(path): \(error.localizedDescription)")
                throw ExitCode.failure
            }
        }

        private func seconds(since start: UInt64) -> Double {
            Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }

        private func timingLine(
            documents: Int, terms: Int, load: Double, build: Double, buildCPU: Double, indexBytes: Int, latencies: [Double], cpu: [Double], wall: Double
        ) -> String {
            func percentile(_ values: [Double], _ p: Double) -> Double {
                let sorted = values.sorted()
                return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)]
            }
            let total = latencies.reduce(0, +)
            let cpuTotal = cpu.reduce(0, +)
            let fields: [(String, String)] = [
                ("mode", "\"\(mode.rawValue)\""), ("documents", "\(documents)"), ("terms", "\(terms)"), ("queries", "\(latencies.count)"),
                ("load_seconds", format(load)), ("build_seconds", format(build)), ("build_cpu_seconds", format(buildCPU)),
                ("index_rss_mb", format(Double(indexBytes) / 1_048_576)), ("rss_mb", format(Double(residentBytes()) / 1_048_576)),
                ("p50_ms", format(percentile(latencies, 0.50))), ("p95_ms", format(percentile(latencies, 0.95))),
                ("p99_ms", format(percentile(latencies, 0.99))),
                ("mean_ms", format(latencies.isEmpty ? 0 : total / Double(latencies.count))),
                ("qps", format(total > 0 ? Double(latencies.count) / (total / 1000) : 0)),
                ("end_to_end_qps", format(wall > 0 ? Double(latencies.count) / wall : 0)),
                ("cpu_p50_ms", format(percentile(cpu, 0.50))), ("cpu_p99_ms", format(percentile(cpu, 0.99))),
                ("cpu_qps", format(cpuTotal > 0 ? Double(cpu.count) / (cpuTotal / 1000) : 0)),
            ]
            return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
        }

        private func format(_ value: Double) -> String { String(format: "%.6g", value) }
    }
}

// MARK: - Output

/// Buffers result lines and writes them to standard output in large chunks.
private struct OutputBuffer {
    private var bytes: [UInt8] = []

    mutating func write(_ line: String) {
        bytes.append(contentsOf: line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        if bytes.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !bytes.isEmpty else { return }
        FileHandle.standardOutput.write(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }
}

/// CPU time consumed by the calling thread, in nanoseconds (robust on a busy machine).
func threadCPUNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// Resident set size of this process in bytes (Linux `/proc/self/statm`; 0 elsewhere).
func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}
