import Foundation
import ArgumentParser
import InterviewKit

extension Track: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension Level: ExpressibleByArgument {
    public init?(argument: String) { self.init(caseInsensitive: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension Principle: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension RoundKind: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// A round to practise, or the whole loop.
enum RoundChoice: String, CaseIterable, ExpressibleByArgument {
    case screen
    case hiringManager = "hiring-manager"
    case functional
    case barRaiser = "bar-raiser"
    case loop

    var rounds: [RoundKind] {
        switch self {
        case .screen: [.screen]
        case .hiringManager: [.hiringManager]
        case .functional: [.functional]
        case .barRaiser: [.barRaiser]
        case .loop: RoundKind.allCases
        }
    }
}

/// `--transcripts DIR`, shared by every command that reads or writes transcripts.
struct TranscriptOptions: ParsableArguments {
    @Option(name: .customLong("transcripts"), help: ArgumentHelp("Folder for transcripts (default: $BARRAISER_TRANSCRIPTS, else $XDG_DATA_HOME/barraiser/transcripts, else ~/.local/share/barraiser/transcripts).", valueName: "dir"))
    var folder: String?

    var resolvedFolder: String { AppPaths.transcriptsFolder(flag: folder) }
}

/// `--bank FILE`, shared by every command that reads questions.
struct BankOptions: ParsableArguments {
    @Option(name: .customLong("bank"), help: ArgumentHelp("A question bank file to add (repeatable).", valueName: "file"))
    var files: [String] = []

    /// The built-in bank with the user's; every problem is printed and the command ends with status 1.
    func load(renderer: Renderer) throws -> QuestionBank {
        do {
            return try BankFiles.load(extraFiles: files)
        } catch {
            renderer.error("the question bank has problems:")
            Renderer.writeToStandardError(SafeText.forTerminal(error.description) + "\n")
            throw ExitCode(1)
        }
    }
}

/// `--stories FILE`, shared by the `stories` commands.
struct StoryFileOptions: ParsableArguments {
    @Option(name: .customLong("stories"), help: ArgumentHelp("The stories file (default: $BARRAISER_STORIES, else ~/.local/share/barraiser/stories.md).", valueName: "file"))
    var file: String?

    var resolvedFile: String { AppPaths.storiesFile(flag: file) }

    /// The stories in the file; every problem is printed as `FILE:LINE: …` and the command ends with status 1.
    func load() throws -> [Story] {
        do {
            return try StoryFile.load(resolvedFile)
        } catch {
            FileHandle.standardError.write(Data((SafeText.forTerminal(error.description) + "\n").utf8))
            throw ExitCode(1)
        }
    }

    /// The built-in bank the stories are checked against.
    func bank() throws -> QuestionBank { BankFiles.builtIn() }
}

/// `--no-color`, shared by commands that print.
struct OutputOptions: ParsableArguments {
    @Flag(name: .customLong("no-color"), help: "Print without colour (NO_COLOR is honoured too).")
    var noColor = false

    var renderer: Renderer { Renderer(style: TextStyle(noColorFlag: noColor, environment: AppPaths.environment)) }
}

/// `--lenient` and the transcript argument, shared by the commands that read one transcript.
struct TranscriptArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("A transcript: a path, a file name in the transcripts folder, `latest`, or N (the Nth in `barraiser transcripts`).", valueName: "transcript"))
    var name: String

    @Flag(help: "Skip corrupt lines instead of stopping at the first.")
    var lenient = false

    /// The transcript's path and records; problems are reported and end the command with status 1.
    func load(folder: String, renderer: Renderer) throws -> (path: String, records: [TranscriptRecord]) {
        let path: String
        do { path = try TranscriptLocator.path(for: name, folder: folder) } catch {
            renderer.error(error.description)
            throw ExitCode(1)
        }
        return (path, try read(path, renderer: renderer))
    }

    /// The records of the transcript at `path`, found before; problems end the command with status 1.
    func read(_ path: String, renderer: Renderer) throws -> [TranscriptRecord] {
        do {
            return try TranscriptLocator.read(path, lenient: lenient, renderer: renderer)
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

/// The interview's settings, shared by `practice` and `interviewer`.
struct InterviewOptions: ParsableArguments {
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

    func validate() throws {
        if let questions, questions < 1 { throw ValidationError("--questions must be 1 or more") }
        if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more") }
    }

    /// The settings as the core takes them; a missing seed is drawn at random here, in the shell.
    func config(mode: InterviewMode?) -> InterviewConfig {
        InterviewConfig(track: track, level: level, rounds: round.rounds, seed: seed ?? UInt64.random(in: 1...999_999),
                        principles: principles, questionsPerRound: questions, depth: depth, mode: mode)
    }
}
