import Foundation
import SkillwayResources

// MARK: - Real English words

/// The words of a real English dictionary: the lower-case alphabetic words of four or more letters
/// of SCOWL's british-english list (size 50, with the plurals and inflections it lists), vendored as
/// `Resources/taxonomy/english-words.txt` (licence: NOTICE). A word in it is no misspelling, whether
/// or not the taxonomy uses it ("beard" is not "board", "lots" not "logs").
public enum EnglishWords {
    /// The file's name in the bundled taxonomy folder.
    static let fileName = "english-words.txt"

    /// The bundled dictionary, read once per process (empty when the file is missing).
    public static let bundled: Set<String> = {
        guard let directory = SkillwayResources.taxonomyDirectoryURL,
            let data = try? Data(contentsOf: directory.appending(path: fileName))
        else { return [] }
        return parse(data)
    }()

    /// The words of a word-list file: one word a line; lines starting with `#` and blank lines are skipped.
    static func parse(_ data: Data) -> Set<String> {
        var words = Set<String>(minimumCapacity: 70_000)
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var start = 0
            for index in 0...bytes.count {
                guard index == bytes.count || bytes[index] == 0x0A else { continue }
                if index > start, bytes[start] != 0x23 {
                    words.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                }
                start = index + 1
            }
        }
        return words
    }
}
