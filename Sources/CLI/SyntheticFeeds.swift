import Foundation

// MARK: - Synthetic feeds for benchmarks

/// Deterministic generators of realistic-looking XCRI-CAP and DfE CSV feeds of any size, so
/// benchmarks measure the same input on every machine.
struct SyntheticFeeds {
    private var state: UInt64

    init(seed: UInt64 = 0x5EED_2026) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func pick(_ items: [String]) -> String { items[next(items.count)] }

    static let subjects = [
        "Welding", "CNC Machining", "Plumbing", "Electrical Installation", "Carpentry", "Bricklaying", "Retrofit Coordination",
        "Heat Pump Installation", "Cyber Security", "Software Development", "Data Analysis", "Digital Marketing", "Bookkeeping",
        "Accounting", "Health and Social Care", "Dementia Care", "Safeguarding Adults", "Early Years Education", "Teaching Assistant",
        "Hairdressing", "Beauty Therapy", "Professional Cookery", "Hospitality Supervision", "Warehousing", "HGV Driving",
        "Leadership and Management", "Team Leading", "Project Management", "Customer Service", "Sales", "Horticulture",
        "Animal Care", "Agriculture", "Public Services", "Graphic Design", "Photography", "Music Technology", "Pharmacy Services",
        "Dental Nursing", "Sport and Fitness", "Electric Vehicle Maintenance", "Solar PV Installation", "Food Safety", "First Aid",
    ]
    static let kinds = ["Certificate", "Diploma", "Award", "Apprenticeship", "Skills Bootcamp", "Short Course", "Extended Diploma"]
    static let phrases = [
        "You will learn the practical skills employers in Worcestershire ask for", "sessions run in our fully equipped workshops",
        "assessment is by portfolio, observation and a short online test", "the course suits adults returning to learning",
        "you can progress to a higher level course or an apprenticeship", "tutors have years of industry experience",
        "learners build confidence in communication and team working", "the programme includes health and safety at work",
        "employers help design the projects you complete", "online resources support your study between sessions",
        "you will practise problem solving on real tasks", "the qualification is recognised across the sector",
    ]
    static let towns = [("Worcester", "WR1 2JF"), ("Redditch", "B98 8DW"), ("Bromsgrove", "B60 1PQ"), ("Kidderminster", "DY10 1AB"),
                        ("Malvern", "WR14 2YH"), ("Evesham", "WR11 1LP"), ("Pershore", "WR10 3JP"), ("Droitwich Spa", "WR9 8BD")]
    static let routes = ["digital", "engineering-and-manufacturing", "construction-and-the-built-environment", "care-services",
                         "health-and-science", "business-and-administration", "education-and-early-years", "hair-and-beauty",
                         "catering-and-hospitality", "transport-and-logistics", "agriculture-environmental-and-animal-care",
                         "sales-marketing-and-procurement", "legal-finance-and-accounting", "creative-and-design", "protective-services"]

    private mutating func sentence() -> String {
        (0..<3).map { _ in pick(Self.phrases) }.joined(separator: "; ") + "."
    }

    /// Writes an XCRI-CAP 1.2 feed with `courses` courses (two presentations each) to `url`.
    mutating func writeXCRI(courses: Int, to url: URL, providerIndex: Int = 0) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = """
            <?xml version="1.0" encoding="UTF-8"?>
            <catalog xmlns="http://xcri.org/profiles/1.2/catalog" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:mlo="http://purl.org/net/mlo" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xcriTerms="http://xcri.org/profiles/1.2/catalog/terms" xmlns:cdp="http://xcri.co.uk" xmlns:sw="urn:skillway:terms" generated="2026-11-01T09:00:00Z">
            <provider><dc:identifier xsi:type="cdp:ukprn">100\(String(format: "%05d", providerIndex))</dc:identifier><dc:title>Benchmark College \(providerIndex)</dc:title>
            <mlo:location><mlo:address>1 College Road</mlo:address><mlo:town>Worcester</mlo:town><mlo:postcode>WR1 2JF</mlo:postcode></mlo:location>

            """
        for index in 0..<courses {
            let subject = pick(Self.subjects)
            let level = next(7) + 1
            let kind = pick(Self.kinds)
            let (town, postcode) = Self.towns[next(Self.towns.count)]
            let modes = [("CM", "Campus"), ("ON", "Online"), ("MM", "Mixed mode"), ("WB", "Work-based")][next(4)]
            buffer += """
                <course><dc:identifier xsi:type="cdp:internalID">BC\(providerIndex)-\(index)</dc:identifier>
                <dc:title>Level \(level) \(kind) in \(subject)</dc:title>
                <dc:description><xhtml:p xmlns:xhtml="http://www.w3.org/1999/xhtml">\(sentence())</xhtml:p><xhtml:p xmlns:xhtml="http://www.w3.org/1999/xhtml">\(sentence())</xhtml:p></dc:description>
                <dc:description xsi:type="xcriTerms:leadsTo">\(sentence())</dc:description>
                <dc:subject xsi:type="sw:ifateRoute" identifier="\(pick(Self.routes))"/><dc:subject>\(subject)</dc:subject>
                <mlo:prerequisite>\(sentence())</mlo:prerequisite><mlo:assessment>\(sentence())</mlo:assessment>
                <mlo:qualification><dc:identifier>603\(String(format: "%05d", index % 100_000))</dc:identifier><dc:title>Level \(level) \(kind) in \(subject)</dc:title>
                <dcterms:educationLevel>Level \(level)</dcterms:educationLevel><awardedBy>City &amp; Guilds</awardedBy></mlo:qualification>

                """
            for run in 0..<2 {
                let month = next(12) + 1
                let day = next(28) + 1
                buffer += """
                    <presentation><dc:identifier>BC\(providerIndex)-\(index)-\(run)</dc:identifier>
                    <mlo:start dtf="2027-\(String(format: "%02d-%02d", month, day))">\(day) \(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1]) 2027</mlo:start>
                    <mlo:duration interval="P\(next(30) + 4)W">\(next(30) + 4) weeks</mlo:duration>
                    <studyMode identifier="\(next(2) == 0 ? "PT" : "FT")"/><attendanceMode identifier="\(modes.0)">\(modes.1)</attendanceMode>
                    <attendancePattern identifier="\(["DT", "EV", "WE"][next(3)])"/><mlo:cost>£\(next(20) * 50)</mlo:cost>
                    <venue><provider><dc:title>\(town) Centre</dc:title><mlo:location><mlo:town>\(town)</mlo:town><mlo:postcode>\(postcode)</mlo:postcode></mlo:location></provider></venue>
                    </presentation>

                    """
            }
            buffer += "</course>\n"
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        buffer += "</provider></catalog>\n"
        handle.write(Data(buffer.utf8))
    }

    /// Writes a DfE course CSV (current template) with `rows` rows, two runs per course, to `url`.
    mutating func writeCSV(rows: Int, to url: URL) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = "LARS_QAN,WHO_THIS_COURSE_IS_FOR,ENTRY_REQUIREMENTS,WHAT_YOU_WILL_LEARN,HOW_YOU_WILL_LEARN,WHAT_YOU_WILL_NEED_TO_BRING,HOW_YOU_WILL_BE_ASSESSED,WHERE_NEXT,COURSE_NAME,YOUR_REFERENCE,DELIVERY_MODE,START_DATE,FLEXIBLE_START_DATE,VENUE_NAME,YOUR_VENUE_REFERENCE,NATIONAL_DELIVERY,SUB_REGION,COURSE_WEBPAGE,COST,COST_DESCRIPTION,DURATION,DURATION_UNIT,STUDY_MODE,ATTENDANCE_PATTERN\r\n"
        var descriptions: [String] = []
        for row in 0..<rows {
            if row % 2 == 0 { descriptions = (0..<7).map { _ in "\"" + sentence() + "\"" } }
            let course = row / 2
            let subject = pick(Self.subjects)
            let delivery = ["Classroom based", "Online", "Blended learning", "Work based"][next(4)]
            let onSite = delivery == "Classroom based" || delivery == "Blended learning"
            let (town, _) = Self.towns[next(Self.towns.count)]
            buffer += "\(String(format: "6%07d", course % 10_000_000)),\(descriptions.joined(separator: ",")),Level \(next(5) + 1) \(subject),R\(row),\(delivery),"
            buffer += "\(String(format: "%02d/%02d/2027", next(28) + 1, next(12) + 1)),No,\(onSite ? "\(town) Centre" : ""),,,,https://example.ac.uk/c\(course),"
            buffer += "\(next(40) * 25).00,,\(next(30) + 1),Weeks,\(onSite ? "Part time" : ""),\(onSite ? "Evening" : "")\r\n"
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
    }
}
