import Domain

// MARK: - A course named for a wished job no path is shown towards

extension CareerDiagnostician {
    /// The level from which a course is a degree: after A levels, one the job's own name titles is the usual way in.
    static let degreeCourseLevel = 6

    /// A sentence naming one course of the catalogue whose title holds every word of `job` (a wished job's own name:
    /// "Paramedic" in BSc (Hons) Paramedic Science, "Nursing associate" in FdSc Nursing Associate (Apprenticeship)),
    /// for a notice saying no path is shown towards that job because its standard is too high or an older version.
    /// An adviser names the course that trains for the job rather than leaving the learner to look for one. Runs
    /// the learner's constraints admit are taken, their districts first, then a district next to theirs, then any
    /// other (saying where it is); of those, the course whose level is nearest `level` (the job's), then the earliest
    /// start. A learner studying at level 3 (`afterLevelThree`) hears that a degree course is the usual way in after
    /// A levels. Nil when no course's title names the job.
    func wishCourseSentence(
        job: String, level: Int, index: CourseIndex, constraints: LearnerConstraints, today: String, afterLevelThree: Bool
    ) -> String? {
        let words = Set(Self.singularWords(job))
        guard !words.isEmpty else { return nil }
        var anywhere = constraints
        anywhere.districts = []
        let neighbours = Set(constraints.districts.flatMap { Self.neighbours[$0] ?? [] })
        var best: (order: [Int], start: String, entry: CourseIndex.Entry, run: CourseIndex.Run)?
        for (position, entry) in index.entries.enumerated() where words.isSubset(of: index.titleWords[position]) {
            guard let run = CourseIndex.bestRun(of: entry, constraints: anywhere, today: today) else { continue }
            let place = Self.nearness(of: run, constraints: constraints, neighbours: neighbours, today: today)
            let order = [place, abs((entry.level?.rank ?? 0) - level)]
            let start = run.flexibleStart ? "" : run.start ?? "9999"
            if best == nil || order.lexicographicallyPrecedes(best!.order) || (order == best!.order && start < best!.start) {
                best = (order, start, entry, run)
            }
        }
        guard let best else { return nil }
        let start = best.run.flexibleStart ? "start any time" : best.run.start.map { "starts \($0)" } ?? "start date not given"
        let place = best.run.deliveryMode == .online ? "online" : best.run.district?.name
        let course = "\(best.entry.title) at \(best.entry.provider.name) (\([place, start].compactMap { $0 }.joined(separator: "; ")))"
        return afterLevelThree && (best.entry.level?.rank ?? 0) >= Self.degreeCourseLevel
            ? "\(course) trains for it: a degree like this is the usual way in after A levels."
            : "\(course) is a course here that trains for it; check its entry requirements."
    }
}
