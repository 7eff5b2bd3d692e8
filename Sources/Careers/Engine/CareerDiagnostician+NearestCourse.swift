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
}
