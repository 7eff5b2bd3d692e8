import Domain
import Matching
import Taxonomy

// MARK: - The catalogue, indexed for diagnoses

/// The catalogue held in memory for diagnoses: each course's skills, route and level, its runs in
/// compact form, and postings from skill and route to courses. Built once; rebuilt when the
/// catalogue changes.
final class CourseIndex: Sendable {
    /// One run of a course, compact. A class, so ranking a diagnosis's courses moves one reference
    /// per run instead of copying its strings and charges.
    final class Run: Sendable {
        let start: String?
        let flexibleStart: Bool
        let deliveryMode: DeliveryMode?
        let studyMode: StudyMode?
        let costPence: Int?
        let costText: String?
        let funded: Bool
        /// What it costs a 16–18-year-old and an adult, and the amount that applies to each.
        let youth: Charge
        let adult: Charge
        let district: District?
        let nationalDelivery: Bool
        /// A school leaver's study programme (`isSchoolLeaverProgramme`: two years or more, full time, in college, at level 3 or
        /// below): not an adult's course unless they ask for full-time study.
        let schoolLeaverProgramme: Bool
        /// Two years or more, full time, in college, at level 3 or below, whatever its cost wording says of adults
        /// (`isSchoolLeaverProgramme` with `adultTerms` false): a school leaver's length of study, which an adult who already
        /// holds a level 3 does not start again (`CareerDiagnostician.courses(for:)`).
        let twoYearProgramme: Bool

        init(
            start: String?, flexibleStart: Bool, deliveryMode: DeliveryMode?, studyMode: StudyMode?, costPence: Int?, costText: String?,
            funded: Bool, youth: Charge, adult: Charge, district: District?, nationalDelivery: Bool, schoolLeaverProgramme: Bool = false,
            twoYearProgramme: Bool = false
        ) {
            self.twoYearProgramme = twoYearProgramme || schoolLeaverProgramme
            self.start = start
            self.flexibleStart = flexibleStart
            self.deliveryMode = deliveryMode
            self.studyMode = studyMode
            self.costPence = costPence
            self.costText = costText
            self.funded = funded
            self.youth = youth
            self.adult = adult
            self.district = district
            self.nationalDelivery = nationalDelivery
            self.schoolLeaverProgramme = schoolLeaverProgramme
        }
    }

    /// What a run costs a learner of one age band.
    struct Charge: Sendable {
        let cost: CostToLearner
        /// The amount that applies to them, in pence.
        let pence: Int?
        /// The clause that makes it free for them if they are eligible, or a note that the free places
        /// are another age band's (`CostWording.youthOnlyNote`).
        let condition: String?

        /// Whether the wording tells this learner what they pay: not a run "Free for 16-18 year olds"
        /// read for an adult, whose fee is not given.
        var published: Bool { !(cost == .charged && pence == nil) }
    }

    struct Entry: Sendable {
        let id: Int64
        let title: String
        let provider: ProviderRef
        let level: Level?
        let route: String?
        /// The route's position in `Route.allCases`, or -1.
        let routeNumber: Int
        let url: String?
        /// (skill position, confidence, the tag's reason).
        let skills: [(skill: Int, confidence: Double, reason: String)]
        /// The title's index terms (stems without stop words), each once.
        let titleTerms: [String]
        /// The same terms as ids in `CourseIndex.termIDs`.
        let titleTermIDs: [Int32]
        let runs: [Run]
        /// A 16–19 study programme (a T Level, "for 16 to 18 year olds"), not offered to adults.
        let youthOnly: Bool
        /// For adults aged 19 and over only (a Skills Bootcamp), not offered to 16–18-year-olds.
        let adultOnly: Bool
        /// Its entry requirements ask for a licence, experience or a post (`isForPostholders`).
        let forPostholders: Bool
        /// Its title names leading or managing others (`isLeadCourse`).
        let leadCourse: Bool
        /// What its entry requirements ask the learner to bring from a trade (`CourseIndex.prerequisite`), or nil.
        var prerequisite: Prerequisite? = nil
        /// The sentence of its entry requirements asking for physical fitness or strength (`CourseIndex.physicalDemand`), or nil.
        var physicalDemand: String? = nil
    }

    /// What ranking reads of an entry for every candidate course, with no references to count: where
    /// its tags and title terms lie in `tags` and `terms`, its route number and its level's rank.
    /// Scanning thousands of candidates per path then touches neither `Entry`'s strings and arrays nor
    /// their reference counts.
    struct Hot: Sendable {
        /// Its tags: `tags[tagStart..<tagEnd]`, in the order of `Entry.skills`.
        let tagStart: Int32
        let tagEnd: Int32
        /// Its title's term ids: `terms[termStart..<termEnd]`, in the order of `Entry.titleTermIDs`.
        let termStart: Int32
        let termEnd: Int32
        /// `Entry.routeNumber`.
        let routeNumber: Int32
        /// The rank of `Entry.level`, or `noLevel`.
        let levelRank: Int32

        static let noLevel = Int32.min
    }

    /// A skill tag of an entry: the skill's position, the tag's confidence (`Entry.skills`) and its
    /// weight in the course's field vector (`fieldWeight`).
    struct Tag: Sendable {
        let skill: Int32
        let confidence: Double
        /// Its share of the course's field: the unit-length entry of the course's specific, not
        /// commonplace skills weighted by rarity (`OccupationSkillModel.skillWeight`) and confidence; 0 for
        /// other skills.
        let field: Double
        /// The course's title names it: the words the tag was read from are all title words
        /// ("Understanding Safeguarding and Prevent" for Safeguarding), so the course is about it.
        let titleNamed: Bool
    }

    let entries: [Entry]
    /// Per entry, what ranking reads of it (`Hot`).
    let hot: [Hot]
    /// Every entry's skill tags, entry after entry.
    let tags: [Tag]
    /// Every entry's title term ids, entry after entry.
    let terms: [Int32]
    /// Skill position → entry positions.
    let bySkill: [[Int32]]
    /// Route slug → entry positions.
    let byRoute: [String: [Int32]]
    /// The providers with at least one course, by id.
    let providers: [ProviderID: ProviderRef]
    /// Every course-title term, numbered.
    let termIDs: [String: Int32]
    /// Per target position, the courses that lead to that occupation (`occupationLeads`).
    let leadsTo: [[Lead]]
    /// Per entry: a course for managers or supervisors (`managementCourses`).
    let managementCourse: [Bool]
    /// Per entry: its title's words, singular (`CareerDiagnostician.singularWords`), read once here, not per diagnosis.
    let titleWords: [Set<String>]
    /// The entries whose titles name ticket codes (`CareerDiagnostician.ticketCodes`: "(PA1 and PA6)"), with the codes, read once
    /// here: a learner's held tickets are checked against these few, not against every title per diagnosis.
    let ticketTitles: [(position: Int, codes: Set<String>)]
    /// Per entry: the words of its title that name it (`CareerDiagnostician.namingWords`), read once here for the
    /// asked-course note, not per diagnosis.
    let namingWords: [[String]]
    /// Per entry: the acronyms its title writes for its body or itself (`CareerDiagnostician.courseAcronyms`: CIPD, AAT, SMSTS),
    /// read once here for the asked-course note.
    let courseAcronyms: [[String]]
    /// The entries whose entry requirements ask for a trade or for physical fitness (`Entry.prerequisite`,
    /// `Entry.physicalDemand`), read once here: a learner is checked against these few per diagnosis.
    let requirementEntries: [Int]
    /// Per entry: English for speakers of other languages (`isLanguageCourse`).
    let languageCourse: [Bool]
    /// Per entry: a course in teaching one's own trade (`isTradeTeachingCourse`).
    let tradeTeachingCourse: [Bool]
    /// Per entry: a bachelor's degree in one subject (`isBachelorsDegree`).
    let bachelorsDegree: [Bool]
    /// Per entry: a bachelor's or a foundation degree (`isBachelorsDegree`, `isFoundationDegree`): undergraduate study, which a
    /// graduate does not start again.
    let undergraduateDegree: [Bool]
    /// Per entry: the occupations it trains for by name (`leadsTo` at `Lead.title` or stronger): Dental
    /// nurse for a dental nursing diploma.
    let ownTargets: [[Int32]]
    /// The cosine of two occupations' fields (`fieldVector`) from which a course for one can be a course for the
    /// other's gap too: above fields that share next to nothing (bricklayer and structural steelwork
    /// fabricator, near 0). Below `clearKinField` the path's field must also hold the other occupation's
    /// defining skill: a dental nurse and an occupational therapist (0.10) share records and infection control
    /// but not dental nursing; a supply chain practitioner's field (0.08 from a warehouse operative's) holds
    /// no forklift operation, so a warehouse operative's course is no course for it.
    static let kinField = 0.05
    /// The cosine from which two occupations' fields are kin whatever skills they share (welder and nuclear
    /// welding inspector, 0.2); between `kinField` and this they must share the course's occupation's
    /// defining skill (the heaviest in its field).
    static let clearKinField = 0.2
    /// Per target position, its field vector (`fieldVector`).
    let targetFields: [[(skill: Int, weight: Double)]]
    /// Per target position, per entry of its field vector: the evidence its standard gives the skill (`fieldEvidence`).
    let targetFieldEvidence: [[Double]]
    /// Per target position, its defining skill: the heaviest in its field (`targetFields`), or nil for an empty field.
    let definingSkill: [Int?]
    /// Per route number (`Route.allCases`), per route number: whether the two routes' skills are alike
    /// (`SkillHomes.similarity` at least `nearRouteSimilarity`: care services and health, construction and
    /// engineering).
    let nearRoutes: [[Bool]]
    /// Per skill position: named by standards of every kind (`OccupationSkillModel.isWidespread`:
    /// leadership, business planning, assessment and feedback), so a course teaching it is no particular
    /// job's course.
    let broadSkill: [Bool]
    /// Per skill position: technical, digital or net zero (`OccupationSkillModel.isSpecific`).
    let specificSkill: [Bool]
    let revision: String
    /// How many courses had no stored tags and were tagged while indexing.
    let taggedWhileIndexing: Int

    init(courses: [TaggedCourse], model: OccupationSkillModel, tagger: CourseTagger, revision: String) {
        var entries: [Entry] = []
        entries.reserveCapacity(courses.count)
        var bySkill = Array(repeating: [Int32](), count: model.skills.count)
        var byRoute: [String: [Int32]] = [:]
        var tagged = 0
        let analyzer = TextAnalyzer()
        var termIDs: [String: Int32] = [:]
        for item in courses {
            var tags = item.tags
            if tags.isEmpty {
                tags = tagger.tags(for: item.entry.course)
                tagged += 1
            }
            let course = item.entry.course
            let route = tags.first(where: { $0.kind == .route })?.value ?? course.route?.rawValue
            var skills: [(skill: Int, confidence: Double, reason: String)] = []
            for tag in tags where tag.kind == .skill {
                guard let position = model.skillPosition[tag.value], !skills.contains(where: { $0.skill == position }) else { continue }
                skills.append((position, tag.confidence, tag.reason))
            }
            let position = Int32(entries.count)
            for skill in skills { bySkill[skill.skill].append(position) }
            if let route { byRoute[route, default: []].append(position) }
            let level = course.level ?? course.qualification?.levelText.flatMap(Level.infer(from:)) ?? Level.infer(from: course.title)
            let terms = Array(Set(analyzer.terms(course.title))).sorted()
            entries.append(Entry(
                id: item.entry.id, title: course.title, provider: item.entry.provider, level: level, route: route,
                routeNumber: route.flatMap { Route(rawValue: $0) }.flatMap { Route.allCases.firstIndex(of: $0) } ?? -1, url: course.url,
                skills: skills, titleTerms: terms,
                titleTermIDs: terms.map { term in
                    if let id = termIDs[term] { return id }
                    let id = Int32(termIDs.count)
                    termIDs[term] = id
                    return id
                },
                runs: course.runs.map { run in
                    let wording = [run.cost?.text, run.fundingNotes, course.fundingNotes]
                    let youth = CostWording.charge(amountPence: run.cost?.amountPence, wording: wording, band: .youth)
                    let adult = CostWording.charge(amountPence: run.cost?.amountPence, wording: wording, band: .adult)
                    return Run(
                        start: run.start?.earliestDay, flexibleStart: run.flexibleStart,
                        deliveryMode: run.deliveryMode.value ?? run.attendanceMode.value?.deliveryMode, studyMode: run.studyMode.value,
                        costPence: run.cost?.amountPence, costText: run.cost?.text, funded: run.isFunded(courseFundingNotes: course.fundingNotes),
                        youth: Charge(cost: youth.cost, pence: youth.pence, condition: youth.condition),
                        adult: Charge(cost: adult.cost, pence: adult.pence, condition: adult.condition),
                        district: run.venue?.district, nationalDelivery: run.nationalDelivery,
                        schoolLeaverProgramme: Self.isSchoolLeaverProgramme(
                            level: level?.rank, studyMode: run.studyMode.value,
                            deliveryMode: run.deliveryMode.value ?? run.attendanceMode.value?.deliveryMode, months: Self.months(run.duration),
                            adultTerms: CostWording.namesAdults(wording)),
                        twoYearProgramme: Self.isSchoolLeaverProgramme(
                            level: level?.rank, studyMode: run.studyMode.value,
                            deliveryMode: run.deliveryMode.value ?? run.attendanceMode.value?.deliveryMode, months: Self.months(run.duration)))
                },
                youthOnly: CostWording.isYouthProgramme(title: course.title, summary: course.summary, description: course.description),
                adultOnly: CostWording.isAdultOnly(
                    title: course.title,
                    wording: [course.summary, course.description, course.entryRequirements]),
                forPostholders: Self.isForPostholders(entryRequirements: course.entryRequirements), leadCourse: Self.isLeadCourse(title: course.title),
                prerequisite: Self.prerequisite(entryRequirements: course.entryRequirements, taxonomy: tagger.taxonomy, model: model),
                physicalDemand: Self.physicalDemand(entryRequirements: course.entryRequirements)))
        }
        // An apprenticeship's post comes with it (the apprentice is employed as a trainee): its entry requirements ask no trade
        // the learner must bring.
        for position in entries.indices where Self.isApprenticeship(entries[position]) { entries[position].prerequisite = nil }
        requirementEntries = entries.indices.filter { entries[$0].prerequisite != nil || entries[$0].physicalDemand != nil }
        var hot: [Hot] = []
        var flatTags: [Tag] = []
        var flatTerms: [Int32] = []
        hot.reserveCapacity(entries.count)
        for entry in entries {
            let tagStart = Int32(flatTags.count), termStart = Int32(flatTerms.count)
            let field = Self.fieldWeights(entry.skills, model: model)
            let titleTerms = Set(entry.titleTerms)
            flatTags += zip(entry.skills, field).map { skill, weight in
                let named = CareerDiagnostician.quoted(in: skill.reason).map { words in
                    let terms = analyzer.terms(words)
                    return !terms.isEmpty && terms.allSatisfy(titleTerms.contains)
                } ?? false
                return Tag(skill: Int32(skill.skill), confidence: skill.confidence, field: weight, titleNamed: named)
            }
            flatTerms += entry.titleTermIDs
            hot.append(Hot(
                tagStart: tagStart, tagEnd: Int32(flatTags.count), termStart: termStart, termEnd: Int32(flatTerms.count),
                routeNumber: Int32(entry.routeNumber), levelRank: entry.level.map { Int32($0.rank) } ?? Hot.noLevel))
        }
        self.entries = entries
        self.hot = hot
        tags = flatTags
        terms = flatTerms
        self.bySkill = bySkill
        self.byRoute = byRoute
        self.termIDs = termIDs
        leadsTo = Self.occupationLeads(
            courses: courses.map(\.entry.course), routes: entries.map(\.route), levels: entries.map(\.level), model: model, analyzer: analyzer)
        managementCourse = Self.managementCourses(entries: entries, leadsTo: leadsTo, model: model)
        titleWords = entries.map { Set(CareerDiagnostician.singularWords($0.title)) }
        namingWords = entries.map { CareerDiagnostician.namingWords(of: $0.title) }
        courseAcronyms = entries.map { CareerDiagnostician.courseAcronyms(of: $0.title) }
        ticketTitles = entries.indices.compactMap { position in
            let codes = CareerDiagnostician.ticketCodes(entries[position].title)
            return codes.isEmpty ? nil : (position, codes)
        }
        languageCourse = entries.map { Self.isLanguageCourse(title: $0.title) }
        tradeTeachingCourse = entries.map { Self.isTradeTeachingCourse(title: $0.title) }
        bachelorsDegree = entries.map { Self.isBachelorsDegree(title: $0.title) }
        undergraduateDegree = entries.map { Self.isBachelorsDegree(title: $0.title) || Self.isFoundationDegree(title: $0.title) }
        var own = Array(repeating: [Int32](), count: entries.count)
        for (target, leads) in leadsTo.enumerated() {
            for lead in leads where lead.strength >= Lead.title { own[Int(lead.course)].append(Int32(target)) }
        }
        ownTargets = own
        targetFields = model.targets.map { Self.fieldVector(of: $0, model: model) }
        definingSkill = targetFields.map { field in field.max { $0.weight < $1.weight }?.skill }
        targetFieldEvidence = zip(model.targets, targetFields).map { Self.fieldEvidence(of: $0, field: $1, model: model) }
        nearRoutes = Route.allCases.map { one in
            Route.allCases.map { other in one == other || (tagger.homes.similarity[one.rawValue]?[other.rawValue] ?? 0) >= Self.nearRouteSimilarity }
        }
        broadSkill = model.isWidespread
        specificSkill = model.skills.map { OccupationSkillModel.isSpecific($0.kind) }
        providers = Dictionary(entries.map { ($0.provider.id, $0.provider) }, uniquingKeysWith: { first, _ in first })
        self.revision = revision
        taggedWhileIndexing = tagged
    }

    // MARK: Ranking

    /// The index's arrays as buffers, for a ranking loop that reads them without a reference count per access.
    struct Buffers {
        let entries: UnsafeBufferPointer<Entry>
        let hot: UnsafeBufferPointer<Hot>
        let tags: UnsafeBufferPointer<Tag>
        let terms: UnsafeBufferPointer<Int32>
    }

    /// Calls `body` with the index's arrays as buffers, valid only inside it.
    func withBuffers<Result>(_ body: (Buffers) throws -> Result) rethrows -> Result {
        try entries.withUnsafeBufferPointer { entries in
            try hot.withUnsafeBufferPointer { hot in
                try tags.withUnsafeBufferPointer { tags in
                    try terms.withUnsafeBufferPointer { terms in try body(Buffers(entries: entries, hot: hot, tags: tags, terms: terms)) }
                }
            }
        }
    }

    // MARK: Constraints

    /// The entry's best run under the constraints (`bestRunIndex` over the entry's own fields), or nil.
    static func bestRun(of entry: Entry, constraints: LearnerConstraints, today: String) -> Run? {
        bestRunIndex(
            provider: entry.provider.id, level: entry.level, youthOnly: entry.youthOnly, adultOnly: entry.adultOnly, runs: entry.runs,
            constraints: constraints, today: today
        ).map { entry.runs[$0] }
    }

    /// The position in `runs` of a course's best run under the constraints (earliest upcoming start;
    /// flexible starts and undated runs after dated ones), or nil when none qualifies. A run whose price
    /// the learner's age band is told (`Charge.published`) comes before one priced only for the other
    /// band: an adult is shown the evening course at £1,100, not the full-time one "Free for 16-18 year
    /// olds" with no adult fee. Takes the entry's fields, so the hot loop need not copy entries.
    static func bestRunIndex(
        provider: ProviderID, level: Level?, youthOnly: Bool, adultOnly: Bool = false, runs: [Run], constraints: LearnerConstraints,
        today: String
    ) -> Int? {
        if let scope = constraints.provider, provider != scope { return nil }
        // 16–19 programmes are not open to adults (an age band not given means an adult), nor 19+ ones to 16–18s.
        if youthOnly && constraints.ageBand != .youth { return nil }
        if adultOnly && constraints.ageBand == .youth { return nil }
        if let minimum = constraints.minLevel, let level, level < minimum { return nil }
        if let maximum = constraints.maxLevel, let level, level > maximum { return nil }
        if (constraints.minLevel != nil || constraints.maxLevel != nil) && level == nil { return nil }
        var best: Int?
        let band = constraints.ageBand ?? .adult
        for (index, run) in runs.enumerated() where Self.accepts(run, constraints, today: today) {
            guard let current = best else { best = index; continue }
            let published = run.charge(for: band).published, currentPublished = runs[current].charge(for: band).published
            if published != currentPublished {
                if published { best = index }
                continue
            }
            switch (run.start, runs[current].start) {
            case let (new?, old?) where new < old: best = index
            case (.some, nil): best = index
            default: break
            }
        }
        return best
    }

    static func accepts(_ run: Run, _ constraints: LearnerConstraints, today: String) -> Bool {
        if let start = run.start {
            if start < today && !run.flexibleStart { return false }
            if let from = constraints.startFrom, start < from && !run.flexibleStart { return false }
            if let to = constraints.startTo, start > to { return false }
        } else if constraints.startTo != nil && !run.flexibleStart {
            return false
        }
        if !constraints.deliveryModes.isEmpty {
            guard let mode = run.deliveryMode, constraints.deliveryModes.contains(mode) else { return false }
        }
        if !constraints.studyModes.isEmpty {
            guard let mode = run.studyMode, constraints.studyModes.contains(mode) else { return false }
        }
        let charge = run.charge(for: constraints.ageBand ?? .adult)
        let cost = charge.cost, pence = charge.pence
        if let maximum = constraints.maxCostPence {
            // Free to this learner, or free if eligible with no price given, or priced within the limit.
            let free = cost == .free || (cost == .ifEligible && pence == nil)
            guard free || (pence.map { $0 <= maximum } ?? false) else { return false }
        }
        if constraints.fundedOnly && cost != .free && cost != .ifEligible { return false }
        // A two-year full-time college programme at level 3 or below is a school leaver's (an animal management extended diploma):
        // an adult is offered it only when they ask for full-time study.
        if run.schoolLeaverProgramme && constraints.ageBand != .youth && !constraints.studyModes.contains(.fullTime)
            && !constraints.preferredStudyModes.contains(.fullTime)
        {
            return false
        }
        // A district limit is where the learner can travel to study. An online run is anywhere, and so is a
        // work-based run that states no venue (an apprenticeship): its place of work is the employer's.
        if !constraints.districts.isEmpty && run.deliveryMode != .online && !run.nationalDelivery && !run.atEmployer {
            guard let district = run.district, constraints.districts.contains(district) else { return false }
        }
        return true
    }
}

extension CourseIndex.Run {
    /// What the run costs a learner of `band`.
    func charge(for band: AgeBand) -> CourseIndex.Charge { band == .youth ? youth : adult }

    /// A funded work-based run that states no venue (an apprenticeship): it takes place at the employer's
    /// workplace, wherever that is, so a district limit does not leave it out. A course delivered at an
    /// employer's premises for a fee per group is not one a learner joins on their own.
    var atEmployer: Bool { deliveryMode == .workBased && district == nil && funded }
}

// MARK: - A school leaver's study programme

extension CourseIndex {
    /// How long a school leaver's study programme runs at least, in months: the two years of an extended diploma after GCSEs.
    static let studyProgrammeMonths = 24

    /// True for a run that is a 16–18 study programme: full time, in college (not work-based: an apprenticeship is a job), at
    /// level 3 or below, lasting `studyProgrammeMonths` or more (a two-year full-time animal management extended diploma), and
    /// its cost wording says nothing of adults (`adultTerms` false: "Free", not "adults aged 19+ may qualify for free tuition",
    /// which offers the forestry extended diploma to adults too). An adult's full-time course is a year (an Access to HE
    /// diploma); a longer one at these levels is the school leavers'.
    static func isSchoolLeaverProgramme(
        level: Int?, studyMode: StudyMode?, deliveryMode: DeliveryMode?, months: Int?, adultTerms: Bool = false
    ) -> Bool {
        guard !adultTerms, let level, level <= 3, studyMode == .fullTime, deliveryMode != .workBased, deliveryMode != .online, let months
        else { return false }
        return months >= studyProgrammeMonths
    }

    /// A run's length in whole months, from its value and unit or its ISO 8601 form ("P2Y", "P18M"); nil when not given in
    /// months or years.
    static func months(_ duration: Domain.Duration?) -> Int? {
        guard let duration else { return nil }
        if let value = duration.value, let unit = duration.unit {
            switch unit {
            case .years: return value * 12
            case .months: return value
            default: return nil
            }
        }
        guard let iso = duration.iso?.uppercased(), iso.hasPrefix("P"), !iso.contains("T") else { return nil }
        let body = iso.dropFirst()
        if body.hasSuffix("Y"), let years = Int(body.dropLast()) { return years * 12 }
        if body.hasSuffix("M"), let months = Int(body.dropLast()) { return months }
        return nil
    }
}
