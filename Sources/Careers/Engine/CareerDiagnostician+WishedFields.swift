import Foundation
import Matching
import Taxonomy

// MARK: - Fields and activities a wish names, read as jobs

/// A wish often names a field or an activity rather than a job title ("something with computers",
/// "teach plumbing at a college", "AAT"). Each such everyday name is read as the jobs it means at a first
/// step (`wishedFields`, data), found by the title matcher, and those jobs are answered like a job the
/// wish names (`servingNamedWishes`): listed when within reach of the learner's stage, else a first step
/// towards them.
extension CareerDiagnostician {
    /// A field or activity learners name in everyday words, and the job titles it means.
    struct WishedField {
        /// Phrases matched as whole words in the wish. A phrase ending in " *" ("teach *") matches when
        /// another word follows it that is not in `notFollowedBy`.
        let phrases: [String]
        /// Job titles, the one wished for first, then first steps towards it, each found by the title matcher.
        let titles: [String]
        /// Whether it names a field (IT, sport) rather than a job (AAT, teaching a trade): a field's other
        /// jobs still match the wish, a job's do not.
        var field = false
        /// Words after a " *" phrase that make it another wish ("teach children", "teaching assistant").
        var notFollowedBy: Set<String> = []
        /// Words that, anywhere in the wish, make it about another kind of work ("office work with computers").
        var unless: Set<String> = []
        /// Words one of which the wish must hold somewhere for its phrases to name this field ("school" for a "teacher" in
        /// a wish to "go back into a school … or train as a teacher"); empty when the phrases name it alone.
        var onlyWith: Set<String> = []
        /// Whether its phrases are everyday names of the first title's own job ("train conductor" for a passenger
        /// transport operative, whose typical job titles include guard): a job the wish names in those words, which no
        /// standard's title holds, is reached by that standard, not stood in for, and the learner is not told no
        /// standard is for it.
        var sameJob = false
        /// Whether its phrases are the everyday name of its first title's job that the title matcher reads as another job:
        /// "planning officer", where "planning" is also a word wishes are said in ("planning to"), so "officer" alone
        /// was matched (a probation officer); "housing officer", which an environmental health practitioner lists among
        /// its job titles; "licensing officer", which only the word "officer" ties to a revenues and benefits officer.
        /// A job read from the same words (`readFromPhrase`) is replaced by the field's jobs, and no longer boosted.
        var replacing = false
        /// The everyday name of a job no standard is for that its titles are the nearest apprenticeships to ("vet": the
        /// veterinary nurse): the learner is told no standard is for it, and its first title is marked as a first step towards it.
        var standsInFor: String? = nil
    }

    /// Everyday names of fields and activities and the jobs they mean at a first step.
    static let wishedFields: [WishedField] = [
        // Teaching or assessing a trade in further education, not teaching children.
        WishedField(
            phrases: [
                "teach *", "teaching *", "teach at a college", "teach at college", "teaching at a college", "teaching at college",
                "teach at the college", "teaching at the college", "lecturer", "lecturing", "further education", "fe teacher", "fe college", "college tutor",
                "train apprentices", "training apprentices", "train up apprentices", "train the apprentices", "training the apprentices",
                "teach the apprentices", "teaching the apprentices", "pass on my skills", "pass on my trade", "passing on my skills",
                "assessor", "assessing apprentices", "trade assessor", "nvq assessor",
            ],
            // A learning mentor (level 3) supports apprentices and further education learners: a first step for one who
            // could not yet start at the teacher's or assessor's level, before jobs of the pathway that teach children.
            titles: ["Learning and skills teacher", "Assessor coach", "Learning mentor"],
            notFollowedBy: [
                "children", "kids", "child", "primary", "secondary", "school", "schools", "nursery", "pupils", "assistant", "assistants",
                "young", "early", "reception", "year", "english", "abroad", "sen", "send",
                // Teaching named with another wish or a place ("teaching or nursing", "teaching in a school") is no trade.
                "or", "and", "in", "at", "a", "as", "maybe", "people",
                // Nor is teaching followed by a reason or a condition ("do i need a degree to teach, because i havent got one").
                "because", "but", "if", "so", "though", "without", "one",
            ],
            // A risk assessor assesses risks, not learners ("a fire risk assessor").
            unless: ["risk", "risks"]),
        // Accounting technician: the AAT qualifications.
        WishedField(
            // "Accountancy qualifications" reads as "accountancy" once what a wish would give besides the work is dropped.
            phrases: ["aat", "accounting technician", "accounts technician", "accountancy technician", "accountancy"],
            titles: ["Professional accounting / taxation technician", "Assistant accountant"]),
        // IT at a first step: support and infrastructure technicians.
        WishedField(
            phrases: ["it", "computers", "computer", "computing", "pcs", "tech support", "it support", "helpdesk", "help desk", "networking", "networks"],
            titles: ["Digital support technician", "Infrastructure technician", "IT solutions technician"], field: true,
            unless: ["office", "admin", "administration", "reception", "data", "games", "coding", "software", "programming", "programmer", "developer"]),
        // Designing buildings: architecture, and the technician jobs that lead to it.
        WishedField(
            phrases: [
                "architecture", "architect", "architects", "architectural", "design buildings", "designing buildings", "building design",
                "design houses", "designing houses", "architectural technology",
            ],
            titles: ["Architectural assistant (integrated degree)", "Construction design and build technician", "Civil engineering technician"],
            field: true),
        // Laboratory work.
        WishedField(
            phrases: ["lab", "labs", "laboratory", "laboratories", "lab technician", "laboratory technician", "science technician", "lab work"],
            // The laboratory technician's apprenticeship is the general one for lab work, in any kind of lab (review 21, p11).
            titles: ["Laboratory technician", "Science manufacturing technician", "Technician scientist"]),
        // Hospital laboratories: healthcare science. The healthcare scientist (a biomedical scientist's own job) is the job wished for,
        // the assistant's the first step towards it: a biomedical scientist going back into a pathology lab is no assistant (review 20, p12).
        WishedField(
            phrases: [
                "hospital lab", "hospital labs", "hospital laboratory", "pathology", "pathology lab", "pathology labs", "pathology laboratory",
                "blood samples", "testing blood", "healthcare science", "blood sciences", "biomedical scientist", "biomedical science",
                "healthcare scientist",
            ],
            titles: ["Healthcare science practitioner", "Healthcare science associate", "Healthcare science assistant"]),
        // Sport and fitness at a first step.
        WishedField(
            phrases: ["sport", "sports", "sports coaching", "sports coach", "football coach", "coaching football", "coaching sport", "fitness", "gym", "leisure centre"],
            titles: ["Community activator coach", "Leisure team member", "Personal trainer"], field: true),
        // Graphic design.
        WishedField(
            phrases: ["graphic design", "graphic designer", "graphics", "graphic art", "graphic arts"],
            titles: ["Junior advertising creative", "Creative digital design professional"], field: true),
        // Animation: named by one word of the creative field ("animator", "animation"), which alone is read as a kind of work, not a job.
        WishedField(
            phrases: [
                "animator", "animators", "animation", "animations", "animating", "2d animator", "3d animator", "3d animation", "games animator",
                "game animator", "animate", "make animations", "making animations",
            ],
            // A junior content producer makes video and motion content for digital channels: a first step from 16.
            titles: ["Junior animator", "Junior content producer"]),
        // Working on board trains with the passengers: a conductor or guard is a passenger transport operative.
        WishedField(
            phrases: [
                "train conductor", "train conductors", "rail conductor", "railway conductor", "conductor on the trains", "conductor on a train",
                "train guard", "railway guard", "rail guard", "guard on the trains", "guard on a train", "ticket inspector", "ticket examiner",
                "revenue protection", "on the trains", "on a train", "on board trains", "onboard trains",
            ],
            titles: ["Passenger transport operative"], sameJob: true),
        // Operating theatres: a theatre support worker is a healthcare support worker in theatres (the senior standard has
        // a perioperative option); an operating department practitioner trains by a degree apprenticeship.
        WishedField(
            phrases: [
                "theatre support worker", "theatre support workers", "theatre assistant", "theatre assistants", "theatre support",
                "theatre healthcare assistant", "theatre hca", "theatre care assistant", "perioperative support worker", "perioperative support",
                "operating theatre", "operating theatres",
            ],
            titles: ["Senior healthcare support worker", "Healthcare support worker"], sameJob: true),
        WishedField(
            phrases: ["odp", "odps", "operating department practitioner", "operating department practitioners", "operating department practice"],
            titles: ["Operating department practitioner (integrated degree)", "Senior healthcare support worker"], sameJob: true),
        // Town planning: a planning officer is a chartered town planner (a degree apprenticeship); the planning
        // technician or assistant who validates applications is the town planning assistant, the first step.
        WishedField(
            phrases: ["planning officer", "planning officers", "planning enforcement officer", "development management officer", "planning consultant"],
            titles: ["Chartered town planner (degree)", "Town planning assistant"], replacing: true),
        WishedField(
            phrases: ["planning assistant", "planning assistants", "planning technician", "planning technicians", "planning support officer"],
            titles: ["Town planning assistant"], replacing: true),
        // Social housing: a housing officer manages tenancies and estates for a council or housing association.
        WishedField(
            phrases: [
                "housing officer", "housing officers", "housing assistant", "housing assistants", "tenancy officer", "tenancy officers",
                "neighbourhood officer", "neighbourhood housing officer", "estate officer", "lettings officer", "housing management",
            ],
            titles: ["Housing / property management", "Housing and property management assistant"], replacing: true),
        // Council licensing: licensing officers administer and enforce the licensing of premises, taxis and events, regulatory work.
        WishedField(
            phrases: [
                "licensing officer", "licensing officers", "licensing enforcement officer", "licensing team", "licensing department", "animal licensing",
                "licensing at the council", "council licensing",
            ],
            titles: ["Regulatory compliance officer"], replacing: true),
        // Pharmacy: a pharmacist trains by a degree; the pharmacy services assistant is the way in, then the pharmacy technician.
        WishedField(
            phrases: ["pharmacist", "pharmacists", "pharmacy", "pharmacies", "work in a chemist", "work in a chemists", "dispensary"],
            titles: ["Pharmacy services assistant", "Pharmacy technician (integrated)"]),
        // Brewing: a brewer (trainee, assistant or head) makes beer in a brewery, the brewer's apprenticeship (review 17, p01).
        WishedField(
            phrases: [
                "brewer", "brewers", "trainee brewer", "assistant brewer", "brewing", "brewery", "breweries", "craft brewery", "brew beer",
                "brewing beer", "making beer",
            ],
            titles: ["Brewer"], sameJob: true),
        // Policing: every police role (a dog handler, a detective, a firearms officer) starts as a constable, whose
        // apprenticeship is the degree one; a police community support officer is the way in without it (review 17, p04).
        WishedField(
            phrases: [
                "police", "police officer", "police officers", "police constable", "police dog handler", "police dog handlers",
                // A detective is the detective constable's own field, below (review 20, p03).
                "join the police", "joining the police", "the police", "policing", "police force",
            ],
            titles: ["Police constable (integrated degree)", "Police community support officer"],
            // Police staff (a police staff investigator, a civilian investigator) are not officers: no constable's wish (review 18, p14).
            unless: ["staff", "civilian"], sameJob: true, replacing: true),
        // Fire safety: a fire risk assessor or a fire service's fire safety (inspecting) officer audits buildings' fire safety,
        // the fire safety inspector's work; the business fire safety advisor is the level-3 way in (review 17, p05).
        WishedField(
            phrases: [
                "fire risk assessor", "fire risk assessors", "fire risk assessment", "fire risk assessments", "fire safety inspector",
                "fire safety inspectors", "fire safety inspecting officer", "fire safety officer", "fire safety officers", "fire safety inspection",
                "fire safety inspections", "fire safety advisor", "fire safety adviser", "fire safety auditor", "fire safety audits",
            ],
            titles: ["Fire safety inspector", "Business fire safety advisor"], sameJob: true, replacing: true),
        // Aircraft maintenance: an aircraft engineer or technician at an airline, a maintenance firm or the RAF maintains and
        // certifies aircraft (the aircraft certifying technician); the aviation maintenance mechanic is the level-2 way in
        // (review 17, p08). Not the railway or design engineer a matcher finds for "engineer".
        WishedField(
            phrases: [
                "aircraft engineer", "aircraft engineers", "aircraft technician", "aircraft technicians", "aircraft mechanic", "aircraft mechanics",
                "aircraft maintenance", "aircraft maintenance engineer", "aircraft engineering", "licensed aircraft engineer", "avionics",
                "avionics technician", "aviation engineer", "aviation maintenance", "aeronautical engineer", "aeronautical engineering",
                "working on aircraft", "work on aircraft", "fixing planes", "fix planes", "working on planes", "work on planes",
            ],
            titles: ["Aircraft certifying technician", "Aviation maintenance mechanic (military)"], sameJob: true, replacing: true),
        // Family support: a family support worker supports families early, before social care steps in, the early
        // intervention practitioner's work (its typical job titles name it); not a healthcare support worker (review 17, p09).
        WishedField(
            phrases: [
                "family support worker", "family support workers", "family support", "family worker", "family workers", "early help",
                "early help worker", "early intervention", "family practitioner",
            ],
            titles: ["Early intervention practitioner"], sameJob: true, replacing: true),
        // Chartered accountancy: ACCA, CIMA and ICAEW train professional accountants; the professional accounting technician is
        // the level-4 step before it (review 17, p11). Not an accounts assistant's wish, which the AAT field answers.
        WishedField(
            phrases: [
                "acca", "cima", "icaew", "aca", "chartered accountant", "chartered accountants", "chartered accountancy", "qualified accountant",
                "management accountant", "financial accountant", "accountant", "accountants", "tax adviser", "tax advisor",
            ],
            titles: ["Accountancy or taxation professional", "Professional accounting / taxation technician"],
            // A tax technician ("a tax technician at an accountants") is the taxation technician's job, not a chartered accountant's.
            unless: ["assistant", "aat", "bookkeeper", "bookkeeping", "clerk", "ledger", "technician", "att"]),
        // Tax work at a technician's level: the ATT qualification and the tax technician's job at an accountants or HMRC are the
        // professional accounting / taxation technician's apprenticeship (review 18, p02), whose title says "taxation technician".
        WishedField(
            phrases: [
                "tax technician", "tax technicians", "taxation technician", "taxation technicians", "att", "train in tax", "work in tax",
                "tax returns", "personal tax", "tax work", "taxation",
            ],
            titles: ["Professional accounting / taxation technician"], sameJob: true, replacing: true),
        // Firefighting: an on-call (retained) or wholetime firefighter with a fire and rescue service trains by the operational
        // firefighter's apprenticeship (review 18, p01); the specialist rescue operative is a level-4 job for serving firefighters.
        WishedField(
            phrases: [
                "firefighter", "firefighters", "fire fighter", "fire fighters", "firefighting", "fire fighting", "fireman", "firemen", "firewoman",
                "fire service", "fire services", "fire brigade", "fire and rescue", "fire and rescue service", "on call firefighter",
                "retained firefighter", "wholetime firefighter", "join the fire service",
            ],
            titles: ["Operational firefighter"], sameJob: true),
        // Rivers and floods out of doors: the Environment Agency's and waterways' field teams are water environment workers
        // (review 18, p05), not the water company's treatment works.
        WishedField(
            phrases: [
                "environment agency", "flood work", "flood defence", "flood defences", "flood risk", "flood warden", "flooding", "floods", "flood",
                "river levels", "river work", "rivers", "waterways", "water environment", "canal and river trust", "hydrometry",
            ],
            titles: ["Water environment worker"]),
        // Forensic laboratories: a forensic lab's technicians train as laboratory technicians (review 18, p09).
        WishedField(
            phrases: [
                "forensic lab", "forensic labs", "forensic laboratory", "forensic laboratories", "forensic science", "forensic scientist",
                "forensics lab", "work in a forensic lab",
            ],
            titles: ["Laboratory technician", "Technician scientist"], sameJob: true),
        // Trading standards: the trading standards officer's profession is a degree-level standard; the regulatory compliance
        // officer (level 4) does the same enforcement work at a first step (review 18, p14). Not a quality practitioner.
        WishedField(
            phrases: ["trading standards", "trading standards officer", "trading standards officers", "trading standards team"],
            titles: ["Trading standards professional", "Regulatory compliance officer"], sameJob: true),
        // Electricity network design and planning: the electrical power networks engineer's job titles are planning and design
        // engineers (review 18, p15). Not IT networks, which its words name otherwise.
        WishedField(
            phrases: [
                "network design", "network designer", "network planning", "network planner", "power network", "power networks",
                "electricity network", "electricity networks", "network design engineer", "network planning engineer",
            ],
            titles: ["Electrical power networks engineer"],
            unless: ["it", "computer", "computers", "data", "cisco", "wifi", "wireless", "server", "servers", "software", "cloud", "telecoms"]),
        // Registered nursing in any of its fields (adult, mental health, learning disability, children's) is the registered nurse
        // degree apprenticeship; the nursing associate is the level-5 step towards it (review 18, p19). Not an enhanced
        // clinical practitioner, a job for nurses already registered.
        WishedField(
            phrases: [
                "learning disability nurse", "learning disabilities nurse", "learning disability nursing", "learning disabilities nursing",
                "ld nurse", "mental health nurse", "mental health nursing", "adult nurse", "adult nursing", "children's nurse", "childrens nurse",
                "paediatric nurse", "registered nurse", "nursing apprenticeship", "nursing degree", "nursing degree apprenticeship",
            ],
            titles: ["Registered nurse degree (NMC 2018)", "Nursing associate (NMC 2018)"], sameJob: true, replacing: true),
        // Phlebotomy: taking blood in the NHS is trained for through the healthcare science assistant's apprenticeship (or as a
        // healthcare support worker), review 18 p04: the learner is not told no standard is for it.
        WishedField(
            phrases: ["phlebotomist", "phlebotomists", "phlebotomy", "taking blood", "take blood", "taking bloods", "take bloods"],
            titles: ["Healthcare science assistant", "Healthcare support worker"], sameJob: true),
        // Flying airliners: an airline or commercial pilot trains as a first officer, the pilot's apprenticeship (review 18, p08).
        WishedField(
            phrases: [
                "airline pilot", "airline pilots", "commercial pilot", "commercial pilots", "pilot", "pilots", "cadet pilot", "first officer",
                "fly planes", "flying planes", "fly for an airline",
            ],
            titles: ["First officer pilot"], unless: ["marine", "harbour", "drone", "drones", "project"], sameJob: true),
        // Running an office or a business's operations: the operations or departmental manager, or at a first step the business
        // administrator (review 18, p11 and p17).
        WishedField(
            phrases: [
                "office management", "office manager", "office managers", "operations management", "operations manager", "operations",
                "head office", "practice management",
            ],
            titles: ["Operations and departmental manager", "Business administrator"],
            unless: ["rail", "railway", "train", "trains", "military", "army", "theatre", "sales"]),
        // Training staff in a business (learning and development), not teaching children or a trade in a college.
        WishedField(
            phrases: [
                "learning and development", "l&d", "training and development", "staff training", "training staff", "corporate training",
                "training officer", "training coordinator", "training manager", "trainer", "trainers",
            ],
            titles: ["Learning and development practitioner", "Learning and development consultant business partner"],
            unless: ["personal", "dog", "dogs", "horse", "horses", "fitness", "gym", "driving"]),
        // Selling for a firm on the road (a feed, agri or trade rep): the sales executive's apprenticeship (review 18, p18).
        WishedField(
            phrases: [
                "sales rep", "sales reps", "sales representative", "sales representatives", "field sales", "area sales", "territory manager",
                "agri sales", "agricultural sales", "feed rep", "feed sales", "selling for a", "selling for an", "rep for a", "rep for an",
            ],
            titles: ["Sales executive"]),
        // Restoring furniture: no standard is named for it; the bespoke furniture maker's apprenticeship covers the bench skills
        // and the conservation technician's the conservation of objects (review 18, p06).
        WishedField(
            phrases: [
                "furniture restoration", "furniture restorer", "restoring furniture", "restore furniture", "restoring old furniture",
                "antique restoration", "antiques restoration", "antique furniture", "french polishing", "french polisher", "furniture making",
                "furniture maker",
            ],
            titles: ["Bespoke furniture maker", "Cultural heritage conservation technician"]),
        // Art for games and film: a game or 3D artist is trained by the junior VFX artist's apprenticeship (its job titles
        // include junior 3D artist) and the junior 2D artist's (concept artists); "game" alone is read as gamekeeping or a
        // game programmer, "artist" alone as no job (review 19, p20).
        WishedField(
            phrases: [
                "game artist", "game artists", "games artist", "games artists", "3d artist", "3d artists", "2d artist", "2d artists",
                "concept artist", "concept artists", "character artist", "character artists", "environment artist", "environment artists",
                "game art", "games art", "art for games", "3d modelling", "3d modeller", "3d modeler", "3d modeling",
            ],
            titles: ["Junior vfx artist (generalist)", "Junior 2D artist (visual effects)"]),
        // Designing how people use websites and apps: the digital user experience professional's degree apprenticeship
        // (review 19, p06, where "UX" alone named nothing).
        WishedField(
            phrases: [
                "ux", "ux design", "ux designer", "ux designers", "ui design", "ui designer", "ux/ui", "ui/ux", "user experience",
                "user experience design", "user experience designer", "interaction design", "interaction designer", "user research",
                "user researcher",
            ],
            titles: ["Digital user experience (UX) professional (integrated degree)"], sameJob: true),
        // Teaching children in a school: the teacher's apprenticeship (the postgraduate teaching apprenticeship and the teacher
        // degree apprenticeship), not teaching a trade in a college (review 19, p03).
        WishedField(
            phrases: [
                "primary school teacher", "primary school teachers", "primary teacher", "primary teachers", "secondary school teacher",
                "secondary school teachers", "secondary teacher", "secondary teachers", "school teacher", "schoolteacher", "teach in a primary",
                "teach in a secondary", "teaching in a primary", "teaching in a secondary", "primary teaching", "secondary teaching",
                "qualified teacher", "qts", "pgce", "teacher training",
                // A teacher named by the subject taught is a school teacher (review 21, p13: "an English teacher").
                "english teacher", "maths teacher", "math teacher", "science teacher", "history teacher", "geography teacher", "art teacher",
                "music teacher", "pe teacher", "drama teacher", "french teacher", "spanish teacher", "german teacher", "biology teacher",
                "chemistry teacher", "physics teacher", "computing teacher", "computer science teacher", "re teacher", "sen teacher",
                "send teacher", "special needs teacher", "english teachers", "maths teachers", "science teachers",
            ],
            titles: ["Teacher"], unless: ["abroad", "foreign", "esol", "tefl", "tesol", "efl", "driving"], sameJob: true),
        // A teacher in a wish that names a school ("go back into a school, maybe pastoral or SEN, or even train as a teacher one
        // day") is a school teacher, not a further education one: the title matcher's reading of "teacher" gives way (review 20, p13).
        WishedField(
            phrases: ["teacher", "teachers", "train to teach", "train to be a teacher", "train as a teacher"],
            titles: ["Teacher"],
            unless: ["assistant", "assistants", "college", "colleges", "apprentices", "further", "lecturer", "fe"],
            onlyWith: ["school", "schools", "primary", "secondary", "pupils", "classroom", "classrooms"], sameJob: true, replacing: true),
        // A detective is trained as a detective constable: the serious and complex crime investigator's degree apprenticeship (the
        // detective constable entry route), with the police constable's as the other way in (review 20, p03).
        WishedField(
            phrases: ["detective", "detectives", "detective constable", "detective constables", "police detective", "direct entry detective"],
            titles: ["Serious and complex crime investigator", "Police constable"],
            unless: ["store", "retail", "shop", "private"], sameJob: true, replacing: true),
        // Operating department practitioners are trained by their degree apprenticeship; theatre support work (the senior healthcare
        // support worker's theatre option) is the first step towards it, not prosthetics (review 20, p19).
        WishedField(
            phrases: [
                "operating department practitioner", "operating department practitioners", "odp", "odps", "operating theatre practitioner",
                "theatre practitioner", "anaesthetic practitioner",
            ],
            titles: ["Operating department practitioner", "Healthcare support worker", "Senior healthcare support worker"], sameJob: true),
        // Therapy support in the NHS (a physiotherapy or occupational therapy assistant): the senior healthcare support worker's
        // apprenticeship has a therapy support option, and the healthcare support worker's is its first step. The title matcher reads
        // "therapy assistant" as the lead practitioner in adult care (level 4), whose job titles list social care's reablement
        // assistants; a patient transport worker asking for NHS therapy work is no lead in adult care (review 19, p17).
        WishedField(
            phrases: [
                "therapy assistant", "therapy assistants", "physiotherapy assistant", "physiotherapy assistants", "physio assistant",
                "physio assistants", "occupational therapy assistant", "occupational therapy assistants", "ot assistant", "therapy support worker",
                "therapy support workers", "therapies assistant",
            ],
            titles: ["Senior healthcare support worker", "Healthcare support worker"],
            unless: ["reablement", "council", "social"], sameJob: true, replacing: true),
        // Pricing building work: an estimator is trained by the construction support technician's apprenticeship, whose job titles
        // include estimating technician; no standard's title says "estimator" (review 19, p16).
        WishedField(
            phrases: ["estimator", "estimators", "construction estimator", "building estimator", "estimating", "estimating technician"],
            titles: ["Construction support technician"],
            unless: ["engineering", "manufacturing", "software", "insurance"], sameJob: true),
        // Human resources: HR support (level 3) is the way in for an HR adviser or assistant; the title matcher reads "HR" first as
        // the HR consultant / partner, held only as a retired version, which a wish cannot be led to (review 21, p06).
        WishedField(
            phrases: [
                "hr", "human resources", "hr advisor", "hr adviser", "hr advisors", "hr advisers", "hr assistant", "hr assistants",
                "hr administrator", "hr admin", "hr officer", "hr officers", "people team",
            ],
            titles: ["HR support"], field: true),
        // Probation: a probation services officer is the probation services practitioner (level 3); the probation officer's own
        // standard is held only as a retired version, so that apprenticeship is the nearest way in towards it (review 21, p01).
        WishedField(
            phrases: [
                "probation services officer", "probation services officers", "probation service officer", "probation service officers",
                "probation services practitioner", "probation services practitioners",
            ],
            titles: ["Probation services practitioner"], sameJob: true, replacing: true),
        WishedField(
            phrases: [
                "probation officer", "probation officers", "probation", "probation service", "work in probation", "probation work",
                "offender manager", "offender managers",
            ],
            titles: ["Probation services practitioner"], replacing: true, standsInFor: "probation officer"),
        // Working in a nursery is early years work (review 21, p10): the early years educator's apprenticeship (level 3), with the
        // early years practitioner's (level 2) as the first step; not a plant nursery, nor the painting trades.
        WishedField(
            phrases: [
                "nursery", "nurseries", "work in a nursery", "nursery nurse", "nursery nurses", "nursery worker", "nursery workers",
                "nursery practitioner", "nursery assistant", "nursery assistants", "day nursery", "early years", "childcare", "child care",
            ],
            titles: ["Early years educator", "Early years practitioner"], field: true,
            unless: ["plant", "plants", "garden", "gardens", "tree", "trees", "horticulture", "horticultural", "shrubs", "seedlings", "propagation", "propagating"]),
        WishedField(
            phrases: [
                "nursery manager", "nursery managers", "manage a nursery", "run a nursery", "running a nursery", "nursery room leader",
                "room leader", "nursery deputy manager", "early years manager", "early years leader",
            ],
            titles: ["Early years lead practitioner", "Early years educator"],
            unless: ["plant", "plants", "garden", "gardens", "tree", "trees", "horticulture", "horticultural", "shrubs"], sameJob: true),
        // A vet (a veterinary surgeon) trains by a university degree, for which no apprenticeship standard is held; the veterinary
        // nurse's apprenticeship is the nearest, not a livestock vet technician's or a laboratory animal technologist's (review 21, p07).
        WishedField(
            phrases: ["vet", "vets", "veterinary surgeon", "veterinary surgeons", "vet surgeon", "veterinarian", "veterinarians", "equine vet", "farm vet"],
            titles: ["Veterinary nurse"],
            unless: ["receptionist", "receptionists", "reception", "technician", "technicians"], replacing: true, standsInFor: "vet"),
    ]

    /// `wishedFields`' phrases as `names` searches for them: whole words, a space either side; a " *" phrase as written.
    /// Spaced once, not per wish.
    static let spacedFieldPhrases = wishedFields.map { $0.phrases.map { $0.hasSuffix(" *") ? $0 : " " + $0 + " " } }

    /// Whether a wish (`padded`, as `wishWordsPadded` gives it, and its `words`) names the field, whose phrases are
    /// given spaced (`spacedFieldPhrases`).
    static func names(_ field: WishedField, phrases: [String], in padded: PhraseSearch, words: [String]) -> Bool {
        guard !words.contains(where: field.unless.contains), field.onlyWith.isEmpty || words.contains(where: field.onlyWith.contains) else { return false }
        return phrases.contains { phrase in
            guard phrase.hasSuffix(" *") else { return padded.contains(phrase) }
            let stem = phrase.dropLast(2).split(separator: " ").map(String.init)
            return words.indices.contains { start in
                let end = start + stem.count
                return end < words.count && Array(words[start..<end]) == stem && words[end] != "_" && !field.notFollowedBy.contains(words[end])
            }
        }
    }

    /// The fields and activities a wish names, as indices into `wishedFields`.
    static func wishedFieldIndices(in wish: String) -> [Int] {
        let text = wishWordsPadded(droppingCircumstances(droppingNegatedClauses(wish)))
        let padded = PhraseSearch(text)
        let words = text.split(separator: " ").map(String.init)
        let named = wishedFields.indices.filter { names(wishedFields[$0], phrases: spacedFieldPhrases[$0], in: padded, words: words) }
        // A field named only by a phrase inside a longer phrase of another field named ("assessor" in "fire risk assessor")
        // is not named by itself: the longer phrase says what the job is.
        let held = { (index: Int) in wishedFields[index].phrases.filter { !$0.hasSuffix(" *") && padded.contains(" " + $0 + " ") } }
        return named.filter { index in
            let own = held(index)
            let longer = named.filter { $0 != index }.flatMap(held)
            return own.isEmpty || !own.allSatisfy { phrase in longer.contains { $0.count > phrase.count && (" " + $0 + " ").contains(" " + phrase + " ") } }
        }
    }

    /// The fields and activities a wish names (`wishedFields`), for each whether its words are a field.
    static func wishedFields(in wish: String) -> [WishedField] {
        wishedFieldIndices(in: wish).map { wishedFields[$0] }
    }

    /// Per field of `wishedFields`, the standards its titles stand for, in order and each once: for each
    /// title, the one the title matcher finds whose own title or typical job titles hold it
    /// (`namesOutright`). Fixed data, worked out once per engine.
    static func wishedFieldJobs(taxonomy: SkillsTaxonomy, model: OccupationSkillModel) -> [[Int]] {
        wishedFields.map { field in
            var jobs: [Int] = []
            for title in field.titles {
                let job = taxonomy.matchOccupations(title, scheme: .ifate, top: 3).results.compactMap { model.targetPosition[$0.code] }
                    .first { namesOutright(title, titleWords: model.targets[$0].titleWords) }
                if let job, !jobs.contains(job) { jobs.append(job) }
            }
            return jobs
        }
    }

    // MARK: Adding them to the aspiration

    /// Adds the jobs the fields and activities of the wish mean (`wishedFields`) to the jobs it names
    /// (`Aspiration.namedJobs`), boosted like a job title the wish names. An explicit target wins.
    /// Returns the jobs of the fields named (`WishedField.field`), for `spokenRoutes`.
    @discardableResult
    func addingWishedFields(to aspiration: inout Aspiration, wish: String?, target: Target) -> Set<Int> {
        guard target.standards.isEmpty, target.route == nil, let wish, !wish.isEmpty else { return [] }
        var fieldJobs: Set<Int> = []
        for index in Self.wishedFieldIndices(in: wish) {
            let field = Self.wishedFields[index], jobs = wishedFieldJobs[index]
            if field.field { fieldJobs.formUnion(jobs) }
            guard !jobs.isEmpty, !aspiration.namedJobs.contains(jobs) else { continue }
            // A job the wish names in words no standard's title holds, which the field's phrases hold, is what its jobs lead to.
            if let job = aspiration.unmatchedJobs.first(where: field.phrases.contains) {
                if field.sameJob { aspiration.unmatchedJobs.removeAll { $0 == job } } else { aspiration.standIns[aspiration.namedJobs.count] = job }
            }
            // A job no standard is for, whose nearest apprenticeships the field's jobs are (`standsInFor`), is said to have none,
            // and the field's first job is marked as a first step towards it.
            let standIn = { (aspiration: inout Aspiration, index: Int) in
                guard let name = field.standsInFor else { return }
                if !aspiration.unmatchedJobs.contains(name) { aspiration.unmatchedJobs.append(name) }
                aspiration.standIns[index] = name
            }
            if field.replacing, replacingReadings(of: field, with: jobs, in: &aspiration, wish: wish) {
                if let index = aspiration.namedJobs.firstIndex(of: jobs) { standIn(&aspiration, index) }
                continue
            }
            // The field's jobs are the wished job and its first steps, in order: a reading of the same job from the title matcher
            // gives way to them, so its other finds (a quality practitioner for "trading standards") are no first steps.
            // An everyday name of the job's own (`sameJob`) says what its work is on in the words before its last ("airline" in
            // "airline pilot"), as a title the wish names does (`Aspiration.namedQualifiers`).
            let qualifiers = field.sameJob ? Self.heldPhrase(of: field, in: wish).map { Set(Self.singularWords($0).dropLast()).subtracting(Self.roleWords) } ?? [] : []
            if let same = aspiration.namedJobs.firstIndex(where: { $0.first == jobs.first }) {
                standIn(&aspiration, same)
                aspiration.namedJobs[same] = jobs
                if !qualifiers.isEmpty { aspiration.namedQualifiers[same, default: []].formUnion(qualifiers) }
                continue
            }
            if !qualifiers.isEmpty { aspiration.namedQualifiers[aspiration.namedJobs.count] = qualifiers }
            standIn(&aspiration, aspiration.namedJobs.count)
            aspiration.namedJobs.append(jobs)
            aspiration.aspired = true
            for (rank, job) in jobs.enumerated() {
                aspiration.boost[job] = max(aspiration.boost[job] ?? 0, rank == 0 ? 0.3 : Self.namedBoost)
            }
        }
        return fieldJobs
    }

    /// The longest phrase of `field` (not a " *" one) the wish holds, as `wishedFieldIndices` reads the wish.
    static func heldPhrase(of field: WishedField, in wish: String) -> String? {
        let padded = PhraseSearch(wishWordsPadded(droppingCircumstances(droppingNegatedClauses(wish))))
        return field.phrases.filter { !$0.hasSuffix(" *") && padded.contains(" " + $0 + " ") }.max { $0.count < $1.count }
    }

    // MARK: Replacing the title matcher's reading of the same words

    /// For a field that names its job in words the title matcher reads as another job (`WishedField.replacing`): the
    /// phrase of the field the wish holds, its last word (the role: "officer") and its other words ("planning").
    /// A job the wish names (`Aspiration.namedJobs`) whose titles hold the role word, and either none of the other words
    /// (a probation officer for "planning officer") or whose wish words are all the phrase's own (an environmental health
    /// practitioner's "Housing officer" for "housing officer"), was read from the phrase: it gives way to the field's jobs, in
    /// its place, and a job only boosted for the same words is boosted no more. Returns whether the field's jobs took a place.
    func replacingReadings(of field: WishedField, with jobs: [Int], in aspiration: inout Aspiration, wish: String) -> Bool {
        let padded = PhraseSearch(Self.wishWordsPadded(Self.droppingCircumstances(Self.droppingNegatedClauses(wish))))
        // The longest phrase held says most of the job ("police dog handler", not "police").
        guard let phrase = field.phrases.filter({ padded.contains(" " + $0 + " ") }).max(by: { $0.count < $1.count }) else { return false }
        let words = Self.singularWords(phrase)
        guard let role = words.last else { return false }
        let work = Set(words.dropLast())
        let readFromPhrase = { (position: Int) -> Bool in
            let titles = Set(self.model.targets[position].titleWords.joined())
            return titles.contains(role) && work.isDisjoint(with: titles)
        }
        // A bare role word joined to the phrase ("an aircraft engineer or technician") is the same job at another grade: a job
        // read from that word alone (a railway engineering design technician) was read from the phrase too.
        let joinedRoles = Set(Self.roleWords.filter { other in
            [" or ", " and ", " / "].contains { padded.contains(" " + phrase + $0 + other + " ") || padded.contains(" " + phrase + $0 + other + "s ") }
        })
        let readFromJoinedRole = { (qualifiers: Set<String>?, position: Int) -> Bool in
            (qualifiers ?? []).isEmpty && !joinedRoles.isDisjoint(with: Set(self.model.targets[position].titleWords.joined()))
        }
        // A job read from one word of work that the field's job does ("the audits" of a fire safety auditor) was read from its
        // work: its title's words of work begin one of the field job's (`audit`, `auditor`).
        let fieldWork = jobs.first.map { job in
            Set(self.model.targets[job].titleWords.joined()).subtracting(Self.roleWords).subtracting(Self.gradeWords).filter { $0.count > 3 }
        } ?? []
        let readFromFieldWork = { (qualifiers: Set<String>?, position: Int) -> Bool in
            guard (qualifiers ?? []).isEmpty else { return false }
            let own = Self.singularWords(String(self.model.targets[position].standard.title.prefix { $0 != "(" }))
                .filter { $0.count > 3 && !Self.roleWords.contains($0) && !Self.gradeWords.contains($0) }
            return own.contains { word in fieldWork.contains { $0 != word && $0.hasPrefix(word) } }
        }
        var placed = false
        for index in aspiration.namedJobs.indices {
            let named = aspiration.namedJobs[index]
            guard let first = named.first, !jobs.contains(first) else { continue }
            if readFromFieldWork(aspiration.namedQualifiers[index], first) {
                for position in named where !jobs.contains(position) { aspiration.boost[position] = nil }
                aspiration.namedJobs[index] = []
                continue
            }
            let sameWords = (aspiration.namedQualifiers[index] ?? []).isSubset(of: work) && !(aspiration.namedQualifiers[index] ?? []).isEmpty
            guard readFromPhrase(first) || (sameWords && Set(model.targets[first].titleWords.joined()).contains(role)) || readFromJoinedRole(aspiration.namedQualifiers[index], first)
            else { continue }
            for position in named where !jobs.contains(position) { aspiration.boost[position] = nil }
            aspiration.namedJobs[index] = placed ? [] : jobs
            aspiration.namedQualifiers[index] = work
            placed = true
        }
        // Boosted for the role word alone, with no job named (no title holds the phrase): boosted no more, unless another
        // wish names it ("a police officer or a licensing officer").
        let named = Set(aspiration.namedJobs.joined())
        for position in Array(aspiration.boost.keys) where !jobs.contains(position) && !named.contains(position) && readFromPhrase(position) {
            aspiration.boost[position] = nil
        }
        if placed {
            aspiration.aspired = true
            for (rank, job) in jobs.enumerated() { aspiration.boost[job] = max(aspiration.boost[job] ?? 0, rank == 0 ? 0.3 : Self.namedBoost) }
        }
        return placed
    }

    // MARK: What the wish claims

    /// The routes whose jobs match what the learner said they would like: a route they chose, and the
    /// fields they name in words (`wishRoutes`, `wishedFields` that are fields), but not a field named only
    /// inside a job's name ("digital" in "digital marketing"), nor the route of a job the wish names (its
    /// other jobs are not the job wished for), nor a route reached through a skill the wish mentions.
    /// `fieldJobs` are the jobs of the fields the wish names (`addingWishedFields`).
    func spokenRoutes(of aspiration: Aspiration, wish: String?, target: Target, fieldJobs: Set<Int>) -> Set<String> {
        var routes: Set<String> = target.route.map { [$0] } ?? []
        guard target.standards.isEmpty, target.route == nil, let wish, !wish.isEmpty else { return routes }
        let named = aspiration.namedJobs.flatMap { $0 }
        // A wish naming a job says who it would be for in words that name no field (`droppingEmployers`, `namesOnlyEmployer`):
        // an information governance officer "in the NHS or a council" asks for no other health work (review 20, p11).
        let namesJob = !named.isEmpty || !aspiration.unmatchedJobs.isEmpty
        let said = namesJob ? Self.droppingEmployers(wish) : wish
        for raw in Self.aspirationParts(Self.droppingCircumstances(Self.droppingNegatedClauses(said))) {
            if namesJob, Self.namesOnlyEmployer(raw) { continue }
            let part = namesJob ? Self.droppingEmployerWords(raw) : raw
            // A part naming a job (by title, or by an everyday name of one) names no field.
            if Self.wishedFields(in: part).contains(where: { !$0.field }) || named.contains(where: { namesOutright(part, position: $0) }) { continue }
            // Nor does a word of a job named in words no title holds ("health" of "health and safety adviser", paths15).
            let words = part.lowercased().trimmingCharacters(in: .whitespaces)
            if !words.isEmpty, (aspiration.unmatchedJobs + aspiration.standIns.values).contains(where: { $0.contains(words) }) { continue }
            routes.formUnion(Self.wishRoutes(part))
        }
        // A field named in everyday words ("something in IT") is read in the whole wish, where "in" says "it" is IT.
        routes.subtract(named.filter { !fieldJobs.contains($0) }.map { model.targets[$0].standard.route })
        routes.formUnion(fieldJobs.map { model.targets[$0].standard.route })
        return routes
    }
}
