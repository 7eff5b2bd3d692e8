import Domain
import Foundation

// MARK: - Presentations (runs)

extension XCRIParser {
    func mapRun(_ element: XElement, course: Course, path: String) -> CourseRun {
        checkVocabulary(element, path: path)
        let text = { (key: String) in element.child(key).flatMap { TextCleaning.cleanLine($0.rawText) } }
        let ids = element.children("identifier").compactMap { child -> (String?, String)? in
            TextCleaning.cleanLine(child.rawText).map { (child.xsiType?.local.lowercased(), $0) }
        }
        var run = CourseRun(sourceID: "")
        run.start = temporal(element.child("start"), path: path)
        run.end = temporal(element.child("end"), path: path)
        if let today, let start = run.start?.earliestDay, start < today, run.end?.earliestDay.map({ $0 < today }) ?? true,
            let startElement = element.child("start")
        {
            issue(.warning, "past-start", at: startElement, path: path + "/" + startElement.qualifiedName,
                  "The presentation started on \(start), before today (\(today)); is the feed out of date?")
        }
        if run.start?.iso == nil, let words = run.start?.text, DateParsing.meansFlexibleStart(words) { run.flexibleStart = true }
        if let title = text("title"), title != course.title { run.title = title }
        run.duration = duration(element.child("duration"), path: path)
        run.studyMode = coded(element.child("studymode"), path: path, lookup: Vocabulary.studyMode, default: .fullTime, label: "study mode")
        run.attendanceMode = coded(element.child("attendancemode"), path: path, lookup: Vocabulary.attendanceMode, default: .campus, label: "attendance mode")
        run.attendancePattern = coded(element.child("attendancepattern"), path: path, lookup: Vocabulary.attendancePattern, default: .daytime, label: "attendance pattern")
        run.deliveryMode = Coded(raw: run.attendanceMode.raw, value: run.attendanceMode.value?.deliveryMode, defaulted: run.attendanceMode.defaulted)
        if run.studyMode.value == .flexible, run.start?.iso == nil { run.flexibleStart = true }
        if let places = text("places") {
            run.places = Int(places.filter(\.isNumber))
        }
        if let costText = text("cost") {
            run.cost = Cost(amountPence: memo.costs.value(costText) { CostParsing.amountPence(from: $0) }, text: costText)
        }
        let funding = element.children("description").filter { ($0.xsiType?.local ?? $0.attribute("type"))?.lowercased() == "funding" }
        run.fundingNotes = funding.compactMap { richText($0) }.first
        if let applyElement = element.child("applyto"), let apply = TextCleaning.cleanLine(applyElement.rawText) {
            if let url = TextCleaning.normaliseURL(apply) {
                run.applyURL = url.url
            } else {
                issue(.warning, "bad-link", at: applyElement, path: path + "/applyTo",
                      "applyTo \"\(apply)\" is not a web address (XCRI-CAP expects the URL of an application page); it is ignored.")
            }
        }
        if let venueElement = element.child("venue") {
            run.venue = venue(from: venueElement, path: path + "/venue")
        }
        run.sourceID = ids.first { $0.0 == "internalid" }?.1 ?? ids.first { $0.0 == nil }?.1 ?? ids.first?.1
            ?? StableKey.make("run-", [course.sourceID, run.start?.iso ?? run.start?.text, run.venue?.name, run.venue?.address.postcode,
                                       run.attendanceMode.raw, run.studyMode.raw, run.attendancePattern.raw])
        return run
    }

    // MARK: Dates

    /// A temporal element: `@dtf` first, text second; a warning when both are dates and disagree.
    private func temporal(_ element: XElement?, path: String) -> PartialDate? {
        guard let element else { return nil }
        let text = TextCleaning.cleanLine(element.rawText)
        let dtfText = element.attribute("dtf")
        var dtf: PartialDate?
        if let dtfText {
            dtf = memo.dtf.value(dtfText, DateParsing.parseDTF)
            if dtf == nil {
                issue(.warning, "bad-dtf", at: element, path: path + "/" + element.qualifiedName, field: element.qualifiedName + "@dtf",
                      "dtf=\"\(dtfText)\" is not a W3C date; the element's text is used instead.")
            }
        }
        let fromText = text.flatMap { memo.dates.value($0, DateParsing.parse) }
        if let dtf, let fromText, let a = dtf.iso, let b = fromText.iso {
            let common = min(a.count, b.count)
            if a.prefix(common) != b.prefix(common) {
                issue(.warning, "date-disagrees", at: element, path: path + "/" + element.qualifiedName, field: element.qualifiedName,
                      "dtf=\"\(dtfText ?? "")\" and the text \"\(text ?? "")\" give different dates; the dtf date \(a) is used.")
            }
        }
        guard text != nil || dtf != nil else { return nil }
        let chosen = dtf ?? fromText
        return PartialDate(iso: chosen?.iso, precision: chosen?.precision, text: text)
    }

    private func duration(_ element: XElement?, path: String) -> Duration? {
        guard let element else { return nil }
        let text = TextCleaning.cleanLine(element.rawText)
        var result = text.flatMap { memo.durationTexts.value($0, DurationParsing.parseText) } ?? Duration()
        if let interval = element.attribute("interval") {
            if let parsed = memo.durationIntervals.value(interval, DurationParsing.parseISO) {
                result.iso = parsed.iso
                if parsed.value != nil {
                    result.value = parsed.value
                    result.unit = parsed.unit
                }
            } else {
                issue(.warning, "bad-interval", at: element, path: path + "/" + element.qualifiedName, field: "mlo:duration@interval",
                      "interval=\"\(interval)\" is not an ISO 8601 duration; the text is used.")
            }
        }
        result.text = text
        return result.value == nil && result.iso == nil && text == nil ? nil : result
    }

    // MARK: Coded values

    /// A controlled value from `@identifier` (a code) or, failing that, the element's text.
    private func coded<T>(_ element: XElement?, path: String, lookup: (String) -> T?, default defaultValue: T, label: String) -> Coded<T> {
        guard let element else { return .defaulted(defaultValue) }
        let identifier = element.attribute("identifier").flatMap { TextCleaning.cleanLine($0) }
        let text = TextCleaning.cleanLine(element.rawText)
        let raw = identifier ?? text
        guard let raw else { return .defaulted(defaultValue) }
        if let value = identifier.flatMap(lookup) ?? text.flatMap(lookup) {
            return Coded(raw: raw, value: value)
        }
        if Vocabulary.isUnknown(raw) { return Coded(raw: raw, value: nil) }
        var message = "\"\(raw)\" is not a \(label) Skillway recognises; it is kept as given."
        if label != "study mode", Vocabulary.studyMode(raw) != nil {
            message = "\"\(raw)\" is a study mode, not an \(label); it is kept as given."
        }
        issue(.warning, "unknown-code", at: element, path: path + "/" + element.qualifiedName, message)
        return Coded(raw: raw, value: nil)
    }

    // MARK: Venues

    private func venue(from element: XElement, path: String) -> Venue? {
        // 1.2: venue/provider/{dc:identifier, dc:title, mlo:location}; 1.1: venue/{identifier, name, address…}.
        let holder = element.child("provider") ?? element
        let location = holder.child("location") ?? holder
        let venue = Venue(
            reference: holder.child("identifier").flatMap { TextCleaning.cleanLine($0.rawText) },
            name: (holder.child("title") ?? holder.child("name")).flatMap { TextCleaning.cleanLine($0.rawText) },
            address: address(from: location),
            email: location.child("email").flatMap { TextCleaning.cleanLine($0.rawText) },
            phone: location.child("phone").flatMap { TextCleaning.cleanLine($0.rawText) },
            website: location.child("url").flatMap { TextCleaning.normaliseURL($0.rawText)?.url })
        if venue.name == nil, venue.address.isEmpty {
            issue(.warning, "empty-venue", at: element, path: path, "The venue has neither a name nor an address; the provider's address is used.")
            return nil
        }
        return venue
    }

    // MARK: Namespace and case checks

    private static let expectedNamespace: [String: XMLNamespace] = [
        "title": .dc, "description": .dc, "identifier": .dc, "subject": .dc, "type": .dc,
        "start": .mlo, "duration": .mlo, "cost": .mlo, "places": .mlo, "qualification": .mlo, "credit": .mlo,
        "level": .mlo, "objective": .mlo, "prerequisite": .mlo, "assessment": .mlo, "url": .mlo, "location": .mlo,
        "end": .xcri12, "studymode": .xcri12, "attendancemode": .xcri12, "attendancepattern": .xcri12,
        "abstract": .xcri12, "learningoutcome": .xcri12, "venue": .xcri12, "presentation": .xcri12, "applyto": .xcri12,
    ]

    private static let canonicalNames: [String: String] = [
        "studymode": "studyMode", "attendancemode": "attendanceMode", "attendancepattern": "attendancePattern",
        "learningoutcome": "learningOutcome", "applyto": "applyTo", "applyfrom": "applyFrom", "applyuntil": "applyUntil",
        "applicationprocedure": "applicationProcedure", "educationlevel": "educationLevel", "awardedby": "awardedBy",
        "accreditedby": "accreditedBy", "languageofinstruction": "languageOfInstruction", "languageofassessment": "languageOfAssessment",
        "haspart": "hasPart", "ispartof": "isPartOf",
    ]

    /// In 1.2 feeds, warns (once per kind) about known elements in the wrong namespace or case; they
    /// are still read by name. The verdict depends only on the name, so it is worked out once per name.
    func checkVocabulary(_ element: XElement, path: String) {
        let tree = element.tree
        var next = element.node.firstChild
        while next >= 0 {
            let child = tree.element(next)
            next = tree.nodes[Int(next)].nextSibling
            let verdict = vocabularyVerdict(for: child)
            if verdict.contains(.wrongCase) {
                let canonical = Self.canonicalNames[child.key] ?? child.key
                warnOnce("wrong-case:\(child.name)", element: child, path: path + "/" + child.qualifiedName,
                         "<\(child.qualifiedName)> should be spelt <\(canonical)>; it is read by name.")
            }
            if verdict.contains(.wrongNamespace) {
                warnOnce("wrong-namespace:\(child.qualifiedName)", element: child, path: path + "/" + child.qualifiedName,
                         "<\(child.qualifiedName)> is not in the namespace XCRI-CAP 1.2 defines for it; it is read by name.")
            }
        }
    }

    /// What `checkVocabulary` finds wrong with an element's name (for the feed's format).
    struct VocabularyVerdict: OptionSet {
        let rawValue: UInt8
        static let wrongCase = VocabularyVerdict(rawValue: 1)
        static let wrongNamespace = VocabularyVerdict(rawValue: 2)
        static let unknown = VocabularyVerdict(rawValue: 0x80)
    }

    private func vocabularyVerdict(for child: XElement) -> VocabularyVerdict {
        let id = Int(child.nameID)
        if id < vocabularyVerdicts.count, vocabularyVerdicts[id] != .unknown { return vocabularyVerdicts[id] }
        var verdict: VocabularyVerdict = []
        let canonical = Self.canonicalNames[child.key] ?? child.key
        if child.name != canonical, child.key == canonical.lowercased(), Self.expectedNamespace[child.key] != nil || Self.canonicalNames[child.key] != nil {
            verdict.insert(.wrongCase)
        }
        if format == .xcriCap12, let expected = Self.expectedNamespace[child.key], child.namespace != expected, child.namespace.isFeedVocabulary {
            verdict.insert(.wrongNamespace)
        }
        if id >= vocabularyVerdicts.count {
            vocabularyVerdicts.append(contentsOf: repeatElement(.unknown, count: id + 1 - vocabularyVerdicts.count))
        }
        vocabularyVerdicts[id] = verdict
        return verdict
    }
}
