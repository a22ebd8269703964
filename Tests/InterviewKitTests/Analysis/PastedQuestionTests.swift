import Foundation
import InterviewKit
import Testing

@Suite struct PastedQuestionTests {
    static let question = "Tell me about a time you disagreed with your manager. What did you do, and what happened?"

    @Test("the question, or a long enough part of it, pasted back is no answer", arguments: [
        question,
        "  tell me about a time you disagreed with your manager  ",
        "What did you do, and what happened?",
        "Tell me about a time you disagreed with your manager.\nWhat did you do, and what happened?",
    ])
    func pastedBack(_ answer: String) {
        #expect(PastedQuestion.isPastedBack(answer, from: [Self.question]))
    }

    @Test("a reply in the candidate's own words is an answer", arguments: [
        "I disagreed with my manager about the launch date and I was right.",
        "What happened? We shipped late.",
        "a time",
        "",
    ])
    func ownWords(_ answer: String) {
        #expect(!PastedQuestion.isPastedBack(answer, from: [Self.question]))
    }

    @Test("the follow-up pasted back is no answer either")
    func followUpPastedBack() {
        let probe = "You said 'it went well'. By how much, and against what baseline?"
        #expect(PastedQuestion.isPastedBack("By how much, and against what baseline?", from: [Self.question, probe]))
    }

    @Test("plain and typographic apostrophes, capitals and digits read alike in question and paste")
    func apostrophesAndCaseReadAlike() {
        let curly = "What’s the hardest call you’ve made in 2024, and who didn’t agree?"
        #expect(PastedQuestion.isPastedBack("what's the HARDEST call you've made in 2024 and who didn't agree", from: [curly]))
        #expect(PastedQuestion.isPastedBack("What’s the hardest call you’ve made in 2024, and who didn’t agree?", from: [curly.replacingOccurrences(of: "’", with: "'")]))
        #expect(!PastedQuestion.isPastedBack("what is the hardest call you have made in 2024 and who did not agree", from: [curly]))
    }
}
