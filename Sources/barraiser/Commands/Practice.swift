import ArgumentParser
import Foundation
import InterviewKit
import LineEditing
#if canImport(Glibc)
import Glibc
#endif

extension BarRaiser {
    /// Runs a practice interview: one round or the whole loop.
    struct Practice: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Practise an interview round, or the whole loop.",
            discussion: "Answers can span lines: an empty line (or /done) submits. Type /help during the interview for commands."
        )

        @Option(help: "Track: pm (Product Manager) or pmm (Product Marketing Manager).")
        var track: Track = .pm

        @Option(help: "Level: L4, L5, L6 or L7.")
        var level: Level = .l5

        @Option(help: "Round: screen, hiring-manager, functional, bar-raiser, or loop for all four.")
        var round: RoundChoice = .barRaiser

        @Option(name: .customLong("principle"), help: ArgumentHelp("Drill a Leadership Principle (repeatable), e.g. dive-deep.", valueName: "id"))
        var principles: [Principle] = []

        @Option(help: "Questions per round (default depends on the round).")
        var questions: Int?

        @Option(help: "Follow-ups per question; 0 for none (default depends on the round).")
        var depth: Int?

        @Option(name: .customLong("bank"), help: ArgumentHelp("A question bank file to add (repeatable).", valueName: "file"))
        var banks: [String] = []

        @Option(help: "Seed: the same seed and the same answers give the same interview (default: random).")
        var seed: UInt64?

        @Option(name: .customLong("soft-limit"), help: ArgumentHelp("Seconds before a gentle note that an answer runs long (default 180 for stories).", valueName: "seconds"))
        var softLimit: Double?

        @OptionGroup var transcripts: TranscriptOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let questions, questions < 1 { throw ValidationError("--questions must be 1 or more") }
            if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more") }
            if let softLimit, softLimit <= 0 { throw ValidationError("--soft-limit must be a positive number of seconds") }
        }

        func run() throws {
            let renderer = output.renderer
            let bank: QuestionBank
            do {
                bank = try BankFiles.load(extraFiles: banks)
            } catch {
                renderer.error("the question bank has problems:")
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                throw ExitCode(1)
            }
            let config = InterviewConfig(
                track: track, level: level, rounds: round.rounds, seed: seed ?? UInt64.random(in: 1...999_999),
                principles: principles, questionsPerRound: questions, depth: depth, softLimitSeconds: softLimit)
            let plan: [PlannedRound]
            do {
                plan = try InterviewPlanner.plan(config, bank: bank)
            } catch {
                renderer.error(error.description)
                throw ExitCode(1)
            }
            let startedAt = Date()
            let file: TranscriptFile
            do {
                file = try TranscriptFile(folder: transcripts.resolvedFolder, startedAt: startedAt, track: track, roundName: round.rawValue)
            } catch {
                renderer.error(error.description)
                throw ExitCode(1)
            }
            let input: LineSource
            if isatty(STDIN_FILENO) == 1, let editor = LineEditor(
                programName: "barraiser", historyPath: Self.preparedHistoryPath(),
                completions: ReplCommand.allCases.map(\.typed)) {
                input = editor
            } else {
                input = PlainLineReader()
            }
            renderer.banner(config: config, plan: plan, transcriptPath: file.path, interactive: input.isInteractive)
            let session = InterviewSession(state: InterviewState(config: config, plan: plan), input: input, transcript: file, renderer: renderer)
            do {
                _ = try session.run(startedAt: Self.iso8601(startedAt))
            } catch {
                renderer.error(error.description)
                throw ExitCode(1)
            }
        }

        /// The history file, in a private folder created if needed; nil if it cannot be made.
        static func preparedHistoryPath() -> String? {
            let path = AppPaths.historyFile
            return AppPaths.makePrivateFolder((path as NSString).deletingLastPathComponent) == nil ? path : nil
        }

        static func iso8601(_ date: Date) -> String {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            return formatter.string(from: date)
        }
    }
}
