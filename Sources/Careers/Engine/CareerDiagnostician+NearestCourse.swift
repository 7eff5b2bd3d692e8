import Domain

// MARK: - The nearest course when none runs in the learner's district

extension CareerDiagnostician {
    /// How many courses outside the learner's districts a path lists when none runs inside them.
    static let nearestOutsideCount = 2

    /// The first `nearestOutsideCount` of `courses` (a path's courses found in any district, best first), those in a
    /// district next to one of `districts` first, each saying that none runs in the learner's districts and where this
    /// one is: a sheep farmer's son in Malvern Hills hears that the agriculture diploma is at Pershore, in Wychavon,
    /// rather than seeing no course at all.
    static func nearestOutside(_ courses: [CourseOption], districts: [District]) -> [CourseOption] {
        let chosen = Self.list(districts.map(\.name))
        let neighbours = Set(districts.flatMap { Self.neighbours[$0] ?? [] })
        let ranked = courses.indices.sorted { lhs, rhs in
            let left = courses[lhs].district.map(neighbours.contains) == true ? 0 : 1
            let right = courses[rhs].district.map(neighbours.contains) == true ? 0 : 1
            return (left, lhs) < (right, rhs)
        }
        return ranked.prefix(nearestOutsideCount).map { position in
            var course = courses[position]
            let place = course.district.map { "this one is in \($0.name)" } ?? "this one is elsewhere"
            course.why.summary += " No course for this runs in \(chosen), where you asked for courses; \(place)."
            return course
        }
    }

    /// Worcestershire's districts and those they border.
    static let neighbours: [District: [District]] = [
        .bromsgrove: [.redditch, .wychavon, .wyreForest],
        .malvernHills: [.worcester, .wychavon, .wyreForest],
        .redditch: [.bromsgrove, .wychavon],
        .worcester: [.malvernHills, .wychavon],
        .wychavon: [.bromsgrove, .malvernHills, .redditch, .worcester, .wyreForest],
        .wyreForest: [.bromsgrove, .malvernHills, .wychavon],
    ]

    /// How near a run is: 0 in the learner's districts (or anywhere when they named none), 1 in a district bordering
    /// theirs (`neighbours` of their districts), 2 further away.
    static func nearness(of run: CourseIndex.Run, constraints: LearnerConstraints, neighbours: Set<District>, today: String) -> Int {
        if constraints.districts.isEmpty || CourseIndex.accepts(run, constraints, today: today) { return 0 }
        return run.district.map(neighbours.contains) == true ? 1 : 2
    }
}

// MARK: - The same course run in the learner's district

extension CareerDiagnostician {
    /// `course` (found outside the learner's districts) as another provider runs it inside them, when one does: the same title
    /// (`variantKey`) at the same level, with a run the learner's constraints admit. Providers word one course differently, so
    /// the wider search can find Heart of Worcestershire College's T Level in Health for its wording while Kidderminster
    /// College's, in the learner's own district, is the one to name. Nil when no provider runs it in their districts.
    func localRun(of course: CourseOption, index: CourseIndex, constraints: LearnerConstraints, today: String) -> CourseOption? {
        guard !constraints.districts.isEmpty else { return nil }
        let key = Self.variantKey(course.title)
        for entry in index.entries where entry.id != course.id && entry.level == course.level && Self.variantKey(entry.title) == key {
            guard let run = CourseIndex.bestRun(of: entry, constraints: constraints, today: today) else { continue }
            let charge = run.charge(for: constraints.ageBand ?? .adult)
            var local = course
            local.id = entry.id
            local.provider = entry.provider
            local.url = entry.url
            local.nextStart = run.start
            local.flexibleStart = run.flexibleStart
            local.deliveryMode = run.deliveryMode
            local.studyMode = run.studyMode
            local.costPence = charge.pence
            local.costText = run.costText
            local.funded = charge.cost == .free || charge.cost == .ifEligible
            local.costToLearner = charge.cost
            local.fundingCondition = charge.condition
            local.district = run.deliveryMode == .online ? nil : run.district
            return local
        }
        return nil
    }
}
