@testable import InterviewKit
import Testing

/// How probes are worded and what they quote.
@Suite struct ProbeWordingTests {
    static func decision(_ answer: String, question: Question, expected: [Gap] = [], asked: [String] = []) -> FollowUpDecision {
        var generator = SeededGenerator(seed: 5)
        let context = FollowUpContext(question: question, round: question.rounds.first ?? .barRaiser, track: .pm, level: .l5, maxDepth: 3,
                                      expectedGaps: expected, askedProbes: Set(asked))
        return AnswerJudge.judge(ProbeChain(answers: [answer]), in: context, using: &generator).decision
    }

    /// How people took the work is no measure that moved: the probe asks what it changed, not "by how much".
    @Test func aReactionIsAskedWhatItChanged() {
        let question = Question(id: "q", kind: .behavioural, text: "Tell me about a time you helped a teammate.", principles: [.earnTrust], rounds: [.barRaiser])
        let probe = Self.decision("I paired with a new engineer on her first release and I wrote her a checklist for the deploy. She shipped it on her own. My lead was really happy about it.",
                                  question: question).probe
        #expect(probe?.target == .metrics)
        #expect(probe?.text.contains("Beyond how people took it") == true, "\(probe?.text ?? "nil")")
        #expect(probe?.text.contains("By how much") == false)
    }

    @Test func aQuoteCutForLengthSaysSo() {
        let story = AnswerAnalyzer.analyze("Last year I decided to rebuild the entire seller onboarding flow for every single marketplace region we ran in Europe and Asia.")
        let quote = GapSpec.tradeoff.finding(in: story).evidence.first.map { $0.text }
        #expect(quote?.hasSuffix("…") == true, "\(quote ?? "nil")")
    }

    @Test func byHowMuchNeverQuotesAResultThatHasItsNumbers() {
        let story = AnswerAnalyzer.analyze("In week two I cut the scope from nine features to three. We shipped it and reviews improved.")
        let quote = GapSpec.metrics.finding(in: story).evidence.first.map { $0.text }
        #expect(quote?.contains("nine") != true)
        #expect(quote?.contains("reviews improved") == true)
    }

    @Test(arguments: [
        ("In that situation I would first talk to the stakeholders, then I would write a doc and I would align everyone on the goal.", "not what you would do"),
        ("Honestly I usually just try to keep customers in mind and I always make sure the team is on the same page, that's kind of my style.", "how you usually work"),
        ("At my previous company a colleague kept turning down my proposals. I approached him with empathy and patience. Through open communication and mutual respect we built trust, and our collaboration became constructive.", "how you like to work"),
    ])
    func aRequestForOneRealTimeFitsTheWordsItQuotes(_ answer: String, _ wording: String) {
        let question = Question(id: "t", kind: .behavioural, text: "Tell me about a time you earned trust.", principles: [.earnTrust], rounds: [.barRaiser], tracks: [.pm])
        let probe = Self.decision(answer, question: question).probe
        #expect(probe?.target == .specificity)
        #expect(probe?.text.contains(wording) == true, "\(probe?.text ?? "nil")")
    }

    @Test(arguments: [
        ("I would cut the sign-up to one screen and add a passkey login, then test it against today's flow.", Gap.tradeoff),
        ("Launching a product is about knowing the customer and having a sharp message. You need a strong go-to-market plan, and you need good timing.", Gap.specificity),
    ])
    func aPlanIsAskedAboutInTheConditional(_ answer: String, _ gap: Gap) {
        let question = Question(id: "p", kind: .behavioural, text: "How would you launch a meal-kit subscription?", principles: [.thinkBig], rounds: [.barRaiser], tracks: [.pm])
        let probe = Self.decision(answer, question: question).probe
        #expect(probe?.target == gap)
        #expect(probe?.text.contains("would") == true && probe?.text.contains("did you") == false, "\(probe?.text ?? "nil")")
    }

    @Test func goingDeeperIntoAPlanAsksAboutItsAssumptionsAndCutsNotARiskItNamed() {
        let named = AnswerAnalyzer.analyze("I would pilot a monthly commuter pass in one city. The risk is that it eats into regular fares, so I would cap the passes.")
        let plain = AnswerAnalyzer.analyze("I would pilot a monthly commuter pass in one city and cap the number of passes.")
        let forNamed = GapSpec.depth.phrasings(for: nil, in: named, framing: .plan)
        let forPlain = GapSpec.depth.phrasings(for: nil, in: plain, framing: .plan)
        #expect(forPlain.count == 3 && forPlain.allSatisfy { !$0.contains("hardest moment") }, "a plan has no past to go deeper into")
        #expect(forNamed.count == 2 && forNamed.allSatisfy { !$0.contains("risk") }, "\(forNamed)")
    }

    @Test func goingDeeperNeverAsksForTheBaselineItWasGiven() {
        let story = AnswerAnalyzer.analyze("In 2023 I owned checkout. I chose to cut the coupon field instead of redesigning the page, which meant giving up a planned promo. "
            + "I wrote the spec and I ran the test myself. Completed orders went from 61% to 66% in four weeks.")
        let depth = GapSpec.depth.finding(in: story)
        #expect(depth.evidence.first?.text.contains("61%") == true)
        for phrasing in GapSpec.depth.phrasings + GapSpec.depth.flavoured.values.joined() where phrasing.contains("{q}") {
            #expect(!phrasing.contains("baseline"), "a quoted number may carry its baseline: \(phrasing)")
        }
        let plain = AnswerAnalyzer.analyze("In 2023 I owned checkout. I chose to cut the coupon field instead of redesigning the page. I wrote the spec and ran the test.")
        #expect(GapSpec.depth.finding(in: plain).evidence.isEmpty, "no number to go deeper into: no quote")
    }

    @Test func goingDeeperQuotesAFigureOnlyWhereSomethingChanged() {
        let counted = AnswerAnalyzer.analyze("In 2023 I owned the help centre. I chose to rewrite the top articles instead of adding a chatbot. "
            + "I interviewed the support leads and I rewrote the articles myself. We successfully launched dedicated help pages for 12 common errors.")
        #expect(GapSpec.depth.finding(in: counted).evidence.isEmpty, "\(GapSpec.depth.finding(in: counted).evidence.map(\.text))")
        let moved = AnswerAnalyzer.analyze("In 2023 I owned the help centre. I chose to rewrite the top articles instead of adding a chatbot. "
            + "I interviewed the support leads and I rewrote the articles myself. In the end tickets about those errors fell by 300 a week.")
        #expect(GapSpec.depth.finding(in: moved).evidence.first?.text.contains("300") == true, "\(GapSpec.depth.finding(in: moved).evidence.map(\.text))")
    }

    @Test func aCasesOwnFollowUpsWaitForItsLastPart() throws {
        let question = Question(id: "c", kind: .case, text: "Launch it.", principles: [.thinkBig], rounds: [.functional], tracks: [.pm],
                                followUps: ["What would you do if the main partner refused?"],
                                parts: [CasePart(id: "h", prompt: "Hypothesis?", expects: "", gap: .hypothesis),
                                        CasePart(id: "k", prompt: "Constraints?", expects: "", gap: .constraints)])
        let first = try #require(Self.decision("My hypothesis is that people abandon setup because the Wi-Fi step fails.", question: question, expected: [.hypothesis]).probe)
        #expect(first.target == .depth && first.text != question.followUps[0])
        let last = try #require(Self.decision("Latency and cost per device are the constraints that could kill it at scale.", question: question, expected: [.constraints]).probe)
        #expect(last.text == question.followUps[0])
    }

    @Test func aQuestionsOwnFollowUpIsNotAskedTwice() throws {
        let question = Question(id: "q", text: "Tell me about a launch.", principles: [.deliverResults], followUps: ["What was the hardest call?"])
        let own = try #require(Self.decision(Fixtures.strongAnswer, question: question).probe)
        #expect(own.text == "What was the hardest call?")
        let next = try #require(Self.decision(Fixtures.strongAnswer, question: question, asked: [own.text]).probe)
        #expect(next.text != own.text)
    }

    @Test func aScreenStoryThatClaimsAnOutcomeIsAskedForItsNumber() {
        let question = Question(id: "s", kind: .screen, text: "Tell me about something you are proud of.", rounds: [.screen])
        let decision = Self.decision("I am proud of the onboarding flow I rebuilt last year for our budgeting app. I interviewed our users, cut the steps in half, and retention improved a lot after it shipped.", question: question)
        #expect(decision.probe?.target == .metrics)
    }

    @Test func aPreventedLossIsAResult() {
        let story = AnswerAnalyzer.analyze("I caught the pricing error before launch, which prevented about 40,000 wrong charges.")
        #expect(story.has(.result) && story.has(.quantifiedResult))
    }

    @Test func unlikeNamesTheAlternativeAPositioningIsAgainst() {
        #expect(!GapSpec.of(.positioning).finding(in: AnswerAnalyzer.analyze("Positioning: unlike running your own servers, it is multiplayer in a day with no ops team.")).isOpen)
        #expect(GapSpec.of(.positioning).finding(in: AnswerAnalyzer.analyze("I would position it as the simplest way to watch everything you love.")).isOpen)
    }
}
