@testable import Careers
import Domain
import Foundation
import Testing

// MARK: - Coming back to paid work

/// Someone coming back to paid work after time away (children, caring, illness) hears that the skills from
/// their past jobs still count and how people return; nobody in work hears it.
@Suite("Returner notice")
struct ReturnerNoticeTests {
    static var fixtureFiles: [String] {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)
        let files = folder.flatMap { try? FileManager.default.contentsOfDirectory(atPath: $0.path) } ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    @Test("every returner in the development fixtures is told how to come back, quoting their own words")
    func everyFixtureReturner() throws {
        var returners = 0
        for file in Self.fixtureFiles {
            for profile in try AdviserProfileTests.profiles(file) where profile.group == "returner" {
                returners += 1
                let note = ReturnerNotice.notice(in: profile.text)
                #expect(note != nil, "\(file) \(profile.name): \(profile.text.prefix(120))")
                if let note {
                    let quote = try #require(note.split(separator: "\"").dropFirst().first)
                    #expect(profile.text.contains(quote.replacingOccurrences(of: "…", with: "")), "\(profile.name): \(quote)")
                }
            }
        }
        #expect(returners >= 25)
    }

    @Test("no career changer, school leaver or learner with a health condition in the fixtures is told it")
    func changersInWork() throws {
        var told: [String] = []
        for file in Self.fixtureFiles {
            for profile in try AdviserProfileTests.profiles(file) where profile.group != "returner" {
                if let note = ReturnerNotice.notice(in: profile.text) { told.append("\(profile.group) \(profile.name): \(note.prefix(140))") }
            }
        }
        #expect(told.isEmpty, "\(told.joined(separator: "\n"))")
    }
}

// MARK: - Through the diagnostic

extension ReturnerNoticeTests {
    static func returnerNote(_ diagnostic: Diagnostic) -> String? {
        diagnostic.notices.first { $0.hasPrefix("You have had time away from paid work") }
    }

    @Test("a returner's diagnostic says their past skills count, quoting the break, and names a lapsed registration and low confidence")
    func returnerDiagnostic() async throws {
        let text = "I was a staff nurse on a medical ward at Worcestershire Royal for 9 years, drug rounds, wound care, IV, "
            + "care plans and mentoring students. I left in 2017 when my second was born and my NMC registration has lapsed. "
            + "Kids are both at school now. My confidence is really low but I miss it."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        checkPathInvariants(diagnostic)
        let note = try #require(Self.returnerNote(diagnostic), "\(diagnostic.notices)")
        #expect(note.contains("(\"I left in 2017 when my second was born and my NMC…\")"))
        // The clause is quoted once, not again for the registration.
        #expect(note.contains("A lapsed professional registration can usually be restored"))
        #expect(note.contains("confidence"))
    }

    @Test("a plain returner hears neither the registration nor the confidence sentence")
    func plainReturner() async throws {
        let text = "I worked behind the bar and then as assistant manager at a pub in Pershore for 8 years, cellar, stock, "
            + "rotas and cashing up. Took 6 years out when I had my twins. Looking for something daytime."
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        let note = try #require(Self.returnerNote(diagnostic), "\(diagnostic.notices)")
        #expect(note.contains("(\"Took 6 years out when I had my twins\")"))
        #expect(!note.contains("registration"))
        #expect(!note.contains("confidence"))
    }

    @Test("nobody in work now, and no school leaver, is told it", arguments: [
        "I currently work as a receptionist at a vets in Malvern. Before that I took 5 years out when my kids were small. I'd like to train as a veterinary nurse.",
        "I'm 17, left school in the summer and have been out of work since, did a bit of labouring with my uncle. I want to be an electrician.",
        "I left the army in 2015 and have driven for a haulage firm in Worcester since, class 1 licence, tachographs and ADR. Looking for a transport office job.",
        "Warehouse team leader at a distribution centre in Redditch for 6 years, I looked after my nan when she was poorly last year. I want to move into logistics planning.",
        "Shift manager at a food factory in Evesham since 2016: rotas, absence, disciplinaries and return to work interviews, hygiene audits. I want to move into HR.",
    ])
    func notTold(_ text: String) async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
        #expect(Self.returnerNote(diagnostic) == nil, "\(diagnostic.notices)")
    }

    @Test("a job before the children, or moving in with an ill parent, is a break; spells off sick counted in times and going out on jobs with someone are not", arguments: [
        ("Before my kids I was a dental receptionist in Malvern for six years. They're both at school now.", true),
        ("Before having the twins I worked in payroll at the council, 2008-2016.", true),
        ("Office manager until 2020. Then my mum had a stroke and I moved in with her till she passed last year.", true),
        ("Scrub nurse at the county hospital, my back is bad and I've been off 4 times this year.", false),
        ("I clean offices before my kids wake up and work in a cafe after the school run.", false),
        // Children since the last job, or saying the return itself at the end of a clause.
        ("Receptionist at a GP surgery in Pershore 2009 to 2016, had two children since, the youngest is at nursery now.", true),
        ("I did the payroll at a garden centre for years. My eldest starts secondary in september so I want to get back.", true),
        ("Pharmacy dispenser in Evesham, I want to go back to college to do my level 3.", false),
        ("Warehouse operative in Redditch, had my kids since I started here and the shifts fit.", false),
        // Out on the job with someone is work experience; out of work for years is a break.
        ("year 10, my uncle is a roofer and ive been out with him on saturdays since the summer", false),
        ("I was a groundworker till 2019, I've been out that long I don't know if my tickets count.", true),
        // Stopping after a child, or becoming a family member's carer, is a break; a home carer's "her carer" is the job.
        ("Radiographer at Kidderminster till 2016, went part time after my first and stopped after my second.", true),
        ("Pub chef for years. Then my dad got Parkinson's and I was his carer, he died last winter.", true),
        ("Domiciliary carer in Droitwich, I had one lady for 3 years and I was her carer every morning.", false),
        ("I stopped after my shift ended and went home.", false),
        // A registration let lapse is time away from practising.
        ("Biomedical scientist at the Royal until 2016. We moved, I had three children close together and let my registration lapse.", true),
        ("Theatre nurse in Worcester, my NMC PIN is due for revalidation next spring.", false),
    ])
    func breakWordings(_ text: String, _ told: Bool) {
        #expect((ReturnerNotice.notice(in: text) != nil) == told, "\(text)")
    }
}
