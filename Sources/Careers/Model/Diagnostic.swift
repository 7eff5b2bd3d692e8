public import Domain
public import Taxonomy

// MARK: - The diagnostic

/// What the career diagnostic found for one profile: skills held, likely current occupations, and
/// career paths (upskill and reskill) with the local courses that close each path's gap.
///
/// It holds no copy of the learner's text; `demandSignal` is what may be recorded, with consent.
public struct Diagnostic: Codable, Sendable, Hashable {
    /// Skills held, grouped by kind (technical, digital, net zero, common, behaviours).
    public var skills: [SkillGroup]
    /// Likely current occupations (IfATE standards and SOC 2020 unit groups), most likely first.
    public var currentOccupations: [OccupationGuess]
    /// Paths within the learner's route or pathway, one level or more up.
    public var upskill: [CareerPath]
    /// Paths into other routes, ranked by how much of the target's skill set the learner has.
    public var reskill: [CareerPath]
    /// Things the learner should know about how the diagnostic read their profile (text capped, no
    /// skills found, unknown target, etc.).
    public var notices: [String]
    /// The provider whose courses alone are listed, in a provider-scoped view.
    public var providerScope: ProviderRef?
    /// The constraints applied to courses.
    public var constraints: LearnerConstraints
    /// The day course start dates were judged against, `yyyy-MM-dd`.
    public var generatedOn: String
    /// The anonymous demand summary a service may record with the learner's consent.
    public var demandSignal: DemandSignal

    /// Creates a diagnostic.
    public init(
        skills: [SkillGroup], currentOccupations: [OccupationGuess], upskill: [CareerPath], reskill: [CareerPath], notices: [String],
        providerScope: ProviderRef?, constraints: LearnerConstraints, generatedOn: String, demandSignal: DemandSignal
    ) {
        self.skills = skills
        self.currentOccupations = currentOccupations
        self.upskill = upskill
        self.reskill = reskill
        self.notices = notices
        self.providerScope = providerScope
        self.constraints = constraints
        self.generatedOn = generatedOn
        self.demandSignal = demandSignal
    }

    /// Every path, upskill first.
    public var paths: [CareerPath] { upskill + reskill }
}

// MARK: - Skills held

/// The skills of one kind the profile evidences.
public struct SkillGroup: Codable, Sendable, Hashable {
    public var kind: SkillKind
    /// The kind's name for people ("Technical skills", "Employability behaviours").
    public var name: String
    public var skills: [HeldSkill]

    public init(kind: SkillKind, name: String, skills: [HeldSkill]) {
        self.kind = kind
        self.name = name
        self.skills = skills
    }
}

/// A skill the profile evidences.
public struct HeldSkill: Codable, Sendable, Hashable {
    public var id: String
    public var label: String
    public var kind: SkillKind
    /// The words in the profile that evidence it (only the matched words, never the sentence around
    /// them), each once, in text order.
    public var evidence: [String]
    /// 0…1, the best of its mentions.
    public var confidence: Double
    /// Set when the profile's words do not name the skill but the learner's job does: the SOC 2020
    /// unit group code whose tasks name it (`evidence` then says "from your job as …"). A weaker kind
    /// of evidence, with a lower confidence; absent for skills the words evidence.
    public var fromJob: String? = nil

    public init(id: String, label: String, kind: SkillKind, evidence: [String], confidence: Double) {
        self.id = id
        self.label = label
        self.kind = kind
        self.evidence = evidence
        self.confidence = confidence
    }
}

/// A skill referred to by id and label.
public struct SkillRef: Codable, Sendable, Hashable {
    public var id: String
    public var label: String
    public var kind: SkillKind

    public init(id: String, label: String, kind: SkillKind) {
        self.id = id
        self.label = label
        self.kind = kind
    }
}

/// A skill a path needs and the learner has not evidenced.
public struct GapSkill: Codable, Sendable, Hashable {
    public var id: String
    public var label: String
    public var kind: SkillKind
    /// Its weight in the target occupation's skill set, 0…1 (rarer, more technical skills weigh more).
    public var importance: Double

    public init(id: String, label: String, kind: SkillKind, importance: Double) {
        self.id = id
        self.label = label
        self.kind = kind
        self.importance = importance
    }
}

// MARK: - Occupations

/// An occupation of either scheme, as paths and guesses name it.
public struct OccupationRef: Codable, Sendable, Hashable {
    /// `ifate:ST0116` or `soc2020:5213`.
    public var id: String
    public var scheme: OccupationScheme
    /// `ST0116` or `5213`.
    public var code: String
    public var title: String
    /// The route slug, when known.
    public var route: String?
    /// The route's name, when known.
    public var routeName: String?
    /// The pathway (2026 name), when known.
    public var pathway: String?
    /// The standard's level (none for SOC unit groups).
    public var level: Int?

    public init(
        id: String, scheme: OccupationScheme, code: String, title: String, route: String?, routeName: String?, pathway: String?,
        level: Int?
    ) {
        self.id = id
        self.scheme = scheme
        self.code = code
        self.title = title
        self.route = route
        self.routeName = routeName
        self.pathway = pathway
        self.level = level
    }
}

/// A likely current occupation.
public struct OccupationGuess: Codable, Sendable, Hashable {
    public var occupation: OccupationRef
    /// 0…1.
    public var confidence: Double
    /// Why, in words: the profile words that match its title or job titles and the held skills it
    /// shares; never the profile's sentences, so no name, address or employer is quoted.
    public var why: String

    public init(occupation: OccupationRef, confidence: Double, why: String) {
        self.occupation = occupation
        self.confidence = confidence
        self.why = why
    }
}

// MARK: - Career paths

/// One career path: a target occupation, how well the learner fits it, the gap, and the courses.
public struct CareerPath: Codable, Sendable, Hashable {
    /// `upskill` or `reskill`.
    public enum Kind: String, Codable, Sendable { case upskill, reskill }

    public var kind: Kind
    public var occupation: OccupationRef
    /// 0…1: skill-vector similarity between the learner and the target — the cosine (Ochiai) of the
    /// importance-weighted skill sets, damped when only one or two skills are shared. Paths are
    /// ordered by it, plus bonuses for the same pathway and for matching the learner's aspiration.
    public var score: Double
    /// Skills the learner has that the target needs, most important first.
    public var sharedSkills: [SkillRef]
    /// Skills the target needs that the learner has not shown, most important first.
    public var missingSkills: [GapSkill]
    /// Courses that close some of the gap, best first, all meeting the constraints.
    public var courses: [CourseOption]
    /// Gap skills that no course meeting the constraints covers.
    public var uncoveredSkills: [SkillRef]
    public var why: Explanation

    public init(
        kind: Kind, occupation: OccupationRef, score: Double, sharedSkills: [SkillRef], missingSkills: [GapSkill], courses: [CourseOption],
        uncoveredSkills: [SkillRef], why: Explanation
    ) {
        self.kind = kind
        self.occupation = occupation
        self.score = score
        self.sharedSkills = sharedSkills
        self.missingSkills = missingSkills
        self.courses = courses
        self.uncoveredSkills = uncoveredSkills
        self.why = why
    }
}

/// "Why this?" for a path or a course.
public struct Explanation: Codable, Sendable, Hashable {
    /// One or two plain-English sentences.
    public var summary: String
    /// The words that matched: the learner's words behind shared skills, or the course tags' words.
    public var matchedTerms: [String]
    /// Shared skills' labels (for a course: the gap skills it covers).
    public var shared: [String]
    /// Missing skills' labels (for a course: the path's gap skills it does not cover).
    public var missing: [String]

    public init(summary: String, matchedTerms: [String], shared: [String], missing: [String]) {
        self.summary = summary
        self.matchedTerms = matchedTerms
        self.shared = shared
        self.missing = missing
    }
}

// MARK: - Courses

/// A course that closes part of a path's gap, described by its best run under the constraints.
public struct CourseOption: Codable, Sendable, Hashable {
    /// The catalogue course id.
    public var id: Int64
    public var title: String
    public var provider: ProviderRef
    public var level: Level?
    /// The next start, `yyyy-MM-dd` (earliest day of a partial date), when known.
    public var nextStart: String?
    public var flexibleStart: Bool
    public var deliveryMode: DeliveryMode?
    public var studyMode: StudyMode?
    public var costPence: Int?
    /// The cost as the feed worded it.
    public var costText: String?
    /// True when the run costs this learner nothing, or may if they meet a stated condition
    /// (`costToLearner` says which).
    public var funded: Bool
    /// What the run costs this learner, given their age band (`LearnerConstraints.ageBand`). Nil in
    /// reports saved before it was added.
    public var costToLearner: CostToLearner?
    /// For `if-eligible`: the feed's words that say who studies free ("free if you earn under £25,000"); for `charged`,
    /// a note when the free places are another age band's (`CostWording.youthOnlyNote`).
    public var fundingCondition: String?
    /// The run's district (nil for online runs or when unknown).
    public var district: District?
    public var url: String?
    /// Gap skills this course covers, most important first.
    public var coversSkills: [SkillRef]
    /// 0…1: share of the gap's importance covered, blended with route and level fit.
    public var matchScore: Double
    public var why: Explanation

    public init(
        id: Int64, title: String, provider: ProviderRef, level: Level?, nextStart: String?, flexibleStart: Bool, deliveryMode: DeliveryMode?,
        studyMode: StudyMode?, costPence: Int?, costText: String?, funded: Bool, costToLearner: CostToLearner? = nil, fundingCondition: String? = nil, district: District?, url: String?,
        coversSkills: [SkillRef], matchScore: Double, why: Explanation
    ) {
        self.id = id
        self.title = title
        self.provider = provider
        self.level = level
        self.nextStart = nextStart
        self.flexibleStart = flexibleStart
        self.deliveryMode = deliveryMode
        self.studyMode = studyMode
        self.costPence = costPence
        self.costText = costText
        self.funded = funded
        self.costToLearner = costToLearner
        self.fundingCondition = fundingCondition
        self.district = district
        self.url = url
        self.coversSkills = coversSkills
        self.matchScore = matchScore
        self.why = why
    }
}

/// What a course run costs one learner.
public enum CostToLearner: String, Codable, Sendable, Hashable {
    /// Nothing: it is free or funded for everyone of their age band.
    case free
    /// Free or funded only if they meet a condition the cost wording states (income, employment,
    /// age 19–23, no level 3 yet); otherwise they pay `costPence`, when given.
    case ifEligible = "if-eligible"
    /// They pay: free only for another age band, or not free at all.
    case charged
    /// The feed states no cost.
    case notStated = "not-stated"
}

// MARK: - Demand signal

/// What a diagnostic says about demand, without the learner's text: what they aspire to, the skills
/// they lack for it and where they are. Services record it only with consent.
public struct DemandSignal: Codable, Sendable, Hashable {
    /// Route slugs of the aspired target, or of the top paths when no aspiration was given.
    public var routes: [String]
    /// Occupation ids (`ifate:ST0116`) of the aspired or top paths.
    public var occupations: [String]
    /// Gap skill ids of those paths, most important first.
    public var gapSkills: [String]
    /// Gap skill ids no course meeting the constraints covers.
    public var uncoveredSkills: [String]
    /// The learner's district when they gave exactly one.
    public var district: District?
    /// True when the routes and occupations come from an explicit aspiration or target.
    public var aspired: Bool

    public init(routes: [String], occupations: [String], gapSkills: [String], uncoveredSkills: [String], district: District?, aspired: Bool) {
        self.routes = routes
        self.occupations = occupations
        self.gapSkills = gapSkills
        self.uncoveredSkills = uncoveredSkills
        self.district = district
        self.aspired = aspired
    }
}
