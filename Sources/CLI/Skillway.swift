import ArgumentParser

// MARK: - The skillway command

/// `skillway`: the Skillway skills backend's command line.
@main
struct Skillway: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skillway",
        abstract: "Skillway: a skills backend for a local skills system.",
        discussion: """
            Serve the HTTP API, import provider course feeds (XCRI-CAP XML or DfE course-directory CSV) \
            and search the course catalogue. The database is ./skillway.sqlite unless --db or SKILLWAY_DB \
            says otherwise.
            """,
        version: "0.1.0",
        subcommands: [
            Serve.self, Import.self, Courses.self, Providers.self, CatalogueCommand.self,
            Admin.self, Backup.self, Restore.self,
            TaxonomyCommand.self, Routes.self, Skills.self, Occupations.self,
            CharterCommand.self,
            Plan.self, Demand.self,
            Diagnose.self,
            Rank.self, Eval.self, EvalCareers.self,
            Bench.self,
        ]
    )
}
