@testable import InterviewKit
import Testing

/// How an answer is cut into words, and which words a lexicon's prefix reaches.
@Suite struct WordsAndPhrasesTests {
    static func words(_ text: String) -> [String] {
        Tokenizer.tokenize(Array(text.utf8)).tokens.map(\.text)
    }

    @Test func contemptTurnedOnOneselfIsNoRedFlag() {
        #expect(!AnswerAnalyzer.analyze("I said yes to every request. It made me look incompetent to my director, so I set a rule for requests.").has(.redFlag))
        #expect(AnswerAnalyzer.analyze("The vendor's team was incompetent, so I rewrote their export myself.").has(.redFlag))
        #expect(AnswerAnalyzer.analyze("I blamed them in the review and moved on.").has(.redFlag))
    }

    @Test func dashesCurlyQuotesAndBulletsPartWords() {
        #expect(Self.words("two options–either way—we “shipped” it…then•done") == ["two", "options", "either", "way", "we", "shipped", "it", "then", "done"])
        let story = AnswerAnalyzer.analyze("The partner wanted a custom export. I said no—the standard file was enough—and we shipped on the planned date.")
        #expect(story.has(.tradeoff), "'said no' is read across the dash")
    }

    @Test func aColonBetweenDigitsIsPartOfTheNumber() {
        #expect(Self.words("weekly 1:1s at 10:30, then: notes") == ["weekly", "1:1s", "at", "10:30", "then", "notes"])
    }

    @Test func volunteeringForAJobAtWorkIsNoPersonalSetting() {
        #expect(!AnswerAnalyzer.analyze("Nobody owned the on-call guide, so I volunteered and rewrote it with two engineers.").has(.personalContext))
        #expect(AnswerAnalyzer.analyze("On Saturdays I volunteer at an animal shelter and I rebuilt its rota.").has(.personalContext))
        #expect(AnswerAnalyzer.analyze("I volunteered at a food bank and reorganised the intake desk.").has(.personalContext))
    }

    @Test func anEveningWithMatesIsAPersonalSetting() {
        #expect(AnswerAnalyzer.analyze("My mates and I could not agree on a film, so I picked one everyone could stand and booked the tickets.").has(.personalContext))
    }

    @Test func whereTheCandidateTeachesTheClassIsTheWork() {
        #expect(!AnswerAnalyzer.analyze("One boy in my class never handed in homework. I found out he loved drawing, and I let my students turn in comics of the reading.").has(.personalContext))
        #expect(!AnswerAnalyzer.analyze("A student kept talking over the class. I gave him the job of timing each group, and the rest of the class could work.").has(.personalContext))
        #expect(AnswerAnalyzer.analyze("As a student I led our group in the class project, and I split the homework between us.").has(.personalContext))
        #expect(AnswerAnalyzer.analyze("One teammate in my class project never did the homework, so I split the slides with him.").has(.personalContext))
    }

    @Test func aColleaguesPromotionOrAPointInTheCareerIsNoPersonalStake() {
        #expect(!AnswerAnalyzer.analyze("Early in my career I rebuilt the billing export for a startup, and it opened a new line of revenue.").has(.personalContext))
        #expect(!AnswerAnalyzer.analyze("I pushed for our best support engineer to be promoted to the platform team, and wrote the case for it.").has(.personalContext))
        #expect(AnswerAnalyzer.analyze("I wanted to be promoted that year, so I took on the reporting backlog.").has(.personalContext))
        #expect(AnswerAnalyzer.analyze("I took a data course for my career growth and finished it in six weeks.").has(.personalContext))
    }

    @Test func aPrefixReachesOnlyItsOwnWords() {
        // "examples" is no exam, "optional" no option, "personally" no persona, "Slack" no SLA.
        let story = AnswerAnalyzer.analyze("At my last company the billing export broke. I personally shared examples on Slack, made the new field optional and rewrote the export.")
        #expect(!story.has(.personalContext))
        #expect(!story.has(.alternatives))
        #expect(!story.has(.segment))
        #expect(!story.has(.constraints))
    }

    @Test(arguments: [
        "I proposed the new threshold and got legal and risk to agree on it before the launch.",
        "I took the plan to the credit risk team, who signed it off the same week.",
        "We moved to two-week releases, so we could ship every two weeks instead of every six.",
        "Complaints about the gift wrap option spiked, so I turned it off and refunded the fee.",
        "I didn't want to wait for the weekly review, so I turned the flag off that afternoon.",
    ])
    func aTeamCalledRiskOrFiguresComparedWeighNoOption(answer: String) {
        let story = AnswerAnalyzer.analyze(answer)
        #expect(!story.has(.tradeoff))
        #expect(!story.has(.risk))
    }

    @Test func whatAFindingMeantIsNoCostOfAChoice() {
        let found = AnswerAnalyzer.analyze("I pulled the bookings and saw that 6% of patients had booked from two time zones, which meant hundreds of missed sessions a month.")
        #expect(!found.has(.tradeoff))
        let chose = AnswerAnalyzer.analyze("I moved the launch out by three weeks, which meant we missed the spring campaign.")
        #expect(chose.has(.tradeoff))
    }

    @Test(arguments: [
        "I had two options: delay the launch or ship without the export.",
        "The other option was a full rebuild, which would have taken a quarter.",
        "Finance did not want to extend the trial, so we agreed to a two-week pilot.",
        "I did not want to just log a bug and wait for the next sprint, because drivers stop taking jobs when pay looks late.",
    ])
    func optionsCountedAndOthersDoubtsAreWeighed(answer: String) {
        #expect(AnswerAnalyzer.analyze(answer).has(.tradeoff), "\(answer)")
    }

    @Test func aRiskNamedBesideTheChoiceIsStillARisk() {
        let story = AnswerAnalyzer.analyze("I shipped the new threshold to half of the sellers first; the risk was losing the big accounts if it misfired.")
        #expect(story.has(.risk))
    }
}

/// Whom a story served, by the trade's own word.
@Suite struct CustomerWordsTests {
    @Test(arguments: ["policyholders", "donors", "riders", "cardholders", "diners"])
    func theTradesWordForItsCustomersIsACustomer(word: String) {
        let story = AnswerAnalyzer.analyze("I cut the claim form from twelve questions to five after listening to twenty calls from \(word). Submissions rose from 40% to 65%.")
        #expect(!GapSpec.customer.finding(in: story).isOpen)
    }

    @Test func aPayoffOfTheCandidatesOwnLeavesTheCustomerClearlyOpen() {
        let story = AnswerAnalyzer.analyze("At the logistics firm I wrote a script that pulls the shipment data into the weekly report. Now it takes me ten minutes instead of half a day, and it helped me get promoted that cycle.")
        #expect(GapSpec.customer.finding(in: story).isClear)
        let theirs = AnswerAnalyzer.analyze("At the logistics firm I coached two junior analysts on their reports every week. After a year both of them got promoted.")
        #expect(!GapSpec.customer.finding(in: theirs).isClear, "someone else's promotion is no stake of the candidate's")
    }

    @Test func teamMembersAreNoCustomers() {
        let story = AnswerAnalyzer.analyze("I ran a workshop with the team members and we rewrote the on-call guide. Pages fell from 30 a week to 12.")
        #expect(!story.has(.customer))
    }
}
