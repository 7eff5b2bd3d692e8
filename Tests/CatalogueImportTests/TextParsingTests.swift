@testable import CatalogueImport
import Domain
import Testing

// MARK: - Parsing the values feeds contain

@Suite("Feed value parsing")
struct TextParsingTests {
    @Test("dates keep their precision across the formats real feeds use", arguments: [
        ("2027-09-01", "2027-09-01"), ("2027-09", "2027-09"), ("2027", "2027"), ("2027-09-01T09:00:00Z", "2027-09-01"),
        ("2027-09-01 09:00:00", "2027-09-01"), ("20270901 10:00:00", "2027-09-01"), ("01/09/2027", "2027-09-01"),
        ("4/27/2020 12:00:00 AM", "2020-04-27"), ("31-Aug-21", "2021-08-31"), ("11 May 2017", "2017-05-11"),
        ("1st September 2027", "2027-09-01"), ("Monday 12 January 2027", "2027-01-12"), ("September 2027", "2027-09"),
        ("Sept 2027", "2027-09"), ("1/01/2001", "2001-01-01"),
    ])
    func dates(text: String, iso: String) {
        #expect(DateParsing.parse(text)?.iso == iso)
    }

    @Test("text that is not a date gives none", arguments: ["As soon as enough students have enrolled", "TBC", "31/02/2027", "", "2027-13"])
    func notDates(text: String) {
        #expect(DateParsing.parse(text)?.iso == nil)
    }

    @Test("DfE dates must be dd/MM/yyyy")
    func ukDates() {
        #expect(DateParsing.parseUK("07/09/2027")?.iso == "2027-09-07")
        #expect(DateParsing.parseUK("2027-09-07") == nil)
        #expect(DateParsing.parseUK("29/02/2027") == nil)
        #expect(DateParsing.parseUK("29/02/2028")?.iso == "2028-02-29")
    }

    @Test("a DfE date cell with a very long run of digits is no date (and does not overflow)", arguments: [
        "99999999999999999999", "1/1/99999999999999999999", "99999999999999999999/1/2027", "1/99999999999999999999/2027", "001/02/2027",
    ])
    func overlongUKDates(text: String) {
        #expect(DateParsing.parseUK(text) == nil)
    }

    @Test("costs are read only when the wording is unambiguous", arguments: [
        ("£450", 45_000), ("GBP6,000 per stage", 600_000), ("GBP 640", 64_000), ("0.0000", 0), ("Free", 0),
        ("No tuition fee - funded apprenticeship", 0), ("£1,295 (free if you are unemployed or earn under £25,000)", 129_500),
        ("£9,535 per year", 953_500),
    ])
    func costs(text: String, pence: Int) {
        #expect(CostParsing.amountPence(from: text) == pence)
    }

    @Test("ambiguous costs give no amount", arguments: ["TBC", "£300-£450 depending on units", "Contact us"])
    func ambiguousCosts(text: String) {
        #expect(CostParsing.amountPence(from: text) == nil)
    }

    @Test("the byte scanner reads every cost wording as the regular expression does")
    func costScannerAgreesWithRegex() {
        // Every combination of lead-in, currency, figure, decimals, separator and second figure.
        let leads = ["", "  ", "From ", "Only ", "Fees: "]
        let currencies = ["", "£", "GBP", "gbp ", "Gbp\t", "GB", "£ "]
        let figures = ["0", "7", "45", "450", "1,295", "12,345,678", "1234", "1234,567", "123,45", "1,2345", "99999999", "0000000000000000000000012"]
        let decimals = ["", ".5", ".50", ".0000", ".12345", ".", ".x"]
        let tails = ["", " per year", "-£450", " – £600", " to 700", " or £80 (concessions)", " (free if unemployed)", "pp", "/week"]
        var checked = 0
        for lead in leads {
            for currency in currencies {
                for figure in figures {
                    for decimal in decimals {
                        for tail in tails {
                            let text = lead + currency + figure + decimal + tail
                            #expect(CostParsing.amountPence(from: text) == CostParsing.amountPenceWithRegex(TextCleaning.trim(text)), "\(text)")
                            checked += 1
                        }
                    }
                }
            }
        }
        for text in ["Free", "free of charge", "No fee", "nil", "TBC", "", "Fully funded for 19+", "£", "GBP", "Call 01905 725555", "½ price: £30"] {
            #expect(CostParsing.amountPence(from: text) == CostParsing.amountPenceWithRegex(TextCleaning.trim(text)), "\(text)")
        }
        #expect(checked > 10_000)
        // Non-ASCII digits are left to the regular expression.
        #expect(AmountScanner.matches(in: "£٤٥٠") == nil)
        #expect(AmountScanner.matches(in: "£450 – £600")?.count == 2)
    }

    @Test("DfE COST cells", arguments: [("99,999.00", 9_999_900), ("295", 29_500), ("12.5", 1250), ("0", 0)])
    func decimalCosts(text: String, pence: Int) {
        #expect(CostParsing.decimalPence(text) == pence)
    }

    @Test("a DfE COST cell with too many digits gives no amount (and does not overflow); leading zeros are still read", arguments: [
        ("99999999999999999999", nil), ("99999999999999999999.50", nil), ("10000000", nil), ("0000000000012", 1200),
    ] as [(String, Int?)])
    func overlongCosts(text: String, pence: Int?) {
        #expect(CostParsing.decimalPence(text) == pence)
    }

    @Test("durations from intervals and words")
    func durations() {
        #expect(DurationParsing.parseISO("P12W") == Duration(value: 12, unit: .weeks, iso: "P12W"))
        #expect(DurationParsing.parseISO("PT30H") == Duration(value: 30, unit: .hours, iso: "PT30H"))
        #expect(DurationParsing.parseISO("P1Y6M") == Duration(iso: "P1Y6M"))
        #expect(DurationParsing.parseISO("12 weeks") == nil)
        #expect(DurationParsing.parseText("6 months (approx)")?.unit == .months)
        #expect(DurationParsing.parseText("3 - 4 Years") == nil)
    }

    @Test("legacy vocabulary maps onto Skillway's terms")
    func vocabulary() {
        #expect(Vocabulary.studyMode("Full-Time") == .fullTime)
        #expect(Vocabulary.studyMode("part time evening") == .partTime)
        #expect(Vocabulary.attendanceMode("Self-study") == .distance)
        #expect(Vocabulary.attendanceMode("MM") == .mixed)
        #expect(Vocabulary.attendancePattern("Day/Block Release") == .dayBlockRelease)
        #expect(Vocabulary.deliveryMode("Blended learning") == .blended)
        #expect(Vocabulary.deliveryMode("work") == .workBased)
        #expect(Vocabulary.isUnknown("UNK"))
    }

    @Test("HTML becomes plain text with links kept and scripts dropped")
    func htmlText() {
        let html = #"<h2>About</h2><p>Learn &amp; earn&nbsp;now.</p><script>steal()</script><p><a href="javascript:x()">bad</a> <a href='https://a.example/x'>good</a></p>"#
        #expect(TextCleaning.clean(HTMLText.plainText(fromHTML: html)) == "About\n\nLearn & earn now.\n\nbad good (https://a.example/x)")
    }

    @Test("text cleaning maps Word bullets and odd spaces, drops control characters")
    func cleaning() {
        #expect(TextCleaning.clean("\u{F0B7}\tfirst\u{202F}point\u{0007}\n\n\n\u{F0B7} second") == "* first point\n\n* second")
        #expect(TextCleaning.normaliseURL("www.example.org/x")?.url == "https://www.example.org/x")
    }

    @Test("derived keys are the first 12 hex digits of the SHA-256 of the parts joined by U+001F (values fixed by sha256sum)")
    func stableKeys() {
        #expect(StableKey.make("c-", ["LARS60312345", nil, "Digital skills \u{A3}"]) == "c-1fa6128d67ee")
        #expect(StableKey.make("row-", []) == "row-e3b0c44298fc")
        #expect(StableKey.make("", ["only"]) == "f905b19542ed")
    }

    @Test("ASCII text that is already clean comes back as it is; any stray space, tab or control character is still cleaned", arguments: [
        ("Level 3 Diploma in Health & Social Care (RQF)", "Level 3 Diploma in Health & Social Care (RQF)"),
        ("Tuesday evenings, 6pm-9pm ~ 12 weeks", "Tuesday evenings, 6pm-9pm ~ 12 weeks"),
        (" Leading space", "Leading space"), ("Trailing space ", "Trailing space"), ("Two  spaces", "Two spaces"),
        ("Tab\tinside", "Tab inside"), ("Line\nbreak", "Line\nbreak"), ("Bell\u{07}rings", "Bellrings"),
        ("Delete\u{7F}char", "Deletechar"), ("x", "x"), (" ", nil), ("A\r\nB", "A\nB"),
    ] as [(String, String?)])
    func cleanASCIIText(input: String, expected: String?) {
        #expect(TextCleaning.clean(input) == expected)
        #expect(TextCleaning.normaliseURL("apply@example.org") == nil)
    }
}
