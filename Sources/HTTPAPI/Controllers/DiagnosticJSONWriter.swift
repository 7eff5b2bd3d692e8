import Careers
import Domain
import Hummingbird
import NIOCore
import Storage
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

    /// The buffer and the number and string forms, shared with `StreamingJSONEncoder`.
    private let out = JSONByteWriter()

    /// The JSON written so far.
    var bytes: [UInt8] { out.bytes }

    init() { out.bytes.reserveCapacity(96 * 1_024) }

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
        out.bytes.append(0x7B)
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
            out.bytes.append(0x7B)
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
            out.bytes.append(0x7D)
        }
        if let recorded = response.demandRecorded {
            key("demandRecorded", &first)
            bool(recorded)
        }
        out.bytes.append(0x7D)
    }

    private mutating func skillGroup(_ group: SkillGroup) throws {
        var first = true
        out.bytes.append(0x7B)
        key("kind", &first)
        string(group.kind.rawValue)
        key("name", &first)
        string(group.name)
        key("skills", &first)
        try array(group.skills) { writer, skill in
            var inner = true
            writer.out.bytes.append(0x7B)
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
            writer.string("fromJob", skill.fromJob, &inner)
            writer.out.bytes.append(0x7D)
        }
        out.bytes.append(0x7D)
    }

    private mutating func guess(_ guess: OccupationGuess) throws {
        var first = true
        out.bytes.append(0x7B)
        key("occupation", &first)
        occupation(guess.occupation)
        key("confidence", &first)
        try double(guess.confidence)
        key("why", &first)
        string(guess.why)
        out.bytes.append(0x7D)
    }

    private mutating func occupation(_ occupation: OccupationRef) {
        var first = true
        out.bytes.append(0x7B)
        key("id", &first)
        string(occupation.id)
        key("scheme", &first)
        string(occupation.scheme.rawValue)
        key("code", &first)
        string(occupation.code)
        key("title", &first)
        string(occupation.title)
        string("route", occupation.route, &first)
        string("routeName", occupation.routeName, &first)
        string("pathway", occupation.pathway, &first)
        int("level", occupation.level, &first)
        out.bytes.append(0x7D)
    }

    private mutating func path(_ path: CareerPath) throws {
        var first = true
        out.bytes.append(0x7B)
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
            writer.out.bytes.append(0x7B)
            writer.key("id", &inner)
            writer.string(skill.id)
            writer.key("label", &inner)
            writer.string(skill.label)
            writer.key("kind", &inner)
            writer.string(skill.kind.rawValue)
            writer.key("importance", &inner)
            try writer.double(skill.importance)
            writer.out.bytes.append(0x7D)
        }
        key("courses", &first)
        try array(path.courses) { try $0.course($1) }
        key("uncoveredSkills", &first)
        array(path.uncoveredSkills) { $0.skillRef($1) }
        key("why", &first)
        explanation(path.why)
        out.bytes.append(0x7D)
    }

    private mutating func skillRef(_ skill: SkillRef) {
        var first = true
        out.bytes.append(0x7B)
        key("id", &first)
        string(skill.id)
        key("label", &first)
        string(skill.label)
        key("kind", &first)
        string(skill.kind.rawValue)
        out.bytes.append(0x7D)
    }

    private mutating func explanation(_ explanation: Explanation) {
        var first = true
        out.bytes.append(0x7B)
        key("summary", &first)
        string(explanation.summary)
        key("matchedTerms", &first)
        strings(explanation.matchedTerms)
        key("shared", &first)
        strings(explanation.shared)
        key("missing", &first)
        strings(explanation.missing)
        out.bytes.append(0x7D)
    }

    private mutating func course(_ course: CourseOption) throws {
        var first = true
        out.bytes.append(0x7B)
        key("id", &first)
        int(Int(course.id))
        key("title", &first)
        string(course.title)
        key("provider", &first)
        provider(course.provider)
        string("level", course.level?.code, &first)
        string("nextStart", course.nextStart, &first)
        key("flexibleStart", &first)
        bool(course.flexibleStart)
        string("deliveryMode", course.deliveryMode?.rawValue, &first)
        string("studyMode", course.studyMode?.rawValue, &first)
        int("costPence", course.costPence, &first)
        string("costText", course.costText, &first)
        key("funded", &first)
        bool(course.funded)
        string("costToLearner", course.costToLearner?.rawValue, &first)
        string("fundingCondition", course.fundingCondition, &first)
        string("district", course.district?.rawValue, &first)
        string("url", course.url, &first)
        key("coversSkills", &first)
        array(course.coversSkills) { $0.skillRef($1) }
        key("matchScore", &first)
        try double(course.matchScore)
        key("why", &first)
        explanation(course.why)
        out.bytes.append(0x7D)
    }

    private mutating func provider(_ provider: ProviderRef) {
        var first = true
        out.bytes.append(0x7B)
        key("id", &first)
        string(provider.id.rawValue)
        key("name", &first)
        string(provider.name)
        out.bytes.append(0x7D)
    }

    private mutating func constraints(_ constraints: LearnerConstraints) {
        var first = true
        out.bytes.append(0x7B)
        key("districts", &first)
        strings(constraints.districts.map(\.rawValue))
        key("deliveryModes", &first)
        strings(constraints.deliveryModes.map(\.rawValue))
        key("studyModes", &first)
        strings(constraints.studyModes.map(\.rawValue))
        int("maxCostPence", constraints.maxCostPence, &first)
        key("fundedOnly", &first)
        bool(constraints.fundedOnly)
        string("minLevel", constraints.minLevel?.code, &first)
        string("maxLevel", constraints.maxLevel?.code, &first)
        string("startFrom", constraints.startFrom, &first)
        string("startTo", constraints.startTo, &first)
        string("provider", constraints.provider?.rawValue, &first)
        string("ageBand", constraints.ageBand?.rawValue, &first)
        out.bytes.append(0x7D)
    }

    private mutating func demandSignal(_ signal: DemandSignal) {
        var first = true
        out.bytes.append(0x7B)
        key("routes", &first)
        strings(signal.routes)
        key("occupations", &first)
        strings(signal.occupations)
        key("gapSkills", &first)
        strings(signal.gapSkills)
        key("uncoveredSkills", &first)
        strings(signal.uncoveredSkills)
        string("district", signal.district?.rawValue, &first)
        key("aspired", &first)
        bool(signal.aspired)
        out.bytes.append(0x7D)
    }

    // MARK: Values

    /// `"name":`, after a comma unless it is the object's first key (`first` is then cleared).
    private mutating func key(_ name: StaticString, _ first: inout Bool) {
        if first { first = false } else { out.bytes.append(0x2C) }
        out.bytes.append(0x22)
        name.withUTF8Buffer { out.bytes.append(contentsOf: $0) }
        out.bytes.append(contentsOf: [0x22, 0x3A])
    }

    /// `"name":value` for a value that is present; nothing for an absent one.
    private mutating func string(_ name: StaticString, _ value: String?, _ first: inout Bool) {
        guard let value else { return }
        key(name, &first)
        string(value)
    }

    private mutating func int(_ name: StaticString, _ value: Int?, _ first: inout Bool) {
        guard let value else { return }
        key(name, &first)
        int(value)
    }

    private mutating func array<Element>(_ items: [Element], _ write: (inout DiagnosticJSONWriter, Element) throws -> Void) rethrows {
        out.bytes.append(0x5B)
        for (position, item) in items.enumerated() {
            if position > 0 { out.bytes.append(0x2C) }
            try write(&self, item)
        }
        out.bytes.append(0x5D)
    }

    private mutating func strings(_ items: [String]) {
        array(items) { $0.string($1) }
    }

    private mutating func int(_ value: Int) {
        out.writeInt(value)
    }

    private mutating func bool(_ value: Bool) {
        out.bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// The shortest text that reads back as the same number, as the streaming encoder writes it.
    private mutating func double(_ value: Double) throws {
        guard value.isFinite else { throw NonFinite() }
        try out.writeDouble(value)
    }

    private mutating func string(_ text: String) {
        out.writeString(text)
    }
}

// MARK: - The response

/// The answer to `POST /diagnostics`, written with `DiagnosticJSONWriter` (or, for a value it
/// cannot write, with `JSONCoding.fastEncode`, which then decides as before).
struct DiagnosticJSONResponse: ResponseGenerator {
    var value: DiagnosticWire.Response
    var status: HTTPResponse.Status
    var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = if let bytes = try? DiagnosticJSONWriter.bytes(value) { ByteBuffer(bytes: bytes) } else { try JSONCoding.fastEncode(value) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }
}
