/// What the engine makes of the story told so far: the next probe and how the story rates.
public struct Judgement: Equatable, Sendable {
    /// The next probe, the gaps still open and the story read as a whole.
    public var decision: FollowUpDecision
    public var rating: StoryRating

    public var probe: Probe? { decision.probe }
    public var story: AnswerAnalysis { decision.story }
    public var openGaps: [Gap] { decision.openGaps }
}

/// The one way an answer is judged. The interview, `replay --rescore`, `probe`, the tests and the
/// benchmark all call it, so a story is read, probed and rated the same way everywhere.
public enum AnswerJudge {
    /// Reads the chain so far (the answers, the probes asked, the gaps dodged) and decides the next
    /// probe and the rating the story has now.
    public static func judge(_ chain: ProbeChain, in context: FollowUpContext, using generator: inout SeededGenerator) -> Judgement {
        var readings = AnswerReadings()
        return judge(chain, in: context, using: &generator, readings: &readings)
    }

    /// The same, reading each answer once across calls: `readings` keeps what earlier calls read.
    public static func judge(_ chain: ProbeChain, in context: FollowUpContext, using generator: inout SeededGenerator,
                             readings: inout AnswerReadings) -> Judgement {
        judge(chain, in: context, using: &generator, readings: &readings, soFar: nil)
    }

    /// The same, for a caller that keeps what the chain's answers before its latest reply come to
    /// (`soFar`), so that only the latest reply is read and merged into the story.
    static func judge(_ chain: ProbeChain, in context: FollowUpContext, using generator: inout SeededGenerator,
                      readings: inout AnswerReadings, soFar: ChainSoFar?) -> Judgement {
        let decision = FollowUpGenerator.nextProbe(after: chain, in: context, using: &generator, readings: &readings, soFar: soFar)
        let rating = StoryScorer.rate(decision.story, findings: decision.findings, context: context,
                                      dodged: chain.dodged + (decision.dodged.map { [$0] } ?? []))
        return Judgement(decision: decision, rating: rating)
    }

    /// A whole question, once it is over: every answer read as one story, against all the parts
    /// of a case, with the gaps the candidate dodged.
    public static func verdict(answers: [String], in context: FollowUpContext, dodged: [Gap] = []) -> (rating: StoryRating, openGaps: [Gap], story: AnswerAnalysis) {
        var readings = AnswerReadings()
        return verdict(answers: answers, in: context, dodged: dodged, readings: &readings)
    }

    /// The same, reading each answer once across calls: `readings` keeps what earlier calls read.
    public static func verdict(answers: [String], in context: FollowUpContext, dodged: [Gap] = [],
                               readings: inout AnswerReadings) -> (rating: StoryRating, openGaps: [Gap], story: AnswerAnalysis) {
        let whole = context.wholeQuestion
        let framing = whole.framing
        // An answer that only gives the question back tells nothing and earns nothing.
        let told = answers.filter { !context.questionPrompt.givenBack(in: $0) }
        let story = AnswerAnalysis.story(of: told.map { readings.reading(of: $0, framing: framing).analysis })
        let findings = GapRanking.openGaps(in: story, context: whole)
        let rating = StoryScorer.rate(story, findings: findings, context: whole, dodged: dodged)
        return (rating, findings.map(\.gap), story)
    }
}
