import InterviewKit
import Testing

/// The layout read before the words: section labels in their common forms, lists, headings.
@Suite struct FormPassTests {
    static let labelled: [(answer: String, parts: Set<StoryPart>)] = [
        ("Situation: the billing page confused new accounts.\nTask: cut support tickets.\nAction: I rewrote the page.\nResult: tickets fell by a third.",
         [.situation, .task, .action, .result]),
        ("(S) Our warehouse app crashed at peak hours.\n(T) I owned the fix.\n(A) I moved the sync to the night.\n(R) No crash since the change.",
         [.situation, .task, .action, .result]),
        ("S: a vendor was about to raise prices.\nA: I ran a tender with three vendors.\nR: the new contract was 18% cheaper.",
         [.situation, .action, .result]),
        ("### Context\nThe sign-up form lost half of mobile users.\n### Approach\n- Cut the form to four fields\n### Outcome\n- Completion went from 40% to 58%",
         [.situation, .action, .result]),
        ("**Background:** two teams owned the same alerts.\n**What I did:** I merged the rotas.\n**Impact:** pages per week halved.\n**Key Learning:** name one owner early.",
         [.situation, .action, .result, .learning]),
        ("SITUATION\nThe launch date was fixed by a partner.\nACTION\nI cut the scope to the two features the partner needed.\nRESULT\nWe launched on the date.",
         [.situation, .action, .result]),
        ("Goal - move the team to weekly releases.\nLessons learned: start with the smallest service.", [.task, .learning]),
        ("[Situation] the nightly export failed twice a week.\n[Action] I split it into four jobs.\n[Result] no failure in a month.",
         [.situation, .action, .result]),
        ("S - the help centre had no search.\nA - I added search over the top 200 articles.\nR - contacts fell 12%.",
         [.situation, .action, .result]),
        ("Set the scene: our courier app lost a partner depot.\nMy role: owner of the pickup flow.\nKey actions: I rebuilt the rota.\nEnd result: pickups back on time.\nWhat we learned: agree cover early.",
         [.situation, .task, .action, .result, .learning]),
        ("The setup: two teams paged on one alert.\nMy actions: merged the rotas.\nBusiness impact: pages halved.\nIn hindsight: one owner from day one.",
         [.situation, .action, .result, .learning]),
        ("- Problem: two teams paged on one alert.\n- What to do: merge the rotas, name one owner per alert.\n- Result: pages halved.",
         [.task, .action, .result]),
    ]

    @Test func aHeadingInCapitalsIsReadThroughASlip() {
        let story = AnswerAnalyzer.analyze("SITUATION:\n- The nightly export kept failing before the month-end close.\nACITON\n- Split the export into four jobs\n- Added a retry to each job\nRESULT:\n- The export has not failed since March.")
        #expect(story.sections.contains(.action), "\(story.sections)")
        // A capitalised name one slip from a word is still a name.
        #expect(!AnswerAnalyzer.analyze("I met Aciton from the vendor and we split the export into four jobs.").sections.contains(.action))
    }

    @Test(arguments: labelled.indices)
    func sectionLabelsAreReadInEveryCommonForm(_ index: Int) {
        let (answer, parts) = Self.labelled[index]
        #expect(AnswerAnalyzer.analyze(answer).sections == parts, "\(answer)")
    }

    @Test func aListAfterAnInlineLabelIsNotUnderIt() {
        let story = AnswerAnalyzer.analyze("Situation: releases broke every other week.\n- I added a canary stage\n- This led to two quiet months")
        #expect(story.sections == [.situation])
        #expect(story.has(.result), "the last bullet's outcome is no part of the situation")
    }

    @Test func linesAfterAnInlineSettingLabelWithNoLabelAfterThemAreTheStoryItself() {
        let story = AnswerAnalyzer.analyze("Context: PM for the courier app, missed pickups had doubled in a month.\nPulled the pickup events myself.\nMissed pickups back to 4% within three weeks.")
        #expect(story.sectionWords[.situation] == 12, "only the label's own line is the setting")
        #expect(story.has(.quantifiedResult), "the last line's figure is the outcome, not part of the context")
    }

    @Test func linesBetweenTwoLabelsStayInTheFirstSection() {
        let story = AnswerAnalyzer.analyze("Situation: missed pickups had doubled.\nThe courier team was short of two drivers.\nAction: I rebuilt the pickup rota.")
        #expect(story.sectionWords[.situation] == 12, "both lines before the Action label are the setting")
    }

    @Test func aListBetweenAnInlineLabelAndTheNextLabelIsUnderTheFirst() {
        let story = AnswerAnalyzer.analyze("S - sellers did not trust the new dashboard\nA - banners and an email drip\n  - ran 20 seller calls\n  - added tooltips on how each number is made\nR - weekly users went from 4% to 11% of sellers")
        #expect(story.sectionWords[.action] == 17, "the label's own line and both bullets under it")
        #expect(!GapSpec.action.finding(in: story).isOpen)
    }

    @Test func itemsBesideALabelledItemAreNotUnderIt() {
        let story = AnswerAnalyzer.analyze("- Situation: our biggest partner was counting on a higher rate limit\n- Called their product lead myself the same day\n- Offered a burst allowance for their peak hours\n- Result: they renewed the contract in the autumn")
        #expect(story.sectionWords[.situation] == 10, "only the labelled item is the setting")
        #expect(story.count(.actionByMe) == 2)
    }

    @Test func aListUnderALabelAloneOnItsLineIsUnderIt() {
        let story = AnswerAnalyzer.analyze("Action:\n- Added a canary stage\n- Wrote the rollback guide")
        #expect(story.sectionWords[.action] == 8, "added a canary stage, wrote the rollback guide")
    }

    @Test func aWordThatOnlyLooksLikeALabelIsNoSection() {
        let story = AnswerAnalyzer.analyze("Action items from the review were mine. I wrote them up and the result was a cleaner plan.")
        #expect(story.sections.isEmpty)
    }

    @Test func aResultSectionStatesAResultAndItsNumbersAreResultNumbers() {
        let story = AnswerAnalyzer.analyze("Situation: refunds took too long.\nAction: I rebuilt the queue.\nResult:\n- Refunds paid in 2 days instead of 9")
        #expect(story.has(.result))
        #expect(story.has(.quantifiedResult))
        #expect(story.first(.quantifiedResult)?.text == "Refunds paid in 2 days instead of 9")
    }

    @Test func aSituationSectionSetsTheScene() {
        let story = AnswerAnalyzer.analyze("Context: a partner bank changed its file format two weeks before quarter close.\nI rewrote the importer and we closed on time.")
        #expect(story.first(.situation)?.text.hasPrefix("a partner bank changed its file format") == true)
    }

    @Test func theNumbersOfAListAreNoQuantities() {
        let story = AnswerAnalyzer.analyze("1. Mapped the flow with support\n2. Built a rule for duplicates\n3. Ran it on last month's claims")
        #expect(!story.has(.quantity))
        #expect(story.count(.actionByMe) == 3)
    }

    @Test func aOneWordListItemNamesAStepWithoutTakingIt() {
        let story = AnswerAnalyzer.analyze("My approach:\n1. Clarify\n2. Prioritization\n3. Metrics", framing: .plan)
        #expect(!story.has(.alternatives) && !story.has(.tradeoff))
    }

    @Test func aPlanHasWeighedItsOptionsOnlyWhereItNamesARisk() {
        let context = GapContext(framing: .plan)
        let listed = AnswerAnalyzer.analyze("I would list the options and prioritize them by impact, then build the first one.", framing: .plan)
        #expect(GapSpec.tradeoff.finding(in: listed, context: context).isClear)
        let weighed = AnswerAnalyzer.analyze("I would build the reminder instead of the locker, accepting that the risk is drivers ignoring it.", framing: .plan)
        #expect(!GapSpec.tradeoff.finding(in: weighed, context: context).isOpen)
    }

    @Test func aHeadingAloneCoversNothing() {
        let story = AnswerAnalyzer.analyze("Trade-offs:\n\nI shipped the smaller version first.")
        #expect(!story.has(.tradeoff))
    }
}
