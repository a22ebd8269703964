@testable import InterviewKit
import Testing

/// Words as the passes see them: lower case, straight apostrophes, ends trimmed, with their places.
@Suite struct TokenizerTests {
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
