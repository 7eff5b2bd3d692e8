import Domain
import Taxonomy

// MARK: - A course's field

extension CourseIndex {
    /// The cosine from which a course's field is near an occupation's (`fieldNearness`): below it the
    /// course is mostly about other work (an engineering operative apprenticeship for a sewing machinist,
    /// an Access to HE nursing diploma for a clinical coder), whatever gap skill it shares.
    static let nearField = 0.12

    /// The similarity of two routes' skills (`SkillHomes.similarity`) from which a course of one is of a
    /// near field for a job of the other: care services and health (0.62), construction and engineering
    /// (0.53); not animal care and health (0.30), nor engineering and transport (0.31). Stricter than the
    /// tagger's `SkillHomes.nearRoutes`, which only keeps a word's sense.
    static let nearRouteSimilarity = 0.4

    /// Per tag of a course, its weight in the course's field vector: the course's specific skills
    /// (technical, digital, net zero) that not every job names (`OccupationSkillModel.isCommonplace`:
    /// health and safety, compliance), each weighted by rarity and the tag's confidence, scaled to unit
    /// length; 0 for the other tags.
    static func fieldWeights(_ skills: [(skill: Int, confidence: Double, reason: String)], model: OccupationSkillModel) -> [Double] {
        let raw = skills.map { entry -> Double in
            guard OccupationSkillModel.isSpecific(model.skills[entry.skill].kind), !model.isCommonplace[entry.skill] else { return 0 }
            return model.skillWeight[entry.skill] * entry.confidence
        }
        let norm = raw.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? raw.map { $0 / norm } : raw
    }

    /// An occupation's field vector, as (skill position, unit weight) pairs: its specific, not commonplace
    /// skills with their weight in the standard (`OccupationSkillModel.Target.skills`).
    static func fieldVector(of target: OccupationSkillModel.Target, model: OccupationSkillModel) -> [(skill: Int, weight: Double)] {
        let kept = target.skills.filter { OccupationSkillModel.isSpecific(model.skills[$0.skill].kind) && !model.isCommonplace[$0.skill] }
        let norm = kept.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
        return norm > 0 ? kept.map { ($0.skill, $0.weight / norm) } : []
    }

    /// Per entry of an occupation's field vector (`fieldVector`), the evidence its standard gives that skill
    /// (`OccupationalStandard.skillWeight(at:)`, 0.2 for one mention in its knowledge, 0.33 for a skill or duty
    /// statement, 1 when it keeps coming back to it).
    static func fieldEvidence(of target: OccupationSkillModel.Target, field: [(skill: Int, weight: Double)], model: OccupationSkillModel) -> [Double] {
        var evidence: [Int: Double] = [:]
        for (offset, id) in target.standard.skillIDs.enumerated() {
            if let skill = model.skillPosition[id], evidence[skill] == nil { evidence[skill] = target.standard.skillWeight(at: offset) }
        }
        return field.map { evidence[$0.skill] ?? 1 }
    }
}

// MARK: - Whether a course is for a path's field

extension CourseIndex {
    /// Whether a course that does not lead to an occupation is of its field: the rule a course must pass
    /// before its gap skills count for the path.
    ///
    /// Its field must be near the occupation's (`nearness`, the cosine of their field vectors, at least
    /// `nearField`, over at least `sharedSkills` skills or one it is about), even within the route: IfATE routes are broad (transport holds bus driving and
    /// warehousing; health holds nursing and clinical coding), so a warehouse apprenticeship is no course for a
    /// passenger transport operative for its health and safety. A course of another route must also teach
    /// a core, specific gap skill of the occupation, come from a route whose skills are alike (`nearRoute`,
    /// `nearRouteSimilarity`: care services and health), and be nearer (`nearOtherRoute`): one shared
    /// skill of another field ("Anatomy" in a dental nursing diploma for a leisure job) is not enough.
    struct FieldFit {
        let nearness: Double
        /// How many of the course's field skills the occupation's field has.
        let shared: Int
        /// The largest field weight (`Tag.field`) among those shared skills: near 1 when the course is about
        /// that one skill (an emergency first aid award).
        let focus: Double
        let inRoute: Bool
        let nearRoute: Bool
        let coreSpecific: Bool
        /// The course is at most a level below the occupation (or gives no level): one shared subject at a lower
        /// level is a taster of a trade (a beginners' welding course for a welding inspector), not the job's training.
        var nearLevel = true
        /// Every skill the course shares with the occupation's field is one its standard names only in passing
        /// (`passingEvidence`: once, in what the worker knows about): false when it shares none.
        var passingOnly = false
        /// A core gap skill it teaches is one the occupation's standard keeps coming back to
        /// (`OccupationSkillModel.strongEvidence`), not one it names once: its core, specific gap skill (`coreSpecific`),
        /// or a broad one that is the job's daily work (customer service for a business administrator: many jobs name
        /// it, but this one's standard returns to it again and again).
        var coreStrong = true

        /// The standard evidence (`OccupationalStandard.skillWeight(at:)`) below which a skill is named only in
        /// passing: one mention among what the worker should know (0.2), not a skill or duty they carry out (0.33).
        static let passingEvidence = 0.3

        /// How many field skills a course must share with the occupation: one shared skill ("nutrition" in a
        /// plant-growth certificate and a livestock technician's feeding) is a coincidence of words, not a
        /// field, unless the course is about that skill (`focused`).
        static let sharedSkills = 2

        /// The field weight from which a course is about one skill (an emergency first aid award for an
        /// ambulance support worker's first aid), in the occupation's route.
        static let focused = 0.9

        /// The cosine from which another route's course is near enough.
        static let nearOtherRoute = 0.2

        /// The field weight from which one shared skill is a main subject of the course (a third of a
        /// music performance and production diploma is live sound; a pesticides award is about spraying
        /// the grounds), and the cosine from which that skill is also a main part of the occupation's field.
        static let mainSubject = 0.4
        static let oneSkillNearness = 0.3

        /// One shared skill that is a main subject of both, in the occupation's route and a core, specific gap skill
        /// of it, at about the occupation's level (`nearLevel`): a field, not a coincidence of words (`sharedSkills`).
        var sharesMainSubject: Bool {
            shared == 1 && inRoute && coreSpecific && nearLevel && focus >= Self.mainSubject && nearness >= Self.oneSkillNearness
        }

        var qualifies: Bool {
            // A course sits on a path for the work the job is about, not for a skill its standard names in passing: a nail
            // technology certificate is no wellbeing therapist's course for the beauty therapy such a therapist should
            // know about, nor a dental nursing diploma a mammography associate's for anatomy.
            guard !passingOnly else { return false }
            guard nearness >= CourseIndex.nearField, shared >= Self.sharedSkills || (focus >= Self.focused && inRoute) || sharesMainSubject
            else { return false }
            // Another route's course teaches a skill the job keeps coming back to: a care diploma is no outdoor
            // instructor's course for the hearing and sight loss support their standard names once; a customer service
            // certificate is a business administrator's, whose standard keeps returning to customer service.
            return inRoute || (coreSpecific && coreStrong && nearRoute && nearness >= Self.nearOtherRoute)
        }
    }
}
