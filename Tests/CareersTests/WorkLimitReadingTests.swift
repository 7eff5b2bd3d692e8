@testable import Careers
import Testing

// MARK: - Which limits a learner's words state

@Suite("Work limits: reading what the learner said")
struct WorkLimitReadingTests {
    /// The names of the limits read in `text` (as profile text) and `wishes` (as the aspiration).
    static func limits(_ text: String, wishes: String = "") -> [String] {
        WorkLimit.stated(in: text + "\n" + wishes, wishes: wishes).map { WorkLimit.all[$0].name }
    }

    @Test("a boast, an eagerness or a fact about a past job is not a limit", arguments: [
        "Van driver for six years. I have never lost my licence, my licence is clean.",
        "I cannot wait to get back on the road after my redundancy.",
        "I can\u{2019}t wait to get back behind the wheel.",
        "I have been unable to find driving work near me since the depot shut.",
        "I no longer work at the store where I served customers as it closed.",
        "I can't get enough of physical outdoor work.",
        "Retail supervisor. I never had a complaint from customers in ten years.",
        "Care worker. I have never had back problems and I'm on my feet all day.",
        "Support worker helping people with anxiety to get out into the community and meet people.",
        "Warehouse nights for six years. I've never minded nights.",
        "I have never been anxious around customers.",
    ])
    func notALimitInHistory(_ text: String) {
        #expect(Self.limits(text).isEmpty, "\(Self.limits(text))")
    }

    @Test("a wish that rules out something else, or says a thing is no trouble, is not a limit", arguments: [
        "I never had a complaint from customers and want to stay in retail",
        "I don't really mind customers",
        "I'm not too bothered about dealing with the public",
        "I don't want to work in the public sector",
        "I don't want to go down the road of management",
        "I'm not at all afraid of heights, happy on ladders",
        "I don't want a job with heavy paperwork",
        "I've never minded nights",
        "I don't mind nights or weekends",
        "I'm not afraid of crowds",
    ])
    func notALimitInWishes(_ wish: String) {
        #expect(Self.limits("Shop assistant for four years.", wishes: wish).isEmpty, "\(Self.limits("", wishes: wish))")
    }

    @Test("what the learner can no longer do or wants to leave is read", arguments: [
        ("I was caught speeding and lost my licence, so I cannot drive for a year.", "", "driving"),
        ("I lost my HGV licence after a medical last spring.", "", "driving"),
        ("My licence was revoked on medical grounds.", "", "driving"),
        ("I was disqualified from driving for twelve months.", "", "driving"),
        ("Contact centre adviser. I hate being on the phones all day.", "", "phone work"),
        ("I'm tired of call centres.", "", "phone work"),
        ("Contact centre adviser for five years.", "I want to get off the phones", "phone work"),
        ("Contact centre adviser for five years.", "I don't want to go back on the phones", "phone work"),
        ("Checkout operator. I'm fed up with customers shouting at me.", "", "dealing with customers"),
        ("Warehouse operative. I have a bad back now.", "", "lifting or climbing"),
        ("My knees are bad, so I can't climb ladders any more.", "", "lifting or climbing; work at height"),
        ("Labourer.", "something not too physical", "lifting or climbing"),
        ("Labourer.", "I don't want anything heavy", "lifting or climbing"),
        ("Courier.", "I don't want to be on the road all day", "driving"),
        // Not standing is a need for seated (desk) work, and closes work done on one's feet (review 18).
        ("I've got arthritis in my feet and hips now and cant stand all day any more.", "", "lifting or climbing; indoor or desk-based work; work on your feet"),
        ("Shop assistant. I can't be on my feet all day now.", "", "lifting or climbing; indoor or desk-based work; work on your feet"),
        ("My knees are shot from all the kneeling.", "", "lifting or climbing"),
        ("I came off a ladder and smashed my shoulder and wrist.", "", "lifting or climbing"),
        ("Machine operator on 12 hour shifts. Looking for days only now.", "", "night or shift work"),
        ("Bar manager. Fed up of the late nights.", "", "night or shift work"),
        ("Kitchen porter.", "Better pay and not finishing at midnight", "night or shift work"),
        ("I went on nights because I get bad anxiety and panic attacks round lots of people.", "", "dealing with customers"),
        ("I want a quiet job and not dealing with the public.", "", "dealing with customers"),
        ("I'm not good with crowds.", "", "dealing with customers"),
    ])
    func aLimit(_ text: String, _ wish: String, _ name: String) {
        #expect(Self.limits(text, wishes: wish) == name.split(separator: ";").map { $0.trimmingPrefix(" ") }.map(String.init))
    }

    @Test("a taxi driver who can no longer do nights or deal with drunk people has those two limits, and the assault closes confrontational work")
    func nightsAndPeople() {
        let text = "I was assaulted by a fare last year and I've had bad anxiety since, I cant do nights or deal with drunk people anymore."
        // The assault that left him anxious also closes confrontational and enforcement work (review 21 p17).
        #expect(Self.limits(text) == ["dealing with customers", "night or shift work", "confrontational or enforcement work"])
    }

    @Test("anxiety that is not about people is no customers limit")
    func anxietyAboutThePhones() {
        let text = "I've been signed off with anxiety and dont want to go back on the phones or targets."
        #expect(Self.limits(text) == ["phone work"])
    }
}
