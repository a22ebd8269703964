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
        #expect(FollowUpGenerator.trimmedQuote("we found that the cause was") == "we found that the cause…")
        #expect(FollowUpGenerator.trimmedQuote("I kept the old parser because") == "I kept the old parser…")
        #expect(FollowUpGenerator.trimmedQuote("Explain the failure: the campaign missed its target") == "the campaign missed its target")
        #expect(FollowUpGenerator.trimmedQuote("Résultat: the campaign missed its target") == "the campaign missed its target")
        #expect(FollowUpGenerator.trimmedQuote("Result:") == "Result")
        #expect(FollowUpGenerator.trimmedQuote("we agreed on two things: a date and a budget") == "we agreed on two things: a date and a budget")
    }

    @Test(arguments: [("- Cutover took 40 minutes", "Cutover took 40 minutes"), ("2. Rewrote the runbook", "Rewrote the runbook"),
                      ("(b) shipped it", "shipped it"), ("• churn fell to 4%", "churn fell to 4%"), ("* -", "-")])
    func aListMarkerIsNotQuoted(text: String, quote: String) {
        #expect(FollowUpGenerator.trimmedQuote(text) == quote)
        #expect(FollowUpGenerator.trimmedQuoteByCharacters(text) == quote)
    }

    @Test func aLongClauseIsCutAtSixteenWords() {
        let long = "I wrote the plan and I met every team lead and I asked each of them for their top three risks first"
        let quote = FollowUpGenerator.trimmedQuote(long)
        #expect(quote.hasSuffix("…"))
        #expect(quote.split(separator: " ").count <= 16)
        #expect(!quote.hasSuffix("their…") && !quote.hasSuffix("for…"))
    }

    /// Plain text (ASCII and the usual typographic marks) is cut over bytes; the cut must be the
    /// one made over Characters, which text with other characters still gets.
    @Test(arguments: [
        "This reduced the", "I led the", "", "   ", "one", "the the the", "THE plan was to", "I did it, and the.",
        "we shipped it by (the", "It's what we'd call the ‘real’ win — by…", "so I asked “which”", "it was 'the'",
        "tabs\tand\r\nline breaks\nand to", "I decided, on my own, to cut the scope in half because the deadline was fixed and the",
        "• I wrote the plan – and our", "- 3. (a) – the plan", "12) done", "ends with dots...", "a b", "?!", "I,", "They said: “our”",
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen",
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen the of and",
    ])
    func plainTextIsCutAsCharactersWouldBe(_ text: String) {
        #expect(FollowUpGenerator.isPlain(text.utf8))
        #expect(FollowUpGenerator.trimmedQuote(text) == FollowUpGenerator.trimmedQuoteByCharacters(text))
    }

    @Test func otherTextIsCutOverCharacters() {
        #expect(!FollowUpGenerator.isPlain("café by the".utf8))
        #expect(FollowUpGenerator.trimmedQuote("we met at the café by the") == "we met at the café…")
        #expect(FollowUpGenerator.trimmedQuote("I don't know 🚀 the") == "I don’t know 🚀…")
    }

    @Test func everyQuoteSlotIsFilled() {
        #expect(FollowUpGenerator.fill("You said '{q}'. Why {q}?", with: "it’s late") == "You said 'it’s late'. Why it’s late?")
        #expect(FollowUpGenerator.fill("{{q}}", with: "x") == "{x}")
        #expect(FollowUpGenerator.fill("no slot {q", with: "x") == "no slot {q")
        #expect(!FollowUpGenerator.hasQuoteSlot("{ q}") && FollowUpGenerator.hasQuoteSlot("a{q}"))
    }
}

/// A probe points at words that show its gap: one word left once a label is trimmed off shows none.
@Suite struct QuoteChoiceTests {
    @Test func aSingleWordLeftAfterItsLabelIsNotQuoted() {
        #expect(FollowUpGenerator.quote(showing: Evidence(offset: 0, text: "Explain the failure: Unfortunately")) == nil)
        #expect(FollowUpGenerator.quote(showing: Evidence(offset: 0, text: "Honestly")) == nil)
        #expect(FollowUpGenerator.quote(showing: nil) == nil)
    }

    @Test func aClauseIsQuoted() {
        #expect(FollowUpGenerator.quote(showing: Evidence(offset: 0, text: "Result: we shipped it")) == "we shipped it")
        #expect(FollowUpGenerator.quote(showing: Evidence(offset: 4, text: "sales grew")) == "sales grew")
    }

    /// The suggestion shown to a peer interviewer picks its quote the same way as the engine's probe.
    @Test func aPeerSuggestionAsksWithoutAOneWordQuote() {
        let question = Question(id: "q", kind: .behavioural, text: "Tell me about a time you failed.", principles: [.ownership], rounds: [.barRaiser])
        let context = FollowUpContext(question: question, round: .barRaiser, track: .pm, level: .l5, maxDepth: 3)
        let finding = GapFinding(gap: .specificity, strength: GapFinding.clear, evidence: [Evidence(offset: 0, text: "Explain the failure: Unfortunately")])
        let probe = FollowUpSuggestions.probe(for: finding, context: context)
        #expect(probe.quote == nil)
        #expect(!probe.text.contains("Unfortunately"))
    }
}
