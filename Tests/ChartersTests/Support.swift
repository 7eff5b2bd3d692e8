import Domain
import Foundation

@testable import Charters

// MARK: - Test support

func date(_ text: String) -> CharterDate { CharterDate(text)! }

/// The bundled library, loaded once.
let bundled: CharterLibrary = {
    do { return try CharterLibrary.bundled() } catch { fatalError("bundled charters do not load: \(error)") }
}()

/// The repository root (for docs/charter-answers-example.json).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A small framework built in code: two pillars, three tiers, one criterion per kind.
enum Mini {
    static let tiers = [
        Tier(
            code: "entry", label: "Entry", summary: "", validation: .selfDeclared, validityMonths: 12, checkInMonths: 12,
            rules: [.declaration(key: "pledge", label: "pledge signed"), .mandatoryMet(commitmentsCount: true)]),
        Tier(
            code: "member", label: "Member", summary: "", validation: .sampled, validityMonths: 36, checkInMonths: 12,
            rules: [.mandatoryMet(commitmentsCount: false), .pillarScoreMin(0.6)]),
        Tier(
            code: "leader", label: "Leader", summary: "", validation: .panel, validityMonths: 36, checkInMonths: 12,
            rules: [.mandatoryMet(commitmentsCount: false), .overallScoreMin(0.8), .pillarsAtLeast(count: 2, min: 0.8), .outcomesMet(1)]),
    ]

    static let scale = ScaleConfig(levels: ["none", "planned", "partly", "embedded", "evaluated"], passLevel: 3)

    static func framework(extra: [Criterion] = []) -> CharterFramework {
        CharterFramework(
            id: "mini", version: "1.0.0", status: .published, name: "Mini charter", owner: "tests", summary: "", url: nil,
            effectiveFrom: date("2024-01-01"), effectiveTo: nil, supersedes: nil, changeLog: [],
            pillars: [
                Pillar(
                    code: "A", name: "Alpha", summary: "", dims: [.pay],
                    criteria: [
                        Criterion(
                            id: "M.A.01", text: "Pays the living wage",
                            kind: .numeric(
                                NumericConfig(
                                    unit: "GBP/hour", comparator: .atLeast, threshold: Threshold(parameter: "rlw_uk", londonParameter: "rlw_london"),
                                    partialWithin: 0.05)),
                            mandatory: true, tier: "member"),
                        Criterion(id: "M.A.02", text: "Has a policy", kind: .yesNo, mandatory: true, tier: "entry", maxCommitmentMonths: 6),
                        Criterion(id: "M.A.03", text: "Maturity", kind: .scale(scale)),
                        Criterion(
                            id: "M.A.04", text: "Absence rate",
                            kind: .metric(MetricConfig(metric: "absence", unit: "percent", comparator: .atMost, threshold: Threshold(value: 3.5)))),
                    ]),
                Pillar(
                    code: "B", name: "Beta", summary: "", dims: [.voice],
                    criteria: [
                        Criterion(
                            id: "M.B.01", text: "Options",
                            kind: .multiSelect(
                                MultiSelectConfig(
                                    options: [.init(id: "x", label: "X"), .init(id: "y", label: "Y"), .init(id: "z", label: "Z")], minCount: 2,
                                    sizeRules: [.init(minHeadcount: 250, minCount: 3, requiredOptions: ["z"])]))),
                        Criterion(id: "M.B.02", text: "Evidence", kind: .evidenceOnly(EvidenceConfig(types: ["policy"], minItems: 1))),
                        Criterion(id: "M.B.03", text: "Consultation", kind: .yesNo, applies: SizeBand(minHeadcount: 50), allowNotApplicable: true),
                    ] + extra),
            ],
            tiers: tiers,
            equivalences: [Equivalence(scheme: "living-wage-foundation", minLevel: "accredited", criteria: ["M.A.01"], note: "")])
    }

    static func library(_ frameworks: [CharterFramework] = [framework()]) -> CharterLibrary {
        CharterLibrary(frameworks: frameworks, rates: bundled.rates, schemes: bundled.schemes)
    }

    /// Answers that meet everything in the mini framework.
    static func allMet(headcount: Int = 20) -> AssessmentAnswers {
        AssessmentAnswers(
            framework: "mini", employer: Employer(name: "Test Ltd", headcount: headcount), declarations: ["pledge": true],
            answers: [
                "M.A.01": .number(13.45), "M.A.02": .yes(true), "M.A.03": .number(4),
                "M.A.04": Answer(value: .number(2.0), observedOn: date("2026-03-31")),
                "M.B.01": .picks(headcount >= 250 ? ["x", "y", "z"] : ["x", "y"]),
                "M.B.02": Answer(evidence: [EvidenceRef(text: "Policy", type: "policy")]),
                "M.B.03": .yes(true),
            ])
    }

    static func assess(_ answers: AssessmentAnswers, on day: String = "2026-06-01", library: CharterLibrary = library()) throws -> AssessmentResult {
        try CharterEngine(library: library).assess(answers, asOf: date(day))
    }
}

/// Copies the bundled charters folder to a temporary directory so a test can break it.
func copyOfBundledCharters() throws -> URL {
    let source = try require(CharterLibrary.bundledDirectoryURL)
    let target = FileManager.default.temporaryDirectory.appendingPathComponent("charters-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: source, to: target)
    return target
}

/// Edits a JSON file in place through `JSONSerialization`.
func editJSON(_ url: URL, _ edit: (inout [String: Any]) -> Void) throws {
    var object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    edit(&object)
    try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: url)
}

struct MissingValue: Error {}

func require<T>(_ value: T?) throws -> T {
    guard let value else { throw MissingValue() }
    return value
}
