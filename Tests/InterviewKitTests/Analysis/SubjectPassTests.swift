import InterviewKit
import Testing

/// Who did what: "I", "we", someone else, nobody (the passive), and verb-first fragments.
@Suite struct SubjectPassTests {
    @Test func theTeamInAClauseThatDatesOrDescribesSomethingTakesNoStep() {
        let dated = AnswerAnalyzer.analyze("After we moved to the new warehouse, pick rates fell. I walked the floor with the pickers and rewrote the slotting rules.")
        #expect(dated.count(.actionByUs) == 0)
        let described = AnswerAnalyzer.analyze("I proposed a flow where we asked for one reason only, and I wrote the spec with our designer.")
        #expect(described.count(.actionByUs) == 0)
        let told = AnswerAnalyzer.analyze("We moved to the new warehouse and we rewrote the slotting rules.")
        #expect(told.count(.actionByUs) == 2)
    }

    @Test func verbFirstBulletsAreTheSpeakersOwnSteps() {
        let story = AnswerAnalyzer.analyze("- Built a script to pre-fill the spreadsheet\n- Escalated early and moved to live working sessions\n- Trained two analysts on it")
        // "Escalated early and moved to…" is two steps.
        #expect(story.count(.actionByMe) == 4)
        #expect(!GapSpec.ownership.finding(in: story).isOpen)
    }

    @Test(arguments: [
        ("I raised the stock gap in standup. Then my lead stepped in and moved two people onto it.", "my lead stepped in and moved two people onto it"),
        ("I flagged the broken export to the vendor. Their lead got the fix shipped by Monday.", "Their lead got the fix shipped by Monday"),
        ("The two designers kept arguing about the icons. My boss got involved and set up a review.", "My boss got involved and set up a review"),
        ("A shopper came back with a chewed-up blender. I kept him talking and called the office, and my manager took care of it.", "my manager took care of it"),
        ("The vendor kept sending the wrong labels. I logged each case for a week, and my manager dealt with the account.", "my manager dealt with the account"),
        // The hand-off need not be the last step: only sending the fix on came after it.
        ("- Load tests failed on the health check\n- Explained why the query would not scale\n- Raised it to my chain of command, forwarded the fix\n- The errors stopped a week later", "Raised it to my chain of command"),
        // A list with its own subject after the candidate's step is that subject's.
        ("Two engineers argued for weeks about the schema. I escalated to our EM, she read both proposals and picked the second. We shipped on time.", "picked the second"),
    ])
    func someoneElseTakingTheSettlingStepIsFoundAndQuoted(answer: String, quote: String) {
        let story = AnswerAnalyzer.analyze(answer)
        #expect(story.first(.settledByOther)?.text == quote)
        #expect(GapSpec.ownership.finding(in: story).isClear)
    }

    @Test func underAResultHeadingAnotherTeamSettlingWithTheCandidatesWorkIsTheOutcome() {
        let theirs = AnswerAnalyzer.analyze("Situation: the billing team needed logs from a service I did not own.\nAction: I found a way to read them from the container and I sent them the same day.\nResult: the billing team fixed the bug that week.")
        #expect(!theirs.has(.settledByOther), "\(theirs.signals[.settledByOther] ?? [])")
        let above = AnswerAnalyzer.analyze("Situation: the billing team needed logs from a service I did not own.\nAction: I found a way to read them from the container and I sent them the same day.\nResult: my manager fixed the bug that week.")
        #expect(above.has(.settledByOther))
    }

    @Test func underAResultHeadingWhatTheTeamFinishedIsHowItEnded() {
        let answer = "Situation: my teammate had failed the safety exam twice and had one try left.\nAction: I ran mock exams with him every lunch for two weeks and I marked his weak sections.\nResult: we both passed the exam that month."
        let story = AnswerAnalyzer.analyze(answer)
        #expect(story.count(.actionByUs) == 0, "\(story.signals[.actionByUs] ?? [])")
        #expect(!GapSpec.ownership.finding(in: story).isOpen)
        // Told as the team's step, outside a Result heading, it is still the team's.
        let steps = AnswerAnalyzer.analyze("My teammate had failed the safety exam twice. We passed the checklist to the trainer and we booked a retake.")
        #expect(steps.count(.actionByUs) == 2)
    }

    @Test func aStepMadePossibleIsTheStepOfWhoeverTookIt() {
        let ours = AnswerAnalyzer.analyze("The sync kept dropping orders. I helped the backend lead with the test setup, and in the end we were able to locate the race and we managed to fix it before the sale.")
        #expect(ours.count(.actionByUs) == 2)
        // The candidate's only step is help: the team's steps settled it.
        #expect(GapSpec.ownership.finding(in: ours).isClear)
        let mine = AnswerAnalyzer.analyze("The sync kept dropping orders. I read the logs for two days and I was finally able to reproduce the race, so I rewrote the lock.")
        #expect(mine.count(.actionByMe) == 3)
        #expect(!GapSpec.ownership.finding(in: mine).isOpen)
    }

    @Test func verbFirstStepsInAStoryToldInThePresentAreTheCandidates() {
        let story = AnswerAnalyzer.analyze("Last job at a travel site, we prepare a new search filter. I take the testing. write test cases for each airline, run them twice, report three bugs to the team.",
                                           framing: .pastExample)
        #expect(story.count(.actionByMe) >= 3)
        #expect(story.count(.generic) == 0)
        #expect(!GapSpec.specificity.finding(in: story).isClear)
        // Told with a word of habit, the same steps are how the candidate works.
        let habit = AnswerAnalyzer.analyze("I usually take the testing. write test cases for each airline, run them twice, report the bugs to the team.", framing: .pastExample)
        #expect(habit.count(.generic) >= 1)
    }

    /// Verbs of work told in their base form, as notes and a second language tell them, are steps.
    @Test func baseFormVerbsOfWorkAreSteps() {
        let other = AnswerAnalyzer.analyze("The nightly build kept failing at the clone step. I found the timeout was too short and I told my mentor. He forward the issue to their team and the clone worked the next day.")
        #expect(other.signals[.actionByOther]?.contains { $0.text.hasPrefix("He forward") } == true, "\(other.signals[.actionByOther] ?? [])")
        let notes = AnswerAnalyzer.analyze("Releases broke every week, so I changed how we ship.\n- verify each fix on staging\n- revert any change that fails the smoke test\n- notify support before each release\nTwo quiet months since.")
        #expect(notes.count(.actionByMe) == 4, "\(notes.signals[.actionByMe] ?? [])")
    }

    @Test func linesUnderAnActionHeadingAreStepsWhateverWordTheyOpenOn() {
        let story = AnswerAnalyzer.analyze("Situation: a partner API with a 900-page spec and two weeks to integrate.\nAction:\n- skimmed the spec end to end\n- roughly go over the error codes\n- priortize the four calls for launch\n- the retry policy for timeouts\nResult: the integration went live on day nine.")
        // The typo and the adverb-first line count; the noun phrase does not.
        #expect(story.count(.actionByMe) == 3)
        #expect(!GapSpec.action.finding(in: story).isClear)
    }

    @Test func aStepMadePossibleInAListIsAStepOfTheList() {
        let story = AnswerAnalyzer.analyze("The build took forty minutes. I removed the duplicate test stage and was able to cut the build to twenty minutes.")
        #expect(story.count(.actionByMe) == 2)
    }

    @Test func aPositionSomeoneHeldIsNoAnswerInIWould() {
        let story = AnswerAnalyzer.analyze("Last year my teammate thought that we should rewrite the parser, and our lead said we would lose a month. I benchmarked both options and I kept the old parser.")
        #expect(!story.has(.hypothetical))
        // The candidate's own view now is an answer in "I would…" all the same.
        #expect(AnswerAnalyzer.analyze("I love the culture and I think I would grow a lot here.").has(.hypothetical))
        let answer = AnswerAnalyzer.analyze("We should rewrite the parser first. Then we would benchmark both options.")
        #expect(answer.count(.hypothetical) == 2)
    }

    @Test func whatALessonSaysIsNoStep() {
        let story = AnswerAnalyzer.analyze("I rewrote the onboarding emails and sign-ups rose 12%. I learned that the more I talk to customers, the more I find to fix.")
        #expect(story.count(.actionByMe) == 1)
        #expect(story.has(.learning))
    }

    @Test func arrivingToldAsTheTimeOfTheStoryIsTheSettingNotAStep() {
        let story = AnswerAnalyzer.analyze("When I joined the payments team, refunds took a week. I mapped the refund flow and I cut two approval steps.")
        #expect(story.count(.actionByMe) == 2)
        #expect(story.first(.situation)?.text.hasPrefix("I joined the payments team") == true)
    }

    @Test func whatOthersSaidIsTheSettingNotAStepOfTheirs() {
        let story = AnswerAnalyzer.analyze("Sales kept telling us buyers were confused, and the designer said the page was fine. I rewrote the pricing page and I ran a test.")
        #expect(story.count(.actionByOther) == 0)
        #expect(story.count(.actionByMe) == 2)
    }

    @Test(arguments: [
        ("- Asked to lead the billing cutover for three teams\n- Mapped every dependency\n- Ran two dry runs", "Asked to lead the billing cutover"),
        ("Told not to touch the pricing page before the audit. Wrote the change as a flag instead.", "Told not to touch the pricing"),
        ("Brought in to rescue the partner launch. Rebuilt the plan with the partner's PM.", "Brought in to rescue the partner"),
        ("Given two weeks and one engineer. Cut the scope to the export alone.", "Given two weeks and one"),
    ])
    func aNoteOfWhatTheCandidateWasHandedIsTheTaskNotAStep(answer: String, task: String) {
        let story = AnswerAnalyzer.analyze(answer)
        #expect(story.signals[.task]?.contains { $0.text.hasPrefix(task) } == true)
        #expect(story.signals[.actionByMe]?.contains { $0.text.hasPrefix(task) } != true)
        #expect(story.has(.actionByMe), "the steps after it are still the candidate's")
        #expect(!GapSpec.situation.finding(in: story).isClear, "the task is told: the setting is thin, not missing")
    }

    @Test func beingToldSomethingInAListOfStepsIsNoStep() {
        let story = AnswerAnalyzer.analyze("- Sent the fix to the vendor, chased them twice, and asked to wait for their release")
        #expect(story.count(.actionByMe) == 2)
        #expect(story.signals[.actionByMe]?.contains { $0.text.hasPrefix("asked") } == false)
    }

    @Test func escalatingAsTheLastStepHandsTheOutcomeToSomeoneElse() {
        let handedUp = AnswerAnalyzer.analyze("- sync job dropping orders for one warehouse\n- compared the queue with the order log\n- escalated to the integrations lead\n- they patched the mapping and orders flowed again")
        #expect(handedUp.first(.settledByOther)?.text == "escalated to the integrations lead")
        #expect(GapSpec.ownership.finding(in: handedUp).isClear)
        let raised = AnswerAnalyzer.analyze("Our margin was too thin. I raised the price to 12 dollars and sales held steady.")
        #expect(!raised.has(.settledByOther), "raising a price to a figure hands nothing over")
        let thenActed = AnswerAnalyzer.analyze("I escalated the outage to my manager and then I rolled back the release myself. Checkout recovered in ten minutes.")
        #expect(!thenActed.has(.settledByOther), "a step of the candidate's own came after the escalation")
    }

    @Test func aStepOfSomeoneOverTheWorkAfterTheCandidatesOwnSettlesTheOutcome() {
        let story = AnswerAnalyzer.analyze("Action: I re-ran the stock forecast and I prepared three allocation plans for leadership.\nOutcome: My director took the plans to the supplier and negotiated back most of the stock, so we launched on time.")
        #expect(story.first(.settledByOther)?.text.hasPrefix("My director took the plans") == true)
        #expect(GapSpec.ownership.finding(in: story).isClear)
        let approved = AnswerAnalyzer.analyze("I re-ran the stock forecast and I prepared three allocation plans. My director approved the second plan and we launched on time.")
        #expect(!approved.has(.settledByOther), "saying yes to the candidate's plan is the plan accepted")
        let adopted = AnswerAnalyzer.analyze("I rewrote the launch narrative and tested it with five sales leads. The CEO started using it in his investor updates.")
        #expect(!adopted.has(.settledByOther), "taking up the work is what became of it")
        let helped = AnswerAnalyzer.analyze("A student was stuck on the assignment. I sent him two worked examples and suggested an approach. He finished the assignment the next day.")
        #expect(!helped.has(.settledByOther), "the one helped doing something is the outcome")
    }

    @Test func raisingItWithAManagerAsTheLastStepHandsItUp() {
        let story = AnswerAnalyzer.analyze("The tech lead kept skipping my planning meetings. I talked to him twice. Eventually I raised it with my manager. After that he came to every planning meeting.")
        #expect(story.first(.settledByOther)?.text.contains("raised it with my manager") == true)
    }

    @Test func reportingItUpTheLineAsTheLastStepHandsTheOutcomeToSomeoneElse() {
        let toldUp = AnswerAnalyzer.analyze("A vendor kept invoicing us twice. I told my director about it. She called their account lead and the invoices were right after that.")
        #expect(toldUp.first(.settledByOther)?.text == "I told my director about it")
        #expect(GapSpec.ownership.finding(in: toldUp).isClear)
        let toldPeer = AnswerAnalyzer.analyze("A vendor kept invoicing us twice. I told their account lead about it. After that the invoices were right.")
        #expect(!toldPeer.has(.settledByOther), "telling the other side's lead is the candidate's own step")
        let toldTeam = AnswerAnalyzer.analyze("A vendor kept invoicing us twice. I told the team what I had found and we changed the billing job. After that the invoices were right.")
        #expect(!toldTeam.has(.settledByOther), "telling one's own team hands nothing up")
        let toldDecision = AnswerAnalyzer.analyze("The launch was late. I cut the scope to three features and told my director the new date. We shipped two weeks later.")
        #expect(!toldDecision.has(.settledByOther), "passing on a decision of one's own hands nothing up")
    }

    @Test func aTeamOrAPersonNamedWithOneWordBesideIsSomeoneElse() {
        let story = AnswerAnalyzer.analyze("The analytics team ran a funnel study. Our PM lead proposed a shorter form. The team shipped it in May.")
        #expect(story.signals[.actionByOther]?.map(\.text) == ["The analytics team ran a funnel study", "Our PM lead proposed a shorter form"])
        #expect(story.count(.actionByUs) == 1, "'the team' alone is the candidate's own")
    }

    @Test func aDecisionOfSomeoneElsesSettlesThingsOnlyAfterTheCandidatesSteps() {
        let after = AnswerAnalyzer.analyze("I raised the risk in our weekly 1:1. My director decided to phase the rollout. The launch went smoothly.")
        #expect(after.first(.settledByOther)?.text == "My director decided to phase the rollout")
        let before = AnswerAnalyzer.analyze("The executives decided against a bigger budget. I cut two features and I moved the launch by a week. We shipped on the new date.")
        #expect(!before.has(.settledByOther), "a decision before the candidate's steps is the setting")
    }

    @Test func othersStepsUnderTheContextHeadingAreTheSetting() {
        let story = AnswerAnalyzer.analyze("Context: the payments team had blocked our request for two quarters.\nApproach: I rewrote the proposal and I booked a review.\nOutcome: It shipped in May.")
        #expect(!story.has(.actionByOther))
    }

    @Test func aMethodToldInThePresentIsAHabitWhateverPastFormsLieInIt() {
        let method = AnswerAnalyzer.analyze("When I need to learn a new domain, I follow a plan. First, I identify the owners. Then I read the docs. Finally, I validate it with a summary.")
        #expect(method.count(.actionByMe) == 0)
        #expect(GapSpec.specificity.finding(in: method).isClear)
        let withPastForms = AnswerAnalyzer.analyze("When I need to learn a new domain, I follow a plan. First, I identify the owners and I list the calls they made and the risks they accepted. Then I review the docs. Finally, I validate it with a summary.")
        #expect(withPastForms.count(.actionByMe) == 0, "two past forms among four present steps do not make a method a story")
        let sameForm = AnswerAnalyzer.analyze("In every role I typically talk to customers each week, and I read support tickets.")
        #expect(sameForm.signals[.actionByMe] == nil, "'read' is a habit in a sentence that speaks of one")
    }

    @Test func aPastStepToldAsAHabitIsNoStepOfOneTime() {
        let habit = AnswerAnalyzer.analyze("In my previous jobs I often stayed late to close tickets. I did this many times for big clients.")
        #expect(habit.count(.actionByMe) == 0)
        #expect(habit.count(.generic) == 2)
        let once = AnswerAnalyzer.analyze("During the cutover I stayed late every night for a week and I rewrote the runbook twice.")
        #expect(once.count(.actionByMe) == 2, "a step repeated within one story is still that story's")
        #expect(!once.has(.generic))
    }

    @Test(arguments: [
        "I rebuilt the refund form and tested it with five customers. My manager approved it and I shipped it in May.",
        "I coached her on writing specs every week. After six months she got promoted.",
        "I proposed a smaller launch. The director agreed and I ran it in two regions.",
        "The booking site went down on a Sunday. While my lead fixed the database, I moved the day's bookings to a spreadsheet and called every guest.",
    ])
    func othersAgreeingOrBeingPromotedSettleNothing(answer: String) {
        #expect(!AnswerAnalyzer.analyze(answer).has(.settledByOther))
    }

    @Test func aVerbOfDoingEndingTheListAloneIsANoun() {
        let story = AnswerAnalyzer.analyze("Action:\n- Wrote the spec\n- Reviewed it with sales and design")
        #expect(story.signals[.actionByMe]?.map(\.text) == ["Wrote the spec", "Reviewed it with sales"])
        #expect(AnswerAnalyzer.analyze("I wrote the spec, reviewed it with sales and tested it.").count(.actionByMe) == 3)
    }

    @Test func notesWithNeitherSubjectNorVerbAreNoViews() {
        let notes = AnswerAnalyzer.analyze("Finance head unhappy with the budget tool. Tough two weeks. Lots of calls and spreadsheets. In the end she was fine with it.")
        #expect(notes.sentenceCount == 1, "three notes and one sentence that tells")
        #expect(!notes.has(.view))
        #expect(!GapSpec.specificity.finding(in: notes).isClear)
        let views = AnswerAnalyzer.analyze("Trust is everything with finance. You need to listen first. It is always about the numbers. In the end she was fine with it.")
        #expect(views.sentenceCount == 4)
        #expect(views.count(.view) == 3)
    }

    @Test func wasWithAVerbOfDoingIsAPastStep() {
        // The progressive, and the base form that many writers in a second language put after "was".
        let story = AnswerAnalyzer.analyze("Last month the hotline queue was long. I was analyse the call reasons and we were testing a shorter menu.")
        #expect(story.count(.actionByMe) == 1)
        #expect(story.count(.actionByUs) == 1)
        #expect(!AnswerAnalyzer.analyze("Last month the hotline queue was long. I was responsible for the menu.").has(.actionByMe))
        #expect(!AnswerAnalyzer.analyze("Last month the hotline queue was long and my manager was asking about it. I rewrote the menu.").has(.actionByOther))
    }

    @Test func whenIWithThePresentTellsAHabitNotATime() {
        let habit = AnswerAnalyzer.analyze("When I disagree with a peer I ask for ten minutes alone with them. I explain my concern and I offer a small trial.")
        #expect(habit.count(.actionByMe) == 0)
        #expect(habit.has(.generic))
        let time = AnswerAnalyzer.analyze("When I joined, the backlog held 300 bugs. I explain to my lead which ones hurt sellers and I propose a cut-off.")
        #expect(time.count(.actionByMe) == 2, "explain, propose; 'when I joined' is the setting")
        #expect(!time.has(.generic))
    }

    @Test func fragmentsUnderAResultHeadingAreResultsNotSteps() {
        let story = AnswerAnalyzer.analyze("Action:\n- Rewrote the runbook\nResult:\n- Reduced pages by half")
        #expect(story.count(.actionByMe) == 1)
        #expect(story.has(.result))
    }

    @Test func presentTenseInAPastStoryIsNarration() {
        let story = AnswerAnalyzer.analyze("Last spring the release slipped twice. I explain to my lead why we can't ship it, and I propose a smaller scope. He agreed.")
        #expect(story.count(.actionByMe) == 2)
        #expect(!story.has(.generic))
    }

    @Test func presentTenseNarrationWithFiguresIsAStoryToo() {
        let story = AnswerAnalyzer.analyze("i am pm for search. long queries return nothing for 40% of users. i check the logs and i propose a partial match fallback.")
        #expect(story.count(.actionByMe) == 2)
        #expect(!story.isHypothetical && !story.has(.generic))
    }

    @Test func presentTenseSetInAPastJobIsNarration() {
        // Told all in the present, as many candidates writing in a second language do.
        let story = AnswerAnalyzer.analyze("In my previous company I am owner of the booking app. Customers complain about double bookings. I check the calendar sync and I add a lock on each slot.")
        #expect(story.count(.actionByMe) == 2)
        #expect(!story.has(.generic))
        let approach = AnswerAnalyzer.analyze("I am owner of the booking app. Customers complain about double bookings. I check the calendar sync and I add a lock on each slot.",
                                              framing: .generalApproach)
        #expect(approach.count(.actionByMe) == 0, "asked how they work, with nothing placing it in the past, present tense is how things are done")
    }

    @Test func presentTenseAnsweringForOneTimeIsNarrationUnlessItSpeaksOfHabit() {
        let told = AnswerAnalyzer.analyze("i am pm for payments. finance ask me to help with invoice errors. i check the data and i write the spec.", framing: .pastExample)
        #expect(told.count(.actionByMe) == 2)
        let habit = AnswerAnalyzer.analyze("i am pm for payments. finance usually ask me to help with invoice errors. i check the data and i write the spec.", framing: .pastExample)
        #expect(habit.count(.actionByMe) == 0)
    }

    @Test func aListOfVerbsInOneFragmentIsAListOfSteps() {
        let story = AnswerAnalyzer.analyze("Approach: built a shadow pipeline, compared outputs for six weeks, switched traffic region by region.")
        #expect(story.count(.actionByMe) == 3)
    }

    @Test func stepsSharingOneSubjectAreStepsOfTheirOwn() {
        let story = AnswerAnalyzer.analyze("Last spring I ran five user interviews, found the checklist confused people, rewrote it with the designer and tested it against the old one.")
        #expect(story.count(.actionByMe) == 4)
    }

    @Test func presentTenseWithoutAStoryIsAHabit() {
        let story = AnswerAnalyzer.analyze("I always write the decision down. I usually ask the quiet people first, and I review the notes every week.")
        #expect(story.count(.actionByMe) == 0)
        #expect(story.count(.generic) >= 2)
    }

    @Test func adviceInTheSecondPersonIsGeneric() {
        let story = AnswerAnalyzer.analyze("You need to set the goal first. You should talk to every stakeholder, and it's important to write it down.")
        #expect(story.count(.generic) >= 2)
    }

    @Test func someoneElseDoingTheDecisiveStepIsRecorded() {
        let story = AnswerAnalyzer.analyze("I flagged the risk to my manager. My manager called the client and moved the date.")
        #expect(story.count(.actionByMe) == 1)
        #expect(story.count(.actionByOther) == 2, "called the client, moved the date")
    }

    @Test func stepsInThePassiveHaveNoOneTakingThem() {
        let story = AnswerAnalyzer.analyze("It was decided to cap the hours. The policy was drafted with legal and the app was updated with a reminder.")
        #expect(story.count(.passiveAction) == 3)
        #expect(story.count(.actionByMe) == 0)
    }

    @Test func noticingAndReceivingAreNoSteps() {
        let story = AnswerAnalyzer.analyze("I got a lot of feedback. I realized the form was the problem and I heard the same from support.")
        #expect(story.count(.actionByMe) == 0)
    }

    @Test func aStanceIsNotAStep() {
        let story = AnswerAnalyzer.analyze("My manager wanted to launch without a test. I disagreed and I wanted a smaller rollout first.")
        #expect(story.count(.actionByMe) == 0)
    }

    @Test func yearsSpentSomewhereAreTheSettingNotAStep() {
        let story = AnswerAnalyzer.analyze("I spent two years at a logistics startup as its only analyst. I rebuilt the route report and I cut it to one page.")
        #expect(story.count(.actionByMe) == 2)
        #expect(story.count(.vagueAction) == 0)
        #expect(story.has(.situation))
    }

    @Test func aNoteThatDropsTheArticleStillSaysWhoseStepItWas() {
        let story = AnswerAnalyzer.analyze("Invoices were failing every night. Team traced it to a renamed field. Manager rolled back the release. I wrote the incident summary.")
        #expect(story.count(.actionByUs) == 1)
        #expect(story.count(.actionByOther) == 1)
        #expect(story.first(.actionByUs)?.text.hasPrefix("Team traced it") == true)
    }

    @Test func anotherTeamNamedAsTheDoerTakesTheStep() {
        let story = AnswerAnalyzer.analyze("Checkout went down on launch day. Engineering rolled back the release, QA reran the smoke tests and I sat in the incident channel.")
        #expect(story.count(.actionByOther) == 2)
        #expect(story.first(.actionByOther)?.text.hasPrefix("Engineering rolled back") == true)
        #expect(!AnswerAnalyzer.analyze("I rewrote the pricing page with our designer. Sales grew 20% that quarter.").has(.actionByOther), "a figure that moved, not a team")
    }

    @Test func workingBesideSomeoneForANamedStepIsThatStep() {
        let story = AnswerAnalyzer.analyze("Sign-ups stalled at the address step. I worked with design to make the postcode lookup optional, and I worked on the copy.")
        #expect(story.count(.actionByMe) == 2)
        #expect(story.count(.vagueAction) == 1, "only 'worked on the copy' is effort alone")
    }

    @Test func aConditionIsNotATimeItHappened() {
        let story = AnswerAnalyzer.analyze("If I missed a deadline, I would tell my manager early, and I would agree a new date with the client.")
        #expect(story.count(.actionByMe) == 0)
        #expect(!story.has(.result), "'if I missed' tells no outcome")
        #expect(story.count(.hypothetical) == 2)
    }

    @Test func makingItIsHowItEndedNotAStep() {
        let story = AnswerAnalyzer.analyze("The release was at risk and everyone was nervous about the date. In the end we made it and the client was pleased.")
        #expect(story.count(.actionByUs) == 0)
        #expect(AnswerAnalyzer.analyze("The checklist was long. I made it into a one-page template.").count(.actionByMe) == 1, "making it into something is a step")
    }

    @Test func aStoryThatOpensOnHowThingsWereIsToldInThePresentAsAStory() {
        let story = AnswerAnalyzer.analyze("Before, every new hire need a week to get a laptop. I write a setup script and I create a checklist for the IT desk.",
                                           framing: .generalApproach)
        #expect(story.count(.actionByMe) == 2)
        #expect(!story.has(.generic))
    }

    @Test func aRoleIsNotAStep() {
        let story = AnswerAnalyzer.analyze("Support and billing disagreed about refunds. I acted as a mediator and I facilitated discussions between them.")
        #expect(story.count(.vagueAction) == 2)
        #expect(story.concreteActions == 0)
    }

    @Test func timeSpentOnTheWorkIsAStepNotTheSetting() {
        let story = AnswerAnalyzer.analyze("I pushed for a bulk-edit screen. I spent a month on the spec and I walked the designs through with support.")
        #expect(story.count(.actionByMe) == 3, "pushed, spent a month on, walked through")
        #expect(!story.has(.situation), "a month on the spec sets no scene")
    }

    @Test func beingThereIsNotAStep() {
        let story = AnswerAnalyzer.analyze("The team agreed on a release checklist. I attended the meetings and I participated in the review.")
        #expect(story.count(.actionByMe) == 0)
        #expect(GapSpec.ownership.finding(in: story).isClear)
    }

    @Test func effortIsNotAStep() {
        let story = AnswerAnalyzer.analyze("The week was chaotic. I tried to stay calm and I focused on the deadline.")
        #expect(story.count(.actionByMe) == 2)
        #expect(story.concreteActions == 0)
    }

    @Test func aStepToldAsANounIsStillTheSpeakersOwn() {
        let story = AnswerAnalyzer.analyze("The refund queue kept growing. My first step was to map the flow with support, and my plan was to cut it to three states.")
        #expect(story.count(.actionByMe) == 2)
        let action = AnswerAnalyzer.analyze("One of my team kept missing the handover. My action was to talk with her first, before anyone else heard of it.")
        #expect(action.count(.actionByMe) == 1)
    }

    @Test func whatIWouldDoIsHypothetical() {
        #expect(AnswerAnalyzer.analyze("I would talk to the customers first and then I would write a plan for the team.").isHypothetical)
        #expect(!AnswerAnalyzer.analyze("I talked to the customers first and then I wrote a plan. Looking back I would have started sooner.").isHypothetical)
    }
}

/// "The partner launch was slipping": someone naming a thing that has its own verb takes no step.
@Suite struct NounCompoundTests {
    @Test func aPartnersLaunchIsNoStepOfThePartners() {
        let story = AnswerAnalyzer.analyze("The partner launch was slipping by a month. I cut the build time from 40 to 12 minutes and wrote the release plan. We launched in May.")
        #expect(story.count(.actionByOther) == 0, "\(story.signals[.actionByOther] ?? [])")
        #expect(!GapSpec.ownership.finding(in: story).isOpen)
    }
}

/// A yes from someone over the work is the candidate's case accepted, not a step of theirs.
@Suite struct ApprovalTests {
    @Test func anApprovalIsNoStepOfSomeoneElses() {
        let story = AnswerAnalyzer.analyze("I showed the CFO a one-page model of the two pricing options and walked her through the risks. She approved the usage-based option and we rolled it out in Q3.")
        #expect(story.count(.actionByOther) == 0, "\(story.signals[.actionByOther] ?? [])")
        #expect(!GapSpec.ownership.finding(in: story).isOpen)
    }
}

@Suite struct SubjectQuoteTests {
    @Test func theWordThatSaysWhoseIsPartOfTheQuote() {
        let story = AnswerAnalyzer.analyze("Our team launched a new onboarding flow last year. My manager moved the budget on the same day.")
        #expect(story.first(.actionByUs)?.text.hasPrefix("Our team launched") == true, "\(story.first(.actionByUs)?.text ?? "nil")")
        #expect(story.first(.actionByOther)?.text.hasPrefix("My manager moved") == true, "\(story.first(.actionByOther)?.text ?? "nil")")
    }
}

@Suite struct NounFirstBulletTests {
    @Test func aNounBeforeItsOwnVerbIsNoStep() {
        let story = AnswerAnalyzer.analyze("- I ran the pricing research\n- we localised the app\n- launch went ok")
        #expect(!(story.signals[.actionByMe] ?? []).contains { $0.text.hasPrefix("launch") })
        #expect(story.has(.result), "'launch went ok' tells how it ended")
    }
}

/// The problem taken up the line, and the call made there.
@Suite struct CallMadeAboveTests {
    @Test(arguments: [
        "- Two meetings with the art director, we could not agree on the banner\n- Escalated to our GM and laid out both options\n- GM decided to run both for a week\n- I updated the plan and briefed QA\n- The campaign shipped on time",
        "I noticed damaged returns were piling up in one aisle. I flagged it to my operations manager with a week of counts. She set up a meeting with the carrier and they agreed to repack at the dock. After that damage claims fell to 1%.",
        "Noticed refunds spiking for one card network. Pulled two months of data. Pitched a fix to the VP. VP assigned it to the billing team. Refund contacts came down after.",
    ])
    func aCallMadeAboveAfterTheHandOffSettlesTheStory(answer: String) {
        let story = AnswerAnalyzer.analyze(answer)
        #expect(story.has(.settledByOther), "\(story.signals[.actionByOther] ?? [])")
        #expect(GapSpec.ownership.finding(in: story).strength == GapFinding.clear)
    }

    @Test func aYesFromAboveIsTheCandidatesCaseAccepted() {
        let story = AnswerAnalyzer.analyze("I wrote up the retry fix and pitched it to the VP with two months of data. She approved it the same day. I built it with one engineer and refund contacts came down by a third.")
        #expect(!story.has(.settledByOther))
    }
}

/// What the company does, told in the setting, is neither a habit nor a step.
@Suite struct CompanyInTheSettingTests {
    @Test func whatTheCompanyDoesInBracketsIsTheSetting() {
        let story = AnswerAnalyzer.analyze("At the robotics firm I'm at (we build warehouse arms), I was spending four hours every week on the same report. I wrote a script that builds it. Now it takes ten minutes.")
        #expect(!story.has(.generic), "\(story.signals[.generic] ?? [])")
        #expect(!GapSpec.specificity.finding(in: story).isOpen)
    }

    @Test func stepsToldInThePresentInAStoryWithNoHabitAreNarrated() {
        let story = AnswerAnalyzer.analyze("In my last job my director ask me to remove the tutorial before the sale. I tell him my concern in our one to one. "
            + "Then my manager talk with the VP. Finally they agree to keep the tutorial for one more month.")
        #expect(story.narratedSentences == 3, "the director's step, the manager's, and 'Finally they agree', which opens on what came next")
        #expect(!GapSpec.specificity.finding(in: story).isOpen)
        let habit = AnswerAnalyzer.analyze("When a launch slips I always tell my manager first. Then I write a short doc with the options. Finally I agree the new date with the team.")
        #expect(habit.narratedSentences == 0, "a habit's steps are how the candidate works, not what happened")
        #expect(GapSpec.specificity.finding(in: habit).isClear)
    }

    @Test func aPastFormInAQuestionOrAfterAnyonesYouTellsNoEvent() {
        let framework = AnswerAnalyzer.analyze("It all comes back to the goals you set before the launch. What were the problems you meant to solve? "
            + "Agree the goals with sales and support and review them every month. A good launch is one that meets them.")
        #expect(framework.narratedSentences == 0, "'you set', 'you meant' and a question are no event of the candidate's")
        #expect(GapSpec.specificity.finding(in: framework).isClear)
        let story = AnswerAnalyzer.analyze("Our launch goals were set before the launch. I met sales and support every month and we missed the first goal by 4%. "
            + "What went wrong? The trial page was slow.")
        #expect(story.narratedSentences == 3, "the goals set, the meetings and the slow page are told; the question is not")
        #expect(!GapSpec.specificity.finding(in: story).isOpen)
    }

    @Test func praiseFromAboveIsNoStepOfTheirs() {
        let story = AnswerAnalyzer.analyze("I rewrote the refund flow with one engineer and we launched it in May. My manager gave me great feedback and the VP thanked the team.")
        #expect(story.signals[.actionByOther] == nil, "recognition of the work is no step that competes with the candidate's")
        #expect(story.signals[.settledByOther] == nil)
        let settled = AnswerAnalyzer.analyze("I rewrote the refund flow with one engineer. My manager took it to the VP and negotiated a second engineer, so we launched in May.")
        #expect(settled.signals[.actionByOther] != nil)
    }

    @Test func aNounThatCouldBeAVerbBeforeWasIsNoInstruction() {
        let story = AnswerAnalyzer.analyze("I rebuilt the returns page with two engineers.\nLaunch was in January, two weeks late.")
        #expect(story.signals[.generic] == nil)
    }

    @Test func someoneElsesStepToldInThePresentInAStoryIsTheirAction() {
        let story = AnswerAnalyzer.analyze("Last year my team lead want to drop the dark mode. I tell him users ask for it. Then my manager talk with the director and she decide to keep it.")
        #expect(story.signals[.actionByOther]?.contains { $0.text.hasPrefix("my manager talk") } == true)
        #expect(GapSpec.ownership.finding(in: story).isOpen)
        let habit = AnswerAnalyzer.analyze("When we disagree, my manager usually decides. I always write my view down first.")
        #expect(habit.signals[.actionByOther] == nil, "a habit is no step of one time")
    }
}
