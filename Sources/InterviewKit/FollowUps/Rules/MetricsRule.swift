/// An outcome without a number, or one told with intensifiers ("a lot", "significantly").
public struct MetricsRule: GapRule {
    public let gap = Gap.metrics

    public func isOpen(in story: AnswerAnalysis) -> Bool {
        !story.has(.quantifiedResult) || story.has(.vagueResult)
    }

    public let examples = RuleExamples(
        triggering: [
            "Last year I led the checkout redesign. We redesigned it and [[conversion went up a lot]].",
            "In Q3 2022 I ran a team of 8 for 2 years and I launched the app, and [[the launch improved engagement significantly]].",
            "I owned the pricing change and [[we did not measure the impact]] because the dashboards were down.",
        ],
        nonTriggering: [
            "Last year I led the checkout redesign and conversion went from 41% to 48%.",
            "I cut the cost per lead by $300, which saved about 40% of the budget.",
        ])
}
