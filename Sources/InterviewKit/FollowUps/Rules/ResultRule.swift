/// A story with no outcome.
public struct ResultRule: GapRule {
    public let gap = Gap.result

    public func isOpen(in story: AnswerAnalysis) -> Bool {
        !story.has(.result) && !story.has(.quantifiedResult)
    }

    public let examples = RuleExamples(
        triggering: [
            "In 2022 I was asked to improve search filters. I wrote a six pager and [[I built a clickable prototype with a designer]].",
        ],
        nonTriggering: [
            "In 2022 I rebuilt the search filters and search exits dropped 15%.",
            "I pushed for the launch and in the end it was cancelled by the director.",
        ])
}
