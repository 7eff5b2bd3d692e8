import ArgumentParser
import Careers
import Domain
import Foundation
import Storage
import Taxonomy

#if canImport(Glibc)
import Glibc
#endif

// MARK: - bench startup

extension Skillway.Bench {
    /// `skillway bench startup`: what a one-off `skillway diagnose` costs, end to end and part by part.
    struct StartupBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "startup",
            abstract: "The one-off cost of `skillway diagnose`: whole runs of the command, and where its start-up goes.",
            discussion: """
                Runs `skillway diagnose --text TEXT` as a child process --runs times on a database holding the default \
                catalogue (loaded by one unmeasured run first) and reports the median wall and CPU time; with --reference, \
                another binary (a build of main) is run alternately on its own copy of the database, for a ratio measured \
                in the same window. Then times, in this process, each part of the start-up: loading the taxonomy, \
                building the engine's tables (skill model and limit tables, typo vocabulary, course tagger, title stems), \
                reading the catalogue and building the whole diagnostician over it.
                """)

        @Option(help: "Measured runs of each binary (medians are reported).") var runs = 10
        @Option(help: "The profile text diagnosed.") var text = "I stack shelves at night"
        @Option(help: "Another skillway binary to run alternately, as the reference (its resource bundles next to it).") var reference: String?
        @Option(help: "Folder for the databases.") var workDir: String?

        func validate() throws {
            guard runs >= 1 else { throw ValidationError("--runs must be at least 1.") }
            if let reference, !FileManager.default.isExecutableFile(atPath: reference) {
                throw ValidationError("--reference: \(reference) is not an executable file.")
            }
        }

        func run() async throws {
            let folder = URL(fileURLWithPath: workDir ?? FileManager.default.temporaryDirectory.appendingPathComponent("skillway-bench").path)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let this = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            var binaries = [(name: "this build", url: this, database: folder.appendingPathComponent("bench-startup.sqlite"))]
            if let reference {
                binaries.insert(
                    (name: "reference", url: URL(fileURLWithPath: reference), database: folder.appendingPathComponent("bench-startup-reference.sqlite")), at: 0)
            }
            // One unmeasured run each loads the default catalogue into a fresh database.
            for binary in binaries {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: binary.database.path + suffix) }
                _ = try Self.timeRun(binary.url, arguments(binary.database))
            }
            var wall = Array(repeating: [Double](), count: binaries.count)
            var cpu = Array(repeating: [Double](), count: binaries.count)
            for _ in 1...runs {
                for (index, binary) in binaries.enumerated() {
                    let timing = try Self.timeRun(binary.url, arguments(binary.database))
                    wall[index].append(timing.wall)
                    cpu[index].append(timing.cpu)
                }
            }
            let base = binaries.count - 1
            print("`skillway diagnose --text \"\(text)\"`, \(runs) runs each\(reference == nil ? "" : ", alternated"):")
            print(table(binaries.indices.map { index in
                [binaries[index].name, format(median(wall[index])), format(median(cpu[index])),
                 String(format: "%.2f×", median(wall[index]) / median(wall[reference == nil ? index : 0])),
                 String(format: "%.2f×", median(cpu[index]) / median(cpu[reference == nil ? index : 0]))]
            }, header: ["binary", "wall p50", "CPU p50", "wall vs reference", "CPU vs reference"]))

            let parts = try await Self.startupParts(database: binaries[base].database)
            print("\nWhere this build's start-up goes, in process (one build each):")
            print(table(parts.map { [$0.name, format($0.seconds)] }, header: ["part", "wall"]))
        }

        /// The arguments of the measured `diagnose` run on `database`.
        func arguments(_ database: URL) -> [String] {
            ["diagnose", "--db", database.path, "--text", text, "--today", "2026-12-05"]
        }

        /// Wall and CPU seconds of one run of `executable` (its output discarded).
        static func timeRun(_ executable: URL, _ arguments: [String]) throws -> (wall: Double, cpu: Double) {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let cpu = childrenCPUSeconds()
            let started = ContinuousClock.now
            try process.run()
            process.waitUntilExit()
            let wall = seconds(ContinuousClock.now - started)
            guard process.terminationStatus == 0 else {
                throw ValidationError("\(executable.path) \(arguments.joined(separator: " ")) failed with status \(process.terminationStatus)")
            }
            return (wall, childrenCPUSeconds() - cpu)
        }

        /// Each part of a `diagnose` start-up, timed in this process: the taxonomy read from its files,
        /// the engine's catalogue-independent tables (`EngineStartup`), the catalogue read from
        /// `database`, and the whole diagnostician built over it.
        static func startupParts(database: URL) async throws -> [EngineStartup.Part] {
            var parts: [EngineStartup.Part] = []
            var started = ContinuousClock.now
            let taxonomy = SkillsTaxonomy(data: try TaxonomyData.bundled())
            parts.append(EngineStartup.Part(name: "taxonomy: read and index", seconds: seconds(ContinuousClock.now - started)))
            parts += EngineStartup.timeParts(taxonomy: taxonomy)
            let store = try AppDatabase.open(path: database.path)
            started = ContinuousClock.now
            let courses = try await store.taggedCourses()
            parts.append(EngineStartup.Part(name: "catalogue: read \(courses.count) tagged courses", seconds: seconds(ContinuousClock.now - started)))
            started = ContinuousClock.now
            _ = try await CareerDiagnostician(taxonomy: taxonomy, catalogue: store)
            parts.append(EngineStartup.Part(name: "whole diagnostician over the catalogue", seconds: seconds(ContinuousClock.now - started)))
            return parts
        }
    }
}

/// CPU time (user and system) of finished child processes so far, in seconds.
private func childrenCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}
