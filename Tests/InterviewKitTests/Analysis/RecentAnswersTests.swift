import Foundation
import InterviewKit
import Testing

/// Noticing an answer given again: by its words, among the latest answers only.
@Suite struct RecentAnswersTests {
    static let story = "In my second year I ran the returns desk and rewrote the refund script myself, so refunds went out in two days instead of nine."

    static func filler(_ number: Int) -> String {
        "Answer number \(number) is about a different week of work, a warehouse audit with new shelves and labels, item \(number)."
    }

    @Test func anAnswerGivenAgainIsARepeatEvenWithSmallEdits() {
        let recent = RecentAnswers([Self.story])
        let edited = Self.story.replacingOccurrences(of: "second", with: "third")
        #expect(AnswerAnalyzer.analyze(Self.story, earlierAnswers: recent).issue == .repeated)
        #expect(AnswerAnalyzer.analyze(edited, earlierAnswers: recent).issue == .repeated)
        #expect(AnswerAnalyzer.analyze(Self.story).issue == nil)
    }

    @Test func anAnswerWithOtherWordsIsNoRepeat() {
        let recent = RecentAnswers([Self.story, Self.filler(1)])
        let other = "When our vendor missed a delivery I called three other suppliers and we restocked the shelves before the weekend rush."
        #expect(AnswerAnalyzer.analyze(other, earlierAnswers: recent).issue == nil)
    }

    @Test func onlyTheLatestAnswersAreKept() {
        var recent = RecentAnswers([Self.story])
        recent.append(contentsOf: (1..<AnswerAnalyzer.repetitionWindow).map(Self.filler))
        #expect(recent.count == AnswerAnalyzer.repetitionWindow)
        #expect(AnswerAnalyzer.analyze(Self.story, earlierAnswers: recent).issue == .repeated)
        recent.append(Self.filler(99))
        #expect(recent.count == AnswerAnalyzer.repetitionWindow)
        #expect(AnswerAnalyzer.analyze(Self.story, earlierAnswers: recent).issue == nil)
    }
}
