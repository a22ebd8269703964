/// Where an interview is.
public enum InterviewPhase: Codable, Equatable, Sendable {
    case notStarted
    /// A question or follow-up is waiting for the candidate's answer.
    case answering
    /// In a mock: follow-ups are suggested, waiting for the interviewer to choose one.
    case choosing
    /// In a mock: the question's score card is shown, waiting for the interviewer's vote.
    case voting
    /// Between two rounds of a loop, waiting for the candidate to be ready.
    case paused
    case finished(EndStatus)
}

/// The whole state of an interview: a plain value, so it can be saved, compared and resumed.
public struct InterviewState: Codable, Equatable, Sendable {
    public var config: InterviewConfig
    public var plan: [PlannedRound]
    public var phase: InterviewPhase = .notStarted
    public var roundIndex = 0
    public var questionIndex = 0
    public var partIndex = 0
    /// Follow-ups on the current question (or case part) and the replies to them.
    public var chain = ProbeChain()
    /// Every answer given to the current question, across case parts.
    public var questionAnswers: [String] = []
    /// Dodged gaps across the current question's parts.
    public var questionDodges: [Gap] = []
    /// Answers to earlier questions, to notice one pasted again.
    public var earlierAnswers = RecentAnswers()
    /// Every probe put so far, so that no phrasing is used twice in one interview.
    public var askedProbes: Set<String> = []
    /// Outcomes of the questions closed so far, one list per round.
    public var outcomes: [[QuestionOutcome]] = []
    /// Seconds spent answering in the current round.
    public var roundSeconds: Double = 0
    /// In a mock: the follow-ups offered after the latest note, most important first.
    public var suggestions: [Probe] = []
    /// The candidate's prepared stories, to flag an answer that tells one of them with other
    /// numbers. Given by the shell from the stories file; not part of the transcript's settings.
    public var storyNotes: [StoryNote] = []
    public var generator: SeededGenerator

    public init(config: InterviewConfig, plan: [PlannedRound]) {
        self.config = config
        self.plan = plan
        self.outcomes = plan.map { _ in [] }
        // The follow-up phrasing draws from its own stream, apart from the planner's.
        self.generator = SeededGenerator(seed: config.seed ^ 0xA5A5_5A5A_C3C3_3C3C)
    }

    public var currentRound: PlannedRound? { plan.indices.contains(roundIndex) ? plan[roundIndex] : nil }

    public var currentQuestion: Question? {
        guard let round = currentRound, round.questions.indices.contains(questionIndex) else { return nil }
        return round.questions[questionIndex]
    }

    public var currentPart: CasePart? {
        guard let question = currentQuestion, question.parts.indices.contains(partIndex) else { return nil }
        return question.parts[partIndex]
    }

    /// What the prompt shows: round, question number, follow-up number.
    public var promptContext: PromptContext? {
        guard let round = currentRound else { return nil }
        return PromptContext(
            round: round.kind, question: questionIndex + 1, questions: round.questions.count,
            part: currentPart.map { _ in partIndex + 1 }, parts: currentQuestion?.parts.count ?? 0,
            followUp: chain.probes.isEmpty ? nil : chain.probes.count, followUps: round.settings.depth)
    }

    /// The probe waiting for a reply, if the candidate is answering a follow-up.
    public var pendingProbe: Probe? { chain.probes.count == chain.answers.count ? chain.probes.last : nil }
}

/// What the prompt says about where the candidate is.
public struct PromptContext: Equatable, Sendable {
    public var round: RoundKind
    public var question: Int
    public var questions: Int
    public var part: Int?
    public var parts: Int
    public var followUp: Int?
    public var followUps: Int

    /// `Bar Raiser · Q2/4 · follow-up 1/3`
    public var label: String {
        var pieces = [round.title, "Q\(question)/\(questions)"]
        if let part { pieces.append("part \(part)/\(parts)") }
        if let followUp { pieces.append("follow-up \(followUp)/\(followUps)") }
        return pieces.joined(separator: " · ")
    }
}
