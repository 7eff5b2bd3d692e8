// MARK: - Stemming

/// The one place the taxonomy turns a lower-cased word into its stem, so that vocabulary phrases,
/// K/S/B statements and user text are compared the same way.
enum TermStemmer {
    static func stem(_ word: String) -> String {
        var word = word
        for suffix in ["ies", "es", "s"] where word.count > suffix.count + 2 && word.hasSuffix(suffix) {
            word.removeLast(suffix.count)
            if suffix == "ies" { word += "y" }
            break
        }
        return word
    }
}
