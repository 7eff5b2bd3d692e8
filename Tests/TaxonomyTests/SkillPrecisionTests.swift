import Domain
import Testing
@testable import Taxonomy

// MARK: - Words used in another sense (issue 6, review 3 defects 1 and 2)

/// Skills read from standards' statements and course text must be skills an adviser would
/// recognise: a word of a skill's vocabulary used in another sense ("custom made", "in the event
/// of", "tractor units", "a dedicated learning coach") is not that skill.
@Suite("Skill precision: words used in another sense")
struct SkillPrecisionTests {
    static let tagger = CourseTagger(taxonomy: bundled)

    // MARK: Exclusion phrases in the vocabulary

    static let vocabulary = """
        @ kind=common group=transferable
        Event management | organising events; events | event planning; !in the event of; !security events
        @ kind=technical group=-
        Electronics | soldering | electronic components; !electronically
        """

    static func matchedLabels(_ text: String, in skills: [Skill]) -> [String] {
        let index = PhraseIndex(patterns: PhrasePattern.patterns(for: skills))
        return index.matches(in: PhraseTokenizer.tokens(text)).map { skills[$0.pattern.skillIndex].label }
    }

    @Test("an alias written with ! is an exclusion, kept apart from the skill's forms")
    func exclusionsParsed() throws {
        let skills = try VocabularyParser.parseSkills(Self.vocabulary)
        #expect(skills[0].exclusions == ["in the event of", "security events"])
        #expect(!skills[0].forms.contains { $0.hasPrefix("!") || $0 == "in the event of" })
        #expect(skills[1].exclusions == ["electronically"])
    }

    @Test("an exclusion with no words is a located error")
    func emptyExclusion() {
        #expect {
            _ = try VocabularyParser.parseSkills("@ kind=common group=-\nEvent management | events; ! | event planning")
        } throws: { error in
            "\(error)".contains("line 2") && "\(error)".contains("exclusions") && "\(error)".contains("has no words")
        }
    }

    @Test("words an exclusion covers are no skill; the same words elsewhere still are", arguments: [
        ("Take appropriate action in the event of an incident or disruption", [String]()),
        ("Types of information security events, brute force attacks", []),
        ("Send or receive data electronically in a digital format", []),
        ("Organising events for corporate clients", ["Event management"]),
        ("Fit electronic components to the board", ["Electronics"]),
    ])
    func exclusionsBlock(_ sentence: String, _ expected: [String]) throws {
        let skills = try VocabularyParser.parseSkills(Self.vocabulary)
        #expect(Self.matchedLabels(sentence, in: skills) == expected, "\(sentence)")
    }

    // MARK: The bundled vocabulary on real statements

    @Test("KSB and duty sentences that used a skill's word in another sense", arguments: [
        ("Carry out finishing of custom made devices", "customs-and-border"),
        ("Environmental policy and procedures applicable to site such as Fire Prevention Plan", "fire-and-rescue"),
        ("Know about listings, conservation sites and their historic context", "museum-and-heritage"),
        ("React and correct issues within agreed timescales", "javascript"),
        ("Loading and discharge of self drive vehicles and tractor units within vessels", "agricultural-machinery"),
        ("Passports, identity cards, visas, electronic travel authorisation (ESTA), military travel orders", "armed-forces"),
        ("The actions to take in the event of an incident", "event-management"),
        ("Identification of errors that occur, investigation and rectification techniques", "investigation"),
        ("Administration of medicines in residential, nursing and home care settings", "administration"),
        ("Routes of administration, the six rights of medication and MAR charts", "administration"),
        ("Administration of medicines in residential, nursing and home care settings", "nursing-care"),
        ("Small groups and a dedicated learning coach help students who found school difficult", "coaching-and-mentoring"),
        // Review 12 (p09 p11): Water treatment technician's statements gave it HR, gas and fitness skills.
        ("Give presentations and demonstrations to customer/site personnel regarding treatment recommendations", "human-resources"),
        ("Water treatment requirements of specific water systems e.g. steam boilers, cooling towers etc.", "gas-engineering"),
        ("Identify and recognise personal training needs and undertake suitable training when required", "fitness-instruction"),
        // Review 12 (p02 p10 p05): a grade won at school, marking out a pitch and the firm someone sells for are no skills.
        ("I'd like to work in the lab, I've got GCSE science grade 5", "assessment-and-feedback"),
        ("I help the groundsman on sundays, mowing, rolling the square, marking out, putting the covers on", "assessment-and-feedback"),
        ("telesales for a double glazing company in redditch 4 years, 200 calls a day", "glazing"),
        ("I did alterations and repairs for a dry cleaners in Malvern for 11 years", "cleaning"),
        ("I did alterations and repairs for a dry cleaners in Malvern for 11 years", "chemical-handling"),
        // Lead's audit of every standard's statements (session 16): IT, farm and site "infrastructure", a team's
        // "resources", codes of ethics and NLP are not civil engineering, workforce planning or programming.
        ("Support and maintain the IT infrastructure, servers and backups for the office", "civil-engineering"),
        ("Maintain farm infrastructure such as gates, fences and water troughs", "civil-engineering"),
        ("Plan activities within the resources available to the centre", "workforce-planning"),
        ("Comply with the codes of ethics described by the main professional bodies", "programming"),
        ("Neuro-linguistic programming techniques and reinforcement strategies", "programming"),
        ("Describe the principles of the programming and scheduling aspects of projects", "programming"),
        // Session 17 audit: assessment is judging learners' work; a patient's, a tree's or a call's assessment and a
        // trade's marks (floorcoverings, road markings, scent marking, egg grades, templates) are not.
        ("Holistic patient assessment and care planning on the ward", "assessment-and-feedback"),
        ("Carry out tree condition assessments and report defects to the client", "assessment-and-feedback"),
        ("Methods and techniques used in measuring, marking and setting out for installing floorcoverings", "assessment-and-feedback"),
        ("Apply white lining and road markings to the carriageway", "assessment-and-feedback"),
        ("Frequency of cleaning considering factors such as scent marking or removal of body fluids", "assessment-and-feedback"),
        ("Collect, grade and pack the eggs, and keep the grading records", "assessment-and-feedback"),
        ("Using templates to mark work before cutting the leather", "assessment-and-feedback"),
    ])
    func notTheSkill(_ sentence: String, _ skill: String) {
        let found = bundled.extract(sentence).skills.filter { $0.method == .exact || $0.method == .stemmed }
        #expect(!found.contains { $0.skillID == skill }, "\(sentence) → \(found.map { "\($0.label) (\($0.text))" })")
    }

    @Test("the same skills are still found where the text means them", arguments: [
        ("Complete customs declarations for goods leaving the port", "customs-and-border"),
        ("Document museum collections and plan heritage conservation work", "museum-and-heritage"),
        ("Served in the military for eight years", "armed-forces"),
        ("Organising events and conferences for clients", "event-management"),
        ("Routes of administration, the six rights of medication and MAR charts", "medication-administration"),
        ("Mentoring and coaching new starters", "coaching-and-mentoring"),
        ("Drove a tractor and maintained farm machinery", "agricultural-machinery"),
        ("Worked as a personnel officer for the council, absence and contracts", "human-resources"),
        ("Gas Safe registered, servicing combi boilers", "gas-engineering"),
        ("Qualified personal trainer at a gym in Worcester", "fitness-instruction"),
        ("English teacher, marking and grading coursework every weekend", "assessment-and-feedback"),
        ("the behaviour and the marking every night broke me", "assessment-and-feedback"),
        ("NVQ assessor, assessing apprentices in their workplace", "assessment-and-feedback"),
        ("Use formative and summative assessment to check pupils' progress", "assessment-and-feedback"),
        ("Plan teaching, learning and assessment for adult learners", "assessment-and-feedback"),
        ("Fitting double glazing and composite doors for 6 years", "glazing"),
        ("Office cleaner at the council offices for 5 years", "cleaning"),
        ("Site engineer on road infrastructure and bridge schemes for the county council", "civil-engineering"),
        ("Succession planning and staff resourcing for a team of forty", "workforce-planning"),
        ("Writing code in Python and JavaScript", "programming"),
    ])
    func stillTheSkill(_ sentence: String, _ skill: String) {
        #expect(bundled.extract(sentence).skills.contains { $0.skillID == skill }, "\(sentence)")
    }

    // MARK: Standards' profiles (built resources)

    @Test("standards no longer carry the misread skills the review found", arguments: [
        ("ST0632", "customs-and-border"),  // Prosthetic and orthotic technician: "custom made devices"
        ("ST0507", "end-of-life-care"),  // Metal recycling general operative: End of Life Vehicles (dropped in occupation-skills.txt)
        ("ST0507", "fire-and-rescue"),  // its Fire Prevention Plan
        ("ST0767", "event-management"),  // Water environment worker: "unexpected events"
        ("ST0767", "aesthetics"),  // "improving aesthetics" of a river
        ("ST0757", "javascript"),  // Radio network technician: "React and correct issues"
        ("ST0907", "armed-forces"),  // Aviation customer service operative: military travel orders, military base
        ("ST0907", "event-management"),  // "in the event of an incident"
        ("ST0307", "agricultural-machinery"),  // Port operative: tractor units
        ("ST0453", "human-resources"),  // Water treatment technician: "customer/site personnel"
        ("ST0453", "gas-engineering"),  // "steam boilers"
        ("ST0453", "fitness-instruction"),  // "personal training needs"
        ("ST0825", "civil-engineering"),  // DevOps engineer: "infrastructure as code", cloud infrastructure
        ("ST0125", "civil-engineering"),  // Infrastructure technician (digital)
        ("ST0921", "assessment-and-feedback"),  // Arboriculturist: tree and site assessments
        ("ST0595", "assessment-and-feedback"),  // Air traffic controller: assessments of traffic and risk
        ("ST0781", "assessment-and-feedback"),  // Registered nurse: patients' assessment
        ("ST0865", "assessment-and-feedback"),  // Cyber security technician: vulnerability assessments
        ("ST0504", "assessment-and-feedback"),  // Floorlayer: measuring, marking and setting out
        ("ST0389", "assessment-and-feedback"),  // Poultry worker: grading eggs
    ])
    func standardProfiles(_ reference: String, _ skill: String) throws {
        let standard = try #require(bundled.standard(reference: reference))
        #expect(!standard.skillIDs.contains(skill), "\(standard.title) still has \(skill)")
    }

    @Test("standards keep the skills their statements do mean", arguments: [
        ("ST0632", "medical-devices"),
        ("ST0507", "waste-management"),
        ("ST0559", "museum-and-heritage"),  // Museums and galleries technician
        ("ST0307", "customer-service"),
        ("ST0149", "assessment-and-feedback"),  // Learning and skills teacher
        ("ST0146", "assessment-and-feedback"),  // Assessor coach
        ("ST0490", "assessment-and-feedback"),  // Teacher: summative assessment
    ])
    func standardProfilesKeep(_ reference: String, _ skill: String) throws {
        let standard = try #require(bundled.standard(reference: reference))
        #expect(standard.skillIDs.contains(skill), "\(standard.title) lost \(skill)")
    }

    // MARK: Course tags

    @Test("one word that only shares a stem with a skill's forms does not tag a course", arguments: [
        ("HGV Driver Skills Bootcamp (Category C)", "Prepare for the Category C test: the Highway Code, vehicle safety checks and tachograph rules.", "programming"),
        ("Retailer Apprenticeship", "For sales assistants in independent shops, supermarkets and garden centres.", "horticulture"),
        ("Cyber Security Practices (Level 3)", "Threat actors, attack types and the cyber kill chain.", "typing"),
        ("Level 3 Extended Diploma in Horticulture", "Plant health, pests and diseases, and integrated pest management.", "integrity"),
    ])
    func stemOnlyWordsDoNotTag(_ title: String, _ description: String, _ skill: String) {
        let tags = Self.tagger.tags(for: Course(sourceID: "x", title: title, description: description))
        #expect(!tags.contains { $0.kind == .skill && $0.value == skill }, "\(title) → \(tags.filter { $0.kind == .skill }.map(\.reason))")
    }

    @Test("a course keeps skills its text names in the form's own word or a phrase", arguments: [
        ("RHS Level 2 Certificate in Practical Horticulture", "Practical gardening: sowing, planting and pruning in the college garden.", "horticulture"),
        ("Introduction to Python coding", "Write and test simple programs and learn to code.", "programming"),
        ("Level 2 Certificate in Welding Skills", "Welded joints in steel plate using MIG and TIG welding.", "welding"),
    ])
    func phrasesStillTag(_ title: String, _ description: String, _ skill: String) {
        let tags = Self.tagger.tags(for: Course(sourceID: "x", title: title, description: description))
        #expect(tags.contains { $0.kind == .skill && $0.value == skill }, "\(title)")
    }

    @Test("a course about giving medicines is not tagged with business administration or nursing")
    func medicinesCourse() {
        let course = Course(
            sourceID: "x", title: "Safe Handling and Administration of Medicines",
            description: """
                For care workers who administer or support people with their medicines in residential, nursing and home care settings. \
                Legislation and NICE guidance, routes of administration, the six rights of medication, MAR charts and record keeping.
                """)
        let skills = Set(Self.tagger.tags(for: course).filter { $0.kind == .skill }.map(\.value))
        #expect(skills.contains("medication-administration"))
        #expect(!skills.contains("administration") && !skills.contains("nursing-care"), "\(skills.sorted())")
    }
}
