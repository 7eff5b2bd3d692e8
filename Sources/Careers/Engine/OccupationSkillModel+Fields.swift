import Taxonomy

// MARK: - Reading a standard's fields in place

extension OccupationSkillModel.Target {
    /// The few fields of the standard that the path searches test for every standard on every
    /// diagnosis, read in place through the target's reference.
    ///
    /// `let standard = entry.standard` inside a loop over all standards copies the whole record
    /// (its title, statements, job titles and links: a dozen retains and releases) once per standard
    /// per diagnosis; `let standard = entry.fields` reads only what the loop asks for.
    var fields: Fields { Fields(target: self) }

    /// A standard's route, pathway, cluster, level and thinness, read from its target without copying it.
    struct Fields {
        let target: OccupationSkillModel.Target

        var route: String { target.standard.route }
        var pathway: String? { target.standard.pathway }
        var cluster: String? { target.standard.cluster }
        var level: Int { target.standard.level }
        var isThin: Bool { target.standard.isThin }
        var soc: [SOCLink] { target.standard.soc }
    }
}
