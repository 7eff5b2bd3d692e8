public import Domain
import Foundation
import Matching
import Taxonomy

// MARK: - The diagnostic as learners see it

extension CareerDiagnostician {
    /// The diagnostic as the CLI and the HTTP API show it: `diagnose` on the profile with its age band
    /// decided (`LearnerProfile.resolvingAgeBand()`), then tidied by `presented(_:)`.
    /// - Throws: `DiagnosticInputError`, as `diagnose` does.
    public func diagnoseForLearner(_ profile: LearnerProfile, today: CalendarDate? = nil) throws -> Diagnostic {
        presented(try diagnose(profile.resolvingAgeBand(), today: today))
    }

    /// A diagnostic tidied for showing: an occupation is shown once, either as the learner's job or as
    /// a path (a path to their job is dropped; a path to another guessed occupation stays and the guess
    /// goes), occupation titles lose catalogue noise ("Optical
    /// assistant 2022", "(previously Operator Manager)"), and each path's and course's matched words
    /// are listed once. The demand signal is worked out again from the paths that remain.
    public func presented(_ diagnostic: Diagnostic) -> Diagnostic {
        var result = diagnostic
        // The learner's job is the first standard guessed: a path to it is not a move and goes. Another
        // guessed standard that is also a path (the lead role a care worker might step up to) is a move
        // and stays a path; it is no longer listed as what they do now.
        // A first step towards a job the wish names, or that job, is a move, even when the learner's words also
        // placed them there (a bookkeeper returner who wants to train as an accounting technician).
        let job = diagnostic.currentOccupations.first { $0.occupation.scheme == .ifate }?.occupation.id
        result.upskill = diagnostic.upskill.filter { $0.occupation.id != job || Self.isWished($0) }.map(Self.tidied)
        result.reskill = diagnostic.reskill.filter { $0.occupation.id != job || Self.isWished($0) }.map(Self.tidied)
        let moves = Set(result.paths.map(\.occupation.id))
        result.currentOccupations = diagnostic.currentOccupations.filter { !moves.contains($0.occupation.id) }.map { guess in
            var guess = guess
            guess.occupation.title = OccupationRef.displayTitle(guess.occupation.title)
            return guess
        }
        // A notice counting the moves says the number shown, not the number before the job's own path went.
        if result.reskill.count != diagnostic.reskill.count {
            result.notices = diagnostic.notices.compactMap { Self.recounted($0, moves: result.reskill.count) }
        }
        if result.upskill.count != diagnostic.upskill.count || result.reskill.count != diagnostic.reskill.count {
            result.demandSignal = demandSignal(
                upskill: result.upskill, reskill: result.reskill, aspired: diagnostic.demandSignal.aspired, constraints: diagnostic.constraints)
        }
        return result
    }

    /// Whether the path is listed as a first step towards a job the learner's wish names, or as that job
    /// (`servingNamedWishes`), or as a returner's way back into their own job (`returningTo`), as its why says: a job the learner wants is what they would like to do, not
    /// what they do, even when their words also placed them there (a 17-year-old who helps coach the
    /// under-10s and wants to be a sports coach).
    static func isWished(_ path: CareerPath) -> Bool {
        path.why.summary.hasPrefix("A first step towards ") || path.why.summary.hasPrefix("The job your wish names")
            // A returner's way back into the job they did (`returningTo`) is what they would like to do, too.
            || path.why.summary.hasPrefix(returningOpening)
            // Nor is work the wish names besides a job no standard is for (`notTheNamedJob`).
            || (path.why.summary.hasPrefix("Not the ") && path.why.summary.contains(otherWishedWork))
    }

    /// "Only two moves into another field are shown: …" worded for `moves` moves; nil (the notice goes)
    /// when none is left, and any other notice as it is.
    static func recounted(_ notice: String, moves: Int) -> String? {
        let counted = [("Only one move into another field is shown", 1), ("Only two moves into another field are shown", 2)]
        guard let (opening, _) = counted.first(where: { notice.hasPrefix($0.0) }) else { return notice }
        switch moves {
        case 1: return "Only one move into another field is shown" + notice.dropFirst(opening.count)
        case 2: return "Only two moves into another field are shown" + notice.dropFirst(opening.count)
        default: return moves == 0 ? nil : notice
        }
    }

    static func tidied(_ path: CareerPath) -> CareerPath {
        var path = path
        let raw = path.occupation.title
        let clean = OccupationRef.displayTitle(raw)
        if clean != raw {
            path.occupation.title = clean
            path.why.summary = path.why.summary.replacingOccurrences(of: raw, with: clean)
            for index in path.courses.indices {
                path.courses[index].why.summary = path.courses[index].why.summary.replacingOccurrences(of: raw, with: clean)
            }
        }
        path.why.matchedTerms = Self.once(path.why.matchedTerms)
        for index in path.courses.indices { path.courses[index].why.matchedTerms = Self.once(path.courses[index].why.matchedTerms) }
        return path
    }

    /// Each word once (ignoring case), in first-seen order.
    static func once(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0.lowercased()).inserted }
    }
}

extension OccupationRef {
    /// An occupation title without the catalogue's version year or history: "Optical assistant 2022"
    /// → "Optical assistant"; "Supply chain practitioner (fast moving consumer good) (previously
    /// Operator Manager)" → "Supply chain practitioner (fast moving consumer good)".
    public static func displayTitle(_ title: String) -> String {
        var text = title
        for marker in ["(previously", "(formerly", "(was "] {
            if let range = text.range(of: marker, options: .caseInsensitive), let close = text[range.upperBound...].firstIndex(of: ")") {
                text.removeSubrange(range.lowerBound...close)
            }
        }
        text = text.trimmingCharacters(in: .whitespaces)
        let words = text.split(separator: " ")
        if words.count > 1, let last = words.last, last.count == 4, let year = Int(last), (1990...2100).contains(year) {
            text = words.dropLast().joined(separator: " ")
        }
        return text.split(separator: " ").joined(separator: " ")
    }
}
