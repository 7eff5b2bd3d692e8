import Careers
import Domain
import Hummingbird
import NIOCore
import Taxonomy

// MARK: - Diagnostic JSON without Codable

/// Writes a diagnostic response's JSON straight to bytes.
///
/// The output is byte for byte what `StreamingJSONEncoder` writes for `DiagnosticWire.Response`
/// (keys in declaration order, absent optionals left out, the same string escaping and number
/// forms), so clients and saved reports see no difference; it skips `Codable`'s containers, boxing
/// and dynamic casts, which were most of the cost of answering `POST /diagnostics`. A value it
/// cannot write (a non-finite number) throws, and the caller falls back to the general encoder.
struct DiagnosticJSONWriter {
    /// A number JSON cannot hold.
    struct NonFinite: Error {}

    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(96 * 1_024) }

    /// The response's JSON: the diagnostic's keys, then `saved` and `demandRecorded` when present.
    static func bytes(_ response: DiagnosticWire.Response) throws -> [UInt8] {
        var writer = DiagnosticJSONWriter()
        try writer.response(response)
        return writer.bytes
    }

    // MARK: Objects of the diagnostic

    mutating func response(_ response: DiagnosticWire.Response) throws {
        let diagnostic = response.diagnostic
        var first = true
        bytes.append(0x7B)
        key("skills", &first)
        try array(diagnostic.skills) { try $0.skillGroup($1) }
        key("currentOccupations", &first)
        try array(diagnostic.currentOccupations) { try $0.guess($1) }
        key("upskill", &first)
        try array(diagnostic.upskill) { try $0.path($1) }
        key("reskill", &first)
        try array(diagnostic.reskill) { try $0.path($1) }
        key("notices", &first)
        strings(diagnostic.notices)
        if let scope = diagnostic.providerScope {
            key("providerScope", &first)
            provider(scope)
        }
        key("constraints", &first)
        constraints(diagnostic.constraints)
        key("generatedOn", &first)
        string(diagnostic.generatedOn)
        key("demandSignal", &first)
        demandSignal(diagnostic.demandSignal)
        if let saved = response.saved {
            key("saved", &first)
            var inner = true
            bytes.append(0x7B)
            key("id", &inner)
            string(saved.id)
            key("savedAt", &inner)
            string(saved.savedAt)
            key("expiresAt", &inner)
            string(saved.expiresAt)
            key("json", &inner)
            string(saved.json)
            key("html", &inner)
            string(saved.html)
            bytes.append(0x7D)
        }
        if let recorded = response.demandRecorded {
            key("demandRecorded", &first)
            bool(recorded)
        }
        bytes.append(0x7D)
    }

    private mutating func skillGroup(_ group: SkillGroup) throws {
        var first = true
        bytes.append(0x7B)
        key("kind", &first)
        string(group.kind.rawValue)
        key("name", &first)
        string(group.name)
        key("skills", &first)
        try array(group.skills) { writer, skill in
            var inner = true
            writer.bytes.append(0x7B)
            writer.key("id", &inner)
            writer.string(skill.id)
            writer.key("label", &inner)
            writer.string(skill.label)
            writer.key("kind", &inner)
            writer.string(skill.kind.rawValue)
            writer.key("evidence", &inner)
            writer.strings(skill.evidence)
            writer.key("confidence", &inner)
            try writer.double(skill.confidence)
            writer.bytes.append(0x7D)
        }
        bytes.append(0x7D)
    }

    private mutating func guess(_ guess: OccupationGuess) throws {
        var first = true
        bytes.append(0x7B)
        key("occupation", &first)
        occupation(guess.occupation)
        key("confidence", &first)
        try double(guess.confidence)
        key("why", &first)
        string(guess.why)
        bytes.append(0x7D)
    }

    private mutating func occupation(_ occupation: OccupationRef) {
        var first = true
        bytes.append(0x7B)
        key("id", &first)
        string(occupation.id)
        key("scheme", &first)
        string(occupation.scheme.rawValue)
        key("code", &first)
        string(occupation.code)
        key("title", &first)
        string(occupation.title)
        if let route = occupation.route {
            key("route", &first)
            string(route)
        }
        if let routeName = occupation.routeName {
            key("routeName", &first)
            string(routeName)
        }
        if let pathway = occupation.pathway {
            key("pathway", &first)
            string(pathway)
        }
        if let level = occupation.level {
            key("level", &first)
            int(level)
        }
        bytes.append(0x7D)
    }

    private mutating func path(_ path: CareerPath) throws {
        var first = true
        bytes.append(0x7B)
        key("kind", &first)
        string(path.kind.rawValue)
        key("occupation", &first)
        occupation(path.occupation)
        key("score", &first)
        try double(path.score)
        key("sharedSkills", &first)
        array(path.sharedSkills) { $0.skillRef($1) }
        key("missingSkills", &first)
        try array(path.missingSkills) { writer, skill in
            var inner = true
            writer.bytes.append(0x7B)
            writer.key("id", &inner)
            writer.string(skill.id)
            writer.key("label", &inner)
            writer.string(skill.label)
            writer.key("kind", &inner)
            writer.string(skill.kind.rawValue)
            writer.key("importance", &inner)
            try writer.double(skill.importance)
            writer.bytes.append(0x7D)
        }
        key("courses", &first)
        try array(path.courses) { try $0.course($1) }
        key("uncoveredSkills", &first)
        array(path.uncoveredSkills) { $0.skillRef($1) }
        key("why", &first)
        explanation(path.why)
        bytes.append(0x7D)
    }

    private mutating func skillRef(_ skill: SkillRef) {
        var first = true
        bytes.append(0x7B)
        key("id", &first)
        string(skill.id)
        key("label", &first)
        string(skill.label)
        key("kind", &first)
        string(skill.kind.rawValue)
        bytes.append(0x7D)
    }

    private mutating func explanation(_ explanation: Explanation) {
        var first = true
        bytes.append(0x7B)
        key("summary", &first)
        string(explanation.summary)
        key("matchedTerms", &first)
        strings(explanation.matchedTerms)
        key("shared", &first)
        strings(explanation.shared)
        key("missing", &first)
        strings(explanation.missing)
        bytes.append(0x7D)
    }

    private mutating func course(_ course: CourseOption) throws {
        var first = true
        bytes.append(0x7B)
        key("id", &first)
        int(Int(course.id))
        key("title", &first)
        string(course.title)
        key("provider", &first)
        provider(course.provider)
        if let level = course.level {
            key("level", &first)
            string(level.code)
        }
        if let nextStart = course.nextStart {
            key("nextStart", &first)
            string(nextStart)
        }
        key("flexibleStart", &first)
        bool(course.flexibleStart)
        if let mode = course.deliveryMode {
            key("deliveryMode", &first)
            string(mode.rawValue)
        }
        if let mode = course.studyMode {
            key("studyMode", &first)
            string(mode.rawValue)
        }
        if let cost = course.costPence {
            key("costPence", &first)
            int(cost)
        }
        if let text = course.costText {
            key("costText", &first)
            string(text)
        }
        key("funded", &first)
        bool(course.funded)
        if let district = course.district {
            key("district", &first)
            string(district.rawValue)
        }
        if let url = course.url {
            key("url", &first)
            string(url)
        }
        key("coversSkills", &first)
        array(course.coversSkills) { $0.skillRef($1) }
        key("matchScore", &first)
        try double(course.matchScore)
        key("why", &first)
        explanation(course.why)
        bytes.append(0x7D)
    }

    private mutating func provider(_ provider: ProviderRef) {
        var first = true
        bytes.append(0x7B)
        key("id", &first)
        string(provider.id.rawValue)
        key("name", &first)
        string(provider.name)
        bytes.append(0x7D)
    }

    private mutating func constraints(_ constraints: LearnerConstraints) {
        var first = true
        bytes.append(0x7B)
        key("districts", &first)
        strings(constraints.districts.map(\.rawValue))
        key("deliveryModes", &first)
        strings(constraints.deliveryModes.map(\.rawValue))
        key("studyModes", &first)
        strings(constraints.studyModes.map(\.rawValue))
        if let cost = constraints.maxCostPence {
            key("maxCostPence", &first)
            int(cost)
        }
        key("fundedOnly", &first)
        bool(constraints.fundedOnly)
        if let level = constraints.minLevel {
            key("minLevel", &first)
            string(level.code)
        }
        if let level = constraints.maxLevel {
            key("maxLevel", &first)
            string(level.code)
        }
        if let day = constraints.startFrom {
            key("startFrom", &first)
            string(day)
        }
        if let day = constraints.startTo {
            key("startTo", &first)
            string(day)
        }
        if let provider = constraints.provider {
            key("provider", &first)
            string(provider.rawValue)
        }
        bytes.append(0x7D)
    }

    private mutating func demandSignal(_ signal: DemandSignal) {
        var first = true
        bytes.append(0x7B)
        key("routes", &first)
        strings(signal.routes)
        key("occupations", &first)
        strings(signal.occupations)
        key("gapSkills", &first)
        strings(signal.gapSkills)
        key("uncoveredSkills", &first)
        strings(signal.uncoveredSkills)
        if let district = signal.district {
            key("district", &first)
            string(district.rawValue)
        }
        key("aspired", &first)
        bool(signal.aspired)
        bytes.append(0x7D)
    }

    // MARK: Values

    /// `"name":`, after a comma unless it is the object's first key (`first` is then cleared).
    private mutating func key(_ name: StaticString, _ first: inout Bool) {
        if first { first = false } else { bytes.append(0x2C) }
        bytes.append(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [0x22, 0x3A])
    }

    private mutating func array<Element>(_ items: [Element], _ write: (inout DiagnosticJSONWriter, Element) throws -> Void) rethrows {
        bytes.append(0x5B)
        for (position, item) in items.enumerated() {
            if position > 0 { bytes.append(0x2C) }
            try write(&self, item)
        }
        bytes.append(0x5D)
    }

    private mutating func strings(_ items: [String]) {
        array(items) { $0.string($1) }
    }

    private mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    private mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// The shortest text that reads back as the same number, as the streaming encoder writes it.
    private mutating func double(_ value: Double) throws {
        guard value.isFinite else { throw NonFinite() }
        bytes.append(contentsOf: value.description.utf8)
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\r`, `\t` or `\u00XX`,
    /// everything else (including non-ASCII) as UTF-8.
    private mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { buffer in
            var plainFrom = 0
            for (position, byte) in buffer.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[plainFrom..<position]))
                plainFrom = position + 1
                switch byte {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
                case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[plainFrom...]))
        }
        bytes.append(0x22)
    }
}

// MARK: - The response

/// The answer to `POST /diagnostics`, written with `DiagnosticJSONWriter` (or, for a value it
/// cannot write, with `JSONCoding.fastEncode`, which then decides as before).
struct DiagnosticJSONResponse: ResponseGenerator {
    var value: DiagnosticWire.Response
    var status: HTTPResponse.Status

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = if let bytes = try? DiagnosticJSONWriter.bytes(value) { ByteBuffer(bytes: bytes) } else { try JSONCoding.fastEncode(value) }
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: body))
    }
}
