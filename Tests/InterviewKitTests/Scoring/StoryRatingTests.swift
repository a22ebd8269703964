import InterviewKit
import Testing

/// The rating rewards what a bar raiser hires on (own steps, a choice weighed against another, a
/// number that compares) and takes away for effort in place of steps, a missing outcome and dodges.
@Suite struct StoryRatingTests {
    static let question = Question(id: "t-onboarding", kind: .behavioural, text: "Tell me about a time you improved something that mattered.",
                                   principles: [.deliverResults], rounds: [.barRaiser], tracks: [.pm])

    static func rate(_ answer: String, level: Level = .l5, dodged: [Gap] = []) -> StoryRating {
        let context = FollowUpContext(question: question, round: .barRaiser, track: .pm, level: level, maxDepth: 3)
        return AnswerJudge.verdict(answers: [answer], in: context, dodged: dodged).rating
    }

    static let weighed = """
        Last spring our onboarding emails went unread. I pulled the open rates for each email, I rewrote the first \
        three, and I cut the series from seven emails to four. I weighed a full redesign against the rewrite and \
        picked the rewrite because it took two weeks instead of a quarter. Activation went from 31% to 38% over the next month.
        """

    static let effort = """
        Last spring our onboarding emails went unread. I tried to stay on top of it and I focused on making the \
        emails better, and I made sure everyone was aligned. In the end things improved and people were happier.
        """

    @Test func ownStepsAWeighedChoiceAndAComparedNumberClearTheBar() {
        let rating = Self.rate(Self.weighed)
        #expect(rating.rating >= .inclined, "points \(rating.points ?? -99)")
    }

    @Test func aStrongVoteTakesAStoryToldInFull() {
        // Nothing is missing from the short telling either, but sixty words cannot show the depth a strong vote needs.
        #expect(Self.rate(Self.weighed).rating == .inclined)
        let told = Self.rate("""
            Last spring our onboarding emails went unread, and new accounts that never opened them rarely set up billing. \
            I pulled the open rates for each email and read the replies support had kept. I rewrote the first three emails \
            around the one task each should get done, and I cut the series from seven emails to four. I weighed a full \
            redesign of the onboarding flow against the rewrite and picked the rewrite, because it took two weeks instead \
            of a quarter and design was booked on checkout. Activation went from 31% to 38% over the next month, and \
            billing set-up in the first week rose from 22% to 27%.
            """)
        #expect(told.rating == .strongHire)
    }

    @Test func aStrongVoteTakesAChoiceMadeOrALessonDrawn() {
        // Steps of one's own and numbers that compare, but not one judgement of the teller's own.
        let untold = """
            Last spring our onboarding emails went unread, and new accounts that never opened them rarely set up billing. \
            I pulled the open rates for each email and read the replies support had kept. I rewrote the first three emails \
            around the one task each should get done, and I moved the billing link to the top of each. I sent the new series \
            to half of the new accounts for two weeks and compared the groups. Activation went from 31% to 38% over the \
            next month, and billing set-up in the first week rose from 22% to 27%.
            """
        #expect(Self.rate(untold).rating == .inclined)
        #expect(Self.rate(untold + " I learned that a series people read beats a longer one they skip.").rating == .strongHire)
    }

    @Test func effortInPlaceOfStepsAndAnOutcomeInWordsDoNot() {
        let rating = Self.rate(Self.effort)
        #expect(rating.rating <= .notInclined, "points \(rating.points ?? -99)")
        #expect((rating.points ?? 0) < (Self.rate(Self.weighed).points ?? 0))
    }

    @Test func aThinStoryIsANoHireAndOnlyAStoryOfNothingButGapsAStrongOne() {
        // One step of help, the rest told as "we", no number: weak, as most real answers are, not a strong no.
        let thin = Self.rate("""
            Our nightly billing export kept failing before the month end. I helped the data lead with the test setup, \
            and then we traced it to a timeout and we fixed the job before the close.
            """)
        #expect(thin.rating == .notInclined, "points \(thin.points ?? -99)")
        // Effort alone, an outcome no one measured, and two follow-ups dodged: a strong no.
        let empty = Self.rate(Self.effort, dodged: [.metrics, .ownership])
        #expect(empty.rating == .strongNoHire, "points \(empty.points ?? -99)")
    }

    @Test func oneEffortStepAmongRealOnesCostsLessThanEffortAlone() {
        let mostlySteps = Self.rate("""
            Last spring our onboarding emails went unread. I pulled the open rates, I rewrote the first three emails, \
            I cut the series to four and I tried to keep the tone friendly. Sign-ups held steady.
            """)
        let allEffort = Self.rate("""
            Last spring our onboarding emails went unread. I tried to fix it, I focused on the emails, I made sure \
            everyone was aligned and I worked hard on it. Sign-ups held steady.
            """)
        #expect((mostlySteps.points ?? -99) - (allEffort.points ?? -99) >= 1, "points \(mostlySteps.points ?? -99) vs \(allEffort.points ?? -99)")
    }

    @Test func eachDodgedFollowUpCostsAPoint() {
        let plain = Self.rate(Self.weighed)
        let dodged = Self.rate(Self.weighed, dodged: [.metrics])
        #expect(plain.points.map { $0 - 1 } == dodged.points)
    }

    @Test func aHigherLevelAsksForMoreOfTheSameStory() {
        let atL4 = Self.rate(Self.weighed, level: .l4)
        let atL7 = Self.rate(Self.weighed, level: .l7)
        #expect(atL7.rating <= atL4.rating)
        #expect(atL7.rating != .strongHire, "no broad scope at L7")
    }
}

@Suite struct StrongHireTests {
    @Test func atTheBarWithNothingLeftToProbeIsAStrongHire() {
        let context = FollowUpContext(question: Fixtures.story, round: .barRaiser, track: .pm, level: .l5, maxDepth: 3)
        let verdict = AnswerJudge.verdict(answers: [Fixtures.strongAnswer], in: context)
        #expect(verdict.rating.rating == .strongHire, "points \(verdict.rating.points ?? -99), open \(verdict.openGaps)")
    }
}

@Suite struct PastedQuestionVerdictTests {
    @Test func theQuestionGivenBackEarnsNothing() {
        let context = FollowUpContext(question: Fixtures.story, round: .barRaiser, track: .pm, level: .l5, maxDepth: 3)
        let pasted = AnswerJudge.verdict(answers: [Fixtures.story.text], in: context)
        #expect(pasted.rating.rating == .insufficientEvidence)
        let withStory = AnswerJudge.verdict(answers: [Fixtures.story.text, Fixtures.strongAnswer], in: context)
        #expect(withStory.rating == AnswerJudge.verdict(answers: [Fixtures.strongAnswer], in: context).rating)
    }
}

@Suite struct PlanRatingTests {
    static let question = Question(id: "t-signups", kind: .behavioural, text: "How would you grow sign-ups for a budgeting app?",
                                   principles: [.inventAndSimplify], rounds: [.barRaiser], tracks: [.pm])

    static let plan = """
        First I would look at where new users come from today and which of them stay past the first month. I would \
        focus on students who track shared rent, because they invite flatmates. I would build a shared-bill feature \
        and test it with a referral credit against a control group, and I would call it a success if weekly sign-ups \
        rose from 2,000 to 2,600 within a quarter.
        """

    static let weighed = plan + " The risk is that the credit costs about five dollars a sign-up and pulls in people who never stay, so I would cap it and give up the faster growth of an open offer."

    static func rate(_ answer: String) -> Rating {
        let context = FollowUpContext(question: question, round: .barRaiser, track: .pm, level: .l5, maxDepth: 3)
        return AnswerJudge.verdict(answers: [answer], in: context).rating.rating
    }

    @Test func aPlanThatNeverWeighsItsChoiceIsNotAboveNotInclined() {
        #expect(Self.rate(Self.plan) == .notInclined)
        #expect(Self.rate(Self.weighed) >= .inclined)
    }

    @Test func aPlanWithNeitherAChoiceNorAMeasureIsBelowNotInclined() {
        let sketch = """
            I would talk to the students who use the app and find out what stops them from inviting friends. \
            Then I would build a shared-bill feature for flatmates and put it on the home screen.
            """
        #expect(Self.rate(sketch) == .strongNoHire, "no choice weighed and no way to tell success: half a plan")
    }

    @Test func aCompletePlanIsInclinedAtMost() {
        let context = FollowUpContext(question: Self.question, round: .barRaiser, track: .pm, level: .l5, maxDepth: 3)
        let rated = AnswerJudge.verdict(answers: [Self.weighed], in: context)
        let findings = GapRanking.openGaps(in: rated.story, context: context.wholeQuestion)
        #expect(!findings.isEmpty && findings.allSatisfy { !$0.isClear }, "every part of the plan is there")
        #expect(rated.rating.rating == .inclined, "a plan shows how the candidate would think, not that they have done it")
    }
}
