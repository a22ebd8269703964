/// One round as it will be run: its questions, chosen up front so the interview is reproducible.
public struct PlannedRound: Codable, Equatable, Sendable {
    public var kind: RoundKind
    public var questions: [Question]
    public var settings: RoundSettings

    public init(kind: RoundKind, questions: [Question], settings: RoundSettings) {
        self.kind = kind
        self.questions = questions
        self.settings = settings
    }
}

/// Why an interview could not be planned.
public enum PlanError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bank has no question for this round, track and level.
    case noQuestions(round: RoundKind, track: Track, level: Level)
    /// A question fixed in advance (`InterviewConfig.questionIDs`) is not in the bank.
    case unknownQuestion(id: String)

    public var description: String {
        switch self {
        case .noQuestions(let round, let track, let level):
            "the question bank has no \(round.rawValue) question for track \(track.rawValue) at \(level.rawValue); add one to your bank or choose another round"
        case .unknownQuestion(let id):
            "the question bank has no question `\(id)`; give the bank that had it with --bank"
        }
    }
}

/// Chooses each round's questions from the bank with the seeded generator. No question repeats
/// inside one interview; principle-picking rounds follow the track's emphasis.
public enum InterviewPlanner {
    public static func plan(_ config: InterviewConfig, bank: QuestionBank) throws(PlanError) -> [PlannedRound] {
        if let fixed = config.questionIDs { return try plan(fixed, config: config, bank: bank) }
        var generator = SeededGenerator(seed: config.seed)
        var used = Set<String>()
        var rounds: [PlannedRound] = []
        for kind in config.rounds {
            let settings = config.settings(for: kind)
            let available = bank.candidates(round: kind, track: config.track, level: config.level).filter { !used.contains($0.id) }
            let questions: [Question]
            switch kind {
            case .functional:
                questions = pickAny(available.filter { $0.kind == .case }, count: settings.questions, using: &generator)
            case .barRaiser, .hiringManager:
                questions = pickByPrinciple(available, count: settings.questions, config: config, using: &generator)
            case .screen:
                questions = pickAny(available, count: settings.questions, using: &generator)
            }
            guard !questions.isEmpty else { throw .noQuestions(round: kind, track: config.track, level: config.level) }
            used.formUnion(questions.map(\.id))
            rounds.append(PlannedRound(kind: kind, questions: questions, settings: settings))
        }
        return rounds
    }

    /// The same questions, in the same order, as a recorded interview: for practising it again.
    /// A question no longer in the bank is asked from its recorded text.
    public static func plan(repeating recorded: RecordedInterview, config: InterviewConfig, bank: QuestionBank) throws(PlanError) -> [PlannedRound] {
        var rounds: [PlannedRound] = []
        for kind in config.rounds {
            let questions = recorded.questions.filter { $0.round == kind }.map { question in
                bank.question(id: question.questionID)
                    ?? Question(id: question.questionID, kind: kind == .screen ? .screen : .behavioural, text: question.text,
                                principles: question.principles, rounds: [kind])
            }
            guard !questions.isEmpty else { throw .noQuestions(round: kind, track: config.track, level: config.level) }
            rounds.append(PlannedRound(kind: kind, questions: questions, settings: config.settings(for: kind)))
        }
        return rounds
    }

    /// The questions fixed in advance, in one round of the config's first kind.
    static func plan(_ ids: [String], config: InterviewConfig, bank: QuestionBank) throws(PlanError) -> [PlannedRound] {
        guard let kind = config.rounds.first else { return [] }
        var questions: [Question] = []
        for id in ids {
            guard let question = bank.question(id: id) else { throw .unknownQuestion(id: id) }
            questions.append(question)
        }
        guard !questions.isEmpty else { throw .noQuestions(round: kind, track: config.track, level: config.level) }
        return [PlannedRound(kind: kind, questions: questions, settings: config.settings(for: kind))]
    }

    static func pickAny(_ pool: [Question], count: Int, using generator: inout SeededGenerator) -> [Question] {
        var remaining = pool
        var chosen: [Question] = []
        while chosen.count < count, let next = generator.pick(remaining.indices) {
            chosen.append(remaining.remove(at: next))
        }
        return chosen
    }

    /// Picks distinct principles, weighted by the track's emphasis, then one question for each;
    /// a question that leads with the picked principle is preferred. Drilled principles are taken
    /// in turn instead, as long as the bank has questions on them.
    static func pickByPrinciple(_ pool: [Question], count: Int, config: InterviewConfig, using generator: inout SeededGenerator) -> [Question] {
        var remaining = pool
        var chosen: [Question] = []
        var usedPrinciples = Set<Principle>()
        while chosen.count < count, !remaining.isEmpty {
            let principle: Principle?
            if !config.principles.isEmpty {
                let drilled = (0..<config.principles.count).map { config.principles[(chosen.count + $0) % config.principles.count] }
                principle = drilled.first { p in remaining.contains { $0.principles.contains(p) } }
                if principle == nil { break }
            } else {
                let open = Principle.allCases.filter { p in !usedPrinciples.contains(p) && remaining.contains { $0.principles.contains(p) } }
                principle = generator.pick(open) { TrackEmphasis.weight(of: $0, on: config.track) }
            }
            var matching = Array(remaining.indices)
            if let principle {
                usedPrinciples.insert(principle)
                let lead = remaining.indices.filter { remaining[$0].principles.first == principle }
                matching = lead.isEmpty ? remaining.indices.filter { remaining[$0].principles.contains(principle) } : lead
            }
            guard let index = generator.pick(matching) else { break }
            chosen.append(remaining.remove(at: index))
        }
        return chosen
    }
}
