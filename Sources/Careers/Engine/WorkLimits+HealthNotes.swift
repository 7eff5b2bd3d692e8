import Foundation
import Matching
import Taxonomy

// MARK: - Conditions that close no work but deserve a word

extension WorkLimit {
    /// How learners name a stammer of their own ("I have a bad stammer", "my stutter").
    static let stammerStatements = ["stammer", "stammering", "stutter", "stuttering"]

    /// How learners name a heart condition of their own ("had a heart attack", "stent fitted").
    static let heartStatements = [
        "heart attack", "heart condition", "heart problems", "heart problem", "heart failure", "cardiac arrest", "angina", "stent fitted",
        "had a stent", "stents fitted", "pacemaker", "heart bypass", "triple bypass", "double bypass",
    ]

    /// How learners name autism of their own ("I'm autistic", "I have Asperger's"); "children with autism"
    /// is someone else's, so the bare word is not enough.
    static let autismStatements = [
        "i'm autistic", "im autistic", "i am autistic", "and autistic", "autistic myself", "diagnosed autistic", "i have autism",
        "i've got autism", "ive got autism", "diagnosed with autism", "i have asperger", "i've got asperger", "ive got asperger",
        "diagnosed with asperger", "i'm on the spectrum", "im on the spectrum", "i am on the spectrum",
    ]

    /// How learners name Tourette's of their own ("I have Tourettes", "my tics"); read as the learner's own (`states`).
    static let touretteStatements = [
        "tourettes", "tourette's", "tourette", "tourette syndrome", "tourettes syndrome", "tic disorder", "my tics", "i have tics",
        "i've got tics", "ive got tics",
    ]

    /// How learners name a learning disability or difficulty of their own ("i have a learning disability");
    /// "adults with learning disabilities" is the people a carer supports, so the bare words are not enough.
    static let learningDisabilityStatements: [String] = {
        let owners = ["i have", "i've got", "ive got", "i got", "diagnosed with", "i was born with", "i live with"]
        let conditions = [
            "a learning disability", "learning disabilities", "a mild learning disability", "a learning difficulty", "learning difficulties",
            "a mild learning difficulty", "down syndrome", "down's syndrome", "downs syndrome",
        ]
        return owners.flatMap { owner in conditions.map { owner + " " + $0 } }
            + ["my learning disability", "my learning disabilities", "my learning difficulty", "my learning difficulties"]
    }()

    /// How learners say someone helps them read or write ("my support worker helps me with reading and writing").
    static let readingSupportStatements = [
        "helps me with reading", "helps me with my reading", "help me with reading", "help me with my reading", "helps me with writing",
        "helps me read", "help me read", "helps me write", "help with my reading", "help with reading and writing", "struggle with reading",
        "struggle to read", "can't read very well", "cant read very well", "not good at reading",
    ]

    /// How learners name anxiety, panic or depression of their own ("i get panic attacks", "being treated for anxiety"), read
    /// as the limits are (`states`): "people with anxiety" is whom a carer supports.
    static let anxietyStatements = [
        "panic attacks", "panic attack", "anxiety attacks", "my anxiety", "treated for anxiety", "i have anxiety", "i get anxiety",
        "i've got anxiety", "ive got anxiety", "suffer with anxiety", "suffer from anxiety", "suffering with anxiety", "suffering from anxiety",
        "anxiety disorder", "anxiety and depression", "depression and anxiety", "signed off with anxiety", "signed off with stress",
        "signed off with depression", "treated for depression", "my depression", "severe anxiety", "bad anxiety",
    ]

    /// Words that name getting about by public transport, about which a learner may say they are anxious.
    static let travelWords: Set<String> = [
        "bus", "buses", "train", "trains", "travel", "travelling", "traveling", "transport", "tube", "tram", "trams", "coach", "journey",
    ]

    /// Whether the learner says their own anxiety or panic is about travelling ("i get anxious on the bus if
    /// its busy", "I panic on trains"): an anxiety word (`anxietyWords`, or "scared") with the learner's own
    /// words before it, as `isAnxiousAroundPeople` reads them, and a travel word in the same clause after it.
    static func isAnxiousTravelling(_ lower: String) -> Bool {
        for sentence in lower.split(whereSeparator: { ".!?;\n".contains($0) }) {
            let words = sentence.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
            for (index, word) in words.enumerated() where anxietyWords.contains(word) || word == "scared" {
                let before = words[max(0, index - 4)..<index]
                guard let own = before.lastIndex(where: ownWords.contains), !before.contains(where: deniers.contains),
                    words[(own + 1)..<index].allSatisfy(ownLinks.contains)
                else { continue }
                let after = words[(index + 1)...].prefix { !clauseEnds.contains($0) }.prefix(6)
                if after.contains(where: travelWords.contains) { return true }
            }
        }
        return false
    }

    /// Long-term health conditions a learner names as their own that close no job by themselves in every case
    /// but that Access to Work and reasonable adjustments cover (beside those the limits read: `physicalConditions`,
    /// `fatigueConditions`, `medicalDrivingStatements`, `wheelchairStatements`).
    static let supportedConditions = [
        "prolapsed disc", "prolapsed discs", "slipped disc", "herniated disc", "sciatica", "spinal injury", "endometriosis", "diabetes",
        "diabetic", "crohn's", "crohns", "colitis", "long covid", "had a stroke", "my stroke", "cancer treatment", "chemo", "chemotherapy",
        "epilepsy", "epileptic", "bipolar", "ptsd", "chronic pain", "back surgery", "spinal surgery", "spine surgery",
        // A stoma after bowel surgery (heavy lifting risks a hernia beside it), and lung conditions caught at work.
        "a stoma", "my stoma", "colostomy", "ileostomy", "bowel cancer", "farmer's lung", "farmers lung",
    ]

    /// Every condition that earns the Access to Work line (`accessToWorkLine`): those the limits read and `supportedConditions`.
    static let accessToWorkConditions =
        physicalConditions + fatigueConditions + energyConditions + medicalDrivingStatements + wheelchairStatements + supportedConditions + limbLossStatements

    /// The sight and hearing statements, whose limits' own notices already name Access to Work.
    static let senseStatements = sightStatements + hearingStatements

    /// The line naming Access to Work, said once where a health condition is read and no other note has named it.
    static let accessToWorkLine =
        "You mention a health condition. Employers must make reasonable adjustments for it (hours, equipment, breaks, a phased start), "
        + "and Access to Work, a government scheme, can pay for support at work such as equipment, taxis or a support worker; "
        + "apply on GOV.UK or ask at the Jobcentre."

    /// What the diagnostic says of a condition that closes no job by itself but changes how the learner
    /// gets one or what a job needs: a stammer (interviews, phone calls), a heart condition (the
    /// DVLA's rules for driving and for lorries, buses and plant) and autism (adjustments at work). Read as the limits are (`states`):
    /// the learner's own, not denied, not someone else's.
    static func healthNotes(in text: String) -> [String] {
        let lower = CareerDiagnostician.padded(text)
        let search = PhraseSearch(lower)
        var notes: [String] = []
        if stammerStatements.contains(where: { search.contains($0) && states($0, in: lower) }) {
            notes.append(
                "You mention a stammer. It does not stop you doing any of these jobs. Employers must make reasonable adjustments at "
                    + "interview (more time, questions in advance, email instead of phone calls), colleges must too for presentations, and "
                    + "Access to Work can help once you are in the job; STAMMA (the British Stammering Association) gives free advice on interviews.")
        }
        if heartStatements.contains(where: { search.contains($0) && states($0, in: lower) }) {
            notes.append(
                "You mention a heart condition. The DVLA has rules for driving after one: you may need to tell them, and the medical "
                    + "standard for lorries, buses and construction plant is stricter. Check with your doctor or cardiac rehab team before "
                    + "taking work built on driving or operating plant.")
        }
        if autismStatements.contains(where: { search.contains($0) && states($0, in: lower) }) {
            notes.append(
                "You mention autism. It does not stop you doing any of these jobs. Employers must make reasonable adjustments (a quiet place "
                    + "to work, headphones, clear written instructions, interview questions in advance), and Access to Work can help once you "
                    + "are in the job; the National Autistic Society gives free advice on work.")
        }
        if touretteStatements.contains(where: { search.contains($0) && states($0, in: lower) }) {
            notes.append(
                "You mention Tourette's. It does not stop you doing any of these jobs. Employers must make reasonable adjustments (a quieter "
                    + "place to work, time out when tics are bad, telling colleagues if you wish), and Access to Work can help once you are in "
                    + "the job; Tourettes Action gives free advice on work and on what to tell an employer.")
        }
        if learningDisabilityStatements.contains(where: { search.contains($0) && states($0, in: lower) }) {
            let reading = readingSupportStatements.contains { search.contains($0) }
            notes.append(
                "You mention a learning disability. It does not stop you working or doing an apprenticeship: the English and maths an "
                    + "apprenticeship asks for can be adjusted for it, supported internships and job coaches help people into paid work, and "
                    + "Access to Work can pay for a job coach or support at work"
                    + (reading ? ", including help with reading and writing" : "") + ". Mencap gives free advice on work.")
        }
        if search.containsAny(["anxi", "panic", "depress", "stress"]), anxietyStatements.contains(where: { search.contains($0) && states($0, in: lower) }) {
            notes.append(
                "You mention anxiety or panic attacks. Employers must make reasonable adjustments for them (a phased return, changed duties "
                    + "or hours, a quieter place to work), and occupational health can advise on which; Access to Work's Mental Health "
                    + "Support Service gives free, confidential support to stay in or get back to work, and your GP can refer you to NHS "
                    + "Talking Therapies.")
        }
        if search.containsAny(["anxi", "panic", "nervous", "scared"]), isAnxiousTravelling(lower) {
            notes.append(
                "You say travelling makes you anxious. Work or a course near home, or at quieter times, may suit you best; travel training "
                    + "(ask your council or college) can help with the bus, and Access to Work can pay for taxis to work if your condition "
                    + "means you cannot use public transport.")
        }
        // Any other condition of the learner's own gets the one line on adjustments and Access to Work, unless a note
        // above (or the sight and hearing limits' own notices) already names it.
        let named = notes.contains { $0.contains("Access to Work") }
            || senseStatements.contains { search.contains($0) && states($0, in: lower) }
        if !named, accessToWorkConditions.contains(where: { search.contains($0) && states($0, in: lower) }) {
            notes.append(accessToWorkLine)
        }
        return notes
    }
}
