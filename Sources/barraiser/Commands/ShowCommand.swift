import ArgumentParser
import Foundation
import InterviewKit

extension BarRaiser {
    /// Prints a whole saved interview.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a saved interview: questions, answers, follow-ups and debriefs.")

        @OptionGroup var transcript: TranscriptArgument
        @OptionGroup var transcripts: TranscriptOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let renderer = output.renderer
            let (path, _, interview) = try transcript.interview(folder: transcripts.resolvedFolder, renderer: renderer)
            let printer = TranscriptPrinter(renderer: renderer)
            printer.header(interview, path: path)
            printer.steps(interview.steps, workers: ProcessInfo.processInfo.activeProcessorCount)
            printer.debriefs(interview)
        }
    }
}
