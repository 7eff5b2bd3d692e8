import Testing
@testable import Taxonomy

// MARK: - What the learner lost, taught themselves, or only seems to say

/// Mentions that name a skill's words without the learner holding it: a licence they lost, a subject
/// they are teaching themselves (learning, not teaching), and a verb that only shares a stem with a
/// thing's name ("exhausted" is no exhausts).
@Suite("Losses, self-study and look-alike words")
struct LossAndSelfStudyReadingTests {
    static func ids(_ text: String) -> Set<String> {
        Set(bundled.extract(text).skillIDs)
    }

    @Test("a lost licence is not held; a lost job still names the work done")
    func lostLicence() {
        let rep = bundled.extract("I had a seizure last year and I've lost my driving licence for epilepsy so can't do the job.")
        #expect(!rep.skillIDs.contains("driving-licence"), "\(rep.skillIDs)")
        #expect(rep.negated.contains { $0.skillID == "driving-licence" }, "\(rep.negated.map(\.skillID))")
        #expect(!Self.ids("Lost my licence for 12 months after a drink driving ban, so I need work I can get to by bus.").contains("driving-licence"))
        let carer = Self.ids("I lost my job as a care assistant when the home closed, I did personal care and moving and handling.")
        #expect(carer.contains("personal-care"), "\(carer)")
        #expect(Self.ids("Van driver for 6 years, full clean driving licence.").contains("driving-licence"))
    }

    @Test("teaching myself Python is learning it, not teaching; teaching a class is teaching")
    func teachingMyself() {
        let fitter = Self.ids("Kitchen fitter for 10 years. I've been teaching myself python and javascript in the evenings on freecodecamp.")
        #expect(!fitter.contains("teaching"), "\(fitter)")
        #expect(fitter.contains("python"), "\(fitter)")
        #expect(!Self.ids("I taught myself Excel from YouTube videos.").contains("teaching"))
        #expect(Self.ids("Supply teacher, teaching maths to year 9 and 10 classes.").contains("teaching"))
    }

    @Test("exhausted and exhausting are no exhausts; fitting exhausts is vehicle work")
    func exhausted() {
        let tired = Self.ids("Long covid for 2 years, I get exhausted quickly so I need part time. Before that I was a gym instructor.")
        #expect(!tired.contains("motor-vehicle-maintenance"), "\(tired)")
        #expect(!Self.ids("Care work is exhausting but I love the residents.").contains("motor-vehicle-maintenance"))
        #expect(Self.ids("Fast fit technician, fitting exhausts and brake pads.").contains("motor-vehicle-maintenance"))
    }

    @Test("everyday trade words: Travelport, guillotines, court reporting, mitre saw, the books, vulnerable people, public computers, florist")
    func everydayWords() {
        #expect(Self.ids("Travel consultant using Travelport, booking flights and hotels for business clients.").contains("tourism-and-travel"))
        #expect(Self.ids("Print finisher: guillotines and folding machines, some setting up.").contains("printing"))
        #expect(Self.ids("Reporter, court reporting and shorthand 100wpm.").contains("journalism"))
        #expect(!Self.ids("Legal secretary: audio typing, dictation and shorthand.").contains("journalism"))
        #expect(Self.ids("I help my uncle fitting doors and I can use a mitre saw.").contains("carpentry-and-joinery"))
        #expect(Self.ids("Ran my own shop for 10 years, did the buying, social media and the books.").contains("bookkeeping"))
        #expect(!Self.ids("Library assistant, issuing the books and shelving.").contains("bookkeeping"))
        #expect(Self.ids("Prison officer, good at de-escalation and dealing with vulnerable people.").contains("safeguarding"))
        #expect(Self.ids("Library assistant, issuing books and helping people use the computers.").contains("everyday-digital-skills"))
        #expect(Self.ids("Ran my own florist shop, weddings and funerals.").contains("floristry"))
    }
}
