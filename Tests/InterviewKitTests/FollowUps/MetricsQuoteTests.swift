@testable import InterviewKit
import Testing

/// "By how much?" quotes an outcome that moved something, never the candidate's own step or an
/// outcome that only settled something; those are asked without a quote.
@Suite struct MetricsQuoteTests {
    static func finding(_ answer: String) -> GapFinding {
        GapSpec.metrics.finding(in: AnswerAnalyzer.analyze(answer))
    }

    @Test func aStepWithAChangeVerbIsNotTheOutcome() {
        let finding = Self.finding("I promised the sales team a pricing page for the launch. I cut the comparison table and I shipped the rest on time.")
        #expect(finding.isOpen)
        #expect(finding.evidence.isEmpty, "quoted \(finding.evidence.map(\.text))")
    }

    @Test func aSettledOutcomeIsAskedWithoutAQuote() {
        let finding = Self.finding("The two teams wanted different release dates. I set up one meeting with both leads and in the end we agreed on a shared date.")
        #expect(finding.strength == GapFinding.weak, "an agreement was the outcome: its number is wanted less than a state told in words")
        #expect(finding.evidence.isEmpty, "quoted \(finding.evidence.map(\.text))")
    }

    @Test func whatAChoiceCostIsNoOutcomeToMeasure() {
        let finding = Self.finding("I kept the old export running beside the new one for a quarter. The downside was that the duplicate jobs increased our cloud bill, and the migration finished smoothly.")
        #expect(finding.isOpen)
        #expect(finding.evidence.allSatisfy { !$0.text.contains("downside") && !$0.text.contains("increased our cloud bill") }, "quoted \(finding.evidence.map(\.text))")
    }

    @Test func aVerbsUpOrDownIsNoChangeToMeasure() {
        let ended = Self.finding("The night nurse gave the wrong dose of an antibiotic. I told the charge nurse and the doctor at once, I watched the patient every hour, and the patient ended up fine.")
        #expect(ended.isClear)
        #expect(ended.evidence.isEmpty, "quoted \(ended.evidence.map(\.text))")
        let moved = Self.finding("Missed doses kept happening on the night shift. I moved the antibiotic rounds to the shift handover, and missed doses went down a lot.")
        #expect(moved.evidence.first?.text.contains("went down") == true, "quoted \(moved.evidence.map(\.text))")
    }

    @Test func whatBecameClearIsNoMeasureToAskAbout() {
        let finding = Self.finding("I drew both designs on one whiteboard with the two leads. Once we drew it out, the issues that I brought up became clear, and we reached an agreement quickly.")
        #expect(finding.evidence.allSatisfy { !$0.text.contains("became clear") }, "quoted \(finding.evidence.map(\.text))")
    }

    @Test func whatTheStoryTaughtIsNoOutcomeToMeasure() {
        let finding = Self.finding("I shipped the smaller version first and it went live in May. It really showed me that the fastest way forward is often the smaller one.")
        #expect(finding.evidence.allSatisfy { !$0.text.contains("showed me") }, "quoted \(finding.evidence.map(\.text))")
    }

    @Test func anOutcomeThatMovedIsQuoted() {
        let finding = Self.finding("I rewrote the reminder emails and after that no-shows went down a lot.")
        #expect(finding.isClear)
        #expect(finding.evidence.first?.text.contains("went down") == true, "quoted \(finding.evidence.map(\.text))")
    }
}

@Suite struct MetricsReflectionQuoteTests {
    @Test func aViewIsNotQuotedAsTheOutcome() {
        let finding = MetricsQuoteTests.finding("I set up weekly reviews with the vendor and I rewrote the contract terms. I think my persistence really paid off.")
        #expect(finding.isClear)
        #expect(finding.evidence.isEmpty, "quoted \(finding.evidence.map(\.text))")
    }

    @Test func theOutcomeBesideALessonIsQuotedNotTheLesson() {
        let finding = MetricsQuoteTests.finding("I moved our release notes to a shared page and I trained the support leads on it. It was a strong lesson in not trusting the old process, and things improved a lot.")
        #expect(finding.evidence.first?.text == "things improved a lot")
    }
}

@Suite struct TradeoffAndDepthQuoteTests {
    @Test func noDecisionToldMeansNoQuoteForTheTradeoff() {
        let finding = GapSpec.tradeoff.finding(in: AnswerAnalyzer.analyze("I owned the payment form. I rebuilt it with one engineer and conversion went from 81% to 86%."))
        #expect(finding.isOpen)
        #expect(finding.evidence.isEmpty, "quoted \(finding.evidence.map(\.text))")
    }

    @Test func depthGoesToTheOutcomesNumberNotAnEarlierFigure() {
        let story = AnswerAnalyzer.analyze("""
            A supplier slipped twice, so I chose a second one that cost 20% more rather than wait. I moved the integration \
            in nine days and we launched on time. Holiday sales came in 18% above the year before.
            """)
        let finding = GapSpec.depth.finding(in: story)
        #expect(finding.evidence.first?.text.contains("18%") == true, "quoted \(finding.evidence.map(\.text))")
    }
}

/// "By how much?" fits words that tell something moved, read as words: a short word of change is
/// not a piece of a longer one.
@Suite struct ChangeWordsTests {
    @Test(arguments: ["no-shows went down a lot", "reviews improved", "sign-ups grew", "we cut the wait", "churn is lower now", "far less rework"])
    func wordsOfChangeTellAChange(_ text: String) {
        #expect(Lexicon.tellsAChange(text))
    }

    @Test(arguments: ["we went ahead with sending out the data", "we released an updated version", "it went live",
                      "we now have a decoupled architecture", "shipped regardless of the review", "the download page is live"])
    func wordsThatOnlyHoldAWordOfChangeTellNone(_ text: String) {
        #expect(!Lexicon.tellsAChange(text))
    }

    @Test func aStepTakenAheadIsAskedWithoutAQuote() {
        let finding = GapSpec.metrics.finding(in: AnswerAnalyzer.analyze("The client needed the report by Monday. I checked every figure with finance and we went ahead with sending out the data."))
        #expect(finding.isOpen)
        #expect(finding.evidence.isEmpty, "quoted \(finding.evidence.map(\.text))")
    }
}
