import Foundation

// MARK: - Crash testing

/// A fail point for the kill -9 tests. When the environment variable
/// `SKILLWAY_CRASH_TEST_PAUSE_BEFORE_COMMIT` names a file, an import that has written its whole feed
/// and is about to commit creates that file and waits (fifteen minutes at most), so a test can kill the
/// process at a known point inside the transaction. Without the variable it does nothing. The wait is
/// long because the test that kills it polls on the shared task pool, which a loaded machine running
/// many suites at once can starve for minutes: with a two-minute wait the save went on and committed
/// before the kill arrived, and the test failed though nothing was wrong.
enum CrashTestHook {
    static let variable = "SKILLWAY_CRASH_TEST_PAUSE_BEFORE_COMMIT"

    static func pauseBeforeCommitIfAsked() {
        guard let path = ProcessInfo.processInfo.environment[variable], !path.isEmpty else { return }
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        Thread.sleep(forTimeInterval: 900)
    }
}
