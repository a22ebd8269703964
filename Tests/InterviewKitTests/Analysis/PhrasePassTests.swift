import InterviewKit
import Testing

/// Options weighed in words other than "trade-off": a concern answered, the course not taken, a
/// choice made though it cost something.
@Suite struct PhrasePassTests {
    @Test(arguments: [
        "I proposed moving the renewal email to day 20. Finance was worried about a dip in early payments, so I ran it for one region first. Late payments fell from 14% to 9%.",
        "We could have kept the old export and patched it, but three enterprise accounts were blocked on it. I rebuilt the export in two sprints.",
        "I decided to ship the Android version first, even though most of our revenue came from iPhone users. Android crashes fell by half.",
    ])
    func anOptionWeighedInPlainWordsCoversTheTradeoff(answer: String) {
        let story = AnswerAnalyzer.analyze(answer)
        #expect(GapSpec.tradeoff.finding(in: story).strength == 0, "\(story.signals[.tradeoff] ?? [])")
    }

    @Test func aWordOfChangeThatDescribesAThingIsNoOutcome() {
        let made = AnswerAnalyzer.analyze("The team chose to copy the keys by hand. Over the next days I designed an improved solution and I walked two engineers through it.")
        #expect(!made.has(.result), "\(made.signals[.result] ?? [])")
        let seen = AnswerAnalyzer.analyze("I moved the reminder to the second day. Within a month we saw an improved retention in the new cohort.")
        #expect(seen.has(.result))
        let early = AnswerAnalyzer.analyze("I handed out the wrong worksheet and changed the task on the spot. I now check my materials ahead of time.")
        #expect(!early.has(.result), "preparing ahead of time is a habit, not how it ended")
    }

    @Test func whatAThingInsistedOnIsNoOnesChoice() {
        let logs = AnswerAnalyzer.analyze("The logs insisted the setting was right, so I replayed the failed calls one by one.")
        #expect(!logs.has(.decision), "\(logs.signals[.decision] ?? [])")
        let person = AnswerAnalyzer.analyze("I insisted on a second review before the launch, and I walked the team through the risks.")
        #expect(person.has(.decision))
    }

    @Test func aRegretIsNoOptionWeighed() {
        let story = AnswerAnalyzer.analyze("I decided to launch the new pricing page in March. I could have asked sales earlier, but I didn't, and I learned to loop them in first. Upgrades rose 12%.")
        #expect(GapSpec.tradeoff.finding(in: story).isOpen)
    }

    @Test func aChoiceThatSetTheStoryUpIsNoneOfTheCandidatesToWeigh() {
        let setting = AnswerAnalyzer.analyze("Situation: our export tool was ten years old. In 2021 we decided to rebuild it from scratch.\nAction: I moved the biggest accounts first and I ran a weekly check with support.\nResult: all 40 accounts moved by June.")
        #expect(!setting.has(.decision), "\(setting.signals[.decision] ?? [])")
        let own = AnswerAnalyzer.analyze("Situation: our export tool was ten years old.\nAction: I decided to move the biggest accounts first and I ran a weekly check with support.\nResult: all 40 accounts moved by June.")
        #expect(own.has(.decision))
    }

    @Test func aConcessionOutsideAChoiceWeighsNothing() {
        let story = AnswerAnalyzer.analyze("Even though I was new to payments, I picked up the refunds backlog. I cleared 400 tickets in two weeks.")
        #expect(GapSpec.tradeoff.finding(in: story).isOpen)
    }
}
