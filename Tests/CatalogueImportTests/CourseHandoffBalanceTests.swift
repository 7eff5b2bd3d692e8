@testable import CatalogueImport
import Domain
import Foundation
import Testing

// MARK: - Telling the parser when the store lags behind

@Suite("Course handoff balance")
struct CourseHandoffBalanceTests {
    @Test("the store counts as behind once half the queue waits, and no longer once it has caught up")
    func storeIsBehind() throws {
        let handoff = CourseHandoff(capacity: 4)
        #expect(!handoff.storeIsBehind)
        try handoff.send(.course(Course(sourceID: "a", title: "A")))
        #expect(!handoff.storeIsBehind)
        try handoff.send(.course(Course(sourceID: "b", title: "B")))
        #expect(handoff.storeIsBehind)
        try handoff.send(.provider(ProviderDetails()))
        #expect(handoff.storeIsBehind)
        _ = try handoff.receive()
        _ = try handoff.receive()
        #expect(!handoff.storeIsBehind)
        handoff.finish()
        guard case .provider = try handoff.receive() else {
            Issue.record("the provider details should come last")
            return
        }
        #expect(try handoff.receive() == nil)
    }

    @Test("a parser held at a full queue resumes after the store takes half, and every item arrives in order", arguments: [1, 2, 5, 8])
    func fullQueueResumes(capacity: Int) throws {
        let handoff = CourseHandoff(capacity: capacity)
        let total = 200
        startParserThread {
            do {
                for index in 0..<total { try handoff.send(.course(Course(sourceID: "c\(index)", title: "C"))) }
                handoff.finish()
            } catch {
                handoff.finish(throwing: error)
            }
        }
        var received: [String] = []
        while let item = try handoff.receive() {
            if case .course(let course) = item { received.append(course.sourceID) }
        }
        #expect(received == (0..<total).map { "c\($0)" })
    }
}
