public import ArgumentParser
public import CatalogueImport
import Domain
import Foundation
import Storage

// MARK: - import

extension Skillway {
    /// `skillway import FILE --provider ID`: imports one feed as a provider's provision.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a provider's course feed (XCRI-CAP XML or DfE course-directory CSV).",
            discussion: """
                The feed replaces the provider's previous provision in one transaction. Exit status 0 means the \
                feed was applied (or, with --dry-run, would have been); 1 means nothing was applied.
                """)

        @Argument(help: "The feed file: XCRI-CAP 1.1/1.2 XML, or a DfE course, non-LARS or venue CSV.")
        var file: String

        @Option(help: "The provider's id, e.g. kidderminster-college (created if new).")
        var provider: ProviderID

        @Flag(help: "Reject the whole feed if any record has an error.")
        var strict = false

        @Flag(help: "Check and report, but change nothing.")
        var dryRun = false

        @Flag(help: "Print the report as JSON.")
        var json = false

        @Flag(help: "Accept a feed with no courses (withdraws all the provider's provision).")
        var allowEmpty = false

        @Option(help: "The largest file accepted, e.g. 5MB (the default) or 50MB.")
        var maxSize: ByteSize = ByteSize(bytes: ImportOptions.defaultMaxBytes)

        @Flag(help: "Skip tagging the imported courses with routes and skills now; they are tagged at the next import, catalogue load or serve start.")
        var noTagging = false

        @Option(help: "Read the file as xml or csv instead of deciding from its content.")
        var format: FeedFormatHint?

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let url = URL(fileURLWithPath: file)
            guard FileManager.default.isReadableFile(atPath: url.path) else {
                throw ValidationError("Cannot read \(file): no such file, or it is not readable.")
            }
            let store = try database.open()
            let options = ImportOptions(
                strict: strict, dryRun: dryRun, maxBytes: maxSize.bytes, format: format, sourceName: url.lastPathComponent,
                today: todayISO(), allowEmpty: allowEmpty)
            let report = try await CatalogueImporter(store: store).importFeed(contentsOf: url, provider: provider, options: options)
            if !dryRun {
                let owner = try await store.organisations().first { $0.providerID == provider }?.id
                try await store.record(AuditEvent(
                    actor: "cli", action: "feed.import", resource: url.lastPathComponent, subjectOrganisationID: owner,
                    outcome: report.applied ? .success : .failure,
                    detail: "provider \(provider): applied=\(report.applied) courses=\(report.courses) errors=\(report.errors.count)"))
            }
            if report.applied, !noTagging { try await retagCourses(store) }
            if json { try printJSON(report) } else { print(ReportText.render(report)) }
            if !report.accepted { throw ExitCode(1) }
        }
    }
}

extension FeedFormatHint: ExpressibleByArgument {}

// MARK: - Human-readable reports

enum ReportText {
    static func render(_ report: ImportReport) -> String {
        var lines: [String] = []
        let source = report.source.map { "\($0) " } ?? ""
        let format = report.format.map { " (\($0.rawValue))" } ?? ""
        let outcome: String
        if report.applied {
            outcome = "applied"
        } else if report.accepted {
            outcome = "dry run: would be applied; nothing changed"
        } else {
            outcome = "NOT applied: nothing changed"
        }
        lines.append("Import of \(source)for \(report.provider)\(format): \(outcome)")
        if report.venues > 0 || report.venueChanges != nil {
            let changes = report.venueChanges ?? ChangeCounts()
            lines.append("  venues  \(report.venues) read: \(counts(changes))")
        } else {
            lines.append("  courses \(report.courses) read: \(counts(report.courseChanges))")
            lines.append("  runs    \(report.runs) read: \(counts(report.runChanges))")
        }
        lines.append("  \(report.errors.count) errors, \(report.warnings.count) warnings, \(report.durationMilliseconds) ms")
        for issue in report.errors { lines.append("  " + issue.description) }
        for issue in report.warnings { lines.append("  " + issue.description) }
        return lines.joined(separator: "\n")
    }

    private static func counts(_ counts: ChangeCounts) -> String {
        "\(counts.created) created, \(counts.updated) updated, \(counts.unchanged) unchanged, \(counts.removed) removed"
    }
}
