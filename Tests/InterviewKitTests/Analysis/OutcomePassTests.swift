import InterviewKit
import Testing

/// Outcomes told in plain words, and results that are only the setting or an aim.
@Suite struct OutcomePassTests {
    @Test(arguments: [
        // Work that describes the outcome is no work under way.
        "I mapped the module imports and I wrote lint rules for them. In the end we now have a clean architecture for the service that four engineers are working on.",
        // What the lesson says of the future is reflection, no part of the ending.
        "I rebuilt the import checks and finally the nightly build was green again. I learned that it pays to write the rules down. Ownership is important. Not knowing how will never be my excuse.",
        // A lesson told as what the work reminded the candidate of opens the reflection too, and a
        // habit ("whenever I'm working on…") is no work still under way.
        "Refunds for one bank kept failing. I traced the calls end to end and I added a check for the flag. Failures dropped back to zero. The experience reminded me that quiet failures hide between teams. It made my tracing sharper, and that now serves me well whenever I'm working on payments.",
        "Refunds for one bank kept failing. I traced the calls and I added a check for the bank's flag. Failures dropped back to zero, and the check is the first thing I open whenever I'm working on payments.",
    ])
    func wordsOfTheFutureOutsideTheEndingLeaveNoOutcomeStillToCome(_ answer: String) {
        let story = AnswerAnalyzer.analyze(answer)
        #expect(story.has(.learning) || !answer.contains("reminded"), "the lesson is read as one")
        #expect(!story.has(.pendingOutcome))
        #expect(!GapSpec.result.finding(in: story).isOpen)
    }

    @Test func workUnderWayAfterTheStepsIsAnOutcomeStillToCome() {
        let underWay = AnswerAnalyzer.analyze("I mapped the module imports and I wrote lint rules for them. The team is working on the rest of the service.")
        #expect(underWay.has(.pendingOutcome))
    }

    @Test func whatAChoiceCostIsNoVagueOutcome() {
        let weighed = AnswerAnalyzer.analyze("Action: I moved the reminders from SMS to email.\nResult: replies went from 12% to 19% in a month; I kept SMS for urgent notices, which cost us some of the gain.")
        #expect(!weighed.has(.vagueResult))
        #expect(!GapSpec.metrics.finding(in: weighed).isOpen)
        let vague = AnswerAnalyzer.analyze("I moved the reminders from SMS to email. Replies went up quite a bit.")
        #expect(vague.has(.vagueResult))
    }

    @Test(arguments: [
        "Situation: our sellers could not export their orders.\nAction: I wrote the spec and reviewed it with two engineers.\nResult: Still waiting on the security sign-off.",
        "Context: the refund form lost a third of its users.\nApproach: I rebuilt the form with one field per screen.\nOutcome: It is in development now and we plan to launch it in May.",
        "The partner kept sending broken files. I wrote up the three worst cases and sent them to their CTO. He said he would look into it.",
    ])
    func anOutcomeStillToComeIsNoResult(answer: String) {
        let story = AnswerAnalyzer.analyze(answer)
        #expect(!story.has(.result))
        #expect(GapSpec.result.finding(in: story).isClear)
    }

    @Test(arguments: [
        "I found the duplicate charges in the logs, wrote the fix and tested it with finance. The fix is scheduled for the March release.",
        "- Mapped every step of the seller sign-up\n- Cut the documents from nine to four\n- The new flow is in review with legal and goes live next quarter",
        "I interviewed 30 drivers and proposed a new pickup screen. We're in the middle of rolling it out to the first city.",
        "I reproduced the double counting and sent the query to the data team. They are now checking how many reports it touched.",
        "I costed the two pricing models and wrote the proposal for a pilot with three schools. The pilot is running in two of them now.",
        "(S) Discounts over 10% needed five approvals.\n(A) Mapped the approval steps with sales ops and cut them to two.\n(R) Wrote up the new policy and sent it to the CRO for sign-off.",
    ])
    func aStoryThatEndsOnWhatIsStillToComeLeavesTheResultClearlyOpen(answer: String) {
        let story = AnswerAnalyzer.analyze(answer)
        #expect(story.count(.pendingOutcome) == 1)
        #expect(GapSpec.result.finding(in: story).isClear)
    }

    @Test func anApprovalBeforeAnEndingStillToComeLeavesTheResultWeaklyOpen() {
        let story = AnswerAnalyzer.analyze("I wrote the proposal for two-hour delivery windows and took it to the operations lead. Eventually the director approved a pilot in two cities. It'll run until June and we'll have the read-out then.")
        #expect(story.signals[.pendingOutcome]?.map(\.text) == ["Eventually the director approved a pilot in two cities", "It'll run until June and we'll have the read-out then"])
        let finding = GapSpec.result.finding(in: story)
        #expect(finding.isOpen && !finding.isClear)
        #expect(finding.evidence.first?.text == "It'll run until June and we'll have the read-out then")
    }

    @Test(arguments: [
        // A measured outcome, then the next step planned.
        "I rebuilt the sign-up form and sign-ups rose 12% in the pilot. We'll roll it out to the other markets next quarter.",
        // The past told from inside it: "would", "was going to".
        "I moved the pager alerts to text messages so that staff would not walk back to the robot. Nurses stopped missing alerts and the floor staff said they were going to keep it.",
        // The outcome told in the ending itself, beside words that only look like a plan.
        "- Wrote a one-page template for the specs\n- Ran a session with the PMs on it\n- After 3 months 85% of specs used it and the time for approval went from 2 weeks to 5 days",
        "I cleaned up the boards and archived the stale tickets. Sprint planning went from about 3 hours to 1, and it is still how the team works.",
        "I mapped the escalations with the ops manager. After that the escalations went from weekly to one a quarter, and she started coming to our planning sessions.",
        // A lesson after the ending is no ending of its own.
        "I rewrote the on-call guide and pages fell from 40 a week to 12. Next time I will write the guide before the launch.",
    ])
    func anEndingThatIsNoWaitIsNoPendingOutcome(answer: String) {
        let story = AnswerAnalyzer.analyze(answer)
        #expect(!story.has(.pendingOutcome))
        #expect(!GapSpec.result.finding(in: story).isOpen)
    }

    @Test func aStoryToldInThePresentTellsItsPastThatWay() {
        let story = AnswerAnalyzer.analyze("I take the data of two weeks and I show him the drop. He agree we test again with 10% of users. After the second test we release it in next month.")
        #expect(!story.has(.pendingOutcome), "'in next month' is when it happened, told in the present")
    }

    @Test func aReplyThatTellsHowItEndedAnswersThePendingOutcome() {
        let first = AnswerAnalyzer.analyze("I mapped the refund steps and wrote a spec for a retry queue. The queue goes to beta next month.")
        #expect(first.has(.pendingOutcome))
        let story = first.merged(with: AnswerAnalyzer.analyze("It went out in May and refund tickets fell by a third."))
        #expect(!story.has(.pendingOutcome))
        #expect(!GapSpec.result.finding(in: story).isOpen)
    }

    @Test(arguments: [
        "Situation: refunds took nine days.\nAction: I found the manual approval step and wrote the spec to automate it.\nResult: fixed?? TODO add the numbers from the Q1 review",
        "S: checkout dropped 3% in a week.\nA: pulled the funnel by device and filed the bug.\nR: (TBD - what happened after the hotfix)",
        "Context: the export timed out for big accounts.\nApproach: I moved it to a background job.\nOutcome: add numbers from the support review",
    ])
    func aNoteLeftWhereTheOutcomeShouldBeLeavesTheResultClearlyOpen(answer: String) {
        let story = AnswerAnalyzer.analyze(answer)
        #expect(story.has(.placeholder))
        let finding = GapSpec.result.finding(in: story)
        #expect(finding.isClear)
        #expect(finding.evidence.allSatisfy { !$0.text.lowercased().contains("todo") && !$0.text.lowercased().contains("tbd") }, "the note is not quoted back")
    }

    @Test func aResultThatMentionsNumbersIsNoNoteToFillIn() {
        let story = AnswerAnalyzer.analyze("Action: I moved the export to a background job.\nResult: timeouts fell from 40 a day to 2, and I had to add numbers to the status page.")
        #expect(!story.has(.placeholder))
        #expect(!GapSpec.result.finding(in: story).isOpen)
    }

    @Test func aReplyThatEndsOnTheNextStepLeavesAToldOutcomeStanding() {
        let first = AnswerAnalyzer.analyze("I rebuilt the refund form and refund tickets fell by a third in a month.")
        let story = first.merged(with: AnswerAnalyzer.analyze("I cut the photo upload to do it. The upload is planned for next quarter."))
        #expect(!story.has(.pendingOutcome))
        #expect(!GapSpec.result.finding(in: story).isOpen)
    }

    @Test func sayingTheOutcomeIsUnknownLeavesTheResultClearlyOpenWhateverShipped() {
        let story = AnswerAnalyzer.analyze("I rewrote the pricing page and we launched it to half of the visitors. I'm not sure where it ended up, because I left the company that month.")
        #expect(story.has(.result), "the launch is still read")
        let finding = GapSpec.result.finding(in: story)
        #expect(finding.isClear)
        #expect(finding.evidence.first?.text.contains("not sure where it ended") == true)
    }

    @Test func aStoryToldInThePresentEndsInThePresent() {
        let story = AnswerAnalyzer.analyze("Support team not want the new macro tool. I go to their standup twice, I make two templates for them and I show their lead the time it save. After, they adopt it for all tickets.")
        #expect(story.count(.actionByMe) >= 3, "go, make, show")
        #expect(story.signals[.result]?.contains { $0.text.hasPrefix("they adopt it") } == true)
        #expect(!GapSpec.result.finding(in: story).isOpen)
        let past = AnswerAnalyzer.analyze("I rewrote the macro guide and I showed it to their lead. They are a team of twelve.")
        #expect(past.signals[.result] == nil, "a story told in the past does not end on a present state")
    }

    @Test func aStoryToldInThePresentGivesItsOutcomeInThePresentTooAnywhereAfterItsSteps() {
        let story = AnswerAnalyzer.analyze("In my last job the sign-up form lose many users. I check the logs and I find the address step break on old phones. We fix it in one week. After the fix the sign-up rate is much more better. Now the team use the same check for every form.")
        #expect(story.signals[.result]?.contains { $0.text.contains("is much more better") } == true)
        #expect(GapSpec.metrics.finding(in: story).isClear, "better, by how much?")
        let downloads = AnswerAnalyzer.analyze("Our app have no budget for ads. I decide to launch only on Android and I ask ten bloggers to review it. We launch in May and we get 30k downloads in first month. The iOS version we launch later.")
        #expect(downloads.signals[.quantifiedResult]?.contains { $0.text.contains("30k downloads") } == true)
        #expect(!GapSpec.result.finding(in: downloads).isOpen)
        let mechanism = AnswerAnalyzer.analyze("Our app have no budget for ads. I make a referral program, each user who invite a friend get 500 points. I ask ten bloggers to review it.")
        #expect(mechanism.signals[.result] == nil, "how the programme works is no outcome")
    }

    @Test func everyOverThingsCountsThemButEveryWeekIsAHabit() {
        let story = AnswerAnalyzer.analyze("In my last company the listings have many errors. We decide to make a checklist for every new listing and I audit the top 200 listings myself.")
        #expect(!story.has(.generic))
        #expect(story.count(.actionByMe) == 1)
        let habit = AnswerAnalyzer.analyze("I review the top listings every week and I send the errors to the category team.")
        #expect(habit.count(.actionByMe) == 0)
    }

    @Test func whatTheOtherCourseWouldHaveCostIsNoReflection() {
        let counterfactual = AnswerAnalyzer.analyze("I held the rollout for a week and fixed the tax rules. A full rollout would have overcharged 40,000 subscribers.")
        #expect(!counterfactual.has(.learning))
        let reflection = AnswerAnalyzer.analyze("I held the rollout for a week and fixed the tax rules. I would have asked finance to check the rules earlier.")
        #expect(reflection.has(.learning))
    }

    @Test func underItsOwnHeadingsAStepWithAFigureIsAStepAndTheResultIsWhereTheAnswerPutsIt() {
        let story = AnswerAnalyzer.analyze("Situation: the partner's deadline moved three weeks earlier.\nAction: Cut the scope to the 4 reports they used. Wrote the tests myself.\nResult: They signed off on the Friday before the deadline.")
        let results = story.signals[.result] ?? []
        #expect(results.map(\.text) == ["They signed off on the Friday before the deadline"])
        let unlabelled = AnswerAnalyzer.analyze("The partner's deadline moved three weeks earlier. I cut the scope to the 4 reports they used and we shipped it. Load time fell from 9 seconds to 2.")
        #expect(unlabelled.has(.comparedResult), "without headings, a comparison is still a result")
    }

    @Test(arguments: [
        "I wrote a one-page template for the weekly review. Since then the whole team follows the format.",
        "I set three alarms and moved my gym class. After that I was on time every day.",
        "I showed my lead the two options side by side. She agreed, and we shipped it on Friday.",
        "I wrote to the vendor with the logs attached. In the end they refunded the whole quarter.",
        "Refunds took nine days, so I rebuilt the flow with finance so they take one day now.",
        "I planned the cut-over of the billing jobs with the platform lead. We moved them over a weekend without any downtime.",
        "I wrote the new reminder emails and tested them on two regions. The new reminders were a big success.",
        "In my previous team I organise the move of the report to the new tool. Everything was success.",
        "Engineers skipped my specs. I cut the template to one page and recorded a short walkthrough. Engineers started commenting on the specs again.",
        "The first release had failed its checks. I added a staging run and a rollback script. The next release ran smoothly.",
        "The vendor contract was stuck with procurement. I chased the approvals and booked a call with their lead, and then the contract arrived.",
        "Stand-ups ran for forty minutes. I moved status updates to a shared board. The stand-ups got shorter.",
        "The nightly import broke on a Saturday. I rolled back the schema change and reran the import. My manager was relieved.",
        "The booking site was down, so I paged the database owner and switched traffic to the standby. Service restored by noon.",
        "Month-end kept slipping, so I split the ledger export into four jobs with a retry each. It worked.",
        "Every team built its own release checklist, so I wrote one template and walked each lead through it. The template is now used by every team.",
        "- Card payments failed for one bank on Friday night\n- Rolled back the release\n- Added a test for that card type\n- No more failures",
        "I read 300 app reviews and grouped them by theme, then redesigned the tracking screen with a live map. After launch, reviews about late deliveries mostly disappeared.",
        "I wrote the launch messaging, built the sales deck and ran a webinar for existing accounts. Adoption was strong in the first month.",
        "I wrote the press release and the launch FAQ and lined up the date with the product team. The launch got coverage in two trade magazines.",
    ])
    func anOutcomeInPlainWordsIsAResult(_ answer: String) {
        #expect(AnswerAnalyzer.analyze(answer).has(.result), "\(answer)")
    }

    /// Of a person, "worked" is effort: "I worked late every night" tells no outcome.
    @Test func workingLateIsNoOutcome() {
        #expect(!AnswerAnalyzer.analyze("Month-end kept slipping, so I split the ledger export into four jobs with a retry each. I worked late every night.").has(.result))
    }

    @Test func theLastThingSomeoneElseDidIsTheOutcome() {
        let story = AnswerAnalyzer.analyze("The intern was stuck on the import. I paired with him for an hour and he finished the migration that night.")
        #expect(story.first(.result)?.text == "he finished the migration that night")
    }

    @Test func anOutcomeLedToByTheLastStepIsAResult() {
        let story = AnswerAnalyzer.analyze("Our lead was away during the supplier talks. I built the pitch from his notes and I ran the call myself, leading to a signed two-year supply deal.")
        #expect(story.has(.result), "\(story.signals[.result] ?? [])")
        #expect(!GapSpec.result.finding(in: story).isOpen)
    }

    @Test func whatSomeoneWentOnToDoIsAnOutcome() {
        let story = AnswerAnalyzer.analyze("I had written off the new rep after our first meeting. I rode along on her route for a week and I saw how her customers trusted her. She went on to lead the region's sales. I still send every new manager out on her route.")
        #expect(story.has(.result), "\(story.signals[.result] ?? [])")
    }

    @Test func someoneElsesChoiceIsNotTheCandidatesToWeigh() {
        let story = AnswerAnalyzer.analyze("Leadership decided to hire five engineers in a month. I paired with each of them on their first review and I wrote the onboarding guide. I decided to hold a weekly office hour for them.")
        let quote = GapSpec.tradeoff.finding(in: story).evidence.first?.text
        #expect(quote?.hasPrefix("I decided") == true, "quoted \(quote ?? "nothing")")
    }

    @Test func aMemoryKeptIsNoOutcomeStillToCome() {
        let kept = AnswerAnalyzer.analyze("The new volunteer froze at the front desk. I stood beside her for the first hour and then let her run the sign-in alone. She ran it for the rest of the season. I will always remember that morning.")
        #expect(!kept.has(.pendingOutcome), "\(kept.signals[.pendingOutcome] ?? [])")
        let toCome = AnswerAnalyzer.analyze("The new volunteer froze at the front desk. I stood beside her for the first hour and then let her run the sign-in alone. She will run it on her own next month.")
        #expect(toCome.has(.pendingOutcome))
    }

    @Test func whatAStepWasMeantToKeepIsNoOutcome() {
        let meant = AnswerAnalyzer.analyze("Refunds were posted twice for one card type. I rewrote the posting rule and I checked every path through the ledger to make sure the balances stayed correct.")
        #expect(!meant.has(.result), "\(meant.signals[.result] ?? [])")
        #expect(GapSpec.result.finding(in: meant).isClear)
        let kept = AnswerAnalyzer.analyze("Refunds were posted twice for one card type. I rewrote the posting rule and I checked every path through the ledger, and the balances stayed correct through the quarter close.")
        #expect(kept.has(.result))
    }

    @Test func whatSomethingWasForIsNoOutcome() {
        let story = AnswerAnalyzer.analyze("Trials were flat all spring. I interviewed twelve lapsed users and I wrote the brief for a shared planner, which the team needed to drive subscription growth.")
        #expect(!(story.signals[.result] ?? []).contains { $0.text.contains("growth") }, "\(story.signals[.result] ?? [])")
    }

    @Test func whatTheWorkTookIsNoOutcomeEvenLast() {
        let took = AnswerAnalyzer.analyze("Refunds were posted twice for one card type. I rewrote the posting rule and added a check on the totals. The change required edits in the billing service and the reports.")
        #expect(!took.has(.result), "\(took.signals[.result] ?? [])")
        let ended = AnswerAnalyzer.analyze("Refunds were posted twice for one card type. I rewrote the posting rule and added a check on the totals. The change removed the double postings.")
        #expect(ended.has(.result))
    }

    @Test func whatTheDataShowedIsNoOutcomeEvenLast() {
        let story = AnswerAnalyzer.analyze("I owned the budgeting app's onboarding. Our data showed 40 percent of new users quit at the bank screen, so I moved it later.")
        #expect(!story.has(.result))
    }

    @Test func raisingAnIssueIsAStepNotAResult() {
        #expect(!AnswerAnalyzer.analyze("The vendor kept missing the SLA. I raised it with my director and raised the risk in the weekly review.").has(.result))
        #expect(AnswerAnalyzer.analyze("I rewrote the trial emails, which raised conversion by four points.").has(.result))
        #expect(!AnswerAnalyzer.analyze("I drafted the price email with legal and we hit send on Monday morning.").has(.result), "hitting send is a step")
        #expect(AnswerAnalyzer.analyze("I drafted the price email with legal, and in March we hit our renewal target.").has(.result))
        #expect(!AnswerAnalyzer.analyze("I wrote the handover notes and passed them to the night shift.").has(.result), "passing work on is a step")
        #expect(AnswerAnalyzer.analyze("I rebuilt the access reviews with the security lead, and we passed the audit in May.").has(.result))
    }

    @Test func aFigureInTheClosingSentenceIsTheResult() {
        let story = AnswerAnalyzer.analyze("I wrote the spec for a shared inbox and ran the pilot with two support teams. By the end of the year the inbox had 9,000 weekly users")
        #expect(story.first(.result)?.text == "By the end of the year the inbox had 9,000 weekly users")
        #expect(story.has(.quantifiedResult) && !story.has(.comparedResult), "a figure with nothing to compare it with")
        let step = AnswerAnalyzer.analyze("The inbox was slow for big teams. I wrote the spec for a fix and I ran a pilot with 40 users.")
        #expect(!step.has(.result), "a figure in the candidate's own last step is no outcome")
    }

    @Test func theStateSomeoneIsLeftInIsTheOutcome() {
        let story = AnswerAnalyzer.analyze("So basically the client was unhappy with the dates. I set up a call and explained our constraints. They were satisfied with the new plan.")
        #expect(story.has(.result))
        #expect(story.has(.situation), "fillers before the subject do not hide the scene")
    }

    @Test func aResultVerbUnderASituationHeadingIsTheSetting() {
        let story = AnswerAnalyzer.analyze("Situation - our support backlog doubled after the pricing change.\nAction - wrote macros for the top questions.")
        #expect(!story.has(.quantifiedResult))
        #expect(story.has(.earlyResult))
    }

    @Test func aDecisionThatNamesWhatItWasChosenOverWeighsAnAlternative() {
        let story = AnswerAnalyzer.analyze("I ran two message tests and picked the speed message over the price message because it tested better.")
        #expect(story.has(.tradeoff))
        #expect(!AnswerAnalyzer.analyze("I ran two message tests and picked the speed message because it tested better.").has(.tradeoff))
    }

    @Test func anOutcomeBackToWhereItWasIsAResult() {
        #expect(AnswerAnalyzer.analyze("- Called the churned customers\n- Moved sending to a new domain\n- Churn back to baseline within six weeks").has(.result))
        #expect(!AnswerAnalyzer.analyze("- Called the churned customers\n- Moved sending to a new domain").has(.result), "moving is a step")
    }

    @Test func aReactionIsNoOutcome() {
        let story = AnswerAnalyzer.analyze("I asked the team to move the ad budget to content for a quarter. They weren't fond of the idea but struggled to object.")
        #expect(!story.has(.result))
    }

    @Test func aResultVerbInTheOpeningIsTheSetting() {
        let story = AnswerAnalyzer.analyze("I once launched a marketplace for local bakers. The hard part was getting the first sellers. I called thirty shops myself.")
        #expect(!story.has(.result))
        #expect(story.has(.earlyResult))
    }

    @Test func anAimIsNoOutcome() {
        let story = AnswerAnalyzer.analyze("The same review could be achieved with a free tool. My proposal was to wait for the migration to finish first.")
        #expect(!story.has(.result))
    }

    @Test func gettingSomethingSignedOrApprovedIsAnOutcome() {
        for answer in ["I called their legal lead and prepared the paperwork. I got the renewal signed two days early.",
                       "I rewrote the proposal with the numbers first and got the new budget approved."] {
            #expect(AnswerAnalyzer.analyze(answer).has(.result), "\(answer)")
        }
    }

    @Test func somethingThatGotEasierIsAnOutcome() {
        #expect(AnswerAnalyzer.analyze("I wrote one checklist for the release and moved releases to Tuesdays. Releases got smoother.").has(.result))
    }

    @Test func aSpanOfHoursIsNoScene() {
        #expect(!AnswerAnalyzer.analyze("I rolled the release back in 2 hours and I wrote the incident note.").has(.situation))
        #expect(AnswerAnalyzer.analyze("Back in 2019 I rolled back a release and I wrote the incident note.").has(.situation))
    }

    @Test func theResultsHandledAsAThingAreNoOutcome() {
        let story = AnswerAnalyzer.analyze("I ran the survey with forty sellers. I shared the results with the design lead and I wrote up the three biggest complaints.")
        #expect(!story.has(.result))
        #expect(AnswerAnalyzer.analyze("I ran the survey with forty sellers. The results were clear: fees came first.").has(.result))
    }

    @Test func aVagueOutcomeIsQuotedWithItsHedge() {
        let story = AnswerAnalyzer.analyze("I rewrote the onboarding guide. Result: new hires were really much faster.")
        #expect(story.has(.vagueResult))
    }
}

/// Outcomes told in the words of a measure that moved or a use that lasts.
@Suite struct PlainOutcomeWordsTests {
    @Test func aGuideStillBeingUsedIsAnOutcomeNotAWait() {
        let story = AnswerAnalyzer.analyze("I wrote the first style guide for our help centre and ran two sessions on it. The guide is still being used by every writer.")
        #expect(!story.has(.pendingOutcome))
        let waiting = AnswerAnalyzer.analyze("I wrote the first style guide for our help centre and ran two sessions on it. The new search is still being built.")
        #expect(waiting.has(.pendingOutcome))
    }

    @Test func aMeasureThatCameDownIsAnOutcome() {
        let story = AnswerAnalyzer.analyze("I rewrote the cancellation flow and added a pause option. Cancellations came down after that.")
        #expect(!GapSpec.result.finding(in: story).isOpen)
    }
}
