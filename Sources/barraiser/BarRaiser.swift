import ArgumentParser
import Foundation
import LineEditing

/// The root command: `barraiser` alone runs a practice interview.
@main
struct BarRaiser: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "barraiser",
        abstract: "Rehearse an Amazon-style interview loop in your terminal, offline and privately.",
        version: version,
        subcommands: [Practice.self, Interviewer.self, Transcripts.self, Show.self, Replay.self, Export.self, Resume.self, ProbeCommand.self, BankCommand.self, StoriesCommand.self, ProgressCommand.self],
        defaultSubcommand: Practice.self
    )

    /// Runs the command as argument-parser's `main` does, then checks that what it printed
    /// arrived: output to a full disk or a closed pipe ends with status 1, not a silent success.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
        if let problem = StandardOutput.finish() {
            Renderer.writeToStandardError("barraiser: cannot write standard output: \(problem)\n")
            Foundation.exit(1)
        }
    }
}
