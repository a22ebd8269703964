/// Nothing the candidate or the team actually did.
public struct ActionRule: GapRule {
    public let gap = Gap.action

    public func isOpen(in story: AnswerAnalysis) -> Bool {
        !story.has(.actionByMe) && !story.has(.actionByUs)
    }

    public let examples = RuleExamples(
        triggering: [
            "It was a hard quarter at my last company and the launch was at risk. [[In the end the launch happened on time]] and it was a success.",
        ],
        nonTriggering: [
            "It was a hard quarter. I rewrote the plan and I cut two features.",
            "We rebuilt the checkout in six weeks.",
        ])
}
