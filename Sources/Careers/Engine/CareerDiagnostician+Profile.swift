import Domain
import Foundation
import Matching
import Synchronization
import Taxonomy

// MARK: - Reading the profile

extension CareerDiagnostician {
    /// An explicit target: a route, and the standards the target occupation stands for.
    struct Target {
        var route: String?
        var standards: [Int]
    }

    /// What the aspiration adds to each standard's score, and whether there was one.
    struct Aspiration {
        var boost: [Int: Double]
        var routes: Set<String>
        var aspired: Bool
        /// The first route of each kind of work the wish names ("caring" → care services before
        /// health and science): its paths lead the aspired ones.
        var primary: Set<String> = []
        /// Routes the wish reaches only through the route of a job title it matched ("archives" matching
        /// an archive assistant), not by naming a kind of work or a skill: their other jobs count as wished
        /// for only when they share one of the learner's specific skills.
        var titleOnly: Set<String> = []
        /// Per wish that names a job ("data analyst", "fit heat pumps"), the standards whose title or
        /// typical job titles name it, closest first: the first is the job wished for, the others may be
        /// first steps towards it (`servingNamedWishes`).
        var namedJobs: [[Int]] = []
        /// Per wish that names a job, by its index in `namedJobs`, the words before the job's own last word
        /// that say what the work is on ("aircraft" in "aircraft engineer"), singular: a job far above
        /// where the learner could start is led to by a job whose titles share one (`servingNamedWishes`).
        var namedQualifiers: [Int: Set<String>] = [:]
        /// Jobs the wish names in words a SOC 2020 job title equals ("dispensing optician", "driving
        /// instructor") that no standard's title names: the learner is told so, not left unanswered.
        var unmatchedJobs: [String] = []
        /// Per wish that names a job, by its index in `namedJobs`, the job the learner named in their own words when no
        /// standard is for it and a field's jobs stand in for it ("graphic designer": a junior advertising creative):
        /// those jobs are a first step towards it, not the job the wish names.
        var standIns: [Int: String] = [:]
        /// The words of the wish that say what the work is (`claimWords`): a job of a field the wish names that
        /// shares none of the learner's skills is offered, and said to match the wish, only when it holds one (`holdsWish`).
        var claimWords: Set<String> = []
        /// Whether the learner is placed in a unit group whose title names leading others (housekeeping supervisors),
        /// read by `leadsUnshown`.
        var jobLeads = false
        /// The routes some job of which holds one of `claimWords` (`holdsWish`).
        var claimRoutes: Set<String> = []
    }

    static func kindName(_ kind: SkillKind) -> String {
        switch kind {
        case .technical: "Technical skills"
        case .digital: "Digital skills"
        case .netZero: "Net zero and green skills"
        case .common: "Common and transferable skills"
        case .behaviour: "Employability behaviours"
        }
    }

    // MARK: Skills held

    func skillGroups(_ extraction: ExtractionResult) -> [SkillGroup] {
        let evidence = evidenceBySkill(extraction)
        var order: [String] = []
        var best: [String: ExtractedSkill] = [:]
        for skill in extraction.skills {
            if let current = best[skill.skillID] {
                if skill.confidence > current.confidence { best[skill.skillID] = skill }
            } else {
                order.append(skill.skillID)
                best[skill.skillID] = skill
            }
        }
        return SkillKind.allCases.compactMap { kind in
            let skills = order.compactMap { best[$0] }.filter { $0.kind == kind }.map { found in
                HeldSkill(
                    id: found.skillID, label: found.label, kind: found.kind, evidence: evidence[found.skillID] ?? [],
                    confidence: (found.confidence * 100).rounded() / 100)
            }
            return skills.isEmpty ? nil : SkillGroup(kind: kind, name: Self.kindName(kind), skills: skills)
        }
    }

    /// The profile's words behind each held skill (the matched words only, see `evidenceWords`), each
    /// once, in text order.
    func evidenceBySkill(_ extraction: ExtractionResult) -> [String: [String]] {
        var evidence: [String: [String]] = [:]
        for skill in extraction.skills {
            guard let words = Self.evidenceWords(skill) else { continue }
            if !(evidence[skill.skillID]?.contains(where: { $0.lowercased() == words.lowercased() }) ?? false) {
                evidence[skill.skillID, default: []].append(words)
            }
        }
        return evidence
    }

    // MARK: Current occupations

    /// Likely current occupations: from the job title when given (confident), else from the text.
    ///
    /// `extraction` is the skills found in the title and `text`; when the text itself is the query it
    /// stands for the matcher's own reading of the text's skills, so the text is not read again.
    func currentOccupations(title: String?, text written: String, held: [Bool], extraction: ExtractionResult) -> [OccupationGuess] {
        let heldWeight = model.weight(of: held)
        // Clauses about the learner's health or status ("Registered partially sighted") name no job, nor do
        // sentences about unpaid work.
        // Nor do the school subjects a learner studies or the language they speak ("my english is ok").
        // Nor do sentences about what they dislike ("I dont like phones or crowds").
        let text = Self.droppingDislikeSentences(Self.droppingVoluntarySentences(Self.droppingStatusClauses(Self.droppingStudiedSubjects(written))))
        let query: String
        let base: Double
        if let title {
            query = title
            base = 0.9
        } else {
            query = String(text.prefix(2_000))
            base = 0.6
        }
        guard !query.isEmpty else { return [] }
        let degreeEvidence = Self.showsDegree([title, text].compactMap { $0 }.joined(separator: " "))
        var guesses: [OccupationGuess] = []
        // Without a title the diagnostic extracted skills from exactly this text (when it was not cut).
        let heldSkillIDs = title == nil && query == written ? extraction.skillIDs : nil
        let matches = taxonomy.matchOccupations(query, schemes: [(.soc2020, 2), (.ifate, 8)], heldSkillIDs: heldSkillIDs)
        var groups = matches[0].results
        // Without a title, a text that names a job ("office cleaner on the evening shift, …", "I used to be a
        // laboratory technician", `mentionedJob`) is placed by that job's title, as a given title is, not by
        // whatever its other clauses resemble (a floor buffer is not leather work); a school leaver's text
        // that names none names no job at all.
        let mention = title == nil ? mentionedJob(text) : nil
        if title == nil {
            if let mention {
                groups = mention.groups
            } else if Self.isEarlyCareer(text) || Circumstances.statedAge(text).map({ $0 < 19 }) ?? false {
                // A text saying the learner is under 19 that names no job names none either ("17, left college").
                return []
            }
        }
        // A job title several unit groups share is the learner's in the group their whole text backs.
        // A given title still places the learner in every group it ties for which standards are their job (a cellar service
        // technician's drinks dispense technician, whose job titles code to neither group): only the groups shown are narrowed.
        let titleGroups = groups
        groups = narrowingSharedGroups(groups, named: title ?? mention?.title, text: text, ratio: Self.titlePlacementRatio)
        let topGroup = groups.first?.code
        var standards = matches[1].results.map { (code: $0.code, score: $0.score, note: String?.none) }
        // Thin standards (inferred skills) are guessed beside the standards with statements, which keep
        // their own top score, ranks, best and top three as without them.
        let isThin = { (code: String) in self.model.targetPosition[code].map { self.model.targets[$0].standard.isThin } ?? false }
        var topScore = standards.first { !isThin($0.code) }?.score ?? 0
        // Without a title, the job the words name is one, or else the opening words often are ("Care worker
        // in a residential home…").
        if title == nil, let opening = mention.flatMap({ $0.opening ? nil : $0.title }) ?? Self.openingTitle(text) {
            let hits = taxonomy.matchOccupations(opening, scheme: .ifate, top: 5).results
            if let first = hits.first, first.score >= 0.3 {
                standards = standards.map { item in (item.code, topScore > 0 ? 0.8 * item.score / topScore : 0, item.note) }
                let firstFull = hits.first { !isThin($0.code) } ?? first
                for hit in hits {
                    let relative = isThin(hit.code) ? hit.score / first.score : hit.score / firstFull.score
                    if let index = standards.firstIndex(where: { $0.code == hit.code }) {
                        standards[index].score = max(standards[index].score, relative)
                    } else {
                        standards.append((hit.code, relative, nil))
                    }
                }
                standards.sort { $0.score > $1.score }
                topScore = standards.first { !isThin($0.code) }?.score ?? 0
            }
        }
        // The standards the job title or the job the words name stands for (`standardsNamed(job:)`) are
        // candidates, and agree with the placement whatever their SOC codes: a plant operator placed among
        // energy plant operatives by the coding index is a construction plant operative all the same.
        let named = standardsNamed(title: title, mention: mention)
        for position in named.sorted() {
            let reference = model.targets[position].standard.reference
            guard !standards.contains(where: { $0.code == reference }) else { continue }
            standards.append((reference, topScore * 0.7, nil))
        }
        // Standards whose typical job titles code to the best SOC unit group are candidates too.
        if let topGroup {
            for position in targetsBySOC[topGroup] ?? [] {
                let reference = model.targets[position].standard.reference
                guard !standards.contains(where: { $0.code == reference }) else { continue }
                standards.append((reference, topScore * 0.7, "its typical job titles code to SOC 2020 unit group \(topGroup)"))
            }
            // And so are those whose job titles code to its minor group (a painter's: floorers and tilers), weaker.
            for position in targetsBySOCMinor[String(topGroup.prefix(3))] ?? [] {
                let reference = model.targets[position].standard.reference
                guard !standards.contains(where: { $0.code == reference }) else { continue }
                standards.append((reference, topScore * 0.5, nil))
            }
        }
        // The SOC 2020 unit groups the profile is placed in: from a job title, the best group and any
        // within `titlePlacementRatio` of it; from the text, every group shown.
        let placedRatio = title != nil ? Self.titlePlacementRatio : Self.shownGroupRatio
        let placing = title != nil ? titleGroups : groups
        let placed = placing.filter { placing[0].score > 0 && $0.score / placing[0].score >= placedRatio }.map(\.code)
        // Re-rank by how well the profile's skills fit each standard and whether it shares the best
        // SOC unit group; a standard that disagrees with the placement is not the learner's job.
        // What the everyday job-title table says the title is counts as the title's own words ("bar
        // manager" is a hospitality manager).
        let titleWording = title.map { title in [title, everydayWording(of: title)].filter { !$0.isEmpty }.joined(separator: " ") }
        var fullRank = 0
        let ranks = standards.enumerated().map { index, item in
            if isThin(item.code) { return index }
            defer { fullRank += 1 }
            return fullRank
        }
        let reranked = standards.enumerated().compactMap { index, result -> (position: Int, note: String?, weight: Double)? in
            let rank = ranks[index]
            guard let position = model.targetPosition[result.code] else { return nil }
            let fitted = model.fit(of: model.targets[position], held: held, heldWeight: heldWeight)
            guard let agreement = named.contains(position) ? .unitGroup : placementAgreement(position, placed: placed, fromTitle: title != nil, namedJob: mention.map { sharesWorkWord(position, job: $0.title) } ?? false, fit: fitted)
            else { return nil }
            // A standard the title names (through the everyday table: a falconer's animal trainer) is not checked against its doer word.
            if let wording = titleWording, !titleAgrees(position, title: wording, given: named.contains(position) ? nil : title, text: text, topGroup: topGroup) {
                return nil
            }
            // From the text alone, a senior or supervising post is the learner's only when their words name one.
            if title == nil, !OccupationSeniority.isSenior(text), OccupationSeniority.isSenior(model.targets[position].standard.title) { return nil }
            if let job = title ?? mention?.title, !Self.assistantMayHold(model.targets[position].standard, job: job) { return nil }
            let fit = fitted.score
            let linked = model.targets[position].standard.soc.contains { $0.code == topGroup }
            let relative = topScore > 0 ? (isThin(result.code) ? min(result.score / topScore, 1) : result.score / topScore) : 0
            // A degree-level standard is the job as done only when the profile shows a degree.
            var plausibility = model.targets[position].standard.level >= Self.degreeLevel && !degreeEvidence ? 0.85 : 1.0
            // A thin standard's skills are inferred (`OccupationalStandard.basis`), so its fit says less.
            if model.targets[position].standard.isThin { plausibility *= Self.thinPlausibility }
            let note = result.note ?? agreement.note
            // A standard the job title or the job the words name stands for is that job, ahead of standards that only share
            // its unit group or its words (a saddler is a bespoke saddler before a material cutter).
            let own = named.contains(position) ? Self.namedJobWeight : 0
            return (position, note, plausibility * (relative * (0.6 + 0.8 * fit) + (linked ? 0.25 : 0)) + own - Double(min(rank, 8)) * 0.01)
        }.sorted { $0.weight > $1.weight }
        // From the text alone, a job title standards of different routes share is placed by the words around it.
        let contextual: [(position: Int, note: String?, weight: Double)] = title == nil ? placingSharedTitle(reranked, text: text) : reranked
        let full = contextual.filter { !model.targets[$0.position].standard.isThin }
        let thin = contextual.filter { model.targets[$0.position].standard.isThin }.prefix(1)
        let queryTokens = analyzer.tokens(query)
        for (list, best) in [(Array(full.prefix(3)), full.first?.weight ?? 0), (Array(thin), contextual.first?.weight ?? 0)] {
        for item in list where best > 0 && item.weight / best > 0.55 {
            let confidence = base * min(item.weight / best, 1) * min(best, 1)
            let standard = model.targets[item.position].standard
            let why = occupationWhy(scheme: .ifate, code: standard.reference, query: query, queryTokens: queryTokens, fromTitle: title != nil, held: held)
            guesses.append(OccupationGuess(
                occupation: reference(standard), confidence: (confidence * 100).rounded() / 100, why: [why, item.note].compactMap { $0 }.joined(separator: "; ")))
        }
        }
        // A job title the coding index gives the best group word for word ("Sign writer") places the learner there: groups
        // the title only resembles ("Writer": authors; "Steel fixer's labourer") are not what they do now.
        let titleEquals = title != nil && groups.first?.equalsJobTitle == true
        for result in groups where groups[0].score > 0 && result.score / groups[0].score >= Self.shownGroupRatio && (!titleEquals || result.equalsJobTitle) {
            let why = occupationWhy(scheme: result.scheme, code: result.code, query: query, queryTokens: queryTokens, fromTitle: title != nil, held: held)
            guesses.append(guess(result, confidence: base * min(result.score / groups[0].score, 1), why: why))
        }
        // Of guesses as confident, a standard the job named stands for comes first (a car transporter driver's Large goods
        // vehicle driver, a thin standard, before Urban driver, the best standard with statements).
        let namedCodes = Set(named.map { model.targets[$0].standard.reference })
        return guesses.enumerated().sorted { first, second in
            if first.element.confidence != second.element.confidence { return first.element.confidence > second.element.confidence }
            let firstNamed = namedCodes.contains(first.element.occupation.code), secondNamed = namedCodes.contains(second.element.occupation.code)
            return firstNamed != secondNamed ? firstNamed : first.offset < second.offset
        }.map(\.element)
    }

    // MARK: Agreeing with the SOC placement

    /// What a standard the learner's job title or named job stands for (`standardsNamed(title:mention:)`) adds to its
    /// weight as their current job.
    static let namedJobWeight = 0.5

    /// SOC 2020 unit groups scoring at least this share of the best are shown as likely occupations.
    static let shownGroupRatio = 0.55
    /// A job title places the learner in the best unit group and in those scoring this share of it
    /// (a hairdresser who runs the salon: hairdressers and salon managers), not in every group shown.
    static let titlePlacementRatio = 0.9
    /// The share of a standard's core skill weight the learner must hold for their skills alone to
    /// make it their job when its job titles code to none of the groups they are placed in.
    static let skillBackedCore = 0.2
    /// The SOC 2020 major group of elementary occupations, which ONS puts at skill level 1.
    static let elementaryMajorGroup: Character = "9"

    /// Whether a matched standard can stand for the learner's job given the SOC 2020 unit groups they
    /// are placed in (`placed`, best first) and the learner's fit to it, and how it agrees: `nil` when
    /// it does not (it is then neither shown nor taken as the anchor).
    ///
    /// A standard agrees when its typical job titles code to a placed unit group, or to the same SOC
    /// minor group (a taxi driver and the urban driver standard's delivery and HGV drivers); from the
    /// text alone (no job title), the learner must also share one of its specific skills, since a
    /// sentence about children or a hobby can place a text in a group. A standard whose job titles
    /// code elsewhere, or nowhere, agrees only when the learner's skills make it their job: a skill
    /// its standard keeps coming back to and at least `skillBackedCore` of its core skill weight (a
    /// care worker's adult care worker standard, which no coding-index title reaches). So a kitchen
    /// porter is not a fitted furniture design technician because the word "kitchen" matched.
    /// A job title coding to a unit group ONS puts at skill level 1 or 2 is a job at level 2 at most:
    /// a standard above that agrees only when its own job titles code to that group (`anchorBacked`);
    /// an elementary job title (major group 9) is held by no standard on skills alone.
    /// A text that names the learner's job (`namedJob`: `mentionedJob`, sharing a work word with the standard's
    /// titles, `sharesWorkWord`) places them as a title does, so a standard whose job titles code to that job's
    /// unit group agrees without a shared specific skill
    /// ("Benefits and council tax officer at the district council…": revenues and welfare benefits practitioner).
    func placementAgreement(_ position: Int, placed: [String], fromTitle: Bool, namedJob: Bool = false, fit: Fit) -> PlacementAgreement? {
        let standard = model.targets[position].standard
        let codes = standard.soc.map(\.code)
        // A title placing the learner in several groups (teaching assistants, and higher level teaching
        // assistants) backs a standard any of them backs, and a group's own title vouches for a standard
        // the data gives no SOC codes (hairdressers and barbers: advanced and creative hair professional).
        if fromTitle, !placed.isEmpty, !placed.contains(where: { anchorBacked(position, titleGroup: $0) }),
            !(vouchable(position) && placed.contains { code in
                taxonomy.socUnitGroup(code: code).map { standardsNamed(by: $0.title).contains(position) } ?? false
            })
        {
            return nil
        }
        if codes.contains(where: placed.contains) { return fromTitle || namedJob || fit.specificShared > 0 ? .unitGroup : nil }
        let minors = Set(placed.map { $0.prefix(3) })
        if let code = codes.first(where: { minors.contains($0.prefix(3)) }), fromTitle || fit.specificShared > 0 { return .minorGroup(code) }
        // An elementary job (SOC 2020 major group 9, ONS skill level 1) sits below every standard, the
        // lowest of which is level 2: a kitchen porter does a production chef's prep, but is not one.
        if fromTitle, placed.first?.first == Self.elementaryMajorGroup { return nil }
        // Job titles coding to another group say it is another job, unless two or more of the skills
        // it keeps coming back to are the learner's (a fishmonger's sales and stock are not a retail manager's job).
        let strongNeeded = codes.isEmpty ? 1 : 2
        guard fit.strongSpecificShared >= strongNeeded, fit.core >= Self.skillBackedCore else { return nil }
        return .skills(placed.first)
    }

    // MARK: Agreeing with the job title

    /// Words that say what kind of post a job title is rather than what the work is: a standard sharing
    /// only these with the learner's title ("manager" in "Bar manager" and "Information manager") is
    /// not their job.
    static let postWords: Set<String> = [
        "manager", "assistant", "operative", "worker", "officer", "technician", "advisor", "adviser", "operator", "practitioner",
        "specialist", "professional", "executive", "coordinator", "co", "ordinator", "administrator", "agent", "team", "member",
        "trainee", "apprentice", "junior", "senior", "lead", "leader", "head", "supervisor", "general", "staff", "level", "customer",
    ]

    /// The most opening words tried as a job title.
    static let openingTitleWords = 4

    /// `postWords` as the analyzer's stems.
    static let postStems = Set(TextAnalyzer().terms(postWords.joined(separator: " ")))

    /// Whether a standard can be the job a learner's title names. It must share a word of the title that
    /// says what the work is (not only "manager" or "assistant") through its own title or its typical
    /// job titles, unless its job titles code to the unit group the title places them in; and it must
    /// not name a more senior post than the title and the learner's own history do (a commis chef is not
    /// a senior culinary chef, a customer service advisor not a manager; a chef who says they were head
    /// chef may be).
    func titleAgrees(_ position: Int, title: String, given: String? = nil, text: String, topGroup: String?) -> Bool {
        let standard = model.targets[position].standard
        if !OccupationSeniority.isSenior(title + " " + text), OccupationSeniority.isSenior(standard.title) { return false }
        let workWords = analyzer.terms(title).filter { !Self.postStems.contains($0) }
        guard !workWords.isEmpty else { return true }
        // A standard whose own title names another doer, and none of whose titles names the learner's, is another job.
        if let given, Self.namesOtherDoer(standard, given: given) { return false }
        let nameWords = Set(([standard.title] + standard.typicalJobTitles).flatMap { analyzer.terms($0) })
        // Words agree when one begins the other ("hair" and "hairdresser"), as stems of four letters or more.
        let agree = { (word: String) in
            nameWords.contains { $0 == word || (min($0.count, word.count) >= 4 && ($0.hasPrefix(word) || word.hasPrefix($0))) }
        }
        let shared = workWords.filter(agree)
        if let given, !shared.isEmpty, sharesHeadOnly(standard, given: given, shared: shared, topGroup: topGroup) { return false }
        guard shared.isEmpty else { return true }
        // A unit group of jobs not elsewhere classified ("Agricultural and fishing trades n.e.c.": falconers and arborists)
        // gathers unrelated work: sharing it says nothing of whether a standard sharing no word of the title is the job.
        guard !(topGroup.flatMap { taxonomy.socUnitGroup(code: $0) }?.title.hasSuffix("n.e.c.") ?? false) else { return false }
        return standard.soc.contains { $0.code == topGroup }
    }

    /// The doer a job title names: its last word, singular and lower-case, when it names a person doing the work
    /// (`namesPerson`) and is not a grade any field has (`postWords`: "operative", "assistant"); a standard's title is read
    /// before any bracket or dash ("Passenger transport driver - bus, coach and tram": driver).
    static func doer(of title: String) -> String? {
        let head = title.components(separatedBy: " - ")[0].split(separator: "(")[0]
        guard let last = singularWords(String(head)).last, namesPerson(last), !postWords.contains(last), !roleWords.contains(last) else { return nil }
        return last
    }

    /// Whether two doer words are the same work: equal, or one holding the other ("keeper" in "zookeeper").
    static func sameDoer(_ first: String, _ second: String) -> Bool {
        first == second || (min(first.count, second.count) >= 4 && (first.contains(second) || second.contains(first)))
    }

    /// Whether the standard's own title names a doer (`doer(of:)`) other than the one the learner's title names, and none of
    /// its titles names the learner's: a revenue protection inspector is no passenger transport driver, though one of that
    /// standard's typical job titles is "revenue officer"; a falconer is no arborist, though both are coded among
    /// agricultural trades n.e.c.
    /// A title naming two doers ("Welder fabricator") names each of them.
    static func namesOtherDoer(_ standard: OccupationalStandard, given: String) -> Bool {
        guard doer(of: given) != nil, let own = doer(of: standard.title) else { return false }
        let learner = singularWords(given).filter { namesPerson($0) && !postWords.contains($0) && !roleWords.contains($0) }
        guard !learner.contains(where: { sameDoer($0, own) }) else { return false }
        return !([standard.title] + standard.typicalJobTitles).contains { title in
            singularWords(title).contains { word in learner.contains { sameDoer(word, $0) } }
        }
    }

    /// Whether the learner's title says what kind of its work it is ("steel" in "steel fixer", "driving" in "driving
    /// examiner") and the standard shares only the title's last word (`shared`, the title wording's stems it shares), through
    /// a typical job title, not its own: an "Interior stone fixer" or a bare "Examiner" is another kind of fixer or examiner.
    /// Unless the coding index puts that title of the standard in the learner's own unit group (`topGroup`): an NDT inspector
    /// is coded with quality inspectors, so the NDT operator standard may be a quality inspector's job.
    func sharesHeadOnly(_ standard: OccupationalStandard, given: String, shared: [String], topGroup: String?) -> Bool {
        let work = analyzer.terms(given).filter { !Self.postStems.contains($0) }
        guard work.count >= 2, let head = work.last, shared.allSatisfy({ $0 == head }) else { return false }
        if standard.soc.contains(where: { $0.code == topGroup && analyzer.terms($0.via).contains(head) }) { return false }
        return !analyzer.terms(standard.title).contains(head)
    }

    /// Whether the learner's SOC placement itself backs the standard taken as their job at its level: its
    /// job titles code to a unit group they are placed in that ONS puts above skill level 2 (teaching
    /// assistants also place one among higher level teaching assistants), or it has no SOC codes and a
    /// placed group's own title names it (hairdressers: advanced and creative hair professional). Such a
    /// standard's level stands even when the title's best group is at skill level 2; a level-3 standard
    /// the title reached otherwise (a checkout assistant's design technician, an assembly operative's
    /// garment maker) is still read at level 2.
    func placementHolds(_ position: Int, guesses: [OccupationGuess]) -> Bool {
        let standard = model.targets[position].standard
        let groups = guesses.filter { $0.occupation.scheme == .soc2020 }
        let above = groups.filter { !Self.secondaryLevelMajorGroups.contains($0.occupation.code.first ?? "9") }
        if standard.soc.contains(where: { link in above.contains { $0.occupation.code == link.code } }) { return true }
        return vouchable(position) && groups.contains { standardsNamed(by: $0.occupation.title).contains(position) }
    }

    /// How a standard agrees with the learner's SOC 2020 placement.
    enum PlacementAgreement {
        /// Its job titles code to a unit group the learner is placed in.
        case unitGroup
        /// Its job titles code to this unit group, in the same minor group as a placed one.
        case minorGroup(String)
        /// Its job titles code to none of the placed groups (the best is given), but the learner's skills are its core.
        case skills(String?)

        /// The reason shown with the guess; none for a unit group, which the match already explains.
        var note: String? {
            switch self {
            case .unitGroup: nil
            case .minorGroup(let code): "its job titles code to SOC 2020 \(code), in the same minor group as your job"
            case .skills(let group):
                "none of its job titles codes to " + (group.map { "SOC 2020 \($0)" } ?? "the occupation your words suggest")
                    + ", but the skills it is built on are ones you describe"
            }
        }
    }

    // MARK: Level the evidence supports

    /// Standards at this level or above are degree apprenticeships or degree-level jobs.
    static let degreeLevel = 6

    /// Words showing study or work at degree level.
    static let degreeMarkers = ["degree", "graduate", "bsc", "ba hons", "msc", "university", "chartered", "mba", "postgraduate", "ba in", "ma in"]

    /// Each degree marker as a whole word, singular or plural.
    static let degreeNeedles: [String] = degreeMarkers.flatMap { (marker: String) -> [String] in [" \(marker) ", " \(marker)s "] }

    /// Words before a degree marker that deny it ("no degree", "never went to university").
    static let degreeNegations = [" no ", " without a ", " without ", " not a ", " never went to ", " didn t go to ", " don t have a ", " never did a "]

    /// True when the text mentions a degree, graduate study or a chartered title.
    static func showsDegree(_ text: String) -> Bool {
        var words = " " + text.lowercased().map { $0.isLetter ? $0 : " " }.reduce(into: "") { $0.append($1) } + " "
        guard PhraseSearch(words).containsAny(degreeNeedles) else { return false }
        // "No degree", "without a degree", "never went to university" say the opposite.
        for negation in degreeNegations {
            for marker in degreeMarkers { words = words.replacingOccurrences(of: negation + marker + " ", with: " ") }
        }
        return PhraseSearch(words).containsAny(degreeNeedles)
    }

    /// The level a learner placed in `standard` works at: its level, except that a degree-level
    /// standard matched without degree evidence stands for the job below degree level (4 for a
    /// manager or leader, else 3), so a store manager steps up to the retail leadership degree
    /// rather than standing on it with nowhere to go.
    static func evidencedLevel(of standard: OccupationalStandard, profileText: String) -> Int {
        guard standard.level >= degreeLevel, !showsDegree(profileText) else { return standard.level }
        let lower = PhraseSearch(" " + profileText.lowercased() + " ")
        return lower.containsAny(["manager", "leader", "head of", "director"]) ? 4 : 3
    }

    /// The SOC 2020 major groups whose jobs ONS puts at skill level 1 or 2 (elementary; administrative;
    /// caring and leisure; sales and customer service; process and machine operatives): jobs entered
    /// with a general secondary education, which is level 2.
    static let secondaryLevelMajorGroups: Set<Character> = ["4", "6", "7", "8", "9"]
    /// The level a job in `secondaryLevelMajorGroups` stands for.
    static let secondaryLevel = 2

    /// The level the learner works at: the matched standard's (`evidencedLevel`), at most level 2 when
    /// their job title codes to a SOC 2020 unit group ONS puts at skill level 1 or 2 (a checkout
    /// assistant whose title also matched a level-3 standard works at level 2), and at least a
    /// qualification level they name ("NVQ level 3").
    static func learnerLevel(standardLevel: Int, titleGroup: String?, qualificationLevel: Int?) -> Int {
        var level = standardLevel
        if let major = titleGroup?.first, secondaryLevelMajorGroups.contains(major) { level = min(level, secondaryLevel) }
        if let qualificationLevel { level = max(level, qualificationLevel) }
        return level
    }

    /// How much a thin standard's weight as the learner's job counts against one with K/S/B statements.
    static let thinPlausibility = 0.85

    /// How close two standards' confidences must be for the named qualification level to choose between them.
    static let anchorTie = 0.05

    /// The standard taken as the learner's job: the most confident IfATE guess (at least 0.2), except
    /// that among guesses within `anchorTie` of it, the one nearest a qualification level the learner
    /// names wins (a nursery nurse with an NVQ level 3 matches the level-2 and level-5 early years
    /// standards almost equally; the level-5 lead practitioner is not their job).
    static func anchorGuess(_ guesses: [OccupationGuess], namedLevel: Int?) -> OccupationGuess? {
        let standards = guesses.filter { $0.occupation.scheme == .ifate && $0.confidence >= 0.2 }
        guard let best = standards.first else { return nil }
        guard let namedLevel else { return best }
        let tied = standards.filter { best.confidence - $0.confidence <= anchorTie }
        // `min` keeps the first of equals, so the most confident wins a tie on distance.
        return tied.min { abs(($0.occupation.level ?? namedLevel) - namedLevel) < abs(($1.occupation.level ?? namedLevel) - namedLevel) }
    }

    /// Whether a matched standard can stand for the learner's job: not when their job title codes to a
    /// SOC 2020 unit group at ONS skill level 1 or 2 and the standard is above level 2 without its job
    /// titles coding to that unit group (a checkout assistant's title also matches the word
    /// "assistant" in a level-3 design technician's standard, which is not their job).
    func anchorBacked(_ position: Int, titleGroup: String?) -> Bool {
        guard let titleGroup, let major = titleGroup.first, Self.secondaryLevelMajorGroups.contains(major) else { return true }
        let standard = model.targets[position].standard
        return standard.level <= Self.secondaryLevel || standard.soc.contains { $0.code == titleGroup }
    }

    /// Whether the group's title may vouch for a standard (`standardsNamed(by:)`): the data gives it no
    /// SOC codes to be vetted by, and it is at most one level above the secondary level such groups work
    /// at (a market trader is no level-7 banker).
    func vouchable(_ position: Int) -> Bool {
        let standard = model.targets[position].standard
        return standard.soc.isEmpty && standard.level <= Self.secondaryLevel + 1
    }

    /// The three standards closest to a placed unit group's own title ("Hairdressers and barbers":
    /// Advanced and creative hair professional), which that title names.
    /// The taxonomy's fixed titles are matched once (a diagnosis asks for the same group's several times); the
    /// cache keeps at most `groupStandardsCacheLimit` titles.
    func standardsNamed(by groupTitle: String) -> Set<Int> {
        if let known = groupStandardsCache.withLock({ $0[groupTitle] }) { return known }
        let named = Set(taxonomy.matchOccupations(groupTitle, scheme: .ifate, top: 3).results.compactMap { model.targetPosition[$0.code] })
        groupStandardsCache.withLock { cache in
            if cache.count < Self.groupStandardsCacheLimit { cache[groupTitle] = named }
        }
        return named
    }

    /// More titles than the taxonomy's unit groups have (about 400), so every group's is kept.
    static let groupStandardsCacheLimit = 2_000

    /// The highest qualification level (1…5) the text names: "level 3", "NVQ 3", "NVQ level 2", and
    /// the everyday short form "lvl 3".
    static func qualificationLevel(in text: String) -> Int? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        var best: Int?
        for (index, word) in words.enumerated() where (word == "level" || word == "lvl" || word == "nvq") && index + 1 < words.count {
            let next = words[index + 1] == "level" && index + 2 < words.count ? words[index + 2] : words[index + 1]
            guard let value = Int(next), (1...5).contains(value) else { continue }
            best = max(best ?? 0, value)
        }
        return best
    }

    func guess(_ result: OccupationResult, confidence: Double, why: String) -> OccupationGuess {
        OccupationGuess(occupation: reference(result), confidence: (confidence * 100).rounded() / 100, why: why)
    }

    func reference(_ result: OccupationResult) -> OccupationRef {
        let pathway = result.scheme == .ifate ? taxonomy.standard(reference: result.code)?.pathway : nil
        return OccupationRef(
            id: result.id, scheme: result.scheme, code: result.code, title: result.title, route: result.route,
            routeName: result.route.flatMap { Route(rawValue: $0)?.name }, pathway: pathway, level: result.level)
    }

    func reference(_ standard: OccupationalStandard) -> OccupationRef {
        OccupationRef(
            id: "ifate:" + standard.reference, scheme: .ifate, code: standard.reference, title: standard.title, route: standard.route,
            routeName: Route(rawValue: standard.route)?.name, pathway: standard.pathway, level: standard.level)
    }

    // MARK: Aspiration and target

    func resolveTarget(_ profile: LearnerProfile) throws -> Target {
        var target = Target(route: profile.targetRoute?.rawValue, standards: [])
        guard let raw = profile.targetOccupation?.trimmingCharacters(in: .whitespaces).nilIfEmpty else { return target }
        let code = raw.split(separator: ":").last.map(String.init) ?? raw
        if let position = model.targetPosition[code.uppercased()] {
            target.standards = [position]
        } else if taxonomy.socUnitGroup(code: code) != nil {
            target.standards = model.targets.indices.filter { model.targets[$0].standard.soc.contains { $0.code == code } }
        } else if let best = taxonomy.matchOccupations(raw, scheme: .ifate, top: 1).results.first, best.score > 0,
            let position = model.targetPosition[best.code]
        {
            target.standards = [position]
        } else {
            throw DiagnosticInputError(field: "targetOccupation", reason: "'\(raw)' is not a standard reference, SOC 2020 code or known job title")
        }
        if target.route == nil, let first = target.standards.first { target.route = model.targets[first].standard.route }
        return target
    }

    func aspirationBoosts(_ profile: LearnerProfile, target: Target) -> Aspiration {
        var aspiration = Aspiration(boost: [:], routes: [], aspired: false)
        if let route = target.route {
            aspiration.routes.insert(route)
            aspiration.aspired = true
        }
        for position in target.standards { aspiration.boost[position, default: 0] += 0.5 }
        guard let written = profile.aspiration?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty else { return aspiration }
        aspiration.aspired = true
        // What the learner wants to leave behind ("away from the phones") names no route or job, and
        // nor does how they would get to work or when ("something I can get to on the bus").
        // Nor does a pronoun "it" ("go back into it"): it is the learner's own field, never IT.
        // Words joined by "and" that a title holds together ("learning and development") are one wish, not
        // two: they are joined before any clause is cut at "and".
        let text = Self.droppingCircumstances(joiningTitledPairs(Self.droppingNegatedClauses(Self.droppingPronounIt(written))))
        // Each wish ("logistics", "HR", "work with animals") is matched as a job title.
        // The fields the wish names in everyday words ("transport or logistics"), which a job named in one word any field
        // has ("a planner") is read within.
        let textRoutes = target.route == nil ? Self.wishRoutes(text) : []
        // Activities listed after a job named for the person say what it does (`activitiesDescribingJob`): no job of their own.
        let describing = Self.activitiesDescribingJob(in: written)
        for part in Self.aspirationParts(text) where !describing.contains(part) {
            let namedBefore = aspiration.namedJobs.count
            defer { if aspiration.namedJobs.count == namedBefore, let job = unmatchedJobTitle(part) { aspiration.unmatchedJobs.append(job) } }
            // A kind of work ("outdoors", "helping people") is not a job title: its routes count below.
            // A field named by one word ("data") is both: its job titles count within its routes only
            // (a data technician, not a project controls technician whose title mentions data).
            let topicRoutes = Self.wishRoutes(part)
            // Words any job has ("people", "work", "hours", "team") name no job: they are never matched
            // against titles, so "somewhere indoors where people don't shout" is no young people's practitioner.
            let generic = part.split(separator: " ").filter { !Self.genericWishWords.contains(Self.singular(String($0))) }.joined(separator: " ")
            // Work named for the job that does it ("food safety inspection") is that job ("food inspector").
            let part = namingTheDoer(generic) ?? generic
            guard !part.isEmpty else { continue }
            // A kind of work named with a job ("a proper trade like electrician", "data analyst") still names
            // the job, its last word, within the kind's routes; a kind of work alone does not.
            // A role word any field has ("engineering technician") leaves the kind of work to name the field,
            // unless the whole wish is a job title ("teaching assistant").
            let head = part.split(separator: " ").last.map { Self.singular(String($0)) } ?? ""
            let partBytes = Array(part.utf8)
            let titled = { (position: Int) in self.titlesHold(partBytes, position: position) }
            let wholeTitle = !topicRoutes.isEmpty && Self.roleWords.contains(head)
            // A job named with a kind-of-work word ("HGV driver") names the job when a title holds it whole.
            let namesJob = part.contains(" ") && (Self.wishRoutes(head).isEmpty || model.targets.indices.contains(where: titled))
                && (!wholeTitle || model.targets.indices.contains(where: titled))
            guard topicRoutes.isEmpty || Self.fieldWords.contains(part) || namesJob else { continue }
            // The job a wish names is its last word ("crew" in "cabin crew", "airport" in "Birmingham
            // airport"); a title matched only on a word that qualifies it (a modular cabin fitter) is not wished for.
            // When the closest title is matched only on such a word, the wish is not read as a job title
            // at all: "cabin crew" is no modular cabin fitter, and not an ambulance crew either.
            // A standard whose own title holds the wish's words in a row ("cyber security" in "Cyber security technician") is
            // named whatever field one of those words suggests alone ("security": protective services). So is one a typical job
            // title of which holds a job named in full, ending in a word for the person doing it ("transport planner" in a
            // transport planning technician's titles): "office" in "the office as a transport planner" says where, not what.
            let personHead = Self.namesPerson(head)
            // A job named in one word for a person that many fields have ("maybe transport admin or a planner"), in a wish
            // naming fields, is first looked for among those fields' jobs: a transport planner, not a town planner. Where none
            // of them is called that, the word is read as before.
            let scoped = topicRoutes.isEmpty && !textRoutes.isEmpty && personHead && !part.contains(" ")
                ? taxonomy.matchOccupations(part, scheme: .ifate, top: 60).results.filter { result in
                    textRoutes.contains(result.route ?? "") && (model.targetPosition[result.code].map { namesAsJob(part, position: $0) } ?? false)
                } : []
            let matched = (scoped.isEmpty ? taxonomy.matchOccupations(part, scheme: .ifate, top: 5).results : Array(scoped.prefix(5)))
                .filter { result in
                    topicRoutes.isEmpty || topicRoutes.contains(result.route ?? "")
                        || (part.contains(" ") && model.targetPosition[result.code].map {
                            namesOutright(part, position: $0, ownTitleOnly: !personHead)
                        } ?? false)
                }
            // One word names a job only through a standard whose own title holds it or one of whose titles it
            // heads ("nurse", "plumbing"): one a typical job title holds only as what qualifies another job
            // ("theatre" in a creative venue technician's "Theatre technician", "lab" in a food technologist's
            // "lab assistant") is a place or thing of the work, not the job wished for.
            let oneWord = part.split(whereSeparator: { !$0.isLetter && $0 != "-" }).count == 1 && !Self.fieldWords.contains(part)
            // A grade word any field has heading the wish ("conveyancing assistant") names the job of that work at
            // another grade too (`namesWorkAtAnyGrade`: a conveyancing technician), when no title found holds the wish whole.
            let anyGrade = !matched.contains { model.targetPosition[$0.code].map { namesOutright(part, position: $0) } ?? false }
            // A title of another specialism of the job ("Youth support worker" for "cancer support worker") does not name it
            // (`namesOtherSpecialism`).
            let names = { (position: Int) in
                (self.namesHead(of: part, position: position) || (anyGrade && self.namesWorkAtAnyGrade(part, position: position)))
                    && (!oneWord || self.namesAsJob(part, position: position)) && !self.namesOtherSpecialism(part, position: position)
            }
            guard let closest = matched.first, model.targetPosition[closest.code].map(names) ?? false else {
                // A job named in words only titles of another specialism hold ("cancer support worker") is said to have no standard here.
                if let first = matched.first.flatMap({ model.targetPosition[$0.code] }), namesOtherSpecialism(part, position: first),
                    !aspiration.unmatchedJobs.contains(part)
                { aspiration.unmatchedJobs.append(part) }
                continue
            }
            let results = matched.filter { result in
                model.targetPosition[result.code].map { names($0) && (!wholeTitle || titled($0)) } ?? false
            }
            guard let best = results.first, best.score >= 0.2 else { continue }
            // The job is named outright when a title holds the wish's last words ("heat pump" in "fit heat
            // pumps", "data analyst"), not only its last word ("shot" in "my knees are shot").
            // One whose own title holds the words ("Engineering technician") comes before one whose job
            // titles only list them.
            let outright = results.compactMap { model.targetPosition[$0.code] }.filter {
                namesOutright(part, position: $0) || (anyGrade && namesWorkAtAnyGrade(part, position: $0))
            }
            let ownTitled = outright.filter { namesOutright(part, position: $0, ownTitleOnly: true) }
            let ordered = ownTitled + outright.filter { !ownTitled.contains($0) }
            if !ordered.isEmpty {
                aspiration.namedQualifiers[aspiration.namedJobs.count] = Set(part.split(separator: " ").dropLast().map { Self.singular(String($0)) })
                    .subtracting(Self.roleWords)
                aspiration.namedJobs.append(ordered)
            }
            for (rank, result) in results.enumerated() where result.score >= best.score * 0.6 {
                guard let position = model.targetPosition[result.code] else { continue }
                aspiration.boost[position, default: 0] += 0.3 * (1 - Double(rank) / 5)
            }
            if target.route == nil, let route = best.route, !aspiration.routes.contains(route) {
                aspiration.routes.insert(route)
                aspiration.titleOnly.insert(route)
            }
        }
        // Everyday kinds of work ("outdoors", "office work", "helping people") name routes.
        if target.route == nil {
            aspiration.titleOnly.subtract(Self.wishRoutes(text))
            aspiration.routes.formUnion(Self.wishRoutes(text))
            aspiration.primary = Self.wishRoutes(text, primaryOnly: true)
        }
        // Skills named in the wish point at the routes that use them, when they are few.
        if target.route == nil {
            for found in taxonomy.extract(text).skills {
                guard let skill = taxonomy.skill(id: found.skillID), OccupationSkillModel.isSpecific(skill.kind), (1...2).contains(skill.routes.count)
                else { continue }
                aspiration.routes.formUnion(skill.routes)
                aspiration.titleOnly.subtract(skill.routes)
            }
        }
        return aspiration
    }

    /// The wish part's words, as the learner wrote them, when they equal a SOC 2020 job title of two words
    /// or more ("dispensing optician", "driving instructor", "video editor"), or of one word naming the person
    /// doing the work ("pharmacist", "translator"), and no standard's title or
    /// typical job title holds them: a job the catalogue has no standard for. `nil` otherwise.
    func unmatchedJobTitle(_ part: String) -> String? {
        let words = part.replacingOccurrences(of: "\u{A0}", with: " ").lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" })
            .map(String.init)
        // One word names a job when it names the person doing it ("pharmacist", "translator", "osteopath").
        let person = words.count == 1 && ["er", "or", "ist", "ian", "path"].contains { words[0].hasSuffix($0) && words[0].count > 4 }
        guard words.count >= 2 || person, words.count <= Self.mentionWords, jobTitleMention(words, clarity: .statement) != nil else { return nil }
        let named = words.joined(separator: " ")
        // A field's name in "-s" is its adjective in titles: "electronics engineer" is held by "power electronic engineer".
        let adjectival = words.map { $0.count > 5 && $0.hasSuffix("ics") ? String($0.dropLast()) : $0 }.joined(separator: " ")
        return anyTitleHoldsWords(named, wholeWords: false) || (adjectival != named && anyTitleHoldsWords(adjectival, wholeWords: false)) ? nil : named
    }

    /// Joins a job title's pair of words around "and" ("learning and development", "health and safety")
    /// with no-break spaces, so `aspirationParts`, which splits a wish at " and ", keeps the pair whole.
    func joiningTitledPairs(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count >= 3 else { return text }
        var joined = words
        for index in 1..<(words.count - 1) where words[index].lowercased() == "and" {
            let before = words[index - 1].lowercased().trimmingCharacters(in: .letters.inverted)
            let after = words[index + 1].lowercased().trimmingCharacters(in: .letters.inverted)
            guard !before.isEmpty, !after.isEmpty, !joined[index - 1].isEmpty, !words[index - 1].hasSuffix(","), !Self.wishWords.contains(before)
            else { continue }
            let titled = anyTitleHoldsWords("\(before) and \(after)")
            if titled { joined[index - 1] += "\u{A0}and\u{A0}" + joined[index + 1] }
            if titled { joined[index] = ""; joined[index + 1] = "" }
        }
        return joined.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Whether the standard's title or one of its typical job titles holds the wish part's last word
    /// (the thing named: "crew" in "cabin crew"), singular or plural ("plants", "plant").
    func namesHead(of part: String, position: Int) -> Bool {
        guard let last = part.split(whereSeparator: { !$0.isLetter }).last else { return false }
        let head = Self.singular(String(last))
        return model.targets[position].titleWords.contains { $0.contains(head) }
    }

    /// A wish's words without what follows its job in a clause of what the job does: "an aircraft engineer
    /// working on planes" is "an aircraft engineer", so the job
    /// is matched by its own last word. The clause starts at an "-ing" word right after a word for a
    /// person doing a job (`roleWords`, or ending "er", "or", "ist" or "ian"); "electrical engineering" is kept.
    static func cuttingWhatTheJobDoes(_ words: [String]) -> [String] {
        guard words.count >= 3 else { return words }
        for index in 2..<(words.count - 1) where words[index].hasSuffix("ing") && words[index].count > 5 {
            let person = singular(words[index - 1])
            // The job's word follows an article or a word that qualifies it ("an aircraft engineer"), not a
            // pronoun ("i'd prefer working outdoors" is no job).
            let before = words[index - 2].lowercased()
            let qualified = ["a", "an"].contains(before) || !wishWords.contains(before)
            let isPerson = namesPerson(person)
            if isPerson && qualified && !wishWords.contains(person) { return Array(words[..<index]) }
        }
        return words
    }

    /// Whether a one-word wish (`word`) names the standard as a job: its own title holds the word, or
    /// one of its typical job titles ends with it (its head, "hand" in "deck hand"), singular or plural,
    /// or holds it anywhere when it is an activity ("baking" in "Baking operative").
    func namesAsJob(_ word: String, position: Int) -> Bool {
        let head = Self.singular(word)
        let titles = model.targets[position].titleWords
        let jobTitles = titles.dropFirst()
        if titles[0].contains(head) || jobTitles.contains(where: { $0.last == head }) { return true }
        // An activity ("baking", "welding") is the work itself: it names a job any of whose titles names it, wherever
        // it stands ("Baking operative"), where a place or thing ("theatre", "lab") does not. A title that leads
        // the activity ("Estimating lead", "Head of welding") is a rank above it, not the work wished for.
        return head.count > 5 && head.hasSuffix("ing")
            && jobTitles.contains { titleWords in
                titleWords.contains(head) && !titleWords.contains(where: Self.rankWords.contains)
            }
    }

    /// Words of a job title that make it a rank leading a kind of work rather than the work itself.
    static let rankWords: Set<String> = ["lead", "head", "manager", "chief", "principal", "director"]

    /// Whether the standard's title or one of its typical job titles holds the wish part's last two words
    /// in a row ("heat pump" for "fit heat pumps"), or, for a one-word part, that word ("nurse"), singular or plural.
    /// With `ownTitleOnly`, only the standard's own title counts.
    func namesOutright(_ part: String, position: Int, ownTitleOnly: Bool = false) -> Bool {
        let titles = model.targets[position].titleWords
        return Self.namesOutright(part, titleWords: ownTitleOnly ? Array(titles.prefix(1)) : titles)
    }

    /// Whether one of the titles (as `singularWords`) holds the part's last two words in a row, or its one word.
    static func namesOutright(_ part: String, titleWords titles: [[String]]) -> Bool {
        let words = singularWords(part)
        let tail = Array(words.suffix(2))
        guard !tail.isEmpty else { return false }
        return titles.contains { titleWords in
            titleWords.count >= tail.count && (0...(titleWords.count - tail.count)).contains { titleWords[$0..<$0 + tail.count].elementsEqual(tail) }
        }
    }

    /// A text's words, split at anything not a letter, each lower-case and singular (`singular`).
    static func singularWords(_ text: String) -> [String] {
        ASCIIWords.singular(text, digits: false, apostrophes: false) ?? text.split(whereSeparator: { !$0.isLetter }).map { singular(String($0)) }
    }

    /// Whether a wish ending in a grade word any field has (`roleWords`: "conveyancing assistant") names the standard
    /// as the same work at another grade: its own title holds every other word of the wish and ends in a grade word
    /// ("Conveyancing technician").
    func namesWorkAtAnyGrade(_ part: String, position: Int) -> Bool {
        let words = Self.singularWords(part)
        guard words.count >= 2, let head = words.last, Self.roleWords.contains(head) else { return false }
        let work = words.dropLast().filter { !Self.roleWords.contains($0) }
        let title = (model.targets[position].standard.title.lowercased().split(separator: "(").first ?? "")
            .split(whereSeparator: { !$0.isLetter }).map { Self.singular(String($0)) }
        guard !work.isEmpty, let last = title.last, Self.roleWords.contains(last) else { return false }
        return work.allSatisfy(title.contains)
    }

    /// A word without a plural "s" ("pensions" → "pension"), enough to compare a wish's words with titles.
    static func singular(_ word: String) -> String {
        let word = word.lowercased()
        return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }

    /// The first clause of the text when it reads like a job title: up to the first "in", "at",
    /// "for", "with" or comma, at most five words once "I worked as a"-style words are dropped.
    static func openingTitle(_ text: String) -> String? {
        guard let first = text.split(whereSeparator: { ".;\n".contains($0) }).first else { return nil }
        var clause = " " + first.lowercased() + " "
        for stop in [" in ", " at ", " for ", " with ", ",", " since ", " from ", " - ", " – "] {
            if let range = clause.range(of: stop) { clause = String(clause[..<range.lowerBound]) + " " }
        }
        let skip: Set<String> = ["worked", "work", "working", "was", "been", "have", "i've", "ive", "currently", "previously", "employed", "years"]
        let words = clause.split(separator: " ").map(String.init).filter { !wishWords.contains($0) && !skip.contains($0) }
        guard (1...5).contains(words.count) else { return nil }
        return words.joined(separator: " ")
    }

    /// Words around a wish that say nothing about the occupation ("I would like to move into").
    static let wishWords: Set<String> = [
        "i", "i'd", "i'm", "im", "id", "want", "wants", "to", "would", "like", "love", "move", "moving", "into", "in", "work", "working", "as",
        "a", "an", "become", "be", "get", "getting", "job", "jobs", "career", "careers", "the", "some", "kind", "of", "something", "retrain",
        "train", "training", "go", "change", "switch", "with", "do", "doing", "looking", "for", "me", "my", "am", "interested", "hoping", "hope",
        "plan", "planning", "keen", "thinking", "about", "field", "sector", "industry", "role", "roles", "eventually", "maybe", "perhaps",
        "possibly", "really", "also", "then", "next", "new", "aim", "aiming", "goal", "dream", "is", "wish", "aspire", "on", "at", "from",
        "where", "that", "which", "can", "could", "more", "less", "better", "job.", "start", "starting", "own",
        // How the wish is put ("I think I'd be good at office management", "I'd like to learn furniture restoration").
        "think", "reckon", "learn",
        // A question for such work nearby ("is there a software developer apprenticeship near me") names the job only.
        "there", "any", "near", "nearby",
        // How the work should feel, not what it is ("something quieter like data").
        "quieter", "quiet", "calmer", "calm", "steadier", "steady", "easier", "slower", "like", "this", "time", "stable", "secure",
    ]

    /// Words (singular) that any job or workplace has, so a wish holding them names no particular job:
    /// they are left out when a wish is matched against job titles.
    static let genericWishWords: Set<String> = [
        "people", "person", "everyone", "someone", "somebody", "work", "job", "role", "position", "career", "something",
        "somewhere", "thing", "stuff", "place", "workplace", "environment", "company", "team", "colleague", "staff", "hour",
        "day", "night", "week", "shift", "time", "life", "indoor", "indoors", "inside", "outdoor", "where", "all", "me", "i",
        // Someone in training is in every field: "training apprentices" names no accident repair apprenticeship.
        "apprentice", "apprenticeship", "trainee",
        // How the work should feel, which names no job ("something more hands on", "something different",
        // "a good job"): "hands" is no deck hand.
        "hand", "hands-on", "different", "similar", "else", "practical", "fiddly", "bit", "interesting", "varied", "proper", "good",
        "decent", "rewarding", "meaningful", "sort",
        // Hedges around a kind of work ("but still with animals if possible"): "possible" is no job.
        "but", "still", "if", "possible", "ideally", "preferably", "please", "tbh", "again", "now", "anymore",
    ]

    /// True for a word (singular) for a person doing a job: a grade of job (`roleWords`) or a doer's ending
    /// ("-er", "-or", "-ist", "-ian", past four letters: "sprayer", "invigilator", "florist", "technician").
    static func namesPerson(_ word: String) -> Bool {
        roleWords.contains(word) || ["er", "or", "ist", "ian"].contains { word.hasSuffix($0) && word.count > 4 }
    }

    /// Words (singular) for a grade of job in any field: after a kind of work ("engineering technician",
    /// "care assistant") they name no particular job, so the kind of work names the field.
    static let roleWords: Set<String> = [
        "technician", "assistant", "operative", "operator", "worker", "officer", "manager", "specialist", "practitioner", "professional",
        "supervisor", "leader", "advisor", "adviser", "engineer", "executive", "coordinator", "co-ordinator", "administrator", "apprentice",
        "trainee", "consultant", "lead", "head",
    ]

    /// Wish words that also open a job's name ("train driver", "train conductor").
    static let jobOpeningWishWords: Set<String> = ["train"]

    /// Whether the wish word at `index` opens a job's name (`jobOpeningWishWords`): a word that names something
    /// follows it ("train driver"), not a wish word or a word any job has ("train as a nurse", "train people").
    static func opensJobName(_ words: [String], at index: Int) -> Bool {
        guard jobOpeningWishWords.contains(words[index]), index + 1 < words.count else { return false }
        let next = words[index + 1]
        return !wishWords.contains(next) && !genericWishWords.contains(singular(next)) && next.first?.isLetter == true
    }

    /// Words for a way of training ("a course", "an apprenticeship", "a bootcamp"): a wish or question for one names the way
    /// in, not a job ("is there a course or apprenticeship that would get me in" is no golf course manager).
    static let studyWords: Set<String> = [
        "course", "courses", "apprenticeship", "apprenticeships", "class", "classes", "bootcamp", "bootcamps", "programme", "programmes",
    ]

    /// Words saying who a way of training is for, or when, where and how it runs ("an adult apprenticeship", "a night course",
    /// "an evening class"): right before a word of `studyWords` they name no job ("adult" there is the learner's age group,
    /// not adult care), though "adult care apprenticeship" still names adult care.
    static let studyModeWords: Set<String> = [
        "adult", "adults", "night", "evening", "evenings", "weekend", "daytime", "online", "distance", "part-time", "full-time", "short",
        "local", "free", "funded", "mature", "refresher", "update", "updating", "intensive", "college", "uni", "university", "access",
        "level", "1", "2", "3", "4", "5", "6", "7", "one-day", "day", "taster",
    ]

    /// A wish's words without the ways of training it names (`studyWords`) and the words right before them saying who or
    /// when such training is for (`studyModeWords`).
    static func droppingWaysOfStudy(_ words: [String]) -> [String] {
        guard words.contains(where: { studyWords.contains($0.lowercased()) }) else { return words }
        var kept: [String] = []
        for word in words {
            if studyWords.contains(word.lowercased()) {
                while let last = kept.last, studyModeWords.contains(last.lowercased()) { kept.removeLast() }
                continue
            }
            kept.append(word)
        }
        return kept
    }

    /// The separate wishes of an aspiration, each stripped of wish words.
    static func aspirationParts(_ text: String) -> [String] {
        var normalised = padded(text)
        for separator in [" or ", " and ", ",", "/", ";", ".", "!", "?", "\n", " maybe ", " perhaps "] {
            normalised = normalised.replacingOccurrences(of: separator, with: "\u{1F}")
        }
        var parts: [String] = []
        for piece in normalised.split(separator: "\u{1F}") {
            let all = droppingWaysOfStudy(cuttingEmployer(cuttingWhatTheJobDoes(droppingWishTail(piece.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)))))
            let words = all.indices.filter { !wishWords.contains(all[$0]) || opensJobName(all, at: $0) }.map { all[$0] }
            let part = words.joined(separator: " ")
            if !part.isEmpty && !parts.contains(part) { parts.append(part) }
        }
        return Array(parts.prefix(6))
    }
}
