import ArgumentParser
import Foundation
import InterviewKit

extension BarRaiser {
    /// Runs a practice interview: one round or the whole loop.
    struct Practice: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "practice",
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

        @OptionGroup var bank: BankOptions

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

        @Option(help: ArgumentHelp("Answer the same questions as a saved interview (FILE, latest or N), then compare the two attempts.", valueName: "transcript"))
        var from: String?

        @Flag(help: "With --from: skip corrupt lines in the saved interview.")
        var lenient = false

        func run() throws {
            let renderer = output.renderer
            let bank = try self.bank.load(renderer: renderer)
            var config = InterviewConfig(
                track: track, level: level, rounds: round.rounds, seed: seed ?? UInt64.random(in: 1...999_999),
                principles: principles, questionsPerRound: questions, depth: depth, softLimitSeconds: softLimit)
            let plan: [PlannedRound]
            var baseline: [Rescorer.QuestionComparison]?
            var roundName = round.rawValue
            do {
                if let from {
                    let path = try TranscriptLocator.path(for: from, folder: transcripts.resolvedFolder)
                    let recorded = try RecordedInterview(records: TranscriptLocator.read(path, lenient: lenient, renderer: renderer))
                    let header = recorded.header
                    config.track = header.track
                    config.level = header.level
                    config.rounds = header.rounds
                    config.seed = seed ?? header.seed
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
                                        start: .fresh(startedAt: SessionLauncher.iso8601(startedAt)), renderer: renderer, baseline: baseline)
            } catch {
                throw ExitCode(1)
            }
        }
    }
}
