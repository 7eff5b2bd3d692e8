public import Domain
import Foundation
import Matching

// MARK: - The catalogue's provision for a skill

/// Finds the courses that teach a skill: courses tagged with the taxonomy skill the plan's skill
/// resolves to, then courses whose text matches the skill's label, each described by where and how
/// its runs are delivered.
public struct CatalogueProvisionFinder: SkillProvisionFinding {
    let taxonomy: SkillsTaxonomy
    let catalogue: any CatalogueStore
    let tags: (any CourseTagStore)?
    let limit: Int

    /// - Parameters:
    ///   - taxonomy: resolves plan skill ids and labels to taxonomy skills.
    ///   - catalogue: the course catalogue.
    ///   - tags: the catalogue's skill tags, when the store keeps them.
    ///   - limit: the most courses to describe for one skill.
    public init(taxonomy: SkillsTaxonomy, catalogue: any CatalogueStore, tags: (any CourseTagStore)?, limit: Int = 12) {
        self.taxonomy = taxonomy
        self.catalogue = catalogue
        self.tags = tags
        self.limit = limit
    }

    public func provision(forSkill skill: String, label: String, occupation: OccupationMatch?) async throws -> [ProvisionOffer] {
        var candidates: [(id: Int64, relevance: Double)] = []
        func add(_ id: Int64, _ relevance: Double) {
            if !candidates.contains(where: { $0.id == id }) && candidates.count < limit { candidates.append((id, relevance)) }
        }
        if let tags, let resolved = resolveSkill(skill, label: label) {
            for course in try await tags.courses(taggedWith: .skill, value: resolved.id, limit: limit) { add(course.id, course.confidence) }
        }
        let text = label.trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty {
            let page = try await catalogue.searchCourses(CourseSearchQuery(text: text, limit: limit))
            if !page.matchedAnyKeyword {
                for course in page.results { add(course.id, 0.5) }
            }
        }
        var offers: [ProvisionOffer] = []
        for candidate in candidates {
            guard let stored = try await catalogue.course(id: candidate.id) else { continue }
            offers.append(offer(stored, relevance: candidate.relevance))
        }
        // The apprenticeship for the role's own standard, where the catalogue has one, even when its
        // text does not name the skill: it trains the whole occupation.
        if let reference = occupation?.standardReference, !offers.contains(where: { $0.standardReference == reference }),
            let standard = taxonomy.standard(reference: reference)
        {
            let page = try await catalogue.searchCourses(CourseSearchQuery(text: standard.title, limit: limit))
            for course in page.results where !offers.contains(where: { $0.courseID == String(course.id) }) {
                guard let stored = try await catalogue.course(id: course.id), standardReference(stored.course) == reference else { continue }
                offers.append(offer(stored, relevance: 0.8))
                break
            }
        }
        return offers
    }

    /// The taxonomy skill a plan skill stands for: its id when it is a taxonomy id, else the best label match.
    func resolveSkill(_ skill: String, label: String) -> Skill? {
        if let exact = taxonomy.skill(id: skill) { return exact }
        let wanted = label.lowercased()
        return taxonomy.searchSkills(label, limit: 3).first {
            $0.label.lowercased() == wanted || $0.employerAliases.contains { $0.lowercased() == wanted } || $0.providerAliases.contains { $0.lowercased() == wanted }
        }
    }

    func offer(_ stored: CatalogueCourse, relevance: Double) -> ProvisionOffer {
        let runs = stored.course.runs
        var districts: [District] = []
        for run in runs {
            if let district = run.venue?.district, !districts.contains(district) { districts.append(district) }
        }
        var modes: [DeliveryMode] = []
        for run in runs {
            if let mode = run.deliveryMode.value ?? run.attendanceMode.value?.deliveryMode, !modes.contains(mode) { modes.append(mode) }
        }
        let evening = runs.contains { [.evening, .twilight].contains($0.attendancePattern.value) }
        let short = runs.contains { run in Self.days(run.duration).map { $0 <= 7 } ?? false }
        let modular = runs.contains { [.partTime, .flexible].contains($0.studyMode.value) }
        return ProvisionOffer(
            courseID: String(stored.id), title: stored.course.title, providerName: stored.provider.name, districts: districts, deliveryModes: modes,
            evening: evening, short: short, modular: modular, standardReference: standardReference(stored.course), relevance: relevance)
    }

    /// The IfATE standard a course delivers: a reference it states (`ST1305`), else, for an
    /// apprenticeship, the standard whose full title its title or qualification names (the longest such
    /// title, so "Senior production chef" wins over "Production chef").
    func standardReference(_ course: Course) -> String? {
        let texts = [course.qualification?.reference, course.qualification?.title, course.title, course.courseType].compactMap { $0 }
        for text in texts {
            if let range = text.range(of: #"ST\d{4}"#, options: .regularExpression), taxonomy.standard(reference: String(text[range])) != nil {
                return String(text[range])
            }
        }
        let lowered = texts.map { $0.lowercased() }
        guard lowered.contains(where: { $0.contains("apprenticeship") }) else { return nil }
        let named = taxonomy.data.standards.filter { standard in
            let title = standard.title.lowercased()
            return lowered.contains { Self.containsPhrase($0, title) }
        }
        return named.max { $0.title.count < $1.title.count }?.reference
    }

    /// Whether `phrase` occurs in `text` as whole words.
    static func containsPhrase(_ text: String, _ phrase: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: phrase, range: searchRange) {
            let before = found.lowerBound == text.startIndex || !text[text.index(before: found.lowerBound)].isLetter
            let after = found.upperBound == text.endIndex || !text[found.upperBound].isLetter
            if before && after { return true }
            searchRange = found.upperBound..<text.endIndex
        }
        return false
    }

    static func days(_ duration: Domain.Duration?) -> Double? {
        guard let duration, let value = duration.value, let unit = duration.unit else { return nil }
        switch unit {
        case .minutes: return Double(value) / 1440
        case .hours: return Double(value) / 7.5
        case .days: return Double(value)
        case .weeks: return Double(value) * 7
        case .months: return Double(value) * 30
        case .years: return Double(value) * 365
        }
    }
}
