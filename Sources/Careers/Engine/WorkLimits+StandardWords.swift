import Foundation
import Matching
import Taxonomy

// MARK: - A standard's words, as the limits read them

extension WorkLimit {
    /// A standard's words as the limits read them, worked out once per standard rather than once per
    /// limit: its title's words, and which limits' `standardPhrases` its duties and statements contain,
    /// read as one text of their lower-cased words joined by single spaces (`WorkLimit.words`), a
    /// phrase counting where it stands as whole words.
    struct StandardWords {
        let title: [String]
        /// Per phrase of `phrases`: whether the duties and statements contain it.
        let found: [Bool]

        /// Every limit's standard phrase, each once.
        static let phrases: [String] = Array(Set(WorkLimit.all.flatMap(\.standardPhrases))).sorted()
        /// The position of each phrase in `phrases`.
        static let number: [String: Int] = Dictionary(uniqueKeysWithValues: phrases.enumerated().map { ($1, $0) })
        /// Each phrase padded with a space each side, as UTF-8 bytes.
        static let padded: [[UInt8]] = phrases.map { Array((" " + $0 + " ").utf8) }
        /// The phrases (numbers into `phrases`) by their first two bytes (`key`).
        static let byStart: [UInt16: [Int]] = Dictionary(grouping: phrases.indices.filter { !phrases[$0].isEmpty }) { key(padded[$0], at: 1) }

        init(_ standard: OccupationalStandard) {
            title = LowercasedWords.words(standard.title, digits: false)
            let texts = (standard.duties + standard.statements).map(\.text)
            if texts.allSatisfy(LowercasedWords.isSimple) {
                found = Self.scan(Self.joinedBytes(texts))
                return
            }
            // Words of letters outside ASCII ("façade") are searched with Foundation, as they always were.
            let text = " " + texts.map { WorkLimit.words($0) }.joined(separator: " ") + " "
            found = LowercasedWords.isASCII(text) ? Self.scan(Array(text.utf8)) : Self.phrases.map { text.contains(" " + $0 + " ") }
        }

        /// " " + each text's `WorkLimit.words`, joined by " ", + " ", as bytes, for texts split on their
        /// bytes (`LowercasedWords.isSimple`: a byte of 0x80 or more belongs to punctuation).
        static func joinedBytes(_ texts: [String]) -> [UInt8] {
            var bytes: [UInt8] = [0x20]
            bytes.reserveCapacity(texts.reduce(2) { $0 + $1.utf8.count + 1 })
            for (index, text) in texts.enumerated() {
                if index > 0 { bytes.append(0x20) }
                var started = false, pendingSpace = false
                for byte in text.utf8 {
                    let letter: UInt8
                    switch byte {
                    case 0x61...0x7A, 0x30...0x39: letter = byte
                    case 0x41...0x5A: letter = byte + 0x20
                    default:
                        if started { pendingSpace = true }
                        continue
                    }
                    if pendingSpace { bytes.append(0x20) }
                    pendingSpace = false
                    started = true
                    bytes.append(letter)
                }
            }
            bytes.append(0x20)
            return bytes
        }

        /// Which phrases occur in `bytes`: at each space, the phrases starting with the next two bytes
        /// are compared in full, padding included.
        static func scan(_ bytes: [UInt8]) -> [Bool] {
            var found = Array(repeating: false, count: phrases.count)
            bytes.withUnsafeBufferPointer { text in
                guard text.count >= 3 else { return }
                for index in 0..<(text.count - 2) where text[index] == 0x20 {
                    guard let candidates = byStart[key(text, at: index + 1)] else { continue }
                    for phrase in candidates where !found[phrase] {
                        let needle = padded[phrase]
                        guard index + needle.count <= text.count else { continue }
                        var offset = 0
                        while offset < needle.count && text[index + offset] == needle[offset] { offset += 1 }
                        if offset == needle.count { found[phrase] = true }
                    }
                }
            }
            return found
        }

        /// The two bytes at `index`, as one number.
        static func key(_ bytes: some RandomAccessCollection<UInt8>, at index: Int) -> UInt16 {
            let start = bytes.index(bytes.startIndex, offsetBy: index)
            return UInt16(bytes[start]) << 8 | UInt16(bytes[bytes.index(after: start)])
        }
    }
}
