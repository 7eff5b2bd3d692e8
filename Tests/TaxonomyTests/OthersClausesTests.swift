import Testing
@testable import Taxonomy

// MARK: - Clauses about someone else

@Suite("Clauses about someone else")
struct OthersClausesTests {
    @Test("a clause whose subject is someone else is blanked to the sentence end or to the learner")
    func blanksOthers() {
        let text = "Forklift driver. My wife went back to nursing so I need days. My dad's a plumber, and my partner works in IT."
        let blanked = OthersClauses.blanked(text)
        #expect(blanked.count == text.count)
        #expect(blanked.contains("Forklift driver.") && blanked.contains("I need days."))
        for gone in ["nursing", "plumber", "IT", "wife", "partner"] { #expect(!blanked.contains(gone), "\(gone) in \(blanked)") }
    }

    @Test("the learner's own clauses stay: 'my husband and I', 'taught me', 'my dad's shop', 'I look after my mum'")
    func keepsLearner() {
        for text in [
            "My husband and I ran a pub for years.", "I look after my mum, personal care and her medication.",
            "I worked in my dad's shop on the till.", "Me and my partner run a dog grooming business.",
        ] {
            #expect(OthersClauses.blanked(text) == text, "\(text)")
        }
        #expect(OthersClauses.blanked("My dad taught me plumbing.").hasSuffix("me plumbing."))
        // A person described by "who" wherever they stand: the condition is theirs (review 12 p11).
        let carer = OthersClauses.blanked("Finished 2018 to look after my mum who had dementia, she passed last year.")
        #expect(!carer.contains("dementia") && carer.hasPrefix("Finished 2018 to look after"), "\(carer)")
        // What someone else wants the learner to do is still theirs.
        #expect(!OthersClauses.blanked("Receptionist. She wants me to train as a dental nurse.").contains("nurse"))
    }
}

// MARK: - The dictionary

@Suite("English words")
struct EnglishWordsTests {
    @Test("the bundled list holds everyday words and their inflections, not misspellings")
    func bundledList() {
        let words = EnglishWords.bundled
        #expect(words.count > 50_000)
        for word in ["beard", "lots", "drove", "aardvark", "zygote", "stocking", "shelves"] { #expect(words.contains(word), "\(word)") }
        for word in ["stok", "exel", "forklfit", "custmer", "servise", "safegaurding", "beardx", "a", ""] { #expect(!words.contains(word), "\(word)") }
    }

    @Test("a list given as words finds each and nothing else")
    func givenList() {
        let words = EnglishWords(words: ["pear", "apple", "apples", "app"])
        #expect(["app", "apple", "apples", "pear"].allSatisfy(words.contains))
        #expect(!words.contains("ap") && !words.contains("applesauce") && !words.contains("zebra"))
    }
}
