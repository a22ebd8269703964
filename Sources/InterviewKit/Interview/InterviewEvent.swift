/// What happened, as the shell tells the reducer.
public enum InterviewEvent: Equatable, Sendable {
    /// The interview began; `at` is the start time (ISO 8601) for the transcript header.
    case started(at: String, toolVersion: String)
    /// The candidate submitted an answer after `seconds` of answering.
    case answerSubmitted(text: String, seconds: Double)
    case questionSkipped
    case questionRepeated
    /// The candidate ended the round before its last question.
    case roundEndedEarly
    /// The candidate is ready for the next round of a loop.
    case pauseEnded
    case quit
    /// The interview continues from a saved state.
    case resumed
    /// In a mock: the interviewer asked suggestion `number` (1-based).
    case suggestionChosen(number: Int)
    /// In a mock: the interviewer asked a follow-up of their own.
    case ownProbeAsked(text: String)
    /// In a mock: the interviewer moved on without another follow-up.
    case movedOn
    /// In a mock: the interviewer's vote on the question just scored, or nil for none.
    case voteCast(Rating?)

    /// The event's name, as errors and tests speak of it.
    public var name: String {
        switch self {
        case .started: "started"
        case .answerSubmitted: "answerSubmitted"
        case .questionSkipped: "questionSkipped"
        case .questionRepeated: "questionRepeated"
        case .roundEndedEarly: "roundEndedEarly"
        case .pauseEnded: "pauseEnded"
        case .quit: "quit"
        case .resumed: "resumed"
        case .suggestionChosen: "suggestionChosen"
        case .ownProbeAsked: "ownProbeAsked"
        case .movedOn: "movedOn"
        case .voteCast: "voteCast"
        }
    }
}

/// What the shell should do, as values: the reducer itself never prints or writes.
public enum InterviewEffect: Equatable, Sendable {
    /// Append this record to the transcript (and make it durable) before the next prompt.
    case record(TranscriptRecord)
    /// Show a question (or a case part) to the candidate.
    case ask(AskedQuestion)
    /// Show a follow-up probe.
    case probe(Probe)
    /// In a mock: offer these follow-ups to the interviewer, most important first.
    case suggest([Probe])
    /// In a mock: the finished question's rating, evidence and open gaps, before the interviewer votes.
    case showScoreCard(QuestionOutcome)
    case showDebrief(RoundDebrief)
    /// The decision across a loop's rounds, after the last one.
    case showLoopDebrief(LoopDebrief)
    /// Wait until the candidate is ready for the next round.
    case pause(before: RoundKind)
    case finish(EndStatus)
}

/// A question as it is put to the candidate.
public struct AskedQuestion: Equatable, Sendable {
    public var round: RoundKind
    public var question: Question
    public var part: CasePart?
    /// 1-based number in the round, and the round's size.
    public var number: Int
    public var total: Int
    /// Shown again at the candidate's request.
    public var isRepeat: Bool

    public init(round: RoundKind, question: Question, part: CasePart?, number: Int, total: Int, isRepeat: Bool = false) {
        self.round = round
        self.question = question
        self.part = part
        self.number = number
        self.total = total
        self.isRepeat = isRepeat
    }
}

/// An event that makes no sense where the interview is.
public enum InterviewError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `event` cannot happen in `phase`.
    case illegalEvent(event: String, phase: String)
    /// The interviewer chose a suggestion that was not offered.
    case noSuchSuggestion(number: Int, offered: Int)
    /// `/ask` with nothing after it.
    case emptyProbe

    public var description: String {
        switch self {
        case .illegalEvent(let event, let phase): "\(event) cannot happen while the interview is \(phase)"
        case .noSuchSuggestion(let number, let offered):
            "there is no suggestion \(number); choose 1\(offered > 1 ? " to \(offered)" : ""), /ask TEXT or /next"
        case .emptyProbe: "/ask needs the follow-up after it, e.g. /ask What did you try first?"
        }
    }
}
