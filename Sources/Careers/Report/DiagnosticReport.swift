import Domain
import Foundation
import Matching
import Mustache
import SkillwayResources

// MARK: - Printable HTML report

/// Renders a diagnostic as one standalone, printable HTML page from
/// `Resources/templates/diagnostic.mustache`. Every value goes through Mustache's HTML escaping.
public enum DiagnosticReport {
    /// The page for one diagnostic.
    /// - Throws: `DiagnosticReportError` when the bundled template is missing or does not parse.
    public static func html(_ diagnostic: Diagnostic) throws -> String {
        try bundledTemplate.get().render(DiagnosticReportModel(diagnostic))
    }

    /// The page rendered with a template given as text (tests use this).
    public static func html(_ diagnostic: Diagnostic, template: String) throws -> String {
        try MustacheTemplate(string: template).render(DiagnosticReportModel(diagnostic))
    }

    /// Evidence words ready to sit inside quotation marks: quote marks cut from the learner's text
    /// (`"serving" food` quoted from its middle) are left out, so no stray mark shows inside the quote.
    public static func quotable(_ evidence: String) -> String {
        let marks: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]
        var text = evidence
        // Straight and curly double quotes always go; a single mark only at either end (an apostrophe stays).
        text.removeAll { $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201D}" }
        while let first = text.first, marks.contains(first) || first == "'" { text.removeFirst() }
        while let last = text.last, marks.contains(last) || last == "'" { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// "Courses from Kidderminster College only, in any district, free or funded only, for a learner
    /// aged 19 or over." — the constraints courses were chosen under, in one sentence.
    public static func constraintsLine(_ diagnostic: Diagnostic) -> String {
        DiagnosticReportModel.describe(diagnostic.constraints, scope: diagnostic.providerScope)
    }

    /// "Reskill: move into a new field", or, when a path stays in the learner's own route (a sideways
    /// move), "Reskill: change to another kind of job".
    public static func reskillHeading(_ diagnostic: Diagnostic) -> String {
        DiagnosticReportModel.reskillSection(diagnostic).heading
    }

    /// The page for a saved report that is unknown or has expired: plain, standalone, no script.
    public static let notFoundPage = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Report not found</title>
        <style>body { font-family: Arial, Helvetica, sans-serif; color: #1b1b1b; line-height: 1.5; margin: 0 auto; max-width: 40rem; padding: 1rem 1.25rem; }</style>
        </head>
        <body>
        <main>
        <h1>This report is not available</h1>
        <p>The link is wrong, or the report has expired: saved reports are kept for 30 days and then deleted.</p>
        <p>Ask your adviser to run the diagnostic again, or run it yourself and save a new report.</p>
        </main>
        </body>
        </html>

        """

    private static let bundledTemplate: Result<MustacheTemplate, DiagnosticReportError> = {
        guard let url = SkillwayResources.templateURL(named: "diagnostic"), let data = try? Data(contentsOf: url) else {
            return .failure(DiagnosticReportError(reason: "the bundled template templates/diagnostic.mustache is missing"))
        }
        do { return .success(try MustacheTemplate(string: String(decoding: data, as: UTF8.self))) } catch {
            return .failure(DiagnosticReportError(reason: "templates/diagnostic.mustache does not parse: \(error)"))
        }
    }()
}

/// The report template is missing or broken.
public struct DiagnosticReportError: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}
