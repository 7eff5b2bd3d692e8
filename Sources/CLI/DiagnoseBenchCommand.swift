import ArgumentParser
import Careers
import Domain
import Foundation
import Taxonomy

#if canImport(Glibc)
import Glibc
#endif

// MARK: - bench diagnose

extension Skillway.Bench {
    /// `skillway bench diagnose`: career diagnostic latency on a synthetic catalogue, in process.
    struct DiagnoseBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diagnose",
            abstract: "Career diagnostic latency (p50/p90/p99) on a synthetic catalogue, against skill extraction alone in the same run.",
            discussion: """
                Builds a deterministic catalogue (default 10,000 courses, two runs each, tagged once per subject with the real \
                course tagger), indexes it once, then diagnoses a rotating set of realistic profiles with and without \
                constraints. The reference is SkillsTaxonomy.extract on the same texts: the floor any diagnosis pays.
                """)

        @Option(help: "Courses in the synthetic catalogue.") var courses = 10_000
        @Option(help: "Measured diagnoses.") var iterations = 1_000
        @Option(help: "Unmeasured diagnoses first.") var warmup = 50

        func run() async throws {
            let taxonomy = try SkillsTaxonomy.bundled()
            let tagStarted = ContinuousClock.now
            var generator = SyntheticFeeds()
            let catalogue = generator.diagnosticCatalogue(courses: courses, tagger: CourseTagger(taxonomy: taxonomy))
            let tagSeconds = seconds(ContinuousClock.now - tagStarted)
            let buildStarted = ContinuousClock.now
            let diagnostician = try await CareerDiagnostician(taxonomy: taxonomy, catalogue: StaticCourseSource(courses: catalogue))
            let buildSeconds = seconds(ContinuousClock.now - buildStarted)
            print("Catalogue: \(diagnostician.courseCount) courses, \(catalogue.reduce(0) { $0 + $1.entry.course.runs.count }) runs; "
                + "generated and tagged in \(format(tagSeconds)), indexed in \(format(buildSeconds)).")

            let today = CalendarDate(year: 2026, month: 12, day: 5)!
            let profiles = BenchProfiles.all
            var paths = 0, listed = 0
            for index in 0..<warmup { _ = try diagnostician.diagnose(profiles[index % profiles.count], today: today) }
            var diagnose: [Double] = []
            var diagnoseCPU: [Double] = []
            var extract: [Double] = []
            diagnose.reserveCapacity(iterations)
            extract.reserveCapacity(iterations)
            for index in 0..<iterations {
                let profile = profiles[index % profiles.count]
                let cpu = threadCPUSeconds()
                let started = ContinuousClock.now
                let result = try diagnostician.diagnose(profile, today: today)
                diagnose.append(seconds(ContinuousClock.now - started))
                diagnoseCPU.append(threadCPUSeconds() - cpu)
                paths += result.paths.count
                listed += result.paths.reduce(0) { $0 + $1.courses.count }
                let extractStarted = ContinuousClock.now
                let found = taxonomy.extract(profile.text)
                extract.append(seconds(ContinuousClock.now - extractStarted))
                precondition(found.skills.count >= 0)
            }
            let p50 = percentile(diagnose, 0.5), reference = percentile(extract, 0.5)
            print(table([
                ["diagnose (whole diagnostic)", format(p50), format(percentile(diagnose, 0.9)), format(percentile(diagnose, 0.99)),
                 format(diagnose.reduce(0, +) / Double(diagnose.count)), String(format: "%.1f×", p50 / reference)],
                ["reference: SkillsTaxonomy.extract", format(reference), format(percentile(extract, 0.9)),
                 format(percentile(extract, 0.99)), format(extract.reduce(0, +) / Double(extract.count)), "1.0×"],
            ], header: ["\(iterations) calls, \(profiles.count) profiles", "p50", "p90", "p99", "mean", "p50 vs reference"]))
            print("Thread CPU time per diagnosis (unaffected by other load on the machine): p50 \(format(percentile(diagnoseCPU, 0.5))), "
                + "p90 \(format(percentile(diagnoseCPU, 0.9))).")
            print(String(format: "Per diagnosis: %.1f paths, %.1f courses listed.", Double(paths) / Double(iterations), Double(listed) / Double(iterations)))
            print("Target: p50 ≤ 20 ms on \(courses) courses — \(p50 <= 0.020 ? "met" : "NOT met").")
        }
    }
}

// MARK: - Profiles

/// Realistic profiles for the benchmark, half with constraints.
enum BenchProfiles {
    static let texts: [(text: String, title: String?, aspiration: String?)] = [
        ("Store manager for 8 years: running a team of 12, rotas, stock control, cash handling, merchandising and customer service.",
         "Retail store manager", "logistics or HR"),
        ("Class 1 HGV driver for 15 years. Tachograph, multi-drop deliveries, forklift licence, loading and securing loads, route planning.",
         "HGV driver", nil),
        ("Care worker in a residential home for 6 years. Personal care, medication administration, moving and handling, safeguarding, dementia care.",
         nil, nil),
        ("Welder fabricator: MIG and TIG welding, reading engineering drawings, grinding, working at height, CSCS card.", "Welder", nil),
        ("Administrative assistant at a solicitors: diary management, data entry, Excel spreadsheets, minute taking, filing.",
         "Admin assistant", "software developer or data analyst"),
        ("I have just finished my GCSEs. I volunteered at a charity shop serving customers and I like computers and social media.", nil, nil),
        ("Returning to work after eight years caring for my children. Before that I was a receptionist at a GP surgery: appointments, patient records.",
         nil, "something in healthcare"),
        ("Warehouse operative for 10 years (picking, packing, stock control, forklift) but a back condition means I need flexible work from home.",
         nil, "an office or digital job from home"),
        ("Chef de partie: food preparation, food safety, menu planning, stock rotation, supervising the kitchen team, allergen management.",
         "Chef", nil),
        ("Electrician: domestic and commercial electrical installation, testing and inspection, BS 7671, fault finding, solar PV panels.",
         "Electrician", "heat pumps and retrofit"),
        ("Bookkeeper using Sage and Xero; payroll, VAT returns, credit control and management accounts for small businesses.", "Bookkeeper", nil),
        ("Teaching assistant in a primary school supporting children with special educational needs, phonics and behaviour management.",
         "Teaching assistant", nil),
    ]

    static let all: [LearnerProfile] = texts.enumerated().map { index, entry in
        var constraints = LearnerConstraints()
        switch index % 4 {
        case 1: constraints.districts = [.wyreForest, .worcester]
        case 2: constraints.deliveryModes = [.online]
        case 3: constraints.fundedOnly = true
            constraints.maxCostPence = 50_000
        default: break
        }
        return LearnerProfile(text: entry.text, currentTitle: entry.title, aspiration: entry.aspiration, constraints: constraints)
    }
}

// MARK: - Synthetic catalogue

extension SyntheticFeeds {
    /// `courses` tagged courses from 40 providers, two runs each; each subject and kind is tagged once
    /// with the real tagger and its tags reused, so building stays quick while tags stay realistic.
    mutating func diagnosticCatalogue(courses: Int, tagger: CourseTagger) -> [TaggedCourse] {
        var tagCache: [String: [CourseTag]] = [:]
        var result: [TaggedCourse] = []
        result.reserveCapacity(courses)
        let modes: [DeliveryMode] = [.classroom, .classroom, .online, .blended, .workBased]
        for index in 0..<courses {
            let subject = pick(Self.subjects)
            let kind = pick(Self.kinds)
            let level = next(5) + 1
            let title = "Level \(level) \(kind) in \(subject)"
            let provider = ProviderRef(id: ProviderID(rawValue: "bench-college-\(index % 40)")!, name: "Benchmark College \(index % 40)")
            var runs: [CourseRun] = []
            for runIndex in 0..<2 {
                let mode = modes[next(modes.count)]
                let (town, postcode) = Self.towns[next(Self.towns.count)]
                let month = next(12) + 1
                let pence = next(4) == 0 ? 0 : next(40) * 2_500
                runs.append(CourseRun(
                    sourceID: "r\(index)-\(runIndex)", start: PartialDate(iso: String(format: "2027-%02d-%02d", month, next(28) + 1), precision: .day),
                    studyMode: .init(raw: nil, value: next(2) == 0 ? .partTime : .fullTime), deliveryMode: .init(raw: nil, value: mode),
                    cost: Cost(amountPence: pence, text: nil), fundingNotes: pence == 0 ? "Fully funded" : nil,
                    venue: mode == .online ? nil : Venue(name: "\(town) Centre", address: Address(town: town, postcode: postcode))))
            }
            let course = Course(
                sourceID: "b\(index)", title: title, summary: "Learn \(subject.lowercased()) with practical projects.",
                whatYouWillLearn: "\(subject) skills for work. " + (0..<2).map { _ in pick(Self.phrases) }.joined(separator: "; ") + ".",
                level: Level(rank: level), runs: runs)
            let key = subject + "|" + kind
            let tags = tagCache[key] ?? tagger.tags(for: course)
            tagCache[key] = tags
            result.append(TaggedCourse(entry: CatalogueCourse(id: Int64(index + 1), provider: provider, course: course, updatedAt: "2026-11-01"), tags: tags))
        }
        return result
    }
}

// MARK: - Helpers

/// CPU time of the calling thread, in seconds.
private func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
