import InterviewKit
import Testing

/// The scene a story is set in, and what the question asks for.
@Suite struct SituationAndFramingTests {
    @Test func openingOnAStepSetsNoSceneWhateverItsTense() {
        let fragment = AnswerAnalyzer.analyze("Pulled three months of search logs and built a funnel. Found that most exits came from the filters. Rewrote the filter panel.")
        #expect(!fragment.has(.situation))
        let ordinal = AnswerAnalyzer.analyze("First, I called the carrier and got the real tracking data. Then I rewrote the delivery notice.")
        #expect(!ordinal.has(.situation))
        let scene = AnswerAnalyzer.analyze("Before the price change for our premium plan, I read the email that would go to customers.")
        #expect(scene.has(.situation), "a clause before the step sets the scene")
    }

    @Test func aTaskAloneLeavesTheSettingThin() {
        let task = AnswerAnalyzer.analyze("Task: get the client live before their store opening.\nAction: I flew to their office and I ran the cut-over with their IT lead.\nResult: They opened on time.")
        #expect(GapSpec.situation.finding(in: task).strength == GapFinding.weak)
    }

    @Test func aStateInTheOpeningSetsTheScene() {
        #expect(AnswerAnalyzer.analyze("I was the on-call PM for payments. I paused the release and I called the bank.").has(.situation))
        #expect(!AnswerAnalyzer.analyze("I paused the release and I called the bank. It worked.").has(.situation))
        // Talk in general before the story is passed over: the scene is set where the past begins.
        let preamble = AnswerAnalyzer.analyze("I've handled a lot of angry callers. It's part of working a help line. One caller was shouting about a double charge on his card. I found the duplicate and refunded it while he was on the line.")
        #expect(preamble.has(.situation), "\(preamble.signals[.situation] ?? [])")
        // The scene announced as such sets it, in whatever tense.
        #expect(AnswerAnalyzer.analyze("Let me put you in context: the city pays its staff through our payroll system, and lenders take their loan payments straight from it. Our job is to stop new loans to anyone already deep in debt.").has(.situation))
        // What had happened before, anywhere in the opening, is its background.
        #expect(AnswerAnalyzer.analyze("Assigned a sales region where orders had dropped 20% the year before. Visited every store manager. Opened one new store by spring.").has(.situation))
    }

    @Test func aStoryThatOpensOnAStepHasNoSceneAndOneThatOpensOnWhatWasWrongHasSome() {
        let straightIn = AnswerAnalyzer.analyze("I moved estimation to comments the day before and I cut planning to one hour. The team got two hours back.")
        #expect(straightIn.opensOnAStep)
        #expect(GapSpec.situation.finding(in: straightIn).strength == GapFinding.clear)
        let problemFirst = AnswerAnalyzer.analyze("I noticed that sprint planning ran three hours. I moved estimation to comments the day before and I cut planning to one hour.")
        #expect(!problemFirst.opensOnAStep)
        #expect(GapSpec.situation.finding(in: problemFirst).strength == GapFinding.weak)
    }

    @Test func aToolNamedInAStoryThatOpensOnAStepSetsNoScene() {
        // "Looker" is a name, but the story still starts on a step: what was at stake is missing.
        let tool = AnswerAnalyzer.analyze("- Checked the signup numbers in Looker against the billing export\n- Rewrote the query and walked the analysts through it\n- The dashboard is fixed")
        #expect(tool.opensOnAStep && tool.has(.namedDetail))
        #expect(GapSpec.situation.finding(in: tool).strength == GapFinding.clear)
    }

    @Test(arguments: [
        "- Sr PM checkout, home goods e-commerce\n- Added wallet payments at the top of the cart",
        "I am owner of the loyalty programme in our grocery app. I designed a new tier system.",
        "- Led the card freeze launch in our mobile banking app\n- Wrote the requirements with fraud ops",
    ])
    func aNoteNamesItsSettingByRoleAndPlace(_ answer: String) {
        #expect(AnswerAnalyzer.analyze(answer).has(.situation), "\(answer)")
    }

    @Test func aStepForSomeoneIsNoSetting() {
        #expect(!AnswerAnalyzer.analyze("Led the migration for the team. Moved every job to the new queue.").has(.situation))
    }

    @Test func aTimeWithADigitInItIsReadInsideASentence() {
        // "Q2", "H1", "2021": the lexicon's phrases with digits match wherever they stand.
        #expect(AnswerAnalyzer.analyze("I rebuilt the billing export in Q2 and I moved it to a queue.").has(.situation))
        #expect(AnswerAnalyzer.analyze("The team promised the new export by Q3, so I cut the scope to two formats.").has(.timeFrame))
    }

    @Test func aNameIsADetailOfOneRealTime() {
        #expect(AnswerAnalyzer.analyze("At Northwind I moved the reports to Looker.").has(.namedDetail))
        #expect(!AnswerAnalyzer.analyze("At my company I moved the reports to a new tool.").has(.namedDetail))
    }

    @Test(arguments: [
        ("Tell me about a time you disagreed with your manager.", QuestionFraming.pastExample),
        ("Have you ever missed a deadline?", .pastExample),
        ("How would you improve a food delivery app for families?", .plan),
        ("Design a parking app for a stadium.", .plan),
        ("You're the PM at a ride-hailing company and rides fell 8% in the past day. What would you do?", .plan),
        ("How do you decide what goes into a launch?", .generalApproach),
        ("What is your approach to pricing a new tier?", .generalApproach),
        ("Why this role?", .pastExample),
        ("You’re The PM For A Café Chain’s App. What Would You Build?", .plan),
        ("DESIGN a checkout for a kiosk.", .plan),
        ("Über-fast delivery: how do you decide what to cut?", .generalApproach),
        // A case put to the team or the company, or opened on the task, asks for a plan.
        ("Should we add a bookmark button to the reader app?", .plan),
        ("Evaluate whether the bookshop chain should open a café in each store.", .plan),
        ("How many bike couriers are on the road in Lisbon on a Saturday?", .plan),
        ("Listings with fake addresses keep appearing. How do we find them at scale?", .plan),
        ("Tell me about a time you decided how we should price a tier.", .pastExample),
        ("How do you design a music app for people who cannot see?", .plan),
        ("How do you decide which bugs to fix first?", .generalApproach),
        // A prompt that never speaks to the candidate and names a product or a figure sets a case.
        ("Checkout conversion fell 12% last week. What next?", .plan),
        ("Product strategy: a meal-planning app for new parents", .plan),
        ("Biggest mistake", .pastExample),
        ("How to handle a stakeholder who keeps changing the scope?", .generalApproach),
        ("Why product management rather than design?", .pastExample),
        // The product-sense case is told about someone else's product.
        ("Tell me about a product you love and how you would improve it.", .plan),
        ("What is your favourite app, and what would you change about it?", .plan),
        ("What would your manager say is your biggest weakness?", .pastExample),
        // A situation at work to handle, with no product in it, wants the real time behind the "I would".
        ("What would you do if a supplier shouted at you on the phone?", .generalApproach),
        ("How would you handle a teammate who keeps missing hand-offs?", .generalApproach),
        ("How would you deal with a customer who wants a refund you cannot give?", .generalApproach),
        ("How would you handle a spike in user complaints about the search feature?", .plan),
        ("As the PM, how would you respond to a competitor cutting prices by half?", .plan),
        // The candidate asked about themselves in "would" is no plan either.
        ("What would you say is your greatest strength?", .generalApproach),
        ("Why would you be a good fit for our clinic?", .generalApproach),
    ])
    func theQuestionsWordingSaysWhatItAsksFor(_ question: String, _ framing: QuestionFraming) {
        #expect(QuestionFraming.of(question) == framing, "\(question)")
    }
}

/// Notes set their scene in few words: a role then where, or the stakes in figures.
@Suite struct NoteSettingTests {
    @Test(arguments: [
        "- Senior PM, smart lock app (iOS + Android)\n- Pulled a month of support tickets\n- Rewrote the pairing flow and shipped it in two sprints\n- Pairing failures fell from 9% to 4%",
        "- Group PM (L7), payments org, 4 PMs\n- Sat in on the team's reviews and rewrote the template with them\n- Review rounds fell from 3 to 1",
        "I moved from support into a PM role at a travel booking site. I rebuilt the refund form and refund contacts fell by a third.",
        "Cancellations on the annual plan spiking, 4% to 7% in a month. Pulled the exit survey myself. Added a pause option. Back to 4.5% in six weeks.",
    ])
    func aNoteSetsItsSceneInAFewWords(answer: String) {
        let story = AnswerAnalyzer.analyze(answer)
        #expect(story.has(.situation))
    }

    @Test func aStepWithAFigureIsNoScene() {
        let story = AnswerAnalyzer.analyze("Pulled 3 months of tickets and tagged 400 by hand. Rewrote the pairing flow. Failures fell.")
        #expect(!story.has(.situation))
    }
}
