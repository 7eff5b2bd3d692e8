import Domain
import Matching
import Taxonomy

// MARK: - Courses that lead to an occupation

extension CourseIndex {
    /// A course that leads to an occupation: its position and how plainly it says so.
    struct Lead: Sendable {
        let course: Int32
        let strength: Int32

        /// The course's title or qualification names the occupation's standard itself ("Engineering
        /// Operative Apprenticeship" for Engineering operative): first among the courses for the job.
        static let own: Int32 = 3
        /// The course's title or qualification names the occupation or one of its job titles ("Teacher
        /// Degree Apprenticeship"; "Fabrication and Welding" for Engineering operative's "Fabricator").
        static let title: Int32 = 2
        /// Its summary or where-next names it ("Early career teacher posts in primary schools").
        static let context: Int32 = 1
        /// Its title names the occupation's trade or field (`tradeNames`: "Site Carpentry" for Carpentry
        /// and joinery, "CIPD … People Practice" for HR support), in the occupation's route.
        static let field: Int32 = 1
    }

    /// The share of occupations above which a title word is a common job word ("manager", "technician",
    /// "assistant"): a name made only of such words ("Manager") names no occupation in particular.
    static let commonNameShare = 0.02

    /// How many levels below an occupation a course may be and still lead to it (`occupationLeads`): an
    /// Access to HE diploma (level 3) for a degree-level job, not a level 1 taster.
    static let leadLevelsBelow = 3

    /// How many levels below an occupation a course must be for a one-word trade in its where-next to lead to it (`occupationLeads`):
    /// a level 3 preparation course for a degree-level job (an Access to HE diploma naming physiotherapy).
    static let preparationLevels = 3

    /// Per target position, the courses that lead to it, each once with its strongest `Lead`.
    ///
    /// A course leads to an occupation when every index term of one of its names (the standard's title, the
    /// title without its bracketed parts ("Supply chain practitioner" of "… (fast moving consumer good)") or
    /// a typical job title with at least one word that is not a common job word; the standard's own title of
    /// two words or more even when both are common: "Engineering operative") is among the terms of the
    /// course's title and qualification title (`Lead.title`), or is a phrase of the summary's taught words and
    /// where-next (`Lead.context`: not "deputy leader" from "deputy manager … team leader"). A course of another route than the occupation's leads to it only
    /// through its title and a name of two words or more: a "Domestic Retrofit Assessor" bootcamp does not
    /// lead to Assessor coach (job title "Assessor"), nor a social work degree whose where-next mentions
    /// "senior practitioner or practice educator" to Learning and skills teacher ("Education practitioner").
    /// A course of the occupation's route also leads to it when its title names the trade or field of the
    /// standard's title (`tradeNames`, with a term that is not a common job word: `Lead.field`). Worked out once per
    /// index build through the names' rarest terms.
    /// A course of the occupation's route whose where-next names its trade or field as a phrase
    /// ("occupational therapy") leads to it too (`Lead.field`). A course more than a level above the
    /// occupation (`levels`, as the entries read them), or more than `leadLevelsBelow` below it, leads to none.
    static func occupationLeads(
        courses: [Course], routes: [String?], levels: [Level?], model: OccupationSkillModel, analyzer: TextAnalyzer
    ) -> [[Lead]] {
        var names: [(target: Int, terms: Set<String>, trade: Bool, own: Bool, phrase: [String], written: String, saysCourseWord: Bool)] = []
        for (position, target) in model.targets.enumerated() {
            let own = [target.standard.title, Self.withoutBrackets(target.standard.title)]
            let written = own + target.standard.typicalJobTitles
            var seen = Set<Set<String>>()
            for (offset, name) in written.enumerated() {
                let phrase = analyzer.terms(name)
                let terms = Set(phrase)
                if !terms.isEmpty, seen.insert(terms).inserted {
                    names.append((position, terms, false, offset < own.count, phrase, name.lowercased(), Self.saysCourseWord(name)))
                }
            }
            // The trade or field of the standard's own title: a typical job title's ("Education practitioner",
            // "Learning and skills practitioner") would name education or learning, every teaching course.
            for name in own {
                // Only a name made from the title's own words leads from a where-next (`phrase`); a field phrase
                // ("education and training") is a title's word for the field, and where-next texts name it as
                // the next course of many.
                let fromTitle = Set(Self.tradePhrases(of: name, analyzer: analyzer, fieldPhrases: false).map { Set($0) })
                for phrase in Self.tradePhrases(of: name, analyzer: analyzer) where seen.insert(Set(phrase)).inserted {
                    names.append((position, Set(phrase), true, false, fromTitle.contains(Set(phrase)) ? phrase : [], "", Self.saysCourseWord(name)))
                }
            }
        }
        var frequency: [String: Set<Int>] = [:]
        for name in names { for term in name.terms { frequency[term, default: []].insert(name.target) } }
        let common = Double(model.targets.count) * commonNameShare
        let isRare = { (term: String) -> Bool in Double(frequency[term]?.count ?? 0) <= common }
        // Each usable name under its rarest term: one with a rare term, or the standard's own title of two
        // terms or more ("Engineering operative").
        // A name of common words that together name one occupation only ("Junior data analyst": many jobs are junior,
        // data or analyst jobs, one is all three) names it as plainly as a rare word does.
        let namesOne = { (terms: Set<String>) -> Bool in
            guard terms.count > 1, var shared = terms.first.flatMap({ frequency[$0] }) else { return false }
            for term in terms.dropFirst() { shared.formIntersection(frequency[term] ?? []) }
            return shared.count == 1
        }
        var byRarest: [String: [Int]] = [:]
        for (offset, name) in names.enumerated() {
            guard name.terms.contains(where: isRare) || (name.own && name.terms.count > 1) || (!name.trade && namesOne(name.terms)) else { continue }
            guard let rarest = name.terms.min(by: { (frequency[$0]?.count ?? 0, $0) < (frequency[$1]?.count ?? 0, $1) }) else { continue }
            byRarest[rarest, default: []].append(offset)
        }
        var leads = Array(repeating: [Lead](), count: model.targets.count)
        for (position, course) in courses.enumerated() {
            let titleText = [course.title, course.qualification?.title ?? ""].joined(separator: " ")
            let title = Set(analyzer.terms(titleText))
            // The title's terms without its words for itself (`courseTitleWords`): what it says of a job whose name does not use them.
            let plainTitle = Self.saysCourseWord(titleText) ? Set(analyzer.terms(Self.withoutCourseTitleWords(titleText))) : title
            let context = [course.summary.map(CourseTagger.taught), course.whereNext].compactMap { $0 }.joined(separator: " ")
            let contextTerms = context.isEmpty ? [] : analyzer.terms(context)
            let nextTerms = course.whereNext.map { analyzer.terms($0) } ?? []
            // The context's words as written, for a one-word name (`writtenWord`).
            let contextWords = Set(context.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
            let level = levels[position]?.rank
            var best: [Int: Int32] = [:]
            for term in title.union(contextTerms) {
                for offset in byRarest[term] ?? [] {
                    let name = names[offset]
                    // A course more than a level above the occupation does not train for it: a Master of
                    // Business Administration is no course for a (level-3) business administrator.
                    if let level, level > model.targets[name.target].standard.level + 1 { continue }
                    // Nor one more than three levels below it: an entry-level or level 1 taster whose where-next names
                    // a degree-level job is a first step into the field, not a course for that job (an Access to HE
                    // diploma, level 3, is one for an occupational therapist, level 6).
                    if let level, level < model.targets[name.target].standard.level - Self.leadLevelsBelow { continue }
                    let sameRoute = routes[position] == model.targets[name.target].standard.route
                    let titleTerms = name.saysCourseWord ? title : plainTitle
                    let strength: Int32
                    if name.trade {
                        // A trade's or field's name leads from the title of a course of the occupation's route, or
                        // from its where-next written out ("Degrees in … occupational therapy" of an Access to HE
                        // diploma for Occupational therapist).
                        // A one-word trade ("physiotherapy") leads from the where-next only of a course well below the occupation:
                        // a level 3 Access to HE diploma whose where-next is "Degrees in … physiotherapy" is the way in to a degree-level
                        // physiotherapist's training for an adult without A levels; a course near the job's level naming a one-word field
                        // among its next steps is no course for it.
                        let preparation = name.phrase.count == 1 && (level.map { $0 <= model.targets[name.target].standard.level - Self.preparationLevels } ?? false)
                        strength = sameRoute && (name.terms.isSubset(of: titleTerms)
                            || ((name.phrase.count > 1 || preparation) && Self.contains(phrase: name.phrase, in: nextTerms)))
                            ? Lead.field : 0
                    } else {
                        strength = name.terms.isSubset(of: titleTerms) && (sameRoute || name.terms.count > 1) ? (name.own ? Lead.own : Lead.title)
                            : sameRoute && Self.contains(phrase: name.phrase, in: contextTerms)
                                && (name.phrase.count > 1 || Self.writtenWord(name.written, in: contextWords)) ? Lead.context : 0
                    }
                    if strength > best[name.target] ?? 0 { best[name.target] = strength }
                }
            }
            for (target, strength) in best { leads[target].append(Lead(course: Int32(position), strength: strength)) }
        }
        return leads
    }

    /// Words a course title uses for itself, not for a trade: "Training" in "Driver CPC Periodic Training" or "Site Management
    /// Safety Training Scheme" shares its stem ("train") with a train driver or a train manager, but names neither.
    static let courseTitleWords: Set<String> = ["training", "trainings"]

    /// Whether `text` writes one of `courseTitleWords` as a word.
    static func saysCourseWord(_ text: String) -> Bool {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { courseTitleWords.contains(String($0)) }
    }

    /// `text` without the words of `courseTitleWords`.
    static func withoutCourseTitleWords(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).filter { word in
            !courseTitleWords.contains(word.lowercased().filter(\.isLetter))
        }.joined(separator: " ")
    }

    /// Whether a one-word name is among `words` as written, or with a plural "s": a summary or where-next names a job
    /// in a word, not in another word of the same stem ("Coded welder tests" names no "coding"; "electricians" names
    /// "electrician").
    static func writtenWord(_ name: String, in words: Set<String>) -> Bool {
        name.isEmpty || words.contains(name) || words.contains(name + "s") || words.contains(name + "es")
    }

    /// Whether `terms` holds `phrase` as consecutive terms: "deputy manager … team leader" does not hold
    /// "deputy leader".
    static func contains(phrase: [String], in terms: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= terms.count else { return false }
        for start in 0...(terms.count - phrase.count) where terms[start] == phrase[0] {
            if terms[start..<(start + phrase.count)].elementsEqual(phrase) { return true }
        }
        return false
    }

    /// A title without its bracketed parts: "Supply chain practitioner (fast moving consumer good)" → "Supply chain practitioner".
    static func withoutBrackets(_ title: String) -> String {
        var kept = "", depth = 0
        for character in title {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 { kept.append(character) }
        }
        return kept
    }
}
