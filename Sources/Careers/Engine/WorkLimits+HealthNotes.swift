import Foundation
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
        return notes
    }
}
