import InterviewKit
import Testing

/// A case answer names its metric, its test, its first step and its limits in plain words as often
/// as in the textbook's: each is read as the part it covers.
@Suite struct CasePlainWordsTests {
    static let question = Question(id: "t-reading", kind: .case, text: "Readers stall early in long books. Design something that helps them.",
                                   principles: [.customerObsession], rounds: [.functional], tracks: [.pm])

    static let answer = """
        My hypothesis is that readers stall because the opening chapters are slow and nothing brings them back. I would \
        measure the share of readers who reach chapter five within two weeks, about 40% today, and aim for 50%. I'd test \
        a short recap card against a control for four weeks. I'd build the recap first because it needs no new content deals.
        """

    @Test func everyPartToldInPlainWordsIsCovered() {
        let context = FollowUpContext(question: Self.question, round: .functional, track: .pm, level: .l5, maxDepth: 3)
        let verdict = AnswerJudge.verdict(answers: [Self.answer], in: context)
        #expect(verdict.openGaps.isEmpty, "open: \(verdict.openGaps)")
    }
}
