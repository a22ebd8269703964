@testable import InterviewKit
import Testing

/// Which principles a question from outside the bank tests, read from its words.
@Suite struct PrincipleInferenceTests {
    @Test(arguments: [
        ("Tell me about a time you disagreed with your manager.", Principle.haveBackbone),
        ("Tell me about a time you made a mistake at work.", .ownership),
        ("Describe a project that failed. What did you do?", .ownership),
        ("Have you ever had to take the blame for your team?", .ownership),
        ("Tell me about a time you dug into the data to find a root cause.", .diveDeep),
        ("Tell me about a time you hired someone better than you.", .hireAndDevelopTheBest),
        ("Tell me about a time you sought other perspectives before a decision.", .areRightALot),
        ("Tell me about a time you delivered under pressure.", .deliverResults),
        ("Tell me about a time you worked with limited time and resources.", .frugality),
        ("Tell me about a time you received negative feedback.", .earnTrust),
        ("What is your greatest weakness?", .learnAndBeCurious),
    ])
    func aQuestionPointsAtItsPrinciple(_ text: String, principle: Principle) {
        #expect(PrincipleInference.principles(for: text).first == principle, "\(PrincipleInference.principles(for: text))")
    }

    /// A cue is a word of the question, not a piece of another word.
    @Test(arguments: [
        "Watch time is down 30% this week. What next?",
        "Design a digital product for first-time renters.",
        "Tell me about a time you were frustrated with a process.",
    ])
    func aCueInsideAnotherWordPointsNowhere(_ text: String) {
        #expect(PrincipleInference.principles(for: text).isEmpty, "\(PrincipleInference.principles(for: text))")
    }

    @Test func aMistakeIsOwnedAndAdmittedNotAJudgement() {
        let principles = PrincipleInference.principles(for: "Tell me about a mistake you made and how you handled it.")
        #expect(Set(principles) == [.ownership, .earnTrust], "\(principles)")
    }
}
