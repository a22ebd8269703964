import InterviewKit
import Testing

/// Which numbers are results, and which results compare against something.
@Suite struct QuantityPassTests {
    @Test func doubleCheckingCountsNothing() {
        let checked = AnswerAnalyzer.analyze("The nightly sync failed on one region. I rolled back my change and asked the DBA to double check the credentials.")
        #expect(!checked.has(.quantity) && !checked.has(.comparedResult), "\(checked.signals[.quantity] ?? [])")
        let doubled = AnswerAnalyzer.analyze("The nightly sync failed on one region. I moved it to a queue, and the jobs it could take per hour came to double what they had been.")
        #expect(doubled.has(.quantity))
    }

    @Test func aFigureReachedAfterTheStepsIsAResult() {
        let reached = AnswerAnalyzer.analyze("I onboarded 60 new drivers and I moved the dispatch to hourly slots. We reached 92% on-time delivery in the first month.")
        #expect(reached.signals[.result]?.contains { $0.text.contains("92%") } == true)
        let people = AnswerAnalyzer.analyze("I rebuilt the import wizard and I wrote the migration guide. By June, 1,800 sellers moved to the new tool.")
        #expect(people.signals[.result]?.contains { $0.text.contains("1,800") } == true)
        let setting = AnswerAnalyzer.analyze("Our app hit 2 million users last year. I rebuilt the import wizard.")
        #expect(setting.signals[.result]?.contains { $0.text.contains("2 million") } != true, "a figure before the steps is the setting")
        let drawn = AnswerAnalyzer.analyze("I put up posters and wrote to every hall's mailing list. That spring the reading club welcomed over 40 volunteers, and I ran the first session myself.")
        #expect(drawn.has(.quantifiedResult), "\(drawn.signals[.result] ?? [])")
    }

    @Test func aResultThatComparesIsAComparedResult() {
        for answer in ["I rewrote the emails and replies went up 12%.", "I cut the queue and waits dropped from 9 days to 2.",
                       "I moved the job to the night and it now runs 3x faster.",
                       "I merged the two approval forms, and the month-end close was done in one day instead of a week."] {
            #expect(AnswerAnalyzer.analyze(answer).has(.comparedResult), "\(answer)")
        }
    }

    /// "Two weeks before the holiday" dates a step; "as before" and "Before, it took…" set a figure
    /// against an earlier state.
    @Test func beforeComparesOnlyWhereItStandsForAnEarlierState() {
        let dated = AnswerAnalyzer.analyze("I moved the launch two weeks before the holiday and it went live on time. Sign-ups were 1,200 in the first week.")
        #expect(!dated.has(.comparedResult), "a date for the step, not a baseline for the result")
        let earlier = AnswerAnalyzer.analyze("I split the nightly export into four jobs. It now takes 20 minutes, against 3 hours before.")
        #expect(earlier.has(.comparedResult))
    }

    /// "Up" and "down" compare beside a figure, not as a verb's particle.
    @Test func aVerbsParticleIsNoComparison() {
        let particle = AnswerAnalyzer.analyze("Nobody owned the flaky tests, so I volunteered. I tagged the 40 flakiest tests, fixed the top ten and set up a weekly report for the rest.")
        #expect(!particle.has(.comparedResult), "\(particle.signals[.comparedResult] ?? [])")
        let figure = AnswerAnalyzer.analyze("I tagged the flakiest tests and fixed the worst ten. Green builds were up 20% in a month.")
        #expect(figure.has(.comparedResult))
    }

    /// "Previous", "target" and "against" compare beside a figure they are set against, not as a
    /// role, a segment or a struggle.
    @Test(arguments: [
        "In my previous role I rewrote the onboarding for 3 regions and it shipped in May.",
        "Our target customers were 5,000 small shops, so I built a self-serve signup and it went live in June.",
        "I worked against a deadline of 2 weeks and delivered the migration.",
    ])
    func aRoleASegmentOrADeadlineIsNoBaseline(_ answer: String) {
        #expect(!AnswerAnalyzer.analyze(answer).has(.comparedResult), "\(answer)")
    }

    @Test func aFigureAgainstLastQuartersIsCompared() {
        #expect(AnswerAnalyzer.analyze("I rewrote the reminders. Churn was 4.1% against 5.2% the previous quarter.").has(.comparedResult))
    }

    @Test func oneFigureSetAgainstAnotherIsAResult() {
        for answer in ["I moved the queries to a nightly job, and the page now loads in 2 seconds instead of 9.",
                       "I split the form, and sign-up takes 3 minutes rather than 8."] {
            let story = AnswerAnalyzer.analyze(answer)
            #expect(story.has(.result) && story.has(.quantifiedResult), "\(answer)")
            #expect(!story.has(.tradeoff), "figures compared are no option given up: \(answer)")
        }
    }

    @Test func whatTheDataShowedIsTheProblemNotTheResult() {
        let story = AnswerAnalyzer.analyze(
            "I owned the returns page. I read the support tickets and found that 40% more refunds failed on mobile. "
            + "I wrote a spec for a retry button, got it into the next sprint and tested it with the support team.")
        #expect(!story.has(.result) && !story.has(.comparedResult), "a finding before the steps is no outcome")
        let later = AnswerAnalyzer.analyze(
            "I owned the returns page and added a retry button to it with two engineers. A month later we found that failed refunds were 40% lower.")
        #expect(later.has(.comparedResult), "what was found after the steps is the outcome")
    }

    @Test func inARunOnSentenceTheSettingsFigureIsNotTheOutcomes() {
        let story = AnswerAnalyzer.analyze("so on the Friday we saw that the voucher was giving a double refund to anyone who used it twice, and I had to act fast, "
            + "so I switched the voucher off and I wrote to the customers who had used it and I told finance, and we lost a few sales but in the end we avoided a much bigger bill")
        #expect(story.has(.result))
        #expect(!story.has(.comparedResult) && !story.has(.quantifiedResult), "'double' belongs to the setting, thirty words before the outcome")
    }

    @Test func aCountBroughtDownToZeroIsAMeasuredResult() {
        let story = AnswerAnalyzer.analyze("I added schema checks to the nightly import. Failed imports dropped to zero within a month.")
        #expect(story.has(.quantifiedResult))
        #expect(GapSpec.metrics.finding(in: story).strength < GapFinding.clear, "a result with its figure is not asked 'by how much?' outright")
        #expect(!AnswerAnalyzer.analyze("I moved the team to zero-based budgeting last spring.").has(.quantity))
        let none = AnswerAnalyzer.analyze("I wrote the cut-over plan and rehearsed it twice. Result: the cut-over went through with zero failed payments.")
        #expect(none.has(.quantifiedResult), "a count of nothing is a measured result")
    }

    @Test func whereAFigureWentToIsAResult() {
        for answer in ["I rolled back the SDK. Errors back to 1%.", "I rolled back the SDK. Errors down to 1%."] {
            #expect(AnswerAnalyzer.analyze(answer).has(.comparedResult), "'to' before a figure is no aim: \(answer)")
        }
    }

    @Test func whereAMeasureMovedToAfterTheStepsIsAResult() {
        let story = AnswerAnalyzer.analyze("I added a reminder two days before each renewal and I rewrote the pricing page. Renewals went to 64% by the spring.")
        #expect(story.signals[.result]?.contains { $0.text.contains("64%") } == true)
        #expect(story.has(.quantifiedResult))
    }

    @Test func aBaselineGivenInTheSettingMakesTheResultACompared() {
        let steps = "I added a callback queue and I moved two agents to the evening shift. In March the average wait for a callback was 6 minutes."
        let story = AnswerAnalyzer.analyze("At the clinic chain, the average wait for a callback was 14 minutes. " + steps)
        #expect(story.has(.comparedResult))
        #expect(!GapSpec.metrics.finding(in: story).isOpen)
        let other = AnswerAnalyzer.analyze("At the clinic chain, we took 300 bookings a day. " + steps)
        #expect(!other.has(.comparedResult), "a figure of another measure is no baseline")
        #expect(GapSpec.metrics.finding(in: other).isOpen)
    }

    @Test func aMonthNamedAsADateIsATimeFrame() {
        for answer in ["I had to ship the consent screen by October.", "Last March I took over the returns flow.", "I moved the launch to early June."] {
            #expect(AnswerAnalyzer.analyze(answer).has(.timeFrame), "\(answer)")
        }
        #expect(!AnswerAnalyzer.analyze("I said we may need more time.").has(.timeFrame))
    }

    @Test func aNumberAfterAPhaseOrStepLabelsItAndCountsNothing() {
        let story = AnswerAnalyzer.analyze("I split the rollout. Phase 2 covered the remaining stores.")
        #expect(!story.has(.quantity))
    }

    @Test func aBareNumberOnAnOutcomeHasNothingToCompareWith() {
        let story = AnswerAnalyzer.analyze("I set up the triage rota. Result: complex cases were closed within 7 business days.")
        #expect(story.has(.quantifiedResult))
        #expect(!story.has(.comparedResult))
    }

    @Test func aNumberInWordsBeforeWhatItCountsIsAQuantity() {
        for answer in ["The fix was three weeks late.", "Support lost two demo days to it.", "It saved us nine hours a month."] {
            #expect(AnswerAnalyzer.analyze(answer).has(.quantity), "\(answer)")
        }
        for answer in ["One of them pushed back on the plan.", "I worked on it for two weeks with the team.", "I hired two engineers and a designer."] {
            #expect(!AnswerAnalyzer.analyze(answer).has(.quantity), "\(answer)")
        }
    }

    @Test func datesTeamSizesAndSpansAreNoResults() {
        let story = AnswerAnalyzer.analyze("In 2021 I led a team of 6 engineers for 2 years and we launched the app in Q3.")
        #expect(!story.has(.quantifiedResult))
    }

    @Test func notesGiveABeforeAndAfterWithoutFrom() {
        let story = AnswerAnalyzer.analyze("led checkout redesign, conv went 2.1 to 2.6 pct over a month")
        #expect(story.has(.beforeAfter) && story.has(.comparedResult))
        #expect(!AnswerAnalyzer.analyze("met with 3 to 4 partners a week").has(.beforeAfter), "a range is no change")
    }

    @Test func aNameWithADigitIsNoFigure() {
        let story = AnswerAnalyzer.analyze("I moved the service from log4j to log4j2 in a week.")
        #expect(!story.has(.beforeAfter))
    }
}
