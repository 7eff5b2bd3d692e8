import Foundation
import Matching

// MARK: - A learner who named the work they want is not asked to name it

/// A learner whose wish names a job ("pharmacist", "train conductor", "archives or libraries") has said what work they
/// want, whether or not a standard here is for it: the diagnostic answers that wish (or says plainly that no standard is
/// for it) and never asks them to name a kind of work, which reads as if they were not heard.
extension CareerDiagnostician {
    /// Whether the learner's wish named the work they want: a job (`named`, the jobs the wish named before any was
    /// preferred away, or `Aspiration.unmatchedJobs`, one no standard is for), or words the titles of a listed path or
    /// of their own job (`jobs`) hold (`holdsWish`: "be a carer going into people's homes" and an adult care worker
    /// listed; "back into archives or libraries" for a library and archive assistant coming back to work), or words
    /// some job's titles hold (`Aspiration.claimRoutes`).
    func heardWish(_ aspiration: Aspiration, named: [[Int]], jobs: [Int]) -> Bool {
        guard aspiration.aspired else { return false }
        if named.contains(where: { !$0.isEmpty }) || !aspiration.unmatchedJobs.isEmpty { return true }
        // Words of the wish some job's titles hold ("carer") name work even when the wish was read as no job.
        return !aspiration.claimRoutes.isEmpty || jobs.contains { holdsWish($0, words: aspiration.claimWords) }
    }

    /// Why no move into another field is shown, to a learner whose wish named the work they want (`heardWish`): what is
    /// said about that work stands, and they are not asked to name one.
    static func heardNoMoveNotice(ownRoute: String?) -> String {
        (ownRoute.map { "The skills you describe belong to \($0.lowercased()) work, and no job in another field is built on them, " }
            ?? "No occupation in another field shares enough of your skills, ")
            + "so no other move is suggested from your skills alone. Everyday skills you use, such as taking bookings, handling money "
            + "or keeping records, help to find more."
    }

    // MARK: A wished path that is not the job said to have no standard

    /// How a path that is the job the wish names opens its why (`path`).
    static let wishedJobOpening = "The job your wish names"

    /// What a wished path's why opens with instead when the job the learner named has no standard (`notTheNamedJob`).
    static let otherWishedWork = ", but work your wish also names"

    /// `path`, its why saying it is not `job` when the notices say no standard here is for the job the learner named
    /// (`Aspiration.unmatchedJobs`): a path their other words name ("the railway" beside "train conductor") is not
    /// called "the job your wish names" just after they are told that job has none. Unchanged when `job` is nil.
    static func notTheNamedJob(_ path: CareerPath, job: String?) -> CareerPath {
        guard let job, path.why.summary.hasPrefix(wishedJobOpening) else { return path }
        var path = path
        path.why.summary = "Not the \(job) you name, which no standard here is for" + otherWishedWork
            + path.why.summary.dropFirst(wishedJobOpening.count)
        return path
    }
}
