import BuiltInBank
import InterviewKit
import Testing

@Suite struct StoryReviewTests {
    static let builtIn: QuestionBank = {
        guard let text = BuiltInBank.yamlText(), let document = try? BankParser.parse(text, source: BuiltInBank.sourceName) else {
            return QuestionBank(questions: [])
        }
        return QuestionBank(documents: [document])
    }()

    static func story(_ title: String, _ principles: [Principle], role: Track? = nil, text: String) -> Story {
        Story(title: title, line: 1, principles: principles, role: role, text: text, textLine: 2)
    }

    static let vague = "We had a pricing page that confused people. We worked hard on it with the team and things got a lot better after the launch, everyone was happy."

    @Test func theQuestionTestsTheFirstPrincipleAndFitsTheRole() throws {
        let bank = Self.builtIn
        try #require(!bank.questions.isEmpty)
        for principle in Principle.allCases {
            for track in Track.allCases {
                let question = StoryReviewer.bestQuestion(for: principle, claimed: [principle], track: track, level: .l5, in: bank)
                #expect(question.principles.first == principle, "\(principle) \(track): \(question.id)")
                #expect(question.rounds.contains(.barRaiser) && question.tracks.contains(track) && question.levels.contains(.l5))
                #expect(question.kind == .behavioural)
            }
        }
    }

    @Test func theChoiceIsTheSameEveryTimeAndFavoursTheOtherClaimedPrinciples() {
        let first = Question(id: "a", text: "Tell me about a time you owned a problem.", principles: [.ownership])
        let both = Question(id: "b", text: "Tell me about a time you owned a problem for a customer.", principles: [.ownership, .customerObsession])
        let second = Question(id: "c", text: "Tell me about a time you helped a customer.", principles: [.customerObsession, .ownership])
        let otherRole = Question(id: "d", text: "Tell me about a time you owned a launch.", principles: [.ownership, .customerObsession], tracks: [.pmm])
        let plan = Question(id: "e", text: "How would you take ownership of a failing product for customers?", principles: [.ownership, .customerObsession])
        let bank = QuestionBank(questions: [first, second, otherRole, plan, both])
        let pick = { (claimed: [Principle], track: Track) in
            StoryReviewer.bestQuestion(for: .ownership, claimed: claimed, track: track, level: .l5, in: bank).id
        }
        #expect(pick([.ownership, .customerObsession], .pm) == "b", "tests ownership first, the other claim too, asks for a past example")
        #expect(pick([.ownership, .customerObsession], .pmm) == "d", "written for this role alone")
        #expect(pick([.ownership], .pm) == "a", "equal fit: the bank's order")
        #expect((1...5).allSatisfy { _ in pick([.ownership, .customerObsession], .pm) == "b" })
    }

    @Test func aBankWithoutThePrincipleStillGivesAQuestion() {
        let question = StoryReviewer.bestQuestion(for: .frugality, claimed: [.frugality], track: .pm, level: .l5, in: Fixtures.bank)
        #expect(question.principles == [.frugality] && question.text.contains("Frugality"))
    }

    @Test func aStoryIsJudgedLikeAnAnswer() {
        let review = StoryReviewer.review(Self.story("Checkout", [.deliverResults], text: Fixtures.strongAnswer), track: .pm, level: .l5, bank: Fixtures.bank)
        #expect(review.question.id == Fixtures.story.id)
        #expect(review.principle == .deliverResults && !review.principlesGuessed)
        let direct = AnswerJudge.verdict(answers: [Fixtures.strongAnswer], in: review.context)
        #expect(review.rating == direct.rating.rating, "the same engine, the same rating")
        #expect(review.isStrong, "\(review.rating) \(review.openGaps)")

        let weak = StoryReviewer.review(Self.story("Pricing", [.deliverResults], text: Self.vague), track: .pm, level: .l5, bank: Fixtures.bank)
        #expect(!weak.isStrong)
        #expect(!weak.openGaps.isEmpty && weak.judgement.probe != nil)
        #expect(weak.advice == GapSpec.of(weak.openGaps[0]).advice)
    }

    @Test func theRoleLineOutranksTheTrackAskedFor() {
        let review = StoryReviewer.review(Self.story("Launch", [.thinkBig], role: .pmm, text: Fixtures.strongAnswer), track: .pm, level: .l5, bank: Self.builtIn)
        #expect(review.track == .pmm && review.question.tracks.contains(.pmm))
    }

    @Test func withoutAPrinciplesLineTheWordsChoose() {
        let text = "I dug into the churn data myself for a week and found the root cause: customers who never connected an integration left at twice the rate."
        let review = StoryReviewer.review(Self.story("Churn", [], text: text), track: .pm, level: .l5, bank: Self.builtIn)
        #expect(review.principlesGuessed && review.principles.first == .diveDeep, "\(review.principles)")
        let nothing = StoryReviewer.review(Self.story("Blank", [], text: "Hmm."), track: .pm, level: .l5, bank: Self.builtIn)
        #expect(nothing.principles.isEmpty && nothing.principle == nil && nothing.rating == .insufficientEvidence)
    }

    @Test func theMatrixPutsTheTracksPrinciplesFirst() {
        for track in Track.allCases {
            let order = StoryMatrix.order(for: track)
            #expect(Set(order) == Set(Principle.allCases) && order.count == 16)
            let weights = order.map { TrackEmphasis.weight(of: $0, on: track) }
            #expect(weights == weights.sorted(by: >), "\(track)")
        }
        #expect(Array(StoryMatrix.order(for: .pmm).prefix(3)) == [.customerObsession, .thinkBig, .earnTrust])
        #expect(Array(StoryMatrix.order(for: .pm).prefix(3)) == [.inventAndSimplify, .diveDeep, .deliverResults])
    }

    @Test func theMatrixMarksStrongWeakAndMissing() {
        let stories = [
            Self.story("Checkout", [.deliverResults], text: Fixtures.strongAnswer),
            Self.story("Pricing", [.customerObsession, .deliverResults], text: Self.vague),
            Self.story("Everything", [.ownership, .frugality, .thinkBig, .earnTrust, .diveDeep], text: Self.vague),
            Self.story("Blank", [], text: "Hmm."),
        ]
        let matrix = StoryMatrix(stories: stories, track: .pmm, level: .l5, bank: Fixtures.bank)
        let row = { (principle: Principle) in matrix.rows.first { $0.principle == principle } }
        #expect(matrix.rows.count == 16 && matrix.rows.first?.principle == .customerObsession && matrix.rows.first?.isEmphasised == true)
        #expect(row(.deliverResults)?.status == .strong)
        #expect(row(.deliverResults)?.entries.map(\.title) == ["Checkout", "Pricing"])
        #expect(row(.customerObsession)?.status == .weak)
        #expect(row(.hireAndDevelopTheBest)?.status == .missing && row(.hireAndDevelopTheBest)?.entries.isEmpty == true)
        #expect(matrix.weakOnly.contains(.customerObsession) && !matrix.weakOnly.contains(.deliverResults))
        #expect(matrix.missing.contains(.hireAndDevelopTheBest) && !matrix.missing.contains(.ownership))
        #expect(matrix.stretched.map(\.title) == ["Everything"])
        #expect(matrix.unplaced.map(\.title) == ["Blank"])
    }

    @Test func theExampleStoryHoldsUp() throws {
        let story = try #require(try StoryParser.parse(StoryTemplate.text, source: "stories.md").first)
        let review = StoryReviewer.review(story, track: .pm, level: .l5, bank: Self.builtIn)
        #expect(review.isStrong, "the example shows what a story that stands up looks like: \(review.rating) \(review.openGaps)")
    }
}
