public import Domain
import Foundation
import Matching

// MARK: - Course tagging

/// Tags courses with their route and skills, each tag with a confidence and a reason.
///
/// The route the provider declared wins; otherwise the course text (title, summary, description,
/// what you will learn, qualification and subject labels/codes) is classified against the route
/// profiles (route, pathway and cluster names with their standards' titles and job titles) and the
/// nearest standards, fused by reciprocal rank.
public struct CourseTagger: Sendable {
    public let taxonomy: SkillsTaxonomy
    private let routeProfiles: MatchIndex
    /// Skills' home routes and how alike routes are (`isLoneWordOfFarRoute`).
    public let homes: SkillHomes
    /// Skills reported per course at most.
    public var maxSkills = 20

    public init(taxonomy: SkillsTaxonomy) {
        self.taxonomy = taxonomy
        homes = SkillHomes(taxonomy: taxonomy)
        routeProfiles = MatchIndex(documents: taxonomy.data.routes.map { route in
            // Route profiles are those of the standards before the retired versions with statements were loaded.
            let standards = taxonomy.standards(inRoute: route.slug).filter { $0.basis != StandardBasis.retired2023Statements }
            return MatchDocument(
                id: route.slug, title: route.name,
                aliases: route.pathways.map(\.name) + route.pathways.flatMap(\.clusters),
                body: standards.map { ([$0.title, $0.overview] + $0.typicalJobTitles + $0.skills.map(\.text)).joined(separator: ", ") }.joined(separator: "\n"))
        })
    }

    // MARK: Tags for one course

    /// The course's route and skill tags.
    ///
    /// Skills come from what the course teaches (`taughtText(of:)`): not from who it is for ("for
    /// carers, sales and operations staff"), how to apply ("the current recruitment window") or its
    /// web address (".html"). A job the text names ("senior carers") tags the skills that job involves
    /// only when the course's title, qualification or a subject names it ("Hair Professional
    /// Apprenticeship", subject "Senior care worker"). A skill of a far route mentioned only as one
    /// ordinary word the title does not use is left out (`isLoneWordOfFarRoute`: "nursery" in a
    /// horticulture diploma), and so is one the text mentions once in any words, the title's included
    /// (`isPassingMentionOfFarRoute`: "Turning Complaints into Loyalty" is no machining, "the shop floor"
    /// of a CNC course no retail).
    public func tags(for course: Course) -> [CourseTag] {
        var tags: [CourseTag] = []
        let route = routeTag(for: course)
        if let route { tags.append(route) }
        let text = Self.taughtText(of: course)
        let extraction = taxonomy.extract(text)
        let named = Self.titleWords(of: course)
        let characters = Array(text)
        let mentions = Self.mentionCounts(extraction.skills)
        let titleEnd = course.title.count
        let supported = Set(extraction.skills.filter { found in
            !isStemOnlyWord(found) && (found.method != .jobTitle || Self.names(found.text, in: named))
                && !isLoneWordOfFarRoute(found, route: route?.value, titleWords: named, text: characters)
                && !isPassingMentionOfFarRoute(found, route: route?.value, mentions: mentions, titleEnd: titleEnd, text: characters)
        }.map(\.skillID))
        var seen: Set<String> = []
        for found in extraction.skills.sorted(by: { $0.confidence > $1.confidence })
        where supported.contains(found.skillID) && seen.insert(found.skillID).inserted {
            tags.append(CourseTag(
                kind: .skill, value: found.skillID, label: found.label, source: .extracted,
                confidence: (found.confidence * 100).rounded() / 100, reason: found.reason))
            if seen.count >= maxSkills { break }
        }
        return tags
    }

    /// True when a mention is one word that only shares its stem with every one-word form of its
    /// skill: "integrated" for Integrity, "types" for Typing, "garden" (centres) for gardening, "Code"
    /// (the Highway Code) for coding. Course text is long and varied, so such a word alone does not
    /// tag the course; the skill needs a mention in the form's own word (or its plural) or a phrase.
    func isStemOnlyWord(_ found: ExtractedSkill) -> Bool {
        guard found.method == .stemmed, let skill = taxonomy.skill(id: found.skillID) else { return false }
        let written = PhraseTokenizer.tokens(found.text)
        guard written.count == 1 else { return false }
        let word = PhraseIndex.singular(written[0].lower)
        return !skill.forms.contains { form in
            let words = PhraseTokenizer.tokens(form.hasPrefix("=") ? String(form.dropFirst()) : form)
            return words.count == 1 && PhraseIndex.singular(words[0].lower) == word
        }
    }

    /// The declared route, or the classified one.
    public func routeTag(for course: Course) -> CourseTag? {
        if let declared = course.route {
            return CourseTag(
                kind: .route, value: declared.rawValue, label: declared.name, source: .declared, confidence: 1, reason: "declared by the provider in its feed")
        }
        return classifyRoute(Self.text(of: course, titleTwice: true))
    }

    /// Classifies text onto a route: nearest route profiles and nearest standards, fused by
    /// reciprocal rank (standards count one vote each, by rank).
    public func classifyRoute(_ fullText: String) -> CourseTag? {
        let text = Self.withoutCourseWords(fullText)
        var votes: [String: Double] = [:]
        var evidence: [String: [String]] = [:]
        for found in taxonomy.extract(text).skills {
            guard let skill = taxonomy.skill(id: found.skillID), !skill.routes.isEmpty, skill.routes.count <= 5 else { continue }
            for route in skill.routes { votes[route, default: 0] += 0.2 / Double(skill.routes.count) }
        }
        for (rank, hit) in routeProfiles.search(text, top: 5).enumerated() {
            votes[hit.id, default: 0] += 3.0 / (5.0 + Double(rank + 1))
            if rank == 0 { evidence[hit.id, default: []].append("the \(taxonomy.route(hit.id)?.name ?? hit.id) route profile ranks first") }
        }
        // The ten nearest standards, leaving out retired versions with statements so that loading them moves no
        // course's route (they repeat the routes of the jobs beside them).
        let nearest = taxonomy.occupations.standardIndex.search(text, top: 20).lazy.compactMap { hit in
            self.taxonomy.standard(reference: String(hit.id.dropFirst("ifate:".count)))
        }.filter { $0.basis != StandardBasis.retired2023Statements }.prefix(10)
        for (rank, standard) in nearest.enumerated() {
            votes[standard.route, default: 0] += 1.0 / (5.0 + Double(rank + 1))
            if (evidence[standard.route]?.count ?? 0) < 3 { evidence[standard.route, default: []].append("\(standard.reference) \(standard.title)") }
        }
        guard let best = votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), let route = Route(rawValue: best.key) else { return nil }
        let total = votes.values.reduce(0, +)
        let confidence = ((best.value / total) * 100).rounded() / 100
        let why = evidence[best.key, default: []]
        return CourseTag(
            kind: .route, value: route.rawValue, label: route.name, source: .classified, confidence: confidence,
            reason: "classified from the course text: " + (why.isEmpty ? "nearest route profile" : "nearest " + why.joined(separator: "; ")))
    }

    // MARK: Course text

    /// Words every kind of course uses ("Level 2 Diploma", "introduction", "course"), which say
    /// nothing about its route.
    static let courseWords: Set<String> = [
        "level", "diploma", "certificate", "award", "extended", "introduction", "introductory", "course", "courses", "qualification",
        "nvq", "btec", "gcse", "tlevel", "apprenticeship", "technical", "part", "time", "full", "entry", "foundation", "degree", "hons",
        "bsc", "ba", "msc", "skills", "bootcamp", "learn", "learner", "learners", "students", "you", "will", "1", "2", "3", "4", "5", "6", "7",
    ]

    static func withoutCourseWords(_ text: String) -> String {
        PhraseTokenizer.tokens(text).filter { !courseWords.contains($0.lower) }.map(\.original).joined(separator: " ")
    }

    /// The text a course is tagged from.
    public static func text(of course: Course, titleTwice: Bool = false) -> String {
        var parts = [course.title]
        if titleTwice { parts.append(course.title) }
        parts += [course.summary, course.description, course.whatYouWillLearn, course.objective, course.qualification?.title].compactMap { $0 }
        parts += course.subjects.map { [$0.label, $0.code].compactMap { $0 }.joined(separator: " ") }
        return parts.joined(separator: "\n")
    }

    /// A hash of what tagging reads from a course (its text and declared route) and of the rules that
    /// read it (`rulesVersion`), so a course is tagged again when either changes.
    public static func textHash(of course: Course) -> String {
        TaxonomyResourceFiles.contentHash([Data((rulesVersion + "\u{1F}" + text(of: course) + "\u{1F}" + (course.route?.rawValue ?? "")).utf8)])
    }

    /// Bumped whenever the rules choosing which course words are read for skills change.
    static let rulesVersion = "taught-7"

    // MARK: Re-tagging a store

    /// Tags every course whose text or taxonomy version changed since it was last tagged.
    /// - Returns: how many courses were (re)tagged and how many were already up to date.
    @discardableResult
    public func retag(_ store: any CourseTagStore, force: Bool = false) async throws -> (tagged: Int, unchanged: Int) {
        var taggings: [CourseTagging] = []
        var unchanged = 0
        for item in try await store.coursesForTagging() {
            let hash = Self.textHash(of: item.course)
            if !force, Self.isCurrent(item, hash: hash, taxonomyVersion: taxonomy.version) { unchanged += 1; continue }
            taggings.append(CourseTagging(courseID: item.id, taxonomyVersion: taxonomy.version, textHash: hash, tags: tags(for: item.course)))
        }
        if !taggings.isEmpty { try await store.saveCourseTags(taggings) }
        return (taggings.count, unchanged)
    }

    /// Whether `retag` would tag any course of the store again under this taxonomy version: one never
    /// tagged, tagged by another version, or whose text changed since. It reads only the courses and
    /// their stamps, so a caller can skip building a tagger (its route index) when nothing is stale.
    public static func needsRetagging(_ store: any CourseTagStore, taxonomyVersion: String) async throws -> Bool {
        try await store.coursesForTagging().contains { !isCurrent($0, hash: textHash(of: $0.course), taxonomyVersion: taxonomyVersion) }
    }

    private static func isCurrent(_ item: CourseForTagging, hash: String, taxonomyVersion: String) -> Bool {
        item.taxonomyVersion == taxonomyVersion && item.textHash == hash
    }
}
