import Foundation
import Taxonomy

// MARK: - Sight loss and deafness

extension WorkLimit {
    /// Index of the sight-loss limit in `all`.
    static let sight = 13
    /// Index of the deafness limit in `all`.
    static let hearing = 14

    /// How learners say their sight is failing or lost ("eyesight going", "registered blind"). The
    /// medical ones stop driving too (`medicalDrivingStatements`); this limit is about the work itself.
    static let sightStatements = [
        "retinopathy", "eyesight going", "eyesight is going", "eyesight has gone", "eyesight is getting worse", "eyesight getting worse",
        "eyesight is failing", "failing eyesight", "sight is going", "losing my sight", "lost my sight", "sight loss", "bad eyesight",
        "poor eyesight", "poor vision", "low vision", "partially sighted", "registered blind", "severely sight impaired", "sight impaired",
        "visually impaired", "visual impairment", "glaucoma", "macular degeneration", "blind in one eye", "going blind",
        // A named eye condition, or sight said to be worsening in the learner's words.
        "retinitis pigmentosa", "tunnel vision", "sight is getting worse", "sight getting worse", "sight is deteriorating", "as my sight goes",
        // The sight of one eye lost ("a detached retina and lost most of the sight in my right eye").
        "detached retina", "retinal detachment", "lost the sight in", "lost most of the sight", "lost some of the sight", "lost most of my sight",
        "lost some of my sight", "lost the sight of", "blind in my right eye", "blind in my left eye", "lost an eye", "lost my eye",
    ]

    /// How learners say they are deaf or losing their hearing ("profoundly deaf", "BSL user").
    static let hearingStatements = [
        "profoundly deaf", "severely deaf", "partially deaf", "i'm deaf", "im deaf", "i am deaf", "born deaf", "deaf since", "deaf from birth",
        "deaf in both ears", "deaf in one ear", "bsl user", "i use bsl", "bsl is my first language", "cochlear implant", "hearing loss",
        "hard of hearing", "going deaf", "losing my hearing", "lost my hearing", "wear hearing aids", "my hearing aids", "my hearing aid",
        "hearing has got worse", "hearing is getting worse", "hearing is going", "lost some hearing", "lost some of my hearing",
        "deaf in my left ear", "deaf in my right ear", "lost the hearing in",
    ]

    /// The limits of the senses: jobs that need good sight for safety, and jobs built on the phone
    /// for a deaf learner (the deafness limit subsumes the phone limit, `stated`). Their notices say
    /// what is left out and that adjustments and Access to Work exist.
    static let senseLimits: [WorkLimit] = [
        WorkLimit(
            name: "work that needs good eyesight",
            statements: sightStatements, ruledOutWords: [],
            skillLabels: ["Welding", "Electrical installation", "Gas engineering", "Working at height", "Machining", "Scaffolding"],
            titleWords: ["welder", "electrician", "scaffolder"], anyMention: false,
            notice: "You mention sight loss, so jobs that need good eyesight to be done safely (welding, electrical and gas work, machining, "
                + "work at height) are not suggested, as moves or as steps up. Employers must make reasonable adjustments, and Access to Work "
                + "can pay for equipment such as screen readers or magnifiers and for taxis to work; the RNIB can advise."),
        WorkLimit(
            name: "phone work",
            statements: hearingStatements,
            ruledOutWords: ["phone", "phones", "calls", "call centre", "call center", "call centres", "call centers", "headset", "telephone"],
            skillLabels: ["Call handling"], titleWords: [], anyMention: false,
            notice: "You mention deafness or hearing loss, so jobs built on phone work are not suggested. Many other jobs are open to you: "
                + "employers must make reasonable adjustments (email or text instead of calls, a BSL interpreter for interviews), and Access "
                + "to Work can pay for interpreters and equipment."),
    ]
}
