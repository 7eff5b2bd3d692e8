import Foundation
import Testing

@testable import Charters

// MARK: - Framework files and version pinning

@Suite("Framework loading and versions")
struct LoadingAndVersionTests {
    @Test("the shipped H&W charter: seven pillars, at least 50 criteria, every kind, three tiers, equivalences for all three schemes")
    func shipped() throws {
        let hw = try require(bundled.framework("hw-gec", version: "1.0.0"))
        #expect(hw.pillars.map(\.code) == ["SEC", "FLX", "PAY", "VOI", "REC", "MGT", "HLT"])
        #expect(hw.criteria.count >= 50)
        #expect(Set(hw.criteria.map(\.criterion.kind.name)) == Set(CriterionKind.Name.allCases))
        #expect(hw.tiers.map(\.code) == ["committed", "member", "leader"])
        #expect(Set(hw.equivalences.map(\.scheme)) == ["living-wage-foundation", "disability-confident", "thrive-at-work"])
        #expect(hw.criteria.contains { $0.criterion.dims.contains(.inclusion) && $0.pillar.code != "REC" })
        let wm = try require(bundled.framework("wm-gwc", version: "1.0.0"))
        #expect(wm.tiers.map(\.code) == ["signatory", "good-work-employer"])
    }

    @Test("the second framework assesses through the same engine")
    func secondFramework() throws {
        var answers = AssessmentAnswers(
            framework: "wm-gwc", employer: Employer(name: "Black Country Logistics", headcount: 300), declarations: ["pledgeSigned": true])
        answers.answers = ["WM.HRS.03": .yes(true), "WM.INC.01": .yes(true), "WM.INC.03": .committed(by: date("2026-09-01"))]
        let result = try CharterEngine(library: bundled).assess(answers, asOf: date("2026-06-01"))
        #expect(result.framework.id == "wm-gwc")
        #expect(result.issues.contains { $0.criterion == "WM.INC.03" && $0.reason.contains("does not accept a commitment") })
        #expect(result.tierReached == nil)
        answers.answers["WM.INC.03"] = .yes(true)
        #expect(try CharterEngine(library: bundled).assess(answers, asOf: date("2026-06-01")).tierReached == "signatory")
    }

    static func versions() -> CharterLibrary {
        var v1 = Mini.framework()
        v1.version = "1.0.0"
        var v2 = Mini.framework()
        v2.version = "1.1.0"
        v2.effectiveFrom = date("2026-09-01")
        v2.pillars[0].criteria[1].id = "M.A.12"
        v2.pillars[0].criteria[1].replacesCriterionId = "M.A.02"
        v2.pillars[0].criteria[1].text = "Has a published policy"
        return Mini.library([v2, v1])
    }

    @Test("answers pinned to a version are assessed against it even when a newer one exists")
    func pinned() throws {
        var answers = Mini.allMet()
        answers.version = "1.0.0"
        let result = try Mini.assess(answers, on: "2026-10-01", library: Self.versions())
        #expect(result.framework.version == "1.0.0" && result.framework.newerVersion == "1.1.0")
        #expect(result.answers.version == "1.0.0")
        #expect(result.criterion("M.A.02")?.state == .met)
    }

    @Test("unpinned answers pin the version in force on the date; stale ids are rejected with the replacement named")
    func unpinned() throws {
        let library = Self.versions()
        let early = try Mini.assess(Mini.allMet(), on: "2026-08-31", library: library)
        #expect(early.framework.version == "1.0.0" && early.answers.version == "1.0.0")
        let late = try Mini.assess(Mini.allMet(), on: "2026-09-01", library: library)
        #expect(late.framework.version == "1.1.0")
        #expect(late.issues.contains { $0.criterion == "M.A.02" && $0.reason.contains("replaced by M.A.12") })
    }

    @Test("a draft started before a new version stays on the version it started with")
    func startedDraft() throws {
        let engine = CharterEngine(library: Self.versions())
        var draft = try engine.start(framework: "mini", employer: Employer(name: "Early Ltd", headcount: 20), asOf: date("2026-08-15"))
        #expect(draft.version == "1.0.0" && draft.status == .draft)
        draft.set("M.A.02", .yes(true))
        let later = try engine.assess(draft, asOf: date("2026-10-01"))
        #expect(later.framework.version == "1.0.0" && later.criterion("M.A.02")?.state == .met)
    }

    @Test("unknown versions, versions not yet in force and unknown frameworks fail clearly")
    func failures() throws {
        var answers = Mini.allMet()
        answers.version = "9.9.9"
        #expect(throws: CharterEngine.Failure.unknownVersion(framework: "mini", version: "9.9.9", known: ["1.0.0", "1.1.0"])) {
            try Mini.assess(answers, library: Self.versions())
        }
        answers.version = "1.1.0"
        #expect(throws: CharterEngine.Failure.notYetEffective(key: "mini@1.1.0", from: date("2026-09-01"), asOf: date("2026-06-01"))) {
            try Mini.assess(answers, library: Self.versions())
        }
        answers.framework = "nope"
        #expect(throws: CharterEngine.Failure.unknownFramework("nope")) { try Mini.assess(answers) }
        answers = Mini.allMet(headcount: 0)
        #expect(throws: CharterEngine.Failure.badHeadcount(0)) { try Mini.assess(answers) }
    }

    @Test("a changed published file fails to load: published versions are immutable")
    func immutable() throws {
        let folder = try copyOfBundledCharters()
        defer { try? FileManager.default.removeItem(at: folder) }
        try editJSON(folder.appendingPathComponent("frameworks/wm-gwc@1.0.0.json")) { $0["summary"] = "Quietly edited." }
        let error = try #require(throws: CharterLoadError.self) { try CharterLibrary.load(directory: folder) }
        #expect(error.issues.count == 1)
        #expect(error.issues[0].file == "wm-gwc@1.0.0.json" && error.issues[0].reason.contains("published versions are immutable"))
    }

    @Test("bad criteria are reported with file, criterion id, field and reason — all of them at once")
    func locatedSemanticErrors() throws {
        let folder = try copyOfBundledCharters()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("frameworks/wm-gwc@1.0.0.json")
        try editJSON(file) { framework in
            framework["status"] = "draft"
            var pillars = framework["pillars"] as! [[String: Any]]
            var criteria = pillars[0]["criteria"] as! [[String: Any]]
            var config = criteria[0]["config"] as! [String: Any]
            config["threshold"] = ["parameter": "rlw_mars"]
            criteria[0]["config"] = config
            criteria[1]["tier"] = "platinum"
            pillars[0]["criteria"] = criteria
            var scale = (pillars[1]["criteria"] as! [[String: Any]])
            var scaleConfig = scale[1]["config"] as! [String: Any]
            scaleConfig["levels"] = ["a", "b", "c"]
            scale[1]["config"] = scaleConfig
            pillars[1]["criteria"] = scale
            framework["pillars"] = pillars
        }
        let error = try #require(throws: CharterLoadError.self) { try CharterLibrary.load(directory: folder) }
        let found = error.issues.map { "\($0.file)|\($0.criterion ?? "-")|\($0.field)" }
        #expect(
            found == [
                "wm-gwc@1.0.0.json|WM.PAY.01|pillars[0].criteria[0].config.threshold",
                "wm-gwc@1.0.0.json|WM.PAY.02|pillars[0].criteria[1].tier",
                "wm-gwc@1.0.0.json|WM.HRS.02|pillars[1].criteria[1].config.levels",
            ])
        #expect(error.issues[0].reason.contains("unknown rate parameter \"rlw_mars\""))
        #expect(error.issues[2].reason.contains("exactly 5 levels"))
    }

    @Test("a decoding error names the criterion and field it is in")
    func locatedDecodingError() throws {
        let folder = try copyOfBundledCharters()
        defer { try? FileManager.default.removeItem(at: folder) }
        try editJSON(folder.appendingPathComponent("frameworks/hw-gec@1.0.0.json")) { framework in
            var pillars = framework["pillars"] as! [[String: Any]]
            var criteria = pillars[2]["criteria"] as! [[String: Any]]
            criteria[3]["weight"] = "heavy"
            criteria[4]["kind"] = "essay"
            pillars[2]["criteria"] = criteria
            framework["pillars"] = pillars
        }
        let error = try #require(throws: CharterLoadError.self) { try CharterLibrary.load(directory: folder) }
        let issue = try require(error.issues.first)
        #expect(issue.file == "hw-gec@1.0.0.json")
        #expect(issue.criterion == "HW.PAY.04" && issue.field == "pillars[2].criteria[3].weight")
        #expect(issue.reason.contains("expected a number"))
        #expect(issue.description.hasPrefix("hw-gec@1.0.0.json: criterion HW.PAY.04, pillars[2].criteria[3].weight"))
    }

    @Test("rate tables are checked too")
    func badRates() throws {
        let folder = try copyOfBundledCharters()
        defer { try? FileManager.default.removeItem(at: folder) }
        try editJSON(folder.appendingPathComponent("rates.json")) { rates in
            var parameters = rates["parameters"] as! [[String: Any]]
            var values = parameters[0]["values"] as! [[String: Any]]
            values[2]["graceUntil"] = "2025-01-01"
            parameters[0]["values"] = values
            rates["parameters"] = parameters
        }
        let error = try #require(throws: CharterLoadError.self) { try CharterLibrary.load(directory: folder) }
        #expect(error.issues.map(\.description) == ["rates.json: parameters[0].values[2].graceUntil: must be after effectiveFrom"])
    }
}
