import Testing
@testable import Taxonomy

// MARK: - Everyday jobs read properly

/// Realistic sentences about the jobs most people do: each must yield the skills a careers adviser
/// would name, quoting the learner's own words as evidence, and nothing from incidental words.
@Suite("Everyday job extraction")
struct EverydayJobsExtractionTests {
    struct Case: Sendable, CustomStringConvertible {
        var job: String
        var text: String
        /// Skill id → the words of the text that should be quoted for it.
        var expected: [String: String]
        /// Skill ids the text must not yield.
        var absent: [String] = []
        var description: String { job }
    }

    static let cases: [Case] = [
        Case(job: "checkout assistant", text: "Five years on the tills at a supermarket: cash handling, customer service, stock replenishment and helping with the online order picking.",
             expected: ["cash-handling": "on the tills", "retail-operations": "supermarket", "stock-control": "stock replenishment", "warehouse-operations": "online order picking"],
             absent: ["crop-picking-and-harvesting"]),
        Case(job: "hairdresser", text: "Hairdresser for 9 years, cutting and colouring, building a client base and booking appointments.",
             expected: ["hairdressing": "Hairdresser", "customer-service": "client base", "diary-management": "booking appointments"]),
        Case(job: "nursery nurse", text: "Before that I was a nursery nurse for six years.",
             expected: ["childcare": "nursery nurse", "early-years-education": "nursery nurse", "child-development": "nursery nurse", "safeguarding": "nursery nurse"]),
        Case(job: "HGV driver", text: "Class 1 driver for twelve years: tachograph, daily vehicle checks, load securing and a forklift licence.",
             expected: ["hgv-driving": "Class 1 driver", "tachograph-and-drivers-hours": "tachograph", "vehicle-inspection": "daily vehicle checks",
                        "load-securing": "load securing", "forklift-operation": "forklift licence"]),
        Case(job: "van driver", text: "Van driver for a parcel company, multi-drop deliveries and planning routes.",
             expected: ["van-driving": "Van driver", "transport-planning": "planning routes", "vehicle-inspection": "Van driver", "driving-licence": "Van driver"]),
        Case(job: "cleaner", text: "Office cleaner, early mornings: deep cleans, mopping, emptying bins and using chemicals safely under COSHH.",
             expected: ["cleaning": "cleaner", "health-and-safety": "Office cleaner", "chemical-handling": "COSHH"],
             absent: ["watchmaking", "security-operations"]),
        Case(job: "security officer", text: "Door supervisor with an SIA licence: CCTV monitoring, patrols and writing incident reports.",
             expected: ["security-operations": "Door supervisor", "report-writing": "writing incident reports", "conflict-resolution": "Door supervisor"],
             absent: ["fire-and-security-systems"]),
        Case(job: "care worker", text: "Care worker in a residential home, helping residents with washing and dressing.",
             expected: ["personal-care": "washing and dressing", "safeguarding": "Care worker", "moving-and-handling": "Care worker"]),
        Case(job: "teaching assistant", text: "I volunteer at my children's primary school hearing readers.",
             expected: ["teaching-assistance": "hearing readers"],
             absent: ["hearing-and-sight-loss-support", "teaching"]),
        Case(job: "warehouse operative", text: "Warehouse operative: pick and pack, loading and unloading pallets, stock counts.",
             expected: ["warehouse-operations": "Warehouse operative", "stock-control": "stock counts"]),
        Case(job: "production operative", text: "Production operative on a food packing line, doing quality checking.",
             expected: ["machine-operation": "Production operative", "quality-control": "quality checking"]),
        Case(job: "call centre agent", text: "Call centre advisor handling billing queries and inbound calls.",
             expected: ["call-handling": "Call centre advisor", "customer-service": "billing queries"]),
        Case(job: "school leaver who tinkers", text: "I like fixing bikes and helping my dad service the family car.",
             expected: ["cycle-maintenance": "fixing bikes", "motor-vehicle-maintenance": "service the family car"]),
    ]

    @Test("each everyday job yields its core skills, quoting the learner's words", arguments: cases)
    func everydayJob(_ item: Case) {
        Self.check(item)
    }

    /// Checks that `item.text` yields each expected skill quoting the expected words, and none of the
    /// absent ones.
    static func check(_ item: Case) {
        let result = bundled.extract(item.text)
        for (id, words) in item.expected {
            let found = result.skills.first { $0.skillID == id }
            #expect(found != nil, "\(item.job): missing \(id) in \(result.skillIDs)")
            #expect(found?.text == words, "\(item.job): \(id) quotes \"\(found?.text ?? "")\", expected \"\(words)\"")
        }
        for id in item.absent { #expect(!result.skillIDs.contains(id), "\(item.job): \(id) should not be read in \(result.skillIDs)") }
    }

    @Test("a named job implies its skills with method jobTitle, unless the text already names them")
    func impliedSkills() throws {
        let result = bundled.extract("I was a childminder and I also did some early years teaching.")
        let implied = try #require(result.skills.first { $0.skillID == "child-development" })
        #expect(implied.method == .jobTitle && implied.text == "childminder" && implied.reason.contains("childminder") && implied.confidence < 0.85)
        // "early years" is written out, so it is quoted from the text rather than implied by the title.
        let early = result.skills.filter { $0.skillID == "early-years-education" }
        #expect(early.map(\.method) == [.exact] && early.map(\.text) == ["early years"])
    }

    @Test("a negated job implies nothing held")
    func negatedJob() {
        let result = bundled.extract("I have never been a hairdresser.")
        #expect(!result.skillIDs.contains("hairdressing") && !result.skillIDs.contains("customer-service"))
        #expect(result.negated.contains { $0.skillID == "hairdressing" })
    }

    @Test("incidental everyday words are not skills: TV menus, a babysitter, parcels at home, early mornings")
    func incidentalWords() {
        let text = "The kids watched TV menus with a babysitter and parcels came for us. Office job for 3 years, early mornings."
        let ids = bundled.extract(text).skillIDs
        for id in ["hairdressing", "cooking", "van-driving", "early-years-education", "childcare"] {
            #expect(!ids.contains(id), "\(id) read from an incidental word")
        }
    }
}
