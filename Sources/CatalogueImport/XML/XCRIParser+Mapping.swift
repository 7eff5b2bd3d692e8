import Domain
import Foundation

// MARK: - Mapping XCRI-CAP elements to the course model

extension XCRIParser {
    /// Identifiers of an element as (scheme, value): the scheme is the `xsi:type` local part.
    private func identifiers(_ element: XElement) -> [(scheme: String?, value: String)] {
        element.children("identifier").compactMap { child in
            guard let value = TextCleaning.cleanLine(child.rawText) else { return nil }
            return (child.xsiType?.local.lowercased(), value)
        }
    }

    /// The text of a descriptive element: XHTML rendered to plain text, HTML in CDATA or escaped
    /// markup sanitised, links kept as "label (address)".
    func richText(_ element: XElement) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(element.node.textEnd - element.node.textStart) + 16)
        render(element.index, in: element.tree, into: &bytes)
        var output = String(decoding: bytes, as: UTF8.self)
        if HTMLText.containsMarkup(output) { output = HTMLText.plainText(fromHTML: output) }
        return TextCleaning.clean(output)
    }

    private static let blockElements: Set<String> = ["p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6"]
    private static let skippedElements: Set<String> = ["script", "style", "iframe", "object", "embed", "img"]

    /// Appends an element's text with its child elements rendered: the text between children is the
    /// gap between their ranges in the tree's text buffer.
    private func render(_ index: Int32, in tree: XMLEventTree, into output: inout [UInt8]) {
        let node = tree.nodes[Int(index)]
        var position = Int(node.textStart)
        var next = node.firstChild
        while next >= 0 {
            let index = next
            let child = tree.nodes[Int(index)]
            next = child.nextSibling
            output.append(contentsOf: tree.text[position..<Int(child.textStart)])
            position = Int(child.textEnd)
            let key = tree.names.keys[Int(child.name)]
            if Self.skippedElements.contains(key) { continue }
            let isBlock = Self.blockElements.contains(key)
            if isBlock { output.append(0x0A) }
            if key == "li" { output.append(contentsOf: "* ".utf8) }
            render(index, in: tree, into: &output)
            if key == "a" {
                let link = tree.element(index)
                if let href = link.attribute("href"), href.lowercased().hasPrefix("http") || href.lowercased().hasPrefix("mailto:"),
                    !link.rawText.contains(href)
                {
                    output.append(contentsOf: " (\(href))".utf8)
                }
            }
            if isBlock, key != "li" { output.append(0x0A) }
        }
        output.append(contentsOf: tree.text[position..<Int(node.textEnd)])
    }

    private func plainText(_ element: XElement?) -> String? {
        element.flatMap { TextCleaning.cleanLine($0.rawText) }
    }

    // MARK: Provider

    func mapProvider(_ shell: XElement) -> ProviderDetails {
        var details = ProviderDetails()
        for (scheme, value) in identifiers(shell) {
            if scheme == "ukprn" {
                let digits = value.filter(\.isNumber)
                if digits.count == 8 { details.ukprn = digits } else {
                    warn("bad-ukprn", line: shell.line, element: "provider/dc:identifier", "The UKPRN \"\(value)\" is not 8 digits; it is ignored.")
                }
            } else if scheme == nil, details.website == nil, let url = TextCleaning.normaliseURL(value) {
                details.website = url.url
            }
        }
        details.name = plainText(shell.child("title")) ?? plainText(shell.child("name"))
        if let url = TextCleaning.normaliseURL(plainText(shell.child("url"))) { details.website = url.url }
        if let location = shell.child("location") {
            details.address = address(from: location)
        } else {
            let address = address(from: shell)
            if !address.isEmpty { details.address = address }
        }
        return details
    }

    /// An address from `mlo:location` (1.2) or a 1.1 venue: address and street lines (skipping geo
    /// coordinates), town and postcode, warning when the postcode is not a UK one.
    func address(from element: XElement) -> Address {
        var lines: [String] = []
        for child in element.children where child.key == "address" || child.key == "street" {
            if let type = child.xsiType?.local.lowercased(), type == "lat" || type == "long" { continue }
            if let line = plainText(child) { lines.append(line) }
        }
        let town = plainText(element.child("town"))
        let postcode = plainText(element.child("postcode"))
        if let postcode, let postcodeElement = element.child("postcode"), !memo.ukPostcodes.value(postcode, { District.forPostcode($0) != nil }) {
            issue(.warning, "bad-postcode", at: postcodeElement, path: element.qualifiedName + "/postcode",
                  "\"\(postcode)\" is not a UK postcode; it is kept but tells no district.")
        }
        return memo.address(AddressParts(lines: lines, town: town, postcode: postcode))
    }

    // MARK: Course

    func mapCourse(_ element: XElement, index: Int) -> Course? {
        let path = "course[\(index)]"
        checkVocabulary(element, path: path)
        let titles = element.children("title")
        let title = (titles.first { $0.attribute("lang") == nil || $0.attribute("lang")?.lowercased().hasPrefix("en") == true } ?? titles.first)
            .flatMap { plainText($0) }
        guard let title else {
            issue(.error, "missing-title", at: element, path: path, field: "dc:title", "The course has no title; it is skipped.")
            return nil
        }
        let ids = identifiers(element)
        var sourceID = ids.first { $0.scheme == "internalid" }?.value
            ?? ids.first { $0.scheme == nil }?.value
            ?? ids.first { $0.scheme != "ukprn" }?.value
        if sourceID == nil {
            sourceID = StableKey.make("derived-", [title, plainText(element.child("url"))])
            issue(.warning, "derived-id", at: element, path: path, field: "dc:identifier",
                  "The course \"\(title)\" has no identifier; Skillway derived \(sourceID!) from its title and web address.")
        }
        guard let sourceID, seenCourseIDs.insert(sourceID).inserted else {
            issue(.error, "duplicate-course", at: element, path: path, field: "dc:identifier",
                  "The identifier \"\(sourceID ?? "")\" was already used by an earlier course in this feed; this course is skipped.")
            return nil
        }
        var course = Course(sourceID: sourceID, title: title)
        applyDescriptions(element, to: &course, path: path)
        course.summary = element.children("abstract").compactMap { richText($0) }.first
        if let summary = course.summary, summary.utf8.count > 140, summary.count > 140 {
            issue(.warning, "long-abstract", at: element.child("abstract")!, path: path + "/abstract",
                  "The abstract is \(summary.count) characters; XCRI-CAP allows 140.")
        }
        course.whatYouWillLearn = joined(course.whatYouWillLearn, element.children("learningoutcome").compactMap { richText($0) })
        course.objective = joined(course.objective, element.children("objective").compactMap { richText($0) })
        course.entryRequirements = joined(course.entryRequirements, element.children("prerequisite").compactMap { richText($0) })
        course.howAssessed = joined(course.howAssessed, element.children("assessment").compactMap { richText($0) })
        applySubjects(element, to: &course, path: path)
        course.courseType = element.children("type").compactMap { plainText($0) }.first
        if let url = TextCleaning.normaliseURL(plainText(element.child("url"))) { course.url = url.url }
        if let qualificationElement = element.child("qualification") {
            course.qualification = qualification(from: qualificationElement)
        }
        course.level = level(for: course, element: element, path: path)
        for text in [course.description, course.summary, course.whatYouWillLearn].compactMap({ $0 }) where TextCleaning.looksLikePlaceholder(text) {
            issue(.warning, "placeholder-text", at: element, path: path, "The course \"\(title)\" still contains template wording: \"\(text.prefix(60))…\".")
            break
        }
        var runIDs: Set<String> = []
        for (runIndex, presentation) in element.children("presentation").enumerated() {
            var run = mapRun(presentation, course: course, path: "\(path)/presentation[\(runIndex + 1)]")
            if !runIDs.insert(run.sourceID).inserted {
                let unique = "\(run.sourceID)#\(runIndex + 1)"
                issue(.warning, "duplicate-run", at: presentation, path: "\(path)/presentation[\(runIndex + 1)]", field: "dc:identifier",
                      "Another presentation of this course has the identifier \"\(run.sourceID)\"; this one is stored as \"\(unique)\".")
                run.sourceID = unique
                runIDs.insert(unique)
            }
            course.runs.append(run)
        }
        if course.runs.isEmpty {
            issue(.warning, "no-presentations", at: element, path: path, "The course \"\(title)\" has no presentations (runs); it is listed without dates or venues.")
        }
        return course
    }

    private func joined(_ existing: String?, _ more: [String]) -> String? {
        let all = [existing].compactMap { $0 } + more
        return all.isEmpty ? nil : all.joined(separator: "\n\n")
    }

    private func applyDescriptions(_ element: XElement, to course: inout Course, path: String) {
        for description in element.children("description") {
            guard let text = richText(description) else { continue }
            let type = (description.xsiType?.local ?? description.attribute("type")).map { raw in
                memo.descriptionTypes.value(raw) { $0.lowercased().filter { $0.isLetter } }
            }
            switch type {
            case nil, "": course.description = joined(course.description, [text])
            case "leadsto", "careeroutcome": course.whereNext = joined(course.whereNext, [text])
            case "funding": course.fundingNotes = joined(course.fundingNotes, [text])
            case "topic", "syllabus", "learningoutcome": course.whatYouWillLearn = joined(course.whatYouWillLearn, [text])
            case "structure", "teachingstrategy", "contactpattern", "studyhours", "contacthours":
                course.howYouWillLearn = joined(course.howYouWillLearn, [text])
            case "requiredresource": course.whatYouWillNeedToBring = joined(course.whatYouWillNeedToBring, [text])
            case "aim": course.objective = joined(course.objective, [text])
            case "entryprofile", "prerequisites": course.entryRequirements = joined(course.entryRequirements, [text])
            case "assessmentstrategy": course.howAssessed = joined(course.howAssessed, [text])
            case "specialfeature", "support": course.description = joined(course.description, [text])
            default: continue
            }
        }
    }

    private func applySubjects(_ element: XElement, to course: inout Course, path: String) {
        for subject in element.children("subject") {
            let label = plainText(subject)
            let code = subject.attribute("identifier").flatMap { TextCleaning.cleanLine($0) }
            let scheme = subject.xsiType?.local
            if scheme?.lowercased() == "ifateroute" {
                if let route = memo.routes.value(code ?? "", { Route(matching: $0) }) ?? memo.routes.value(label ?? "", { Route(matching: $0) }) {
                    if let existing = course.route, existing != route {
                        issue(.warning, "several-routes", at: subject, path: path + "/dc:subject",
                              "The course declares more than one route; the first (\(existing.name)) is kept.")
                    } else {
                        course.route = route
                    }
                } else {
                    issue(.warning, "unknown-route", at: subject, path: path + "/dc:subject",
                          "\"\(code ?? label ?? "")\" is not one of the 15 IfATE routes; it is ignored.")
                }
                continue
            }
            guard let label, !label.isEmpty else { continue }
            if scheme == nil, course.route == nil,
                let route = memo.routeNames.value(label, { label in
                    Route.allCases.first(where: { $0.name.lowercased() == label.lowercased() })
                        ?? (label.lowercased() == "education and childcare" ? .educationAndEarlyYears : nil)
                })
            {
                course.route = route
            }
            course.subjects.append(Subject(label: label, code: code, scheme: scheme))
        }
    }

    private func qualification(from element: XElement) -> Qualification {
        var qualification = Qualification()
        qualification.title = plainText(element.child("title"))
        for (_, value) in identifiers(element) {
            let reference = memo.qualificationReferences.value(value) { value in
                let compact = value.replacingOccurrences(of: "/", with: "").uppercased()
                return compact.count == 8 && compact.allSatisfy({ $0.isNumber || $0.isLetter }) ? compact : nil
            }
            if let reference {
                qualification.reference = reference
                break
            }
        }
        qualification.type = plainText(element.child("type")) ?? plainText(element.child("abbr"))
        qualification.awardingBody = plainText(element.child("awardedby")) ?? plainText(element.child("accreditedby"))
        qualification.levelText = plainText(element.child("educationlevel")) ?? plainText(element.child("level"))
        return qualification
    }

    private func level(for course: Course, element: XElement, path: String) -> Level? {
        let candidates = [course.qualification?.levelText, plainText(element.child("level"))].compactMap { $0 }
        for text in candidates {
            if let level = memo.levels.value(text, { Level(code: $0) ?? Level.infer(from: $0) }) { return level }
        }
        if let text = candidates.first {
            warnOnce("level:\(text)", element: element, path: path, "The level \"\(text)\" is not one Skillway recognises; the course has no level.")
        }
        return [course.qualification?.title, course.title].compactMap { $0 }.lazy.compactMap { Level.infer(from: $0) }.first
    }
}
