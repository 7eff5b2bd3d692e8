import Foundation
import Matching

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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let additions = additionLines(lines)
        for (offset, rawLine) in lines.enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            let lineNumber = offset + 1
            func fail(_ location: String, _ reason: String) {
                errors.append(TaxonomyBuildError(file: file, location: "line \(lineNumber) \(location)", reason: reason))
            }
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("+") { continue }
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
            var fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let label = fields[0]
            let id = slug(label)
            let here = "skills[\(skills.count)] (\(id))"
            if fields.count == 3, let added = additions[id] {
                fields[1] += "; " + added.employer
                fields[2] += "; " + added.provider
            }
            guard fields.count == 3 else { fail(here, "needs 3 fields separated by | (label | employer wording | provider wording), found \(fields.count)"); continue }
            guard let kind else { fail(here, "comes before any \"@ kind=…\" section line"); continue }
            guard !label.isEmpty, !id.isEmpty else { fail(here + ".label", "is empty"); continue }
            if !ids.insert(id).inserted { fail(here + ".label", "\"\(label)\" repeats an earlier skill's id \(id)") }
            // "!phrase" is an exclusion: wording that uses the skill's words in another sense.
            let employer = aliases(fields[1]).filter { !$0.hasPrefix("!") }
            let provider = aliases(fields[2]).filter { !$0.hasPrefix("!") }
            let exclusions = (aliases(fields[1]) + aliases(fields[2])).filter { $0.hasPrefix("!") }.map { String($0.dropFirst()).trimmingCharacters(in: .whitespaces) }
            for phrase in exclusions where PhrasePattern(skillIndex: skills.count, form: phrase) == nil {
                fail("\(here).exclusions", "\"!\(phrase)\" has no words")
            }
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
                routes: [], pathways: [], evidence: [], sourceLine: lineNumber, exclusions: exclusions))
        }
        if skills.isEmpty { errors.append(TaxonomyBuildError(file: file, location: nil, reason: "defines no skills")) }
        for (id, added) in additions.sorted(by: { $0.value.line < $1.value.line }) where !ids.contains(id) || added.malformed {
            let reason = added.malformed ? "needs 3 fields separated by | (+ label | employer wording | provider wording)" : "adds wording to \(id), which no skill line defines"
            errors.append(TaxonomyBuildError(file: file, location: "line \(added.line) (+ \(id))", reason: reason))
        }
        guard errors.isEmpty else { throw VocabularyErrors(errors: errors) }
        return skills
    }

    // MARK: Addition lines

    /// Wording an addition line (`+ Label | employer wording | provider wording`) adds to a skill.
    struct Addition {
        var employer = ""
        var provider = ""
        /// The line of the skill's first addition line, for errors.
        var line: Int
        /// Whether an addition line for the skill lacks the three fields.
        var malformed = false
    }

    /// The addition lines of the vocabulary by skill id: each adds its wording to the skill of that
    /// label wherever the skill's own line is, so new wording can sit on its own line next to it.
    static func additionLines(_ lines: [Substring]) -> [String: Addition] {
        var additions: [String: Addition] = [:]
        for (offset, rawLine) in lines.enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix("+") else { continue }
            let fields = line.dropFirst().split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let id = slug(fields[0])
            var added = additions[id] ?? Addition(line: offset + 1)
            if fields.count == 3 {
                added.employer += "; " + fields[1]
                added.provider += "; " + fields[2]
            } else {
                added.malformed = true
            }
            additions[id] = added
        }
        return additions
    }

    /// Parses the everyday job-title table: `everyday = occupational` per line, optionally followed by
    /// `| Skill label; Skill label` naming the skills the job implies. Skill labels are checked
    /// against `skills` when given (the builder passes the parsed vocabulary).
    public static func parseJobTitles(
        _ text: String, file: String = "job-titles.txt", skills: [Skill]? = nil
    ) throws(VocabularyErrors) -> [JobTitleSynonym] {
        var result: [JobTitleSynonym] = []
        var errors: [TaxonomyBuildError] = []
        var seen: Set<String> = []
        let byLabel = skills.map { Dictionary($0.map { ($0.label.lowercased(), $0.id) }, uniquingKeysWith: { first, _ in first }) }
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let location = "line \(offset + 1)"
            let halves = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let parts = halves[0].split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                errors.append(TaxonomyBuildError(file: file, location: location, reason: "expected \"everyday wording = occupational wording\" (optionally \"| skill; skill\")"))
                continue
            }
            let key = parts[0].lowercased()
            guard seen.insert(key).inserted else {
                errors.append(TaxonomyBuildError(file: file, location: location, reason: "\"\(parts[0])\" is listed twice"))
                continue
            }
            var implied: [String] = []
            if halves.count == 2 {
                for label in aliases(String(halves[1])) {
                    guard let byLabel else { implied.append(slug(label)); continue }
                    guard let id = byLabel[label.lowercased()] else {
                        errors.append(TaxonomyBuildError(file: file, location: location + ".skills", reason: "\"\(label)\" is not a skill label in the skills vocabulary"))
                        continue
                    }
                    if !implied.contains(id) { implied.append(id) }
                }
            }
            result.append(JobTitleSynonym(everyday: key, occupational: parts[1], skills: implied))
        }
        guard errors.isEmpty else { throw VocabularyErrors(errors: errors) }
        return result
    }

    /// Parses the occupation skill profiles (`occupation-skills.txt`): per line a standard's reference,
    /// optionally its title in brackets, then `=` and skill labels separated by `;`. A plain label is a
    /// core skill of the job that its statements word too thinly for the phrase search to find; a label
    /// after `-` is a misreading to drop (a word of the text that is not the job's skill). References
    /// and titles are checked against `standards`, labels against `skills`.
    static func parseOccupationSkills(
        _ text: String, file: String = "occupation-skills.txt", standards: [OccupationalStandard], skills: [Skill],
        socGroups: [SOCUnitGroup] = []
    ) throws(VocabularyErrors) -> [OccupationSkillProfile] {
        var result: [OccupationSkillProfile] = []
        var errors: [TaxonomyBuildError] = []
        // A line names a standard (ST0000) or a SOC 2020 unit group (4 digits), whose task skills it corrects.
        let titles = Dictionary(standards.map { ($0.reference, $0.title) } + socGroups.map { ($0.code, $0.title) }, uniquingKeysWith: { first, _ in first })
        let byLabel = Dictionary(skills.map { ($0.label.lowercased(), $0.id) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let location = "line \(offset + 1)"
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let reference = parts[0].split(separator: " ").first.map(String.init), !parts[1].isEmpty else {
                errors.append(TaxonomyBuildError(file: file, location: location, reason: "expected \"ST0000 (Title) = Skill; Skill; -Skill\""))
                continue
            }
            guard let title = titles[reference] else {
                errors.append(TaxonomyBuildError(file: file, location: location + ".reference", reason: "\"\(reference)\" is not an approved standard or a SOC 2020 unit group"))
                continue
            }
            let rest = parts[0].dropFirst(reference.count).trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty {
                if rest.first != "(" || rest.last != ")" || rest.dropFirst().dropLast() != title[...] {
                    errors.append(TaxonomyBuildError(file: file, location: location + ".title", reason: "\"\(rest)\" is not (\(title))"))
                    continue
                }
            }
            guard seen.insert(reference).inserted else {
                errors.append(TaxonomyBuildError(file: file, location: location, reason: "\(reference) is listed twice"))
                continue
            }
            var profile = OccupationSkillProfile(reference: reference, core: [], dropped: [])
            for item in aliases(parts[1]) {
                let drop = item.hasPrefix("-")
                let label = drop ? item.dropFirst().trimmingCharacters(in: .whitespaces) : item
                guard let id = byLabel[label.lowercased()] else {
                    errors.append(TaxonomyBuildError(file: file, location: location + ".skills", reason: "\"\(label)\" is not a skill label in the skills vocabulary"))
                    continue
                }
                if drop { profile.dropped.append(id) } else { profile.core.append(id) }
            }
            result.append(profile)
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

/// What the team says about one standard's skills beyond what its statements show.
struct OccupationSkillProfile: Sendable, Equatable {
    var reference: String
    /// Skill ids every holder of the job has, kept with full evidence.
    var core: [String]
    /// Skill ids the phrase search misread in the standard's text, removed.
    var dropped: [String]
}

/// Every problem found in a vocabulary file.
public struct VocabularyErrors: Error, CustomStringConvertible {
    public var errors: [TaxonomyBuildError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
