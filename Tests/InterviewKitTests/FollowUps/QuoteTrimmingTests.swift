@testable import InterviewKit
import Testing

/// A quote is cut to a readable length and never stops on a word that leaves it hanging.
@Suite struct QuoteTrimmingTests {
    @Test func aQuoteDoesNotEndOnAnArticleOrPreposition() {
        #expect(FollowUpGenerator.trimmedQuote("This reduced the") == "This reduced…")
        #expect(FollowUpGenerator.trimmedQuote("we moved the reports to") == "we moved the reports…")
    }

    @Test func aWholeClauseIsQuotedAsItIs() {
        #expect(FollowUpGenerator.trimmedQuote("conversion went up a lot.") == "conversion went up a lot")
        #expect(FollowUpGenerator.trimmedQuote("I led the") == "I led…")
    }

    @Test func aLongClauseIsCutAtSixteenWords() {
        let long = "I wrote the plan and I met every team lead and I asked each of them for their top three risks first"
        let quote = FollowUpGenerator.trimmedQuote(long)
        #expect(quote.hasSuffix("…"))
        #expect(quote.split(separator: " ").count <= 16)
        #expect(!quote.hasSuffix("their…") && !quote.hasSuffix("for…"))
    }
}
