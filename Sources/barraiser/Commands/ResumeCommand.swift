import ArgumentParser
import Foundation
import InterviewKit

extension BarRaiser {
    /// Continues an interview that was cut short, in the same file.
    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "resume", abstract: "Continue an interview that was cut short (no end record), appending to the same file.")

        @OptionGroup var transcript: TranscriptArgument
        @OptionGroup var bank: BankOptions
        @OptionGroup var transcripts: TranscriptOptions
        @OptionGroup var stories: StoryFileOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let renderer = output.renderer
            let path: String
            do { path = try TranscriptLocator.path(for: transcript.name, folder: transcripts.resolvedFolder) } catch {
                renderer.error(error.description)
                throw ExitCode(1)
            }
            // The lock comes before the read: what is read is then all there will be.
            let file: TranscriptFile
            do { file = try TranscriptFile(appendingTo: path) } catch {
                renderer.error(error.description)
                throw ExitCode(1)
            }
            defer { file.close() }
            let records = try transcript.read(path, renderer: renderer)
            let questions = try bank.load(renderer: renderer)
            let restored: RestoredInterview
            do {
                restored = try InterviewRestorer.restore(records, bank: questions)
            } catch {
                renderer.error("\(path): \(error)")
                throw ExitCode(1)
            }
            do { try file.continueAfterLastRecord() } catch {
                renderer.error(error.description)
                throw ExitCode(1)
            }
            renderer.say(renderer.style.dim("Resuming where the interview stopped."))
            do {
                try SessionLauncher.run(state: restored.state, file: file, start: .resumed(unwritten: restored.unwritten), renderer: renderer,
                                        stories: StoryFile.forInterview(stories.resolvedFile))
            } catch {
                throw error.exitCode
            }
        }
    }
}
