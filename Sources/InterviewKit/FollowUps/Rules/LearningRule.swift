/// No reflection: nothing the candidate would do differently or has learned.
public struct LearningRule: GapRule {
    public let gap = Gap.learning

    public func isOpen(in story: AnswerAnalysis) -> Bool { !story.has(.learning) }

    public let examples = RuleExamples(
        triggering: [
            "Last year I owned returns and [[I cut the refund time from 9 days to 2]].",
        ],
        nonTriggering: [
            "Looking back, I should have involved support earlier.",
            "If I did it again I'd test with existing customers too.",
            "What I learned: ask the experts for their failure stories first.",
        ])
}
