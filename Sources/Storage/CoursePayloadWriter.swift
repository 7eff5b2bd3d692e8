import Domain

// MARK: - Course and run payloads without Codable

/// Writes the stored JSON payloads of courses and runs straight to bytes.
///
/// The output is byte-for-byte what `StreamingJSONEncoder` writes for the same value (keys in
/// declaration order, absent optionals left out), so payloads stored by earlier versions still
/// compare equal and a re-import reports them unchanged. It skips `Codable`'s containers, dynamic
/// casts and boxing, which cost more than the rest of storing a run. One writer is reused for many
/// values; it is not thread-safe.
final class CoursePayloadWriter {
    private let out = JSONByteWriter()

    /// The payload of `course`; with `withRuns: false` its runs are written as `[]` (they are stored
    /// in their own rows).
    func course(_ course: Course, withRuns: Bool = true) -> String {
        String(decoding: courseBytes(course, withRuns: withRuns), as: UTF8.self)
    }

    /// The payload of one run.
    func run(_ run: CourseRun) -> String {
        String(decoding: runBytes(run), as: UTF8.self)
    }

    /// `course(_:withRuns:)` as UTF-8 bytes (what is bound to SQLite, with no `String` made).
    func courseBytes(_ course: Course, withRuns: Bool = true) -> [UInt8] {
        out.bytes.removeAll(keepingCapacity: true)
        var object = ObjectWriter(out)
        object.string("sourceID", course.sourceID)
        object.string("title", course.title)
        object.string("summary", course.summary)
        object.string("description", course.description)
        object.string("whatYouWillLearn", course.whatYouWillLearn)
        object.string("howYouWillLearn", course.howYouWillLearn)
        object.string("entryRequirements", course.entryRequirements)
        object.string("whatYouWillNeedToBring", course.whatYouWillNeedToBring)
        object.string("howAssessed", course.howAssessed)
        object.string("whereNext", course.whereNext)
        object.string("objective", course.objective)
        if let qualification = course.qualification {
            object.key("qualification")
            var inner = ObjectWriter(out)
            inner.string("title", qualification.title)
            inner.string("reference", qualification.reference)
            inner.string("type", qualification.type)
            inner.string("awardingBody", qualification.awardingBody)
            inner.string("levelText", qualification.levelText)
            inner.close()
        }
        object.string("level", course.level?.code)
        object.key("subjects")
        out.bytes.append(0x5B)
        for (index, subject) in course.subjects.enumerated() {
            if index > 0 { out.bytes.append(0x2C) }
            var inner = ObjectWriter(out)
            inner.string("label", subject.label)
            inner.string("code", subject.code)
            inner.string("scheme", subject.scheme)
            inner.close()
        }
        out.bytes.append(0x5D)
        object.string("route", course.route?.rawValue)
        object.string("courseType", course.courseType)
        object.string("url", course.url)
        object.string("fundingNotes", course.fundingNotes)
        object.key("runs")
        out.bytes.append(0x5B)
        for (index, run) in course.runs.enumerated() where withRuns {
            if index > 0 { out.bytes.append(0x2C) }
            writeRun(run)
        }
        out.bytes.append(0x5D)
        object.close()
        return copyOfBytes()
    }

    /// `run(_:)` as UTF-8 bytes.
    func runBytes(_ run: CourseRun) -> [UInt8] {
        out.bytes.removeAll(keepingCapacity: true)
        writeRun(run)
        return copyOfBytes()
    }

    /// A right-sized copy of the buffer, which stays this writer's own (so clearing it for the next
    /// value allocates nothing).
    private func copyOfBytes() -> [UInt8] {
        out.bytes.withUnsafeBufferPointer { Array($0) }
    }

    // MARK: Parts

    private func writeRun(_ run: CourseRun) {
        var object = ObjectWriter(out)
        object.string("sourceID", run.sourceID)
        object.string("title", run.title)
        date("start", run.start, in: &object)
        date("end", run.end, in: &object)
        object.bool("flexibleStart", run.flexibleStart)
        if let duration = run.duration {
            object.key("duration")
            var inner = ObjectWriter(out)
            inner.int("value", duration.value)
            inner.string("unit", duration.unit?.rawValue)
            inner.string("iso", duration.iso)
            inner.string("text", duration.text)
            inner.close()
        }
        coded("studyMode", run.studyMode.raw, run.studyMode.value?.rawValue, run.studyMode.defaulted, in: &object)
        coded("attendanceMode", run.attendanceMode.raw, run.attendanceMode.value?.rawValue, run.attendanceMode.defaulted, in: &object)
        coded("attendancePattern", run.attendancePattern.raw, run.attendancePattern.value?.rawValue, run.attendancePattern.defaulted, in: &object)
        coded("deliveryMode", run.deliveryMode.raw, run.deliveryMode.value?.rawValue, run.deliveryMode.defaulted, in: &object)
        if let cost = run.cost {
            object.key("cost")
            var inner = ObjectWriter(out)
            inner.int("amountPence", cost.amountPence)
            inner.string("text", cost.text)
            inner.close()
        }
        object.string("fundingNotes", run.fundingNotes)
        if let venue = run.venue {
            object.key("venue")
            writeVenue(venue)
        }
        object.string("applyURL", run.applyURL)
        object.int("places", run.places)
        object.bool("nationalDelivery", run.nationalDelivery)
        object.key("subRegions")
        stringArray(run.subRegions)
        object.close()
    }

    private func writeVenue(_ venue: Venue) {
        var object = ObjectWriter(out)
        object.string("reference", venue.reference)
        object.string("name", venue.name)
        object.key("address")
        var address = ObjectWriter(out)
        address.key("lines")
        stringArray(venue.address.lines)
        address.string("town", venue.address.town)
        address.string("county", venue.address.county)
        address.string("postcode", venue.address.postcode)
        address.string("district", venue.address.district?.rawValue)
        address.close()
        object.string("email", venue.email)
        object.string("phone", venue.phone)
        object.string("website", venue.website)
        object.bool("isProviderAddress", venue.isProviderAddress)
        object.close()
    }

    private func date(_ key: StaticString, _ date: PartialDate?, in object: inout ObjectWriter) {
        guard let date else { return }
        object.key(key)
        var inner = ObjectWriter(out)
        inner.string("iso", date.iso)
        inner.string("precision", date.precision?.rawValue)
        inner.string("text", date.text)
        inner.close()
    }

    private func coded(_ key: StaticString, _ raw: String?, _ value: String?, _ defaulted: Bool, in object: inout ObjectWriter) {
        object.key(key)
        var inner = ObjectWriter(out)
        inner.string("raw", raw)
        inner.string("value", value)
        inner.bool("defaulted", defaulted)
        inner.close()
    }

    private func stringArray(_ values: [String]) {
        out.bytes.append(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 { out.bytes.append(0x2C) }
            out.writeString(value)
        }
        out.bytes.append(0x5D)
    }
}

// MARK: - One JSON object

/// Writes one object's members: the opening brace at creation, commas between members, the closing
/// brace at `close()`. Keys are static ASCII names, written without escaping.
private struct ObjectWriter {
    let out: JSONByteWriter
    var count = 0

    init(_ out: JSONByteWriter) {
        self.out = out
        out.bytes.append(0x7B)
    }

    mutating func key(_ name: StaticString) {
        let comma = count > 0
        count += 1
        // One access to the buffer for the whole key, and no temporary arrays: this runs for every
        // member of every payload.
        name.withUTF8Buffer { Self.appendKey(&out.bytes, $0, comma: comma) }
    }

    private static func appendKey(_ bytes: inout [UInt8], _ name: UnsafeBufferPointer<UInt8>, comma: Bool) {
        if comma { bytes.append(0x2C) }
        bytes.append(0x22)
        bytes.append(contentsOf: name)
        bytes.append(0x22)
        bytes.append(0x3A)
    }

    private static let trueBytes: StaticString = "true"
    private static let falseBytes: StaticString = "false"

    mutating func string(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        out.writeString(value)
    }

    mutating func int(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        out.writeInt(value)
    }

    mutating func bool(_ name: StaticString, _ value: Bool) {
        key(name)
        if value {
            Self.trueBytes.withUTF8Buffer { out.bytes.append(contentsOf: $0) }
        } else {
            Self.falseBytes.withUTF8Buffer { out.bytes.append(contentsOf: $0) }
        }
    }

    func close() { out.bytes.append(0x7D) }
}
