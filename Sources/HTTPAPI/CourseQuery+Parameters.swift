import Domain
import Foundation
import Hummingbird

// MARK: - Reading search filters from the query string

extension CourseSearchQuery {
    /// Builds a search from `/courses` query parameters, rejecting unknown values with a clear message.
    ///
    /// Lists may repeat the parameter or separate values with commas (`route=digital,care-services`).
    static func fromQuery(_ parameters: [String: [String]]) throws(APIError) -> CourseSearchQuery {
        let maxListValues = 50
        var query = CourseSearchQuery()
        func values(_ name: String) -> [String] {
            (parameters[name] ?? []).flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        func single(_ name: String) -> String? { values(name).first }
        func parseList<T>(_ name: String, expected: String, _ parse: (String) -> T?) throws(APIError) -> [T] {
            var result: [T] = []
            let list = values(name)
            guard list.count <= maxListValues else {
                throw APIError.invalidParameter(name, "\(list.count) values", expected: "at most \(maxListValues) values")
            }
            for value in list {
                guard let parsed = parse(value) else { throw APIError.invalidParameter(name, value, expected: expected) }
                result.append(parsed)
            }
            return result
        }
        query.text = parameters["q"]?.first.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        if let text = query.text, text.count > 500 {
            throw APIError(.badRequest, code: "invalid-parameter", message: "The search text is \(text.count) characters; at most 500 are allowed.")
        }
        query.routes = try parseList("route", expected: "an IfATE route id such as digital or care-services") { Route(matching: $0) }
        query.deliveryModes = try parseList("delivery", expected: "classroom, online, blended or work-based") { DeliveryMode(rawValue: $0.lowercased()) }
        query.studyModes = try parseList("studyMode", expected: "full-time, part-time, flexible or part-of-full-time") { StudyMode(rawValue: $0.lowercased()) }
        query.districts = try parseList("district", expected: District.allCases.map(\.rawValue).joined(separator: ", ")) {
            District(rawValue: $0.lowercased())
        }
        query.providers = try parseList("provider", expected: ProviderID.rule) { ProviderID(rawValue: $0) }
        if let text = single("minLevel") {
            guard let level = Level(code: text) else { throw APIError.invalidParameter("minLevel", text, expected: "entry or 1–8") }
            query.minLevel = level
        }
        if let text = single("maxLevel") {
            guard let level = Level(code: text) else { throw APIError.invalidParameter("maxLevel", text, expected: "entry or 1–8") }
            query.maxLevel = level
        }
        for name in ["startFrom", "startTo"] {
            guard let text = single(name) else { continue }
            guard isISODate(text) else { throw APIError.invalidParameter(name, text, expected: "a date as yyyy-MM-dd") }
            if name == "startFrom" { query.startFrom = text } else { query.startTo = text }
        }
        if let text = single("maxCost") {
            guard let pounds = Double(text), pounds >= 0, pounds < 10_000_000 else {
                throw APIError.invalidParameter("maxCost", text, expected: "an amount in pounds, e.g. 250 or 99.50")
            }
            query.maxCostPence = Int((pounds * 100).rounded())
        }
        if let text = single("funded") {
            guard let flag = Bool(text.lowercased()) else { throw APIError.invalidParameter("funded", text, expected: "true or false") }
            query.fundedOnly = flag
        }
        if let text = single("sort") {
            guard let sort = Sort(rawValue: text) else { throw APIError.invalidParameter("sort", text, expected: "relevance or start") }
            query.sort = sort
        }
        if let text = single("limit") {
            guard let limit = Int(text), (1...CourseSearchQuery.maxLimit).contains(limit) else {
                throw APIError.invalidParameter("limit", text, expected: "a whole number from 1 to \(CourseSearchQuery.maxLimit)")
            }
            query.limit = limit
        }
        if let text = single("offset") {
            guard let offset = Int(text), (0...100_000).contains(offset) else {
                throw APIError.invalidParameter("offset", text, expected: "a whole number from 0 to 100000")
            }
            query.offset = offset
        }
        return query
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
