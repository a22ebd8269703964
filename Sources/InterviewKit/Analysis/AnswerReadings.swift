/// One answer read on its own, with its words kept for the repetition check.
struct AnswerReading: Sendable {
    var analysis: AnswerAnalysis
    var words: RecentAnswers.WordPrint

    /// The analysis, marked as a repeat when it shares most of its words with a recent answer.
    func analysis(after earlier: RecentAnswers) -> AnswerAnalysis {
        guard analysis.issue == nil, earlier.repeats(words) else { return analysis }
        var marked = analysis
        marked.issue = .repeated
        return marked
    }
}

/// Answers already read, by their text and what the question asked for, so a chain judged again
/// after each reply (as `replay --rescore` does) reads each answer once.
public struct AnswerReadings: Sendable {
    /// An answer is hashed once, when its key is made: the look-up and the insertion after a miss
    /// both use that hash instead of reading the whole answer again.
    private struct Key: Hashable, Sendable {
        let answer: String
        let framing: QuestionFraming
        let answerHash: Int

        init(answer: String, framing: QuestionFraming) {
            self.answer = answer
            self.framing = framing
            answerHash = answer.hashValue
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(answerHash)
            hasher.combine(framing)
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.answerHash == rhs.answerHash && lhs.framing == rhs.framing && lhs.answer == rhs.answer
        }
    }

    private var readings: [Key: AnswerReading] = [:]

    public init() {}

    mutating func reading(of answer: String, framing: QuestionFraming) -> AnswerReading {
        let key = Key(answer: answer, framing: framing)
        if let known = readings[key] { return known }
        let reading = AnswerAnalyzer.read(answer, framing: framing)
        readings[key] = reading
        return reading
    }
}
