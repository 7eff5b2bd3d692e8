import Domain
import Foundation

// MARK: - One course-run row

/// A valid course row: the course-level fields that group rows, and the run it describes.
struct CSVCourseRow {
    var groupKey: [String]?
    var lars: String?
    var descriptions: [String?]
    var courseName: String
    var courseType: String?
    var route: Route?
    var level: Level?
    var awardingBody: String?
    var webpage: String?
    var run: CourseRun
    var reference: String?
}

extension DfECSVParser {
    private static let descriptionLimits = [2000, 500, 1500, 500, 500, 500, 500]

    /// Validates one row. Returns nil (with errors reported) when the row cannot be used. `memo`
    /// carries the previous row's description columns, which the next row of a course repeats.
    func readRow(_ record: CSVRecord, header: CSVHeaderMap, memo: inout DescriptionMemo, issues: inout IssueCollector) -> CSVCourseRow? {
        let columns = header.resolved
        let value = { (index: Int?) in header.value(at: index, in: record) }
        let at = { (name: String) in header.location(name, in: record) }
        let errorsBefore = issues.errorCount
        func fail(_ code: String, _ column: String, _ message: String) {
            issues.error(code, at: at(column), field: column, message)
        }

        // Course-level fields.
        var lars: String?
        if header.template != .nonLars {
            if let raw = value(columns.larsQan) {
                if Self.isPlainLARS(raw) {
                    // Common case: 8 ASCII digits or capital letters (no Character checks per row).
                    lars = raw
                } else if case let compact = raw.uppercased().filter({ !$0.isWhitespace }),
                          compact.count <= 8, compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                    lars = String(repeating: "0", count: 8 - compact.count) + compact
                    if compact.count < 8 {
                        issues.warn("lars-padded", at: at("LARS_QAN"), field: "LARS_QAN",
                                    "The LARS code \(raw) is shorter than 8 characters (a spreadsheet drops leading zeros); it is read as \(lars!).")
                    }
                } else {
                    fail("bad-lars", "LARS_QAN", "\"\(raw)\" is not a LARS code (8 letters and digits, e.g. 60312345 or Z0001234).")
                }
            } else {
                fail("missing-value", "LARS_QAN", "LARS_QAN is required in this template.")
            }
        }
        var descriptions: [String?] = []
        descriptions.reserveCapacity(CSVTemplate.descriptionColumns.count)
        for (slot, (column, limit)) in zip(CSVTemplate.descriptionColumns, Self.descriptionLimits).enumerated() {
            let index = columns.descriptions[slot]
            if let index, let repeated = memo.text(slot, ifSameAs: index, in: record) {
                descriptions.append(repeated)
                continue
            }
            let warningsBefore = issues.warningCount
            var text = value(index)
            if let raw = text, HTMLText.containsMarkup(raw) {
                text = HTMLText.plainText(fromHTML: raw)
                issues.warn("html-in-text", at: at(column), field: column, "HTML tags are not allowed in \(column); they were removed and the text kept.")
            }
            text = TextCleaning.clean(text)
            // A string has no more characters than UTF-8 bytes: count characters only when it may be too long.
            if let text, text.utf8.count > limit, text.count > limit {
                issues.warn("too-long", at: at(column), field: column, "\(column) is \(text.count) characters; the template allows \(limit).")
            }
            descriptions.append(text)
            memo.remember(slot, index: index, in: record, text: text, clean: issues.warningCount == warningsBefore)
        }
        guard let courseName = TextCleaning.cleanLine(value(columns.courseName)) else {
            fail("missing-value", "COURSE_NAME", "COURSE_NAME is required.")
            return nil
        }
        if courseName.utf8.count > 255, courseName.count > 255 { issues.warn("too-long", at: at("COURSE_NAME"), field: "COURSE_NAME", "COURSE_NAME is longer than 255 characters.") }

        var route: Route?
        if let sector = value(columns.sector) {
            route = Route(matching: sector)
            if route == nil {
                issues.warn("unknown-sector", at: at("SECTOR"), field: "SECTOR", "\"\(sector)\" is not a DfE sector code (e.g. DIGITAL, ENGMAN, CARE); no route is recorded.")
            }
        }
        var level: Level?
        var courseType: String?
        var awardingBody: String?
        if header.template == .nonLars {
            courseType = value(columns.courseType)
            if courseType == nil { fail("missing-value", "COURSE_TYPE", "COURSE_TYPE is required (e.g. Skills Bootcamp).") }
            if let text = value(columns.educationLevel) {
                level = Level(code: text)
                if level == nil { fail("bad-level", "EDUCATION_LEVEL", "\"\(text)\" is not a level (Entry Level or 1–7).") }
            } else {
                fail("missing-value", "EDUCATION_LEVEL", "EDUCATION_LEVEL is required.")
            }
            awardingBody = value(columns.awardingBody)
            if awardingBody == nil { fail("missing-value", "AWARDING_BODY", "AWARDING_BODY is required.") }
            if route == nil, value(columns.sector) == nil { fail("missing-value", "SECTOR", "SECTOR is required in the non-LARS template.") }
        } else {
            level = memo.level(inferredFrom: courseName)
        }

        // Run-level fields.
        var run = CourseRun(sourceID: value(columns.yourReference) ?? "")
        guard let deliveryText = value(columns.deliveryMode) else {
            fail("missing-value", "DELIVERY_MODE", "DELIVERY_MODE is required (classroom based, online, work based or blended learning).")
            return nil
        }
        guard let delivery = Vocabulary.deliveryMode(deliveryText) else {
            fail("bad-delivery-mode", "DELIVERY_MODE", "\"\(deliveryText)\" is not a delivery mode (classroom based, online, work based or blended learning).")
            return nil
        }
        run.deliveryMode = Coded(raw: deliveryText, value: delivery)
        let attendance: AttendanceMode =
            switch delivery {
            case .classroom: .campus
            case .online: .online
            case .blended: .mixed
            case .workBased: .workBased
            }
        run.attendanceMode = Coded(raw: deliveryText, value: attendance)
        let onSite = delivery == .classroom || delivery == .blended

        var flexible = false
        if let text = value(columns.flexibleStartDate) {
            if let flag = Vocabulary.yesNo(text) { flexible = flag } else {
                fail("bad-yes-no", "FLEXIBLE_START_DATE", "\"\(text)\" is not Yes or No.")
            }
        }
        run.flexibleStart = flexible
        if let text = value(columns.startDate) {
            if let date = DateParsing.parseUK(text) {
                run.start = PartialDate(iso: date.iso, precision: .day, text: text)
                if flexible {
                    issues.warn("start-with-flexible", at: at("START_DATE"), field: "START_DATE",
                                "A start date is given although FLEXIBLE_START_DATE is Yes; the run is treated as flexible and the date kept.")
                }
                if let today, let iso = date.iso, iso < today {
                    issues.warn("past-start", at: at("START_DATE"), field: "START_DATE", "The start date \(text) is in the past.")
                }
            } else {
                fail("bad-date", "START_DATE", "\"\(text)\" is not a date in the form dd/MM/yyyy (e.g. 07/09/2027).")
            }
        } else if !flexible {
            fail("missing-value", "START_DATE", "START_DATE is required unless FLEXIBLE_START_DATE is Yes.")
        }

        let venueName = value(columns.venueName)
        let venueReference = value(columns.yourVenueReference)
        if venueName != nil || venueReference != nil {
            run.venue = resolveVenue(name: venueName, reference: venueReference, record: record, header: header, issues: &issues)
        } else if onSite {
            issues.warn("missing-venue", at: at("VENUE_NAME"), field: "VENUE_NAME",
                        "A \(delivery.rawValue) run should name its venue; the provider's address is used.")
        }
        if let text = value(columns.nationalDelivery) {
            if let flag = Vocabulary.yesNo(text) { run.nationalDelivery = flag } else { fail("bad-yes-no", "NATIONAL_DELIVERY", "\"\(text)\" is not Yes or No.") }
        }
        // The older template lists whole regions in REGION; both are kept as the places a run serves.
        for column in [columns.region, columns.subRegion] {
            guard let text = value(column) else { continue }
            run.subRegions += text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        var webpage: String?
        if let text = value(columns.courseWebpage) {
            if let url = TextCleaning.normaliseURL(text) {
                webpage = url.url
                if url.changed {
                    issues.warn("url-scheme", at: at("COURSE_WEBPAGE"), field: "COURSE_WEBPAGE", "\"\(text)\" has no https://; it was added.")
                }
            } else {
                issues.warn("bad-link", at: at("COURSE_WEBPAGE"), field: "COURSE_WEBPAGE", "\"\(text)\" is not a web address; it is ignored.")
            }
        }
        let costDescription = TextCleaning.cleanLine(value(columns.costDescription))
        var pence: Int?
        if let text = value(columns.cost) {
            pence = CostParsing.decimalPence(text)
            if pence == nil { fail("bad-cost", "COST", "\"\(text)\" is not an amount in pounds with at most two decimal places (e.g. 295.00).") }
        } else if costDescription == nil {
            fail("missing-value", "COST", "Either COST or COST_DESCRIPTION is required.")
        }
        if pence != nil || costDescription != nil {
            run.cost = Cost(amountPence: pence ?? costDescription.flatMap(CostParsing.amountPence(from:)), text: costDescription ?? value(columns.cost))
        }
        run.duration = readDuration(record, header: header, issues: &issues)
        if let text = value(columns.studyMode) {
            if let mode = Vocabulary.studyMode(text) { run.studyMode = Coded(raw: text, value: mode) } else {
                fail("bad-study-mode", "STUDY_MODE", "\"\(text)\" is not a study mode (full time, part time or flexible).")
            }
        } else if onSite {
            issues.warn("missing-value", at: at("STUDY_MODE"), field: "STUDY_MODE", "STUDY_MODE should be given for a \(delivery.rawValue) run.")
        }
        if let text = value(columns.attendancePattern) {
            if let pattern = Vocabulary.attendancePattern(text) { run.attendancePattern = Coded(raw: text, value: pattern) } else {
                fail("bad-attendance-pattern", "ATTENDANCE_PATTERN", "\"\(text)\" is not an attendance pattern (daytime, evening, weekend or day/block release).")
            }
        } else if onSite {
            issues.warn("missing-value", at: at("ATTENDANCE_PATTERN"), field: "ATTENDANCE_PATTERN", "ATTENDANCE_PATTERN should be given for a \(delivery.rawValue) run.")
        }
        var funding: [String] = []
        if value(columns.adultEducationBudget).flatMap(Vocabulary.yesNo) == true { funding.append("Funded through the Adult Education Budget for eligible learners.") }
        if value(columns.advancedLearnerOption).flatMap(Vocabulary.yesNo) == true { funding.append("An Advanced Learner Loan is available.") }
        run.fundingNotes = funding.isEmpty ? nil : funding.joined(separator: " ")

        guard issues.errorCount == errorsBefore else { return nil }
        let groupKey: [String]? =
            switch header.template {
            case .nonLars: [courseType ?? "", value(columns.sector) ?? "", level?.code ?? "", awardingBody ?? ""] + descriptions.map { $0 ?? "" }
            default: lars.map { [$0] + descriptions.map { $0 ?? "" } }
            }
        return CSVCourseRow(
            groupKey: groupKey, lars: lars, descriptions: descriptions, courseName: courseName, courseType: courseType,
            route: route, level: level, awardingBody: awardingBody, webpage: webpage, run: run,
            reference: value(columns.yourReference))
    }

    /// True when `raw` is exactly 8 ASCII digits or capital letters.
    private static func isPlainLARS(_ raw: String) -> Bool {
        var raw = raw
        return raw.withUTF8 { bytes in
            bytes.count == 8 && bytes.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) }
        }
    }

    private func readDuration(_ record: CSVRecord, header: CSVHeaderMap, issues: inout IssueCollector) -> Duration? {
        let valueText = header.value(at: header.resolved.duration, in: record)
        let unitText = header.value(at: header.resolved.durationUnit, in: record)
        guard valueText != nil || unitText != nil else { return nil }
        var duration = Duration(text: [valueText, unitText].compactMap { $0 }.joined(separator: " "))
        if let valueText {
            if let number = Int(valueText), (1...999).contains(number) { duration.value = number } else {
                issues.error("bad-duration", at: header.location("DURATION", in: record), field: "DURATION", "\"\(valueText)\" is not a whole number from 1 to 999.")
                return nil
            }
        }
        if let unitText {
            guard let unit = DurationParsing.unit(named: unitText) else {
                issues.error("bad-duration-unit", at: header.location("DURATION_UNIT", in: record), field: "DURATION_UNIT",
                             "\"\(unitText)\" is not a duration unit (minutes, hours, days, weeks, months or years).")
                return nil
            }
            duration.unit = unit
        } else {
            issues.warn("missing-value", at: header.location("DURATION_UNIT", in: record), field: "DURATION_UNIT", "DURATION is given without DURATION_UNIT.")
        }
        if let value = duration.value, let unit = duration.unit { duration.iso = DurationParsing.iso(value: value, unit: unit) }
        return duration
    }

    static let unknownVenueCode = "unknown-venue"

    /// The unknown-venue warning is given once per venue and feed, under this key.
    static func unknownVenueKey(name: String?, reference: String?) -> String {
        "unknown-venue:" + (name ?? reference ?? "").lowercased()
    }

    private func resolveVenue(name: String?, reference: String?, record: CSVRecord, header: CSVHeaderMap, issues: inout IssueCollector) -> Venue {
        if let reference, let venue = knownVenues.first(where: { $0.reference?.lowercased() == reference.lowercased() }) { return venue }
        if let name, let venue = knownVenues.first(where: { $0.name?.lowercased() == name.lowercased() }) { return venue }
        let label = name ?? reference ?? ""
        let column = name != nil ? "VENUE_NAME" : "YOUR_VENUE_REFERENCE"
        issues.warnOnce(key: Self.unknownVenueKey(name: name, reference: reference), Self.unknownVenueCode,
                        at: header.location(column, in: record), field: column,
                        "The venue \"\(label)\" is not in this provider's venue list; it is kept by name and its district is judged from the name (reported once per venue).")
        return Venue(reference: reference, name: name ?? reference)
    }
}

// MARK: - Description columns repeated from row to row

/// The previous row's description columns: where their bytes were in the file and the text they
/// gave. Every row of a course repeats its seven descriptions, so when a column's bytes are the
/// same as the previous row's, its text is reused instead of being made, checked for markup and
/// cleaned again. Only columns that gave no warning are remembered (a warning is reported for
/// every row it applies to), and only fields read straight from the file (not unescaped copies,
/// which the next record overwrites), so the result is the same as reading the column again.
struct DescriptionMemo {
    private var slots: [(start: Int, end: Int, text: String?)?] = Array(repeating: nil, count: CSVTemplate.descriptionColumns.count)
    /// The last course name a level was inferred from, and that level.
    private var lastLevel: (courseName: String, level: Level?)?

    /// `Level.infer(from: courseName)`, inferred again only when the name differs from the previous
    /// row's (rows of one course repeat it).
    mutating func level(inferredFrom courseName: String) -> Level? {
        if let lastLevel, lastLevel.courseName == courseName { return lastLevel.level }
        let level = Level.infer(from: courseName)
        lastLevel = (courseName, level)
        return level
    }

    /// The text remembered for `slot` when field `index` of `record` has the same bytes; nil otherwise.
    func text(_ slot: Int, ifSameAs index: Int, in record: CSVRecord) -> String?? {
        guard let remembered = slots[slot], index < record.count else { return nil }
        let field = record.fields[index]
        guard !field.unescaped, field.end - field.start == remembered.end - remembered.start else { return nil }
        if field.start == remembered.start { return .some(remembered.text) }
        let count = field.end - field.start
        guard count == 0 || memcmp(record.file.baseAddress! + field.start, record.file.baseAddress! + remembered.start, count) == 0 else { return nil }
        return .some(remembered.text)
    }

    /// Remembers the text read from field `index` of `record` for `slot` (forgets it when the read
    /// gave a warning or the field is not a range of the file).
    mutating func remember(_ slot: Int, index: Int?, in record: CSVRecord, text: String?, clean: Bool) {
        guard clean, let index, index < record.count, !record.fields[index].unescaped else {
            slots[slot] = nil
            return
        }
        let field = record.fields[index]
        slots[slot] = (field.start, field.end, text)
    }
}

// MARK: - Grouping rows into courses

/// Groups course-run rows into courses, as the course directory does: rows with the same LARS code
/// and the same seven description fields are one course; rows with no LARS code never group.
struct CourseGrouping {
    let header: CSVHeaderMap
    /// Courses in the order their first row appeared, each with its run identifiers so far.
    private var grouped: [(course: Course, runIDs: Set<String>)] = []
    private var indexByKey: [String: Int] = [:]
    /// The last grouped row's key parts and key: rows of one course usually follow each other, and
    /// comparing the parts costs less than hashing them again.
    private var lastKey: (prefix: String, parts: [String], key: String)?

    init(header: CSVHeaderMap) { self.header = header }

    var courses: [Course] { grouped.map(\.course) }

    mutating func add(_ row: CSVCourseRow, line: Int, row recordRow: Int, issues: inout IssueCollector) {
        let key = Self.key(of: row, recordRow: recordRow, last: &lastKey)
        let index: Int
        if let existing = indexByKey[key] {
            index = existing
        } else {
            index = grouped.count
            indexByKey[key] = index
            grouped.append((Self.newCourse(key: key, from: row), []))
        }
        Self.addRun(of: row, line: line, row: recordRow, to: &grouped[index], key: key, header: header, issues: &issues)
    }

    // MARK: Shared with the streaming grouping

    /// The course key of `row`: from its LARS code (or non-LARS course fields) and descriptions, or
    /// unique to the row when it has none. `last` caches the previous row's key parts.
    static func key(of row: CSVCourseRow, recordRow: Int, last lastKey: inout (prefix: String, parts: [String], key: String)?) -> String {
        guard let parts = row.groupKey else {
            return StableKey.make("row-", [row.reference, row.courseName, "\(recordRow)"])
        }
        let prefix = row.lars ?? (row.courseType?.lowercased().replacingOccurrences(of: " ", with: "-") ?? "course")
        if let last = lastKey, last.prefix == prefix, last.parts == parts { return last.key }
        let key = StableKey.make(prefix + "-", parts)
        lastKey = (prefix, parts, key)
        return key
    }

    /// A course with no runs yet, from the first row grouped under `key`.
    static func newCourse(key: String, from row: CSVCourseRow) -> Course {
        let d = row.descriptions
        return Course(
            sourceID: key, title: row.courseName, summary: d[0], whatYouWillLearn: d[2], howYouWillLearn: d[3],
            entryRequirements: d[1], whatYouWillNeedToBring: d[4], howAssessed: d[5], whereNext: d[6],
            qualification: row.lars.map { Qualification(reference: $0, awardingBody: row.awardingBody) }
                ?? row.awardingBody.map { Qualification(awardingBody: $0) },
            level: row.level, route: row.route, courseType: row.courseType, url: row.webpage)
    }

    /// Appends `row`'s run to `grouped.course` (the course grouped under `key`), giving it an identifier
    /// not among `grouped.runIDs`, and fills the course's route and level when earlier rows had none.
    static func addRun(
        of row: CSVCourseRow, line: Int, row recordRow: Int, to grouped: inout (course: Course, runIDs: Set<String>), key: String,
        header: CSVHeaderMap, issues: inout IssueCollector
    ) {
        var run = row.run
        if run.sourceID.isEmpty {
            run.sourceID = StableKey.make("run-", [key, run.start?.iso, run.venue?.name, run.deliveryMode.raw, "\(recordRow)"])
        }
        if !grouped.runIDs.insert(run.sourceID).inserted {
            let unique = "\(run.sourceID)#\(recordRow)"
            issues.warn("duplicate-run", at: header.location("YOUR_REFERENCE", line: line, row: recordRow), field: "YOUR_REFERENCE",
                        "YOUR_REFERENCE \(run.sourceID) is used by another run of this course; this run is stored as \(unique).")
            run.sourceID = unique
        }
        if run.title == nil, row.courseName != grouped.course.title { run.title = row.courseName }
        if let webpage = row.webpage, webpage != grouped.course.url { run.applyURL = webpage }
        if grouped.course.route == nil { grouped.course.route = row.route }
        if grouped.course.level == nil { grouped.course.level = row.level }
        grouped.course.runs.append(run)
    }
}
