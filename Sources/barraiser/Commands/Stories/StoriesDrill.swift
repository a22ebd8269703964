import ArgumentParser
import Foundation
import InterviewKit

extension BarRaiser.StoriesCommand {
    /// `barraiser stories drill`: a bar-raiser round on one prepared story, retold and probed.
    struct Drill: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "drill",
            abstract: "A bar-raiser round on one story: tell it again, then answer the follow-ups on it.",
            discussion: "The question is the one `stories check` reads the story against. The round is saved as a transcript like any other, and `barraiser resume` continues it."
        )

        @Argument(help: ArgumentHelp("The story: its title (or words of it), or its number as `stories check` lists them.", valueName: "title|n"))
        var story: String

        @OptionGroup var stories: StoryFileOptions

        @Option(help: "The role, for a story without a `Role:` line: pm or pmm.")
        var track: Track = .pm

        @Option(help: "Level: L4, L5, L6 or L7.")
        var level: Level = .l5

        @Option(help: "Follow-ups on the story.")
        var depth: Int = RoundSettings.defaults(for: .barRaiser).depth

        @Option(help: "Seed: the same seed and the same answers give the same round (default: random).")
        var seed: UInt64?

        @OptionGroup var transcripts: TranscriptOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if depth < 1 { throw ValidationError("--depth must be 1 or more: a drill is its follow-ups") }
        }

        /// The story named, read as `stories check` reads it, and the principle its question tests.
        func drilled(in found: [Story], source: String, bank: QuestionBank) throws(StoryFileError) -> (Story, StoryReview, Principle) {
            let chosen = try StoryLookup.find(story, in: found, source: source)
            let review = StoryReviewer.review(chosen, track: track, level: level, bank: bank)
            guard let principle = review.principle else { throw .noPrinciple(chosen, source: source) }
            return (chosen, review, principle)
        }

        func run() throws {
            let renderer = output.renderer
            let path = stories.resolvedFile
            let found = try stories.load()
            let bank = try stories.bank()
            let (chosen, review, principle): (Story, StoryReview, Principle)
            do {
                (chosen, review, principle) = try drilled(in: found, source: path, bank: bank)
            } catch {
                renderer.error(SafeText.forTerminal(error.description))
                throw ExitCode(1)
            }
            let config = InterviewConfig(track: review.track, level: level, rounds: [.barRaiser], seed: seed ?? UInt64.random(in: 1...999_999),
                                         principles: [principle], depth: depth, questionIDs: [review.question.id])
            let plan: [PlannedRound]
            do {
                plan = try InterviewPlanner.plan(config, bank: bank)
            } catch {
                renderer.error(error.description)
                throw ExitCode(1)
            }
            let introduction = [
                renderer.style.bold("Drill: “\(SafeText.forTerminal(chosen.title))”") + renderer.style.dim(" (line \(chosen.line) of \(SafeText.forTerminal(path)))"),
                "Tell it again as you would in the room, without your notes, for \(principle.title). Then up to \(depth) follow-up\(depth == 1 ? "" : "s") on it.",
            ]
            do {
                try SessionLauncher.runNew(state: InterviewState(config: config, plan: plan), folder: transcripts.resolvedFolder,
                                           roundName: "drill", renderer: renderer, stories: .shelf(path: path, StoryShelf(stories: found)), introduction: introduction)
            } catch {
                throw error.exitCode
            }
        }
    }
}
