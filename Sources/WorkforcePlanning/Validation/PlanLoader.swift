public import Foundation

// MARK: - Reading and writing plan JSON

/// Reads plan JSON with located errors, and writes it in a stable form.
public enum PlanLoader {
    /// Decodes and validates a plan. Throws ``PlanValidationError`` listing every problem found: personal
    /// data first (screened on the raw JSON so unknown fields are caught), then decoding, then the rules.
    /// - Parameters:
    ///   - data: the JSON bytes.
    ///   - file: the file name to put in messages.
    public static func load(_ data: Data, file: String? = nil) throws -> WorkforcePlan {
        let tree: Any
        do {
            tree = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw PlanValidationError(issues: [PlanIssue(file: file, path: "", reason: "not valid JSON: \(jsonErrorReason(error))")])
        }
        let personal = PersonalDataScreen.issues(in: tree, file: file)
        if !personal.isEmpty { throw PlanValidationError(issues: personal) }
        let plan: WorkforcePlan
        do {
            plan = try JSONDecoder().decode(WorkforcePlan.self, from: data)
        } catch let error as DecodingError {
            throw PlanValidationError(issues: [decodingIssue(error, file: file)])
        }
        let issues = PlanValidator.issues(in: plan, file: file)
        if !issues.isEmpty { throw PlanValidationError(issues: issues) }
        return plan
    }

    /// Encodes a plan as pretty-printed JSON with sorted keys (stable diffs between versions).
    public static func encode(_ plan: WorkforcePlan) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(plan)
    }

    private static func decodingIssue(_ error: DecodingError, file: String?) -> PlanIssue {
        func render(_ path: [any CodingKey]) -> String {
            path.reduce("") { text, key in
                if let index = key.intValue { return "\(text)[\(index)]" }
                return text.isEmpty ? key.stringValue : "\(text).\(key.stringValue)"
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return PlanIssue(file: file, path: render(context.codingPath + [key]), reason: "required field is missing")
        case .typeMismatch(let type, let context):
            return PlanIssue(file: file, path: render(context.codingPath), reason: "expected \(typeName(type))")
        case .valueNotFound(let type, let context):
            return PlanIssue(file: file, path: render(context.codingPath), reason: "expected \(typeName(type)), found null")
        case .dataCorrupted(let context):
            return PlanIssue(file: file, path: render(context.codingPath), reason: context.debugDescription)
        @unknown default:
            return PlanIssue(file: file, path: "", reason: "\(error)")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type, is UInt64.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)".contains("Array") ? "a list" : "an object"
        }
    }

    private static func jsonErrorReason(_ error: any Error) -> String {
        let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return description ?? error.localizedDescription
    }
}
