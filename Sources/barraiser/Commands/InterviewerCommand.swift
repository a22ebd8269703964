import ArgumentParser
import Foundation
import InterviewKit

extension BarRaiser {
    /// Runs a mock for a friend: barraiser sits on the interviewer's side, reads their notes and
    /// suggests the follow-ups a bar raiser would ask.
    struct Interviewer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "interviewer",
            abstract: "Run a mock interview for a friend: you ask, type notes, and barraiser suggests the follow-ups.",
            discussion: "Notes end with an empty line; then type 1, 2 or 3 (Enter takes 1), /ask TEXT or /next. After each question, /vote RATING or Enter."
        )

        @OptionGroup var interview: InterviewOptions
        @OptionGroup var transcripts: TranscriptOptions
        @OptionGroup var stories: StoryFileOptions
        @OptionGroup var output: OutputOptions

        /// The candidate's stories only when their file is named: the default stories file on this
        /// machine is the interviewer's own, and holding the candidate's notes against it would
        /// flag numbers that were never theirs.
        var candidateStories: InterviewStories {
            stories.file == nil ? .none(path: stories.resolvedFile) : StoryFile.forInterview(stories.resolvedFile)
        }

        func run() throws {
            let renderer = output.renderer
            let bank = try interview.bank.load(renderer: renderer)
            let config = interview.config(mode: .interviewer)
            let plan: [PlannedRound]
            do {
                plan = try InterviewPlanner.plan(config, bank: bank)
            } catch {
                renderer.error(error.description)
                throw ExitCode(1)
            }
            do {
                try SessionLauncher.runNew(state: InterviewState(config: config, plan: plan), folder: transcripts.resolvedFolder,
                                           roundName: interview.round.rawValue, renderer: renderer, stories: candidateStories)
            } catch {
                throw error.exitCode
            }
        }
    }
}
