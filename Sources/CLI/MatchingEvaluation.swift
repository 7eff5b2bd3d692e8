import Foundation
import Matching

// MARK: - Matching quality evaluation

/// Offline quality checks for the matching engine on the development data
/// (`../shared/data/eval-dev/`): vacancy titles → ESCO occupations (MRR, Hit@k) and job-ad
/// sentences → ESCO skills (RP@5). Figures come with bootstrap 95% intervals over queries.
enum MatchingEvaluation {
    /// One metric with its bootstrap interval.
    struct Figure {
        var name: String
        var value: Double
        var low: Double
        var high: Double

        var formatted: String { String(format: "%@ %.4f [%.4f, %.4f]", name, value, low, high) }
    }

    /// A finished evaluation.
    struct Report {
        var task: String
        var queries: Int
        var documents: Int
        var skipped: Int
        var skipReason = ""
        var figures: [Figure]
        var seconds: Double
    }

    // MARK: Tasks

    /// Vacancy titles (`jobbert_val.csv`) against ESCO occupations: preferred label as title,
    /// alternative and hidden labels as aliases, description as body.
    static func occupations(data: URL, configuration: MatchConfiguration, bootstrap: Int = 1000) throws -> (Report, [Double]) {
        let rows = try readCSV(data.appendingPathComponent("esco_occupations_en_v1.1.1.csv"))
        let header = rows[0]
        func column(_ name: String) throws -> Int {
            guard let index = header.firstIndex(of: name) else { throw EvaluationError("esco_occupations: no column \(name)") }
            return index
        }
        let uri = try column("conceptUri"), preferred = try column("preferredLabel"), alt = try column("altLabels")
        let hidden = try column("hiddenLabels"), description = try column("description")
        let documents = rows.dropFirst().filter { $0.count == header.count }.map { row in
            MatchDocument(id: row[uri], title: row[preferred], aliases: labels(row[alt]) + labels(row[hidden]), body: row[description])
        }
        let titles = try readCSV(data.appendingPathComponent("jobbert_val.csv"))
        let titleColumn = titles[0].firstIndex(of: "vacancyTitle") ?? 1
        let goldColumn = titles[0].firstIndex(of: "conceptUri") ?? 2
        let known = Set(documents.map(\.id))
        let queries = titles.dropFirst().filter { $0.count > goldColumn }.map { ($0[titleColumn], $0[goldColumn]) }
        let usable = queries.filter { known.contains($0.1) }
        let start = Date()
        let index = MatchIndex(documents: documents, configuration: configuration)
        var reciprocal: [Double] = []
        var hit1: [Double] = [], hit5: [Double] = [], hit10: [Double] = []
        for (title, gold) in usable {
            let hits = index.search(title, top: 100, explain: false)
            let rank = hits.firstIndex { $0.id == gold }.map { $0 + 1 }
            reciprocal.append(rank.map { 1 / Double($0) } ?? 0)
            hit1.append(rank.map { $0 <= 1 ? 1 : 0 } ?? 0)
            hit5.append(rank.map { $0 <= 5 ? 1 : 0 } ?? 0)
            hit10.append(rank.map { $0 <= 10 ? 1 : 0 } ?? 0)
        }
        let seconds = Date().timeIntervalSince(start)
        let figures = [
            figure("MRR@100", reciprocal, bootstrap), figure("Hit@1", hit1, bootstrap), figure("Hit@5", hit5, bootstrap),
            figure("Hit@10", hit10, bootstrap),
        ]
        let report = Report(task: "vacancy title → ESCO occupation", queries: usable.count, documents: documents.count,
                            skipped: queries.count - usable.count, skipReason: "gold occupation not in the corpus", figures: figures, seconds: seconds)
        return (report, reciprocal)
    }

    /// Job-ad sentences (`tech_`/`house_validation_annotations.csv`) against ESCO skill labels:
    /// RP@5 over sentences with at least one gold label.
    static func skills(data: URL, set: String, configuration: MatchConfiguration, bootstrap: Int = 1000) throws -> (Report, [Double]) {
        let labelsText = try String(contentsOf: data.appendingPathComponent("esco_skills_en_label.txt"), encoding: .utf8)
        let skillLabels = labelsText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var seenLabels = Set<String>()
        let documents = skillLabels.filter { seenLabels.insert($0).inserted }.map { MatchDocument(id: $0, title: $0) }
        let rows = try readCSV(data.appendingPathComponent("\(set)_validation_annotations.csv"))
        let sentenceColumn = rows[0].firstIndex(of: "sentence") ?? 0
        let labelColumn = rows[0].firstIndex(of: "label") ?? 3
        var order: [String] = []
        var gold: [String: Set<String>] = [:]
        for row in rows.dropFirst() where row.count > labelColumn {
            let sentence = row[sentenceColumn]
            if gold[sentence] == nil {
                order.append(sentence)
                gold[sentence] = []
            }
            let label = row[labelColumn].trimmingCharacters(in: .whitespaces)
            if label != "LABEL NOT PRESENT" && !label.isEmpty { gold[sentence]!.insert(label) }
        }
        let evaluated = order.filter { !(gold[$0]!.isEmpty) }
        let start = Date()
        let index = MatchIndex(documents: documents, configuration: configuration)
        var rp5: [Double] = []
        var rp10: [Double] = []
        for sentence in evaluated {
            let labels = gold[sentence]!
            let hits = index.search(sentence, top: 10, explain: false).map(\.id)
            rp5.append(Double(hits.prefix(5).filter(labels.contains).count) / Double(min(5, labels.count)))
            rp10.append(Double(hits.prefix(10).filter(labels.contains).count) / Double(min(10, labels.count)))
        }
        let seconds = Date().timeIntervalSince(start)
        let report = Report(task: "\(set.uppercased()) sentence → ESCO skill", queries: evaluated.count, documents: documents.count,
                            skipped: order.count - evaluated.count, skipReason: "no gold skill label",
                            figures: [figure("RP@5", rp5, bootstrap), figure("RP@10", rp10, bootstrap)], seconds: seconds)
        return (report, rp5)
    }

    // MARK: Statistics

    /// Mean with a percentile bootstrap 95% interval (seeded, so runs repeat exactly).
    static func figure(_ name: String, _ values: [Double], _ resamples: Int) -> Figure {
        let mean = values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
        let (low, high) = bootstrapInterval(values, resamples: resamples) { sample in sample.reduce(0, +) / Double(sample.count) }
        return Figure(name: name, value: mean, low: low, high: high)
    }

    /// Paired bootstrap 95% interval of mean(b − a) for per-query scores of two configurations.
    static func pairedDifference(_ a: [Double], _ b: [Double], resamples: Int = 1000) -> Figure {
        let differences = zip(a, b).map { $1 - $0 }
        return figure("Δ", differences, resamples)
    }

    static func bootstrapInterval(_ values: [Double], resamples: Int, _ statistic: ([Double]) -> Double) -> (Double, Double) {
        guard !values.isEmpty, resamples > 0 else { return (0, 0) }
        var state: UInt64 = 0x5EED
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var statistics: [Double] = []
        var sample = [Double](repeating: 0, count: values.count)
        for _ in 0..<resamples {
            for i in sample.indices { sample[i] = values[Int(next() % UInt64(values.count))] }
            statistics.append(statistic(sample))
        }
        statistics.sort()
        return (statistics[Int(Double(resamples) * 0.025)], statistics[min(resamples - 1, Int(Double(resamples) * 0.975))])
    }

    // MARK: Files

    static func labels(_ cell: String) -> [String] {
        cell.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// RFC 4180 CSV (quoted cells may hold commas, quotes and newlines).
    static func readCSV(_ url: URL) throws -> [[String]] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw EvaluationError("cannot read \(url.path)")
        }
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = iterator.next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = n }
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\r": continue
            case "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        guard !rows.isEmpty else { throw EvaluationError("\(url.lastPathComponent) is empty") }
        return rows
    }
}

/// A problem with the evaluation data.
struct EvaluationError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
