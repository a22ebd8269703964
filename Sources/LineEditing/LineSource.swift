/// What came back from asking for a line.
public enum LineEvent: Equatable, Sendable {
    /// A line of text, without its line break. A pasted block arrives as one line holding line breaks.
    case line(String)
    /// The candidate pressed Ctrl-C: the line being typed is thrown away.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
    /// SIGTERM or SIGHUP arrived: `partialLine` is what was being typed, to save before leaving
    /// with status 128 + `signal`. Every later read returns this again.
    case terminated(signal: Int32, partialLine: String)
}

/// Reads lines from the candidate: the libedit editor on a terminal, plain reading otherwise.
public protocol LineSource: AnyObject {
    /// Shows `prompt` (where there is a screen to show it on) and reads one line.
    func readLine(prompt: String) -> LineEvent
    /// Whether lines come from a person at a terminal.
    var isInteractive: Bool { get }
    /// Saves history and restores the terminal.
    func close()
}
