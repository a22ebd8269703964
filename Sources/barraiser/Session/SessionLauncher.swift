import ArgumentParser
import Foundation
import InterviewKit
import LineEditing
#if canImport(Glibc)
import Glibc
#endif

/// Opens the candidate's input (the line editor on a terminal, plain reading otherwise) and runs
/// a session to its end. Shared by `practice`, `interviewer`, `stories drill` and `resume`.
enum SessionLauncher {
    /// Opens a new transcript in `folder` and runs a fresh interview in it. A failure is reported
    /// in one line; the caller exits with status 1.
    static func runNew(state: InterviewState, folder: String, roundName: String, renderer: Renderer, stories: InterviewStories,
                       baseline: [Rescorer.QuestionComparison]? = nil, introduction: [String] = []) throws(ExitCodeError) {
        let startedAt = Date()
        let file: TranscriptFile
        do {
            file = try TranscriptFile(folder: folder, startedAt: startedAt, track: state.config.track, roundName: roundName)
        } catch {
            renderer.error(error.description)
            throw .failure
        }
        try run(state: state, file: file, start: .fresh(startedAt: iso8601(startedAt)), renderer: renderer,
                stories: stories, baseline: baseline, introduction: introduction)
    }

    /// `introduction` is said after the banner, before the first question; `stories` are the
    /// candidate's, for `/stories` and the debrief's check of answers against them.
    static func run(state: InterviewState, file: TranscriptFile, start: InterviewSession.Start, renderer: Renderer, stories: InterviewStories,
                    baseline: [Rescorer.QuestionComparison]? = nil, introduction: [String] = []) throws(ExitCodeError) {
        var state = state
        state.storyNotes = stories.notes
        let input = openInput(completions: ReplCommand.allCases.map(\.typed) + (state.config.isInterviewer ? ["/ask", "/next", "/vote"] : []))
        renderer.banner(config: state.config, plan: state.plan, transcriptPath: file.path, interactive: input.isInteractive)
        for line in introduction { renderer.say(line) }
        if case .unreadable(_, let problem) = stories {
            renderer.say(renderer.style.warning("The stories file has a problem, so /stories and the check of answers against it are off: ") + SafeText.forTerminal(problem))
        }
        let session = InterviewSession(state: state, input: input, transcript: file, renderer: renderer, stories: stories)
        session.comparisonBaseline = baseline
        do {
            _ = try session.run(start)
        } catch {
            // The session has reported it and restored the terminal.
            throw ExitCodeError.failure
        }
        // Saved and closed as `quit`, the terminal restored: leave as the signal asked.
        if let signal = session.terminatingSignal { throw ExitCodeError.terminated(signal: signal) }
    }

    /// The candidate's input: the line editor (Tab completing `completions`) when both ends are a
    /// terminal, plain lines otherwise.
    static func openInput(completions: [String]) -> LineSource {
        // The editor draws on the terminal; with output redirected (`| tee log`) lines are read plainly
        // so that nothing but text reaches the file.
        if isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1,
           let editor = LineEditor(programName: "barraiser", historyPath: preparedHistoryPath(), completions: completions) {
            return editor
        }
        return PlainLineReader()
    }

    /// The history file, in a private folder created if needed. Nil, said in one line, when the
    /// folder cannot be made or the path is not a file: the interview goes on without history.
    static func preparedHistoryPath() -> String? {
        let path = AppPaths.historyFile
        let problem: String
        if let folderProblem = AppPaths.makePrivateFolder((path as NSString).deletingLastPathComponent) {
            problem = folderProblem
        } else {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return path }
            problem = "\(path) is a folder, not a history file; remove or rename it"
        }
        Renderer.writeToStandardError("barraiser: history is off for this run: " + SafeText.forTerminal(problem) + " (or set XDG_STATE_HOME)\n")
        return nil
    }

    static func iso8601(_ date: Date) -> String { UTCTimestamp(date).iso8601 }
}

/// How a session ended other than well, already reported to the user.
enum ExitCodeError: Error {
    /// The command exits with status 1.
    case failure
    /// SIGTERM or SIGHUP: everything was saved; the command exits with 128 + the signal, as a
    /// shell reports a program the signal ended.
    case terminated(signal: Int32)

    var exitCode: ExitCode {
        switch self {
        case .failure: ExitCode(1)
        case .terminated(let signal): ExitCode(128 + signal)
        }
    }
}
