import Domain

// MARK: - Remembered parses

/// Remembers a pure function's results by their input text. Feeds repeat the same dates, venues,
/// codes and durations across hundreds of courses, so the text parsers run once per distinct text.
/// At most `limit` results are kept (then it starts again), so memory stays flat.
struct TextMemo<Value> {
    private var table: [String: Value] = [:]
    private let limit: Int

    init(limit: Int = 4096) {
        self.limit = limit
    }

    /// The result of `make(text)`, computed the first time `text` is seen.
    mutating func value(_ text: String, _ make: (String) -> Value) -> Value {
        if let known = table[text] { return known }
        let value = make(text)
        if table.count >= limit { table.removeAll(keepingCapacity: true) }
        table[text] = value
        return value
    }
}

/// The address parts a district is resolved from.
struct AddressParts: Hashable {
    var lines: [String]
    var town: String?
    var postcode: String?
}

/// The parser's remembered results, one table per text parser.
struct XCRIMemo {
    var dtf = TextMemo<PartialDate?>()
    var dates = TextMemo<PartialDate?>()
    var durationTexts = TextMemo<Duration?>()
    var durationIntervals = TextMemo<Duration?>()
    var costs = TextMemo<Int?>()
    var ukPostcodes = TextMemo<Bool>()
    var routes = TextMemo<Route?>()
    var routeNames = TextMemo<Route?>()
    var levels = TextMemo<Level?>()
    var qualificationReferences = TextMemo<String?>()
    var descriptionTypes = TextMemo<String>()
    private var addresses: [AddressParts: Address] = [:]

    /// `Address(lines:town:postcode:)`, whose district lookup is the costly part.
    mutating func address(_ parts: AddressParts) -> Address {
        if let known = addresses[parts] { return known }
        let address = Address(lines: parts.lines, town: parts.town, postcode: parts.postcode)
        if addresses.count >= 4096 { addresses.removeAll(keepingCapacity: true) }
        addresses[parts] = address
        return address
    }
}
