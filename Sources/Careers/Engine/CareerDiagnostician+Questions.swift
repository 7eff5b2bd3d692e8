import Domain
import Foundation
import Matching
import Taxonomy

// MARK: - Answering the learner's direct questions

/// Most learners end with a direct question ("Can I do an adult electrical apprenticeship at my age?", "is there a way
/// in without 3 years at uni?", "what do I do now?"). An adviser answers it before anything else, so the diagnostic
/// answers the common kinds (`LearnerQuestion.Kind`) in one short notice each, from what it already holds: the paths
/// listed, their courses (title, provider, district, the cost line for this learner), the standards' levels and the
/// job the wish names. It never invents a course or a rule; a question of no known kind gets no answer.
extension CareerDiagnostician {
    /// One notice per kind of question the learner asks in `text` (`LearnerQuestion.questions(in:)`), in the order
    /// first asked, answered from the paths as the learner will see them (`upskill` then `reskill`, less the path to the
    /// job they are placed in, `shownJob`, unless it is wished), the job their wish names (`aspiration`) and their
    /// age band. A kind the notices already answer (`notices`: an apprenticeship the notes name, a free digital
    /// course) is not answered again.
    func questionAnswers(
        to text: String, upskill: [CareerPath], reskill: [CareerPath], shownJob: String?, aspiration: Aspiration, notices: [String],
        ageBand: AgeBand?
    ) -> [String] {
        let questions = LearnerQuestion.questions(in: text)
        guard !questions.isEmpty else { return [] }
        let paths = (upskill + reskill).filter { $0.occupation.id != shownJob || Self.isWished($0) }
        var context = QuestionContext(
            paths: paths, wished: wishedJob(aspiration: aspiration, paths: paths),
            namesJob: !aspiration.namedJobs.isEmpty || !aspiration.unmatchedJobs.isEmpty, notices: notices,
            adult: ageBand != .youth && (Circumstances.statedAge(text).map { $0 >= 19 } ?? true), statedAge: Circumstances.statedAge(text))
        // Where to start names a path's first course only when it trains for that path's job (`servesPath`): a dental nursing diploma
        // listed under a prosthetics technician path is no place to start (review 20, p06).
        for path in paths {
            guard let position = model.targetPosition[path.occupation.code] else { continue }
            context.serving[path.occupation.code] = Set(path.courses.filter { servesPath($0, position: position) }.map(\.id))
        }
        var answered = Set<LearnerQuestion.Kind>()
        var answers: [String] = []
        for question in questions {
            for kind in question.kinds where !answered.contains(kind) {
                answered.insert(kind)
                // An age question about an apprenticeship is answered with the apprenticeships listed, in one notice.
                if kind == .age, question.kinds.contains(.apprenticeship) { answered.insert(.apprenticeship) }
                // Paying to get back on a register is answered with the way back (`registerAnswer`), not with the courses listed.
                if kind == .cost, question.kinds.contains(.register) { continue }
                if let answer = Self.answer(kind, to: question, context: &context) { answers.append(answer) }
            }
        }
        return answers
    }

    /// The job the learner's wish names, as a standard's title and level: the closest job of the first wish that
    /// names one (`Aspiration.namedJobs`), unless the job they typed has no standard here (`Aspiration.unmatchedJobs`,
    /// when the standard found is not what they named); else a listed path that is the job their wish names.
    func wishedJob(aspiration: Aspiration, paths: [CareerPath]) -> QuestionContext.Job? {
        if aspiration.unmatchedJobs.isEmpty, let position = aspiration.namedJobs.lazy.compactMap(\.first).first {
            let standard = model.targets[position].standard
            return QuestionContext.Job(code: standard.reference, title: OccupationRef.displayTitle(standard.title), level: standard.level)
        }
        guard let path = paths.first(where: { $0.why.summary.hasPrefix(Self.wishedJobOpening) }), let level = path.occupation.level else { return nil }
        return QuestionContext.Job(code: path.occupation.code, title: OccupationRef.displayTitle(path.occupation.title), level: level)
    }

    /// Whether a course listed under the path to the job at `position` trains for that job's own work: its title holds a word
    /// of the job's titles that says what the work is on (`distinctiveWords`) or the last word of one of its titles (the
    /// person doing it: "electrician"), or it covers the job's heaviest skill.
    func servesPath(_ course: CourseOption, position: Int) -> Bool {
        let target = model.targets[position]
        let words = Set(Self.singularWords(course.title))
        if !words.isDisjoint(with: distinctiveWords[position]) { return true }
        if target.titleWords.contains(where: { title in title.last.map { $0.count > 3 && words.contains($0) && !Self.roleWords.contains($0) } ?? false }) {
            return true
        }
        // Its heaviest skill is the job's own work: a safety technician's health and safety (IOSH Managing Safely), not the health
        // records and anatomy a dental nursing diploma shares with a prosthetics technician.
        guard let heaviest = target.skills.first?.skill else { return false }
        return course.coversSkills.contains { model.skillPosition[$0.id] == heaviest }
    }

    // MARK: Answers by kind

    /// The notice answering `kind` of `question`, or nil when the diagnostic holds nothing to answer it with.
    /// A course already named in an earlier answer is named again by its title alone (`QuestionContext.describe`).
    static func answer(_ kind: LearnerQuestion.Kind, to question: LearnerQuestion, context: inout QuestionContext) -> String? {
        switch kind {
        case .age: ageAnswer(question, &context)
        case .apprenticeship: apprenticeshipAnswer(question, &context)
        case .degree: degreeAnswer(question, &context)
        case .qualification: qualificationAnswer(question, &context)
        case .options: optionsAnswer(question, &context)
        case .prospects: prospectsAnswer(context)
        case .cost: costAnswer(question, &context)
        case .experience: experienceAnswer(context)
        case .access: accessAnswer(&context)
        case .employers: employersAnswer(context)
        case .register: registerAnswer(question)
        case .partTime: partTimeAnswer(&context)
        }
    }

    /// Apprenticeships in England have no upper age limit; adult learners (19 and over) may be funded differently,
    /// so the answer quotes the cost line of the apprenticeship listed (or the first course of the main path).
    static func ageAnswer(_ question: LearnerQuestion, _ context: inout QuestionContext) -> String {
        let aboutApprenticeship = question.kinds.contains(.apprenticeship)
        let age = question.statedAge ?? context.statedAge
        let opening: String
        if aboutApprenticeship {
            opening = "You asked whether you can do an apprenticeship " + (age.map { "at \($0)" } ?? "at your age")
        } else if question.wording.contains("too late") {
            opening = "You asked whether it is too late for you"
        } else if question.wording.contains("worr") || question.wording.contains("scared") || question.wording.contains("afraid") {
            opening = "You say you worry you are too old"
        } else {
            opening = "You asked whether you are too old"
        }
        var answer = opening + ": " + (aboutApprenticeship ? "apprenticeships in England have no upper age limit" : "apprenticeships and adult courses in England have no upper age limit")
        // Only a course that trains for its path's own work is quoted (`QuestionContext.serves`): a would-be vet nurse's age is no
        // question about an energy management course listed under a poultry path (review 21, p11).
        let apprenticeships = context.apprenticeshipCourses.filter(context.serves)
        let course = aboutApprenticeship ? apprenticeships.first : context.courses.first(where: context.serves)
        let funding = context.adult ? "adults (19 and over) may be funded differently from 16 to 18 year olds" : nil
        if let course {
            answer += (funding.map { "; \($0), and" } ?? ";") + " the cost line of the " + context.describe(course, cost: false)
                + " listed below says: \(course.costSummary)."
        } else if aboutApprenticeship {
            answer += (funding.map { "; \($0)" } ?? "") + (context.hasWish
                ? ". No apprenticeship for the work you want is listed among the courses below." : ". No apprenticeship is listed among the courses below.")
        } else {
            answer += funding.map { "; \($0)." } ?? "."
        }
        return answer
    }

    /// The apprenticeships the paths list, with provider, district and cost, or that none is listed.
    static func apprenticeshipAnswer(_ question: LearnerQuestion, _ context: inout QuestionContext) -> String? {
        let paid = ["on the job", "get paid", "earn while", "paid to train", "paid training", "earn and learn"].contains(where: question.wording.contains)
        let opening = paid ? "You asked whether you can train on the job and get paid" : "You asked about an apprenticeship"
        // One asked about without A levels is no degree apprenticeship, which usually asks for them (review 21, p08).
        let withoutLevelThree = withoutALevels.contains(where: question.wording.contains)
        let listed = context.apprenticeshipCourses
        let courses = withoutLevelThree ? listed.filter { !$0.title.lowercased().contains("degree") } : listed
        if courses.isEmpty, !listed.isEmpty {
            return opening + ": the apprenticeships listed below are degree apprenticeships, which usually ask for A levels or another level 3 "
                + "first; ask employers and colleges about apprenticeships at level 3 or below, which take people without them."
        }
        guard !courses.isEmpty else {
            // An apprenticeship a note above names already answers it.
            guard !context.notices.contains(where: { $0.lowercased().contains("apprenticeship") }) else { return nil }
            if context.hasWish { return opening + ": no apprenticeship for the work you want is listed among the courses below." }
            return opening + ": no apprenticeship is listed among the courses below" + (context.paths.isEmpty ? "." : " for these paths.")
        }
        let named = courses.prefix(2).map { "the " + context.describe($0, cost: true) }
        return opening + ": the paths below list " + list(named) + (courses.count > 2 ? ", among others" : "")
            + (paid ? "; an apprenticeship is a paid job with training." : ".")
    }

    /// Wordings of a question about a way in without A levels or another level 3.
    static let withoutALevels = [
        " without a levels", " without a-levels", " without a level", " without any a levels", " without doing a levels", " no a levels",
        " without my a levels", " without a level 3", " without level 3",
    ]

    /// Which listed paths need no degree, and for a degree-level job the wish names, that it is itself a degree
    /// apprenticeship standard, with the degree apprenticeship or Access to Higher Education course listed.
    static func degreeAnswer(_ question: LearnerQuestion, _ context: inout QuestionContext) -> String? {
        let wording = question.wording
        let university = [" uni ", " uni?", " uni,", " university"].contains(where: wording.contains)
        let opening = wording.contains(" without ")
            ? "You asked whether there is a way in without " + (university ? "full-time university" : "a degree")
            : university ? "You asked whether you have to go to university" : "You asked whether you need a degree"
        var sentences: [String] = []
        // The job the wish names, or else a degree-level path listed because it matches the wish.
        let wished = context.wished ?? context.paths.filter(answersWish).compactMap(QuestionContext.Job.init(path:)).first(where: \.isDegreeLevel)
        if let job = wished, !context.notices.contains(where: { $0.hasPrefix("\(job.title) (level") && $0.contains("degree apprenticeship") }) {
            if job.isDegreeLevel {
                var sentence = "\(job.title) (level \(job.level)) is degree-level, but it is itself a degree apprenticeship standard, so an employer "
                    + "can train you for it while you work, with the degree paid for"
                if let course = context.degreeRouteCourse(for: job) { sentence += "; the " + context.describe(course, cost: true) + " listed below is one way in" }
                sentences.append(sentence + ".")
            } else {
                sentences.append("\(job.title) (level \(job.level)) is an apprenticeship standard below degree level, so it needs no degree.")
            }
        }
        // A learner who names a job asks about the way into it: only the paths towards it answer that (not a warehouse
        // supervisor's step up for a would-be osteopath). One who names none hears of the paths listed.
        let noDegree = (context.namesJob ? context.paths.filter(answersWish) : context.paths).filter { path in
            !(path.occupation.level.map { $0 >= degreeLevel } ?? true) && !path.occupation.title.lowercased().contains("degree")
                && path.occupation.code != wished?.code
        }
        if !noDegree.isEmpty {
            let titles = noDegree.prefix(3).map { "\(OccupationRef.displayTitle($0.occupation.title)) (level \($0.occupation.level!))" }
            sentences.append("Of the paths below, " + list(titles) + (titles.count == 1 ? " needs" : " need") + " no degree.")
        }
        guard !sentences.isEmpty else { return nil }
        return opening + ": " + lowercasedFirst(sentences.joined(separator: " "))
    }

    /// The level of the standard for the job the wish names, and the courses listed under it (or under the first
    /// step towards it) that train for it.
    static func qualificationAnswer(_ question: LearnerQuestion, _ context: inout QuestionContext) -> String? {
        // Without a job in mind, "for that" points at nothing the diagnostic can name.
        guard let job = context.wished ?? context.paths.first(where: answersWish).flatMap(QuestionContext.Job.init(path:)) else { return nil }
        let opening = question.wording.contains(" without ")
            ? "You asked whether you can do it without qualifications" : "You asked whether you need a qualification"
        var answer = opening + ": \(job.title) is a level \(job.level) apprenticeship standard, so an employer can train you for it as an apprentice"
        let own = context.paths.first { $0.occupation.code == job.code }
        let step = context.paths.first { $0.why.summary.hasPrefix("A first step towards ") && $0.why.summary.contains(job.title) }
        if let own, !own.courses.isEmpty {
            answer += "; the courses listed under it below include " + list(own.courses.prefix(2).map { "the " + context.describe($0, cost: true) }) + "."
        } else if let step, let course = step.courses.first {
            answer += "; the first step listed towards it, \(OccupationRef.displayTitle(step.occupation.title)), has the " + context.describe(course, cost: true) + "."
        } else {
            answer += "; no course for it is listed here."
        }
        return answer
    }

    /// The main path (the job the wish names or a path that matches the wish; without a wish, the first listed that shares
    /// some of the learner's skills) and its first course. A path that does neither is no answer to what to do: a would-be
    /// paramedic is not told to start as a leisure team member, nor a vineyard worker to start a fresh start at 0% as a
    /// business administrator. Then the answer says so plainly, pointing to the note on the job the wish names if there is one.
    static func optionsAnswer(_ question: LearnerQuestion, _ context: inout QuestionContext) -> String? {
        let wording = question.wording
        let aboutCourse = [" course", " courses"].contains(where: wording.contains) && !wording.contains(" options")
        // A free digital skills course a note above offers already answers a question about a course to catch up.
        if aboutCourse, context.notices.contains(where: { $0.hasPrefix("You say your computer skills need updating") }) { return nil }
        let opening = aboutCourse ? "You asked whether there is a course for you"
            : wording.contains("option") ? "You asked what your options are"
            : [" what could i do", " what can i do", " what else"].contains(where: wording.contains) ? "You asked what you could do"
            : "You asked what to do now"
        guard let path = context.optionsPath else {
            if context.notices.contains(where: { $0.contains("which your wish names") }) {
                return opening + ": the note above on the job your wish names says the way into it; none of the paths below leads to it, "
                    + "they build on what you do now."
            }
            guard !context.hasWish, !aboutCourse else { return nil }
            return opening + ": too few of the skills you describe are shared with other jobs here to point you to one. Saying what kind "
                + "of work you would like helps, and the National Careers Service (0800 100 900, free) can talk your options through with you."
        }
        let which = path == context.paths.first ? "the first path below"
            : context.hasWish ? "the path below that matches your wish" : "the first path below that builds on your skills"
        var answer = opening + ": " + (aboutCourse ? "look first at \(which), " : "start with \(which), ")
            + "\(OccupationRef.displayTitle(path.occupation.title))" + (path.occupation.level.map { " (level \($0))" } ?? "")
        if let course = path.courses.first(where: { context.serving[path.occupation.code]?.contains($0.id) ?? true }) {
            answer += ", and " + (course.id == path.courses.first?.id ? "its first course" : "the course listed under it that trains for it")
                + ", the " + context.describe(course, cost: true) + "."
        } else if !path.courses.isEmpty {
            answer += "; none of the courses listed under it trains for its own work, so ask employers and the providers about the way in."
        } else {
            answer += "; no course for it is listed here."
        }
        return answer
    }

    /// The skills the learner already has that the main path needs.
    static func prospectsAnswer(_ context: QuestionContext) -> String? {
        let candidates = [context.mainPath].compactMap { $0 } + context.paths
        guard let path = candidates.first(where: { !$0.sharedSkills.isEmpty }) else { return nil }
        let shared = path.sharedSkills
        return "You asked whether anyone would take you on: you already have \(shared.count) of the skills "
            + "\(OccupationRef.displayTitle(path.occupation.title)) needs, including " + list(shared.prefix(2).map { $0.label.lowercased() })
            + ", and the path below lists what to add."
    }

    /// What the learner has done counts: the skills they already have that the main path needs (or, failing it, the first
    /// path that matches the wish and shares some, then any path that shares some).
    static func experienceAnswer(_ context: QuestionContext) -> String? {
        let wishPaths = context.paths.filter { CareerDiagnostician.isWished($0) || CareerDiagnostician.answersWish($0) }
        let candidates = [context.mainPath].compactMap { $0 } + wishPaths + context.paths
        guard let path = candidates.first(where: { !$0.sharedSkills.isEmpty }) else { return nil }
        let shared = path.sharedSkills
        return "You asked whether what you have done counts: it does. You already have \(shared.count) of the skills "
            + "\(OccupationRef.displayTitle(path.occupation.title)) needs, including " + list(shared.prefix(2).map { $0.label.lowercased() })
            + ", so you would not start from nothing; the path below lists only what to add."
    }

    /// The free courses the paths list, or that none is free for this learner.
    static func costAnswer(_ question: LearnerQuestion, _ context: inout QuestionContext) -> String? {
        let courses = context.courses
        guard !courses.isEmpty else { return nil }
        let opening = question.wording.contains("free") ? "You asked about free courses" : "You asked what courses cost"
        let free = courses.filter { $0.costToLearner == .free }
        let eligible = courses.filter { $0.costToLearner == .ifEligible }
        guard !free.isEmpty || !eligible.isEmpty else {
            return opening + ": none of the courses listed below is free for you; each one's cost line gives its price."
        }
        var parts: [String] = []
        if !free.isEmpty { parts.append(list(free.prefix(2).map { "the " + context.describe($0, cost: false) }) + (free.count == 1 ? " is" : " are") + " free for you") }
        if !eligible.isEmpty {
            parts.append(list(eligible.prefix(free.isEmpty ? 2 : 1).map { "the " + context.describe($0, cost: false) }) + (eligible.count == 1 || !free.isEmpty ? " is" : " are")
                + " free if you are eligible")
        }
        return opening + ": of the courses listed below, " + parts.joined(separator: ", and ") + "."
    }

    /// Whether the job the wish names needs an Access course first: a degree-level one is usually entered by adults without
    /// A levels or another level 3 through an Access to Higher Education Diploma (one listed is named); one below degree level
    /// is trained for by its own apprenticeship, with no Access course first.
    static func accessAnswer(_ context: inout QuestionContext) -> String {
        let opening = "You asked whether you need an Access course first"
        let listed = context.courses.first(where: QuestionContext.isAccessCourse).map { course in
            "; the " + context.describe(course, cost: true) + " listed below is one"
        } ?? "; colleges run them part time, often in the evenings, and an Advanced Learner Loan can pay the fee"
        let wished = context.wished ?? context.paths.filter(answersWish).compactMap(QuestionContext.Job.init(path:)).first(where: \.isDegreeLevel)
        guard let job = wished else {
            return opening + ": an Access to Higher Education Diploma (level 3) is for adults without A levels who want to go on to a degree "
                + "or a degree apprenticeship" + listed + "."
        }
        guard job.isDegreeLevel else {
            return opening + ": \(job.title) (level \(job.level)) is an apprenticeship standard below degree level, so an employer can train you "
                + "for it without an Access course first."
        }
        return opening + ": \(job.title) (level \(job.level)) is degree-level; without A levels or another level 3, an Access to Higher "
            + "Education Diploma (level 3) is the usual way to meet the entry requirement of its degree or degree apprenticeship (ask the "
            + "employer or university which they accept)" + listed + "."
    }

    /// Which employers take people on: the diagnostic lists courses, not vacancies, so the answer says where vacancies are listed.
    static func employersAnswer(_ context: QuestionContext) -> String {
        let job = context.wished.map { " (search it for \($0.title.lowercased()))" } ?? ""
        return "You asked which employers take people on: this diagnostic lists courses, not employers or vacancies. GOV.UK's "
            + "\"Find an apprenticeship\" service lists apprenticeship vacancies by job and place\(job), and the National Careers Service "
            + "(0800 100 900, free) can help you find employers near you."
    }

    /// How to get back on a professional register: the regulator's own way back, not a course (the HCPC's period of updating, the
    /// NMC's return to practice programmes), and its fee when asked about paying.
    static func registerAnswer(_ question: LearnerQuestion) -> String {
        let wording = question.wording
        let hcpc = wording.contains("hcpc"), nmc = wording.contains("nmc")
        var answer = "You asked how to get back on your professional register: the regulator sets the way back, not a course listed here. "
        if hcpc || !nmc {
            answer += "The HCPC asks people out of practice for two to five years to do 30 days of updating, and those out for five years "
                + "or more 60 days, through supervised practice, formal study or private study (up to half), before they apply to re-register"
            answer += nmc ? "; " : ". "
        }
        if nmc || !hcpc {
            answer += (hcpc ? "t" : "T") + "he NMC asks nurses and midwives who have been out of practice to do an approved Return to Practice "
                + "programme or test of competence. "
        }
        if question.kinds.contains(.cost) {
            answer += "Updating by private study costs nothing, and the regulator charges its registration fee when you rejoin. "
        }
        return answer + "Check the current rules on the regulator's website; your old employer may offer supervised practice."
    }

    /// Whether the learner can train part time: the listed courses that run part time or flexibly, or that none does.
    static func partTimeAnswer(_ context: inout QuestionContext) -> String {
        let opening = "You asked whether you can train part time"
        let partTime = context.courses.filter { $0.studyMode == .partTime || $0.studyMode == .flexible || $0.deliveryMode == .online }
        guard !partTime.isEmpty else {
            return opening + ": none of the courses listed below" + (context.hasWish ? " for the work you want" : "")
                + " is marked part-time or online; colleges often run evening or online courses, so ask them, and an apprenticeship is "
                + "itself a paid job with training."
        }
        let named = partTime.prefix(2).map { "the " + context.describe($0, cost: false) }
        return opening + ": yes. Of the courses listed below, " + list(named) + (named.count == 1 ? " runs" : " run")
            + " part time, flexibly or online, so you can keep working while you study."
    }

    // MARK: Wording

    /// `text` with "Of the paths" lower-cased after a colon; a text opening with a job's title keeps its capital.
    static func lowercasedFirst(_ text: String) -> String {
        guard text.hasPrefix("Of the paths") else { return text }
        return "o" + text.dropFirst()
    }
}

// MARK: - What the answers draw on

/// The paths, wished job and notices a question is answered from.
struct QuestionContext {
    /// A standard by its reference, display title and level.
    struct Job: Equatable {
        var code: String
        var title: String
        var level: Int

        /// Whether the job is degree-level: level 6 or above, or a degree standard ("(integrated degree)").
        var isDegreeLevel: Bool { level >= CareerDiagnostician.degreeLevel || title.lowercased().contains("degree") }

        init(code: String, title: String, level: Int) {
            self.code = code
            self.title = title
            self.level = level
        }

        init?(path: CareerPath) {
            guard let level = path.occupation.level else { return nil }
            self.init(code: path.occupation.code, title: OccupationRef.displayTitle(path.occupation.title), level: level)
        }
    }

    /// The paths as the learner sees them, upskill first.
    var paths: [CareerPath]
    /// The job the wish names, when it names one.
    var wished: Job?
    /// Whether the wish names a job at all, one a standard is for or not.
    var namesJob: Bool
    var notices: [String]
    /// Whether the learner is an adult (19 or over, or of no stated age outside the 16–18 band).
    var adult: Bool
    var statedAge: Int?

    /// Courses already named in an answer.
    var named: Set<Int64> = []
    /// Per path's standard reference, the courses listed under it that train for its job (`CareerDiagnostician.servesPath`).
    var serving: [String: Set<Int64>] = [:]

    /// "Commis Chef Apprenticeship (Level 2) with Heart of Worcestershire College (Worcester, free)": a course's title,
    /// provider (without its bracketed campuses), district (or online) and, with `cost`, its cost line for this learner
    /// (`CourseOption.costSummary`). A course an earlier answer named is "… (named above)".
    mutating func describe(_ course: CourseOption, cost: Bool) -> String {
        guard named.insert(course.id).inserted else { return "\(course.title) (named above)" }
        var details: [String] = []
        if let district = course.district, district != .outsideCounty {
            details.append(district.name)
        } else if course.deliveryMode == .online {
            details.append("online")
        }
        if cost { details.append(course.costSummary) }
        let provider = course.provider.name.components(separatedBy: " (").first ?? course.provider.name
        return "\(course.title) with \(provider)" + (details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")")
    }

    /// The path a question about what to do is answered with: the first listed that is the job the wish names or a
    /// first step towards it (`CareerDiagnostician.isWished`), else the first that matches the wish
    /// (`CareerDiagnostician.answersWish`), else the first listed.
    var mainPath: CareerPath? {
        paths.first(where: CareerDiagnostician.isWished) ?? paths.first(where: CareerDiagnostician.answersWish) ?? paths.first
    }

    /// The path a question about what to do is answered with: for a learner with a wish (`hasWish`), the first listed that is
    /// the job the wish names, a first step towards it or matches the wish; else the first that shares some of their skills.
    /// `nil` when none does: a path of neither kind answers nothing they asked.
    var optionsPath: CareerPath? {
        if hasWish { return paths.first(where: CareerDiagnostician.isWished) ?? paths.first(where: CareerDiagnostician.answersWish) }
        return paths.first { !$0.sharedSkills.isEmpty }
    }

    /// Whether the learner wishes for some work: a job their wish names, or a listed path that matches the wish.
    var hasWish: Bool { wished != nil || namesJob || paths.contains(where: CareerDiagnostician.answersWish) }

    /// The courses an answer may name, each once: for a learner with a wish (`hasWish`), only those of the paths that are
    /// the wished job, a first step towards it or match the wish (a would-be nurse asking about an apprenticeship hears
    /// of none rather than of an HGV apprenticeship under another path); else the main path's, then every path's.
    var courses: [CourseOption] {
        var seen = Set<Int64>()
        let wishPaths = paths.filter { CareerDiagnostician.isWished($0) || CareerDiagnostician.answersWish($0) }
        let ordered = hasWish ? wishPaths : (mainPath.map { [$0] } ?? []) + paths
        return ordered.flatMap(\.courses).filter { seen.insert($0.id).inserted }
    }

    /// Whether a course listed under a path trains for that path's own work (`serving`, `CareerDiagnostician.servesPath`).
    func serves(_ course: CourseOption) -> Bool { serving.values.contains { $0.contains(course.id) } }

    /// Whether a course is an Access to Higher Education Diploma.
    static func isAccessCourse(_ course: CourseOption) -> Bool {
        let title = course.title.lowercased()
        return title.contains("access to higher education") || title.contains("access to he ")
    }

    /// The apprenticeships among `courses`: courses whose title says they are one.
    var apprenticeshipCourses: [CourseOption] { courses.filter { $0.title.lowercased().contains("apprenticeship") } }

    /// A listed course that leads into the degree-level `job` without a full-time degree first: a degree
    /// apprenticeship, or an Access to Higher Education course; one listed under the job or a first step towards it first.
    func degreeRouteCourse(for job: Job) -> CourseOption? {
        let isRoute = { (course: CourseOption) -> Bool in
            let title = course.title.lowercased()
            return title.contains("degree apprenticeship") || title.contains("access to higher education") || title.contains("access to he ")
        }
        let near = paths.filter { $0.occupation.code == job.code || $0.why.summary.contains(job.title) }
        return near.flatMap(\.courses).first(where: isRoute) ?? courses.first(where: isRoute)
    }
}
