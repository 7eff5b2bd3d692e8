import Foundation

// MARK: - The team-written vocabulary

/// Reads `skills.txt` (the skills vocabulary) and `job-titles.txt` (everyday job-title wording),
/// rejecting the whole file with located errors when anything is wrong.
public enum VocabularyParser {
    /// Parses the skills vocabulary. Every error found is reported, each located by line and skill.
    /// - Parameters:
    ///   - text: the file's text.
    ///   - file: the file's name for error messages.
    /// - Returns: the skills in file order, without evidence (the builder adds it).
    public static func parseSkills(_ text: String, file: String = "skills.txt") throws(VocabularyErrors) -> [Skill] {
        var skills: [Skill] = []
        var errors: [TaxonomyBuildError] = []
        var kind: SkillKind?
        var group: LSIPSkillGroup?
        var owners: [String: String] = [:]  // normalised form → skill id
        var ids: Set<String> = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            let lineNumber = offset + 1
            func fail(_ location: String, _ reason: String) {
                errors.append(TaxonomyBuildError(file: file, location: "line \(lineNumber) \(location)", reason: reason))
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("@") {
                (kind, group) = (nil, nil)
                for setting in line.dropFirst().split(separator: " ") {
                    let pair = setting.split(separator: "=", maxSplits: 1).map(String.init)
                    guard pair.count == 2 else { fail("(section)", "\"\(setting)\" is not name=value"); continue }
                    switch pair[0] {
                    case "kind":
                        kind = SkillKind(rawValue: pair[1])
                        if kind == nil { fail("(section).kind", "\"\(pair[1])\" is not one of \(SkillKind.allCases.map(\.rawValue).joined(separator: ", "))") }
                    case "group":
                        group = pair[1] == "-" ? nil : LSIPSkillGroup(rawValue: pair[1])
                        if pair[1] != "-", group == nil { fail("(section).group", "\"\(pair[1])\" is not one of \(LSIPSkillGroup.allCases.map(\.rawValue).joined(separator: ", ")) or -") }
                    default:
                        fail("(section)", "unknown setting \"\(pair[0])\"")
                    }
                }
                continue
            }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let label = fields[0]
            let id = slug(label)
            let here = "skills[\(skills.count)] (\(id))"
            guard fields.count == 3 else { fail(here, "needs 3 fields separated by | (label | employer wording | provider wording), found \(fields.count)"); continue }
            guard let kind else { fail(here, "comes before any \"@ kind=…\" section line"); continue }
            guard !label.isEmpty, !id.isEmpty else { fail(here + ".label", "is empty"); continue }
            if !ids.insert(id).inserted { fail(here + ".label", "\"\(label)\" repeats an earlier skill's id \(id)") }
            let employer = aliases(fields[1])
            let provider = aliases(fields[2])
            var mine: Set<String> = []
            for (field, forms) in [("label", [label]), ("aliases", employer + provider)] {
                for form in forms {
                    guard let pattern = PhrasePattern(skillIndex: skills.count, form: form) else {
                        fail("\(here).\(field)", "\"\(form)\" has no words"); continue
                    }
                    let key = (pattern.caseSensitive ? "=" : "") + pattern.normalizedKey
                    if let owner = owners[key], owner != id {
                        fail("\(here).\(field)", "\"\(form)\" is already a form of \(owner)")
                    } else {
                        owners[key] = id
                        mine.insert(key)
                    }
                }
            }
            skills.append(Skill(
                id: id, label: label, kind: kind, group: group,
                employerAliases: dedupe(employer, excluding: label), providerAliases: dedupe(provider, excluding: label, and: employer),
                routes: [], pathways: [], evidence: [], sourceLine: lineNumber))
        }
        if skills.isEmpty { errors.append(TaxonomyBuildError(file: file, location: nil, reason: "defines no skills")) }
        guard errors.isEmpty else { throw VocabularyErrors(errors: errors) }
        return skills
    }

    /// Parses the everyday job-title table (`everyday = occupational` per line).
    public static func parseJobTitles(_ text: String, file: String = "job-titles.txt") throws(VocabularyErrors) -> [JobTitleSynonym] {
        var result: [JobTitleSynonym] = []
        var errors: [TaxonomyBuildError] = []
        var seen: Set<String> = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let location = "line \(offset + 1)"
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                errors.append(TaxonomyBuildError(file: file, location: location, reason: "expected \"everyday wording = occupational wording\""))
                continue
            }
            let key = parts[0].lowercased()
            guard seen.insert(key).inserted else {
                errors.append(TaxonomyBuildError(file: file, location: location, reason: "\"\(parts[0])\" is listed twice"))
                continue
            }
            result.append(JobTitleSynonym(everyday: key, occupational: parts[1]))
        }
        guard errors.isEmpty else { throw VocabularyErrors(errors: errors) }
        return result
    }

    /// The id a label gets: lower case, words joined by hyphens.
    public static func slug(_ label: String) -> String {
        PhraseTokenizer.tokens(label.replacingOccurrences(of: "&", with: " and ")).map(\.lower).joined(separator: "-")
            .replacingOccurrences(of: "'", with: "")
    }

    private static func aliases(_ field: String) -> [String] {
        field.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func dedupe(_ forms: [String], excluding label: String, and earlier: [String] = []) -> [String] {
        var seen = Set(([label] + earlier).map { $0.lowercased() })
        return forms.filter { seen.insert($0.lowercased()).inserted }
    }
}

/// Every problem found in a vocabulary file.
public struct VocabularyErrors: Error, CustomStringConvertible {
    public var errors: [TaxonomyBuildError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
