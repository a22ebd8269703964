import InterviewKit
import Testing

/// Judging a chain with answers read once (as `replay --rescore` does) decides exactly what
/// judging it afresh decides, step by step, including a reply that repeats an earlier answer.
@Suite struct AnswerReadingsTests {
    static let question = Question(id: "q", text: "Tell me about a time you cut a process that wasted your team's time.", principles: [.frugality])
    static let first = "We had a weekly status meeting of two hours. I replaced it with a written update and the meeting went away."
    static let replies = [
        "I wrote the template, asked each lead for three lines by Thursday and sent the digest myself on Friday mornings.",
        // The first answer, pasted again as a reply.
        first,
        "It saved about twelve hours a week across the team, measured from the calendars before and after.",
    ]

    @Test func readingOnceDecidesWhatReadingAfreshDecides() {
        let context = FollowUpContext(question: Self.question, round: .barRaiser, track: .pm, level: .l5, maxDepth: 3,
                                      earlierAnswers: RecentAnswers(["An earlier answer about a launch in spring, with its own words and numbers, 40% of them."]))
        var fresh = SeededGenerator(seed: 9), cached = SeededGenerator(seed: 9)
        var readings = AnswerReadings()
        var chain = ProbeChain(answers: [Self.first])
        var issues: [AnswerIssue?] = []
        for reply in [nil] + Self.replies.map(Optional.some) {
            if let reply { chain.answers.append(reply) }
            let afresh = AnswerJudge.judge(chain, in: context, using: &fresh)
            let once = AnswerJudge.judge(chain, in: context, using: &cached, readings: &readings)
            #expect(once == afresh)
            issues.append(afresh.probe?.issue)
            if let probe = afresh.probe { chain.probes.append(probe) }
            if let dodged = afresh.decision.dodged { chain.dodged.append(dodged) }
        }
        // The pasted-again reply was noticed with the answers read once.
        #expect(issues.contains(.repeated))
        let whole = FollowUpContext(question: Self.question, round: .barRaiser, track: .pm, level: .l5, maxDepth: 3)
        let verdictOnce = AnswerJudge.verdict(answers: chain.answers, in: whole, readings: &readings)
        let verdictAfresh = AnswerJudge.verdict(answers: chain.answers, in: whole)
        #expect(verdictOnce.rating == verdictAfresh.rating && verdictOnce.openGaps == verdictAfresh.openGaps && verdictOnce.story == verdictAfresh.story)
    }
}
