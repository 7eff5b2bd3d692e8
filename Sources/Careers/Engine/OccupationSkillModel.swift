import Domain
import Foundation
import Matching
import Taxonomy

// MARK: - Occupations as weighted skill vectors

/// Every approved standard as a weighted skill vector, built once per taxonomy.
///
/// A skill's weight in a standard is its rarity across standards (inverse document frequency) times
/// a weight for its kind times the strength of the standard's evidence for it (`evidenceFactor`),
/// so that "communication" or "teamwork", which nearly every standard names, count for little, a
/// trade's own skills count most, and a skill the standard mentions once in passing counts less
/// than one its skill statements and duties keep coming back to.
struct OccupationSkillModel: Sendable {
    /// A standard as a weighted skill vector. A class, so the move search and the diagnosis, which
    /// read targets by position thousands of times per diagnosis, move one reference instead of copying
    /// the standard's strings and arrays and the vectors.
    final class Target: Sendable {
        let standard: OccupationalStandard
        /// (skill position, weight), heaviest first.
        let skills: [(skill: Int, weight: Double)]
        /// Per entry of `skills`: whether the standard keeps coming back to the skill (its evidence,
        /// `OccupationalStandard.skillWeight(at:)`, is at least `strongEvidence`) rather than naming it in passing.
        let strong: [Bool]
        let totalWeight: Double
        let maxWeight: Double
        /// The weight of its core skills: the `coreSize` heaviest, the ones that make the job.
        let coreWeight: Double
        /// Its distinctive core: the `coreSize` skills (positions into `skills` of the model) with the
        /// highest weight times `distinctiveness`, among those at least `distinctiveFloor` distinctive and
        /// not named by standards of every kind (`isWidespread`: property maintenance, electrical engineering):
        /// what tells this kind of work from others (a freight forwarder's freight forwarding and customs,
        /// not the pricing and customer service many jobs name).
        let distinctiveCore: [Int]
        /// The words of its own title, then of each typical job title: lower-case, split at anything not a letter,
        /// singular (`CareerDiagnostician.singular`), for comparing a wish's words with them without splitting per
        /// diagnosis.
        let titleWords: [[String]]

        init(
            standard: OccupationalStandard, skills: [(skill: Int, weight: Double)], strong: [Bool], totalWeight: Double, maxWeight: Double,
            coreWeight: Double, distinctiveCore: [Int]
        ) {
            self.standard = standard
            self.skills = skills
            self.strong = strong
            self.totalWeight = totalWeight
            self.maxWeight = maxWeight
            self.coreWeight = coreWeight
            self.distinctiveCore = distinctiveCore
            titleWords = ([standard.title] + standard.typicalJobTitles).map(CareerDiagnostician.singularWords)
        }
    }

    /// How many of a standard's heaviest skills are its core.
    static let coreSize = 5
    /// The evidence at which a standard's skill is what the job is about: named in several skill
    /// statements or duties (two thirds of the evidence scale), not once in its knowledge.
    static let strongEvidence = 0.6

    let skills: [Skill]
    let skillPosition: [String: Int]
    let targets: [Target]
    let targetPosition: [String: Int]
    /// Per skill: its kind weight times its inverse standard frequency.
    let skillWeight: [Double]
    /// Per route slug: the unit-length mean of its standards' skill vectors, as (skill, weight) pairs.
    let routeProfiles: [String: [Int: Double]]
    /// Per `WorkLimit.all` entry, per target: whether the job is built on what the limit rules out
    /// (`WorkLimit.rulesOut`).
    let ruledOutBy: [[Bool]]
    /// Per target, its core skills (positions into `skills`: the `coreSize` heaviest or named
    /// throughout its standard), which a limit naming one of them closes (`WorkLimit.namedSkill`).
    let coreSkills: [Set<Int>]
    /// Per target: whether it is a lead or management role (`leadWords` in its title or cluster, and no `assistantWords`).
    let isLeadRole: [Bool]
    /// Per target: whether its title names leading others (`titleLeadWords`, and no `assistantWords`): a supervisor's,
    /// manager's or team leader's job, which one takes on in work one knows, not as a first job in a new field.
    let leadsByTitle: [Bool]
    /// Per skill: whether it shows the learner leads or manages others (`leadingSkillLabels`).
    let showsLeading: [Bool]
    /// Per target: whether it is a teaching or assessing role (`teachingWords` in its title).
    let isTeachingRole: [Bool]
    /// Per target: whether it is a job of the armed forces: its standard names service in them (`forcesSkill` among its
    /// skills: a military engineering construction technician, an aviation maintenance mechanic (military)).
    let isForcesJob: [Bool]
    /// The skill (label of the skills vocabulary) of serving in the armed forces.
    static let forcesSkill = "Armed forces"
    /// Per target: whether it is a teaching or assessing role that teaches a trade to young people and adults
    /// (further education, assessing apprentices), not children: none of its skills is one of `childTeachingSkills`
    /// (a school teacher's child development), so a plumber may teach plumbing but is not stepped up to primary teaching.
    let teachesTrade: [Bool]
    /// Per skill: whether more than `commonplaceShare` of all standards name it (health and safety,
    /// compliance): every job has it, so no job is built on it.
    let isCommonplace: [Bool]
    /// Per skill: whether more than `widespreadShare` of all standards name it (property maintenance,
    /// cleaning, waste management, customer service): jobs of every kind mention it in passing, so a
    /// move resting on it alone says nothing about the two jobs.
    let isWidespread: [Bool]

    /// Per skill, 0…1: how distinctive it is of a kind of work. A skill among the core skills
    /// (`coreSize` heaviest, or named throughout) of jobs in many routes (customer service, pricing,
    /// cleaning) says little about which field a person belongs in; one core to jobs in one or two
    /// routes (welding, personal care) says a lot. It is an inverse document frequency over routes:
    /// log(routes / effective routes) / log(routes), where the effective number of routes is the
    /// exponential of the entropy of the routes of the standards that have it at their core. A skill at
    /// the core of no standard, only ever named in passing, is the least distinctive (0), not the most:
    /// a passing mention says nothing about what a job is.
    let distinctiveness: [Double]

    /// The distinctiveness below which a skill is transferable rather than distinctive: core to jobs
    /// spread over more than about 15^0.55 ≈ 4.4 of the 15 routes (customer service, stock control, record
    /// keeping, sales, pricing, cleaning). Such skills never make a target's distinctive core.
    static let distinctiveFloor = 0.45

    /// The share of standards above which a skill is commonplace.
    static let commonplaceShare = 0.5
    /// The share of standards above which a skill is widespread (about 45 of the 700-odd standards).
    static let widespreadShare = 0.06

    /// Title words that name leading others (not "management", which also names a kind of work: waste management).
    static let titleLeadWords: Set<String> = ["manager", "supervisor", "leader", "lead"]

    /// Skills (labels of the skills vocabulary) that show someone leads or manages people or work.
    static let leadingSkillLabels: Set<String> = [
        "Management", "Leadership", "People management", "Site supervision", "Operations management", "Performance management",
        "Workforce planning", "Team leadership behaviour", "Care management", "Hospitality management", "Office management",
        "Project management", "Construction project management",
    ]

    /// Title words that name teaching, training or assessing others.
    static let teachingWords: Set<String> = ["teacher", "assessor", "trainer", "tutor", "instructor", "lecturer"]

    /// Skills (labels of the skills vocabulary) of teaching children: a teaching role naming one teaches in schools or
    /// nurseries, not a trade.
    static let childTeachingSkills: Set<String> = ["Child development"]

    /// Title or cluster words that make a role an assistant's, whatever it assists with.
    static let assistantWords: Set<String> = ["assistant", "assistants"]

    /// Title or cluster words that name leading, managing or supervising others.
    static let leadWords: Set<String> = ["manager", "management", "supervisor", "leader", "lead", "head"]

    /// Kinds that say a person can do a particular job; common skills and behaviours do not.
    static func isSpecific(_ kind: SkillKind) -> Bool { kind == .technical || kind == .digital || kind == .netZero }

    static func kindWeight(_ kind: SkillKind) -> Double {
        switch kind {
        case .technical, .digital: 1.0
        case .netZero: 0.9
        case .common: 0.35
        case .behaviour: 0.2
        }
    }

    /// How much a skill's evidence in a standard scales its weight there: a skill the standard names
    /// in several skill statements or duties counts fully, one it names once in its knowledge about
    /// half as much.
    static func evidenceFactor(_ evidence: Double) -> Double { 0.3 + 0.7 * min(max(evidence, 0), 1) }

    init(taxonomy: SkillsTaxonomy) {
        skills = taxonomy.data.skills
        skillPosition = Dictionary(uniqueKeysWithValues: skills.enumerated().map { ($1.id, $0) })
        let standards = taxonomy.data.standards
        var frequency = Array(repeating: 0, count: skills.count)
        // Rarity, distinctiveness and route profiles come from the approved standards with K/S/B statements:
        // a thin standard's inferred skills (`OccupationalStandard.basis`) do not shift them, and nor do the
        // retired versions with statements (`isRetiredVersion`), so that loading them adds jobs to offer
        // without re-weighing every other job's skills (cleaning stays as widespread as it was).
        let measured = standards.filter { !$0.isRetiredVersion }
        for standard in measured {
            for id in Set(standard.skillIDs) { if let position = skillPosition[id] { frequency[position] += 1 } }
        }
        let count = Double(max(measured.count, 1))
        let weights = skills.enumerated().map { position, skill in
            Self.kindWeight(skill.kind) * (log((count + 1) / Double(frequency[position] + 1)) + 0.5)
        }
        skillWeight = weights
        isCommonplace = frequency.map { Double($0) > Self.commonplaceShare * count }
        isWidespread = frequency.map { Double($0) > Self.widespreadShare * count }
        let positions = skillPosition
        // Each standard's skill vector, heaviest first, and whether it is strong evidence.
        let vectors = standards.map { standard in
            var seen = Set<Int>()
            let entries: [(skill: Int, weight: Double, strong: Bool)] = standard.skillIDs.enumerated().compactMap { offset, id -> (skill: Int, weight: Double, strong: Bool)? in
                guard let position = positions[id], seen.insert(position).inserted else { return nil }
                let evidence = standard.skillWeight(at: offset)
                return (position, weights[position] * Self.evidenceFactor(evidence), evidence >= Self.strongEvidence)
            }
                .sorted { ($0.weight, $1.skill) > ($1.weight, $0.skill) }
            return (skills: entries.map { (skill: $0.skill, weight: $0.weight) }, strong: entries.map(\.strong))
        }
        // Distinctiveness: how many routes a skill is core to, weighted by how often (see `distinctiveness`).
        var coreRoutes = Array(repeating: [String: Int](), count: skills.count)
        for (standard, vector) in zip(standards, vectors) where !standard.isRetiredVersion {
            for (rank, entry) in vector.skills.enumerated() where rank < Self.coreSize || vector.strong[rank] {
                coreRoutes[entry.skill][standard.route, default: 0] += 1
            }
        }
        let routeCount = Double(max(Set(measured.map(\.route)).count, 2))
        let distinct = coreRoutes.map { routes -> Double in
            let total = Double(routes.values.reduce(0, +))
            guard total > 0 else { return 0 }
            let entropy = routes.values.reduce(0.0) { sum, count in
                let share = Double(count) / total
                return sum - share * log(share)
            }
            return max(0, log(routeCount / exp(entropy)) / log(routeCount))
        }
        distinctiveness = distinct
        let widespread = isWidespread
        targets = zip(standards, vectors).map { standard, vector in
            Target(
                standard: standard, skills: vector.skills, strong: vector.strong, totalWeight: vector.skills.reduce(0) { $0 + $1.weight },
                maxWeight: vector.skills.first?.weight ?? 1, coreWeight: vector.skills.prefix(Self.coreSize).reduce(0) { $0 + $1.weight },
                distinctiveCore: vector.skills.filter { distinct[$0.skill] >= Self.distinctiveFloor && !widespread[$0.skill] }
                    .map { ($0.skill, $0.weight * distinct[$0.skill]) }
                    .sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(Self.coreSize).map(\.0))
        }
        let skillList = skills
        let targetList = targets
        let standardWords = targetList.map { WorkLimit.StandardWords($0.standard) }
        ruledOutBy = WorkLimit.all.map { limit in
            let labelled = skillList.map { limit.skillLabels.contains($0.label) }
            let phrases = limit.standardPhrases.map { WorkLimit.StandardWords.number[$0]! }
            return targetList.indices.map { limit.rulesOut(targetList[$0], words: standardWords[$0], labelled: labelled, phrases: phrases) }
        }
        coreSkills = targets.map { target in
            Set(target.skills.indices.filter { $0 < Self.coreSize || target.strong[$0] }.map { target.skills[$0].skill })
        }
        isLeadRole = targets.map { target in
            let words = ([target.standard.title] + [target.standard.cluster].compactMap { $0 })
                .flatMap { $0.lowercased().split(whereSeparator: { !$0.isLetter }) }
            // An assistant to management (a housing and property management assistant) leads no one.
            return words.contains { Self.leadWords.contains(String($0)) } && !words.contains { Self.assistantWords.contains(String($0)) }
        }
        leadsByTitle = targets.map { target in
            let words = target.titleWords[0]
            return words.contains(where: Self.titleLeadWords.contains) && !words.contains(where: Self.assistantWords.contains)
        }
        showsLeading = skills.map { Self.leadingSkillLabels.contains($0.label) }
        isTeachingRole = targets.map { target in
            target.standard.title.lowercased().split(whereSeparator: { !$0.isLetter }).contains { Self.teachingWords.contains(String($0)) }
        }
        let skillLabels = skills.map(\.label)
        isForcesJob = targets.map { target in target.skills.contains { skillLabels[$0.skill] == Self.forcesSkill } }
        teachesTrade = zip(targets, isTeachingRole).map { target, teaching in
            teaching && !target.skills.contains { Self.childTeachingSkills.contains(skillLabels[$0.skill]) }
        }
        targetPosition = Dictionary(uniqueKeysWithValues: standards.enumerated().map { ($1.reference, $0) })
        var sums: [String: [Int: Double]] = [:]
        for target in targets where !target.standard.isRetiredVersion {
            for entry in target.skills { sums[target.standard.route, default: [:]][entry.skill, default: 0] += entry.weight }
        }
        routeProfiles = sums.mapValues { profile in
            let norm = profile.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? profile.mapValues { $0 / norm } : profile
        }
    }

    // MARK: Work limits

    /// Whether any of `limits` (indices into `WorkLimit.all`, or past its end a skill the learner says
    /// they can no longer do, `WorkLimit.namedSkill`) rules out the target at `position`.
    func isRuledOut(_ position: Int, by limits: [Int]) -> Bool {
        limits.contains { $0 < ruledOutBy.count ? ruledOutBy[$0][position] : coreSkills[position].contains($0 - ruledOutBy.count) }
    }

    // MARK: Route affinity

    /// How typical the held skills are of each route, 0…1 relative to the most typical route: the
    /// cosine of the held skills (weighted by `skillWeight`) with each route's profile, divided by
    /// the best route's. A care worker's skills are typical of care and health, not of animal care,
    /// even though a dog groomer also handles and bathes.
    func routeAffinity(of held: [Bool]) -> [String: Double] {
        let heldSkills = held.indices.filter { held[$0] }
        var affinity: [String: Double] = [:]
        for (route, profile) in routeProfiles {
            affinity[route] = heldSkills.reduce(0) { $0 + (profile[$1] ?? 0) * skillWeight[$1] }
        }
        let best = affinity.values.max() ?? 0
        return best > 0 ? affinity.mapValues { $0 / best } : affinity
    }

    /// How well the held skills fit a target, 0…1: the Ochiai (cosine) coefficient of the two weighted
    /// skill sets, √(coverage × use), where coverage is the share of the target's skill weight the
    /// learner holds and use is the share of the learner's skill weight the target uses. Also the
    /// coverage alone, how many shared skills are specific (technical, digital, net zero) and the
    /// share of the target's core skill weight held.
    func fit(of target: Target, held: [Bool], heldWeight: Double) -> Fit {
        guard target.totalWeight > 0 else { return Fit(score: 0, coverage: 0, specificShared: 0, core: 0, strongSpecificShared: 0, distinctiveShared: 0) }
        var shared = 0.0
        var core = 0.0
        var specific = 0
        var strongSpecific = 0
        for (rank, entry) in target.skills.enumerated() where held[entry.skill] {
            shared += entry.weight
            if rank < Self.coreSize { core += entry.weight }
            if Self.isSpecific(skills[entry.skill].kind) {
                specific += 1
                // A commonplace skill (health and safety) is not what a job is built on, however often its standard names it.
                if target.strong[rank] && !isCommonplace[entry.skill] { strongSpecific += 1 }
            }
        }
        let coverage = shared / target.totalWeight
        let use = heldWeight > 0 ? shared / heldWeight : 0
        return Fit(
            score: (coverage * use).squareRoot(), coverage: coverage, specificShared: specific, core: target.coreWeight > 0 ? core / target.coreWeight : 0,
            strongSpecificShared: strongSpecific, distinctiveShared: target.distinctiveCore.reduce(0) { held[$1] ? $0 + 1 : $0 })
    }

    /// The skills' worth of evidence a target's fit is shrunk by (α of `shrunk`).
    static let shrinkageSkills = 3.0
    /// The fit a target is shrunk towards: no evidence of a match.
    static let priorFit = 0.0

    /// A fit to the target at `position` shrunk towards `priorFit` by how few skills its standard names:
    /// (n·fit + α·prior) / (n + α), n its skill count and α `shrinkageSkills`. A thin standard's two or
    /// three inferred skills (`OccupationalStandard.isThin`) make "1 of its 2 skills" a strong-looking
    /// fit on little evidence; shrunk, it no longer beats "5 of its 12".
    func shrunk(_ fit: Double, of position: Int) -> Double {
        let count = Double(targets[position].skills.count)
        return (count * fit + Self.shrinkageSkills * Self.priorFit) / (count + Self.shrinkageSkills)
    }

    /// The total weight of the held skills.
    func weight(of held: [Bool]) -> Double {
        held.indices.reduce(0) { held[$1] ? $0 + skillWeight[$1] : $0 }
    }
}

/// How well a learner's skills fit an occupation.
struct Fit: Sendable {
    var score: Double
    var coverage: Double
    var specificShared: Int
    /// The share of the target's core skill weight held, 0…1.
    var core: Double
    /// How many shared specific skills the target's standard keeps coming back to (`OccupationSkillModel.strongEvidence`).
    var strongSpecificShared: Int
    /// How many of the target's distinctive core skills (`Target.distinctiveCore`) are held.
    var distinctiveShared: Int
    /// Why the target neighbours the learner's own job in another route, if it does (`CareerDiagnostician.kin`).
    var kin: Kin? = nil
}
