import Matching

// MARK: - Stemming

/// The one place the taxonomy turns a lower-cased word into its stem (Porter2, as the matching
/// engine does), so that vocabulary phrases, K/S/B statements and user text compare the same way.
enum TermStemmer {
    static func stem(_ word: String) -> String {
        Porter2.stem(word)
    }
}
