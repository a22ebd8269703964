import ArgumentParser
import Foundation
import InterviewKit

extension BarRaiser {
    /// Runs a practice interview: one round or the whole loop.
    struct Practice: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Practise an interview round, or the whole loop.",
            discussion: "Answers can span lines: an empty line (or /done) submits. Type /help during the interview for commands."
        )

        @OptionGroup var interview: InterviewOptions

        @Option(name: .customLong("soft-limit"), help: ArgumentHelp("Seconds before a gentle note that an answer runs long (default 180 for stories).", valueName: "seconds"))
        var softLimit: Double?

        @OptionGroup var transcripts: TranscriptOptions
        @OptionGroup var stories: StoryFileOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let softLimit, softLimit <= 0 { throw ValidationError("--soft-limit must be a positive number of seconds") }
        }

        @Option(help: ArgumentHelp("Answer the same questions as a saved interview (FILE, latest or N), then compare the two attempts.", valueName: "transcript"))
        var from: String?

        @Flag(help: "With --from: skip corrupt lines in the saved interview.")
        var lenient = false

        func run() throws {
            let renderer = output.renderer
            let bank = try interview.bank.load(renderer: renderer)
            var config = interview.config(mode: nil)
            config.softLimitSeconds = softLimit
            let plan: [PlannedRound]
            var baseline: [Rescorer.QuestionComparison]?
            var roundName = interview.round.rawValue
            do {
                if let from {
                    let path = try TranscriptLocator.path(for: from, folder: transcripts.resolvedFolder)
                    let recorded = try RecordedInterview(records: TranscriptLocator.read(path, lenient: lenient, renderer: renderer))
                    let header = recorded.header
                    config.track = header.track
                    config.level = header.level
                    config.rounds = header.rounds
                    config.seed = interview.seed ?? header.seed
                    plan = try InterviewPlanner.plan(repeating: recorded, config: config, bank: bank)
                    baseline = Rescorer.rescore(recorded, bank: bank)
                    roundName = header.rounds.count > 1 ? "loop" : header.rounds.first?.rawValue ?? roundName
                } else {
                    plan = try InterviewPlanner.plan(config, bank: bank)
                }
            } catch let error as CustomStringConvertible & Error {
                renderer.error(error.description)
                throw ExitCode(1)
            }
            let startedAt = Date()
            let file: TranscriptFile
            do {
                file = try TranscriptFile(folder: transcripts.resolvedFolder, startedAt: startedAt, track: config.track, roundName: roundName)
            } catch {
                renderer.error(error.description)
                throw ExitCode(1)
            }
            do {
                try SessionLauncher.run(state: InterviewState(config: config, plan: plan), file: file,
                                        start: .fresh(startedAt: SessionLauncher.iso8601(startedAt)), renderer: renderer,
                                        stories: StoryFile.forInterview(stories.resolvedFile), baseline: baseline)
            } catch {
                throw ExitCode(1)
            }
        }
    }
}
