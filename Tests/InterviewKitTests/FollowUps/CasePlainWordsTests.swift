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

    static let launch = Question(id: "t-backend", kind: .case, text: "Take a managed game backend to market for small studios.",
                                 principles: [.customerObsession], rounds: [.functional], tracks: [.pmm])

    static let plan = """
        I'd go first after studios of 5 to 50 people shipping their first online game, with no backend engineer: about         3,000 of them. We position it as multiplayer without hiring a backend team, against rolling your own servers.         Pricing is a free tier up to 1,000 players, then a monthly cap so a launch spike can't ruin them. We reach them         through engine forums and game jams, and sell through two indie publishers as partners. Goal: 300 active studios         within 12 months of launch.
        """

    @Test func aGoToMarketToldInPlainWordsCoversItsParts() {
        let context = FollowUpContext(question: Self.launch, round: .functional, track: .pmm, level: .l5, maxDepth: 3)
        let verdict = AnswerJudge.verdict(answers: [Self.plan], in: context)
        #expect(verdict.openGaps.isEmpty, "open: \(verdict.openGaps)")
    }
}

/// A plan made of the steps every plan has is generic, whatever incidental numbers name its segments.
@Suite struct GenericPlanTests {
    static let context = FollowUpContext(
        question: Question(id: "t-kids", kind: .case, text: "How would you improve a music app for families?", principles: [.customerObsession],
                           rounds: [.functional], tracks: [.pm]),
        round: .functional, track: .pm, level: .l5, maxDepth: 3)

    @Test func aPlanOfEveryPlansStepsIsGenericThoughItNamesAgeRanges() {
        let answer = """
            I would start by understanding the families. I would split them into parents of 3-5 year olds and parents of teens. \
            I would look at the data to find their pain points, then gather feedback on a few ideas. \
            I would prioritise the idea with the biggest impact and measure engagement.
            """
        let story = AnswerJudge.verdict(answers: [answer], in: Self.context).story
        #expect(GapSpec.specificity.finding(in: story, context: Self.context.gapContext).isOpen)
    }

    @Test func aPlanHeldToAShareIsNotGeneric() {
        let answer = """
            I would start by understanding the families. I would look at the data to find their pain points, then gather feedback \
            on a shared family queue. I would prioritise the queue and measure the share of family plans with two active members, \
            from 30% today to 40% in a quarter.
            """
        let story = AnswerJudge.verdict(answers: [answer], in: Self.context).story
        #expect(!GapSpec.specificity.finding(in: story, context: Self.context.gapContext).isOpen)
    }
}
