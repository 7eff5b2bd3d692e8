// MARK: - Documents

/// Something to match against: a title, any number of alternative forms of it (alternative labels,
/// job titles, hidden search labels) and a body of free text.
public struct MatchDocument: Sendable, Hashable {
    /// A caller-chosen identifier, unique within an index.
    public var id: String
    /// The preferred name.
    public var title: String
    /// Other names for the same thing; each is scored as its own form, like the title.
    public var aliases: [String]
    /// Free text (a description); weighted below the best form in product scoring.
    public var body: String

    /// Creates a document.
    public init(id: String, title: String, aliases: [String] = [], body: String = "") {
        self.id = id
        self.title = title
        self.aliases = aliases
        self.body = body
    }

    /// The document as one string, the way the scikit-learn comparison sees it:
    /// `title + "\n" + aliases joined by "\n" + "\n" + body`.
    public var flattened: String { title + "\n" + aliases.joined(separator: "\n") + "\n" + body }
}
