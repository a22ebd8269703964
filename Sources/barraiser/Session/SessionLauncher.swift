import Foundation
import InterviewKit
import LineEditing
#if canImport(Glibc)
import Glibc
#endif

/// Opens the candidate's input (the line editor on a terminal, plain reading otherwise) and runs
/// a session to its end. Shared by `practice` and `resume`.
enum SessionLauncher {
    static func run(state: InterviewState, file: TranscriptFile, start: InterviewSession.Start, renderer: Renderer,
                    baseline: [Rescorer.QuestionComparison]? = nil) throws {
        // The editor draws on the terminal; with output redirected (`| tee log`) lines are read plainly
        // so that nothing but text reaches the file.
        let input: LineSource
        if isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1, let editor = LineEditor(
            programName: "barraiser", historyPath: preparedHistoryPath(), completions: ReplCommand.allCases.map(\.typed)) {
            input = editor
        } else {
            input = PlainLineReader()
        }
        renderer.banner(config: state.config, plan: state.plan, transcriptPath: file.path, interactive: input.isInteractive)
        let session = InterviewSession(state: state, input: input, transcript: file, renderer: renderer)
        session.comparisonBaseline = baseline
        do {
            _ = try session.run(start)
        } catch {
            // The session has reported it and restored the terminal.
            throw ExitCodeError.failure
        }
    }

    /// The history file, in a private folder created if needed; nil if it cannot be made.
    static func preparedHistoryPath() -> String? {
        let path = AppPaths.historyFile
        return AppPaths.makePrivateFolder((path as NSString).deletingLastPathComponent) == nil ? path : nil
    }

    static func iso8601(_ date: Date) -> String { UTCTimestamp(date).iso8601 }
}

/// A failure already reported to the user; the command exits with status 1.
enum ExitCodeError: Error {
    case failure
}
