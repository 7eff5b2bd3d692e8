import Crypto
public import Foundation
import SkillwayResources

// MARK: - The library of frameworks

/// Every framework version plus the dated rates and accreditation schemes they refer to.
///
/// Directory layout: `frameworks/<id>@<version>.json`, `rates.json`, `schemes.json` and
/// `published.json` (the SHA-256 digest of every published version, which makes published versions
/// immutable: a changed file fails to load).
public struct CharterLibrary: Sendable {
    public var frameworks: [CharterFramework]
    public var rates: RateTable
    public var schemes: [AccreditationScheme]
    /// SHA-256 (hex) of each framework file, by `id@version`.
    public var digests: [String: String]

    public init(frameworks: [CharterFramework], rates: RateTable, schemes: [AccreditationScheme], digests: [String: String] = [:]) {
        self.frameworks = frameworks
        self.rates = rates
        self.schemes = schemes
        self.digests = digests
    }

    // MARK: Look-up

    /// Framework ids, each once, in name order.
    public var frameworkIDs: [String] {
        var seen = Set<String>()
        return frameworks.sorted { $0.name < $1.name }.map(\.id).filter { seen.insert($0).inserted }
    }

    /// All versions of a framework, oldest first.
    public func versions(of id: String) -> [CharterFramework] {
        frameworks.filter { $0.id == id }.sorted { SemanticVersion($0.version) < SemanticVersion($1.version) }
    }

    /// One exact version, or nil.
    public func framework(_ id: String, version: String) -> CharterFramework? {
        frameworks.first { $0.id == id && $0.version == version }
    }

    /// The newest published version in force on `date` (the one a new assessment pins), or nil.
    public func current(_ id: String, on date: CharterDate) -> CharterFramework? {
        versions(of: id).last { $0.status != .draft && $0.effectiveFrom <= date && ($0.effectiveTo.map { date <= $0 } ?? true) }
    }

    /// The newest version of a framework whatever its status, or nil.
    public func latest(_ id: String) -> CharterFramework? { versions(of: id).last }

    /// Criterion ids of a version mapped to the ids they replace, for comparing across versions.
    public func replacements(in id: String, version: String) -> [String: String] {
        guard let framework = framework(id, version: version) else { return [:] }
        return framework.criteria.reduce(into: [:]) { map, entry in
            if let old = entry.criterion.replacesCriterionId { map[entry.criterion.id] = old }
        }
    }

    /// The accreditation scheme with this code, or nil.
    public func scheme(_ code: String) -> AccreditationScheme? { schemes.first { $0.code == code } }

    // MARK: Loading

    /// The folder the bundled frameworks are read from.
    public static var bundledDirectoryURL: URL? { SkillwayResources.chartersDirectoryURL }

    /// The frameworks bundled with Skillway (`Resources/charters`).
    public static func bundled() throws -> CharterLibrary {
        guard let url = bundledDirectoryURL else {
            throw CharterLoadError(issues: [FrameworkIssue(file: "charters", field: "", reason: "the bundled charter files are missing")])
        }
        return try load(directory: url)
    }

    /// Loads and validates every file in a charters directory. Throws `CharterLoadError` listing every
    /// problem found (file, criterion, field, reason); nothing is returned unless all files are valid.
    public static func load(directory: URL) throws -> CharterLibrary {
        var issues: [FrameworkIssue] = []
        let rates: RateTable = decodeFile(directory.appendingPathComponent("rates.json"), issues: &issues) ?? RateTable(parameters: [])
        let schemes: SchemeFile = decodeFile(directory.appendingPathComponent("schemes.json"), issues: &issues) ?? SchemeFile(schemes: [])
        let published: [String: String] = decodeFile(directory.appendingPathComponent("published.json"), issues: &issues) ?? [:]
        issues += ReferenceValidator.validate(rates: rates, file: "rates.json")
        issues += ReferenceValidator.validate(schemes: schemes.schemes, file: "schemes.json")

        let folder = directory.appendingPathComponent("frameworks")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        if names.isEmpty {
            issues.append(FrameworkIssue(file: "frameworks", field: "", reason: "no framework files (frameworks/<id>@<version>.json)"))
        }
        var frameworks: [CharterFramework] = []
        var digests: [String: String] = [:]
        for name in names {
            let url = folder.appendingPathComponent(name)
            guard let data = try? Data(contentsOf: url) else {
                issues.append(FrameworkIssue(file: name, field: "", reason: "cannot be read"))
                continue
            }
            switch decodeFramework(data, file: name) {
            case .failure(let issue): issues.append(issue)
            case .success(let framework):
                let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
                var found = FrameworkValidator.validate(framework, file: name, rates: rates, schemes: schemes.schemes)
                if name != "\(framework.key).json" {
                    found.append(
                        FrameworkIssue(file: name, field: "id", reason: "the file must be named \(framework.key).json after its id and version"))
                }
                if frameworks.contains(where: { $0.key == framework.key }) {
                    found.append(FrameworkIssue(file: name, field: "version", reason: "\(framework.key) is defined twice"))
                }
                if framework.status != .draft {
                    if let recorded = published[framework.key] {
                        if recorded != digest {
                            found.append(
                                FrameworkIssue(
                                    file: name, field: "",
                                    reason:
                                        "published version \(framework.key) has changed (digest \(digest.prefix(12))…, published \(recorded.prefix(12))…); published versions are immutable, so publish the change as a new version"
                                ))
                        }
                    } else {
                        found.append(
                            FrameworkIssue(
                                file: name, field: "status",
                                reason: "\(framework.key) is \(framework.status.rawValue) but published.json records no digest for it"))
                    }
                }
                issues += found
                frameworks.append(framework)
                digests[framework.key] = digest
            }
        }
        guard issues.isEmpty else { throw CharterLoadError(issues: issues) }
        return CharterLibrary(frameworks: frameworks, rates: rates, schemes: schemes.schemes, digests: digests)
    }

    /// The SHA-256 digest (hex) a framework file's bytes have; what `published.json` records.
    public static func digest(of data: Data) -> String { SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined() }

    // MARK: Decoding with locations

    struct SchemeFile: Codable { var schemes: [AccreditationScheme] }

    static func decodeFile<T: Decodable>(_ url: URL, issues: inout [FrameworkIssue]) -> T? {
        let file = url.lastPathComponent
        guard let data = try? Data(contentsOf: url) else {
            issues.append(FrameworkIssue(file: file, field: "", reason: "missing or unreadable"))
            return nil
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            issues.append(locate(error, data: data, file: file))
            return nil
        }
    }

    static func decodeFramework(_ data: Data, file: String) -> Result<CharterFramework, FrameworkIssue> {
        do {
            return .success(try JSONDecoder().decode(CharterFramework.self, from: data))
        } catch {
            return .failure(locate(error, data: data, file: file))
        }
    }

    /// Turns a decoding error into a located issue: the field path, the criterion id when the path runs
    /// through a criterion, and a plain reason.
    static func locate(_ error: any Error, data: Data, file: String) -> FrameworkIssue {
        guard let decodingError = error as? DecodingError else {
            return FrameworkIssue(file: file, field: "", reason: "\(error)")
        }
        var path: [any CodingKey]
        let reason: String
        switch decodingError {
        case .keyNotFound(let key, let context):
            path = context.codingPath + [key]
            reason = "is required but missing"
        case .typeMismatch(let type, let context):
            path = context.codingPath
            reason = "has the wrong type (expected \(typeName(type)))"
        case .valueNotFound(let type, let context):
            path = context.codingPath
            reason = "is null (expected \(typeName(type)))"
        case .dataCorrupted(let context):
            path = context.codingPath
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            reason = path.isEmpty ? "is not valid JSON\(underlying.map { " (\($0))" } ?? "")" : context.debugDescription
        @unknown default:
            path = []
            reason = "\(error)"
        }
        let json = try? JSONSerialization.jsonObject(with: data)
        return FrameworkIssue(file: file, criterion: criterionID(along: path, in: json), field: fieldPath(path), reason: reason)
    }

    static func fieldPath(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    /// Walks the raw JSON along `path` and returns the id of the last criterion passed through.
    static func criterionID(along path: [any CodingKey], in json: Any?) -> String? {
        var node = json
        var found: String?
        var previousKey: String?
        for key in path {
            if let index = key.intValue, let array = node as? [Any] {
                node = index < array.count ? array[index] : nil
                if previousKey == "criteria", let object = node as? [String: Any] { found = object["id"] as? String ?? "#\(index + 1)" }
            } else if let object = node as? [String: Any] {
                node = object[key.stringValue]
            } else {
                break
            }
            previousKey = key.stringValue
        }
        return found
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Bool.Type: "true or false"
        case is Double.Type, is Int.Type: "a number"
        case is [Any].Type: "a list"
        default: "\(type)".replacingOccurrences(of: "Swift.", with: "")
        }
    }
}

// MARK: - Semantic versions

/// Orders `major.minor.patch` versions numerically.
struct SemanticVersion: Comparable {
    var parts: [Int]

    init(_ text: String) { parts = text.split(separator: ".").map { Int($0) ?? 0 } }

    static func < (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool { lhs.parts.lexicographicallyPrecedes(rhs.parts) }

    static func isValid(_ text: String) -> Bool { text.range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil }
}
