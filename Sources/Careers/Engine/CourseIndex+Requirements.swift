import Domain
import Foundation
import Matching
import Taxonomy

// MARK: - What a course's entry requirements ask for

extension CourseIndex {
    /// What a course's entry requirements ask the learner to have already in a trade: the specific skills of the
    /// qualification, experience or post they ask for (`prerequisite`), and the sentence that asks, as written.
    struct Prerequisite: Sendable {
        /// Positions of the model's skills; the learner meets the requirement with any one of them.
        let skills: [Int]
        let sentence: String
        /// The qualifications it names by body and level ("AAT Level 2": the acronym's index terms and the level), which meet it
        /// too, as does the body's qualification at a higher level (an AAT level 3 for "AAT Level 2 or equivalent experience").
        var qualifications: [(terms: Set<String>, level: Int)] = []
    }

    /// Words that make a sentence of entry requirements ask for a qualification, experience or a post the learner must bring.
    static let prerequisiteCues = [
        "qualification", "experience", "employment as", "employment in", "employment with", "employed as", "employed in", "working in",
        "work in", "working as", "years in ", "already work", "currently working", "registration with",
    ]

    /// Words that make a sentence of entry requirements advice, not a condition ("Gas Safe registration is helpful but not
    /// essential"), or that name an open way in beside the trade (four GCSEs, UCAS points, no experience needed, an aspiring
    /// manager), or who may join rather than what they must bring (employed, self-employed or unemployed). A GCSE named beside the
    /// trade ("The AAT Level 2 Certificate in Accounting, or relevant experience plus a good GCSE maths grade") is such a way in.
    static let openEntryWords = [
        "helpful", "not essential", "preferred", "recommended", "advantage", "welcome", "useful", "ideally", "helps", "gcse", "ucas",
        "a levels", "no previous", "no experience", "not needed", "not required", "no formal", "beginner", "interest in", "none",
        // Who may join, not a trade: "employed, self-employed or recently unemployed"; "an aspiring manager".
        "self-employed", "unemployed", "aspiring",
    ]

    /// The first sentence of a course's entry requirements that asks for a qualification, experience or a post (`prerequisiteCues`)
    /// in a trade, with no open way in beside it (`openEntryWords`), and the specific, not widespread skills it names: "A Level 2 or 3
    /// qualification in plumbing and heating, or at least two years' experience installing wet heating systems" (a heat pump
    /// bootcamp) asks for plumbing; "Employment as a trainee dental nurse in a GDC-registered practice" asks for dental nursing.
    /// Nil when no sentence does ("Four GCSEs at grade 3 or above, or a Level 1 construction qualification": GCSEs are a way in).
    static func prerequisite(entryRequirements: String?, taxonomy: SkillsTaxonomy, model: OccupationSkillModel) -> Prerequisite? {
        guard let text = entryRequirements, !text.isEmpty else { return nil }
        for sentence in sentences(text) {
            let lower = sentence.lowercased()
            guard prerequisiteCues.contains(where: lower.contains), !openEntryWords.contains(where: lower.contains) else { continue }
            var skills: [Int] = []
            for found in taxonomy.extract(sentence).skills where !found.negated {
                guard let position = model.skillPosition[found.skillID], OccupationSkillModel.isSpecific(model.skills[position].kind),
                    !model.isWidespread[position], !skills.contains(position)
                else { continue }
                skills.append(position)
            }
            if !skills.isEmpty { return Prerequisite(skills: skills, sentence: sentence, qualifications: namedQualifications(sentence)) }
        }
        return nil
    }

    /// The qualifications a sentence names by a body's acronym and a level ("for example AAT Level 2 or equivalent experience" →
    /// aat, 2), each with the acronym's index terms.
    static func namedQualifications(_ sentence: String) -> [(terms: Set<String>, level: Int)] {
        let written = sentence.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let analyzer = TextAnalyzer()
        var found: [(terms: Set<String>, level: Int)] = []
        for index in written.indices.dropLast(2) where CareerDiagnostician.courseAcronyms(of: String(written[index])).count == 1 {
            guard written[index + 1].lowercased() == "level", let level = Int(written[index + 2]), (1...8).contains(level) else { continue }
            let terms = Set(analyzer.terms(String(written[index])))
            if !terms.isEmpty { found.append((terms, level)) }
        }
        return found
    }

    /// Words of entry requirements that ask for physical fitness or strength ("Aged 16 or over and physically fit", "able to
    /// lift a 25 kg bag of cement", "moderate physical work outdoors, including kneeling, digging and lifting").
    static let physicalCues = [
        "physically fit", "physically able", "physical work", "able to lift", "kneel", "good level of fitness", "physical training",
        "physical intervention", "physical activity", "stand for long", "stand and work",
    ]

    /// The sentence of a course's entry requirements that asks for physical fitness or strength (`physicalCues`), as written, or
    /// nil: a learner whose body limits heavy work (`WorkLimit.physical`: bad knees and back) is not offered a chainsaw award that
    /// asks them to be "physically fit".
    static func physicalDemand(entryRequirements: String?) -> String? {
        guard let text = entryRequirements, !text.isEmpty else { return nil }
        return sentences(text).first { sentence in
            let lower = sentence.lowercased()
            return physicalCues.contains(where: lower.contains)
        }
    }

    /// The sentences of a passage, each trimmed, without its closing full stop.
    static func sentences(_ text: String) -> [String] {
        text.split(whereSeparator: { ".;\n".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

// MARK: - A course for a qualification the learner holds

extension CourseIndex {
    /// Title terms that name the kind of qualification, not its subject ("Level 3 Diploma in …", "Hair Professional
    /// Apprenticeship", "Women's and Men's Hairdressing"), as index terms (stems).
    static let qualificationTerms: Set<String> = Set(
        TextAnalyzer().terms(
            "level levels diploma diplomas certificate certificates award awards extended technical national nvq btec apprenticeship "
                + "apprenticeships qualification professional practitioner principles introduction entry foundation skills women men "
                + "women's men's online evening evenings part time"))

    /// Subjects renamed since the learner took them, as index terms: the level 2 and 3 diplomas in health and social care became
    /// the diplomas in adult care, so a learner with one holds the other.
    static let renamedSubjects: [(held: Set<String>, now: Set<String>)] = [
        (Set(TextAnalyzer().terms("health social care")), Set(TextAnalyzer().terms("adult care")))
    ]

    /// A held qualification's subject terms without the words of the qualification's kind, with its renamed subject's
    /// (`renamedSubjects`).
    static func subjectTerms(_ terms: Set<String>) -> Set<String> {
        var subject = terms.subtracting(qualificationTerms)
        for renamed in renamedSubjects where renamed.held.isSubset(of: subject) { subject.formUnion(renamed.now) }
        return subject
    }

    /// Whether a course title's subject (its `titleTerms` without `qualificationTerms`) is all within a held qualification's
    /// subject (`heldTerms`, from `subjectTerms`): a term counts as held when one is the start of the other ("hair" and
    /// "hairdress"). A title with no subject terms left is no match.
    static func isHeldQualification(titleTerms: [String], heldTerms: Set<String>) -> Bool {
        let subject = titleTerms.filter { !qualificationTerms.contains($0) && !$0.allSatisfy(\.isNumber) }
        guard !subject.isEmpty else { return false }
        return subject.allSatisfy { term in
            heldTerms.contains(term) || heldTerms.contains { held in
                min(held.count, term.count) >= 4 && (held.hasPrefix(term) || term.hasPrefix(held))
            }
        }
    }
}
