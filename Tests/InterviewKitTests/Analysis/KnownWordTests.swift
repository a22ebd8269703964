@testable import InterviewKit
import Testing

/// The words the passes test by id: each one's id in the analyser's vocabulary is its raw value.
@Suite struct KnownWordTests {
    @Test(arguments: KnownWord.allCases)
    func aKnownWordsIdIsItsRawValue(_ word: KnownWord) {
        let tokens = Tokenizer.tokenize(Array("So \(word.spelling.uppercased()) it".utf8), vocabulary: AnswerAnalyzer.matcher.vocabulary).tokens
        #expect(tokens.map(\.text) == ["so", word.spelling, "it"])
        #expect(tokens[1].id == word.rawValue)
        #expect(tokens[1].isWord(word))
        #expect(!tokens[0].isWord(word) && !tokens[2].isWord(word))
    }
}
