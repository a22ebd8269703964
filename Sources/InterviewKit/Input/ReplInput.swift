/// The commands a candidate can type instead of an answer.
public enum ReplCommand: String, CaseIterable, Sendable {
    case help, `repeat`, skip, hint, why, stories, time, end, quit, done

    /// `/help`, as typed.
    public var typed: String { "/" + rawValue }

    /// One line for `/help`.
    public var summary: String {
        switch self {
        case .help: "list these commands"
        case .repeat: "show the current question again"
        case .skip: "move to the next question (recorded as skipped)"
        case .hint: "what a strong answer to this question contains"
        case .why: "why the last follow-up was asked"
        case .stories: "your prepared stories that fit this question"
        case .time: "time on this answer and in this round"
        case .end: "end the round now and show the debrief"
        case .quit: "save and leave"
        case .done: "submit the answer (an empty line does too)"
        }
    }
}

/// One line of input, decoded before the interview sees it.
public enum ReplInput: Equatable, Sendable {
    /// Text that belongs to the answer.
    case answerLine(String)
    case command(ReplCommand)
    /// A `/word` that is not a command; it is never recorded as an answer.
    case unknownCommand(String)
    /// A command followed by words it does not take (`/help me`); like an unknown word, it gets
    /// one line of help and is never recorded as an answer.
    case commandWithWords(ReplCommand, typed: String)
    /// An empty line: it submits the answer typed so far.
    case blank

    /// Decodes a line. Commands are recognised on the first line of an answer; later, only
    /// `/done` is, so an answer may itself contain a line that starts with a slash.
    public static func decode(_ line: String, isFirstLine: Bool) -> ReplInput {
        let trimmed = line.trimmingWhitespace()
        if trimmed.isEmpty { return .blank }
        if trimmed == ReplCommand.done.typed { return .command(.done) }
        guard isFirstLine, trimmed.hasPrefix("/"), trimmed.count > 1 else { return .answerLine(line) }
        let words = trimmed.dropFirst().split(maxSplits: 1, whereSeparator: \.isWhitespace)
        guard let first = words.first, first.startIndex == trimmed.index(after: trimmed.startIndex) else { return .answerLine(line) }
        let command = ReplCommand(rawValue: first.lowercased())
        if words.count > 1 {
            // `/help me` is a command typed with words; `/ that was a typo` or `/bogus words` is an answer.
            return command.map { .commandWithWords($0, typed: trimmed) } ?? .answerLine(line)
        }
        return command.map { .command($0) } ?? .unknownCommand(trimmed)
    }
}
