@testable import Careers
import Testing

// MARK: - One list of what says "my computer skills need work"

/// Principle: computers are a basic skill. Whatever words a learner uses to say their computer skills are missing or out
/// of date, the same reading drives both the free digital skills course notice (`asksForDigitalSkills`) and the
/// basic-skills reading that opens entry-level courses to them (`asksForBasicSkills`): one list (`computerNeedPhrases`),
/// not two that drifted apart.
@Suite("One reading of 'my computer skills need work'")
struct ComputerNeedTests {
    @Test("every computer phrase asks for both the digital skills course and the basic skills; reading and maths ask only for basics")
    func oneListDrivesBoth() {
        // Before: these said 'digital skills' but not 'basic skills'.
        let onlyDigitalBefore = [
            "cleaner at the leisure centre 20 years, I'm not techy at all and worried everything is online now",
            "I'm a bit of a technophobe, my daughter does my online banking",
            "I have no IT skills really, never needed them on the buses",
        ]
        for text in onlyDigitalBefore {
            #expect(CareerDiagnostician.asksForDigitalSkills(text), "\(text)")
            #expect(CareerDiagnostician.asksForBasicSkills(text), "\(text)")
        }
        // Before: these said 'basic skills' but no digital skills course was offered.
        let onlyBasicsBefore = [
            "I worked in the bank before the kids, but everything is computerised now",
            "used to do the orders by hand and its all on computers now",
        ]
        for text in onlyBasicsBefore {
            #expect(CareerDiagnostician.asksForDigitalSkills(text), "\(text)")
            #expect(CareerDiagnostician.asksForBasicSkills(text), "\(text)")
        }
        // Reading, writing and maths are basic skills, not computers.
        #expect(CareerDiagnostician.asksForBasicSkills("my spelling is bad and I struggle with reading"))
        #expect(!CareerDiagnostician.asksForDigitalSkills("my spelling is bad and I struggle with reading"))
        // Someone who fixes laptops asks for neither.
        let techie = "im the one everyone asks to fix their laptop, I build PCs"
        #expect(!CareerDiagnostician.asksForDigitalSkills(techie) && !CareerDiagnostician.asksForBasicSkills(techie))
    }
}
