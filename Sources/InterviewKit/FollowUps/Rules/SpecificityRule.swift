/// No real past example: what the candidate would do, or talk with no story in it.
public struct SpecificityRule: GapRule {
    public let gap = Gap.specificity

    public func isOpen(in story: AnswerAnalysis) -> Bool {
        let noStory = !story.has(.actionByMe) && !story.has(.actionByUs) && !story.has(.result)
        return story.isHypothetical || (noStory && !story.has(.situation)) || (noStory && story.count(.hedge) >= 2)
    }

    public let examples = RuleExamples(
        triggering: [
            "In that situation [[I would first talk to the stakeholders]], then I would write a doc and I would align everyone on the goal.",
            "Honestly [[I usually just try to keep customers in mind]] and make sure the team is aligned, that's kind of my style.",
            "Customer obsession is really important to me and I think it is basically the most important principle for a PM.",
        ],
        nonTriggering: [
            "Last year I owned the returns flow. I rewrote the policy page and returns contacts dropped 20% in a quarter.",
            "I'd already built the dashboard when my manager asked, so I shipped the fix the same week.",
        ])
}
