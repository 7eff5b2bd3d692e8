// MARK: - Digests of diagnostics before the throughput work

/// `byte count:FNV-1a digest` of each `DiagnosticStabilityTests` profile's sorted-key JSON diagnostic
/// over the test catalogue. First generated on main at 2742337 (before the diagnostic throughput work);
/// regenerated on reskill-2 once physical limits were read and weak third reskill paths dropped (with a notice when only one or two are shown) (the table committed with main at 8d6018b no
/// longer matched its own output for 13 of the 14 profiles; of those, only warehouse-online changes with
/// physical limits); regenerated on careers-vocab when the taxonomy learnt everyday-job wording, job
/// titles that imply skills and occupation skill profiles; regenerated again when that branch was merged
/// with careers-ranking (sideways moves, lead roles, SOC-based learner level), and for the merge's two fixes
/// (a wished-for field needs no shared specific skill; a named qualification level settles a near-tie
/// between standards for the learner's job); regenerated on careers-3, where only chef-no-title changed:
/// a move resting only on skills its standard names in passing (the fishmonger) is dropped; regenerated on
/// careers-4, where chef-no-title and no-skills changed: an empty reskill list's notice says why and what to say, and provider-scope, whose
/// teaching wish now puts the education route's learning mentor first; regenerated on careers-5, where
/// provider-scope (a hairdresser at the top of their route) now steps up to assessor coach and teacher,
/// and long-history's "study part-time in the evenings" (hours, not a kind of work) no longer matches
/// job titles (its Camera prep technician and Outdoor learning specialist paths are gone), and
/// warehouse-online, whose Construction plant operative (one specific shared skill) now says in its why
/// that it is listed after moves sharing two or more; regenerated again when careers-5 was merged with the careers
/// data round (everyday standards' core skills from their own statements; see that branch's commit for chef-no-title
/// and returner-bookkeeper); regenerated on careers-review, where returner-bookkeeper (anchored on a
/// standard whose skills it does not show) is no longer offered teaching or assessing it, and in typos-bullets,
/// where only shared skills core to a job or named throughout its standard count, Lift truck technician rests on
/// one and a sideways move (Port operative) sharing two is listed ahead of it.
/// Regenerated once more when careers-review was merged with careers-6 (anchor from the SOC placement,
/// family clauses place no one, pay words name no field).
/// Regenerated on careers-7: a reskill path's why names the shared skill that carries it (the first of
/// the target's distinctive core skills held), which changes the wording for care-assistant, typos-bullets,
/// target-occupation, graduate-manager and provider-scope; warehouse-online (a back injury, no field named)
/// now gets a desk-based move (procurement and supply assistant) right after its best skill move.
/// Regenerated on careers-data-2, where 12 of the 14 change with the taxonomy data alone (misreadings dropped:
/// a machine is not Machining, polish not a language, feeding not care nutrition, interiors not interior design;
/// the new Library services skill shifts skill frequencies and so every score), and again when careers-7 and
/// careers-data-2 were merged.
/// Regenerated on careers-review-2, where Roofer and Plasterer gain Working at height and Manual handling as
/// core skills (shifting skill frequencies and so scores) and limits and wishes are read as the learner's own.
/// Regenerated on careers-8, where 9 of the 14 change: a move said to be built on one widespread skill
/// (property maintenance, cleaning, waste management) the learner's own job is not about is no longer
/// offered, so care-assistant, chef-no-title and returner-bookkeeper show fewer moves (with the few-paths or
/// no-move notice); a standard the text's
/// SOC placement does not back is neither taken nor shown as the learner's job (target-occupation,
/// target-route-digital: a notice says so), and wishes read as titles must match the word naming the job.
/// Regenerated again when careers-review-2 and careers-8 were merged.
/// Regenerated on careers-api (review 3), where 12 of the 14 change in their courses only: each course says
/// `costToLearner` (and `fundingCondition`), the constraints echo nothing new (the engine leaves `ageBand`
/// unset), a course covering no gap skill is no longer listed, one mostly of held skills has half marks and
/// ranks last, and course whys no longer cite title words. Paths and placements are unchanged.
/// Regenerated on main when the sixth session's branches (careers-api, careers-9, careers-data-3, careers-limits,
/// taxonomy-audit) were merged: courses that cover no gap skill are no longer listed and costs are per learner;
/// wishes no longer match titles on generic words; skills the learner can no longer do close jobs; everyday wording
/// and job-title skills are read; standards' and courses' skills lose misreadings (custom-made as customs).
/// Then graduate-manager changed once more when a bare "garden centre" stopped meaning Horticulture (a garden centre
/// store manager, or a retail course naming garden centres among its employers, is not a plant grower).
/// Regenerated on careers-10, where only provider-scope changes: the hairdresser thinking of teaching is offered
/// assessing and teaching hair as steps up, so the education route's fresh starts sharing none of her skills are
/// not offered again as moves, and "training apprentices" no longer names an accident repair apprenticeship; her
/// reskill list is empty, with the notice saying why. The other 13 are byte for byte unchanged.
/// Regenerated when careers-courses (review 4) was merged after careers-speed and careers-10: courses are tagged from what
/// they teach, a generic skill alone never qualifies a course, skills likely from the job are no course gap, behaviours are not
/// listed as uncovered, and adults-only courses are not offered to 16–18s; paths are unchanged (every profile set the same).
/// Regenerated when thin-standards was merged after careers-10 and careers-courses: learners placed on an everyday
/// occupation known only from a retired 2023 version (hair professional, commis chef, retailer, team leader…) step up from it,
/// and a path to one says its skills are inferred.
/// Regenerated when careers-data-4 was merged last (reading skills and current jobs right: phrases stop at clause
/// punctuation, exact-word exclusions, placement by the title's own unit group, seniority from the learner's words).
/// Regenerated when a thin standard's title hit came to weigh 0.9 of a standard with statements (OccupationMatcher.thinTitleWeight):
/// only the occupation guesses' order changes.
/// Regenerated when a regular inflection of a known word (turfing, frying, clocking) stopped counting as a misspelling:
/// only long-history changes, whose "hoping" is no longer read as "coping" (its paths are the same).
/// Regenerated in the eighth session after merging five branches: reading (dictionary words are no typos, other
/// people's clauses, word senses), paths (named wishes answered, job-implied skills no gap, step ups in the own
/// pathway), courses (the occupation's own courses first, route sense in tagging), vectors (standards' skills in
/// their own sense) and reading2 (learners' words for lab work, school subjects, art, assistive tech). 13 of the
/// 14 change, mostly course lists, gap order and importances; no-skills is unchanged.
/// Ninth session (2026-12-05/06): regenerated after merging four branches. wishes: fields and activities named in
/// a wish are read as first-step jobs and lead the paths, match claims only for what the wish names, part time /
/// from home / regular hours / fewer people applied (school-leaver, warehouse-online, returner-bookkeeper,
/// welder, graduate-manager, provider-scope, long-history). moves: steps up need the occupation family or two
/// specific skills, shrunk for thin standards and listed by the match shown; moves on one broad skill dropped
/// (care-assistant, chef-no-title, typos-bullets, title-only, target-occupation). courses: a course must share
/// the path's field; stage rules for 16-18s; tagging taught-4 (course lists of nine profiles). placement: 'I was
/// a bookkeeper' places returner-bookkeeper as Book-keepers / Payroll administrator.
/// Tenth session: 8 of 14 change on purpose. reading10 (losses, self-study, wish scope, age, new vocabulary:
/// safeguarding reaches 9 more standards, Floristry, web CMS) changes school-leaver, chef-no-title, target-
/// occupation (Buying and merchandising assistant placed beside Retailer) and graduate-manager (Retailer from the
/// everyday wording of Store manager; CIPD Level 3 now listed for HR consultant via the trade-name links of
/// courses10); paths10 gives the hairdresser in provider-scope people-facing moves (Customer service specialist,
/// Business administrator) and leaves care-assistant one step up (Lead adult care worker); sentences about
/// volunteering no longer place long-history (ambulance staff from St John Ambulance; now transport and
/// warehouse) or returner-bookkeeper (PTA treasurer).
/// Eleventh session: 11 of 14 change on purpose. paths11: the demand signal records only the paths that answer the
/// wish (care-assistant, returner-bookkeeper, welder, target-occupation, graduate-manager, long-history), teaching
/// jobs name their core skills (provider-scope); reading11: new vocabulary shifts skill weights slightly
/// (warehouse-online, typos-bullets), and long-history's wish for a health and safety advisor role no longer brings
/// Community safety advisor at 1% or Urban driver; courses11: title-only's two paths (Drinks dispense technician,
/// Engineer surveyor) list no course that qualified on one broad skill. school-leaver, chef-no-title, target-route-
/// digital and no-skills are unchanged.
/// Regenerated in the twelfth session when reading12, courses12 and links12 were merged: care-assistant is placed
/// on Adult care worker (now linked to care workers, 6135) and Senior healthcare support worker is a move;
/// graduate-manager is placed on Retail manager (now linked to 1150) and its wish 'HR' no longer names School
/// business professional; long-history gains Supply chain operator as a current job; welder gains Heritage
/// engineering technician (now linked to 3113) as a move. Courses changed in none of the 14.
/// Thirteenth session: 8 of 14 moved. care-assistant, school-leaver, warehouse-online, returner-bookkeeper, welder,
/// title-only and target-route-digital: the 49 retired 2023 standards with statements are loaded (healthcare
/// support worker, accounts or finance assistant, general welder, software development technician...) and appear as
/// placements or paths, with the retired note in their why; typos-bullets: a warehouse operative's own course is no
/// longer listed under the supply chain practitioner path (another occupation's course below clear kinship needs
/// that occupation's defining skill, here forklift operation, in the path's field).
/// Fourteenth session (reading14, courses14, paths14 merged; 10 of 14 changed): care-assistant, school-leaver,
/// returner-bookkeeper, title-only, target-occupation and graduate-manager say the retired-version caveat in plain
/// words; welder's wish 'engineering technician' also finds Building services engineering technician (a standard
/// whose title holds the whole wish) and his course cover follows the vocabulary change on mouldings; warehouse-
/// online's limit notice names kneeling work and, with typos-bullets, Trade supplier (no course of its own field)
/// gets a customer service course in a widely shared core skill; chef-no-title is placed as Chef de partie (a CV
/// that opens with the job), not Commis chef.
/// Fifteenth session, returner notice: returner-bookkeeper ("Returning to work after caring for my mother for five
/// years") gains the note that past skills count and how people return to work; nothing else in any of the 14
/// diagnostics changed.
/// Fifteenth session, merged branches: warehouse-online, typos-bullets and title-only change only in gap lists,
/// demand gaps and course matches, from paths15's corrections of standards' skills (Autocare technician, the tyre
/// fitters' group, animator and VFX rendering, vehicle paint technician, drinks dispense without transport
/// planning); welder moves course match scores by 0.001-0.01 from reading15's new phrases retagging some standards;
/// long-history's 'health and safety advisor role' no longer names health work, so Community safety advisor,
/// Housing and property management assistant and Business administrator replace the two ambulance jobs.
/// Fifteenth session, round-2 branches: care-assistant gains a third move (Associate ambulance practitioner), since
/// jobs the wish names no longer take the field's two skill-led places; graduate-manager's gaps and courses move as
/// data technician now holds data analytics; warehouse-online's second move becomes Procurement and supply
/// assistant and typos-bullets' gap lists move, from the guessed current job no longer counting as a move and the
/// three corrected standards' skills.
/// Session 16: standards no longer read 'site personnel', 'steam boilers' or 'personal training needs' as HR, gas
/// or fitness skills (eleven standards lose a false Human resources skill), so skill weights shift slightly
/// (warehouse-online, returner-bookkeeper, welder, chef-no-title, graduate-manager).
/// Session 16, reading16 merged: care-assistant's typed wish 'nursing associate' (only a retired standard here) now
/// gets a plain notice instead of vanishing.
/// Session 16, paths16 merged: chef-no-title (who manages a kitchen team) sees lead jobs in other fields only as
/// the rule for shown leading allows.
/// Session 16, after reading16 round 2 and paths16 round 2 with the lead's vocabulary audit: limits named as the
/// learner put them, words in another sense (marking out, a grade, the firm's trade) no longer skills, standards
/// lose misread civil-engineering, workforce-planning and programming skills, so match scores shift.
/// Session 16: the typed-wish notice no longer says the older standard's training may no longer be offered; it
/// points to local course lists (care-assistant).
/// Session 17: assessment read as judging learners' work (care-assistant, welder, graduate-manager, provider-scope
/// and target-route-digital: gap order and courses where Assessment and feedback was a false skill of clinical,
/// site and trade standards).
/// Session 17, round 1 merged: nearest courses outside the chosen districts (welder, long-history), no 'naming
/// helps' to a learner whose wish names work (chef-no-title), St John Ambulance no longer ambulance care (long-
/// history).
/// Session 17, round 2 merged: a hairdresser who thinks of teaching gets the teaching paths and Learning mentor as
/// her move (provider-scope); courses and wish notes from the round-2 course and path rules.
/// Session 18 (reading18 round 1): the rebuilt taxonomy (trade words such as paving, tarmac, stud walls, MDF,
/// cattery, auto electrics; exclusions such as 'hiring in' and CCTV chimney surveys) re-tags standards and courses,
/// which changes gap skills and the courses shown for the welder, title-only and graduate-manager profiles; their
/// path lists are unchanged. Paths18 round 1: a path in the wished field that does not hold the wish's own words
/// now says "It lies in <route>, the field your wish names" instead of "It matches what you said you would like to
/// do" (chef-no-title, typos-bullets: wording only).
/// Session 18 round 2 merges: courses sit on a path for the job's core work (care-assistant loses Understanding
/// Mental Health on Associate ambulance practitioner; school-leaver loses the Software Development bootcamp on IT
/// solutions technician); placement by a standard's own title and the re-linked taxonomy add Buying and
/// merchandising assistant to target-occupation's current occupations.
/// session 19 merge: reading19 (words in their sense, trade words, vertigo/wheelchair/limb limits), paths19 (named
/// wishes: workplace after job, named first step, on the road), courses19 (customer service course back, returner
/// refreshers)
/// session 20 merge: reading20 (new vocabulary for trade words, work-at-height and wearing-out limits, words in their
/// sense) moves care-assistant, warehouse-online, typos-bullets, title-only, target-occupation, graduate-manager and
/// long-history (weights; the same paths), with courses20's out-of-district course rule on long-history.
/// review 17 reading: taxonomy rebuilt with new word senses and trade words (skills.txt), so the standards' skill tagging and the engine's skill statistics shift (care-assistant, warehouse-online, returner-bookkeeper, welder, typos-bullets, title-only, target-occupation, graduate-manager, long-history)
/// session 21 merge: a Brewing skill (homebrew, brew days, mashing in, fermenters) and a drayman's line cleaning read as the brewery's service re-tag standards and courses (title-only)
/// A path's gap leads with its own field's skills (far-route ones after), the farrier standard holds equine care and metal fabrication and no care planning, lymphatic drainage is no groundworks, the teaching awards' units are vocabulary wordings, an adult's fee degree notes the missing apprenticeship (care-assistant, school-leaver, warehouse-online, welder, chef-no-title, typos-bullets, target-occupation, target-route-digital, graduate-manager, provider-scope, long-history)
/// A far route's skill counts 0.3 of its weight in a path's gap (gap reordered), so the job's own field's work leads it (care-assistant, school-leaver, warehouse-online, welder, chef-no-title, typos-bullets, target-occupation, target-route-digital, graduate-manager, provider-scope, long-history)
/// Farrier holds Equine care without Metal fabrication (taxonomy re-built) (welder)
/// session 22 merge: reading22 (words in their sense, sitting-down and farm-dust limits, job-group task skills need the learner's words), wishes22 (everyday job names to standards), places22 (plain SOC titles), courses22 (field-first gap order) together (chef-no-title, typos-bullets, graduate-manager)
/// review 19 reading: Logistics administration now reads O licence, fleet software and MOT bookings, which links it to transport supervisor and manager standards, so the logistics profiles' path scores moved (warehouse-online, typos-bullets, long-history)
/// Re-recorded after the session 23 merges (reading23: trade words and asked-about skills; places23: one group per shared title; courses23 and wishes23: notes and courses) (care-assistant)
/// the standard a job title or named job stands for now ranks first among current occupations with others' confidence relative to it (namedJobWeight): chef-no-title Chef de partie, graduate-manager Retail manager, provider-scope Hair professional (chef-no-title, graduate-manager, provider-scope)
/// session 24 merges: placement at the named standard, entry requirements and held qualifications, reading and limits, wishes (care-assistant)
/// Review 21 placements: a job title is no longer placed at a standard of another doer or another kind of its last word, a title equal to its group's job title shows equal groups only (warehouse-online, graduate-manager)
/// session 25 merge: placement, reading, courses and wishes of review 21 (care-assistant, warehouse-online, welder, typos-bullets, graduate-manager, long-history)
enum DiagnosticGolden {
    static let digests: [String: String] = [
        "care-assistant": "25780:e8fda50fe28436d4",
        "school-leaver": "10220:80784e9ff37f6749",
        "warehouse-online": "22050:ca3ce96e5dd13d04",
        "returner-bookkeeper": "14097:caa81f620336b0dd",
        "welder": "34960:86dc1fb743ee9a02",
        "chef-no-title": "6915:2aa4a434dfbf599e",
        "typos-bullets": "29127:368070481b0bd9f3",
        "title-only": "12433:f18abd7dc37c6ab0",
        "target-occupation": "22348:9fbdc7f937b17ce2",
        "target-route-digital": "6633:98f9087ea580eba7",
        "graduate-manager": "20551:219dfde12e28642c",
        "provider-scope": "12442:25b3959a94d12b8b",
        "no-skills": "904:c680940c294d10d5",
        "long-history": "19606:e58a693c111ecc07",
    ]
}
