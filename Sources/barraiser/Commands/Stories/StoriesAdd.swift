import ArgumentParser
import Foundation
import InterviewKit
import LineEditing

extension BarRaiser.StoriesCommand {
    /// `barraiser stories add`: a new story written in conversation and appended to the file.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a story: its title, principles, then each part, with a follow-up after each to strengthen it.",
            discussion: "The story is appended to the stories file; nothing already in it changes. An empty line ends each part; /skip leaves one out; /quit leaves without writing."
        )

        @OptionGroup var stories: StoryFileOptions

        @Option(help: "The role you tell it for, written as its `Role:` line: pm or pmm.")
        var role: Track?

        @Option(help: "Without --role, the role it is judged for: pm or pmm.")
        var track: Track = .pm

        @Option(help: "The level whose bar it is rated against: L4 to L7.")
        var level: Level = .l5

        @OptionGroup var output: OutputOptions

        /// The commands this conversation understands.
        static let commands: [ReplCommand] = [.skip, .done, .quit, .help]

        /// What a command does here, where it differs from an interview.
        static func summary(of command: ReplCommand) -> String {
            switch command {
            case .skip: "leave this part out"
            case .done: "end this part (an empty line does too)"
            case .quit: "leave without writing"
            default: command.summary
            }
        }

        /// How reading one step ended.
        enum Entry {
            case event(StoryAuthoringEvent)
            case quit
            case ended
            case terminated(signal: Int32)
        }

        func run() throws {
            let renderer = output.renderer
            let path = stories.resolvedFile
            let existing = FileManager.default.fileExists(atPath: path) ? try stories.load() : []
            let bank = try stories.bank()
            var authoring = StoryAuthoring(existing: existing, role: role, track: track, level: level)
            let input = SessionLauncher.openInput(completions: Self.commands.map(\.typed))
            defer { input.close() }
            renderer.say(renderer.style.bold("A new story for \(SafeText.forTerminal(path))"))
            renderer.say(renderer.style.dim("An empty line ends each part; /skip leaves one out; /quit leaves without writing."))
            var effects = authoring.start()
            while true {
                for effect in effects {
                    if case .finished(let addition) = effect {
                        try save(addition, to: path, renderer: renderer)
                        return
                    }
                    show(effect, renderer: renderer)
                }
                switch read(authoring.step, from: input, renderer: renderer) {
                case .event(let event):
                    effects = authoring.reduce(event, bank: bank)
                case .quit:
                    renderer.say("Left without adding the story; \(SafeText.forTerminal(path)) is as it was.")
                    return
                case .ended:
                    renderer.error("input ended before the story was finished; nothing was written to \(SafeText.forTerminal(path))")
                    throw ExitCode(1)
                case .terminated(let signal):
                    renderer.error("stopped by a signal before the story was finished; nothing was written to \(SafeText.forTerminal(path))")
                    throw ExitCode(128 + signal)
                }
            }
        }

        /// Reads what the candidate gives for `step`: one line, or for a part lines up to an empty one.
        func read(_ step: StoryAuthoring.Step, from input: LineSource, renderer: Renderer) -> Entry {
            let style = renderer.style
            var lines: [String] = []
            while true {
                let prompt = lines.isEmpty ? style.accent("[\(step.label)]") + " › " : style.dim("  … ") + "› "
                switch input.readLine(prompt: prompt) {
                case .interrupted:
                    renderer.say(style.dim(lines.isEmpty ? "(line discarded)" : "(line discarded; the lines above are kept)"))
                case .endOfInput:
                    return .ended
                case .terminated(let signal, _):
                    return .terminated(signal: signal)
                case .line(let text):
                    switch ReplInput.decode(text, isFirstLine: lines.isEmpty) {
                    case .answerLine(let line):
                        lines += line.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                        if !step.takesLines { return .event(.entered(lines.joined(separator: "\n"))) }
                    case .blank, .command(.done):
                        let typed = lines.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                        if typed || !step.takesLines { return .event(.entered(lines.joined(separator: "\n"))) }
                        if case .reply = step { return .event(.entered("")) }
                        if input.isInteractive { renderer.say(style.dim("(type this part; an empty line ends it, /skip leaves it out)")) }
                    case .command(.skip):
                        return .event(.skipped)
                    case .command(.quit):
                        return .quit
                    case .command, .unknownCommand, .commandWithWords:
                        renderer.say("Here: " + Self.commands.map { "\($0.typed) \(Self.summary(of: $0))" }.joined(separator: " · "))
                    }
                }
            }
        }

        func show(_ effect: StoryAuthoringEffect, renderer: Renderer) {
            let style = renderer.style
            switch effect {
            case .ask(let step):
                renderer.say()
                renderer.say(step.question)
            case .problem(let text):
                renderer.say(style.warning(SafeText.forTerminal(text)))
            case .note(let text):
                renderer.say(style.dim(SafeText.forTerminal(text)))
            case .followUp(let probe, _):
                renderer.say()
                renderer.say(style.accent("↳ ") + SafeText.forTerminal(probe.text))
            case .finished:
                break
            }
        }

        /// Appends the story and says how `stories check` reads it; if it cannot be written, shows it so it is not lost.
        func save(_ addition: StoryAddition, to path: String, renderer: Renderer) throws {
            let all: [Story]
            do {
                all = try StoryFile.append(addition.markdown, to: path)
            } catch {
                renderer.error(SafeText.forTerminal(error.description))
                renderer.error("the story was not added; here it is, to paste in yourself:\n" + SafeText.forTerminal(addition.markdown))
                throw ExitCode(1)
            }
            let style = renderer.style
            let review = addition.review
            let number = all.count
            let line = all.last?.line ?? 1
            renderer.say()
            renderer.say(style.good("Added ") + "“\(SafeText.forTerminal(addition.story.title))” to \(SafeText.forTerminal(path)) as story \(number), line \(line).")
            renderer.say("rating: " + renderer.paint(review.rating) + " · open gaps: " + (review.openGaps.isEmpty ? "none" : review.openGaps.map(\.id).joined(separator: ", ")), indent: "   ")
            renderer.say("to strengthen it: " + review.advice, indent: "   ")
            renderer.say(style.dim("`barraiser stories check` reads it with the others; `barraiser stories drill \(number)` tells it in a round."))
        }
    }
}
