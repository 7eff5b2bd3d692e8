@testable import Careers
import Domain
import Taxonomy
import Testing

// MARK: - Review 17: limits read, words in their sense, trade words, returners

/// Review 17's learners (development data): tinnitus and hyperacusis close loud work, not phone work as such;
/// a back "telling me" is the body wearing out; a learner's own learning disability, help with reading and
/// anxiety on the bus get a word, and her own support worker is not her care work; everyday words are read in
/// their sense ("english hops", "brewers are buying", "the catalogue", "pointing out", "had my first baby", "his
/// plastering business", "watched the OT", a clipper brand); trade words are read; and returners who put their
/// break as "stayed at home" or caring for mum "till she went into a home" are told the returner's note.
@Suite("Review 17 reading: limits, words in their sense, trade words, returners")
struct Review17ReadingTests {
    // MARK: Limits

    static let soundEngineer = "live sound engineer 10 years, freelance, FOH and monitors at venues in birmingham and worcester, touring with "
        + "bands, festivals in the summer, digital desks (Midas, Allen & Heath, DiGiCo), system tuning, Smaart, some lighting. Ive now got "
        + "tinnitus and hyperacusis, the audiologist says no more loud gigs, even with plugs. 34. I want to stay in audio, maybe podcast "
        + "editing, audio post production for TV, sound for games, or teaching music tech at a college."

    @Test("tinnitus and hyperacusis close loud work (live events, venues), with a note that names them; no phone work is invented")
    func tinnitusIsNoise() async throws {
        #expect(WorkLimit.stated(in: Self.soundEngineer, wishes: "").contains(WorkLimit.noise))
        #expect(!WorkLimit.stated(in: Self.soundEngineer, wishes: "").contains(WorkLimit.phone))
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: Self.soundEngineer, currentTitle: "Live sound engineer"))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("tinnitus") }, "\(diagnostic.notices)")
        #expect(!diagnostic.notices.contains { $0.contains("phone work") }, "\(diagnostic.notices)")
        let engine = try await TestCatalogue.shared.value
        for path in diagnostic.paths {
            let position = try #require(engine.model.targetPosition[path.occupation.code])
            #expect(!engine.model.isRuledOut(position, by: [WorkLimit.noise]), "\(path.occupation.title)")
        }
        // Someone else's tinnitus, or a service for it, is no limit.
        #expect(!WorkLimit.stated(in: "Audiology assistant fitting hearing aids and testing people for tinnitus.", wishes: "").contains(WorkLimit.noise))
    }

    @Test("'my back is telling me', 'my backs telling me' state the physical limit; a back that is fine does not")
    func backTellingMe() {
        for text in [
            "Self employed bathroom fitter 18 years. 47 and my back is telling me. I want to be an occupational therapist.",
            "tiler 20 years, my backs telling me its time to stop kneeling.",
            "Roofer, my knees are telling me to get off the roofs.",
        ] {
            #expect(WorkLimit.stated(in: text, wishes: "").contains(WorkLimit.physical), "\(text)")
        }
        #expect(!WorkLimit.stated(in: "Scaffolder 10 years, telling the lads where to go, my back is fine.", wishes: "").contains(WorkLimit.physical))
    }

    static let cafeTrainee = "im 19 i have a learning disability and i go to a supported cafe in worcester 3 days a week. i make the toasties "
        + "and jacket potatoes, wash up, clean the tables, do the till with help. i have my food hygiene level 2. my support worker helps me "
        + "with reading and writing this. i like cooking best. i want a real paid job in a kitchen, maybe a school kitchen or a cafe. i get "
        + "anxious on the bus if its busy. can i do an apprenticeship?"

    @Test("a learner's own learning disability, help with reading and anxiety on a busy bus get notes; her support worker's care is not her skill")
    func learningDisabilityRead() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: Self.cafeTrainee))
        checkPathInvariants(diagnostic)
        #expect(diagnostic.notices.contains { $0.contains("learning disability") && $0.contains("reading") }, "\(diagnostic.notices)")
        #expect(diagnostic.notices.contains { $0.contains("travelling makes you anxious") }, "\(diagnostic.notices)")
        let held = heldSkillIDs(diagnostic)
        for skill in ["learning-disability-support", "person-centred-care", "personal-care"] {
            #expect(!held.contains(skill), "\(skill): \(held.sorted())")
        }
        // A support worker's own work is still read.
        let worker = try await TestCatalogue.diagnose(LearnerProfile(
            text: "Support worker 5 years in supported living for adults with learning disabilities, personal care, meds, activities."))
        #expect(heldSkillIDs(worker).contains("learning-disability-support"), "\(heldSkillIDs(worker).sorted())")
        #expect(!worker.notices.contains { $0.contains("You mention a learning disability") }, "\(worker.notices)")
        // Anxiety about someone else's journey, or a bus driven, is no travel note.
        #expect(!WorkLimit.isAnxiousTravelling("bus driver 8 years, i calm down anxious passengers on the bus"))
        #expect(WorkLimit.isAnxiousTravelling("i get really anxious on busy trains"))
    }

    // MARK: Words in their sense

    @Test("everyday words in another sense are no skill: english hops, brewers buying, a parts catalogue, pointing out, a baby of one's own, his plastering business, the OT watched")
    func wordsInTheirSense() async throws {
        let cases: [(text: String, notHeld: String)] = [
            ("hop yard worker 9 years. the farm is grubbing up the hop yards because the brewers are buying less english hops.", "literacy"),
            ("hop yard worker 9 years. the farm is grubbing up the hop yards because the brewers are buying less english hops.", "procurement"),
            ("Counter sales at a motor factors 9 years, looking up parts on the catalogue by reg, ordering from the hub.", "library-services"),
            ("Fire extinguisher engineer, writing up the certificates on the tablet, pointing out the problems to the site managers.", "bricklaying"),
            ("Semi-senior accountant, year end accounts and VAT. I passed 9 ACCA exams before I had my first baby, then stayed home.", "childcare"),
            ("PA to the MD for 12 years, then stayed at home and helped my husband with the books for his plastering business.", "plastering"),
            ("Bathroom fitter 18 years. Looked after my dad after his stroke and watched the OT work out what he needed at home.", "allied-health-practice"),
            ("im 19, i go to a supported cafe 3 days a week. my support worker helps me with reading and writing this.", "literacy"),
            ("Bathroom fitter, full refits, wet rooms, electric showers with my sparky, tiling.", "electrical-engineering"),
        ]
        for (text, notHeld) in cases {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            #expect(!heldSkillIDs(diagnostic).contains(notHeld), "\(text): \(heldSkillIDs(diagnostic).sorted())")
        }
        // The same words in the skill's own sense are still read.
        let own: [(text: String, held: String)] = [
            ("Bricklayer 20 years, brickwork, pointing and repointing old walls.", "bricklaying"),
            ("Nursery practitioner 6 years in the baby room, nappies, bottles, naps.", "childcare"),
            ("Plasterer 15 years, skimming and rendering, I run my own plastering business.", "plastering"),
            ("Occupational therapy assistant 4 years on a stroke ward, I work with the OT on home visits.", "allied-health-practice"),
            ("Buyer for a garden centre chain 8 years, buying the plants and sundries, negotiating with suppliers.", "procurement"),
        ]
        for (text, held) in own {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            #expect(heldSkillIDs(diagnostic).contains(held), "\(text): \(heldSkillIDs(diagnostic).sorted())")
        }
    }

    @Test("a clipper brand (wahl) is read as the brand, not corrected to 'wall'")
    func brandNotCorrected() async throws {
        let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text:
            "im 16, i cut my brothers and all his mates hair in our kitchen, skin fades, tapers, beard line ups, i have my own clippers (wahl) "
                + "and watch loads of barbers on youtube. want to be a barber"))
        #expect(!diagnostic.notices.contains { $0.contains("\"wahl\"") }, "\(diagnostic.notices)")
        // Nor are the school holidays, shortened, corrected to the hop yard's "hops".
        let holidays = try await TestCatalogue.diagnose(LearnerProfile(text:
            "im 16 from stourport, i work saturdays and summer hols at the amusements on the riverside, giving change, cleaning the machines."))
        #expect(!holidays.notices.contains { $0.contains("\"hols\"") }, "\(holidays.notices)")
    }

    // MARK: Trade words

    @Test("trade words are read: a hop yard's year, lash and brow work, wet rooms and adaptations, an ODP's anaesthetic machine and scrub, a breastfeeding peer supporter, air cadets and RC planes, heritage railways")
    func tradeWordsRead() async throws {
        let cases: [(text: String, held: String)] = [
            ("hop yard worker 9 years, stringing and training the bines in spring, loading the kilns, baling and pressing the pockets.", "crop-production"),
            ("self employed lash and brow tech 6 years, classic and russian volume lash extensions, lash lifts, brow lamination, hd brows.", "beauty-therapy"),
            ("Self employed 18 years, full refits, wet rooms, lots of adaptations for the council, level access showers, grab rails.", "plumbing"),
            ("Qualified ODP 8 years, checking the anaesthetic machine and the gas supply, prepping the drugs, airway management.", "medical-devices"),
            ("Qualified ODP 8 years, mostly anaesthetics and recovery, a bit of scrub, I'm a scrub practitioner on the long lists.", "infection-prevention-and-control"),
            ("fishmonger 10 years, and I have been a breastfeeding peer supporter at the childrens centre for 3 years.", "maternity-support"),
            ("Im 17, Im in the air cadets (sgt) and did a gliding course.", "aviation-operations"),
            ("Im 17, I build and fly RC planes and did a build of a 3D printer kit.", "aerospace-engineering"),
            ("im 16, I go to the severn valley railway and test the locos on the layout at my saturday job.", "rail-operations"),
        ]
        for (text, held) in cases {
            let diagnostic = try await TestCatalogue.diagnose(LearnerProfile(text: text))
            #expect(heldSkillIDs(diagnostic).contains(held), "\(text): \(heldSkillIDs(diagnostic).sorted())")
        }
        // Lash lifts and brow lamination are beauty work, not lifts or laminating.
        let lash = try await TestCatalogue.diagnose(LearnerProfile(text: "lash and brow tech, lash lifts, brow lamination, tinting, waxing."))
        #expect(!heldSkillIDs(lash).contains { $0.contains("lift") || $0.contains("lamin") }, "\(heldSkillIDs(lash).sorted())")
    }

    // MARK: Returners

    @Test("a break put as 'stayed at home' after a child, or caring for mum 'till she went into a home', gets the returner's note")
    func returnersRead() {
        let texts = [
            "Sales and events executive at Worcester Warriors rugby club 2014-2022 until the club went bust. Then mum got dementia and I "
                + "looked after her till she went into a home last year. I'm 44. I'd like to get back into sales or marketing or events.",
            "PA to the managing director at an engineering firm in Redditch from 2003 to 2015. Then I had my youngest late and stayed at home, "
                + "and helped my husband with the books for his plastering business. I'm 58 now. I want an office job again.",
        ]
        for text in texts {
            #expect(ReturnerNotice.notice(in: OthersClauses.blanked(text)) != nil, "blanked: \(OthersClauses.blanked(text))")
        }
        // A home carer's client cared for, with no one else's words before it, is the job, not a break.
        let carer = "Home carer for an agency for 6 years, I looked after her for 3 years until she passed, lovely lady."
        #expect(ReturnerNotice.notice(in: OthersClauses.blanked(carer)) == nil, "\(OthersClauses.blanked(carer))")
    }
}

// MARK: - Review 17: a preference is no condition

/// "Doing the audits instead of carrying extinguishers up stairs" says what the learner would rather do, not that
/// their body cannot: no physical limit is read, and no "can no longer do" is put in their mouth; a wish to leave
/// driving is still read, and a capability said plainly still is.
@Suite("Review 17 limits: a preference is no condition")
struct Review17PreferenceTests {
    @Test("'instead of carrying' in a wish states no physical limit; 'I can't lift any more' still does")
    func preferenceNotCondition() {
        let text = "Fire extinguisher service engineer 6 yrs, annual services, discharge tests, emergency light testing. I want to be a fire risk "
            + "assessor or a fire safety inspecting officer with the fire service, doing the audits instead of carrying extinguishers up stairs"
        let wish = "I want to be a fire risk assessor or a fire safety inspecting officer with the fire service, doing the audits instead of "
            + "carrying extinguishers up stairs"
        #expect(!WorkLimit.stated(in: text, wishes: wish).contains(WorkLimit.physical))
        #expect(WorkLimit.stated(in: "Van driver 10 years.", wishes: "I want an office job instead of driving all day").contains(WorkLimit.driving))
        #expect(WorkLimit.stated(in: "Engineer, I can't do the heavy lifting any more.", wishes: "").contains(WorkLimit.physical))
    }
}
