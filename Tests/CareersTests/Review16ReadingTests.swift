@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 16: words read in their sense, trade words read

/// Review 16's learners (development data): a thing a person built is not their workplace, a hobby of watching
/// is not the work, a course's name is not a skill where its head word is generic, a benefit wanted is not a
/// field worked in; and the trades' own words (pigs and farrowing, refereeing, reptiles and vivs, lock keeping,
/// community digs, QuarkXPress and artwork, coin mechs, drone tickets, turbidity, a DPS) are read.
@Suite("Review 16 reading: words in their sense, trade words read")
struct Review16ReadingTests {
    @Test("everyday words in another sense are no skill: a pub tenancy, a pension wanted, turning houses round, warehouses erected, animal management level 2, spraying tickets, plane spotting, listening to the radio, a garden centre cafe")
    func wordsInTheirSense() async throws {
        let cases: [(text: String, notHeld: String)] = [
            ("Ran the Swan with my partner 9 years, the brewery won't renew the tenancy now we've split. Cellar, rotas, stock.", "housing-management"),
            ("Parts fitter at a garage 10 years, servicing and brakes. I want a job with a pension and better hours.", "financial-services"),
            ("Voids operative 12 years, turning empty flats round for the council, decorating, patching, changing locks.", "machining"),
            ("Steel erector 9 years, erecting portal frames for warehouses and factories, bolting up, MEWPs.", "warehouse-operations"),
            ("I'm 19, I did animal management level 2 at college and work at a kennels at weekends.", "management"),
            ("Fruit farm worker, pruning and picking, I have my PA1 and PA6 spraying tickets.", "landscaping"),
            ("Care assistant 6 years. In my spare time I go plane spotting at the airport.", "aviation-operations"),
            ("Farm worker, I listen to the football on the radio in the tractor all day.", "active-listening"),
            ("I work weekends in a garden centre cafe, serving coffees and clearing tables.", "horticulture"),
            ("Transport clerk 6 years, the operator licensing paperwork, driver licensing checks with the DVLA, tachographs.", "licensing"),
        ]
        for (text, notHeld) in cases {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            #expect(!heldSkillIDs(diagnostic).contains(notHeld), "\(text): \(heldSkillIDs(diagnostic).sorted())")
        }
        // The same words in the skill's own sense are still read.
        let housing = try await TestCatalogue.diagnose(LearnerProfile(text: "Housing officer 7 years, tenancy management, arrears, estate walkabouts."))
        #expect(heldSkillIDs(housing).contains("housing-management"))
        let machinist = try await TestCatalogue.diagnose(LearnerProfile(text: "CNC machinist 14 years, turning and milling, setting the lathes."))
        #expect(heldSkillIDs(machinist).contains("machining"))
        let handler = try await TestCatalogue.diagnose(LearnerProfile(text: "Warehouse operative 5 years at a distribution centre, picking and packing, goods in."))
        #expect(heldSkillIDs(handler).contains("warehouse-operations"))
    }

    @Test("trade words are read: pigs and farrowing, refereeing, reptiles and vivs, lock keeping, digs and finds, QuarkXPress, coin mechs, drone tickets, turbidity, a DPS, spraying tickets")
    func tradeWordsRead() async throws {
        let cases: [(text: String, held: String)] = [
            ("I work on a pig farm, farrowing, weaning piglets, keeping the medicine book.", "herd-management"),
            ("I'm 17, I'm a qualified FA referee and ref junior matches on Sundays.", "sports-officiating"),
            ("I work in the reptile section of a pet shop, cleaning the vivs and feeding the snakes.", "animal-care"),
            ("Lock keeper on the Worcester and Birmingham canal for three seasons, helping boaters through.", "waterway-operations"),
            ("Retired teacher, I volunteer on community digs and help with finds processing at the museum.", "archaeology"),
            ("Artworker at a printers for 12 years, QuarkXPress then InDesign, print ready artwork.", "pre-press"),
            ("Vending engineer, repairing coin mechs and fault finding on the boards.", "electronics"),
            ("Roofer, I got my flyer ID and A2 CofC so I can do drone roof surveys.", "drone-operation"),
            ("Water treatment operator, bench tests for turbidity and chlorine residual.", "laboratory-skills"),
            ("Pub manager, personal licence holder and DPS, challenge 25, cellar work.", "licensing"),
            ("Groundsman at a golf club, mowing, and spraying with my PA1 and PA6.", "pesticide-application"),
        ]
        for (text, held) in cases {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            #expect(heldSkillIDs(diagnostic).contains(held), "\(text): \(heldSkillIDs(diagnostic).sorted())")
        }
    }

    @Test("a returner's quote leaves out the words about someone else rather than showing a gap")
    func quoteWithoutGap() {
        let text = OthersClauses.blanked("Council planning technician 8 years. Gave it up when my son was diagnosed and needed me at home.")
        let note = ReturnerNotice.notice(in: text)
        #expect(note?.contains("Gave it up when … me at home") == true, "\(note ?? "")")
    }
}
