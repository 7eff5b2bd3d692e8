import Domain
import Matching

// MARK: - Courses for a learner's stage

extension CourseIndex {
    /// Words of entry requirements that ask for what a school leaver cannot yet have: a driving licence,
    /// years in a trade, or a supervisory or management post ("Full UK car licence held for at least 12
    /// months", "At least three years' experience on construction sites", "Working as a manager").
    /// Being employed as an apprentice ("Employed in a retail role") is not among them.
    static let postholderPhrases = [
        "licence held", "car licence", "category c licence", "holders of a category", "driver cpc card", "years' experience", "years in ",
        "year's care experience", "strongly recommended", "management experience", "supervisory role", "supervisory responsibility",
        "supervisory or", "management role", "managing people", "managing a team", "managing or supervising", "working as a",
        "currently working", "senior or supervisory", "senior care role", "senior or lead",
    ]

    /// True when a course's entry requirements ask for a licence, years of experience or a supervisory or
    /// management post (`postholderPhrases`).
    static func isForPostholders(entryRequirements: String?) -> Bool {
        guard let text = entryRequirements?.lowercased(), !text.isEmpty else { return false }
        return postholderPhrases.contains(where: text.contains)
    }

    /// True when a course's title names leading or managing others ("Transport Manager CPC", "Team Leader
    /// or Supervisor Apprenticeship", "Inclusive Leadership for Managers": `OccupationSkillModel.leadWords`
    /// and "leadership").
    static func isLeadCourse(title: String) -> Bool {
        title.lowercased().split(whereSeparator: { !$0.isLetter }).contains { word in
            OccupationSkillModel.leadWords.contains(String(word)) || word == "managers" || word == "leadership" || word == "leaders"
        }
    }

    /// Whether a course suits a learner aged 16 to 18 on a path: not one asking for a licence, experience or
    /// a post they cannot have yet (`Entry.forPostholders`), not a management or leadership course unless the
    /// path leads others, and not above level 3 unless the path itself is at that level (an HNC for a level
    /// 3 pattern cutter is no next step from GCSEs). A learner taking A levels or another level 3 (`afterLevelThree`, given only
    /// for a course that leads to the path's job or teaches its core work) may start a degree apprenticeship at 18: an
    /// apprenticeship above the path's level is theirs (a 17-year-old doing computer science A levels who asks for degree
    /// apprenticeships in software hears of the Digital and Technology Solutions Degree Apprenticeship).
    static func suitsSchoolLeaver(_ entry: Entry, pathLevel: Int, leadPath: Bool, afterLevelThree: Bool = false) -> Bool {
        if entry.forPostholders { return false }
        if entry.leadCourse && !leadPath { return false }
        if let rank = entry.level?.rank, rank >= 4, rank > pathLevel, !(afterLevelThree && isApprenticeship(entry)) { return false }
        return true
    }

    /// An apprenticeship: its title says so, or every run is learnt at work.
    static func isApprenticeship(_ entry: Entry) -> Bool {
        entry.title.lowercased().contains("apprenticeship") || (!entry.runs.isEmpty && entry.runs.allSatisfy { $0.deliveryMode == .workBased })
    }
}

// MARK: - Courses for those who lead others

extension CourseIndex {
    /// Skills of leading people or running sites: a course whose title names leading or managing and that
    /// teaches one of them is a course for managers or supervisors (`managementCourses`).
    static let managingSkills: Set<String> = ["leadership", "people-management", "site-supervision", "construction-project-management"]

    /// Per entry: whether it is a course for managers or supervisors, one whose title names leading or
    /// managing (`isLeadCourse`) and that teaches leading people or running sites (`managingSkills`) or
    /// names an occupation that leads others (`OccupationSkillModel.isLeadRole`): site management safety
    /// (SMSTS), a construction site supervisor apprenticeship, an HNC in construction management, a lead
    /// adult care worker apprenticeship; not a waste or project management course. Such a course is
    /// listed for a path that leads others or that it leads to, not for a fencer's or a youth support
    /// worker's health and safety or safeguarding.
    static func managementCourses(entries: [Entry], leadsTo: [[Lead]], model: OccupationSkillModel) -> [Bool] {
        let managing = Set(managingSkills.compactMap { model.skillPosition[$0] })
        var namesLeadRole = Array(repeating: false, count: entries.count)
        for (target, leads) in leadsTo.enumerated() where model.isLeadRole[target] {
            for lead in leads where lead.strength >= Lead.title { namesLeadRole[Int(lead.course)] = true }
        }
        return zip(entries, namesLeadRole).map { entry, namesLead in
            entry.leadCourse && (namesLead || entry.skills.contains { managing.contains($0.skill) })
        }
    }
}

// MARK: - Courses in English for speakers of other languages

extension CourseIndex {
    /// True when a course's title names English for speakers of other languages ("ESOL Skills for Life
    /// (Entry 1)", "English for Speakers of Other Languages"): a course for learners whose first language
    /// is not English, whatever record keeping or email its text mentions.
    static func isLanguageCourse(title: String) -> Bool {
        let lower = title.lowercased()
        return lower.split(whereSeparator: { !$0.isLetter }).contains("esol") || lower.contains("speakers of other languages")
    }
}

// MARK: - Courses in teaching one's trade

extension CourseIndex {
    /// True when a course's title names teaching the learner's own trade ("Teach Your Trade Skills
    /// Bootcamp", "Teaching Your Trade"): a course for an experienced tradesperson, not for someone with no
    /// trade to teach.
    static func isTradeTeachingCourse(title: String) -> Bool {
        let lower = title.lowercased()
        return lower.contains("your trade") || lower.contains("your skills to others") || lower.contains("your craft")
    }
}

// MARK: - Bachelor's degrees

extension CourseIndex {
    /// Title openings of a bachelor's degree: "BSc (Hons) Biomedical Science", "BA (Hons) Social Work", "LLB (Hons) Law".
    static let bachelorsOpenings = ["ba ", "bsc ", "beng ", "llb ", "bmus ", "bed "]

    /// True when a course's title names a bachelor's degree (`bachelorsOpenings`, or "(Hons)"): three or more years in
    /// one subject, a course for the jobs of that subject; not a degree apprenticeship, a CPD module or a master's degree.
    static func isBachelorsDegree(title: String) -> Bool {
        let lower = title.lowercased()
        return bachelorsOpenings.contains(where: lower.hasPrefix) || lower.contains("(hons)")
    }

    /// True when a course's title names a foundation degree ("FdA Early Years (Sector Endorsed)", "FdSc Construction Management",
    /// "Foundation Degree in …"); not a degree apprenticeship.
    static func isFoundationDegree(title: String) -> Bool {
        let lower = title.lowercased()
        return (lower.hasPrefix("fda ") || lower.hasPrefix("fdsc ") || lower.hasPrefix("fdeng ") || lower.contains("foundation degree"))
            && !lower.contains("apprenticeship")
    }
}
