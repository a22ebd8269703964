/// The story in progress at the end of a transcript: the last question, the answers and probes
/// that followed it, and the answers to the questions before. What `barraiser probe --history` chains on.
public struct TranscriptStory: Equatable, Sendable {
    public var header: TranscriptRecord.Header?
    public var question: TranscriptRecord.QuestionRecord?
    public var chain: ProbeChain
    public var earlierAnswers: [String]

    public init(records: [TranscriptRecord]) {
        header = nil
        question = nil
        chain = ProbeChain()
        earlierAnswers = []
        for record in records {
            switch record {
            case .header(let value):
                header = value
            case .question(let value):
                earlierAnswers += chain.answers
                question = value
                chain = ProbeChain()
            case .answer(let value):
                chain.answers.append(value.text)
            case .probe(let value):
                chain.probes.append(value.probe)
            default:
                break
            }
        }
    }
}
