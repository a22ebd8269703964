@testable import InterviewKit
import Testing

/// Words as the passes see them: lower case, straight apostrophes, ends trimmed, with their places.
@Suite struct TokenizerTests {
    @Test func wordsInQuotesStayInsideTheirClause() {
        // A quote cut at the opening quote mark would ask about "This reduced…" alone.
        let story = AnswerAnalyzer.analyze("I set up a shared staging check for the team. This reduced the \"works on my laptop\" bugs and sped up every release.")
        #expect(GapSpec.metrics.finding(in: story).evidence.first?.text == "This reduced the \"works on my laptop\" bugs")
    }

    @Test func capitalsAndCurlyApostrophesAreSpelledLowerAndStraight() {
        let text = "We DIDN’T stop: ’Twas Café-/ shipped 2,5x (trade-off)."
        let (tokens, sentences) = Tokenizer.tokenize(Array(text.utf8), vocabulary: AnswerAnalyzer.matcher.vocabulary)
        #expect(tokens.map(\.text) == ["we", "didn't", "stop", "twas", "café", "shipped", "2,5x", "trade-off"])
        #expect(tokens.map(\.isCapitalized) == [true, true, false, true, true, false, false, false])
        #expect(tokens.map(\.punctuatedBefore) == [false, false, false, true, false, false, false, true])
        #expect(tokens.map { $0.flags.contains(.edEnding) } == [false, false, false, false, false, true, false, false])
        #expect(tokens[0].flags.contains(.us))
        #expect(tokens[1].hash == WordHash.of(Array("didn't".utf8)))
        #expect(tokens[1].start == 3 && tokens[1].end == 3 + "DIDN’T".utf8.count)
        #expect(sentences.count == 1)
    }

    /// A letter left out or two swapped in a word the lexicon knows is read as that word; words in
    /// their own right, and a plural's singular, are left as they are.
    @Test func aSlipOfAKnownWordIsReadAsThatWord() {
        let text = "the custmer said it was a sucess becuase we finaly hit the daedline"
        let tokens = Tokenizer.tokenize(Array(text.utf8), vocabulary: AnswerAnalyzer.matcher.vocabulary).tokens
        #expect(tokens.map(\.text) == ["the", "customer", "said", "it", "was", "a", "success", "because", "we", "finally", "hit", "the", "deadline"])
        #expect(tokens[1].id >= 0 && tokens[1].hash == WordHash.of(Array("customer".utf8)))
        let kept = Tokenizer.tokenize(Array("a graduate student leaned on the lunched casual plan".utf8), vocabulary: AnswerAnalyzer.matcher.vocabulary).tokens
        #expect(kept.map(\.text) == ["a", "graduate", "student", "leaned", "on", "the", "lunched", "casual", "plan"])
    }

    /// The engine reads a misspelt answer as the same answer, and quotes the candidate's own spelling.
    @Test func aMisspeltAnswerIsJudgedAsItsSpelledTwin() {
        let spelt = AnswerAnalyzer.analyze("The customer was angry because her order was lost. I called the warehouse and found the parcel on the wrong shelf. I drove it over myself that evening. The customer wrote a good review the next day.")
        let slipped = AnswerAnalyzer.analyze("The custmer was angry becuase her order was lost. I called the warehouse and found the parcel on the wrong shelf. I drove it over myself that evening. The custmer wrote a good review the next day.")
        #expect(Set(slipped.signals.map(\.kind)) == Set(spelt.signals.map(\.kind)))
        #expect(slipped.signals[.result]?.last?.text == "The custmer wrote a good review the next day")
    }

    @Test func aLineWrappedInTheMiddleOfASentenceGoesOnBelow() {
        let wrapped = "Our invoicing job had been failing every night for a week and the\nfinance team could not close the month. I traced it to a timeout in the\nexport, so I split the export into batches and it ran in an hour."
        let (_, sentences) = Tokenizer.tokenize(Array(wrapped.utf8), vocabulary: AnswerAnalyzer.matcher.vocabulary)
        #expect(sentences.count == 2)
        // A heading, a label, a list letter and a line that ends on a stop each keep their line.
        for kept in ["Situation\nthe export failed every night for a week.", "We had two weeks before the audit started\nresult: the audit passed",
                     "The shoppers fall into groups, from casual to expert\nb) people who print photos", "Every export had failed for a week.\nthe team was stuck",
                     "Reduced the monthly infrastructure cost by 30%\nimproved the NPS of the app by 10 points"] {
            let (tokens, _) = Tokenizer.tokenize(Array(kept.utf8), vocabulary: AnswerAnalyzer.matcher.vocabulary)
            let below = tokens.firstIndex { $0.start > kept.utf8.firstIndex(of: 0x0A).map { kept.utf8.distance(from: kept.utf8.startIndex, to: $0) }! }!
            #expect(tokens[below].sentence != tokens[below - 1].sentence, "\(kept)")
        }
    }
}

/// A sentence's last token, found from the sentences' first tokens.
@Suite struct SentenceEndTests {
    @Test(arguments: ["One. Two words here! \n\n\n Three; and four\n", "...!? a", "solo", "1. First step\n2. Second step.\n\nDone"])
    func theEndIsTheLastTokenOfTheSameSentence(_ text: String) {
        let bytes = Array(text.utf8)
        let (tokens, sentences) = Tokenizer.tokenize(bytes, vocabulary: AnswerAnalyzer.matcher.vocabulary)
        let reader = AnswerReader(bytes: bytes, tokens: tokens, sentences: sentences, framing: .pastExample)
        for index in tokens.indices {
            let last = tokens.indices.last { tokens[$0].sentence == tokens[index].sentence }
            #expect(reader.sentenceEnd(of: index) == last)
        }
    }
}
