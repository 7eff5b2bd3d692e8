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
    ])
    func notALimitInWishes(_ wish: String) {
        #expect(Self.limits("Shop assistant for four years.", wishes: wish).isEmpty, "\(Self.limits("", wishes: wish))")
    }

    @Test("what the learner can no longer do or wants to leave is read", arguments: [
        ("I had a seizure and lost my licence, so I cannot drive for a year.", "", "driving"),
        ("I lost my HGV licence after a medical last spring.", "", "driving"),
        ("My licence was revoked on medical grounds.", "", "driving"),
        ("I was disqualified from driving for twelve months.", "", "driving"),
        ("Contact centre adviser. I hate being on the phones all day.", "", "phone work"),
        ("I'm tired of call centres.", "", "phone work"),
        ("Contact centre adviser for five years.", "I want to get off the phones", "phone work"),
        ("Contact centre adviser for five years.", "I don't want to go back on the phones", "phone work"),
        ("Checkout operator. I'm fed up with customers shouting at me.", "", "dealing with customers"),
        ("Warehouse operative. I have a bad back now.", "", "lifting or climbing"),
        ("My knees are bad, so I can't climb ladders any more.", "", "lifting or climbing"),
        ("Labourer.", "something not too physical", "lifting or climbing"),
        ("Labourer.", "I don't want anything heavy", "lifting or climbing"),
        ("Courier.", "I don't want to be on the road all day", "driving"),
    ])
    func aLimit(_ text: String, _ wish: String, _ name: String) {
        #expect(Self.limits(text, wishes: wish) == [name])
    }
}
