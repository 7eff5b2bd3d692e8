import Domain
import Foundation

// MARK: - HTML page

extension PlanReport {
    /// The report as a standalone HTML page from the bundled template (`plan-report.mustache`); every
    /// value is escaped, so plan text (role titles, notes, owners) cannot inject markup. Falls back to
    /// the escaped text report if the template is missing.
    public func html() -> String {
        PlanHTMLReport.bundled?.render(self) ?? textPage()
    }

    /// The text report in an HTML page, every character escaped.
    func textPage() -> String {
        let title = Self.escape("\(organisation) — workforce plan v\(version)")
        return """
            <!doctype html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>\(title)</title>
            <style>body{font-family:system-ui,sans-serif;margin:2rem}pre{font-size:0.9rem;line-height:1.35}</style></head>
            <body><h1>\(title)</h1><pre>\(Self.escape(text()))</pre></body></html>

            """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }
}

// MARK: - CSV export

extension PlanReport {
    /// The CSV columns: `section` says which part a row belongs to (`projection`, `action`,
    /// `suggested_action` or `training`); projection rows fill the figures, action rows the action fields.
    public static let csvHeader = [
        "section", "role", "year", "date", "demand", "start", "retirements", "leavers", "moves_in", "moves_out", "hires", "end",
        "gap_no_hiring", "kind", "skill", "to_role", "quantity", "owner", "due", "cost_gbp", "status", "note",
    ]

    /// The projection (one row per role and year, expected values to two decimals), the planned and
    /// suggested actions and, when found, courses for each skill gap, as RFC 4180 CSV. Text cells that a spreadsheet would run as a formula are
    /// prefixed with an apostrophe.
    public func csv() -> String {
        var rows: [[String]] = [Self.csvHeader]
        let blankAction = Array(repeating: "", count: 9)
        for role in projection.roles {
            for year in role.years {
                let figures = [year.demand, year.start, year.retirements, year.leavers, year.movesIn, year.movesOut, year.hires, year.end, year.gap]
                rows.append(["projection", role.role, String(year.year), year.date.description] + figures.map(Self.number) + blankAction)
            }
        }
        for (section, list) in [("action", actions), ("suggested_action", suggestedActions)] {
            for action in list {
                rows.append(
                    [section, action.role ?? "", "", ""] + Array(repeating: "", count: 9) + [
                        action.kind.rawValue, action.skill ?? "", action.toRole ?? "", String(action.quantity), action.owner, action.due.description,
                        String(format: "%.2f", Double(action.costPence) / 100), action.status.rawValue, action.note ?? "",
                    ])
            }
        }
        for gap in training ?? [] {
            let courses = gap.courses.isEmpty ? [nil] : gap.courses.map(Optional.some)
            for course in courses {
                let note = course.map { "\($0.title) — \($0.providerName) (course \($0.courseID); \($0.reason))" } ?? "no matching course in the catalogue"
                rows.append(
                    ["training", gap.role, "", ""] + Array(repeating: "", count: 9) + [
                        "train", gap.skill, "", String(gap.people), "", "", "", "", note,
                    ])
            }
        }
        return rows.map { $0.map(Self.csvCell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
    }

    static func csvCell(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@\t\r".contains(first), Double(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
