import Domain
import Foundation
import Taxonomy

// MARK: - Reading the profile

extension CareerDiagnostician {
    /// An explicit target: a route, and the standards the target occupation stands for.
    struct Target {
        var route: String?
        var standards: [Int]
    }

    /// What the aspiration adds to each standard's score, and whether there was one.
    struct Aspiration {
        var boost: [Int: Double]
        var routes: Set<String>
        var aspired: Bool
    }

    static func kindName(_ kind: SkillKind) -> String {
        switch kind {
        case .technical: "Technical skills"
        case .digital: "Digital skills"
        case .netZero: "Net zero and green skills"
        case .common: "Common and transferable skills"
        case .behaviour: "Employability behaviours"
        }
    }

    // MARK: Skills held

    func skillGroups(_ extraction: ExtractionResult) -> [SkillGroup] {
        let evidence = evidenceBySkill(extraction)
        var order: [String] = []
        var best: [String: ExtractedSkill] = [:]
        for skill in extraction.skills {
            if let current = best[skill.skillID] {
                if skill.confidence > current.confidence { best[skill.skillID] = skill }
            } else {
                order.append(skill.skillID)
                best[skill.skillID] = skill
            }
        }
        return SkillKind.allCases.compactMap { kind in
            let skills = order.compactMap { best[$0] }.filter { $0.kind == kind }.map { found in
                HeldSkill(
                    id: found.skillID, label: found.label, kind: found.kind, evidence: evidence[found.skillID] ?? [],
                    confidence: (found.confidence * 100).rounded() / 100)
            }
            return skills.isEmpty ? nil : SkillGroup(kind: kind, name: Self.kindName(kind), skills: skills)
        }
    }

    /// The profile's words behind each held skill, each once, in text order.
    func evidenceBySkill(_ extraction: ExtractionResult) -> [String: [String]] {
        var evidence: [String: [String]] = [:]
        for skill in extraction.skills {
            var words = skill.text
            if skill.method == .engine {
                words = words.count > 80 ? String(words.prefix(77)) + "…" : words
            }
            if !(evidence[skill.skillID]?.contains(where: { $0.lowercased() == words.lowercased() }) ?? false) {
                evidence[skill.skillID, default: []].append(words)
            }
        }
        return evidence
    }

    // MARK: Current occupations

    /// Likely current occupations: from the job title when given (confident), else from the text.
    func currentOccupations(title: String?, text: String, held: [Bool]) -> [OccupationGuess] {
        let query: String
        let base: Double
        if let title {
            query = title
            base = 0.9
        } else {
            query = String(text.prefix(2_000))
            base = 0.6
        }
        guard !query.isEmpty else { return [] }
        var guesses: [OccupationGuess] = []
        let standards = taxonomy.matchOccupations(query, scheme: .ifate, top: 8).results
        // Re-rank the title's nearest standards by how many of their skills the profile shows.
        let reranked = standards.enumerated().map { rank, result -> (OccupationResult, Double) in
            let coverage = model.targetPosition[result.code].map { model.coverage(of: model.targets[$0], held: held).score } ?? 0
            let relative = standards[0].score > 0 ? result.score / standards[0].score : 0
            return (result, relative * (0.8 + 0.4 * coverage) - Double(rank) * 0.01)
        }.sorted { $0.1 > $1.1 }
        for (result, weight) in reranked.prefix(3) where weight > 0.35 {
            guesses.append(guess(result, confidence: base * min(weight, 1)))
        }
        let groups = taxonomy.matchOccupations(query, scheme: .soc2020, top: 2).results
        for result in groups where groups[0].score > 0 {
            guesses.append(guess(result, confidence: base * result.score / groups[0].score))
        }
        return guesses.sorted { $0.confidence > $1.confidence }
    }

    func guess(_ result: OccupationResult, confidence: Double) -> OccupationGuess {
        OccupationGuess(occupation: reference(result), confidence: (confidence * 100).rounded() / 100, why: result.why)
    }

    func reference(_ result: OccupationResult) -> OccupationRef {
        let pathway = result.scheme == .ifate ? taxonomy.standard(reference: result.code)?.pathway : nil
        return OccupationRef(
            id: result.id, scheme: result.scheme, code: result.code, title: result.title, route: result.route,
            routeName: result.route.flatMap { Route(rawValue: $0)?.name }, pathway: pathway, level: result.level)
    }

    func reference(_ standard: OccupationalStandard) -> OccupationRef {
        OccupationRef(
            id: "ifate:" + standard.reference, scheme: .ifate, code: standard.reference, title: standard.title, route: standard.route,
            routeName: Route(rawValue: standard.route)?.name, pathway: standard.pathway, level: standard.level)
    }

    // MARK: Aspiration and target

    func resolveTarget(_ profile: LearnerProfile) throws -> Target {
        var target = Target(route: profile.targetRoute?.rawValue, standards: [])
        guard let raw = profile.targetOccupation?.trimmingCharacters(in: .whitespaces).nilIfEmpty else { return target }
        let code = raw.split(separator: ":").last.map(String.init) ?? raw
        if let position = model.targetPosition[code.uppercased()] {
            target.standards = [position]
        } else if taxonomy.socUnitGroup(code: code) != nil {
            target.standards = model.targets.indices.filter { model.targets[$0].standard.soc.contains { $0.code == code } }
        } else if let best = taxonomy.matchOccupations(raw, scheme: .ifate, top: 1).results.first, best.score > 0,
            let position = model.targetPosition[best.code]
        {
            target.standards = [position]
        } else {
            throw DiagnosticInputError(field: "targetOccupation", reason: "'\(raw)' is not a standard reference, SOC 2020 code or known job title")
        }
        if target.route == nil, let first = target.standards.first { target.route = model.targets[first].standard.route }
        return target
    }

    func aspirationBoosts(_ profile: LearnerProfile, target: Target) -> Aspiration {
        var aspiration = Aspiration(boost: [:], routes: [], aspired: false)
        if let route = target.route {
            aspiration.routes.insert(route)
            aspiration.aspired = true
        }
        for position in target.standards { aspiration.boost[position, default: 0] += 0.5 }
        if let text = profile.aspiration?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty {
            aspiration.aspired = true
            let results = taxonomy.matchOccupations(text, scheme: .ifate, top: 10).results
            for (rank, result) in results.enumerated() {
                guard let position = model.targetPosition[result.code] else { continue }
                aspiration.boost[position, default: 0] += 0.3 * (1 - Double(rank) / 10)
                if rank < 3, let route = result.route { aspiration.routes.insert(route) }
            }
        }
        return aspiration
    }
}
