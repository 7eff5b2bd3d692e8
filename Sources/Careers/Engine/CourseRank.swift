// MARK: - How an adviser orders a path's courses

/// A course's place in a path's list, as an adviser would order it: first the courses that lead to the
/// occupation (its title or qualification names the standard itself, then one of its job titles, then its
/// summary or where-next or the title its trade or field), then the courses of
/// its route (those teaching a core, specific gap skill first), then other routes' courses teaching a
/// core, specific gap skill (no other is listed); within each, by the share of the gap covered, with broad skills (leadership,
/// business planning, assessment and feedback: `CourseIndex.broadSkill`) counting little. A course at a
/// level that does not suit the step (`levelMisfit`) ranks below the courses of its kind that do.
///
/// Pure arithmetic on table lookups, so the ranking loop stays fast.
struct CourseRank {
    /// `CourseIndex.Lead.strength`, 0 when the course does not lead to the occupation.
    let lead: Int32
    let inRoute: Bool
    /// It teaches a gap skill that is technical, digital or net zero, not broad, and core to the occupation.
    let coreSpecific: Bool
    /// The importance-weighted share of the gap it covers, broad and generic skills discounted (0…1).
    let share: Double
    let courseLevel: Int?
    /// The occupation's level.
    let stepLevel: Int
    /// How many of its title's terms the occupation's titles use.
    let titleHits: Int
    /// A 16–19 study programme (a T Level) ranked for a learner aged 16 to 18: their first course of its kind.
    var studyProgramme = false

    /// Added to the order of a study programme for a learner aged 16 to 18 (`studyProgramme`): within the
    /// courses of its tier, above those for adults in work.
    static let studyProgrammeLift = 0.5

    /// How much a gap skill counts towards a course's share: generic ones (behaviours, common skills)
    /// almost nothing, broad ones a third, the rest in full.
    static func skillFactor(generic: Bool, broad: Bool) -> Double { generic ? 0.1 : broad ? 0.35 : 1 }

    /// Subtracted from the order of a course at a level that does not suit the step: more than the tiers
    /// of route and skill span, so it ranks below every course at the step's level but the occupation's own.
    static let misfitDrop = 3.0

    /// Subtracted from the order of a course that shares one main subject with the job and no more of its field
    /// (`CourseIndex.FieldFit.sharesMainSubject`): below the courses that lead to it, even ones covering none of the gap.
    static let oneSubjectDrop = 0.5

    /// Subtracted from the order of a course mostly of what the learner has, below every other.
    static let mostlyHeld = 100.0

    /// A level that does not suit the step: a degree or a level 4+ course for a step at level 3 or
    /// below (two or more levels above it), or an introduction three or more levels below the step
    /// (a level 1 course for a level 4 job, a level 3 award for a degree-level one).
    static func levelMisfit(course: Int?, step: Int) -> Bool {
        guard let course else { return false }
        return (course >= 4 && course >= step + 2) || course <= step - 3
    }

    /// A degree-level or postgraduate course (level 6 or above) three or more levels above the step's, or a postgraduate one
    /// two or more above it: study for another, higher job (a PGCE for a learning mentor), never the step's own course.
    static func farAbove(course: Int?, step: Int) -> Bool {
        guard let course else { return false }
        return (course >= 6 && course >= step + 3) || (course >= postgraduate && course >= step + 2)
    }

    /// The level of a postgraduate course (a PGCE, a master's): two levels above a step it is study for another job already
    /// (a PGCE Primary for a further-education teacher at level 5).
    static let postgraduate = 7

    /// A level within two below and one above the step's.
    static func levelFits(course: Int?, step: Int) -> Bool {
        guard let course else { return false }
        return course >= step - 2 && course <= step + 1
    }

    /// The order: tiers apart by whole units, the share within them.
    var score: Double {
        var tier = 0.0
        if lead >= CourseIndex.Lead.own {
            tier = 5
        } else if lead >= CourseIndex.Lead.title {
            tier = 4
        } else if lead > 0 {
            tier = 3
        } else if inRoute {
            tier = coreSpecific ? 2.5 : 2
        } else if coreSpecific {
            tier = 1.5
        }
        // A course leading to the occupation from below is a first step into it (an Access to HE diploma for
        // a degree-level job; `CourseIndex.leadLevelsBelow`), not an introduction too slight for it.
        if Self.levelMisfit(course: courseLevel, step: stepLevel) && !(lead > 0 && (courseLevel ?? 0) < stepLevel) { tier -= Self.misfitDrop }
        return tier + 0.8 * min(share * 2, 1) + (Self.levelFits(course: courseLevel, step: stepLevel) ? 0.1 : 0) + (titleHits > 0 ? 0.05 : 0)
            + (studyProgramme ? Self.studyProgrammeLift : 0)
    }

    /// The match shown (0…1): the share of the gap, and a little each for leading to the occupation or
    /// being named like it, being in its route, and a fitting level.
    var shown: Double {
        let named = lead > 0 || titleHits > 0
        let levelPart = Self.levelFits(course: courseLevel, step: stepLevel) ? 0.1 : 0
        return 0.6 * min(share * 2, 1) + (inRoute ? 0.15 : 0) + levelPart + (named ? 0.15 : 0)
    }
}
