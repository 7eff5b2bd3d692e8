import Foundation

// MARK: - HTML to plain text

/// Turns HTML fragments found in feed text (CDATA, escaped markup) into plain text.
///
/// Block elements become line breaks, list items become `* ` lines, links keep their address as
/// `label (https://…)`, and `script`, `style` and embedded objects are dropped with their content.
/// Entities are decoded once.
enum HTMLText {
    /// True when `text` holds what looks like an HTML tag.
    static func containsMarkup(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count > 1 else { return false }
            for index in 0..<(bytes.count - 1) where bytes[index] == 0x3C {
                let next = bytes[index + 1]
                if (next >= 0x41 && next <= 0x5A) || (next >= 0x61 && next <= 0x7A) || next == 0x2F || next == 0x21 { return true }
            }
            return false
        }
    }

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
        "article", "header", "footer", "blockquote", "dd", "dt", "dl", "hr", "pre",
    ]
    private static let droppedTags: Set<String> = [
        "script", "style", "iframe", "object", "embed", "frame", "frameset", "noscript", "template", "head",
    ]

    /// The plain-text rendering of an HTML fragment.
    static func plainText(fromHTML html: String) -> String {
        var output = ""
        var linkStack: [String?] = []
        var linkTextStart: [String.Index] = []
        var dropDepth = 0
        var droppedName: String?
        var index = html.startIndex
        while index < html.endIndex {
            let char = html[index]
            if char == "<", let close = html[index...].firstIndex(of: ">") {
                let tagBody = html[html.index(after: index)..<close]
                index = html.index(after: close)
                if tagBody.hasPrefix("!") || tagBody.hasPrefix("?") { continue }  // comments, doctype
                let isEnd = tagBody.hasPrefix("/")
                let nameChars = tagBody.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber || $0 == ":" })
                var name = nameChars.lowercased()
                if let colon = name.lastIndex(of: ":") { name = String(name[name.index(after: colon)...]) }
                if dropDepth > 0 {
                    if isEnd, name == droppedName { dropDepth -= 1 } else if !isEnd, name == droppedName { dropDepth += 1 }
                    continue
                }
                if !isEnd, droppedTags.contains(name), !tagBody.hasSuffix("/") {
                    dropDepth = 1
                    droppedName = name
                    continue
                }
                if name == "a" {
                    if isEnd {
                        if let href = linkStack.popLast() ?? nil, let start = linkTextStart.popLast() {
                            let label = output[start...].trimmingCharacters(in: .whitespaces)
                            if !label.contains(href) { output += " (\(href))" }
                        }
                    } else {
                        linkStack.append(attribute("href", in: String(tagBody)).map(decodeEntities).flatMap(safeLink))
                        linkTextStart.append(output.endIndex)
                    }
                } else if blockTags.contains(name) {
                    if name == "li", isEnd { continue }
                    output += "\n"
                    if name == "li" { output += "* " }
                } else if name == "td" || name == "th" {
                    output += " "
                }
                continue
            }
            if dropDepth == 0 { output.append(char) }
            index = html.index(after: index)
        }
        return decodeEntities(output)
    }

    /// Keeps http(s) and mailto links; drops `javascript:` and other schemes.
    private static func safeLink(_ href: String) -> String? {
        let trimmed = href.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") { return trimmed }
        if lower.hasPrefix("www.") { return "https://" + trimmed }
        return nil
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: name + "=", options: .caseInsensitive) else { return nil }
        var rest = tag[range.upperBound...]
        guard let quote = rest.first else { return nil }
        if quote == "\"" || quote == "'" {
            rest = rest.dropFirst()
            return rest.firstIndex(of: quote).map { String(rest[..<$0]) }
        }
        return String(rest.prefix(while: { !$0.isWhitespace && $0 != ">" }))
    }

    // MARK: Entities

    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "pound": "£",
        "euro": "€", "copy": "©", "reg": "®", "trade": "™", "ndash": "–", "mdash": "—", "lsquo": "‘",
        "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "bull": "•", "middot": "·", "deg": "°",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "eacute": "é", "egrave": "è", "aacute": "á",
        "agrave": "à", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä", "times": "×", "sect": "§",
        "laquo": "«", "raquo": "»", "iexcl": "¡", "iquest": "¿", "shy": "", "ensp": " ", "emsp": " ",
        "thinsp": " ",
    ]

    /// Decodes named (HTML) and numeric character references once.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            let char = text[index]
            if char == "&", let semi = text[index...].prefix(12).firstIndex(of: ";") {
                let body = text[text.index(after: index)..<semi]
                if let decoded = decodeReference(body) {
                    output += decoded
                    index = text.index(after: semi)
                    continue
                }
            }
            output.append(char)
            index = text.index(after: index)
        }
        return output
    }

    private static func decodeReference(_ body: Substring) -> String? {
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        if body.hasPrefix("#") {
            return UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return namedEntities[String(body)]
    }
}
