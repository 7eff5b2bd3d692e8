import Foundation
import Matching
import Taxonomy

// MARK: - A part of the body said to be hurt, in the learner's own words

extension WorkLimit {
    /// Every part of the body some limit reads complaints about.
    static let allBodyParts: Set<String> = all.reduce(into: []) { $0.formUnion($1.bodyParts) }
    /// Words that say a part of the body is hurt, worn or reacting ("my hands are sore", "my skin has got really bad").
    static let complaintWords: Set<String> = [
        "bad", "worse", "sore", "painful", "pain", "hurts", "hurting", "aching", "aches", "flared", "flaring", "shot", "knackered", "wrecked",
        "damaged", "problems", "injured", "raw", "cracked", "cracking", "weak", "numb", "swollen", "bleeding", "reacts", "reacting", "reaction",
        "gone", "ruined", "suffering", "suffers", "killing", "agony", "playing",
        // Wearing out, said as it happens ("my knees are going", "my back is giving out", "my shoulder is packing up").
        "going", "giving", "packing", "worn", "wearing", "failing", "struggling",
        // The body warning its owner ("47 and my back is telling me", "my knees are telling me it's time").
        "telling",
        // Joints slipping out of place ("my fingers and wrists keep subluxing").
        "subluxing", "subluxes", "subluxed", "sublux", "subluxation", "subluxations", "dislocating", "dislocates", "dislocated", "dislocate",
    ]
    /// Words after a complaint word that make it no complaint: "my knees are going to be fine", "my hands are going into".
    static let complaintCancellers: Set<String> = ["to", "into", "in", "on", "through", "well", "fine", "ok", "okay", "gloves", "strong"]
    /// Words that may open a second, non-bodily item of a list the complaint covers ("my back and the
    /// hours are killing me": the back is complained of too).
    static let listedThingOpeners: Set<String> = ["the", "all", "these", "those", "this"]
    /// Words between "my", the parts it owns and a complaint: a list of parts, and the verbs and
    /// softeners of "my skin and chest have got really bad".
    static let complaintLinks: Set<String> = [
        "and", "or", "is", "are", "has", "have", "got", "gotten", "been", "getting", "get", "really", "very", "so", "too", "quite", "badly",
        "now", "always", "both", "left", "right", "started", "to", "go", "went", "become", "became", "keep", "keeps", "still",
    ]

    /// Words for the side of the body a part is on, which may stand between "my" and the part.
    static let sides: Set<String> = ["left", "right", "both", "dominant"]

    /// Conditions said to be in a part of the body ("arthritis in both knees and my hands", "pain in my wrist").
    static let partConditions: Set<String> = [
        "arthritis", "osteoarthritis", "rheumatoid", "pain", "pains", "injury", "injuries", "tendonitis", "tendinitis", "eczema", "dermatitis",
        "problems", "trouble", "cramp", "numbness",
    ]
    /// Words between "in" and the parts of the body a condition is in, besides the parts themselves.
    static let partLinks: Set<String> = ["my", "both", "the", "left", "right", "and", "or", "also", "now"]

    /// Whether the words of a clause name a condition in one of `parts` (`partConditions`, "in", then parts of
    /// the body and `partLinks`): "got arthritis in both knees and my hands" names the hands as well as the
    /// knees. A denial among the three words before the condition ("no pain in my hands") is not.
    static func conditionNamesPart(_ parts: Set<String>, in words: [String]) -> Bool {
        for (index, word) in words.enumerated().dropLast() where partConditions.contains(word) && words[index + 1] == "in" {
            guard !words[max(0, index - 3)..<index].contains(where: deniers.contains) else { continue }
            var next = index + 2
            while next < words.count, allBodyParts.contains(words[next]) || partLinks.contains(words[next]) {
                if parts.contains(words[next]) { return true }
                next += 1
            }
        }
        return false
    }

    /// The part of the body a word names with "is" run into it ("back's", or "backs" as learners type it
    /// without the apostrophe), when the part is one word that is not itself a plural ("knees" stays knees).
    static func contractedPart(_ word: String) -> String? {
        let part: String
        if word.hasSuffix("'s") {
            part = String(word.dropLast(2))
        } else if word.hasSuffix("s"), !word.hasSuffix("ss") {
            part = String(word.dropLast())
            // A plain plural ("hands", "knees") is read as the part itself.
            if allBodyParts.contains(word) { return nil }
        } else {
            return nil
        }
        return allBodyParts.contains(part) ? part : nil
    }

    /// Whether the learner says one of `parts` of their own body is hurt or worn: "my", then parts of
    /// the body (one of them in `parts`), then within a few linking words (`complaintLinks`) a
    /// complaint (`complaintWords`), with no denial among the three words before "my". "My hands are
    /// fine", "no problems with my hands" and "his hands are bad" are not.
    /// `search`, when given, searches `lower` (as bytes for ASCII text) for the parts first.
    static func complains(about parts: Set<String>, in lower: String, search: PhraseSearch? = nil) -> Bool {
        guard parts.contains(where: { search?.contains($0) ?? lower.contains($0) }) else { return false }
        for sentence in lower.split(whereSeparator: { ".!?;,\n".contains($0) }) {
            let words = sentence.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
            if conditionNamesPart(parts, in: words) { return true }
            for (index, word) in words.enumerated() where word == "my" {
                guard !words[max(0, index - 3)..<index].contains(where: deniers.contains) else { continue }
                var next = index + 1
                var named = false
                // "my left arm and hand are weak": the side a part is on is no break in the list.
                while next < words.count, sides.contains(words[next]) { next += 1 }
                while next < words.count, allBodyParts.contains(words[next]) || (next > index + 1 && ["and", "or"].contains(words[next])) {
                    if parts.contains(words[next]) { named = true }
                    next += 1
                }
                // "my back's telling me", typed "my backs telling me": the part and "is" in one word.
                if !named, next < words.count, let part = contractedPart(words[next]), parts.contains(part) {
                    named = true
                    next += 1
                }
                guard named else { continue }
                // "my back and the hours are killing me": one more item, "the" and a word, before the complaint.
                if next + 1 < words.count, words[next - 1] == "and", listedThingOpeners.contains(words[next]) { next += 2 }
                while next < words.count, next <= index + 10, complaintLinks.contains(words[next]) { next += 1 }
                if next < words.count, complaintWords.contains(words[next]),
                    !(next + 1 < words.count && complaintCancellers.contains(words[next + 1]))
                { return true }
            }
        }
        return false
    }
}
