@testable import InterviewKit
import Testing

/// Words and numerals read the same way from plain ASCII bytes and from other text.
@Suite struct StringWordsTests {
    @Test func wordsAreLowerCasedRunsOfLettersAndDigits() {
        #expect("Churn fell to 3%, didn't it? (Q2)".lowercasedWords == ["churn", "fell", "to", "3", "didn", "t", "it", "q2"])
        #expect("Café revenue DOUBLED — naïve plan".lowercasedWords == ["café", "revenue", "doubled", "naïve", "plan"])
        #expect("  ".lowercasedWords.isEmpty)
    }

    @Test func aNumeralIsADigitOrAnotherNumericCharacter() {
        #expect("about 40 more".hasNumeral)
        #expect("cut by ½".hasNumeral)
        #expect("grew by ٣ times".hasNumeral)
        #expect(!"grew a lot — café".hasNumeral)
        #expect(!"no figure here".hasNumeral)
    }
}
