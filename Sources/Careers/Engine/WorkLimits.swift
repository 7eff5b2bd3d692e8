import Foundation
import Matching
import Taxonomy

// MARK: - What a learner wants to leave or can no longer do

/// Something a learner says they want to leave behind or can no longer do ("off the phones", "lost
/// my licence", "bad back"), and the jobs it rules out: those built on it.
struct WorkLimit: Sendable {
    /// How the notice names it, e.g. "phone work".
    let name: String
    /// Phrases that state the limit wherever they appear ("lost my licence").
    let statements: [String]
    /// Words that name it inside a clause the learner rules out ("don't want to go back on the phones").
    let ruledOutWords: [String]
    /// Skills that carry it (labels of the skills vocabulary).
    let skillLabels: Set<String>
    /// Words of job titles that carry it ("driver").
    let titleWords: Set<String>
    /// Whether a job that names one of the skills at all is ruled out (lifting: any of it hurts a bad
    /// back), rather than only one built on it (among its core skills or named throughout its standard).
    let anyMention: Bool
    /// Phrases in which the learner says they accept it after all ("but I'm happy to do nights"): with
    /// one, the limit is not read.
    var acceptances: [String] = []
    /// Phrases of a standard's duties and K/S/B statements that say the job is worked in shifts or at
    /// night ("shift patterns and night-time working"): a standard naming one is built on the limit.
    var standardPhrases: [String] = []
    /// Parts of the body whose complaint in the learner's own words states the limit ("my hands have
    /// got really bad", "my skin and chest are bad"; `complains`).
    var bodyParts: Set<String> = []
    /// Phrases of job titles that carry it ("dental laboratory"), as whole words.
    var titlePhrases: [String] = []
    /// What the diagnostic says when it reads the limit, when not the general wording (`limitNotice`).
    var notice: String? = nil

    /// The limits the engine reads. The first is the physical one: cannot lift, kneel or climb.
    /// The exposures of conditions the work caused (`exposureLimits`) come last.
    static let all: [WorkLimit] = [
        WorkLimit(
            name: "lifting or climbing",
            statements: bodyStatements + physicalConditions + fatigueConditions + seatedStatements + wheelchairStatements + limbLossStatements + [
                "cannot do heavy lifting", "can't do heavy lifting", "no heavy lifting", "cannot lift", "can't lift", "cant lift", "unable to lift",
                "avoid lifting", "cannot kneel", "can't kneel", "cant kneel", "cannot climb", "can't climb", "cant climb", "slipped disc",
                "job where i can sit down", "need to sit down",
                // Vertigo is read by its own limit (heights, driving, machinery), not as a limit on lifting.
                "prolapsed disc", "herniated disc", "a hernia", "sciatica", "spinal injury", "spinal cord injury", "balance problems",
                "got arthritis", "have arthritis", "with arthritis", "osteoarthritis",
                // Balance gone (after a stroke, with an inner-ear condition) rules out ladders and carrying loads.
                "balance isnt great", "balance isn't great", "balance is not great", "balance is poor", "poor balance", "my balance has gone",
                "my balance is bad", "balance is bad",
                "where i can sit down",
                // The body as a whole said to be failing the work ("not sure my body can do boarding all day").
            ] + wholeBodyStatements,
            ruledOutWords: [
                "lifting", "heavy", "ladders", "heights", "climbing", "physical work", "physical job", "physical jobs", "too physical", "manual work",
                "kneeling", "stand all day", "standing all day", "stand up all day", "standing up all day", "stand for long", "standing for long",
                "on my feet", "lugging", "carrying", "crates", "physical side", "physical stuff", "physical part", "hands on care",
                "personal care", "moving and handling", "climb", "kneel", "rough ground", "uneven ground",
            ],
            skillLabels: ["Manual handling", "Moving and handling", "Working at height"], titleWords: heavyWorkTitleWords, anyMention: true,
            // Moving and positioning people (patients, residents) is manual handling, however a standard words it.
            standardPhrases: ["moving and positioning", "moving positioning", "moving and repositioning"],
            bodyParts: [
                "back", "knee", "knees", "shoulder", "shoulders", "hip", "hips", "ankle", "ankles", "foot", "feet", "leg", "legs", "neck", "arm", "arms",
            ],
            // A funeral team carries the coffin (bearing), whatever its standard's skills are called; greenkeeping,
            // sports turf, forestry and landscape operatives dig, rake, carry and kneel outdoors all day, though their
            // standards name no manual handling.
            // Plant operatives climb on and off machines, sling loads and work the ground around them all shift, though their standard
            // names no manual handling.
            titlePhrases: [
                "funeral team", "greenkeeper", "sports turf", "forest operative", "forest craftsperson", "landscape operative", "plant operative",
            ]),
        WorkLimit(
            name: "phone work",
            statements: [
                "off the phones", "off the phone", "away from the phones", "no more calls", "hearing loss", "hard of hearing", "going deaf",
                "losing my hearing",
                // A dislike of the phone, said plainly, keeps phone-heavy jobs off the list as a wish to leave them does.
                "dont like phones", "don't like phones", "dont like the phone", "don't like the phone", "dont like phone calls",
                "don't like phone calls", "hate phones", "hate the phone", "hate phone calls", "dont like talking on the phone",
                "don't like talking on the phone", "hate talking on the phone",
            ],
            ruledOutWords: ["phone", "phones", "calls", "call centre", "call center", "call centres", "call centers", "headset", "telephone"],
            skillLabels: ["Call handling"], titleWords: [], anyMention: false),
        WorkLimit(
            name: "driving",
            statements: medicalDrivingStatements + [
                "lost my licence",
                "lost my license", "lost my driving licence", "get off the road", "come off the road", "off the road now", "can't drive", "cant drive", "cannot drive", "unable to drive",
                "not allowed to drive", "banned from driving", "no longer drive", "stop driving", "had to stop driving", "lost my driving license",
                "lost my hgv licence", "lost my hgv license", "licence was revoked", "license was revoked", "licence has been revoked",
                "license has been revoked", "licence revoked", "license revoked", "disqualified from driving",
                // A licence handed back to the DVLA on medical grounds closes driving as one taken away does.
            ] + ["surrender my", "surrendered my", "gave up my", "given up my", "handed in my", "hand in my", "handed back my"]
                .flatMap { [$0 + " licence", $0 + " license"] },
            ruledOutWords: ["driving", "drive", "on the road", "behind the wheel", "sat down all day", "sitting down all day", "sat in a cab"],
            skillLabels: ["Driving licence", "Van driving", "HGV driving", "Bus and coach driving", "Vehicle inspection"], titleWords: ["driver", "driving", "chauffeur"],
            anyMention: false,
            // A job whose standard asks its holder to drive the vehicle (an ambulance crew's "operate and drive the ambulance
            // vehicles safely", "emergency driving", the Highway Code) is built on driving, whatever its skills are called.
            standardPhrases: ["drive safely", "driving an ambulance", "drive the ambulance", "emergency driving", "operate and drive", "highway code"]),
        WorkLimit(
            name: "dealing with customers",
            statements: [
                "away from customers", "away from the public", "fed up with customers", "fed up of customers", "not dealing with the public",
                "not deal with the public", "no dealing with the public", "not dealing with customers", "not customer facing", "not public facing",
                "not good with crowds", "not good around people", "not good in crowds",
            ],
            ruledOutWords: ["customers", "customer facing", "public facing", "the public", "complaints", "crowds", "drunk people", "drunks", "dealing with people", "deal with people"],
            skillLabels: ["Customer service", "Complaint handling"], titleWords: [], anyMention: false),
        WorkLimit(
            name: "night or shift work",
            statements: [
                "can't do nights", "cant do nights", "cannot do nights", "can't work nights", "cant work nights", "cannot work nights", "no more nights",
                "no more night shifts", "days only", "day shifts only", "a days job", "nights are wrecking", "nights are killing", "nights are ruining",
                "wrecking my sleep", "want to come off nights", "need to come off nights", "like to come off nights", "get off nights", "can't do shifts", "cant do shifts", "cannot do shifts", "no more shifts",
            ],
            ruledOutWords: [
                "nights", "night shifts", "night shift", "late nights", "night work", "working nights", "shifts", "shift work", "midnight", "late finishes",
                "unsocial hours", "antisocial hours", "sleep ins", "sleep-ins", "sleepins", "sleep in shifts", "waking nights", "overnights",
            ],
            skillLabels: [], titleWords: ["night"], anyMention: false,
            acceptances: [
                "happy to do nights", "happy to work nights", "happy doing nights", "happy with nights", "fine with nights", "fine doing nights",
                "ok with nights", "okay with nights", "don't mind nights", "dont mind nights", "don't mind doing nights", "dont mind doing nights",
            ],
            standardPhrases: [
                "shift work", "shift pattern", "shift patterns", "night time working", "night shift", "night shifts", "night work", "working nights",
                "24 hour cycle", "working shifts", "your shift", "a shift", "next shift", "each shift", "for the shift", "of the shift", "shift handover",
                "shift team", "shift changeover", "shift managers", "shift leaders", "overnight experiences",
            ]),
        WorkLimit(
            name: "work with the hands",
            statements: handStatements + [
                "carpal tunnel", "rsi", "repetitive strain", "tendonitis", "tendinitis", "trigger finger", "weak grip", "lost my grip",
                "white finger", "hand arm vibration", "hand-arm vibration", "havs", "dupuytren", "rheumatoid",
                "can't grip", "cant grip", "cannot grip", "no grip", "grip has gone", "grip is going", "tremor", "shaky hands",
            ],
            ruledOutWords: [
                // Not "tools" or "cutting" alone: "get off the tools" is leaving a trade for a site office, and "no more
                // cutting stone" rules out the dust of cutting, not work with the hands.
                "knife work", "knives", "knife", "hand tools", "power tools", "use tools", "using tools", "hold tools", "holding tools",
                "fine work", "fiddly work", "repetitive work", "using my hands", "work with my hands", "gripping",
            ],
            skillLabels: [
                "Butchery", "Manual dexterity", "Carpentry and joinery", "Bricklaying", "Plastering", "Wall and floor tiling", "Stonemasonry",
                "Hairdressing", "Barbering", "Beauty therapy", "Massage", "Crafts", "Fashion and textiles", "Welding", "Machining", "Wood machining",
                "Assembly", "Flooring", "Metal fabrication", "Glazing", "Roofing", "Painting and decorating", "Typing", "Motor vehicle maintenance",
                "Heavy vehicle maintenance", "Vehicle body repair", "Cycle maintenance", "Plumbing", "Electrical installation", "Gas engineering",
                // A professional kitchen is knife work and hot, heavy pans all shift.
                "Cooking",
            ],
            titleWords: ["butcher", "fishmonger"], anyMention: false,
            standardPhrases: ["hand tools", "hand held tools", "hand and power tools", "knife", "knives", "hand skills", "dexterity"],
            bodyParts: ["hand", "hands", "wrist", "wrists", "finger", "fingers", "thumb", "thumbs", "grip"]),
        WorkLimit(
            name: "wet work or chemicals",
            statements: [
                "dermatitis", "eczema", "psoriasis", "latex allergy", "allergic to latex", "allergic to the latex", "allergic to chemicals",
                "allergic to the chemicals", "allergic to cement", "allergic to the cement", "allergic to hair dye", "allergic to the dye",
                "allergic to the products", "allergic to the plaster", "skin condition", "skin reaction", "skin reactions", "reaction on my skin",
            ],
            ruledOutWords: ["wet trades", "wet trade", "wet work", "chemicals", "latex", "plaster", "cement", "lime", "chlorine", "dyes", "bleach"],
            skillLabels: [
                "Plastering", "Wall and floor tiling", "Bricklaying", "Hairdressing", "Barbering", "Beauty therapy", "Cleaning", "Chemical handling",
                "Housekeeping", "Aesthetics",
            ],
            titleWords: ["plasterer", "tiler", "renderer", "lifeguard", "pool"], anyMention: false,
            standardPhrases: ["wet trades", "cement", "latex", "mortar"],
            bodyParts: ["skin"]),
        WorkLimit(
            name: "dusty work or fumes",
            statements: [
                "asthma", "asthmatic", "copd", "emphysema", "bronchitis", "lung condition", "lung disease", "breathing problems", "breathing problem",
                "chest problems", "chest infection", "occupational asthma",
            ] + organicDustLungStatements + [
                "silicosis", "asbestosis", "pneumoconiosis", "pulmonary fibrosis", "lung fibrosis", "sarcoidosis",
            ],
            ruledOutWords: [
                "dust", "dusty", "fumes", "spraying", "spray", "sawdust", "silica", "flour",
                // Cutting or grinding stone, concrete or brick raises dust ("the doc says no more cutting stone").
                "cutting stone", "stone cutting", "cutting concrete", "cutting brick", "cutting bricks", "grinding",
            ],
            skillLabels: ["Painting and decorating", "Plastering", "Demolition", "Wood machining", "Stonemasonry", "Baking", "Groundworks"],
            titleWords: ["demolition", "insulation", "coatings", "paint", "welder"], anyMention: false,
            // Plastering raises fine dust, whatever the standard's skills are called ("plaster damage to internal walls"), and welding
            // fume is breathed in all shift where a standard's work is welding ("undertake welding of ... pipework"; welders by title).
            // Welding only mentioned (a panel technician's repairs) is left to the skills: a body-shop sprayer with asthma keeps those moves.
            standardPhrases: [
                "dust", "fumes", "sawdust", "silica", "respiratory protective equipment", "spraying", "plaster", "plastering", "welding of",
            ],
            bodyParts: ["chest", "lungs", "lung", "breathing", "breath"]),
        WorkLimit(
            name: "physically demanding or long-hours work",
            statements: fatigueConditions + energyConditions + [
                "long covid", "tire easily", "tire quickly", "tired easily", "get tired quickly",
                "tired all the time", "exhausted all the time", "have no energy", "got no energy", "low on energy", "run out of energy", "need part-time", "need part time",
                "only manage part", "only work part", "only do part", "heart attack", "heart condition",
                "heart problems", "heart problem", "heart failure", "multiple sclerosis", "cancer treatment", "had chemo", "having chemo", "after chemo",
                "recovering from cancer", "recovering from a stroke", "had a stroke",
                "had cancer", "lupus", "post viral", "post-viral",
            ],
            ruledOutWords: ["long hours", "long days", "full time", "full-time", "early starts", "4am starts", "5am starts", "12 hour", "twelve hour"],
            // Emergency response (an ambulance crew's lifting, running calls and long shifts) is physically demanding whatever
            // its standard's skills are called.
            skillLabels: ["Manual handling", "Moving and handling", "Working at height", "Ambulance and emergency care"],
            titleWords: ["ambulance", "paramedic", "firefighter"], anyMention: false,
            // A standard asking for the personal fitness the work needs ("the level of personal fitness and well-being required") is physically demanding.
            standardPhrases: ["physical fitness", "stamina", "physically demanding", "personal fitness"]),
        WorkLimit(
            name: "outdoor work",
            statements: indoorStatements,
            ruledOutWords: ["outside", "outdoors", "outdoor", "the weather", "the cold", "the rain", "all weathers"],
            skillLabels: [
                "Landscaping", "Horticulture", "Arboriculture and forestry", "Groundworks", "Roofing", "Scaffolding", "Highways maintenance",
                "Crop picking and harvesting", "Plant operation",
            ],
            titleWords: outdoorTitleWords, anyMention: false, titlePhrases: outdoorTitlePhrases),
        WorkLimit(
            // Needing to sit for work ("the rheumatologist says I need to sit down for work") asks for desk-based work as plainly
            // as "a desk job" does: seated driving is no answer to it (`closing`).
            name: "indoor or desk-based work",
            statements: indoorStatements + seatedStatements, ruledOutWords: [], skillLabels: [], titleWords: [], anyMention: false),
        WorkLimit(
            name: "operating machinery",
            statements: medicalDrivingStatements, ruledOutWords: ["forklifts", "forklift", "machinery"],
            skillLabels: ["Forklift operation", "Plant operation", "Machine operation"], titleWords: seaAndAirsideTitleWords, anyMention: false,
            titlePhrases: seaAndAirsideTitlePhrases),
        WorkLimit(
            name: "classroom teaching",
            statements: [
                "out of teaching", "leave teaching", "leaving teaching", "get out of teaching", "quit teaching", "burnt out from teaching",
                "burned out from teaching",
            ],
            ruledOutWords: ["classroom", "classrooms", "teaching", "the marking"],
            skillLabels: ["Teaching"], titleWords: ["teacher", "lecturer", "tutor"], anyMention: false,
            notice: "You say you cannot go back to classroom teaching, so teaching jobs (teachers, lecturers, tutors and jobs built on "
                + "teaching) are not suggested, as moves or as steps up."),
    ] + senseLimits + siteLimits + careLimits + coldLimits + balanceLimits + heightLimits + noiseLimits + standingLimits + exposureLimits

    /// Work done on one's feet all shift (the shop floor, a warehouse, a kitchen, a bar, a salon, housekeeping), which a
    /// learner who needs to sit for work ("the rheumatologist says I need to sit down for work", "a job where I can sit
    /// down") cannot do, whatever its standard's skills say of lifting. Just before the exposures, which come last in `all`.
    static let standingLimits: [WorkLimit] = [
        WorkLimit(
            name: "work on your feet",
            statements: seatedStatements, ruledOutWords: [],
            skillLabels: [
                "Retail operations", "Warehouse operations", "Food and beverage service", "Hospitality management", "Cooking", "Housekeeping",
                "Cleaning", "Hairdressing", "Barbering",
            ],
            titleWords: ["waiter", "bartender", "barista", "porter", "housekeeper"], anyMention: false,
            // Orientation and mobility training is walked with the client, indoors and out, with a long cane or a guide.
            standardPhrases: ["orientation and mobility", "mobility training", "long cane"],
            notice: "You say you need to sit for work, so jobs done on your feet all shift (the shop floor, a warehouse, a kitchen or bar, "
                + "a salon) are not suggested, as moves or as steps up."),
    ]

    /// Title words of work at sea and airside at an airport, whose medical standards (a seafarer's medical
    /// certificate; an airside driving permit, which needs a driving licence) a condition that stops someone
    /// driving on medical grounds fails as well: the machinery limit closes them too.
    static let seaAndAirsideTitleWords: Set<String> = ["seafarer", "workboat", "boatmaster", "airside", "deckhand"]
    /// Words of job titles worked out of doors in all weathers whatever their skills say: on deck and on
    /// the apron of an airport ("Aviation ground operative" loads aircraft outside).
    static let outdoorTitleWords: Set<String> = ["airside", "deckhand", "workboat", "seafarer"]
    /// Title phrases of the same work (`outdoorTitleWords`), as whole words.
    static let outdoorTitlePhrases = ["ground handler", "ground operative", "deck rating"]
    /// Title phrases of the same work (`seaAndAirsideTitleWords`), as whole words.
    static let seaAndAirsideTitlePhrases = [
        "officer of the watch", "deck rating", "marine pilot", "maritime caterer", "ground handler", "ground operative", "ground specialist",
    ]

    /// Conditions that stop someone driving on medical grounds, and so operating machinery too (unlike
    /// a driving ban).
    static let medicalDrivingStatements = [
        "epilepsy", "epileptic", "a seizure", "seizures", "eyesight is going", "eyesight has gone", "eyesight is getting worse",
        "eyesight is failing", "sight is going", "glaucoma", "macular degeneration", "retinopathy", "blackouts", "black outs",
        "failing eyesight", "poor eyesight", "sight loss", "partially sighted", "registered blind", "losing my sight",
    ]

    /// Conditions that commonly limit standing, lifting and physical work, named alone ("I've got
    /// arthritis", "a bad back"): they state the physical limit (no job listing manual handling or
    /// working at height).
    static let physicalConditions = [
        "arthritis", "rheumatoid", "hypermobility", "ehlers danlos", "ehlers-danlos", "spondylitis", "bad back", "back pain", "back problems",
        // Hypermobile EDS by its initials, only where the words make it a diagnosis ("I have hypermobile EDS", "diagnosed with hEDS").
        "hypermobile", "heds", "diagnosed with eds", "i have eds", "i've got eds", "ive got eds", "i got eds", "living with eds", "my eds",
    ]

    /// Title words of heavy manual trades, whose standards do not always name manual handling (a fencing
    /// installer's "handle materials", a groundworker's digging): the physical limit closes them as it
    /// closes jobs listing manual handling or working at height.
    static let heavyWorkTitleWords: Set<String> = [
        "fencing", "fencer", "groundworker", "bricklayer", "steelwork", "erector", "scaffolder", "plasterer", "labourer", "stonemason",
        "demolition", "roofer", "tunnelling", "steelfixer", "paver", "waller", "formworker", "rigger", "dryliner",
        // Laying floors and tiling is work on the knees.
        "tiler", "floorlayer",
    ]

    /// Conditions that drain energy as well as limiting standing and lifting ("fibromyalgia", "ME/CFS"):
    /// they state both the physical limit and the limit on physically demanding, long-hours work.
    static let fatigueConditions = [
        "fibromyalgia", "chronic fatigue", "me cfs", "me/cfs", "multiple sclerosis", "lupus", "chronic pain",
        // Multiple sclerosis by its initials, only where the words make it a diagnosis (not "Ms Jones").
        "diagnosed with ms", "i have ms", "i've got ms", "ive got ms", "i got ms", "living with ms", "my ms",
    ]

    /// Conditions that drain energy and slow the hands without, early on, limiting lifting or standing: Parkinson's
    /// (a tremor, slow typing, tired by mid-afternoon). They state the limit on physically demanding, long-hours work
    /// (with its part-time note), and a tremor they name states the hands limit; no lifting limit is invented for them.
    static let energyConditions = ["parkinson's", "parkinsons", "parkinson disease", "parkinson's disease"]

    /// How learners say their body as a whole can no longer take physical work ("not sure my body can do
    /// boarding all day", "my body won't take another winter on the tools").
    static let wholeBodyStatements: [String] = {
        let doubts = ["not sure my body can", "don't think my body can", "dont think my body can", "doubt my body can", "my body can't", "my body cant",
                      "my body cannot", "my body won't", "my body wont", "my body can no longer", "my body is not up to", "my body isn't up to",
                      "my body isnt up to"]
        let worn = ["body is giving up", "body is giving out", "body has had enough", "body is worn out", "body is wrecked", "body is knackered",
                    "body is falling apart", "body can't take", "body cant take", "body can't cope", "body cant cope", "body won't take",
                    "body wont take", "body is telling me"]
        return doubts + worn
    }()

    /// How learners say they use a wheelchair or cannot walk: every physical job is closed, and the
    /// learner needs work done sitting down.
    static let wheelchairStatements = [
        "wheelchair user", "i'm in a wheelchair", "im in a wheelchair", "i am in a wheelchair", "i use a wheelchair", "paraplegic",
        "tetraplegic", "quadriplegic", "paralysed from", "paralyzed from", "can't walk", "cant walk", "cannot walk", "unable to walk",
    ]

    /// How learners say they need to sit or cannot stand for long ("a job where I can sit", "can't be on
    /// my feet all day"), which rules out physical work.
    static let seatedStatements = [
        "sit down job", "sitting down job", "seated job", "seated work", "sitting job", "need to sit", "needs to sit", "have to sit", "be sat down",
        "can sit down", "can't stand for long", "cant stand for long", "cannot stand for long", "can't be on my feet", "cant be on my feet",
        "cannot be on my feet", "can't stand all day", "cant stand all day", "cannot stand all day", "can't stand for long periods",
        "do sitting down", "do sat down", "done sitting down", "job sitting down", "work sitting down",
        // Sitting asked for beside what the learner wants to keep doing ("keep helping people but sitting down").
        "but sitting down", "but sat down", "while sitting down", "where i can sit",
    ]

    /// How learners ask for indoor or desk-based work ("something indoors", "a desk job").
    static let indoorStatements = [
        "indoor job", "indoor work", "indoors job", "work indoors", "working indoors", "job indoors", "not outside", "not outdoors",
        "out of the weather", "out of the cold", "out of the rain", "in the warm", "inside job", "something indoors", "somewhere indoors",
        "be indoors", "working inside", "work inside", "desk job", "desk based", "desk-based",
    ]

    /// Index of the phone work limit in `all`.
    static let phone = 1
    /// Index of the night or shift work limit in `all`.
    static let nights = 4
    /// Index of the driving limit in `all`.
    static let driving = 2
    /// Index of the customers limit in `all`.
    static let customers = 3
    /// Index of the hands limit in `all`.
    static let hands = 5
    /// Index of the wet work or chemicals (skin) limit in `all`.
    static let skin = 6
    /// Index of the dust or fumes (breathing) limit in `all`.
    static let breathing = 7
    /// Index of the fatigue limit (physically demanding or long-hours work) in `all`.
    static let fatigue = 8
    /// Index of the outdoor work limit in `all`: "had enough of the weather" closes outdoor trades.
    static let outdoors = 9
    /// Index of the wish for indoor or desk-based work in `all`, which closes nothing but asks for
    /// desk-based moves ("something indoors", "a desk job").
    static let indoors = 10
    /// Limits that say the learner wants desk-based or indoor work, so desk-based moves may be offered
    /// even when their own kind of work stays open: always for `indoors`, and for the others when the
    /// learner's skills suggest fewer than two moves.
    static let deskWishes: Set<Int> = [customers, outdoors, indoors]
    /// Index of the machinery limit in `all`: a medical reason not to drive rules out forklifts and plant too.
    static let machinery = 11

    /// How learners say their hands or wrists are hurt or worn ("arthritis in my hands", "bad wrist").
    static let handStatements: [String] = ["hand", "hands", "wrist", "wrists", "finger", "fingers", "thumb"].flatMap { part in
        ["injured my", "hurt my", "smashed my", "broke my", "broken my", "damaged my", "arthritis in my", "bad", "dodgy", "sore"].map { $0 + " " + part }
            + ["injury", "problems", "pain", "operation", "surgery"].map { part + " " + $0 }
    }

    /// Parts of the body whose injury or wear limits physical work.
    static let bodyParts = ["back", "knee", "knees", "shoulder", "shoulders", "hip", "hips"]

    /// How learners say a part of their body is hurt or worn ("smashed my shoulder", "knees are shot").
    static let bodyStatements: [String] = bodyParts.flatMap { part in
        ["injured my", "hurt my", "smashed my", "broke my", "broken my", "damaged my", "dislocated my", "arthritis in my", "bad", "dodgy"].map { $0 + " " + part }
            + ["injury", "problems", "problem", "pain", "operation", "replacement", "surgery", "is bad", "are bad", "is shot", "are shot", "are gone",
               "is gone", "have gone", "has gone", "are knackered", "is knackered", "are wrecked"].map { part + " " + $0 }
    }

    /// Whether the limit rules out `target` (whose words are `words`): its title names the limit, or it
    /// names one of the limit's skills among its core skills (`OccupationSkillModel.coreSize`) or
    /// throughout its standard (strong evidence); with `anyMention`, anywhere. `labelled` holds, per
    /// skill of the model, whether it is one of the limit's skills (`skillLabels`), and `phrases` the
    /// numbers of its `standardPhrases` in `StandardWords.phrases`, both worked out once per limit.
    func rulesOut(_ target: OccupationSkillModel.Target, words: StandardWords, labelled: [Bool], phrases: [Int]) -> Bool {
        if words.title.contains(where: titleWords.contains) || titleNames(words) { return true }
        if phrases.contains(where: { words.found[$0] }) { return true }
        return target.skills.indices.contains { rank in
            labelled[target.skills[rank].skill] && (anyMention || rank < OccupationSkillModel.coreSize || target.strong[rank])
        }
    }

    /// Index of the physical limit in `all`.
    static let physical = 0

    /// The text lower-cased with every run of characters other than letters and digits made one space.
    static func words(_ text: String) -> String {
        LowercasedWords.joined(text)
    }

    /// Words that start what a learner says they cannot or will not go on doing, anywhere in the text.
    static let cannotNeedles = [
        " can't ", " cant ", " cannot ", " unable to ", " no longer ", " fed up with ", " sick of ", " had enough of ", " get away from ",
        " get out of ", " don't want to ", " dont want to ", " do not want to ", " hate ", " tired of ", " fed up of ", " says no more ",
        " said no more ", " told me no more ", " not able to ", " have to stop ", " had to stop ",
        // A doubt about one's own strength for the work is a limit too ("I dont think I can do care again").
        " don't think i can ", " dont think i can ", " don't think i could ", " dont think i could ", " couldn't face ", " couldnt face ",
        " can't face ", " cant face ",
        " taken me off ", " took me off ", " moved me off ",
    ]

    /// Words that start what a learner says they are no longer able to do, or told not to do ("I can't
    /// do knife work all day any more", "the doctor says no more lifting"): what follows names work
    /// that is closed to them (`namedSkill`), unlike a wish to leave something ("sick of", "hate").
    static let capabilityNeedles = [
        " can't ", " cant ", " cannot ", " unable to ", " no longer ", " not able to ", " get out of ", " says no more ", " said no more ",
        " say no more ", " told me no more ", " no more ", " have to stop ", " had to stop ", " had to give up ", " have to give up ",
        " don't think i can ", " dont think i can ", " don't think i could ", " dont think i could ", " couldn't face ", " couldnt face ",
        " can't face ", " cant face ",
        // Taken off the work by an employer or a doctor ("occupational health have taken me off patrol for good").
        " taken me off ", " took me off ", " moved me off ",
    ]

    /// Index (past `all`) of the limit closing jobs whose core skills include the skill at `position`
    /// of the model: a skill the learner says they can no longer do.
    static func namedSkill(_ position: Int) -> Int { all.count + position }

    /// The clauses in which the learner says what they can no longer do (`capabilityNeedles`), without
    /// the clauses that are not limits (`notLimits`), lower-cased.
    static func capabilityClauses(in text: String) -> [String] {
        negatedClauses(CareerDiagnostician.padded(text), needles: capabilityNeedles, stops: listStops)
            .filter { clause in
                let start = withoutFillers(clause)
                return !notLimits.contains { start.hasPrefix($0 + " ") || start == $0 }
            }
    }

    /// Words that start what a wish rules out: the negations of a wish (`CareerDiagnostician.negationNeedles`)
    /// and `cannotNeedles`. Read in wishes only, since in job history a negation is often a boast
    /// ("never had an accident driving").
    static let wishNeedles = CareerDiagnostician.negationNeedles + cannotNeedles

    /// Ruled-out clauses that are not limits, by how they start once `fillers` are dropped: "I don't
    /// (really) mind customers", "not (at all) afraid of heights", "can't wait to get back on the road",
    /// "unable to find driving work", "no longer work at the store", "never had a complaint", "don't
    /// want to lose the physical side".
    static let notLimits = [
        "mind", "afraid", "scared", "worried", "bothered", "a problem", "an issue", "fussed", "wait", "find", "get enough", "believe",
        "afford", "work at", "work for", "work there", "had", "remember", "lose", "miss", "give up", "stop", "leave", "quit", "minded",
        "get any", "get more", "get shifts", "get hours", "letting", "let", "than", "longer than", "help", "thank",
    ]

    /// Words that soften what follows a negation ("not too bothered", "don't really mind").
    static let fillers = [
        "really", "too", "at all", "all that", "that", "so", "very", "particularly", "overly", "much", "even", "actually", "honestly",
        "especially", "hugely", "massively", "terribly",
    ]

    /// Nouns after a ruled-out word that make it name something else: "the public sector", "heavy
    /// paperwork", "heavy goods vehicles".
    static let otherNouns: Set<String> = [
        "sector", "service", "services", "transport", "health", "paperwork", "admin", "workload", "workloads", "traffic", "goods", "reading",
        // A way of studying, not of working: "not full time uni" rules out no long hours at work.
        "uni", "university", "degree", "study", "studying", "course", "courses", "college",
        // A material's dust or fumes is what is breathed, not the material on the skin: "get away from plaster dust" is
        // a breathing limit, not a wet trade.
        "dust", "dusts", "fumes", "fume", "particles",
    ]

    /// Negations that, among the few words before a statement, deny it ("I have never lost my licence").
    static let deniers: Set<String> = ["never", "not", "no", "haven't", "havent", "hasn't", "didn't", "didnt", "wasn't", "don't", "dont", "won't"]

    /// The limits (indices into `all`) the learner states: a statement anywhere in `text` that the
    /// words before it do not deny, or a ruled-out word in a clause they say they cannot go on with
    /// (anywhere) or a wish rules out (`wishes`).
    static func stated(in text: String, wishes: String) -> [Int] {
        let lower = CareerDiagnostician.padded(text)
        // A byte search finds the few statements present before the slower denial check reads them.
        let search = PhraseSearch(lower)
        let ruledOut = (negatedClauses(lower, search: search, needles: cannotNeedles, stops: listStops)
            + negatedClauses(CareerDiagnostician.padded(wishes), needles: wishNeedles, stops: CareerDiagnostician.negationStops))
            .filter { clause in
                let start = withoutFillers(clause)
                return !notLimits.contains { start.hasPrefix($0 + " ") || start == $0 }
            }
            .map { withoutStudy(" " + $0 + " ") }
        // What a wish would rather leave ("doing the audits instead of carrying extinguishers up stairs") is a preference,
        // not a condition of the body: it states none of the limits whose notices name one (`bodyConditionLimits`).
        let preferred = Set(negatedClauses(CareerDiagnostician.padded(wishes), needles: preferenceNeedles, stops: CareerDiagnostician.negationStops)
            .map { withoutStudy(" " + $0 + " ") })
        let bodilyRuledOut = preferred.isEmpty ? ruledOut : ruledOut.filter { !preferred.contains($0) }
        // A condition the work caused states the limits of its exposures (`conditions`).
        let caused = conditionsStated(in: lower, search: search)
        let found = all.indices.filter { index in
            let limit = all[index]
            if search.containsAny(limit.acceptances) { return false }
            if caused.contains(index) { return true }
            let clauses = bodyConditionLimits.contains(index) ? bodilyRuledOut : ruledOut
            return limit.statements.contains { search.contains($0) && states($0, in: lower) }
                || clauses.contains { clause in limit.ruledOutWords.contains { names($0, in: clause) } }
                || (index == customers && search.containsAny(["anxi", "panic", "nervous"]) && isAnxiousAroundPeople(lower))
                || (index == nights && search.containsAny(hoursComplaints) && complainsOfNightHours(lower))
                || (!limit.bodyParts.isEmpty && complains(about: limit.bodyParts, in: lower, search: search))
        }
        // Deafness closes what the phone limit closes, and says so with the help there is: one notice, not two.
        return found.contains(hearing) ? found.filter { $0 != phone } : found
    }

    /// Limits whose notices say the learner has a condition of the body (a physical limit, their hands, skin,
    /// breathing or energy): a preference in a wish does not state them.
    static let bodyConditionLimits: Set<Int> = [physical, hands, skin, breathing, fatigue]

    /// Words of a wish that name what the learner would rather leave than cannot do ("instead of carrying
    /// extinguishers up stairs", "rather than the lifting").
    static let preferenceNeedles = [" instead of ", " rather than ", " more than the "]

    /// What `needles` rule out in `lower` (lower-cased and padded), as `CareerDiagnostician.splitNegations`
    /// reads it; with no needle in the text (a byte search, `search` when given) there is nothing to split.
    static func negatedClauses(_ lower: String, search: PhraseSearch? = nil, needles: [String], stops: [String]) -> [String] {
        guard (search ?? PhraseSearch(lower)).containsAny(needles) else { return [] }
        return CareerDiagnostician.splitNegations(lower, needles: needles, stops: stops).negated
    }

    /// What ends a clause the learner says they cannot go on with: the stops of a wish's negation, but
    /// "and" only where a new clause starts ("and I"), so a list keeps its items ("sick of the drunks and
    /// the late finishes").
    static let listStops = CareerDiagnostician.negationStops.filter { $0 != " and " }
        + [" and i ", " and i'm ", " and im ", " and it ", " and my ", " and we ", " and they ", " and so ", " and then "]

    // MARK: Night hours complained of

    /// Phrases that say the learner's hours wear them down ("the hours are killing me").
    static let hoursComplaints = [
        "killing me", "wrecking me", "wrecking my", "ruining my", "destroying my", "taking its toll", "taking their toll", "getting too much",
        "too much for me", "wearing me down", "wearing me out", "doing my head in",
        // Hours said to make the learner ill ("night shifts and overtime make me unwell").
        "make me unwell", "makes me unwell", "make me ill", "makes me ill", "make me poorly", "makes me poorly", "make me sick",
        "makes me sick", "made me unwell", "made me ill", "bad for my health", "bad for my mental health",
    ]
    /// Words that name night or late-evening hours ("every friday and saturday night").
    static let nightHourWords: Set<String> = ["night", "nights", "overnight", "overnights", "evenings", "midnight"]

    /// Whether one sentence of `lower` both complains of the hours wearing the learner down and names
    /// night hours ("hours are killing me, every friday and saturday night"): the nights limit, as
    /// "nights are killing me" is. Someone else's hours ("killing him") are not the learner's.
    static func complainsOfNightHours(_ lower: String) -> Bool {
        lower.split(whereSeparator: { ".!?;\n".contains($0) }).contains { sentence in
            let padded = " " + sentence + " "
            guard hoursComplaints.contains(where: { padded.contains(" " + $0) }) else { return false }
            let words = sentence.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
            return words.contains(where: nightHourWords.contains) && !words.contains(where: deniers.contains)
        }
    }

    // MARK: Anxiety about people

    /// Words that name anxiety or panic.
    static let anxietyWords: Set<String> = ["anxiety", "anxious", "panic", "nervous"]
    /// Words that make the anxiety the learner's own ("I get bad anxiety", "my anxiety").
    static let ownWords: Set<String> = ["i", "i've", "ive", "i'm", "im", "my", "me", "signed"]
    /// Words that say the anxiety is about dealing with people.
    static let peopleWords: Set<String> = ["people", "public", "customers", "crowds", "crowded", "strangers"]
    /// Words that end a clause's reach.
    static let clauseEnds: Set<String> = ["but", "though", "although", "however", "whereas"]
    /// Words that may stand between the learner's own word and the anxiety ("I get really bad anxiety",
    /// "I suffer from panic attacks"); any other word is a verb about someone else ("I reassure nervous customers").
    static let ownLinks: Set<String> = [
        "get", "got", "have", "had", "has", "suffer", "suffered", "suffering", "from", "feel", "felt", "am", "was", "been", "really", "very", "so",
        "quite", "bad", "terrible", "severe", "with", "struggle", "struggled", "a", "lot", "of", "real", "awful", "become", "became", "go", "get",
        "do", "also", "still", "always", "can", "can't", "cant", "social", "for", "off",
    ]
    /// Words after an anxiety word that make it describe others or a topic ("nervous customers", "anxiety groups").
    static let describedNouns: Set<String> = [
        "customers", "children", "kids", "parents", "patients", "people", "clients", "pupils", "students", "callers", "residents", "visitors",
        "guests", "groups", "group", "sessions", "workshops", "clinic", "clinics", "service", "services", "support", "management", "first-timers",
    ]

    /// Whether the learner says their own anxiety or panic is about people ("I get bad anxiety and panic
    /// attacks round lots of people"): an anxiety word with the learner's own words and no denial among
    /// the four words before it, and a people word after it in the same clause. Helping people with
    /// anxiety, or "never been anxious with customers", is not.
    static func isAnxiousAroundPeople(_ lower: String) -> Bool {
        for sentence in lower.split(whereSeparator: { ".!?;\n".contains($0) }) {
            let words = sentence.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
            for (index, word) in words.enumerated() where anxietyWords.contains(word) {
                let before = words[max(0, index - 4)..<index]
                guard let own = before.lastIndex(where: ownWords.contains), !before.contains(where: deniers.contains),
                    words[(own + 1)..<index].allSatisfy(ownLinks.contains),
                    !(index + 1 < words.count && describedNouns.contains(words[index + 1]))
                else { continue }
                let after = words[(index + 1)...].prefix { !clauseEnds.contains($0) }
                if after.contains(where: peopleWords.contains) { return true }
            }
        }
        return false
    }

    /// Words of a list of body parts, passed over when looking for a denial ("no back, knee or shoulder problems").
    static let listWords: Set<String> = Set(bodyParts + ["or", "and", "nor", "my"])
    /// Phrases that make what follows someone else's condition ("helping patients with back pain").
    static let othersConditions = [
        " patients with ", " people with ", " clients with ", " residents with ", " users with ", " customers with ", " children with ",
        " pupils with ", " those with ", " others with ", " athletes with ", " players with ", " who have ", " who has ", " who had ",
        " people for ", " patients for ", " clients for ", " testing people ", " testing patients ", " treating people ", " treating patients ",
        // The people a carer or teacher supports ("a supported living service for adults with learning disabilities and epilepsy").
        " adults with ", " young people with ", " men with ", " women with ", " tenants with ", " individuals with ", " someone with ",
        " anyone with ", " learners with ", " students with ",
    ]
    /// Words that, among the five before a statement in its clause, make the condition someone else's
    /// ("my mum has carpal tunnel", "his asthma").
    static let otherPeople: Set<String> = [
        "mum", "dad", "mother", "father", "wife", "husband", "partner", "son", "daughter", "brother", "sister", "nan", "gran", "grandad",
        "grandma", "his", "her", "friend", "friends", "colleague", "boss", "kid", "kids", "child", "baby",
        // Someone the learner looks after at work ("one lad has epilepsy so I've done the buccal training").
        "lad", "lads", "client", "clients", "resident", "residents", "pupil", "pupils", "tenant", "tenants",
        // Animals the learner works with ("the cows had dermatitis", "dogs with eczema").
        "cows", "cattle", "calves", "heifers", "herd", "herds", "sheep", "pigs", "horses", "dogs", "cats", "animals", "livestock", "pets",
    ]
    /// Words that, among the three before a wish for indoor or desk work, make it a report of how the work has changed
    /// ("has gone all desk based", "it's become desk-based", "too desk based"): a complaint, not a wish.
    static let changedWords: Set<String> = ["gone", "become", "becoming", "became", "turned", "turning", "too", "mostly", "mainly", "entirely"]
    /// Words after "sit" that make it sitting an exam ("need to sit my exams", "have to sit the test again").
    static let examWords: Set<String> = [
        "my", "the", "a", "an", "exam", "exams", "test", "tests", "paper", "papers", "gcse", "gcses", "functional", "english", "maths", "theory",
        "level", "it", "them", "again", "resits",
    ]
    /// Words of treating or checking a condition, which before it in its clause make it the work, not the learner's own
    /// ("trimming, treating digital dermatitis and ulcers"), unless the learner's "my" follows ("treating my eczema").
    static let treatingWords: Set<String> = ["treating", "treat", "treats", "diagnosing", "spotting", "checking", "dressing"]
    /// Words after a condition that make it a service or training for it, not the learner's own ("an epilepsy nurse",
    /// "asthma reviews", "epilepsy training", "seizure plans").
    static let serviceNouns: Set<String> = [
        "nurse", "nurses", "reviews", "review", "team", "ward", "unit", "test", "tests", "testing", "screening", "training", "trained", "awareness",
        "plans", "plan", "protocols", "protocol",
    ]
    /// Words after "MS" that make it Microsoft's ("MS Office", "MS Excel").
    static let microsoftProducts: Set<String> = ["office", "excel", "word", "teams", "access", "project", "dynamics", "outlook", "powerpoint", "365"]
    /// Words before "no more" that make it report what there is rather than a limit ("the agency had no more shifts").
    static let havingWords: Set<String> = ["had", "has", "have", "got", "is", "are", "was", "were"]

    /// Whether `statement` occurs in `text` (lower-cased) as whole words, with no denial among the three
    /// words before it (passing over a list of body parts), as the learner's own (not "patients with"),
    /// and, for "no ...", not as what someone had ("the agency had no more shifts").
    static func states(_ statement: String, in text: String) -> Bool {
        var from = text.startIndex
        while let found = text.range(of: statement, range: from..<text.endIndex) {
            from = found.upperBound
            let starts = found.lowerBound == text.startIndex || !text[text.index(before: found.lowerBound)].isLetter
            let ends = found.upperBound == text.endIndex || !text[found.upperBound].isLetter
            guard starts, ends else { continue }
            let clauseStart = text[..<found.lowerBound].lastIndex(where: { ",.;!?\n".contains($0) }).map { text.index(after: $0) } ?? text.startIndex
            let clause = " " + text[clauseStart..<found.lowerBound]
            if othersConditions.contains(where: clause.contains) { continue }
            let words = text[..<found.lowerBound].split(whereSeparator: { " ,.;!?\n".contains($0) }).map(String.init)
            if statement.hasPrefix("no "), let last = words.last, havingWords.contains(last) { continue }
            // Someone else's condition, or a service for it ("asthma clinics"), is not the learner's limit.
            let clauseWords = clause.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
            if clauseWords.suffix(5).contains(where: otherPeople.contains) { continue }
            if let treating = clauseWords.suffix(4).lastIndex(where: treatingWords.contains),
                !clauseWords[treating...].contains(where: { $0 == "my" })
            {
                continue
            }
            let after = text[found.upperBound...].split(whereSeparator: { !$0.isLetter }).first.map(String.init)
            if let after, describedNouns.contains(after) || serviceNouns.contains(after) { continue }
            // "I need to sit my theory test" is an exam taken, not a need to work seated.
            if statement.hasSuffix(" sit"), let after, examWords.contains(after) { continue }
            // "I know the work inside out" is knowing it thoroughly, not a wish for indoor work.
            if statement.hasSuffix("inside"), after == "out" { continue }
            // "the insurer side has gone all desk based": a complaint of how the work has changed, not a wish for it.
            if indoorStatements.contains(statement), words.suffix(3).contains(where: changedWords.contains) { continue }
            // "MS" before a product name is Microsoft ("I have MS Office"), not multiple sclerosis.
            if statement.hasSuffix(" ms"), let after, microsoftProducts.contains(after) { continue }
            let before = words.reversed().drop(while: listWords.contains).prefix(3)
            let nearBefore = words.suffix(3)
            if !before.contains(where: deniers.contains) && !nearBefore.contains(where: deniers.contains) { return true }
        }
        return false
    }

    /// Whether `clause` (padded with spaces) names `word` other than as the first half of another
    /// thing (`otherNouns`).
    static func names(_ word: String, in clause: String) -> Bool {
        var from = clause.startIndex
        while let found = clause.range(of: " " + word, range: from..<clause.endIndex) {
            let rest = clause[found.upperBound...]
            if rest.hasPrefix(",") { return true }
            if rest.hasPrefix(" ") {
                let next = rest.dropFirst().prefix { $0.isLetter }
                if !otherNouns.contains(String(next)) { return true }
            }
            from = found.upperBound
        }
        return false
    }

    /// How a pupil or student says they would rather not study in a classroom ("dont want to sit in a
    /// classroom"): being taught, not teaching, so no teaching limit is read from it.
    static let studyPhrases = [
        " sit in a classroom", " sat in a classroom", " sitting in a classroom", " sit in classrooms", " sat in classrooms",
        " sitting in classrooms",
    ]

    /// A ruled-out clause (padded) without what a pupil says of studying in a classroom (`studyPhrases`).
    static func withoutStudy(_ clause: String) -> String {
        guard clause.contains("classroom") else { return clause }
        return studyPhrases.reduce(clause) { $0.replacingOccurrences(of: $1, with: " ") }
    }

    /// The clause without the softening words it starts with.
    static func withoutFillers(_ clause: String) -> String {
        var start = Substring(clause)
        while let filler = fillers.first(where: { start.hasPrefix($0 + " ") }) { start = start.dropFirst(filler.count + 1) }
        return String(start)
    }

}

extension CareerDiagnostician {
    /// What the diagnostic says about a limit it read.
    static func limitNotice(_ index: Int) -> String {
        let limit = WorkLimit.all[index]
        if let notice = limit.notice { return notice }
        if index == WorkLimit.physical {
            // Kneeling is named too: a learner who can no longer kneel is told the limit they stated was read.
            return "You mention a physical limit, so moves into jobs that list manual handling or working at height, or are done "
                + "kneeling (such as floor laying and tiling), are not suggested."
        }
        if index == WorkLimit.nights {
            return "You say you want to leave \(limit.name) or can no longer do it, so jobs whose standards are worked in shifts or at night "
                + "are not suggested, as moves or as steps up."
        }
        switch index {
        case WorkLimit.hands:
            return "You mention a condition of your hands or wrists, so jobs built on hand tools, knife work or fine or repetitive manual work "
                + "are not suggested, as moves or as steps up."
        case WorkLimit.skin:
            return "You mention a skin condition, so wet trades and jobs built on chemicals (plastering, tiling, hairdressing, cleaning) "
                + "are not suggested, as moves or as steps up."
        case WorkLimit.breathing:
            return "You mention a breathing condition, so dusty work (such as hay, straw and grain, sawdust, flour, stone or plaster dust) "
                + "and work with fumes or spraying is not suggested, as moves or as steps up."
        case WorkLimit.fatigue:
            return "You mention a health condition that limits your energy, so physically demanding jobs are not suggested; "
                + "part-time or flexible work, and part-time or flexible courses, may suit you best."
        case WorkLimit.outdoors:
            return "You say you want to leave outdoor work, so jobs built on it (landscaping, roofing, groundworks and the like) are not suggested."
        case WorkLimit.machinery:
            return "Your condition rules out driving on medical grounds, so jobs built on operating forklifts, plant or machines, and work "
                + "at sea or airside at an airport (which have medical standards of their own), are not suggested either, as moves or as steps up."
        case WorkLimit.indoors:
            return "You say you want indoor or desk-based work, so desk-based moves your skills fit are offered."
        default: break
        }
        return "You say you want to leave \(limit.name) or can no longer do it, so jobs built on it ("
            + list(limit.skillLabels.sorted()) + ") are not suggested, as moves or as steps up."
    }
}
