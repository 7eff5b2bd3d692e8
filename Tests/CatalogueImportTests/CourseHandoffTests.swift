@testable import CatalogueImport
import Domain
import Foundation
import Testing

// MARK: - The handoff between the parsing and the storing thread

@Suite("Course handoff")
struct CourseHandoffTests {
    private struct ParseFailed: Error {}

    @Test("delivers every item in order through a small ring, then the parser's error")
    func deliversInOrder() throws {
        let handoff = CourseHandoff(capacity: 3)
        startParserThread {
            do {
                for index in 0..<500 { try handoff.send(.course(Course(sourceID: "c\(index)", title: "Course \(index)"))) }
                try handoff.send(.provider(ProviderDetails()))
                handoff.finish(throwing: ParseFailed())
            } catch {
                handoff.finish(throwing: error)
            }
        }
        var received: [String] = []
        var sawProvider = false
        #expect(throws: ParseFailed.self) {
            while let item = try handoff.receive() {
                switch item {
                case .course(let course): received.append(course.sourceID)
                case .provider: sawProvider = true
                }
            }
        }
        #expect(received == (0..<500).map { "c\($0)" })
        #expect(sawProvider)
    }

    @Test("a store that gives up stops the parser: its next send throws")
    func cancelStopsParser() throws {
        let handoff = CourseHandoff(capacity: 2)
        let outcome = OutcomeBox()
        startParserThread {
            do {
                for index in 0..<10_000 { try handoff.send(.course(Course(sourceID: "c\(index)", title: "Course"))) }
                handoff.finish()
            } catch {
                outcome.set(error is CourseHandoff.Cancelled)
                handoff.finish(throwing: error)
            }
        }
        _ = try handoff.receive()
        handoff.cancel()
        handoff.waitUntilFinished()
        #expect(outcome.value == true)
    }
}

/// What the parser thread saw, read after `waitUntilFinished`.
private final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Bool?
    func set(_ value: Bool) { lock.withLock { stored = value } }
    var value: Bool? { lock.withLock { stored } }
}
