import InterviewKit
import Testing

/// How clearly a gap is open, where the answer between "covered" and "clearly open" matters.
@Suite struct GapStrengthTests {
    @Test func anOutcomeInWordsBesideAMeasuredOneLeavesMetricsThin() {
        let beside = GapSpec.metrics.finding(in: AnswerAnalyzer.analyze(
            "I moved the help centre search to the new index and I rewrote the top twenty articles. Self-serve resolution went from 31% to 44% in a quarter. Morale on the support team was much better afterwards."))
        #expect(beside.isOpen && !beside.isClear, "the number that matters was given")
        #expect(beside.strength < GapFinding.weak)
        let alone = GapSpec.metrics.finding(in: AnswerAnalyzer.analyze(
            "I moved the help centre search to the new index and I rewrote the top twenty articles. Morale on the support team was much better afterwards."))
        #expect(alone.isClear)
    }

    @Test func theTimeItHappenedToldIsADetailOfOneRealTime() {
        let told = "I usually get on well with people, but a few years ago a colleague kept presenting my analysis as his own in the weekly review. I asked him for coffee, showed him the slides with my notes on them and told him how it landed with the rest of us. He started crediting the team in every review after that, and the meetings got a lot calmer."
        #expect(!GapSpec.specificity.finding(in: AnswerAnalyzer.analyze(told)).isOpen)
        let undated = told.replacingOccurrences(of: ", but a few years ago a colleague", with: ", but once a colleague")
        #expect(GapSpec.specificity.finding(in: AnswerAnalyzer.analyze(undated)).isOpen, "no name, number or date: a pattern as much as an event")
    }

    @Test func workBroughtToItsEndWantsItsNumberLessThanAStateInWords() {
        let finished = GapSpec.metrics.finding(in: AnswerAnalyzer.analyze(
            "The move of our billing data had a hard cut-off date. I split the tables into three batches and I ran the checks each night. I finished the move in time."))
        #expect(finished.strength == GapFinding.weak, "the deadline met was the outcome asked for")
        let state = GapSpec.metrics.finding(in: AnswerAnalyzer.analyze(
            "The move of our billing data had a hard cut-off date. I split the tables into three batches and I ran the checks each night. Billing ran much more smoothly after that."))
        #expect(state.isClear)
    }

    /// Effort from the candidate and the team alike ("ensured we stayed on track") is a story
    /// without steps, not one whose steps someone else took.
    @Test func effortToldByEveryoneLeavesTheActionOpenNotTheOwnership() {
        let story = AnswerAnalyzer.analyze("I took ownership of the billing migration and made sure everyone was aligned. I drove the effort, kept stakeholders informed and ensured we stayed on track. The migration was completed successfully.")
        #expect(GapSpec.action.finding(in: story).isClear)
        #expect(!GapSpec.ownership.finding(in: story).isClear)
    }

    /// Endings told in plain words about the thing, or the work brought to its end, state a result.
    @Test(arguments: [
        "A key account kept getting double invoices. I traced it to a duplicate nightly job and I turned the job off. The invoices were right from the next cycle.",
        "I had two weeks to learn Kotlin for a client demo. I did the official course and rebuilt our sample app in Kotlin. I finished the app in ten days.",
        // Told in the present, as a second language often tells it: the customer's reply is the ending.
        "A parcel of our customer was lost. I call the warehouse and find it on the wrong shelf. I drive it over the same evening. The customer write a good review next day.",
    ])
    func aPlainEndingLeavesNoResultOpen(_ answer: String) {
        #expect(!GapSpec.result.finding(in: AnswerAnalyzer.analyze(answer)).isOpen, "\(answer)")
    }

    @Test func aBusinessNamedByItsTradeIsTheCustomer() {
        let story = AnswerAnalyzer.analyze("A small bakery using our till app had lost a day of sales data. I restored it from the device backups and walked the owner through the export. She told other shop owners about us.")
        #expect(!GapSpec.customer.finding(in: story).isOpen)
    }

    @Test func aSideProjectAtSchoolHasNoCustomer() {
        let story = AnswerAnalyzer.analyze("I had two weeks to learn Kotlin for a side project at school. I did the official course and rebuilt my old Java app in Kotlin. I finished the app in ten days.")
        #expect(GapSpec.customer.finding(in: story).isClear)
    }

    @Test func aStoryWithADateButNoSceneIsThinOnSituationNotMissing() {
        let dated = GapSpec.situation.finding(in: AnswerAnalyzer.analyze("I rewrote the refund rules by end of year and I moved the reports to a queue. Refunds went from 9 days to 2."))
        #expect(dated.strength == GapFinding.weak)
        let bare = GapSpec.situation.finding(in: AnswerAnalyzer.analyze("I rewrote the refund rules and I moved the reports to a queue. Refunds went from 9 days to 2."))
        #expect(bare.isClear)
    }

    /// A story that opens on a promise made ("We promised a customer…") opens on its task, not on a step.
    @Test func aCommitmentOpeningLeavesTheSettingThinNotMissing() {
        let promised = GapSpec.situation.finding(in: AnswerAnalyzer.analyze("We promised a customer a custom export by month end. Our team underestimated the work and we missed it by two weeks. I called the customer myself and offered a weekly preview build. They renewed in the spring."))
        #expect(promised.strength == GapFinding.weak)
    }

    /// Steps told across two jobs at once are no one time, however many there are.
    @Test func anAnswerAcrossSeveralJobsLeavesSpecificityClearlyOpen() {
        let story = AnswerAnalyzer.analyze("In both my roles, at the bakery and at the bike shop, I helped new staff settle in. I showed each new hire the tills and I paired them with an experienced colleague. I checked in with them after every shift.")
        #expect(GapSpec.specificity.finding(in: story).isClear)
    }

    @Test func aSituationHeadingOverOneShortLineLeavesTheSettingThin() {
        let short = GapSpec.situation.finding(in: AnswerAnalyzer.analyze("(S) There was a project that was behind.\n(A) I rewrote the plan and I cut two features.\n(R) It shipped in May."))
        #expect(short.strength == GapFinding.weak)
        let staked = GapSpec.situation.finding(in: AnswerAnalyzer.analyze("(S) The partner launch was 3 weeks behind.\n(A) I rewrote the plan and I cut two features.\n(R) It shipped in May."))
        #expect(!staked.isOpen, "a figure tells what was at stake")
    }

    @Test func aResultHeadingWithNothingUnderItLeavesTheResultClearlyOpen() {
        let empty = GapSpec.result.finding(in: AnswerAnalyzer.analyze("Situation: two failed payouts had cost us a big seller.\nAction: I called the seller and I moved their payouts to the daily run.\nResult:"))
        #expect(empty.isClear)
        let unsaid = GapSpec.result.finding(in: AnswerAnalyzer.analyze("Situation: two failed payouts had cost us a big seller.\nAction: I called the seller and I moved their payouts to the daily run."))
        #expect(unsaid.strength == GapFinding.weak, "with no heading, the setting's outcome leaves the result thin, not missing")
    }

    @Test func someoneElseTakingMoreStepsThanTheCandidateLeavesOwnershipClearlyOpen() {
        let story = AnswerAnalyzer.analyze("A designer and I disagreed about the launch date. I told him my concerns. My manager then stepped in, talked to both of us and moved the date by a week.")
        #expect(GapSpec.ownership.finding(in: story).isClear)
        let mine = AnswerAnalyzer.analyze("A designer and I disagreed about the launch date. I told him my concerns, I wrote up both options and I set up a call. My manager moved the date by a week.")
        #expect(!GapSpec.ownership.finding(in: mine).isClear)
    }

    @Test func othersActingWhileTheCandidateOnlyHelpedLeavesOwnershipClearlyOpen() {
        let helped = AnswerAnalyzer.analyze("The scanner app kept crashing at two depots. My lead pulled in the Android developer and the leak was patched. I helped with testing. Crashes stopped within a week.")
        #expect(GapSpec.ownership.finding(in: helped).isClear)
        let tested = AnswerAnalyzer.analyze("The scanner app kept crashing at two depots. My lead pulled in the Android developer and the leak was patched. I wrote the crash test and I ran it on every depot's devices. Crashes stopped within a week.")
        #expect(!GapSpec.ownership.finding(in: tested).isClear, "steps of the candidate's own beside theirs")
    }

    @Test func namingTheTradeOffsWithoutTellingThemLeavesTheTradeOffOpen() {
        let named = AnswerAnalyzer.analyze("I asked both leads to write down the trade-offs and present them on Friday. We chose the hosted search.")
        #expect(GapSpec.tradeoff.finding(in: named).isClear)
        let told = AnswerAnalyzer.analyze("I asked both leads to write down the trade-offs of each option. We chose the hosted search and gave up custom ranking for a year.")
        #expect(!GapSpec.tradeoff.finding(in: told).isOpen)
    }

    @Test func decidingToTakeTheWorkUpIsNoChoiceToWeigh() {
        let takeUp = AnswerAnalyzer.analyze("Nobody owned the flaky export, so I decided to take it on. I traced the failures to a timeout and I raised it to five minutes.")
        #expect(!takeUp.has(.decision))
        #expect(!GapSpec.tradeoff.finding(in: takeUp).isClear)
        let course = AnswerAnalyzer.analyze("Nobody owned the flaky export, so I decided to drop the nightly run. I traced the failures to a timeout and I raised it to five minutes.")
        #expect(GapSpec.tradeoff.finding(in: course).isClear)
    }

    @Test func beingToldNotToWorryIsNoTradeOff() {
        let story = AnswerAnalyzer.analyze("I found the failing health check and I decided to raise it with the platform team. Their lead told me not to worry about it.")
        #expect(!story.has(.tradeoff))
        #expect(AnswerAnalyzer.analyze("I decided to raise it and I chose not to block the release, so the fix waited a week.").has(.tradeoff))
    }

    @Test func aStakeOfOnesOwnLeavesTheCustomerClearlyOpenAndNoWordOfWorkLessSo() {
        let noWork = AnswerAnalyzer.analyze("Conflict is normal between people. It is best to talk early, listen well and find some common ground. That usually works for everyone.")
        #expect(!noWork.mentionsWork && !noWork.has(.personalContext))
        #expect(GapSpec.customer.finding(in: noWork).strength == 0.8)
        let semester = AnswerAnalyzer.analyze("For a course project last semester I built a study planner with two classmates and we demoed it in class.")
        #expect(GapSpec.customer.finding(in: semester).isClear)
    }

    @Test func anOutcomeCarryingAFigureLeavesTheMetricThinNotMissing() {
        let lasting = GapSpec.metrics.finding(in: AnswerAnalyzer.analyze("We picked the queue over the cron job. The team was relieved and the queue has been running for 14 months without an incident."))
        // Zero over a counted time is a measure, as a figure without its baseline is: too slight to
        // be asked before the story's strongest claim.
        #expect(lasting.isOpen && lasting.strength < GapFinding.weak)
        #expect(lasting.evidence.isEmpty, "'by how much?' does not fit an outcome of zero")
        let context = FollowUpContext(question: Question(id: "q", kind: .behavioural, text: "Tell me about a time you improved reliability.", principles: [.deliverResults]),
                                      round: .barRaiser, track: .pm, level: .l5, maxDepth: 3)
        #expect(!GapRanking.deservesProbe(lasting, context: context))
        let words = GapSpec.metrics.finding(in: AnswerAnalyzer.analyze("We picked the queue over the cron job. The team was relieved and the queue has been running smoothly ever since."))
        #expect(words.isClear)
    }

    @Test func aPlansUnweighedChoiceIsQuotedNotItsClarifyingQuestions() {
        let plan = GapContext(framing: .plan)
        let answer = AnswerAnalyzer.analyze("Clarifying questions\n- Is this for every market?\n- Start with renters in the two biggest cities\n- Launch a deposit-free plan with a partner insurer", framing: .plan)
        let finding = GapSpec.tradeoff.finding(in: answer, context: plan)
        #expect(finding.isClear)
        #expect(finding.evidence.first.map { !$0.text.lowercased().contains("clarifying") } ?? true, "quoted \(finding.evidence.map(\.text))")
    }

    @Test func aClarifyingQuestionProposesNothingToQuote() {
        let plan = GapContext(framing: .plan)
        let answer = AnswerAnalyzer.analyze("First, is there a group of renters we should focus on? Is this for every market?\nI would launch a deposit-free plan with a partner insurer in the two biggest cities.", framing: .plan)
        #expect(!(answer.signals[.hypothetical] ?? []).contains { $0.text.contains("should focus") }, "\(answer.signals[.hypothetical] ?? [])")
        let finding = GapSpec.tradeoff.finding(in: answer, context: plan)
        #expect(finding.evidence.first?.text.hasPrefix("I would launch a deposit-free plan") == true, "quoted \(finding.evidence.map(\.text))")
    }

    @Test func aQuestionInAStoryTellsNoOutcomeAndMakesNoChoice() {
        let asked = AnswerAnalyzer.analyze("The month-end export kept timing out. I split it into four jobs with a retry each. Did the close get faster? Did we decide to keep the old job?")
        #expect(!asked.has(.result) && !asked.has(.decision), "\(asked.signals[.result] ?? []) \(asked.signals[.decision] ?? [])")
        let told = AnswerAnalyzer.analyze("The month-end export kept timing out. I split it into four jobs with a retry each. The close got faster, and we decided to keep the old job as a fallback.")
        #expect(told.has(.result) && told.has(.decision))
    }

    @Test func aNumberInAPlanIsNotYetHowItWouldBeJudged() {
        let plan = GapContext(framing: .plan)
        let rollout = AnswerAnalyzer.analyze("I would start with students who already use the app, launch to 10% of them with a banner, and roll out to everyone if they like it.", framing: .plan)
        #expect(GapSpec.metrics.finding(in: rollout, context: plan).strength == GapFinding.weak)
        let measured = AnswerAnalyzer.analyze("I would launch to 10% of students with a banner and measure weekly budgets created per user against the rest.", framing: .plan)
        #expect(!GapSpec.metrics.finding(in: measured, context: plan).isOpen)
    }

    @Test func aPlanOfTheStepsEveryPlanHasProposesNothingForThisCase() {
        let plan = GapContext(framing: .plan)
        let process = AnswerAnalyzer.analyze("I would start by understanding who the riders are. I would do research with some of them and I would define the main problem. Then I would prioritise the ideas on a matrix and I would iterate on what we learn.", framing: .plan)
        let finding = GapSpec.specificity.finding(in: process, context: plan)
        #expect(finding.isClear)
        #expect(finding.evidence.first?.text.hasPrefix("I would start by understanding") == true)
        let proposal = AnswerAnalyzer.analyze("I would start by understanding who the riders are. I would add a late-night safety check-in to the app for riders who travel alone, and I would offer it in two cities before the rest. I would define the problem with the safety team.", framing: .plan)
        #expect(!GapSpec.specificity.finding(in: proposal, context: plan).isOpen)
    }

    @Test func aPlanThatPromisesToChooseWithoutChoosingProposesNothing() {
        let plan = GapContext(framing: .plan)
        let promised = AnswerAnalyzer.analyze("First we will look at where the app is in its growth. Then we will choose a goal for the quarter. We will pick a few metrics that follow it, and we will set some targets for each team.", framing: .plan)
        #expect(GapSpec.specificity.finding(in: promised, context: plan).isClear)
        let chosen = AnswerAnalyzer.analyze("First we will look at where the app is in its growth. The goal I would choose is more creators posting twice a week. We will track weekly posting creators, and we will hold each team to its share of it.", framing: .plan)
        #expect(!GapSpec.specificity.finding(in: chosen, context: plan).isOpen)
    }

    @Test func aPlanToldAsViewsOnThisCaseIsNoFramework() {
        let plan = GapContext(framing: .plan)
        let notes = AnswerAnalyzer.analyze("Hearts would mean more than a like. Readers who save long essays are the ones who lack a way to say so. "
            + "The danger is a split signal: ranking reads likes today. Check first whether saves and hearts go to the same stories.", framing: .plan)
        #expect(!GapSpec.specificity.finding(in: notes, context: plan).isOpen, "views on this case, not advice for any case")
        let advice = AnswerAnalyzer.analyze("You need to start from the goal of the feature. It is important to know your audience before anything else. "
            + "Every launch needs a clear message and a plan for each channel.", framing: .plan)
        #expect(GapSpec.specificity.finding(in: advice, context: plan).isClear, "advice for any plan proposes nothing here")
    }

    @Test func lookingAtCompetitorsAndSettingGoalsAreStepsOfAnyPlan() {
        let plan = GapContext(framing: .plan)
        let steps = AnswerAnalyzer.analyze("I would go about it in a few steps. I would look at the competitors first. Then I would price it competitively and I would set goals for the launch.", framing: .plan)
        #expect(GapSpec.specificity.finding(in: steps, context: plan).isClear)
    }

    @Test func aPlanListedAsTheStepsEveryPlanHasIsNoPlanForThisCase() {
        #expect(QuestionFraming.of("We are launching a budgeting app for students. Walk me through your go-to-market plan.") == .plan)
        let plan = GapContext(framing: .plan)
        let list = AnswerAnalyzer.analyze("- Research the market and size it\n- Define personas\n- Map the journey\n- Brainstorm channels\n- Prioritise them\n- Measure and iterate", framing: .plan)
        #expect(GapSpec.specificity.finding(in: list, context: plan).isClear)
        let concrete = AnswerAnalyzer.analyze("- Start with first-year students at 3 universities\n- Partner with the student unions for a launch week\n- Offer 6 months free to anyone who links a bank account\n- Measure weekly active budgets, target 20% of sign-ups", framing: .plan)
        #expect(!GapSpec.specificity.finding(in: concrete, context: plan).isOpen)
    }

    @Test func mostOfTheCandidatesStepsBeingEffortLeavesActionOpenBesideTheTeamsSteps() {
        let story = AnswerAnalyzer.analyze("Our three depots each ran returns their own way. I set the vision for one returns flow, I fostered a culture of ownership and I wrote the returns checklist. We trained the site leads and we moved all three depots over in May.")
        let finding = GapSpec.action.finding(in: story)
        #expect(finding.strength == 0.8)
        #expect(finding.evidence.first?.text.hasPrefix("I set the vision") == true)
    }

    @Test(arguments: ["Result: the new doc is in review with the VP.", "Outcome: the plan was to roll it out to Europe next."])
    func aResultHeadingOverWorkStillUnderWayStatesNoOutcome(result: String) {
        let story = AnswerAnalyzer.analyze("Situation: the sales VP did not trust our messaging.\nAction: I shadowed six sales calls and I rewrote the messaging doc.\n" + result)
        #expect(GapSpec.result.finding(in: story).isClear)
    }

    @Test func aStoryAboutApprovalsAndQueuesIsWorkSoItsCustomerIsAskedLate() {
        let story = AnswerAnalyzer.analyze("I removed four approval steps, replaced them with one review and cleared the queue. Approval time fell from 6 days to 1 day.")
        #expect(story.mentionsWork)
        #expect(!GapSpec.customer.finding(in: story).isClear)
    }
}
