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
