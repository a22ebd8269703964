/// The questions an interview can draw on: the built-in bank merged with the user's banks.
public struct QuestionBank: Equatable, Sendable {
    public private(set) var questions: [Question]
    private var indexByID: [String: Int]

    public init(questions: [Question]) {
        self.questions = []
        self.indexByID = [:]
        for question in questions { upsert(question) }
    }

    /// Merges bank documents in order: a document with `replace: true` drops what came before it;
    /// a question whose id is already present replaces the earlier one.
    public init(documents: [BankDocument]) {
        self.init(questions: [])
        for document in documents {
            if document.replace { self = QuestionBank(questions: []) }
            for question in document.questions { upsert(question) }
        }
    }

    public func question(id: String) -> Question? {
        indexByID[id].map { questions[$0] }
    }

    /// Questions that fit a round, track and level, in bank order.
    public func candidates(round: RoundKind, track: Track, level: Level) -> [Question] {
        questions.filter { $0.fits(round: round, track: track, level: level) }
    }

    private mutating func upsert(_ question: Question) {
        if let index = indexByID[question.id] {
            questions[index] = question
        } else {
            indexByID[question.id] = questions.count
            questions.append(question)
        }
    }
}
