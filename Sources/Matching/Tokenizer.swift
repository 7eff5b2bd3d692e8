// MARK: - Tokenizer

/// How text is cut into tokens.
enum TokenStyle: Sendable {
    /// Keeps meaningful technical tokens: `c++`, `c#`, `.net`, `asp.net`, `node.js`, `3d`, `a-level`,
    /// `r&d`, `engineer's`. Single characters are tokens too (`level 3`).
    case product
    /// scikit-learn's default `token_pattern`, `\b\w\w+\b`: runs of two or more word characters.
    case sklearn
}

/// A token found by the scanner: UTF-8 byte offsets into the text and whether it is pure ASCII.
struct TokenSpan: Equatable {
    var start: Int
    var end: Int
    var isASCII: Bool
}

// MARK: Character classes

/// Per-byte class for ASCII: bit 0 letter, bit 1 digit.
private let asciiClass: [UInt8] = (0..<128).map { byte -> UInt8 in
    switch UInt8(byte) {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): 1
    case UInt8(ascii: "0")...UInt8(ascii: "9"): 2
    default: 0
    }
}

private let rightSingleQuote: UInt32 = 0x2019

/// Decodes the scalar starting at `i` (the byte there is ≥ 0x80); returns it and its length.
@inline(__always)
private func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
    let b0 = UInt32(bytes[i])
    let n = bytes.count
    if b0 & 0xE0 == 0xC0, i + 1 < n { return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2) }
    if b0 & 0xF0 == 0xE0, i + 2 < n {
        return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F), 3)
    }
    if b0 & 0xF8 == 0xF0, i + 3 < n {
        let value = ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12) | ((UInt32(bytes[i + 2]) & 0x3F) << 6)
            | (UInt32(bytes[i + 3]) & 0x3F)
        return (value, 4)
    }
    return (0xFFFD, 1)
}

@inline(__always)
private func isWordScalar(_ value: UInt32) -> Bool {
    guard let scalar = Unicode.Scalar(value) else { return false }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
}

/// What sits at byte `i`: 0 = not a word character, 1 = letter, 2 = digit; and the byte length.
@inline(__always)
private func wordClass(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, underscoreIsWord: Bool = false) -> (UInt8, Int) {
    let b = bytes[i]
    if b < 0x80 {
        if underscoreIsWord && b == UInt8(ascii: "_") { return (1, 1) }
        return (asciiClass[Int(b)], 1)
    }
    let (value, length) = decodeScalar(bytes, i)
    return (isWordScalar(value) ? 1 : 0, length)
}

// MARK: Scanning

/// Calls `body` for every token in the UTF-8 text, in order.
@inline(__always)
func scanTokens(_ bytes: UnsafeBufferPointer<UInt8>, style: TokenStyle, _ body: (TokenSpan) -> Void) {
    switch style {
    case .sklearn: scanSklearn(bytes, body)
    case .product: scanProduct(bytes, body)
    }
}

@inline(__always)
private func scanSklearn(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (TokenSpan) -> Void) {
    let n = bytes.count
    var i = 0
    while i < n {
        let (cls, len) = wordClass(bytes, i, underscoreIsWord: true)
        if cls == 0 {
            i += len
            continue
        }
        let start = i
        var ascii = len == 1
        var characters = 1
        i += len
        while i < n {
            let (c, l) = wordClass(bytes, i, underscoreIsWord: true)
            if c == 0 { break }
            if l > 1 { ascii = false }
            characters += 1
            i += l
        }
        if characters >= 2 { body(TokenSpan(start: start, end: i, isASCII: ascii)) }
    }
}

@inline(__always)
private func scanProduct(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (TokenSpan) -> Void) {
    let n = bytes.count
    var i = 0
    while i < n {
        var (cls, len) = wordClass(bytes, i)
        var start = i
        if cls == 0 {
            // `.net`: a dot that opens a word after a non-word character.
            if bytes[i] == UInt8(ascii: "."), i + 1 < n, wordClass(bytes, i + 1).0 == 1, i == 0 || wordClass(bytes, i - 1).0 == 0 {
                start = i
                i += 1
                (cls, len) = wordClass(bytes, i)
            } else {
                i += len
                continue
            }
        }
        var ascii = len == 1
        var segment = 1
        var lastClass = cls
        i += len
        scan: while i < n {
            let (c, l) = wordClass(bytes, i)
            if c != 0 {
                if l > 1 { ascii = false }
                segment += 1
                lastClass = c
                i += l
                continue
            }
            let b = bytes[i]
            let nextIsWord = i + l < n && wordClass(bytes, i + l).0 != 0
            let nextIsLetter = i + l < n && wordClass(bytes, i + l).0 == 1
            switch b {
            case UInt8(ascii: "'") where nextIsLetter && lastClass == 1:
                break
            case 0xE2 where nextIsLetter && lastClass == 1 && decodeScalar(bytes, i).0 == rightSingleQuote:
                ascii = false
            case UInt8(ascii: ".") where nextIsWord:
                break
            case UInt8(ascii: "&") where nextIsWord && segment <= 2:
                break
            case UInt8(ascii: "-") where nextIsWord && segment == 1 && lastClass == 1:
                break
            case UInt8(ascii: "+") where lastClass == 1:
                var j = i
                while j < n && j - i < 2 && bytes[j] == UInt8(ascii: "+") { j += 1 }
                if j == n || wordClass(bytes, j).0 == 0 { i = j }
                break scan
            case UInt8(ascii: "#") where lastClass == 1 && segment <= 2:
                if i + 1 == n || wordClass(bytes, i + 1).0 == 0 { i += 1 }
                break scan
            default:
                break scan
            }
            // A connector joins the next segment.
            i += l
            segment = 0
        }
        body(TokenSpan(start: start, end: i, isASCII: ascii))
    }
}
