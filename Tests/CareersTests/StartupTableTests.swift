@testable import Careers
import Foundation
import Taxonomy
import Testing

// MARK: - Tables built at start-up, by their plain definitions

/// The engine builds its limit tables and typo vocabulary on bytes for speed; these checks hold them
/// to the plain `Character`-based definitions over the whole bundled taxonomy.
@Suite("Start-up tables match their plain definitions")
struct StartupTableTests {
    /// Every taxonomy text the engine splits into words at start-up, and a few that are not ASCII.
    static func texts(_ data: TaxonomyData) -> [String] {
        var texts = ["Café and crèche staff: naïve façade ÉCOLE", "ＦＵＬＬＷＩＤＴＨ ｔｅｘｔ", "line\r\nbreak 24-hour\tCNC", "", "  ,. ",
            "learners’ “needs” – ‘quality’ — • items…\u{00A0}x", "e\u{301}tude ’\u{301}s", "’Tis", "Ça va"]
        for standard in data.standards {
            texts += [standard.title, standard.overview] + standard.typicalJobTitles + standard.statements.map(\.text) + standard.duties.map(\.text)
        }
        for skill in data.skills { texts += skill.forms }
        for group in data.socUnitGroups { texts += [group.title, group.description] + group.tasks }
        return texts
    }

    @Test("the lower-cased words of every taxonomy text are those of the Character-based split")
    func wordsMatchCharacterSplit() throws {
        let texts = Self.texts(try SkillsTaxonomy.bundled().data)
        #expect(texts.count > 10_000)
        var ascii = 0
        for text in texts {
            if LowercasedWords.isASCII(text) { ascii += 1 }
            let letters = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            let alphanumeric = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            #expect(LowercasedWords.words(text, digits: false) == letters, "\(text)")
            #expect(LowercasedWords.words(text, digits: true) == alphanumeric, "\(text)")
            #expect(LowercasedWords.joined(text) == alphanumeric.joined(separator: " "), "\(text)")
        }
        // The byte path is the one exercised.
        #expect(ascii > texts.count / 2)
    }

    @Test("each limit rules out exactly the standards its plain definition does")
    func ruledOutTableMatchesDefinition() throws {
        let taxonomy = try SkillsTaxonomy.bundled()
        let model = OccupationSkillModel(taxonomy: taxonomy)
        var ruledOut = 0
        for (index, limit) in WorkLimit.all.enumerated() {
            for (position, target) in model.targets.enumerated() {
                let standard = target.standard
                let title = standard.title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
                let text = " " + (standard.duties + standard.statements)
                    .map { $0.text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ") }
                    .joined(separator: " ") + " "
                let expected = title.contains(where: limit.titleWords.contains)
                    || limit.titlePhrases.contains { (" " + title.joined(separator: " ") + " ").contains(" " + $0 + " ") }
                    || limit.standardPhrases.contains { text.contains(" " + $0 + " ") }
                    || target.skills.indices.contains { rank in
                        limit.skillLabels.contains(model.skills[target.skills[rank].skill].label)
                            && (limit.anyMention || rank < OccupationSkillModel.coreSize || target.strong[rank])
                    }
                #expect(model.ruledOutBy[index][position] == expected, "\(limit.name): \(standard.reference) \(standard.title)")
                if expected { ruledOut += 1 }
            }
        }
        #expect(ruledOut > 100)
    }
}
