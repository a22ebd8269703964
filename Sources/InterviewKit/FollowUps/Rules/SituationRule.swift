/// A story without its context: where, when, what was at stake.
public struct SituationRule: GapRule {
    public let gap = Gap.situation

    public func isOpen(in story: AnswerAnalysis) -> Bool {
        !story.has(.situation) && !story.has(.task)
    }

    public let examples = RuleExamples(
        triggering: [
            "I cut the form from 9 fields to 4 and I merged two screens. Completion went from 58% to 71%.",
        ],
        nonTriggering: [
            "In 2022 I was PM for onboarding at a fintech. I cut the form from 9 fields to 4.",
            "My manager wanted to ship the ranking change to everyone at once. I asked for a 10% test first.",
            "I was responsible for the seller onboarding funnel and it was losing half of new sellers.",
        ])
}
