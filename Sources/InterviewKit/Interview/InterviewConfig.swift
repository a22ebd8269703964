/// The defaults of a kind of round: how many questions, how deep the follow-ups, how long.
public struct RoundSettings: Codable, Equatable, Sendable {
    public var questions: Int
    /// Follow-ups per question (per part, for a case); 0 means none.
    public var depth: Int
    public var budgetMinutes: Int

    public init(questions: Int, depth: Int, budgetMinutes: Int) {
        self.questions = questions
        self.depth = depth
        self.budgetMinutes = budgetMinutes
    }

    public static func defaults(for round: RoundKind) -> RoundSettings {
        switch round {
        case .screen: RoundSettings(questions: 4, depth: 1, budgetMinutes: 20)
        case .hiringManager: RoundSettings(questions: 4, depth: 2, budgetMinutes: 45)
        case .functional: RoundSettings(questions: 1, depth: 1, budgetMinutes: 40)
        case .barRaiser: RoundSettings(questions: 4, depth: 3, budgetMinutes: 45)
        }
    }
}

/// What the candidate asked for: track, level, rounds, and overrides of the round defaults.
public struct InterviewConfig: Codable, Equatable, Sendable {
    public var track: Track
    public var level: Level
    public var rounds: [RoundKind]
    public var seed: UInt64
    /// Principles to drill; empty lets the round choose by the track's emphasis.
    public var principles: [Principle]
    public var questionsPerRound: Int?
    public var depth: Int?
    /// When an answer runs past this, the next prompt says so once. Nil uses the kind's default.
    public var softLimitSeconds: Double?
    /// The questions of a one-round interview chosen before it starts, by id, in order: a story
    /// drill asks the question that fits the story. Nil lets the planner choose. Kept in the
    /// transcript's header so that a drill can be resumed.
    public var questionIDs: [String]?
    /// `.interviewer` for a mock run by a friend; nil (absent from older transcripts) is practice.
    public var mode: InterviewMode?

    public init(track: Track = .pm, level: Level = .l5, rounds: [RoundKind] = [.barRaiser], seed: UInt64 = 1,
                principles: [Principle] = [], questionsPerRound: Int? = nil, depth: Int? = nil, softLimitSeconds: Double? = nil,
                questionIDs: [String]? = nil, mode: InterviewMode? = nil) {
        self.track = track
        self.level = level
        self.rounds = rounds
        self.seed = seed
        self.principles = principles
        self.questionsPerRound = questionsPerRound
        self.depth = depth
        self.softLimitSeconds = softLimitSeconds
        self.questionIDs = questionIDs
        self.mode = mode
    }

    /// A friend is interviewing: answers are their notes, and they choose the follow-ups.
    public var isInterviewer: Bool { mode == .interviewer }

    /// The settings for one round, with this interview's overrides applied.
    public func settings(for round: RoundKind) -> RoundSettings {
        var settings = RoundSettings.defaults(for: round)
        if let questionsPerRound, round != .functional { settings.questions = questionsPerRound }
        if let depth { settings.depth = depth }
        if let questionIDs {
            // A round of fixed questions takes the time its questions take, not a whole round's.
            let minutesPerQuestion = Double(settings.budgetMinutes) / Double(RoundSettings.defaults(for: round).questions)
            settings.questions = questionIDs.count
            settings.budgetMinutes = max(5, Int((minutesPerQuestion * Double(questionIDs.count)).rounded()))
        }
        return settings
    }

    /// The soft time limit for one answer to a question of this kind.
    public func softLimit(for kind: QuestionKind) -> Double {
        if let softLimitSeconds { return softLimitSeconds }
        switch kind {
        case .behavioural: return 180
        case .screen: return 120
        case .case: return 480
        }
    }
}
