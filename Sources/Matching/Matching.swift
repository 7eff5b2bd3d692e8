/// The matching engine: text analysis, a TF-IDF/BM25 inverted index and explanations.
/// It knows nothing about courses or occupations.
public enum Matching {}
