import Domain
import Foundation
import Testing

@testable import Charters

// MARK: - Assessments over a store

@Suite("Assessments over a store")
struct AssessmentServiceTests {
    let service = CharterAssessments(engine: CharterEngine(library: LoadingAndVersionTests.versions()), store: InMemoryCharterAssessmentStore())

    @Test("start pins the version; drafts save; a rejected submission stores nothing; an accepted one locks the row")
    func lifecycle() async throws {
        let employer = Employer(name: "Store Ltd", headcount: 60)
        let row = try await service.start(employerID: "emp-1", framework: "mini", employer: employer, asOf: date("2026-08-01"))
        let id = try require(row.id)
        #expect(row.frameworkVersion == "1.0.0" && row.status == .draft)

        var answers = Mini.allMet(headcount: 60)
        answers.answers["M.A.03"] = nil
        let draft = try await service.saveDraft(id: id, answers: answers, asOf: date("2026-10-01"))
        #expect(draft.framework.version == "1.0.0")  // 1.1.0 is in force by then, but the draft stays pinned

        await #expect(throws: CharterAssessments.Rejected.self) { try await service.submit(id: id, answers: answers, asOf: date("2026-10-01")) }
        #expect(try await service.store.assessment(id: id)?.status == .draft)

        answers.answers["M.A.03"] = .number(4)
        var wrongVersion = answers
        wrongVersion.version = "1.1.0"
        await #expect(throws: CharterStoreError.versionChanged(id: id, pinned: "1.0.0", given: "1.1.0")) {
            try await service.saveDraft(id: id, answers: wrongVersion, asOf: date("2026-10-01"))
        }
        let submitted = try await service.submit(id: id, answers: answers, asOf: date("2026-10-01"))
        #expect(submitted.tierReached == "leader")
        let stored = try require(try await service.store.assessment(id: id))
        #expect(stored.status == .submitted && stored.tierReached == "leader")
        await #expect(throws: CharterStoreError.notDraft(id: id, status: .submitted)) {
            try await service.saveDraft(id: id, answers: answers, asOf: date("2026-10-02"))
        }
    }

    @Test("a re-assessment is compared with the previous submitted one")
    func history() async throws {
        let employer = Employer(name: "Store Ltd", headcount: 60)
        let first = try require(try await service.start(employerID: "emp-2", framework: "mini", employer: employer, asOf: date("2026-06-01")).id)
        var answers = Mini.allMet(headcount: 60)
        answers.answers["M.A.03"] = .number(2)
        _ = try await service.submit(id: first, answers: answers, asOf: date("2026-06-01"))
        let second = try require(try await service.start(employerID: "emp-2", framework: "mini", employer: employer, asOf: date("2026-08-01")).id)
        answers.answers["M.A.03"] = .number(4)
        answers.answers["M.A.04"] = Answer(value: .number(2.5), observedOn: date("2026-07-31"))
        _ = try await service.submit(id: second, answers: answers, asOf: date("2026-08-01"))
        let comparison = try require(try await service.compareWithPrevious(id: second))
        #expect(comparison.improved.map(\.id) == ["M.A.03"])
        #expect(comparison.previousAsOf == date("2026-06-01") && comparison.previousAwardStanding == .current)
        #expect(try await service.compareWithPrevious(id: first) == nil)
    }
}
