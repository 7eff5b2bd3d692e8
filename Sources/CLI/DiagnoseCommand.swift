import ArgumentParser
import Careers
import DefaultCatalogue
import Domain
import Foundation
import Storage
import Taxonomy

// MARK: - skillway diagnose

extension Skillway {
    /// `skillway diagnose`: the career diagnostic for a learner's profile.
    struct Diagnose: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Diagnose a learner's skills: skills held, current occupation, upskill and reskill paths, local courses.",
            discussion: """
                Reads the profile from --text or --file (plain text: a sentence, a list or a pasted CV). Prints a summary, \
                or the diagnostic as JSON (--json), or writes a printable HTML report (--html FILE). On an empty database \
                the embedded default catalogue is loaded first. Nothing about the learner is stored.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The profile text: skills, jobs held, volunteering, qualifications.")
        var text: String?
        @Option(help: "A plain-text file holding the profile.")
        var file: String?
        @Option(help: "The current or last job title.")
        var title: String?
        @Option(help: "What the learner would like to do, in their own words.")
        var aspiration: String?
        @Option(help: "A target route (slug, number 1–15 or name).")
        var targetRoute: String?
        @Option(help: "A target occupation: standard reference (ST0116), SOC 2020 code or job title.")
        var targetOccupation: String?
        @Option(name: .customLong("district"), help: "A district courses may be in (repeatable; name or slug; 'anywhere' for no limit). Online courses always qualify.")
        var districts: [String] = []
        @Option(name: .customLong("mode"), help: "A delivery mode: classroom, online, blended, work-based (repeatable).")
        var modes: [String] = []
        @Option(name: .customLong("study-mode"), help: "A study mode: full-time, part-time, flexible (repeatable).")
        var studyModes: [String] = []
        // Unconditional, so a negative amount reaches validation instead of reading as an option.
        @Option(parsing: .unconditional, help: "The most a course may cost this learner, in pounds.")
        var maxCost: Double?
        @Flag(help: "Only courses that cost this learner nothing (or nothing if eligible: income, employment, age 19–23).")
        var fundedOnly = false
        @Option(help: "The learner's age band: 16-18 or 19+ (default: 19+, or 16-18 when the text reads as a school leaver's).")
        var ageBand: String?
        @Option(help: "Lowest course level (entry, 1–8).")
        var minLevel: String?
        @Option(help: "Highest course level (entry, 1–8).")
        var maxLevel: String?
        @Option(help: "Earliest start, yyyy-MM-dd.")
        var startFrom: String?
        @Option(help: "Latest start, yyyy-MM-dd.")
        var startTo: String?
        @Option(help: "Provider-scoped view: the same paths, courses only from this provider id.")
        var provider: ProviderID?
        @Option(help: "Judge start dates against this day, yyyy-MM-dd (default: today).")
        var today: String?
        @Flag(help: "Print the diagnostic as JSON.")
        var json = false
        @Option(help: "Write a printable HTML report to this file.")
        var html: String?

        /// Every option is checked here, before any work, so a mistake is reported with this command's usage.
        func validate() throws {
            guard (text == nil) != (file == nil) else { throw ValidationError("Give the profile with exactly one of --text or --file.") }
            guard !(json && html != nil) else { throw ValidationError("Choose one of --json or --html.") }
            if let today, CalendarDate(today) == nil { throw ValidationError("--today: '\(today)' is not a date (yyyy-MM-dd).") }
            let profile = try makeProfile()
            if profile.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && (title ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError(
                    "\(file == nil ? "--text" : "--file"): the profile is empty; describe your skills, jobs or qualifications in at least a sentence.")
            }
        }

        func run() async throws {
            let profile = try makeProfile()
            let store = try database.open()
            if try await store.isCatalogueEmpty() {
                guard let directory = DefaultCatalogue.directoryURL else {
                    throw ValidationError("The database is empty and the embedded catalogue is not bundled with this binary; run skillway catalogue load --from DIR.")
                }
                printError("The database \(database.resolvedPath) is empty; loading the catalogue from \(directory.path)")
                try await loadCatalogue(from: directory, into: store)
            }
            try await retagCourses(store)
            // Checked once the database holds its catalogue (an empty one has just been given the embedded one).
            if let provider { try await Self.checkProvider(provider, in: store) }
            let diagnostician = try await CareerDiagnostician(taxonomy: try SkillsTaxonomy.bundled(), catalogue: store)
            let diagnostic: Diagnostic
            do {
                diagnostic = try diagnostician.diagnoseForLearner(profile, today: today.flatMap { CalendarDate($0) })
            } catch let error as DiagnosticInputError {
                throw DiagnoseError("\(Self.option(forField: error.field)): \(error.reason).")
            }
            if json {
                try printJSON(diagnostic)
            } else if let html {
                let page = try DiagnosticReport.html(diagnostic)
                do { try Data(page.utf8).write(to: URL(fileURLWithPath: html), options: .atomic) } catch {
                    // A file that cannot be made is no usage error: no usage text, and sysexits' EX_CANTCREAT.
                    printError("Error: Cannot write \(html): \(error.localizedDescription)")
                    throw ExitCode(Self.cannotCreate)
                }
                printError("Wrote the report to \(html).")
            } else {
                print(DiagnosticSummary.text(diagnostic))
            }
        }

        /// sysexits.h exit codes for file errors (usage errors exit 64).
        static let noInput: Int32 = 66
        static let cannotCreate: Int32 = 73

        // MARK: Profile from options

        func makeProfile() throws -> LearnerProfile {
            var profileText = text ?? ""
            if let file {
                do { profileText = try String(contentsOfFile: file, encoding: .utf8) } catch {
                    // An unreadable file is no usage error: no usage text, and sysexits' EX_NOINPUT.
                    printError("Error: Cannot read \(file) as UTF-8 text: \(error.localizedDescription)")
                    throw ExitCode(Self.noInput)
                }
            }
            var constraints = LearnerConstraints(fundedOnly: fundedOnly, provider: provider)
            for name in districts {
                if name.lowercased() == "anywhere" { continue }
                guard let district = District(named: name) else {
                    throw ValidationError("--district: '\(name)' is not a Worcestershire district (\(District.allCases.map(\.name).joined(separator: ", ")) or anywhere).")
                }
                constraints.districts.append(district)
            }
            if districts.contains(where: { $0.lowercased() == "anywhere" }) { constraints.districts = [] }
            constraints.deliveryModes = try modes.map { name in
                guard let mode = DeliveryMode(rawValue: name.lowercased()) else {
                    throw ValidationError("--mode: '\(name)' is not one of \(DeliveryMode.allCases.map(\.rawValue).joined(separator: ", ")).")
                }
                return mode
            }
            constraints.studyModes = try studyModes.map { name in
                guard let mode = StudyMode(rawValue: name.lowercased()) else {
                    throw ValidationError("--study-mode: '\(name)' is not one of \(StudyMode.allCases.map(\.rawValue).joined(separator: ", ")).")
                }
                return mode
            }
            if let maxCost {
                guard maxCost >= 0, maxCost.isFinite else {
                    throw ValidationError("--max-cost: '\(maxCost.formatted())' is negative; give the most a course may cost in pounds, 0 or more.")
                }
                constraints.maxCostPence = Int((maxCost * 100).rounded())
            }
            if let ageBand {
                guard let band = AgeBand(named: ageBand) else {
                    throw ValidationError("--age-band: '\(ageBand)' is not one of \(AgeBand.allCases.map(\.rawValue).joined(separator: ", ")).")
                }
                constraints.ageBand = band
            }
            constraints.minLevel = try minLevel.map { try level($0, option: "--min-level") }
            constraints.maxLevel = try maxLevel.map { try level($0, option: "--max-level") }
            constraints.startFrom = try startFrom.map { try day($0, option: "--start-from") }
            constraints.startTo = try startTo.map { try day($0, option: "--start-to") }
            if let (field, reason) = constraints.contradiction() {
                throw ValidationError("\(Self.option(forField: field)): \(Self.optionWording(reason)).")
            }
            var route: Route?
            if let targetRoute {
                guard let resolved = Route(matching: targetRoute) else {
                    throw ValidationError("--target-route: '\(targetRoute)' is not a route (slug, number 1–15 or name).")
                }
                route = resolved
            }
            return LearnerProfile(
                text: profileText, currentTitle: title, aspiration: aspiration, targetRoute: route, targetOccupation: targetOccupation,
                constraints: constraints)
        }

        /// Refuses a provider the database knows neither from the catalogue nor from an account.
        static func checkProvider(_ provider: ProviderID, in store: AppDatabase) async throws {
            guard try await store.provider(id: provider) == nil, try await store.organisation(owningProvider: provider) == nil else { return }
            let known = try await store.providers().map(\.provider.id.rawValue).sorted()
            throw DiagnoseError(
                "--provider: '\(provider.rawValue)' is not a provider in the catalogue"
                    + (known.isEmpty ? " (the catalogue has none yet)." : " (known: \(known.joined(separator: ", ")))."))
        }

        /// The option that sets a profile or constraint field.
        static func option(forField field: String) -> String {
            let name = field.split(separator: ".").last.map(String.init) ?? field
            switch name {
            case "currentTitle": return "--title"
            case "maxCostPence": return "--max-cost"
            case "deliveryModes": return "--mode"
            case "districts": return "--district"
            default: return "--" + name.reduce(into: "") { text, character in text += character.isUppercase ? "-" + character.lowercased() : String(character) }
            }
        }

        /// A constraint's reason with field names as options ("below minLevel 4" → "below --min-level 4").
        static func optionWording(_ reason: String) -> String {
            ["minLevel", "maxLevel", "startFrom", "startTo"].reduce(reason) { $0.replacingOccurrences(of: $1, with: option(forField: $1)) }
        }

        private func level(_ text: String, option: String) throws -> Level {
            guard let level = Level(code: text) else { throw ValidationError("\(option): '\(text)' is not a level (entry, 1–8).") }
            return level
        }

        private func day(_ text: String, option: String) throws -> String {
            guard let date = CalendarDate(text) else { throw ValidationError("\(option): '\(text)' is not a date (yyyy-MM-dd).") }
            return date.description
        }
    }
}

/// A diagnose failure found after the options were read (an unknown provider): printed as it is.
struct DiagnoseError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
