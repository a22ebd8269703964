import InterviewKit

/// Small banks and stories shared by the core's tests.
enum Fixtures {
    static let story = Question(id: "story-1", text: "Tell me about a time you delivered a hard result.", principles: [.deliverResults], hint: "A number.", followUps: ["What was hard?", "What next?"])
    static let story2 = Question(id: "story-2", text: "Tell me about a time you earned a customer's trust.", principles: [.customerObsession], hint: "The customer.", followUps: ["Who?", "Why?"])
    static let screen = Question(id: "screen-1", kind: .screen, text: "Why Amazon?", rounds: [.screen], hint: "Motivation.")
    static let manager = Question(id: "hm-1", text: "Tell me about your biggest launch.", principles: [.ownership], rounds: [.hiringManager], hint: "Impact.")
    static let productCase = Question(
        id: "case-1", kind: .case, text: "Design a returns feature.", principles: [.inventAndSimplify], rounds: [.functional], tracks: [.pm],
        parts: [CasePart(id: "clarify", prompt: "Clarify the problem.", expects: "Who and why."),
                CasePart(id: "hypothesis", prompt: "Your hypothesis?", expects: "A testable belief.", gap: .hypothesis)])

    static let bank = QuestionBank(questions: [story, story2, screen, manager, productCase])

    /// A strong, quantified story: nothing important is missing.
    static let strongAnswer = """
        Last year I owned checkout at my previous company and conversion had been falling for two quarters. \
        I dug into the funnel data myself and found the address form lost users on mobile. \
        I chose to cut the form to three fields instead of rebuilding the whole flow, which meant giving up saved addresses for a quarter. \
        As a result conversion went from 41% to 48% in six weeks and customer complaints about checkout dropped by half. \
        Looking back I would have involved support earlier.
        """

    static func state(rounds: [RoundKind] = [.barRaiser], depth: Int = 2, questions: Int = 2, bank: QuestionBank = bank) throws -> InterviewState {
        let config = InterviewConfig(track: .pm, level: .l5, rounds: rounds, seed: 42, questionsPerRound: questions, depth: depth)
        return InterviewState(config: config, plan: try InterviewPlanner.plan(config, bank: bank))
    }
}
