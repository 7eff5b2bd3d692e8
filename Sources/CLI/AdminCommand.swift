public import ArgumentParser
public import Domain
import Foundation
import HTTPAPI
import Storage

// MARK: - admin

extension Skillway {
    /// `skillway admin`: organisations, API tokens and the audit log.
    struct Admin: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Manage organisations, API tokens and the audit log.",
            subcommands: [Org.self, Token.self, Audit.self])
    }
}

// MARK: - admin org

extension Skillway.Admin {
    struct Org: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create, list, show, export and delete organisations.",
            subcommands: [Create.self, List.self, Show.self, Export.self, Delete.self])

        struct Create: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Create an organisation.")

            @Argument(help: "The organisation id, e.g. kidderminster-college.") var id: OrganisationID
            @Option(help: "The organisation's name.") var name: String
            @Option(help: "provider, employer, partner or admin.") var kind: OrganisationKind
            @Option(help: "A provider's UKPRN (8 digits).") var ukprn: String?
            @Option(help: "The catalogue provider id a provider owns (default: the organisation id).") var providerId: ProviderID?
            @Flag(help: "Print JSON.") var json = false
            @OptionGroup var database: DatabaseOptions

            func run() async throws {
                let store = try database.open()
                let providerID = kind == .provider ? (providerId ?? ProviderID(rawValue: id.rawValue)) : providerId
                let organisation = Organisation(id: id, name: name, kind: kind, ukprn: ukprn, providerID: providerID)
                let created = try await cliAction(store, action: "organisation.create", subject: id) {
                    try await store.createOrganisation(organisation)
                }
                if json { return try printJSON(created) }
                print("Created \(created.kind.rawValue) organisation \(created.id) (\(created.name))")
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List organisations.")
            @Flag(help: "Print JSON.") var json = false
            @OptionGroup var database: DatabaseOptions

            func run() async throws {
                let organisations = try await database.open().organisations()
                if json { return try printJSON(organisations) }
                if organisations.isEmpty { print("No organisations yet. Create one with: skillway admin org create ID --name NAME --kind KIND") }
                for organisation in organisations {
                    let provision = organisation.providerID.map { " · provider \($0)" } ?? ""
                    print("\(organisation.id)  \(organisation.kind.rawValue)  \(organisation.name)\(provision)")
                }
            }
        }

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show an organisation and its tokens.")
            @Argument(help: "The organisation id.") var id: OrganisationID
            @OptionGroup var database: DatabaseOptions

            func run() async throws {
                let store = try database.open()
                guard let organisation = try await store.organisation(id: id) else { throw notFound("organisation \(id)") }
                print("\(organisation.id)  \(organisation.kind.rawValue)  \(organisation.name)")
                if let ukprn = organisation.ukprn { print("UKPRN: \(ukprn)") }
                if let provider = organisation.providerID { print("Owns the provision of: \(provider)") }
                print("Created: \(organisation.createdAt)")
                for token in try await store.tokens(of: id) { print(tokenLine(token)) }
            }
        }

        struct Export: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Export all of an organisation's data as JSON.")
            @Argument(help: "The organisation id.") var id: OrganisationID
            @Option(help: "Write to this file instead of standard output.") var out: String?
            @OptionGroup var database: DatabaseOptions

            func run() async throws {
                let store = try database.open()
                let export = try await cliAction(store, action: "organisation.export", subject: id) {
                    guard let export = try await AppServices(database: store).organisationData.export(id) else { throw notFound("organisation \(id)") }
                    return export
                }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                let data = try encoder.encode(export)
                if let out {
                    try data.write(to: URL(fileURLWithPath: out), options: .atomic)
                    printError("Wrote \(data.count) bytes to \(out)")
                } else {
                    print(String(decoding: data, as: UTF8.self))
                }
            }
        }

        struct Delete: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Delete an organisation and all its data.",
                discussion: "Removes its module data (e.g. a provider's provision), tokens and audit trail; the audit log keeps only that a deletion happened.")
            @Argument(help: "The organisation id.") var id: OrganisationID
            @Flag(help: "Confirm the deletion.") var yes = false
            @OptionGroup var database: DatabaseOptions

            func run() async throws {
                guard yes else { throw ValidationError("Deleting \(id) removes all its data for good; add --yes to confirm.") }
                let store = try database.open()
                guard try await AppServices(database: store).organisationData.erase(id) else { throw notFound("organisation \(id)") }
                print("Deleted \(id) and all its data.")
            }
        }
    }
}

// MARK: - admin token

extension Skillway.Admin {
    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Issue, list and revoke API tokens.", subcommands: [Issue.self, List.self, Revoke.self])

        struct Issue: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Issue an API token; its secret is printed once and never stored.")
            @Argument(help: "The organisation id.") var organisation: OrganisationID
            @Option(help: "What the token is for, e.g. \"nightly feed upload\".") var name: String
            @Option(help: "Days until it expires (1–366).") var days = APITokenInfo.defaultLifetimeDays
            @Flag(help: "Print JSON.") var json = false
            @OptionGroup var database: DatabaseOptions

            func validate() throws {
                guard (1...APITokenInfo.maxLifetimeDays).contains(days) else { throw ValidationError("--days must be from 1 to \(APITokenInfo.maxLifetimeDays).") }
            }

            func run() async throws {
                let store = try database.open()
                let issued = try await cliAction(store, action: "token.issue", subject: organisation) {
                    try await store.issueToken(for: organisation, name: name, lifetimeDays: days)
                }
                if json { return try printJSON(issued) }
                print(issued.secret)
                fflush(nil)
                printError("Issued \(issued.token.id) (\"\(issued.token.name)\") for \(organisation), expiring \(issued.token.expiresAt).")
                // Standard output and standard error may interleave either way, so no "above" or "below".
                printError("The token's secret, on standard output, is shown only this once; Skillway keeps only its hash.")
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List an organisation's tokens (never their secrets).")
            @Argument(help: "The organisation id.") var organisation: OrganisationID
            @Flag(help: "Print JSON.") var json = false
            @OptionGroup var database: DatabaseOptions

            func run() async throws {
                let tokens = try await database.open().tokens(of: organisation)
                if json { return try printJSON(tokens) }
                for token in tokens { print(tokenLine(token)) }
            }
        }

        struct Revoke: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Revoke a token by its id (tok_…).")
            @Argument(help: "The token id.") var id: String
            @OptionGroup var database: DatabaseOptions

            func run() async throws {
                let store = try database.open()
                guard let token = try await store.token(id: id) else { throw notFound("token \(id)") }
                _ = try await cliAction(store, action: "token.revoke", subject: token.organisationID, resource: id) {
                    try await store.revokeToken(id: id)
                }
                print("Revoked \(id).")
            }
        }
    }
}

// MARK: - admin audit

extension Skillway.Admin {
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the audit log, newest first.")
        @Option(help: "Only events by or about this organisation.") var organisation: OrganisationID?
        @Option(help: "success, failure, denied or unauthenticated.") var outcome: AuditOutcome?
        @Option(help: "Only actions starting with this text, e.g. \"POST /providers\".") var action: String?
        @Option(help: "Only events at or after this ISO 8601 time.") var since: String?
        @Option(help: "Most events to show (1–500).") var limit = 50
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard (1...AuditQuery.maxLimit).contains(limit) else { throw ValidationError("--limit must be from 1 to \(AuditQuery.maxLimit).") }
        }

        func run() async throws {
            let page = try await database.open().auditEvents(
                AuditQuery(organisationID: organisation, outcome: outcome, actionPrefix: action, since: since, limit: limit))
            if json { return try printJSON(page) }
            for event in page.events {
                let who = event.organisationID.map { "\($0)\(event.tokenName.map { " (\($0))" } ?? "")" } ?? event.actor
                let status = event.status.map { " \($0)" } ?? ""
                let about = event.subjectOrganisationID.map { " about \($0)" } ?? ""
                print("\(event.at)  \(event.outcome.rawValue)\(status)  \(who)  \(event.action)  \(event.resource ?? "")\(about)\(event.detail.map { "  — \($0)" } ?? "")")
            }
        }
    }
}

// MARK: - Helpers

extension OrganisationID: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
}

extension OrganisationKind: ExpressibleByArgument {}
extension AuditOutcome: ExpressibleByArgument {}

func tokenLine(_ token: APITokenInfo) -> String {
    let state = token.revokedAt.map { "revoked \($0)" } ?? (token.isUsable(at: Date()) ? "expires \(token.expiresAt)" : "expired \(token.expiresAt)")
    return "\(token.id)  \"\(token.name)\"  created \(token.createdAt)  \(state)"
}

func notFound(_ what: String) -> ValidationError {
    ValidationError("There is no \(what).")
}

/// Runs a command-line action and records it in the audit log (actor `cli`), as a success or a failure.
func cliAction<T>(
    _ store: AppDatabase, action: String, subject: OrganisationID? = nil, resource: String? = nil, detail: String? = nil,
    _ body: () async throws -> T
) async throws -> T {
    do {
        let result = try await body()
        try await store.record(AuditEvent(actor: "cli", action: action, resource: resource, subjectOrganisationID: subject, outcome: .success, detail: detail))
        return result
    } catch {
        try? await store.record(AuditEvent(actor: "cli", action: action, resource: resource, subjectOrganisationID: subject, outcome: .failure, detail: detail))
        if let error = error as? AccountError { throw ValidationError(error.description) }
        throw error
    }
}
