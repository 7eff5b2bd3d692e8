import Foundation
import SkillwayResources

// MARK: - Real English words

/// The words of a real English dictionary: the lower-case alphabetic words of four or more letters
/// of SCOWL's british-english list (size 50, with the plurals and inflections it lists), vendored as
/// `Resources/taxonomy/english-words.txt` (licence: NOTICE). A word in it is no misspelling, whether
/// or not the taxonomy uses it ("beard" is not "board", "lots" not "logs").
///
/// The file is sorted byte-wise, one word a line, so it is kept as it was read and searched by
/// bisection: loading costs one pass over its bytes and no set of sixty thousand strings.
public struct EnglishWords: Sendable {
    /// The file's bytes.
    private let bytes: [UInt8]
    /// Where each word starts in `bytes`, in the file's (sorted) order; each ends at the next line break.
    private let starts: [Int32]

    /// The file's name in the bundled taxonomy folder.
    static let fileName = "english-words.txt"

    /// The bundled dictionary, read once per process (empty when the file is missing).
    public static let bundled: EnglishWords = {
        guard let directory = SkillwayResources.taxonomyDirectoryURL,
            let data = try? Data(contentsOf: directory.appending(path: fileName))
        else { return EnglishWords(sortedList: []) }
        return EnglishWords(sortedList: [UInt8](data))
    }()

    /// A dictionary over a word list's bytes: one word a line, sorted byte-wise; lines starting with `#`
    /// (a header) and blank lines are skipped.
    public init(sortedList bytes: [UInt8]) {
        var starts: [Int32] = []
        starts.reserveCapacity(bytes.count / 8)
        var lineStart = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            if index > lineStart, bytes[lineStart] != 0x23 { starts.append(Int32(lineStart)) }
            lineStart = index + 1
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// A dictionary of `words` (any order).
    public init(words: [String]) {
        self.init(sortedList: Array(words.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined(separator: "\n").utf8))
    }

    /// How many words it holds.
    public var count: Int { starts.count }

    /// Whether `word` (lower-case) is one of its words.
    public func contains(_ word: String) -> Bool {
        let needle = Array(word.utf8)
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            switch compare(at: Int(starts[middle]), with: needle) {
            case 0: return true
            case ..<0: low = middle + 1
            default: high = middle
            }
        }
        return false
    }

    /// The order of the word starting at `start` against `needle`: negative, zero or positive.
    private func compare(at start: Int, with needle: [UInt8]) -> Int {
        var offset = 0
        while true {
            let position = start + offset
            let ended = position >= bytes.count || bytes[position] == 0x0A || bytes[position] == 0x0D
            if offset == needle.count { return ended ? 0 : 1 }
            if ended { return -1 }
            if bytes[position] != needle[offset] { return Int(bytes[position]) - Int(needle[offset]) }
            offset += 1
        }
    }
}
