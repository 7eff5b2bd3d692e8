import Foundation

// MARK: - Analyzed token

/// One token of analysed text.
public struct AnalyzedToken: Sendable, Hashable {
    /// The token lower-cased and with diacritics folded (`"Café"` → `"cafe"`, `"C++"` → `"c++"`).
    public let normalized: String
    /// The index term: the Porter2 stem of `normalized` when stemming is on, otherwise `normalized`.
    public let term: String
    /// Where the token sits in the analysed text.
    public let range: Range<String.Index>
    /// Whether `normalized` is an English stop word.
    public let isStopWord: Bool

    /// Creates a token; the analyzer is the usual source of these.
    public init(normalized: String, term: String, range: Range<String.Index>, isStopWord: Bool) {
        self.normalized = normalized
        self.term = term
        self.range = range
        self.isStopWord = isStopWord
    }
}

// MARK: - Text analyzer

/// Turns text into index terms: Unicode-aware lower-casing and diacritic folding, a tokenizer that
/// keeps technical tokens (`C++`, `.NET`, `CNC`, `3D`, `A-level`, the `3` of `level 3`), English stop
/// words and the Porter2 stemmer.
///
/// ```swift
/// let analyzer = TextAnalyzer()
/// analyzer.terms("Senior C++ Developers in the Café")   // ["senior", "c++", "develop", "cafe"]
/// ```
public struct TextAnalyzer: Sendable {
    let analysis: Analysis

    /// Creates an analyzer.
    /// - Parameters:
    ///   - stemming: reduce words to their Porter2 stems (`"accountants"` → `"account"`).
    ///   - removeStopWords: leave English stop words out of ``terms(_:)``.
    public init(stemming: Bool = true, removeStopWords: Bool = true) {
        analysis = Analysis(style: .product, stemming: stemming, removeStopWords: removeStopWords)
    }

    init(analysis: Analysis) { self.analysis = analysis }

    /// The analyzer that reproduces scikit-learn's `TfidfVectorizer()` defaults: lower-case, token
    /// pattern `\b\w\w+\b`, no stemming, no stop words.
    public static let sklearn = TextAnalyzer(analysis: Analysis(style: .sklearn, stemming: false, removeStopWords: false))

    /// Every token of `text`, stop words included (see ``AnalyzedToken/isStopWord``).
    public func tokens(_ text: String) -> [AnalyzedToken] {
        var text = text
        var spans: [(TokenSpan, Analysis.Result)] = []
        text.withUTF8 { bytes in
            scanTokens(bytes, style: analysis.style) { span in
                spans.append((span, analysis.analyze(bytes, span)))
            }
        }
        let utf8 = text.utf8
        return spans.map { span, result in
            let lower = utf8.index(utf8.startIndex, offsetBy: span.start)
            let upper = utf8.index(utf8.startIndex, offsetBy: span.end)
            return AnalyzedToken(normalized: result.normalized, term: result.term, range: lower..<upper, isStopWord: result.isStopWord)
        }
    }

    /// The index terms of `text` in order: stems of the tokens, stop words left out when the analyzer
    /// removes them.
    public func terms(_ text: String) -> [String] {
        var text = text
        var terms: [String] = []
        text.withUTF8 { bytes in
            scanTokens(bytes, style: analysis.style) { span in
                let result = analysis.analyze(bytes, span)
                if !(result.isStopWord && analysis.removeStopWords) { terms.append(result.term) }
            }
        }
        return terms
    }
}

// MARK: - Analysis of one token

/// The per-token part of analysis, shared by ``TextAnalyzer`` and the index.
struct Analysis: Sendable, Hashable {
    var style: TokenStyle
    var stemming: Bool
    var removeStopWords: Bool

    struct Result {
        var normalized: String
        var term: String
        var isStopWord: Bool
    }

    /// Lower-cases (and for the product style folds diacritics of) a token's bytes.
    func normalize(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TokenSpan) -> String {
        if span.isASCII {
            var lowered = [UInt8](repeating: 0, count: span.end - span.start)
            for i in span.start..<span.end {
                let b = bytes[i]
                lowered[i - span.start] = (b >= 65 && b <= 90) ? b | 0x20 : b
            }
            return String(decoding: lowered, as: UTF8.self)
        }
        let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)
        switch style {
        case .sklearn:
            return raw.lowercased()
        case .product:
            return (raw.unicodeScalars.contains("\u{2019}") ? raw.replacingOccurrences(of: "\u{2019}", with: "'") : raw).lowercased()
                .folding(options: [.diacriticInsensitive], locale: nil)
        }
    }

    /// Analyses one token: normalized form, term and stop-word flag.
    func analyze(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TokenSpan) -> Result {
        let normalized = normalize(bytes, span)
        guard style == .product else { return Result(normalized: normalized, term: normalized, isStopWord: false) }
        // "IT" in capitals is information technology, not the pronoun.
        let isCapitalIT = span.end - span.start == 2 && bytes[span.start] == UInt8(ascii: "I") && bytes[span.start + 1] == UInt8(ascii: "T")
        let isStopWord = !isCapitalIT && StopWords.english.contains(normalized)
        return Result(normalized: normalized, term: stemming ? Self.stemIfWord(normalized) : normalized, isStopWord: isStopWord)
    }

    /// Stems tokens made of letters (plus apostrophes and hyphens); keeps `c++`, `3d`, `.net` as they are.
    static func stemIfWord(_ normalized: String) -> String {
        var letters = false
        for byte in normalized.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): letters = true
            case UInt8(ascii: "'"), UInt8(ascii: "-"): continue
            default: return normalized
            }
        }
        return letters ? Porter2.stem(normalized) : normalized
    }
}
