/// No alternatives weighed, nothing given up, no risk accepted.
public struct TradeoffRule: GapRule {
    public let gap = Gap.tradeoff

    public func isOpen(in story: AnswerAnalysis) -> Bool { !story.has(.tradeoff) }

    public let examples = RuleExamples(
        triggering: [
            "Last year [[I rewrote the onboarding emails myself]] and activation went from 30% to 36% in a month.",
        ],
        nonTriggering: [
            "I chose to fix the form instead of rebuilding the flow, which meant giving up saved addresses for a quarter.",
            "I held the launch 3 weeks, which meant we lost the holiday campaign slot.",
            "I pushed the loyalty feature back by one quarter to make room for it.",
        ])
}
