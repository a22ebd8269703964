import ArgumentParser

/// The root command: `barraiser` alone runs a practice interview.
@main
struct BarRaiser: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "barraiser",
        abstract: "Rehearse an Amazon-style interview loop in your terminal, offline and privately.",
        version: version,
        subcommands: [Practice.self, Transcripts.self, Show.self, Replay.self, Export.self, Resume.self, ProbeCommand.self, BankCommand.self, StoriesCommand.self],
        defaultSubcommand: Practice.self
    )
}
