import Foundation

// MARK: - Screening for personal data

/// Finds fields that look like personal data the plan must never hold: names, dates of birth, exact ages,
/// National Insurance numbers, contact details, health, ethnicity, religion or individual pay.
///
/// Works on the raw JSON tree so that unknown keys (which decoding would silently drop) are caught too.
enum PersonalDataScreen {
    /// Normalised key fragments that are refused anywhere in a plan.
    private static let forbiddenKeys: [(fragment: String, what: String)] = [
        ("dateofbirth", "a date of birth"), ("birthdate", "a date of birth"), ("birthday", "a date of birth"), ("dob", "a date of birth"),
        ("nationalinsurance", "a National Insurance number"), ("ninumber", "a National Insurance number"), ("nino", "a National Insurance number"),
        ("firstname", "a name"), ("lastname", "a name"), ("surname", "a name"), ("forename", "a name"), ("fullname", "a name"),
        ("givenname", "a name"), ("familyname", "a name"), ("maidenname", "a name"),
        ("health", "health data"), ("medical", "health data"), ("sickness", "health data"), ("disability", "health data"),
        ("diagnosis", "health data"), ("illness", "health data"), ("pregnan", "health data"),
        ("ethnic", "ethnicity"), ("religion", "religion"), ("nationality", "nationality"),
        ("email", "contact details"), ("phone", "contact details"), ("mobile", "contact details"), ("homeaddress", "contact details"),
        ("salary", "individual pay"), ("hourlyrate", "individual pay"),
    ]

    /// Keys refused inside a person object only (they are fine elsewhere, e.g. the organisation's name).
    private static let forbiddenPersonKeys: [String: String] = [
        "name": "a name", "age": "an exact age (use ageBand)", "address": "contact details", "postcode": "contact details",
        "pay": "individual pay", "wage": "individual pay", "initials": "a name", "startdate": "an exact date (use tenureBand)",
    ]

    /// Every personal-data problem in a JSON tree.
    static func issues(in json: Any, file: String?) -> [PlanIssue] {
        var found: [PlanIssue] = []
        walk(json, path: "", inPerson: false, file: file, into: &found)
        return found
    }

    private static func walk(_ value: Any, path: String, inPerson: Bool, file: String?, into found: inout [PlanIssue]) {
        if let object = value as? [String: Any] {
            let personHere = inPerson || path.components(separatedBy: ".").last?.hasPrefix("people[") == true
            // A person's `skills` map is keyed by skill ids ("mental-health-awareness"), not field names.
            let isSkillMap = path.components(separatedBy: ".").last == "skills"
            for key in object.keys.sorted() {
                let child = path.isEmpty ? key : "\(path).\(key)"
                if isSkillMap {
                    walk(object[key]!, path: child, inPerson: personHere, file: file, into: &found)
                    continue
                }
                let normalised = key.lowercased().filter { $0.isLetter || $0.isNumber }
                if let hit = forbiddenKeys.first(where: { normalised.contains($0.fragment) }) {
                    found.append(PlanIssue(file: file, path: child, reason: "looks like \(hit.what); plans never hold names, dates of birth or health data — remove this field"))
                    continue
                }
                if personHere, key == "label", let label = object[key] as? String, !isPseudonymousLabel(label) {
                    found.append(PlanIssue(file: file, path: child, reason: "\"\(label)\" does not look pseudonymous; use a label such as \"Person A\", never a name"))
                    continue
                }
                if personHere, let what = forbiddenPersonKeys[normalised] {
                    found.append(PlanIssue(file: file, path: child, reason: "looks like \(what); people are recorded only by a pseudonymous label and bands"))
                    continue
                }
                walk(object[key]!, path: child, inPerson: personHere, file: file, into: &found)
            }
        } else if let array = value as? [Any] {
            for (index, element) in array.enumerated() {
                walk(element, path: "\(path)[\(index)]", inPerson: inPerson, file: file, into: &found)
            }
        } else if let text = value as? String {
            if let what = personalValue(text, inPerson: inPerson) {
                found.append(PlanIssue(file: file, path: path, reason: "the value looks like \(what); remove it"))
            }
        }
    }

    /// What a string value looks like, if it is personal data.
    static func personalValue(_ text: String, inPerson: Bool) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if looksLikeNINumber(trimmed) { return "a National Insurance number" }
        if looksLikeEmail(trimmed) { return "an email address" }
        if inPerson, looksLikeDate(trimmed) { return "a date (of birth?)" }
        return nil
    }

    private static func looksLikeNINumber(_ text: String) -> Bool {
        let compact = Array(text.uppercased().filter { $0 != " " })
        guard compact.count == 9 else { return false }
        return compact[0..<2].allSatisfy(\.isLetter) && compact[2..<8].allSatisfy(\.isNumber) && "ABCD".contains(compact[8])
    }

    private static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@")
        return parts.count == 2 && !parts[0].contains(" ") && parts[1].contains(".") && !parts[1].contains(" ")
    }

    private static func looksLikeDate(_ text: String) -> Bool {
        let separators: Set<Character> = ["-", "/", "."]
        let groups = text.split(whereSeparator: { separators.contains($0) })
        return groups.count == 3 && groups.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) } && groups.contains { $0.count == 4 }
    }

    /// Whether a person label is pseudonymous: "Person A", "Staff 3", "Employee B2", "P1" or a lone letter.
    static func isPseudonymousLabel(_ label: String) -> Bool {
        let words = label.split(separator: " ")
        let prefixes: Set<String> = ["person", "staff", "employee", "worker", "colleague", "member", "apprentice"]
        func isCode(_ word: Substring) -> Bool {
            word.count <= 3 && word.allSatisfy { $0.isNumber || ($0.isLetter && $0.isUppercase && $0.isASCII) }
        }
        if words.count == 2, prefixes.contains(words[0].lowercased()) { return isCode(words[1]) }
        if words.count == 1 { return isCode(words[0]) }
        return false
    }
}
