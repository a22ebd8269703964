/// A transcript read back as an interview: each step is something the interviewer asked (a
/// question, a case part or a follow-up) and what the candidate answered.
public struct RecordedInterview: Equatable, Sendable {
    /// One prompt and its answer.
    public struct Step: Equatable, Sendable {
        public var round: RoundKind
        public var questionID: String
        public var principles: [Principle]
        /// The question's text (for a follow-up, the question it follows).
        public var questionText: String
        public var part: String?
        /// Set when this step is a follow-up.
        public var probe: TranscriptRecord.ProbeRecord?
        public var answer: TranscriptRecord.AnswerRecord?
        public var skipped: Bool

        /// What the interviewer said at this step.
        public var prompt: String { probe?.text ?? questionText }
    }

    public var header: TranscriptRecord.Header
    public var steps: [Step]
    public var debriefs: [TranscriptRecord.DebriefRecord]
    public var loopDebrief: LoopDebrief?
    /// nil when the file has no `end` record: the interview was cut short.
    public var status: EndStatus?

    public init(records: [TranscriptRecord]) throws(TranscriptError) {
        guard case .header(let header) = records.first else { throw .missingHeader }
        self.header = header
        steps = []
        debriefs = []
        var current: TranscriptRecord.QuestionRecord?
        for record in records.dropFirst() {
            switch record {
            case .header:
                break
            case .question(let question):
                current = question
                steps.append(Step(round: question.round, questionID: question.questionID, principles: question.principles,
                                  questionText: question.text, part: question.part, probe: nil, answer: nil, skipped: false))
            case .probe(let probe):
                guard let question = current else { continue }
                steps.append(Step(round: question.round, questionID: question.questionID, principles: question.principles,
                                  questionText: question.text, part: question.part, probe: probe, answer: nil, skipped: false))
            case .answer(let answer):
                if let last = steps.indices.last, steps[last].answer == nil { steps[last].answer = answer }
            case .skip:
                if let last = steps.indices.last { steps[last].skipped = true }
            case .debrief(let debrief):
                debriefs.append(debrief)
            case .loopDebrief(let loop):
                loopDebrief = loop
            case .end(let end):
                status = end.status
            }
        }
    }

    /// One question as it was asked, with its answers (case parts and follow-ups together).
    public typealias Question = (round: RoundKind, questionID: String, principles: [Principle], text: String, answers: [String], skipped: Bool)

    /// The questions in the order asked.
    public var questions: [Question] {
        var result: [Question] = []
        for step in steps {
            if let last = result.indices.last, result[last].questionID == step.questionID, result[last].round == step.round {
                if let answer = step.answer { result[last].answers.append(answer.text) }
                result[last].skipped = result[last].skipped || step.skipped
            } else {
                let text = step.part == nil ? step.questionText : Self.firstLine(of: step.questionText)
                result.append((step.round, step.questionID, step.principles, text, step.answer.map { [$0.text] } ?? [], step.skipped))
            }
        }
        return result
    }

    /// A case's first line, its question without the parts that follow: found in the bytes, since
    /// a long transcript asks this of every case part.
    static func firstLine(of text: String) -> String {
        let utf8 = text.utf8
        guard let start = utf8.firstIndex(where: { $0 != 0x0A }) else { return "" }
        let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex
        return String(text[start..<end])
    }

    /// The rating each question got when the interview ran, from the debriefs.
    public var verdictsThen: [String: TranscriptRecord.QuestionVerdict] {
        var verdicts: [String: TranscriptRecord.QuestionVerdict] = [:]
        for debrief in debriefs { for verdict in debrief.questions ?? [] { verdicts[verdict.questionID] = verdict } }
        return verdicts
    }
}
