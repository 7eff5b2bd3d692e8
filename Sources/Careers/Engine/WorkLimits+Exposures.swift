import Foundation
import Matching
import Taxonomy

// MARK: - Conditions caused by the work, and the exposures they rule out

/// A health condition the work itself caused ("I've become allergic to the acrylates", "occupational
/// asthma from the isocyanates", "PTSD after a bad job"), and the exposures it rules out: the limits
/// (`WorkLimit.all`, by name) of the substances or situations that caused it. An adviser does not send
/// a nail technician allergic to acrylates to composites work, nor an ambulance technician with PTSD to
/// police work: the cause, not only the body, closes a job.
struct WorkCondition: Sendable {
    /// Words one of which a text must contain to state the condition, searched first.
    let keys: [String]
    /// Phrases that state the condition (read as `WorkLimit.states` reads a limit's statements).
    let statements: [String]
    /// The names of the limits (`WorkLimit.name`) it states.
    let exposures: [String]
    /// Words one of which the text must also hold for the statements to state the condition: an assault at work states
    /// a limit only with the fear or panic it left ("since then i get panic attacks").
    var alongside: [String] = []
}

extension WorkLimit {
    // MARK: Exposures

    /// The name of the limit of skin and lung sensitisers.
    static let sensitiserName = "acrylates, resins and isocyanates"
    /// The name of the limit of emergency and traumatic work.
    static let traumaName = "emergency or traumatic work"
    /// The name of the limit of the organic dusts of farm and stable work.
    static let organicDustName = "hay, straw, grain and animal sheds"
    /// The name of the limit of confrontational and enforcement work, which an assault at work that left fear or panic closes.
    static let confrontationName = "confrontational or enforcement work"

    /// How learners name a lung condition caught from mouldy hay, straw, grain or birds ("farmer's lung", "bird
    /// fancier's lung"): a breathing condition, and one that the dusts of sheds, stables and grain stores brought on.
    static let organicDustLungStatements = [
        "farmer's lung", "farmers lung", "farmers' lung", "bird fancier's lung", "bird fanciers lung", "pigeon fancier's lung",
        "pigeon fanciers lung", "hypersensitivity pneumonitis", "extrinsic allergic alveolitis", "allergic alveolitis",
    ]

    /// The limits of what caused a condition, past the ones read from the body (`all` ends with them).
    /// Each closes jobs by their title (`titlePhrases`), their statements (`standardPhrases`) or the
    /// skills they are built on, as the other limits do.
    static let exposureLimits: [WorkLimit] = [
        WorkLimit(
            name: sensitiserName,
            statements: [], ruledOutWords: ["acrylics", "acrylates", "gels", "resins", "resin", "isocyanates", "two pack", "2k paint", "spray booth", "the booth"],
            skillLabels: ["Composites"], titleWords: ["nail", "composites", "coatings"], anyMention: false,
            standardPhrases: ["acrylic", "acrylics", "acrylates", "epoxy", "isocyanate", "isocyanates"],
            titlePhrases: ["vehicle damage paint", "dental laboratory", "dental technician", "paint technician", "paint sprayer"],
            notice: "You say you have become sensitised to acrylates, resins or isocyanates, so jobs that work with them (nails, composites, "
                + "coatings, vehicle paint, dental laboratory work) are not suggested, as moves or as steps up."),
        WorkLimit(
            name: traumaName,
            statements: [], ruledOutWords: ["emergencies", "emergency", "emergency work", "999", "blue lights", "blue light", "trauma", "frontline", "front line"],
            skillLabels: ["Ambulance and emergency care", "Policing"],
            titleWords: ["ambulance", "emergency", "paramedic", "police", "policing", "firefighter", "rescue", "custody", "mortuary", "prison"],
            anyMention: false,
            titlePhrases: ["community support officer", "crime investigator", "detention officer"],
            notice: "You describe a condition from emergency or traumatic work, so emergency, police, rescue and custody work and jobs "
                + "around the dead are not suggested, as moves or as steps up."),
        // Livestock, poultry and stable work is done among hay, straw, bedding and feed dust, whatever its standard's skills
        // are called; the adviser's and the sales rep's work on farms (visits, not the sheds all day) stays open.
        WorkLimit(
            name: organicDustName,
            statements: [], ruledOutWords: [],
            skillLabels: ["Herd management", "Equine care", "Crop picking and harvesting"],
            // An abattoir's lairage holds the livestock and poultry, their bedding and feathers, whatever its standard's skills say.
            titleWords: ["poultry", "stockperson", "livestock", "groom", "stud", "farm", "abattoir"], anyMention: false,
            notice: "You mention a lung condition from farm dusts (such as farmer's lung), so work in livestock sheds, stables, poultry "
                + "houses and grain stores is not suggested, as moves or as steps up; work with farmers away from the sheds (sales, advice, "
                + "the office) stays open."),
        // Security, custody, prison, policing and enforcement work meets anger and violence face to face, whatever its
        // standard's skills are called: an adviser does not send someone left with panic attacks by an assault at work there.
        WorkLimit(
            name: confrontationName,
            statements: [], ruledOutWords: ["confrontation", "confrontations", "aggression", "aggressive people", "violence", "violent people"],
            skillLabels: ["Security operations", "Policing"],
            titleWords: ["custody", "custodial", "detention", "prison", "police", "policing", "enforcement", "bailiff", "warden"],
            anyMention: false,
            titlePhrases: [
                "border force", "revenue protection", "immigration officer", "community support officer", "security officer", "security guard",
                "door supervisor", "aviation security", "security first line",
            ],
            notice: "You describe anxiety or panic after being assaulted at work, so confrontational and enforcement work (security, custody "
                + "and prisons, policing, enforcement and ticket inspection) is not suggested, as moves or as steps up."),
    ]

    /// Substances people become sensitised to at work, as they name them.
    static let sensitisers = [
        "acrylates", "acrylate", "acrylics", "acrylic", "the gels", "gel polish", "resin", "resins", "epoxy", "isocyanates", "isocyanate",
        "nail products", "the monomer", "monomer", "two pack", "2k",
    ]

    // MARK: Conditions

    /// Conditions caused by the work, each with the limits it states. The body's own limits (skin,
    /// breathing) keep their statements; a condition here adds the exposure that caused it.
    static let conditions: [WorkCondition] = [
        // An allergy to a product of the trade: the substance, and wet work with chemicals.
        WorkCondition(
            keys: sensitisers,
            statements: sensitisers.flatMap { substance in
                ["allergic to", "allergic to the", "allergy to", "allergy to the", "sensitised to", "sensitised to the", "sensitized to",
                 "sensitized to the", "reaction to", "reaction to the", "reacting to the", "reacting to"].map { $0 + " " + substance }
                    + [substance + " allergy", substance + " allergies"]
            },
            exposures: [sensitiserName, "wet work or chemicals"]),
        // Occupational asthma from spraying or isocyanates: dust and fumes, and the sensitisers.
        WorkCondition(
            keys: ["asthma"],
            statements: ["occupational asthma", "isocyanate asthma", "asthma from the isocyanates", "asthma from isocyanates", "asthma from spraying",
                         "asthma from the spraying", "asthma from the paint", "asthma from the spray", "asthma from the resin", "asthma from the fumes"],
            exposures: ["dusty work or fumes", sensitiserName]),
        // A lung condition from mouldy hay, straw, grain or birds: dusty work, and the sheds and stables themselves.
        WorkCondition(
            keys: ["lung", "pneumonitis", "alveolitis"], statements: organicDustLungStatements,
            exposures: ["dusty work or fumes", organicDustName]),
        // An assault at work that left fear or panic: confrontational and enforcement work.
        WorkCondition(
            keys: ["assault", "attacked", "punched", "stabbed", "beaten up", "glassed"],
            statements: [
                "i was assaulted", "was assaulted", "got assaulted", "been assaulted", "being assaulted", "assaulted at work", "assaulted on shift",
                "i was attacked", "got attacked", "been attacked", "was attacked at work", "attacked at work", "attacked on shift", "got punched",
                "was punched", "got stabbed", "was stabbed", "got beaten up", "was beaten up", "got glassed", "was glassed", "an assault at work",
                "after the assault", "since the assault",
            ],
            exposures: [confrontationName],
            alongside: ["panic", "anxiety", "anxious", "ptsd", "flashbacks", "nightmares", "can't face", "cant face", "couldn't face", "couldnt face", "scared", "frightened", "terrified", "nerves"]),
        // Trauma from emergency or front-line work.
        WorkCondition(
            keys: ["ptsd", "traumatic", "posttraumatic", "combat stress", "flashbacks", "traumatised", "traumatized", "trauma"],
            statements: ["ptsd", "post traumatic stress", "post-traumatic stress", "posttraumatic stress", "combat stress", "flashbacks",
                         "traumatised by", "traumatized by", "complex trauma"],
            exposures: [traumaName]),
    ]

    /// Per condition of `conditions`, the indices into `all` of the limits it states.
    static let conditionLimits: [[Int]] = conditions.map { condition in
        condition.exposures.compactMap { name in all.firstIndex { $0.name == name } }
    }

    /// The limits (indices into `all`) the conditions stated in `lower` (lower-cased, padded) state,
    /// read as statements are (`states`): not denied, the learner's own.
    static func conditionsStated(in lower: String, search: PhraseSearch) -> Set<Int> {
        var stated: Set<Int> = []
        for (index, condition) in conditions.enumerated() where search.containsAny(condition.keys)
            && (condition.alongside.isEmpty || search.containsAny(condition.alongside))
            && condition.statements.contains(where: { search.contains($0) && states($0, in: lower) })
        {
            stated.formUnion(conditionLimits[index])
        }
        return stated
    }

    /// Whether the target's title names one of `titlePhrases`, as whole words.
    func titleNames(_ words: StandardWords) -> Bool {
        guard !titlePhrases.isEmpty else { return false }
        let title = " " + words.title.joined(separator: " ") + " "
        return titlePhrases.contains { title.contains(" " + $0 + " ") }
    }
}
