import Domain
import Testing

// MARK: - Domain vocabularies

@Suite("Domain")
struct DomainTests {
    @Test("routes resolve from slug, number, name, 2023 name and DfE sector code")
    func routes() {
        #expect(Route.allCases.count == 15)
        #expect(Route(matching: "digital") == .digital)
        #expect(Route(matching: "14") == .careServices)
        #expect(Route(matching: "Legal, finance and accounting") == .legalFinanceAndAccounting)
        #expect(Route(matching: "Education and childcare") == .educationAndEarlyYears)
        #expect(Route(matching: "ENGMAN") == .engineeringAndManufacturing)
        #expect(Route(matching: "16") == nil)
        #expect(Set(Route.allCases.map(\.sectorCode)).count == 15)
    }

    @Test("levels parse from codes and wording")
    func levels() {
        #expect(Level(code: "entry") == .entry)
        #expect(Level(code: "Entry Level 3") == .entry)
        #expect(Level(code: "L3") == Level(rank: 3))
        #expect(Level(code: "9") == nil)
        #expect(Level.infer(from: "City & Guilds Level 2 Diploma in Plumbing") == Level(rank: 2))
        #expect(Level.infer(from: "BSc (Hons) Nursing") == Level(rank: 6))
        #expect(Level.infer(from: "Foundation Degree in Early Years") == Level(rank: 5))
        #expect(Level.infer(from: "Postgraduate") == Level(rank: 7))
        #expect(Level.infer(from: "Welding for beginners") == nil)
        // An Access to HE diploma is level 3: "Diploma (" holds "ma (" but names no master's degree, and "higher" no higher level.
        #expect(Level.infer(from: "Access to Higher Education Diploma (Health Professions)") == Level(rank: 3))
        #expect(Level.infer(from: "Level 1 Diploma (Multi-skills)") == Level(rank: 1))
        #expect(Level.infer(from: "Floristry Diploma (Part Time)") == nil)
        #expect(Level.infer(from: "MA Social Work") == Level(rank: 7))
    }

    @Test("postcodes and towns tell the Worcestershire district", arguments: [
        ("WR1 2JF", District.worcester), ("wr10 3jp", .wychavon), ("WR14 2YH", .malvernHills), ("DY10 1AB", .wyreForest),
        ("B60 1PQ", .bromsgrove), ("B98 8DW", .redditch), ("B1 1AA", .outsideCounty), ("PP99 1PP", .outsideCounty),
    ])
    func postcodes(postcode: String, district: District) {
        #expect(District.forPostcode(postcode) == district)
    }

    @Test("text that is not a postcode tells nothing; towns and venue names do")
    func towns() {
        #expect(District.forPostcode("Worcester") == nil)
        #expect(District.forTown("Stourport-on-Severn") == .wyreForest)
        #expect(District.resolve(postcode: nil, town: nil, otherText: ["Evesham College"]) == .wychavon)
        #expect(District.resolve(postcode: nil, town: nil, otherText: ["Dudley"]) == nil)
    }

    @Test("funding wording")
    func funding() {
        #expect(Funding.mentionsFreeOrFunded("Free if you are unemployed"))
        #expect(Funding.mentionsFreeOrFunded("Fully funded through the Adult Skills Fund"))
        #expect(!Funding.mentionsFreeOrFunded("Self-funded"))
        #expect(!Funding.mentionsFreeOrFunded("£450 payable on enrolment"))
    }

    @Test("provider ids are lower-case slugs")
    func providerIDs() {
        #expect(ProviderID(rawValue: "kidderminster-college") != nil)
        #expect(ProviderID(rawValue: "Kidderminster") == nil)
        #expect(ProviderID(rawValue: "-x") == nil)
        #expect(ProviderID(rawValue: "../etc") == nil)
    }
}
