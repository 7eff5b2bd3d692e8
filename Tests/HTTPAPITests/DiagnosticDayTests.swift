import Domain
import Foundation
import Testing

@testable import HTTPAPI

// MARK: - The diagnostic's day

@Suite("Diagnostic day")
struct DiagnosticDayTests {
    @Test("The UTC day worked out from seconds is the day the ISO 8601 formatter writes, across centuries, leap days and midnights")
    func sameAsFormatter() throws {
        var moments: [Date] = []
        // Every day from 1899 to 2101 at a pseudo-random time of day, plus the seconds either side of midnight.
        var seed: UInt64 = 0x5eed
        for day in stride(from: -25_567, through: 47_847, by: 1) {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let start = Double(day) * 86_400
            moments.append(Date(timeIntervalSince1970: start + Double(seed >> 47) / 2))
            if day % 97 == 0 {
                moments.append(Date(timeIntervalSince1970: start - 0.001))
                moments.append(Date(timeIntervalSince1970: start))
            }
        }
        moments.append(Date())
        var mismatches: [String] = []
        for moment in moments {
            let expected = InsightsController.day(moment)
            let actual = DiagnosticController.utcDay(moment)?.description
            if actual != expected { mismatches.append("\(moment.timeIntervalSince1970): \(expected) vs \(actual ?? "nil")") }
        }
        #expect(moments.count > 70_000)
        #expect(mismatches.isEmpty, "first: \(mismatches.prefix(5))")
        #expect(DiagnosticController.utcDay(Date(timeIntervalSince1970: 951_782_400))?.description == "2000-02-29")
    }
}
