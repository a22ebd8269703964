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

        @OptionGroup var interview: InterviewOptions

        @Option(name: .customLong("soft-limit"), help: ArgumentHelp("Seconds before a gentle note that an answer runs long (default 180 for stories).", valueName: "seconds"))
        var softLimit: Double?

        @OptionGroup var transcripts: TranscriptOptions
        @OptionGroup var stories: StoryFileOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let softLimit, softLimit <= 0 { throw ValidationError("--soft-limit must be a positive number of seconds") }
            if next {
                if from != nil { throw ValidationError("--next chooses its own questions; leave out --from") }
                if !interview.principles.isEmpty { throw ValidationError("--next chooses its own principles; leave out --principle") }
                if interview.round != .barRaiser && interview.round != .hiringManager { throw ValidationError("--next runs a bar-raiser or hiring-manager round") }
            }
        }

        @Option(help: ArgumentHelp("Answer the same questions as a saved interview (FILE, latest or N), then compare the two attempts.", valueName: "transcript"))
        var from: String?

        @Flag(help: "With --from or --next: skip corrupt lines in saved interviews.")
        var lenient = false

        @Flag(help: "Practise what the saved interviews say needs it most: the track's weakest or least practised principles, questions not answered before first.")
        var next = false

        func run() throws {
            let renderer = output.renderer
            let bank = try interview.bank.load(renderer: renderer)
            var config = interview.config(mode: nil)
            config.softLimitSeconds = softLimit
            let plan: [PlannedRound]
            var baseline: [Rescorer.QuestionComparison]?
            var roundName = interview.round.rawValue
            var introduction: [String] = []
            do {
                if next {
                    introduction = try chooseNext(&config, bank: bank, renderer: renderer)
                    plan = try InterviewPlanner.plan(config, bank: bank)
                } else if let from {
                    let path = try TranscriptLocator.path(for: from, folder: transcripts.resolvedFolder)
                    let recorded = try RecordedInterview(records: TranscriptLocator.read(path, lenient: lenient, renderer: renderer))
                    let header = recorded.header
                    guard !header.rounds.isEmpty, !recorded.questions.isEmpty else {
                        throw FileError.cannotRead("\(path): no round with a question was recorded, so there is nothing to practise again; choose another transcript (`barraiser transcripts` lists them)")
                    }
                    config.track = header.track
                    config.level = header.level
                    config.rounds = header.rounds
                    config.seed = interview.seed ?? header.seed
                    plan = try InterviewPlanner.plan(repeating: recorded, config: config, bank: bank)
                    baseline = Rescorer.rescore(recorded, bank: bank, workers: ProcessInfo.processInfo.activeProcessorCount)
                    roundName = header.rounds.count > 1 ? "loop" : header.rounds.first?.rawValue ?? roundName
                } else {
                    plan = try InterviewPlanner.plan(config, bank: bank)
                }
            } catch let error as CustomStringConvertible & Error {
                renderer.error(error.description)
                throw ExitCode(1)
            }
            do {
                try SessionLauncher.runNew(state: InterviewState(config: config, plan: plan), folder: transcripts.resolvedFolder,
                                           roundName: roundName, renderer: renderer, stories: StoryFile.forInterview(stories.resolvedFile), baseline: baseline, introduction: introduction)
            } catch {
                throw error.exitCode
            }
        }

        /// Fixes `config`'s questions to the ones the saved interviews say need practice, and
        /// returns the lines that say why, for after the banner.
        private func chooseNext(_ config: inout InterviewConfig, bank: QuestionBank, renderer: Renderer) throws -> [String] {
            let folder = transcripts.resolvedFolder
            let history = TranscriptHistory.read(folder, lenient: lenient)
            if let line = history.problemsLine { renderer.error(SafeText.forTerminal(line)) }
            let kind = interview.round.rounds.first ?? .barRaiser
            let count = config.questionsPerRound ?? RoundSettings.defaults(for: kind).questions
            let chosen = NextPractice(interviews: history.interviews, track: config.track,
                                      candidates: bank.candidates(round: kind, track: config.track, level: config.level), count: count)
            guard !chosen.choices.isEmpty else { throw PlanError.noQuestions(round: kind, track: config.track, level: config.level) }
            config.questionIDs = chosen.choices.map(\.questionID)
            config.principles = chosen.choices.map(\.principle)
            let practised = history.interviews.filter { $0.header.track == config.track }.count
            var lines = [renderer.style.bold("Chosen from your progress") + " (\(practised) \(config.track.rawValue) interview\(practised == 1 ? "" : "s") in \(SafeText.forTerminal(folder))):"]
            for choice in chosen.choices {
                let asked = choice.lastAnswered.map { "question last answered \(SafeText.forTerminal(String($0.prefix(10))))" } ?? "a question not answered before"
                lines.append("  \(choice.principle.title): \(choice.reason); \(asked)")
            }
            return lines
        }
    }
}
