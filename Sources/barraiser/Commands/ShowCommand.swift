import ArgumentParser
import InterviewKit

/// `--lenient` and the transcript argument, shared by the commands that read one transcript.
struct TranscriptArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("A transcript: a file, `latest`, or N (the Nth in `barraiser transcripts`).", valueName: "transcript"))
    var name: String

    @Flag(help: "Skip corrupt lines instead of stopping at the first.")
    var lenient = false

    /// The transcript's path and records; problems are reported and end the command with status 1.
    func load(folder: String, renderer: Renderer) throws -> (path: String, records: [TranscriptRecord]) {
        do {
            let path = try TranscriptLocator.path(for: name, folder: folder)
            return (path, try TranscriptLocator.read(path, lenient: lenient, renderer: renderer))
        } catch {
            renderer.error(error.description)
            throw ExitCode(1)
        }
    }

    func interview(folder: String, renderer: Renderer) throws -> (path: String, records: [TranscriptRecord], interview: RecordedInterview) {
        let (path, records) = try load(folder: folder, renderer: renderer)
        do {
            return (path, records, try RecordedInterview(records: records))
        } catch {
            renderer.error("\(path): \(error)")
            throw ExitCode(1)
        }
    }
}

extension BarRaiser {
    /// Prints a whole saved interview.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a saved interview: questions, answers, follow-ups and debriefs.")

        @OptionGroup var transcript: TranscriptArgument
        @OptionGroup var transcripts: TranscriptOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let renderer = output.renderer
            let (path, _, interview) = try transcript.interview(folder: transcripts.resolvedFolder, renderer: renderer)
            let printer = TranscriptPrinter(renderer: renderer)
            printer.header(interview, path: path)
            for (index, step) in interview.steps.enumerated() { printer.step(step, number: index + 1, of: interview.steps.count) }
            printer.debriefs(interview)
        }
    }
}
