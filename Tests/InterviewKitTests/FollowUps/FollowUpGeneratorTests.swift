import Foundation
import InterviewKit
import Testing

@Suite struct FollowUpGeneratorTests {
    static func context(_ principles: [Principle] = [.deliverResults], depth: Int = 3, earlier: [String] = [], kind: QuestionKind = .behavioural) -> FollowUpContext {
        FollowUpContext(question: Question(id: "q", kind: kind, text: "Tell me about a time you delivered a hard result.", principles: principles),
                        round: .barRaiser, track: .pm, level: .l5, maxDepth: depth, earlierAnswers: RecentAnswers(earlier))
    }

    static func next(_ chain: ProbeChain, _ context: FollowUpContext = context()) -> FollowUpDecision {
        var generator = SeededGenerator(seed: 3)
        return AnswerJudge.judge(chain, in: context, using: &generator).decision
    }

    static let vague = "Last year I led our checkout work at my company. I rewrote the address step myself and conversion improved significantly."

    @Test func aVagueResultIsProbedForItsNumberQuotingTheCandidate() throws {
        let probe = try #require(Self.next(ProbeChain(answers: [Self.vague])).probe)
        #expect(probe.target == .metrics)
        #expect(probe.quote == "conversion improved significantly")
        #expect(probe.text.contains("conversion improved significantly"))
        #expect(probe.reason.contains("metrics"))
    }

    /// An outcome with a figure ("now handles 12,000 events a minute") is measured, if not against
    /// a baseline, and a story that tells no choice shows no words to ask what it cost: both are
    /// too slight for a probe of their own, so the strongest claim is asked about. A question about
    /// a decision still wants the choice.
    @Test func aStoryThatTellsNoChoiceIsAskedDeeperUnlessTheQuestionIsAboutOne() throws {
        let answer = "Our portal slowed to a crawl every evening during the spring campaign. I found the campaign tracker wrote each response on its own, and I batched the writes. The portal now handles 12,000 events a minute."
        let plain = Self.next(ProbeChain(answers: [answer]))
        #expect(plain.probe?.target == .depth)
        #expect(plain.findings.contains { $0.gap == .metrics && $0.isOpen && $0.strength < GapFinding.weak })
        #expect(plain.findings.contains { $0.gap == .tradeoff && $0.isOpen && $0.strength < GapFinding.weak })
        let aboutAChoice = FollowUpContext(question: Question(id: "q", kind: .behavioural, text: "Tell me about a tough call you made under pressure.", principles: [.deliverResults]),
                                           round: .barRaiser, track: .pm, level: .l5, maxDepth: 3)
        #expect(Self.next(ProbeChain(answers: [answer]), aboutAChoice).probe?.target == .tradeoff)
    }

    @Test func aTradeOffTheQuestionNamesIsAskedBeforeTheMissingNumber() throws {
        let answer = "At my last company I decided to move two engineers from features to the flaky test suite for a sprint. The builds became much more reliable."
        let plain = FollowUpContext(question: Question(id: "q", kind: .behavioural, text: "Tell me about a time you improved quality.", principles: [.deliverResults]),
                                    round: .barRaiser, track: .pm, level: .l5, maxDepth: 3)
        #expect(Self.next(ProbeChain(answers: [answer]), plain).probe?.target == .metrics)
        let named = FollowUpContext(question: Question(id: "q", kind: .behavioural, text: "How did you balance quality work against new features?", principles: [.deliverResults]),
                                    round: .barRaiser, track: .pm, level: .l5, maxDepth: 3)
        #expect(named.askedGaps == [.tradeoff: .named])
        #expect(Self.next(ProbeChain(answers: [answer]), named).probe?.target == .tradeoff)
    }

    @Test func aReflectiveStoryWithNoDecisionGoesDeeperUnlessTheQuestionAsksAboutAChoice() throws {
        let answer = """
            Last spring I was the PM for checkout at a grocery delivery app, and failed card payments had climbed to 6% of orders. \
            I pulled the payment logs myself, found that one bank's cards timed out on our retry, and wrote the fix with our payments engineer. \
            Failed payments dropped from 6% to 1.5% within two weeks, and customers stopped calling support about double charges. \
            What I learned: watch the failure rate by bank, not just the total.
            """
        func context(_ text: String) -> FollowUpContext {
            FollowUpContext(question: Question(id: "q", kind: .behavioural, text: text, principles: [.diveDeep]), round: .barRaiser, track: .pm, level: .l5, maxDepth: 3)
        }
        let plain = context("Tell me about a time you found the root cause of a problem.")
        #expect(plain.askedGaps.isEmpty)
        #expect(Self.next(ProbeChain(answers: [answer]), plain).probe?.target == .depth)
        let choice = context("Tell me about a time you made a decision with incomplete data.")
        #expect(choice.askedGaps == [.tradeoff: .aboutADecision])
        #expect(Self.next(ProbeChain(answers: [answer]), choice).probe?.target == .tradeoff)
    }

    @Test func aStrongStoryWhoseFigureHasNoBaselineIsAskedAboutItsStrongestClaimFirst() throws {
        let answer = """
            Last spring I owned the referral programme at a meal-kit company, and referrals had stalled for a quarter. \
            I interviewed twelve customers who had referred friends, and I found that the reward only arrived after the friend's third box. \
            I weighed a bigger reward against paying it on the first box, and I chose the first box because finance could carry the cost for a quarter. \
            Sign-ups from referrals reached 4,000 in the first month. \
            What I learned: ask the customers who already refer before changing the reward.
            """
        let story = AnswerAnalyzer.analyze(answer)
        #expect(GapSpec.metrics.finding(in: story).strength == 0.3, "the figure is there, its baseline is not")
        let decision = Self.next(ProbeChain(answers: [answer]))
        #expect(decision.probe?.target == .depth)
        // Still open enough to keep the story from a strong vote.
        let context = FollowUpContext(question: Fixtures.story, round: .barRaiser, track: .pm, level: .l5, maxDepth: 3)
        #expect(AnswerJudge.verdict(answers: [answer], in: context).rating.rating == .inclined)
    }

    @Test func aNumberInTheReplyClosesTheMetricsGapAndTheChainMovesOn() throws {
        let first = try #require(Self.next(ProbeChain(answers: [Self.vague])).probe)
        let decision = Self.next(ProbeChain(answers: [Self.vague, "It went from 2.1% to 2.9% over the quarter."], probes: [first]))
        #expect(!decision.openGaps.contains(.metrics))
        #expect(decision.probe?.target != .metrics)
        #expect(decision.probe?.isFirm == false)
    }

    /// A rough figure, in words and with no baseline, still answers "by how much?": no firmer re-ask.
    @Test func aRoughNumberInWordsAnswersTheProbeAndTheChainMovesOn() throws {
        let first = try #require(Self.next(ProbeChain(answers: [Self.vague])).probe)
        #expect(first.target == .metrics)
        let decision = Self.next(ProbeChain(answers: [Self.vague, "I don't have the dashboard any more, but we lost about three support days a week to it before, and after that almost none."], probes: [first]))
        #expect(decision.probe?.target != .metrics)
        #expect(decision.probe?.isFirm == false)
        #expect(decision.dodged == nil)
    }

    @Test func aDodgeGetsOneFirmerReAskThenIsNotedAndTheInterviewMovesOn() throws {
        let first = try #require(Self.next(ProbeChain(answers: [Self.vague])).probe)
        let dodge = "Honestly it was a team effort and everyone was really happy with it."
        let firm = try #require(Self.next(ProbeChain(answers: [Self.vague, dodge], probes: [first])).probe)
        #expect(firm.target == .metrics && firm.isFirm)
        let after = Self.next(ProbeChain(answers: [Self.vague, dodge, "I don't remember exactly, it was good."], probes: [first, firm]))
        #expect(after.dodged == .metrics)
        #expect(after.probe == nil)
    }

    @Test func theSameGapIsNotProbedTwiceInARowUnlessDodged() throws {
        let first = try #require(Self.next(ProbeChain(answers: [Self.vague])).probe)
        let reply = "Conversion went from 2.1% to 2.9%, which we checked against last year's same weeks."
        let second = try #require(Self.next(ProbeChain(answers: [Self.vague, reply], probes: [first])).probe)
        #expect(second.target != first.target)
    }

    @Test func aStrongAnswerGetsADeeperProbeOnItsStrongestClaim() throws {
        let decision = Self.next(ProbeChain(answers: [Fixtures.strongAnswer]), Self.context([.diveDeep]))
        let probe = try #require(decision.probe)
        #expect(decision.openGaps.isEmpty)
        #expect(probe.target == .depth)
        #expect(probe.quote?.contains("41%") == true)
    }

    @Test func theChainStopsEarlyWhenNothingIsLeft() throws {
        let depth = try #require(Self.next(ProbeChain(answers: [Fixtures.strongAnswer])).probe)
        let decision = Self.next(ProbeChain(answers: [Fixtures.strongAnswer, "We compared the same six weeks a year earlier, and I checked the numbers in the raw order logs myself."], probes: [depth]))
        #expect(decision.probe == nil)
    }

    @Test func theDepthLimitIsRespected() {
        #expect(Self.next(ProbeChain(answers: [Self.vague]), Self.context(depth: 0)).probe == nil)
    }

    /// An outcome with no number: Dive Deep asks what the data showed, never how "that number" was computed.
    @Test func customerObsessionAsksFirstWhereTheCustomerIsInAStoryWithNone() throws {
        let story = "Last year I rewrote our release notes template, added screenshots and trained the two writers on it. The notes now take half the time to write."
        let probe = try #require(Self.next(ProbeChain(answers: [story]), Self.context([.customerObsession])).probe)
        #expect(probe.target == .customer)
        #expect(probe.quote == "The notes now take half the time to write")
    }

    @Test func aPlanWithNothingMissingIsAskedAboutItsAssumptionsNotItsPast() throws {
        let question = Question(id: "p", kind: .behavioural, text: "How would you decide whether to add a loyalty scheme to a bakery chain?", principles: [.deliverResults])
        let plan = """
            I would start from the goal: more visits from the 30% of customers who come weekly. I would test a stamp card \
            in 10 shops against 10 control shops for six weeks, and measure visits per customer and margin per visit. \
            The risk is paying rewards to people who would come anyway, so I would cap the reward and give up the big sign-up bonus.
            """
        for seed: UInt64 in 1...6 {
            var generator = SeededGenerator(seed: seed)
            let context = FollowUpContext(question: question, round: .barRaiser, track: .pm, level: .l5, maxDepth: 3)
            let probe = try #require(AnswerJudge.judge(ProbeChain(answers: [plan]), in: context, using: &generator).decision.probe)
            #expect(probe.target == .depth)
            #expect(probe.text.contains("plan"), "\(probe.text)")
            #expect(!probe.text.contains("risk"), "the plan named its risk: \(probe.text)")
        }
    }

    @Test func diveDeepAsksForTheDataBehindAnUnmeasuredOutcome() throws {
        let probe = try #require(Self.next(ProbeChain(answers: [Self.vague]), Self.context([.diveDeep])).probe)
        #expect(probe.principle == .diveDeep)
        #expect(probe.text.contains("data") || probe.text.contains("come from"))
        #expect(!probe.text.contains("that number") && !probe.text.contains("that figure"))
    }

    @Test func theSameSeedGivesTheSameProbe() {
        #expect(Self.next(ProbeChain(answers: [Self.vague])) == Self.next(ProbeChain(answers: [Self.vague])))
    }

    // MARK: - Awkward candidates

    static let longPaste = String(repeating: "I worked with the team on the launch plan and we reviewed the numbers with finance every week. ", count: 2_800)

    static let awkward: [(name: String, answer: String, issue: AnswerIssue)] = [
        ("empty", "", .empty),
        ("whitespace", "  \n\t ", .empty),
        ("one word", "Leadership.", .tooShort),
        ("gibberish", "asdkj qwxzv lkjhg bnmvc xcvzq plkjh mnbvc zxqwv trpqs", .gibberish),
        ("keyboard mash", "aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa", .gibberish),
        ("declined", "Hmm I don't know, I can't think of one right now.", .noExample),
        ("50,000 words", longPaste, .tooLong),
        ("the question given back", "Tell me about a time you delivered a hard result.", .noExample),
        ("a hobby instead", "Outside work I do a lot of trail running, last year I did my first ultra, 50k in the Alps. It teaches you resilience and pacing which I think is relevant.", .offTopic),
    ]

    @Test(arguments: awkward.indices)
    func anAwkwardAnswerGetsAResponseOfItsOwn(_ index: Int) throws {
        let (name, answer, issue) = Self.awkward[index]
        let decision = Self.next(ProbeChain(answers: [answer]))
        let probe = try #require(decision.probe, "\(name)")
        #expect(probe.issue == issue, "\(name)")
        #expect(!probe.text.isEmpty)
    }

    @Test func aPlanForAProductOutsideWorkIsNotOffTopic() throws {
        // A plan speaks of its product's world (a bedroom, a pillow, a morning), not of the
        // candidate's work: that is no sign of an answer that misses the question.
        let question = Question(id: "clock", kind: .behavioural, text: "How would you design an alarm clock for people who cannot hear?",
                                principles: [.inventAndSimplify])
        let context = FollowUpContext(question: question, round: .barRaiser, track: .pm, level: .l5, maxDepth: 3)
        let plan = "I would start with what wakes a person who cannot hear: light and a shake. I would build a pad that goes under " +
            "the pillow and a lamp that brightens over ten minutes, and I would choose the pad first because it works in any bedroom."
        let decision = Self.next(ProbeChain(answers: [plan]), context)
        let probe = try #require(decision.probe)
        #expect(probe.issue == nil, "the plan is read as a plan, not set aside")
    }

    @Test(arguments: [
        "One night an elderly patient kept pulling out his drip because he was scared and confused. I sat with him, explained each line in plain words and asked his daughter to call him before the night round.",
        "A regular at the restaurant where I was a waiter sent back his plate three times. I asked the cook to make it exactly as he described and took it over myself.",
    ])
    func aStoryFromCareOrServiceWorkIsNotOffTopic(_ answer: String) throws {
        let decision = Self.next(ProbeChain(answers: [answer]))
        let probe = try #require(decision.probe)
        #expect(probe.issue == nil, "a story of work where those served are patients or guests answers the question")
    }

    @Test func theLastFollowUpGivenBackIsNoAnswer() throws {
        let first = try #require(Self.next(ProbeChain(answers: ["I led the checkout redesign and conversion went up a lot."])).probe)
        let decision = Self.next(ProbeChain(answers: ["I led the checkout redesign and conversion went up a lot.", first.text], probes: [first]))
        #expect(decision.probe?.issue == .noExample)
    }

    @Test func theSameAnswerPastedAgainIsPointedOut() throws {
        let decision = Self.next(ProbeChain(answers: [Fixtures.strongAnswer]), Self.context(earlier: [Fixtures.strongAnswer]))
        #expect(decision.probe?.issue == .repeated)
        #expect(decision.probe?.text.contains("same answer") == true)
    }

    @Test func twoAwkwardRepliesInARowMoveOnInsteadOfStalling() throws {
        let first = try #require(Self.next(ProbeChain(answers: ["asdf qwer zxcv"])).probe)
        #expect(Self.next(ProbeChain(answers: ["asdf qwer zxcv", "zxcv qwer asdf"], probes: [first])).probe == nil)
    }

    @Test func controlCharactersAndEscapesAreRemovedBeforeReading() {
        let answer = "Last year I \u{1B}[31mrebuilt\u{1B}[0m the returns flow\u{07}\u{00} and refunds went from 9 days to 2."
        #expect(AnswerAnalyzer.normalize(answer) == "Last year I rebuilt the returns flow and refunds went from 9 days to 2.")
        let story = AnswerAnalyzer.analyze(answer)
        #expect(story.has(.actionByMe) && story.has(.quantifiedResult))
    }

    @Test func negationAndNonResultNumbersAreReadForWhatTheyAre() {
        let story = AnswerAnalyzer.analyze("In Q3 2022 I led a team of 8 for 2 years. We launched the app but we did not measure the impact.")
        #expect(story.has(.result))
        #expect(!story.has(.quantifiedResult), "a date, a team size and a span of time are not results")
        #expect(story.has(.unmeasured))
        #expect(!story.has(.evidence))
    }

    @Test func pastActionsAreToldFromHypotheticalOnes() {
        #expect(AnswerAnalyzer.analyze("I would talk to the customers first and then I would write a plan for the team.").isHypothetical)
        #expect(!AnswerAnalyzer.analyze("I talked to the customers first and then I wrote a plan. Looking back I would have started sooner.").isHypothetical)
    }
}

@Suite struct OwnershipChainTests {
    @Test func aReplyInTheFirstPersonAnswersTheOwnershipProbe() throws {
        let answer = "At my last company we relaunched the analytics add-on. We did a lot of customer research and we changed the messaging, and sign-ups went from 400 to 650 a month."
        let first = try #require(FollowUpGeneratorTests.next(ProbeChain(answers: [answer])).probe)
        #expect(first.target == .ownership)
        let reply = "I personally wrote the new positioning and ran the 12 customer interviews myself."
        let decision = FollowUpGeneratorTests.next(ProbeChain(answers: [answer, reply], probes: [first]))
        #expect(!decision.openGaps.contains(.ownership))
        #expect(decision.probe?.isFirm != true)
    }

    @Test func aReplyStillInWeIsADodge() throws {
        let answer = "At my last company we relaunched the analytics add-on. We did a lot of customer research and we changed the messaging, and sign-ups went from 400 to 650 a month."
        let first = try #require(FollowUpGeneratorTests.next(ProbeChain(answers: [answer])).probe)
        let reply = "We all worked on it together, we wrote the positioning as a group."
        let decision = FollowUpGeneratorTests.next(ProbeChain(answers: [answer, reply], probes: [first]))
        #expect(decision.probe?.target == .ownership && decision.probe?.isFirm == true)
    }
}
