import Domain

// MARK: - Course detail with taxonomy tags

/// `GET /courses/{id}`: the course as stored plus its taxonomy tags (route and skills, each with
/// source, confidence and reason).
struct CourseDetailResponse: Encodable, Sendable {
    var course: CatalogueCourse
    var tags: [CourseTag]

    private enum CodingKeys: String, CodingKey { case tags }

    func encode(to encoder: any Encoder) throws {
        try course.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tags, forKey: .tags)
    }
}
